#!/usr/bin/env bash
# `npm run feeds -- <command>`: register feeds, rotate their keys, list and
# disable them (apps/ingest/src/feeds/cli/feeds-cli.ts). Sets up like the run
# command first (dependencies, Postgres check, build); that chatter goes to
# stderr, so `--key-only` and `--json` output can be captured.
#
# run.sh sources this file for ensure_feed_secret_key and feeds_cli.
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# FEED_SECRET_KEY seals the feeds' signing secrets at rest. Production sets it
# from its secret store; for local runs, when it is unset, one is made once and
# kept in .run/feed-secret-key (mode 600), so ingest and this CLI agree.
# Losing it only means the signing feeds need new secrets (create them again).
ensure_feed_secret_key() {
  [ -n "${FEED_SECRET_KEY:-}" ] && return 0
  local file="$RUN_DIR/feed-secret-key"
  if [ ! -s "$file" ]; then
    (umask 077 && node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64"))' >"$file")
  fi
  FEED_SECRET_KEY="$(cat "$file")"
  export FEED_SECRET_KEY
}

# The compiled CLI; expects a build.
feeds_cli() {
  (cd "$ROOT" && node -r ./scripts/register-paths.js dist/apps/ingest/src/feeds/cli/feeds-cli.js "$@")
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  cd "$ROOT"
  {
    ensure_node_modules
    check_database_and_cache
    build
  } >&2
  ensure_feed_secret_key
  feeds_cli "$@"
fi
