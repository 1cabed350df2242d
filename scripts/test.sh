#!/usr/bin/env bash
# The README's test command: unit, integration and end-to-end tests against
# the real broker, Postgres and Redis. Sets up whatever is missing first.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

ensure_node_modules
check_database_and_cache
ensure_kafka

say "type-checking"
npx tsc -p tsconfig.json --noEmit

say "running the tests"
status=0
npx jest --ci --json --outputFile="$RUN_DIR/jest-results.json" "$@" || status=$?
node -e '
  const r = require(process.argv[1]);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (r.numPendingTests ? `, ${r.numPendingTests} skipped` : ""));
' "$RUN_DIR/jest-results.json" || true
exit $status
