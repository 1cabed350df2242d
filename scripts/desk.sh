#!/usr/bin/env bash
# `npm run desk -- <command>`: the translation desk's accounts (add-user,
# list-users, disable-user, enable-user, reset-password), through
# apps/translate-queue/src/desk/cli/desk-cli.ts. Sets up like the run command
# first (dependencies, Postgres check, build); that chatter goes to stderr,
# and standard input is left for --password-stdin.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

desk_cli() {
  (cd "$ROOT" && node -r ./scripts/register-paths.js dist/apps/translate-queue/src/desk/cli/desk-cli.js "$@")
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  cd "$ROOT"
  {
    ensure_node_modules
    check_database_and_cache
    build
  } </dev/null >&2
  desk_cli "$@"
fi
