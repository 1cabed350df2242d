#!/usr/bin/env bash
# Local single-node Apache Kafka (KRaft: broker + controller in one JVM), without
# Docker. The jars come from Maven Central via pom.xml into infra/kafka/lib/;
# state lives in the data dir (default <repo>/.run/kafka). See README.md.
#
#   kafka.sh start | stop | status | logs [-f] | fetch | run CLASS [ARGS...]
#
# Env overrides: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093),
# KAFKA_DATA_DIR (<repo>/.run/kafka), KAFKA_HEAP_OPTS (-Xmx512m -Xms256m),
# KAFKA_START_TIMEOUT (90 seconds); for a broker with a SASL listener (the
# Kafka security test): KAFKA_SERVER_TEMPLATE=<dir>/server-sasl.properties,
# KAFKA_SASL_PORT (KAFKA_PORT + 2) and KAFKA_FORMAT_ARGS (extra storage-format
# arguments, e.g. --add-scram 'SCRAM-SHA-512=[name=u,password=p]').
set -euo pipefail

KAFKA_INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$KAFKA_INFRA_DIR/../.." && pwd)"
POM="$KAFKA_INFRA_DIR/pom.xml"
LIB_DIR="$KAFKA_INFRA_DIR/lib"
STAMP="$LIB_DIR/.pom.sha256"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_DATA_DIR="${KAFKA_DATA_DIR:-$REPO_ROOT/.run/kafka}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_SERVER_TEMPLATE="${KAFKA_SERVER_TEMPLATE:-$KAFKA_INFRA_DIR/server.properties}"
KAFKA_SASL_PORT="${KAFKA_SASL_PORT:-$((KAFKA_PORT + 2))}"
KAFKA_FORMAT_ARGS="${KAFKA_FORMAT_ARGS:-}"
BOOTSTRAP="127.0.0.1:$KAFKA_PORT"

# Class names as of Kafka 4.x (the Scala kafka.admin.* tools are gone).
MAIN_CLASS="kafka.Kafka"
STORAGE_TOOL="kafka.tools.StorageTool"
TOPIC_TOOL="org.apache.kafka.tools.TopicCommand"

# Paths inside the data dir; set by init_paths once the dir is made absolute.
PID_FILE="" PROPS="" CLIENT_PROPS="" STDOUT_LOG="" SERVER_LOG="" LOG_DIRS=""

say() { echo "kafka.sh: $*"; }
die() { echo "kafka.sh: error: $*" >&2; exit 1; }

# Milliseconds since the epoch, for "started in N s".
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
elapsed() { local ms=$(( $(now_ms) - $1 )); printf '%d.%01d s' $((ms / 1000)) $(((ms % 1000) / 100)); }

init_paths() {
  # log.dirs must not depend on the caller's cwd, so make the dir absolute.
  mkdir -p "$KAFKA_DATA_DIR"
  KAFKA_DATA_DIR="$(cd "$KAFKA_DATA_DIR" && pwd)"
  PID_FILE="$KAFKA_DATA_DIR/kafka.pid"
  PROPS="$KAFKA_DATA_DIR/server.properties"
  CLIENT_PROPS="$KAFKA_DATA_DIR/client.properties"
  STDOUT_LOG="$KAFKA_DATA_DIR/kafka.log"
  SERVER_LOG="$KAFKA_DATA_DIR/server.log"
  LOG_DIRS="$KAFKA_DATA_DIR/data"
}

# ---------------------------------------------------------------- prerequisites

require_java() {
  command -v java >/dev/null 2>&1 ||
    die "java not found; install it with: apt-get install openjdk-17-jre-headless"
  # Kafka 4.x brokers refuse to run on anything older than Java 17.
  local major
  major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
  [[ "${major%%.*}" -ge 17 ]] 2>/dev/null ||
    die "Kafka 4.x needs Java 17+, found '$major'; install: apt-get install openjdk-17-jre-headless"
}

require_mvn() {
  command -v mvn >/dev/null 2>&1 ||
    die "mvn not found (needed once to fetch the Kafka jars); install it with: apt-get install maven"
}

pom_sha() { sha256sum "$POM" | cut -d' ' -f1; }

