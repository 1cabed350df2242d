#!/usr/bin/env bash
# npm run outbox -- status | list | replay <id>... | replay --all
# (apps/ingest/src/outbox/cli/outbox-cli.ts), against DATABASE_URL.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"
{
  ensure_node_modules
  check_database_and_cache
  build
} >&2
exec node -r ./scripts/register-paths.js dist/apps/ingest/src/outbox/cli/outbox-cli.js "$@"
