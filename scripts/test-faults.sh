#!/usr/bin/env bash
# The full fault test: a few thousand articles through the pipeline while
# each service is killed, the broker restarted, Postgres connections cut and
# Redis taken away. Figures go to .run/faults/<timestamp>.json.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"
ensure_node_modules
check_database_and_cache
ensure_kafka
build
FAULT_ARTICLES="${FAULT_ARTICLES:-3000}" npx jest --ci --selectProjects faults --forceExit "$@"