# fetch: copy the jars named by pom.xml into lib/, only if lib/ is missing or the
# pom changed since the last copy (its sha256 is kept in lib/.pom.sha256).
cmd_fetch() {
  require_java
  if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$(pom_sha)" ]]; then
    return 0
  fi
  require_mvn
  init_paths
  # Swapping jars under a running JVM breaks its lazy class loading.
  if running_pid >/dev/null; then
    die "pom.xml changed (or lib/ is incomplete) while Kafka runs; run '$0 stop' first"
  fi
  say "fetching Kafka jars with Maven into $LIB_DIR (first run or pom.xml changed)..."
  local t0 tmp
  t0="$(now_ms)"
  # Copy into a fresh dir and swap it in: jars of an older version left in lib/
  # would end up on the same classpath, and a failed copy must not look complete.
  tmp="$KAFKA_INFRA_DIR/.lib.tmp"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  # Maven's output is kept aside (even -q prints stray ANSI codes) and shown on failure.
  if ! mvn -q -B -f "$POM" dependency:copy-dependencies \
      -DoutputDirectory="$tmp" -DincludeScope=runtime >"$tmp/mvn.log" 2>&1; then
    sed 's/\x1b\[[0-9;]*m//g' "$tmp/mvn.log" >&2
    rm -rf "$tmp"
    die "Maven could not resolve the Kafka jars (output above)"
  fi
  rm -f "$tmp/mvn.log"
  pom_sha >"$tmp/.pom.sha256"
  rm -rf "$LIB_DIR"
  mv "$tmp" "$LIB_DIR"
  say "fetched $(find "$LIB_DIR" -name '*.jar' | wc -l) jars in $(elapsed "$t0")"
}

# ------------------------------------------------------------------- helpers

# Runs a Kafka CLI class (TopicCommand, ConsoleProducer, ...) on lib/'s classpath.
# Small heap and C1-only JIT: these JVMs live for a second or two.
TOOL_JAVA=(java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1
  -Dlog4j2.configurationFile="$KAFKA_INFRA_DIR/tools-log4j2.yaml"
  -cp "$LIB_DIR/*")
run_tool() { "${TOOL_JAVA[@]}" "$@"; }

port_open() {
  # bash's /dev/tcp: a cheap "does anything listen?" before paying for a JVM.
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Short client timeouts, so probing a broker that isn't ready fails in seconds
# instead of the Admin client's default 60 s.
write_client_props() {
  cat >"$CLIENT_PROPS" <<EOF
request.timeout.ms=5000
default.api.timeout.ms=8000
EOF
}

# True only if a real Kafka broker answers a metadata request (listing topics),
# which needs the broker to be registered with the controller, not just listening.
broker_answers() {
  port_open "$KAFKA_PORT" || return 1
  timeout 30 "${TOOL_JAVA[@]}" "$TOPIC_TOOL" --bootstrap-server "$BOOTSTRAP" \
    --command-config "$CLIENT_PROPS" --list >/dev/null 2>&1
}

# The pid file is ours only if that pid is still a kafka.Kafka JVM (pids get reused).
running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS" &&
    echo "$pid"
}

show_log_tail() {
  local f
  for f in "$STDOUT_LOG" "$SERVER_LOG"; do
    [[ -s "$f" ]] || continue
    echo "----- last 40 lines of $f -----" >&2
    tail -n 40 "$f" >&2
  done
}

# ------------------------------------------------------------------ start steps

# Render the committed template into the data dir; regenerated on every start so
# edits to the template and port overrides take effect.
write_server_props() {
  sed -e "s|@PORT@|$KAFKA_PORT|g" \
      -e "s|@CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
      -e "s|@LOG_DIRS@|$LOG_DIRS|g" \
      -e "s|@SASL_PORT@|$KAFKA_SASL_PORT|g" \
      "$KAFKA_SERVER_TEMPLATE" >"$PROPS"
}

# KRaft storage must be formatted once with a cluster id before the first start.
# --standalone makes this node the sole voter of a dynamic controller quorum.
format_storage() {
  local port_file="$KAFKA_DATA_DIR/controller.port"
  if [[ -f "$LOG_DIRS/meta.properties" ]]; then
    # The voter set recorded at format time holds the controller endpoint; a
    # different port later would leave the node unable to find its own quorum.
    if [[ -f "$port_file" && "$(cat "$port_file")" != "$KAFKA_CONTROLLER_PORT" ]]; then
      die "storage in $LOG_DIRS was formatted for controller port $(cat "$port_file"), not" \
          "$KAFKA_CONTROLLER_PORT; delete $KAFKA_DATA_DIR (or use another KAFKA_DATA_DIR)"
    fi
    return 0
  fi
  local cluster_id
  cluster_id="$(run_tool "$STORAGE_TOOL" random-uuid)"
  say "formatting storage in $LOG_DIRS (cluster id $cluster_id)"
  local extra=()
  [[ -n "$KAFKA_FORMAT_ARGS" ]] && read -r -a extra <<<"$KAFKA_FORMAT_ARGS"
  run_tool "$STORAGE_TOOL" format --standalone -t "$cluster_id" -c "$PROPS" "${extra[@]}" >/dev/null
  echo "$KAFKA_CONTROLLER_PORT" >"$port_file"
}

