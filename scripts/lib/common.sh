# Shared by run.sh, test.sh and bench.sh: set-up that a fresh machine needs.
# Each step is idempotent, so the commands can be run again and again.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="$ROOT/.run"
mkdir -p "$RUN_DIR"

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

require_node() {
  command -v node >/dev/null || die "Node.js 20.19+ is missing (Debian: apt-get install nodejs npm, or use nvm)"
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
    || die "Node.js $(node -v) is too old: 20.19 or newer is needed"
}

# npm ci when node_modules is missing or older than the lock file.
ensure_node_modules() {
  require_node
  local stamp="$ROOT/node_modules/.installed-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/package-lock.json" "$stamp"; then
    say "installing dependencies (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
    cp "$ROOT/package-lock.json" "$stamp"
  fi
}

# Postgres and Redis are expected to be running already; say exactly what is missing.
check_database_and_cache() {
  (cd "$ROOT" && node scripts/check-infrastructure.js) || exit 1
}

# Start the project's own broker when KAFKA_BROKERS points at this machine
# (its port, and the next one up for the controller); otherwise use what it names.
ensure_kafka() {
  local first="${KAFKA_BROKERS:-127.0.0.1:9092}"
  first="${first%%,*}"
  local host="${first%%:*}" port="${first##*:}"
  if [ "$host" != "127.0.0.1" ] && [ "$host" != "localhost" ]; then
    say "using the Kafka broker(s) at ${KAFKA_BROKERS}"
    return
  fi
  KAFKA_PORT="$port" KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((port + 1))}" \
    bash "$ROOT/infra/kafka/kafka.sh" start || die "the Kafka broker did not start (see .run/kafka/kafka.log)"
  (cd "$ROOT" && node scripts/kafka-warmup.js "$first") || die "the Kafka broker started but is not ready for consumer groups and transactions"
}

build() {
  say "compiling TypeScript"
  (cd "$ROOT" && npx tsc -p tsconfig.build.json) || die "the build failed"
}
