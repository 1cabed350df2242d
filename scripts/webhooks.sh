#!/usr/bin/env bash
# `npm run webhooks -- <command>`: publish's webhook subscriptions (add, list,
# disable, rotate-secret, deliveries, replay), through
# apps/publish/src/webhooks/cli/webhooks-cli.ts. Sets up like the run command
# first (dependencies, Postgres check, build); that chatter goes to stderr, so
# `--json` output can be captured.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# Local runs send to receivers on this machine (npm start sets the same), so
# `add http://127.0.0.1:...` is accepted here unless the caller says otherwise.
export WEBHOOK_ALLOW_PRIVATE_NETWORKS="${WEBHOOK_ALLOW_PRIVATE_NETWORKS:-true}"

webhooks_cli() {
  (cd "$ROOT" && node -r ./scripts/register-paths.js dist/apps/publish/src/webhooks/cli/webhooks-cli.js "$@")
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  cd "$ROOT"
  {
    ensure_node_modules
    check_database_and_cache
    build
  } </dev/null >&2
  webhooks_cli "$@"
fi
