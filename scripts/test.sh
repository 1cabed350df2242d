#!/usr/bin/env bash
# The README's test command: unit, integration, end-to-end, browser and fault tests
# against the real broker, Postgres and Redis. Sets up whatever is missing.
# FAULT_ARTICLES sizes the fault test (300 here; npm run test:faults uses 3000).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"

ensure_node_modules
check_database_and_cache
ensure_kafka
ensure_chromium
ensure_kubectl
ensure_docker_compose

say "checking the format (Prettier; npm run format fixes it)"
npx prettier --check --log-level warn "**/*.{ts,js,cjs,mjs}"
say "type-checking"
npx tsc -p tsconfig.json --noEmit
say "linting (ESLint, typescript-eslint recommended-type-checked)"
npx eslint .
say "checking the dependency rules (.dependency-cruiser.cjs)"
npx depcruise apps libs --config .dependency-cruiser.cjs

status=0
say "unit, integration, end-to-end and browser tests"
npx jest --ci --json --outputFile="$RUN_DIR/jest-results.json" --selectProjects unit integration e2e browser --forceExit "$@" || status=$?

# The fault test kills the built services as processes, so it needs dist/.
build
say "fault tests (FAULT_ARTICLES=${FAULT_ARTICLES:=300})"
FAULT_ARTICLES="$FAULT_ARTICLES" npx jest --ci --json --outputFile="$RUN_DIR/jest-faults.json" --selectProjects faults --forceExit || status=$?

node -e '
  const runs = process.argv.slice(1).map((f) => { try { return require(f); } catch { return { numPassedTests: 0, numFailedTests: 1, numPendingTests: 0 }; } });
  const sum = (k) => runs.reduce((n, r) => n + r[k], 0);
  console.log(`${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed` + (sum("numPendingTests") ? `, ${sum("numPendingTests")} skipped` : ""));
' "$RUN_DIR/jest-results.json" "$RUN_DIR/jest-faults.json" || true
exit $status
