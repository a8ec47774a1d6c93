#!/usr/bin/env bash
# The price of synchronous replication per booking (docs/BENCHMARKS.md, "Synchronous
# replication"): the stack's databases (scripts/ha/db.sh: Patroni, two PostgreSQL servers,
# HAProxy, TLS) and one release app server on them, `POST /api/v1/bookings` with wrk
# (scripts/bench/book.lua) from 1 connection (the latency a guest sees) and from 50 (the
# throughput), first with Patroni's synchronous_mode on (what the stack runs), then off
# (asynchronous), then both again, so a drift of the machine shows. Needs root (namespaces).
# Usage: scripts/bench-sync.sh [seconds]   (default: BENCH_DURATION or 20)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export HAVEN_HA_NAME=bench HAVEN_HA_NET=10.88.3 HAVEN_STACK_DIR=$PWD/.data/bench-sync
source scripts/env.sh
source scripts/lib.sh
source scripts/ha/topology.sh

DURATION=${1:-${BENCH_DURATION:-20}}
PORT=3390
BASE="http://$HOST_IP:$PORT"
LUA=scripts/bench/book.lua
[ -x "$HAVEN_BIN" ] || die "no release server at $HAVEN_BIN (make build)"

stop_all() {
  server_stop 2>/dev/null || true
  bash scripts/ha/db.sh stop >/dev/null 2>&1 || true
  bash scripts/ha/net.sh down >/dev/null 2>&1 || true
}
on_exit stop_all
stop_all
rm -rf "$STACK"
bash scripts/ha/net.sh up >/dev/null
bash scripts/ha/db.sh start
sql "$(db_url primary postgres)" "CREATE DATABASE haven" >/dev/null
export DATABASE_URL DATABASE_REPLICA_URL
DATABASE_URL=$(db_url primary) DATABASE_REPLICA_URL=$(db_url reads)
export RUST_LOG=warn HAVEN_JOB_WORKER=false HAVEN_LISTEN=$HOST_IP:$PORT
export HAVEN_AUTH_PER_IP_BURST=100000 HAVEN_SIGN_IN_PER_ACCOUNT_BURST=100000
export HAVEN_WRITES_PER_USER_PER_MINUTE=1000000
"$HAVEN_BIN" migrate >/dev/null
DATABASE_REPLICA_URL="" "$HAVEN_BIN" seed --listings 2000 --seed 7 >/dev/null
make_listings_bookable "$DATABASE_URL"
work=$(mktemp -d)
remove_on_exit "$work"
sql "$DATABASE_URL" "SELECT id FROM listings WHERE is_active ORDER BY id" > "$work/listings.txt"
server_start "$STACK/bench-app.log"
await_server "$BASE" 60
stamp=$(date +%s)
make_guests "$BASE" 50 "bench-sync-$stamp" "$work/tokens.txt"
verify_accounts "$DATABASE_URL" "bench-sync-$stamp"

sync_names() { sql "$DATABASE_URL" "SHOW synchronous_standby_names"; }
set_mode() { # true|false: Patroni's synchronous_mode, and wait until the primary follows it
  bash scripts/ha/db.sh patronictl edit-config haven --force --quiet \
    --set "synchronous_mode=$1" >/dev/null
  if [ "$1" = true ]; then wait_for 30 has_sync_standby; else wait_for 30 no_sync_standby; fi ||
    fail "synchronous_standby_names did not follow synchronous_mode=$1"
}
has_sync_standby() { [ -n "$(sync_names)" ]; }
no_sync_standby() { [ -z "$(sync_names)" ]; }

run() { # MODE CONNECTIONS
  local out=$STACK/wrk-$1-$2.txt threads=1
  [ "$2" = 1 ] || threads=2
  wrk -t"$threads" -c"$2" -d"${DURATION}s" --latency -s "$LUA" "$BASE/api/v1/bookings" \
    -- "$work/tokens.txt" "$work/listings.txt" 2 300 "$threads" "$1-$2-$stamp-$RANDOM" > "$out"
  grep '^result: ' "$out" | sed -E 's/^result: //' | tr ' ' '\n' | awk -F= -v m="$1" -v c="$2" \
    -v names="$(sync_names)" '{ v[$1] = $2 } END {
      printf "| %s (synchronous_standby_names %s) | %s | %s | %s ms | %s ms | %s |\n", m,
        (names == "" ? "empty" : names), c, v["requests_per_s"], v["p50_ms"], v["p99_ms"], v["other"] }'
}

echo "== machine: $(machine_summary)"
echo "== warm-up"
wrk -t2 -c50 -d5s -s "$LUA" "$BASE/api/v1/bookings" \
  -- "$work/tokens.txt" "$work/listings.txt" 2 300 2 "warm-$stamp" >/dev/null
echo "| replication | connections | requests/s | p50 | p99 | answers other than 201/409 |"
echo "| --- | --- | --- | --- | --- | --- |"
for mode in synchronous asynchronous synchronous asynchronous; do
  if [ "$mode" = synchronous ]; then set_mode true; else set_mode false; fi
  run "$mode" 1
  run "$mode" 50
done
