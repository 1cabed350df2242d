#!/usr/bin/env bash
# npm run migrate: every service's migrations, under the advisory lock; see scripts/migrate.ts.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"
ensure_node_modules
build >&2
exec node -r ./scripts/register-paths.js dist/scripts/migrate.js "$@"
