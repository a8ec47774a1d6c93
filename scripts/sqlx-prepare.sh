#!/usr/bin/env bash
# Writes the sqlx offline query data (.sqlx/) by type-checking every query against the
# migrated scratch database; with --check, fails when the committed .sqlx/ differs.
# Needs DATABASE_URL (the Makefile points it at haven_macros).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh
out=$(mktemp -d)
remove_on_exit "$out"
# The macros only run when the crate recompiles: make sure it does.
touch src/lib.rs src/main.rs tests/*.rs 2>/dev/null || true
SQLX_OFFLINE=false SQLX_OFFLINE_DIR="$out" cargo check -q --features ssr --all-targets
# shellcheck disable=SC2012 # counting the files it wrote itself (hashes for names)
if [ "${1:-}" = "--check" ]; then
  if ! diff -r -q .sqlx "$out" >/dev/null 2>&1; then
    diff -r -q .sqlx "$out" || true
    fail ".sqlx/ is stale: run 'make sqlx-prepare' and commit the result"
  fi
  echo ".sqlx/ is current ($(ls "$out" | wc -l) queries)"
else
  rm -rf .sqlx && mkdir -p .sqlx && cp "$out"/*.json .sqlx/
  echo "wrote $(ls .sqlx | wc -l) queries to .sqlx/"
fi
