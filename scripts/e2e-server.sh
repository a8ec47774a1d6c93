#!/usr/bin/env bash
# Started by Playwright (end2end/playwright.config.ts): a fresh, seeded database and the
# release server on its own port, using the local primary and replica.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh

PORT=${E2E_PORT:-3100}
DB=haven_e2e_$PORT   # one per port: several checkouts may run their suites at once
db_fresh "$DB"
server_env "$DB" "$PORT"
export HAVEN_LOG_FORMAT=${HAVEN_LOG_FORMAT:-json}
export RUST_LOG=${RUST_LOG:-warn,haven=info}
# Every browser test signs in from 127.0.0.1: lift the brute-force limits here (they have
# their own integration tests, tests/rate_limits.rs).
export HAVEN_AUTH_PER_IP_BURST=100000 HAVEN_SIGN_IN_PER_ACCOUNT_BURST=100000
# The calendar-sync journey imports a feed from a server the spec starts on 127.0.0.1.
export HAVEN_ICAL_ALLOW_PRIVATE=1
# Uploaded photos of this run only.
export HAVEN_MEDIA_DIR="$PWD/.data/e2e-media-$PORT"
rm -rf "$HAVEN_MEDIA_DIR"
"$HAVEN_BIN" seed --listings 300 --seed 7
# The whole gazetteer: hosts list homes in any town (places.spec.ts).
"$HAVEN_BIN" places import
exec "$HAVEN_BIN" serve
