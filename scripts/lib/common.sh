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

# The browser test drives Debian's chromium through playwright-core, which never
# downloads a browser of its own: install the system one when it is missing.
ensure_chromium() {
  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$chromium" ] && return
  [ -n "${CHROMIUM_PATH:-}" ] && die "CHROMIUM_PATH is $CHROMIUM_PATH, which is not an executable"
  command -v apt-get >/dev/null \
    || die "the browser test needs Chromium at /usr/bin/chromium and there is no apt-get to install it (install chromium, or set CHROMIUM_PATH)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "installing Chromium for the browser test (apt-get install chromium)"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null; } \
    || die "apt-get could not install chromium (as root: apt-get update && apt-get install -y chromium)"
  [ -x "$chromium" ] || die "apt-get installed chromium, but $chromium is still missing"
}

# apt-get install for the test set-up: `apt-get update` once per run, then install.
APT_UPDATED=""
apt_install() {
  command -v apt-get >/dev/null \
    || die "$1 is missing and there is no apt-get to install it (install it by hand: ${*})"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -z "$APT_UPDATED" ]; then
    $sudo apt-get update -qq || die "apt-get update failed"
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# The manifest test renders k8s/ with `kubectl kustomize`; `labels:` needs its
# kustomize 4.1 or later (kubectl 1.21+). Debian's package is `kubectl` where a
# Kubernetes apt repository is set up, else `kubernetes-client`.
kustomize_ok() {
  command -v kubectl >/dev/null &&
    kubectl version --client 2>/dev/null | grep -Eq 'Kustomize Version: v([5-9]|4\.([1-9]|[1-9][0-9]))'
}
ensure_kubectl() {
  kustomize_ok && return
  say "installing kubectl for the manifest test (apt-get install kubectl)"
  apt_install kubectl 2>/dev/null || apt_install kubernetes-client \
    || die "apt-get could not install kubectl (as root: apt-get install kubectl, or kubernetes-client)"
  kustomize_ok || die "kubectl $(kubectl version --client 2>/dev/null | head -1) is too old for k8s/ (kustomize 4.1+, kubectl 1.21+ needed)"
}

# The manifest test runs `docker-compose config` on docker-compose.yml.
ensure_docker_compose() {
  command -v docker-compose >/dev/null && return
  say "installing docker-compose for the compose file check (apt-get install docker-compose)"
  apt_install docker-compose || die "apt-get could not install docker-compose (as root: apt-get install docker-compose)"
}
