#!/usr/bin/env bash
# npm run dlq -- list | inspect <topic> | replay <topic>: see scripts/dead-letters.ts.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"
ensure_node_modules
[ -f dist/scripts/dead-letters.js ] && [ dist/scripts/dead-letters.js -nt scripts/dead-letters.ts ] || build >&2
exec node -r ./scripts/register-paths.js dist/scripts/dead-letters.js "$@"