launch_broker() {
  local heap_opts
  read -r -a heap_opts <<<"$KAFKA_HEAP_OPTS"
  : >"$STDOUT_LOG"
  # setsid: own session, so the broker outlives the shell/CI step that started it
  # and isn't hit by that terminal's signals. The inner bash writes its own pid
  # and then exec's java, so the pid file holds the JVM's pid exactly.
  nohup setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
    java "${heap_opts[@]}" \
      -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExplicitGCInvokesConcurrent \
      -Djava.awt.headless=true \
      -Dkafka.logs.dir="$KAFKA_DATA_DIR" \
      -Dlog4j2.configurationFile="$KAFKA_INFRA_DIR/log4j2.yaml" \
      -cp "$LIB_DIR/*" "$MAIN_CLASS" "$PROPS" \
    >>"$STDOUT_LOG" 2>&1 </dev/null &
  # Wait for the pid file the inner bash writes (it's nearly instant).
  local i
  for i in $(seq 1 50); do [[ -s "$PID_FILE" ]] && break; sleep 0.1; done
}

wait_until_ready() {
  local deadline=$(( $(date +%s) + KAFKA_START_TIMEOUT ))
  while (( $(date +%s) < deadline )); do
    if ! running_pid >/dev/null; then
      show_log_tail
      rm -f "$PID_FILE"
      die "Kafka exited during startup (logs above; full logs: $KAFKA_DATA_DIR)"
    fi
    if broker_answers; then
      return 0
    fi
    sleep 1
  done
  show_log_tail
  cmd_stop >/dev/null || true
  die "Kafka did not answer on $BOOTSTRAP within ${KAFKA_START_TIMEOUT}s; stopped it"
}

# ------------------------------------------------------------------- commands

cmd_start() {
  local t0 pid
  t0="$(now_ms)"
  init_paths
  write_client_props

  # Ours and already up (or still starting): reuse it.
  if pid="$(running_pid)"; then
    if ! broker_answers; then
      say "Kafka (pid $pid) is still starting; waiting until it answers..."
      wait_until_ready
    fi
    say "Kafka already running on $BOOTSTRAP (pid $pid); reusing it"
    return 0
  fi
  rm -f "$PID_FILE"

  # Something else holds the port: fine if it is a Kafka broker (e.g. started
  # by another checkout or by hand), an error otherwise.
  if port_open "$KAFKA_PORT"; then
    cmd_fetch
    if broker_answers; then
      say "a Kafka broker already answers on $BOOTSTRAP (not started by this script); reusing it"
      return 0
    fi
    die "127.0.0.1:$KAFKA_PORT is in use by something that is not a Kafka broker; set KAFKA_PORT"
  fi
  if port_open "$KAFKA_CONTROLLER_PORT"; then
    die "controller port 127.0.0.1:$KAFKA_CONTROLLER_PORT is in use; set KAFKA_CONTROLLER_PORT"
  fi

  cmd_fetch
  write_server_props
  format_storage
  say "starting Kafka on $BOOTSTRAP (data dir $KAFKA_DATA_DIR)..."
  launch_broker
  wait_until_ready
  say "Kafka ready on $BOOTSTRAP (pid $(cat "$PID_FILE")), started in $(elapsed "$t0")"
}

cmd_stop() {
  init_paths
  local pid i
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    say "not running"
    return 0
  fi
  say "stopping Kafka (pid $pid)..."
  kill -TERM "$pid" 2>/dev/null || true
  # A clean shutdown flushes logs and avoids recovery on the next start.
  for i in $(seq 1 60); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      say "stopped"
      return 0
    fi
    sleep 0.5
  done
  say "still alive after 30 s; sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
}

cmd_status() {
  init_paths
  local pid
  if pid="$(running_pid)"; then
    if port_open "$KAFKA_PORT"; then
      say "running (pid $pid) on $BOOTSTRAP"
    else
      say "running (pid $pid), not listening on $BOOTSTRAP yet"
    fi
    return 0
  fi
  if port_open "$KAFKA_PORT"; then
    say "something listens on $BOOTSTRAP but was not started by kafka.sh"
    return 0
  fi
  say "not running"
  return 1
}

cmd_logs() {
  init_paths
  [[ -f "$SERVER_LOG" ]] || die "no log yet at $SERVER_LOG"
  if [[ "${1:-}" == "-f" ]]; then
    exec tail -n 100 -F "$SERVER_LOG"
  fi
  tail -n 100 "$SERVER_LOG"
}

# run CLASS ARGS...: any Kafka CLI class with the right classpath and quiet logging,
# e.g. kafka.sh run org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 --list
cmd_run() {
  [[ $# -ge 1 ]] || die "usage: kafka.sh run CLASS [ARGS...]"
  cmd_fetch
  run_tool "$@"
}

usage() {
  cat <<EOF
usage: $(basename "$0") start|stop|status|logs [-f]|fetch|run CLASS [ARGS...]
  start   fetch jars if needed, format storage once, start broker, wait until it answers
  stop    SIGTERM, then SIGKILL after 30 s
  status  exit 0 if running, 1 if not
  logs    last 100 lines of the broker log (-f to follow)
  fetch   copy the Kafka jars from Maven into $LIB_DIR (only when pom.xml changed)
  run     run a Kafka CLI class, e.g. org.apache.kafka.tools.TopicCommand
EOF
}

main() {
  local cmd="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    logs) cmd_logs "$@" ;;
    fetch) cmd_fetch ;;
    run) cmd_run "$@" ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
