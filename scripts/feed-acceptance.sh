#!/usr/bin/env bash
# bash scripts/feed-acceptance.sh [fixtures-dir] [--json out.json]: how many
# of the real feed documents in test/fixtures/real-feeds parseDocument accepts,
# per format (scripts/feed-acceptance.ts). Writes .run/feed-acceptance.json.
#
# Compiles only the script and what it imports (into .run/feed-acceptance/),
# so a half-finished change elsewhere in the tree does not stop the measure,
# then runs it as dlq.sh runs its script: node with the @news/* aliases
# resolved against the compiled tree.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$ROOT"
require_node
[ -d node_modules ] || die "node_modules is missing: run npm ci first"

OUT="$RUN_DIR/feed-acceptance"
mkdir -p "$OUT"
cat >"$OUT/tsconfig.json" <<'JSON'
{
  "extends": "../../tsconfig.build.json",
  "compilerOptions": {
    "rootDir": "../..",
    "outDir": "./build",
    "incremental": true,
    "tsBuildInfoFile": "./build/.tsbuildinfo",
    "sourceMap": false
  },
  "include": [],
  "files": ["../../scripts/feed-acceptance.ts"]
}
JSON
npx tsc -p "$OUT/tsconfig.json" >&2 || die "compiling scripts/feed-acceptance.ts failed"
TS_NODE_BASEURL="$OUT/build" exec node -r tsconfig-paths/register "$OUT/build/scripts/feed-acceptance.js" "$@"
