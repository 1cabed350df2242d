# Starting and stopping the four services as separate processes, shared by
# run.sh and bench.sh. Expects common.sh to be sourced first (ROOT, say, die)
# and the caller to be in $ROOT.
#
# Knobs a caller may set before use:
#   LOG_DIR          where each service writes <name>.log (default .run/logs)
#   REUSE_SERVICES   1: a port that already answers is reused (run.sh);
#                    0: it is an error, so nothing foreign gets measured (bench.sh)
#   STARTED_KAFKA    1: stop_all also stops the broker this command started
#   CPU_PROFILE      service names, comma-separated, or "all": those run with
#                    --cpu-prof, each profile written to $LOG_DIR/cpu-profile/<name>/
#                    when it stops
#   SERVICE_HEAP_MB  V8's old-space limit for each service (default 160): what
#                    k8s/base sets in NODE_OPTIONS for its 256Mi memory limit,
#                    so runs here measure the memory the pods are given (publish:
#                    32 MB of it goes to a larger young generation, as in k8s/base)

# The heap each service gets, as k8s/base gives it: publish serves thousands of
# cached related-news lookups a second, and with V8's default young generation
# their garbage outlived scavenges and GC pauses set the p99.
v8_heap_flags() {
  local heap="${SERVICE_HEAP_MB:-160}"
  if [ "$1" = publish ]; then
    echo "--max-old-space-size=$((heap - 32)) --max-semi-space-size=32"
  else
    echo "--max-old-space-size=$heap"
  fi
}

LOG_DIR="${LOG_DIR:-$RUN_DIR/logs}"
REUSE_SERVICES="${REUSE_SERVICES:-1}"
STARTED_KAFKA="${STARTED_KAFKA:-0}"
STARTED_PIDS=()
mkdir -p "$LOG_DIR"

stop_all() {
  trap - INT TERM EXIT
  if [ ${#STARTED_PIDS[@]} -gt 0 ]; then
    say "stopping the services"
    kill -TERM "${STARTED_PIDS[@]}" 2>/dev/null || true
    wait "${STARTED_PIDS[@]}" 2>/dev/null || true
  fi
  if [ "$STARTED_KAFKA" = 1 ]; then bash infra/kafka/kafka.sh stop || true; fi
}

# Stops what this command started on Ctrl-C, on TERM and on any exit.
trap_stop_all() {
  trap 'stop_all; exit 130' INT TERM
  trap stop_all EXIT
}

port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts dist/apps/<name>/src/main.js on <port>; its pid is the last of STARTED_PIDS.
start_service() {
  local name="$1" port="$2"
  if port_answers "$port"; then
    [ "$REUSE_SERVICES" = 1 ] || die "$name: port $port already answers; stop what runs there first"
    say "$name: port $port already answers; reusing what runs there"
    return
  fi
  local profile=()
  if [ "${CPU_PROFILE:-}" = all ] || [[ ",${CPU_PROFILE:-}," == *",$name,"* ]]; then
    profile=(--cpu-prof --cpu-prof-dir "$LOG_DIR/cpu-profile/$name")
  fi
  PORT="$port" node $(v8_heap_flags "$name") "${profile[@]}" -r ./scripts/register-paths.js "dist/apps/$name/src/main.js" >"$LOG_DIR/$name.log" 2>&1 &
  STARTED_PIDS+=($!)
}

wait_ready() {
  local name="$1" port="$2"
  for _ in $(seq 1 120); do
    if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "http://127.0.0.1:$port/health/ready"; then return 0; fi
    sleep 0.5
  done
  tail -n 30 "$LOG_DIR/$name.log" >&2 || true
  die "$name did not become ready on :$port (log: ${LOG_DIR#"$ROOT"/}/$name.log)"
}
