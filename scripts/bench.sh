#!/usr/bin/env bash
# The load test behind docs/BENCHMARKS.md: the release server with the local primary and
# replica, demo data, wrk on loopback at 50 connections. Prints wrk's latency
# distributions. Usage: scripts/bench.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

DURATION=${1:-20}
PORT=${BENCH_PORT:-3300}
BASE="http://127.0.0.1:$PORT"
DB=haven_bench
LISTINGS=${BENCH_LISTINGS:-2000}

exists=$(psql "$HAVEN_PG_ADMIN_URL" -qAtX -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")
[ "$exists" = 1 ] || psql "$HAVEN_PG_ADMIN_URL" -qAtX -c "CREATE DATABASE $DB"
export DATABASE_URL="$HAVEN_PG_BASE/$DB" DATABASE_REPLICA_URL="$HAVEN_PG_REPLICA_BASE/$DB"
export HAVEN_LISTEN="127.0.0.1:$PORT" RUST_LOG=warn
"$HAVEN_BIN" seed --if-empty --listings "$LISTINGS" --seed 42 >/dev/null

"$HAVEN_BIN" serve > .data/bench-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do curl -sf "$BASE/readyz" >/dev/null && break; sleep 0.2; done
curl -sf "$BASE/readyz" | grep -q '"serving_reads":true' || echo "warning: replica not serving reads"

max_id=$(psql "$DATABASE_URL" -qAtX -c 'SELECT max(id) FROM listings')
lua=$(mktemp --suffix=.lua)
cat > "$lua" <<LUA
math.randomseed(7)
request = function()
  return wrk.format("GET", "/listings/" .. math.random(1, $max_id))
end
LUA

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
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
curl -sf -o /dev/null -H 'content-type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"violet tram honest glacier\",\"display_name\":\"Bench\"}" \
  "$BASE/api/v1/auth/register"
cookie=$(curl -s -o /dev/null -D - -H 'content-type: application/x-www-form-urlencoded' \
  --data-urlencode "email=$email" --data-urlencode "password=violet tram honest glacier" \
  "$BASE/api/fn/sign_in" | grep -i '^set-cookie:' | head -1 | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*).*/\1/')
[ -n "$cookie" ] || { echo "could not sign in for the signed-in run" >&2; exit 1; }
echo "== home page signed in: wrk -t2 -c50 -d${DURATION}s --latency -H 'Cookie: …' $BASE/"
wrk -t2 -c50 -d"${DURATION}s" --latency -H "Cookie: $cookie" "$BASE/"
echo "== reads per pool"
curl -sf "$BASE/metrics" | grep -E '^haven_db_reads_total|^haven_replica_lag_seconds'
rm -f "$lua"
