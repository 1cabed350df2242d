#!/usr/bin/env bash
# The README's run command: brings up the broker (and checks Postgres and
# Redis), builds and starts the four services, posts the reference article,
# shows it as published, and keeps everything running until Ctrl-C.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

SERVICES=(ingest:3001 translate-queue:3002 enrich:3003 publish:3004)
source "$ROOT/scripts/lib/services.sh"
source "$ROOT/scripts/feeds.sh"
trap_stop_all

ensure_node_modules
check_database_and_cache
bash infra/kafka/kafka.sh status >/dev/null 2>&1 || STARTED_KAFKA=1
ensure_kafka
build
# Before ingest starts, so it and the feeds CLI seal and open signing secrets with the same key.
ensure_feed_secret_key
# Local receivers (127.0.0.1, a LAN address) may get webhooks; production leaves the guard on.
export WEBHOOK_ALLOW_PRIVATE_NETWORKS="${WEBHOOK_ALLOW_PRIVATE_NETWORKS:-true}"

say "starting the services (logs in .run/logs/)"
# ingest first: it creates the topics the others subscribe to.
start_service ingest 3001
wait_ready ingest 3001
for entry in "${SERVICES[@]:1}"; do start_service "${entry%%:*}" "${entry##*:}"; done
for entry in "${SERVICES[@]}"; do wait_ready "${entry%%:*}" "${entry##*:}"; done

# Every post authenticates: the smart feed is registered on the first run and
# gets a new key on every later one (the previous key stays valid for the
# grace period), since only the key's hash is stored. The key goes to the
# poster through its environment, not its command line.
say "issuing a key for the smart feed"
SMART_FEED_KEY="$(feeds_cli create smart --or-rotate --key-only)" || die "could not issue a key for the smart feed"

say "posting the reference article"
FEED_ID=smart FEED_KEY="$SMART_FEED_KEY" \
  node -r ./scripts/register-paths.js dist/scripts/show-published.js test/fixtures/smart-2018-02-13-idlib.txt http://127.0.0.1:3001

cat <<INFO

The pipeline is running:
  ingest           http://127.0.0.1:3001   POST /v1/articles (X-Feed-Id + key), /docs, /openapi.json
  translate-queue  http://127.0.0.1:3002   /health/ready
  enrich           http://127.0.0.1:3003   /health/ready
  publish          http://127.0.0.1:3004   GET /v1/articles/:id
  kafka            127.0.0.1:9092          topics news.{ingested,ready,enriched,published}.v1
Feeds post with a key: npm run feeds -- create <name> | rotate-key <name> | list | disable <name>
Webhooks: npm run webhooks -- add <url> [--language en] | list | deliveries <id> (README, "Webhooks")
Press Ctrl-C to stop what this command started.
INFO
if [ "${RUN_EXIT_AFTER_SHOW:-0}" = 1 ]; then exit 0; fi
while true; do sleep 3600 & wait $! || true; done
