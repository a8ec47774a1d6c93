#!/usr/bin/env bash
# The load test behind docs/BENCHMARKS.md: the release server with the local primary and
# replica, demo data, wrk on loopback at 50 connections. Prints wrk's latency
# distributions. Usage: scripts/bench.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh

DURATION=${1:-20}
PORT=${BENCH_PORT:-3300}
BASE="http://127.0.0.1:$PORT"
LISTINGS=${BENCH_LISTINGS:-2000}

bench_fixture "$PORT" .data/bench-server.log "$LISTINGS"
serving_reads "$BASE" || warn "replica not serving reads"

max_id=$(sql "$DATABASE_URL" 'SELECT max(id) FROM listings')
lua=$(mktemp --suffix=.lua)
remove_on_exit "$lua"
cat > "$lua" <<LUA
math.randomseed(7)
request = function()
  return wrk.format("GET", "/listings/" .. math.random(1, $max_id))
end
LUA

echo "== machine: $(machine_summary)"
echo "== warm-up"
wrk -t2 -c50 -d5s "$BASE/" >/dev/null
wrk -t2 -c50 -d5s -s "$lua" "$BASE/" >/dev/null
echo "== home page: wrk -t2 -c50 -d${DURATION}s --latency $BASE/"
wrk -t2 -c50 -d"${DURATION}s" --latency "$BASE/"
echo "== listing pages (random of $max_id): wrk -t2 -c50 -d${DURATION}s --latency -s random-listing.lua"
wrk -t2 -c50 -d"${DURATION}s" --latency -s "$lua" "$BASE/"
# A signed-in visitor: the session row is loaded and the account's credential epoch is
# checked on the primary on every request.
email="bench-$(date +%s%N)@example.com"
api_register "$BASE" "$email" Bench
cookie=$(curl -s -o /dev/null -D - -H 'content-type: application/x-www-form-urlencoded' \
  --data-urlencode "email=$email" --data-urlencode "password=$DEMO_PASSWORD" \
  "$BASE/api/fn/sign_in" | grep -i '^set-cookie:' | head -1 | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*).*/\1/')
[ -n "$cookie" ] || fail "could not sign in for the signed-in run"
echo "== home page signed in: wrk -t2 -c50 -d${DURATION}s --latency -H 'Cookie: …' $BASE/"
wrk -t2 -c50 -d"${DURATION}s" --latency -H "Cookie: $cookie" "$BASE/"
echo "== reads per pool"
curl -sf "$BASE/metrics" | grep -E '^haven_db_reads_total|^haven_replica_lag_seconds'
