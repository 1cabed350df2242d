#!/usr/bin/env bash
# `npm run bench -- [--duration S] [--rate N] [--seed S] [--concurrency N] [--raw-messages N]`
# (BENCH_KEEP=1 keeps the run's schemas, topics and Redis keys afterwards)
# Sets up like the run command, starts the four services on their own ports
# with a topic and schema prefix unique to this run, runs dist/bench/main.js
# and stops the services again. Results go to bench/results/<timestamp>.*.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

PREFIX="bench$(date +%s)"
PORT_BASE="${BENCH_PORT_BASE:-3101}"
SERVICES=(ingest translate-queue enrich publish)
LOG_DIR="$RUN_DIR/bench-logs/$PREFIX"
REUSE_SERVICES=0
source "$ROOT/scripts/lib/services.sh"
trap_stop_all

ensure_node_modules
check_database_and_cache
bash infra/kafka/kafka.sh status >/dev/null 2>&1 || STARTED_KAFKA=1
ensure_kafka
build

say "checking that ingest's parser reads the generated corpus"
node -r ./scripts/register-paths.js dist/bench/corpus/check-corpus.js 500 1 >/dev/null || die "the bench corpus does not parse"

# A fresh prefix per run: its own topics, schemas and consumer groups, so the
# dedupe of earlier runs (or of the reference article) cannot swallow the load.
export TOPIC_PREFIX="$PREFIX" PG_SCHEMA_PREFIX="${PREFIX}_"
say "starting the services with prefix $PREFIX (logs in ${LOG_DIR#"$ROOT"/}/)"
PIDS=""
for i in "${!SERVICES[@]}"; do
  name="${SERVICES[$i]}"
  start_service "$name" $((PORT_BASE + i))
  PIDS+="${PIDS:+,}$name=${STARTED_PIDS[-1]}"
  # ingest first: it creates the topics the others subscribe to.
  if [ "$i" = 0 ]; then wait_ready "$name" "$PORT_BASE"; fi
done
for i in "${!SERVICES[@]}"; do wait_ready "${SERVICES[$i]}" $((PORT_BASE + i)); done

say "running the bench"
# The bench bounds its own phases; this is the backstop if something hangs.
status=0
# The in-process related lookups stand in for publish's process: the same young generation.
timeout --signal=TERM 1800 node --max-semi-space-size=32 -r ./scripts/register-paths.js dist/bench/main.js \
  --prefix "$PREFIX" --ingest "http://127.0.0.1:$PORT_BASE" --pids "$PIDS" "$@" || status=$?

# The services hold the run's schemas and consumer groups: stop them first,
# then remove what the run made (BENCH_KEEP=1 keeps it), then the broker if
# this command started it.
stop_kafka="$STARTED_KAFKA"
STARTED_KAFKA=0
stop_all
if [ "${BENCH_KEEP:-0}" = 1 ]; then
  say "keeping the run's schemas, topics and keys (prefix $PREFIX)"
else
  node scripts/bench-cleanup.js "$PREFIX" || true
fi
if [ "$stop_kafka" = 1 ]; then bash infra/kafka/kafka.sh stop || true; fi
exit "$status"
