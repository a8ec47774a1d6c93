#!/usr/bin/env bash
# `make lighthouse`: Lighthouse (tools/lighthouse/, pinned; Node 20) in Debian's Chromium
# on the home, search and listing pages of the release build: mobile form factor,
# Lighthouse's default simulated throttling, categories performance, accessibility, best
# practices and SEO. Prints scores, LCP/TBT/CLS/FCP/Speed Index, total transfer, the audits
# that fell short, and the first-load JS+WASM (raw, gzip -9, brotli; docs/BENCHMARKS.md).
#
# A fresh seeded database and the server ($HAVEN_BIN, target/site) on their own port, as
# scripts/e2e-server.sh does; both are removed again at the end.
#
#   LIGHTHOUSE_PORT (3140)   where the server listens; its database is haven_lighthouse_<port>
#   LIGHTHOUSE_RUNS (3)      runs per page; the median run (Lighthouse's choice) is reported
#   LIGHTHOUSE_SEARCH (q=Lisbon&adults=2)   the query string of the search page audited
#   LIGHTHOUSE_STRICT (0)    1: exit 2 when a score is below its target
#   CHROME_PATH (/usr/bin/chromium)
#
# Reports: .data/lighthouse/<page>.report.{html,json}, every run in .data/lighthouse/runs/,
# the summary in .data/lighthouse/summary.{txt,json}. Scores depend on the machine: Lighthouse
# measures the host CPU (its "benchmark index", printed) and a busy machine scores lower.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh

PORT=${LIGHTHOUSE_PORT:-3140}
RUNS=${LIGHTHOUSE_RUNS:-3}
SEARCH=${LIGHTHOUSE_SEARCH:-q=Lisbon&adults=2}
DB=haven_lighthouse_$PORT
BASE="http://127.0.0.1:$PORT"
OUT=.data/lighthouse
LH=tools/lighthouse
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
LOG_COLOUR='1;36' LOG_FD=2

[ -x "$HAVEN_BIN" ] || fail "no server binary at $HAVEN_BIN (make build)"
ls target/site/pkg/*.wasm >/dev/null 2>&1 || fail "no WASM bundle in target/site/pkg (make build)"
[ -x "$CHROME_PATH" ] || fail "no browser at $CHROME_PATH (apt-get install chromium)"

# Lighthouse at the version tools/lighthouse/package-lock.json pins: skipped when that is
# installed and the lock is no newer than the install (npm writes node_modules/.package-lock.json).
want=$(node -p "require('./$LH/package-lock.json').packages['node_modules/lighthouse'].version")
have=$(node -p "try { require('./$LH/node_modules/lighthouse/package.json').version } catch { '' }")
if [ "$want" != "$have" ] || ! [ "$LH/node_modules/.package-lock.json" -nt "$LH/package-lock.json" ]; then
  log "npm ci in $LH (lighthouse $want)"
  (cd "$LH" && npm ci --silent --no-audit --no-fund)
fi

rm -rf "$OUT" && mkdir -p "$OUT"
db_fresh "$DB"
on_exit "db_drop $DB >/dev/null 2>&1"
server_env "$DB" "$PORT"
export HAVEN_LOG_FORMAT=json RUST_LOG=${RUST_LOG:-warn}
export HAVEN_MEDIA_DIR="$PWD/$OUT/media"

log "seeding $DB (300 listings, seed 7)"
"$HAVEN_BIN" seed --listings 300 --seed 7 >"$OUT/seed.log" 2>&1
server_start "$OUT/server.log"
await_server "$BASE" 60

# A listing the home page links to, and a search that finds something.
listing=$(curl -fsS "$BASE/" | grep -oE 'href="/listings/[0-9]+"' | head -n1 | grep -oE '[0-9]+' || true)
[ -n "$listing" ] || listing=$(sql "$DATABASE_URL" 'SELECT min(id) FROM listings WHERE is_active')
[ -n "$listing" ] || fail "no listing to audit"
curl -fsS "$BASE/search?$SEARCH" | grep -q 'href="/listings/[0-9]' || fail "/search?$SEARCH finds no listing"

log "auditing /, /search?$SEARCH and /listings/$listing, $RUNS run(s) each"
node "$LH/run.mjs" --out "$OUT" --site target/site --runs "$RUNS" \
  home="$BASE/" search="$BASE/search?$SEARCH" listing="$BASE/listings/$listing"
