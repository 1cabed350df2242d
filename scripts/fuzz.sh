#!/usr/bin/env bash
# npm run fuzz: the intake fuzz test at length (FUZZ_CASES_PER_FORMAT, 3000 by
# default; npm test runs 300), printing the answers' statuses per format.
# FUZZ_SEED=<n> replays a run.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"
ensure_node_modules
check_database_and_cache
ensure_kafka
FUZZ_CASES_PER_FORMAT="${FUZZ_CASES_PER_FORMAT:-3000}" npx jest --ci --selectProjects e2e \
  --testPathPatterns hostile-input --forceExit "$@"
