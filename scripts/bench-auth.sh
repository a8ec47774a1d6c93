#!/usr/bin/env bash
# Sign-in under load (docs/BENCHMARKS.md): sign-in latency and throughput on their own, then
# the home page's latency while sign-ins run flat out. Release server, local primary and
# replica, wrk on loopback. Usage: scripts/bench-auth.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

DURATION=${1:-15}
PORT=${BENCH_PORT:-3300}
BASE="http://127.0.0.1:$PORT"
DB=haven_bench
bash scripts/pg.sh ensure-db "$DB" >/dev/null
export DATABASE_URL="$HAVEN_PG_BASE/$DB" DATABASE_REPLICA_URL="$HAVEN_PG_REPLICA_BASE/$DB"
export HAVEN_LISTEN="127.0.0.1:$PORT" RUST_LOG=warn
# The benchmark measures hashing, not the brute-force limits: lift them for this run.
export HAVEN_AUTH_PER_IP_BURST=100000000 HAVEN_SIGN_IN_PER_ACCOUNT_BURST=100000000
"$HAVEN_BIN" seed --if-empty --listings 2000 --seed 42 >/dev/null

"$HAVEN_BIN" serve > .data/bench-auth-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do curl -sf "$BASE/readyz" >/dev/null && break; sleep 0.2; done

email="bench-$(date +%s)@example.com"
curl -sf -o /dev/null -H 'content-type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"violet tram honest glacier\",\"display_name\":\"Bench\"}" \
  "$BASE/api/v1/auth/register"
lua=$(mktemp --suffix=.lua)
cat > "$lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"$email","password":"violet tram honest glacier"}'
LUA

echo "== machine: $(nproc) cores"
echo "== sign-in alone: wrk -t1 -c8 -d${DURATION}s --latency -s login.lua $BASE/api/v1/auth/login"
wrk -t1 -c8 -d"${DURATION}s" --latency -s "$lua" "$BASE/api/v1/auth/login"
echo "== home page alone: wrk -t1 -c10 -d${DURATION}s --latency $BASE/"
wrk -t1 -c10 -d"${DURATION}s" --latency "$BASE/"
echo "== home page while sign-ins run flat out (both at once)"
wrk -t1 -c8 -d"$((DURATION + 2))s" -s "$lua" "$BASE/api/v1/auth/login" > .data/bench-auth-logins.txt &
logins=$!
sleep 1
wrk -t1 -c10 -d"${DURATION}s" --latency "$BASE/"
wait $logins
echo "-- sign-ins during that run:"
grep -E "Requests/sec|Latency   |99%" .data/bench-auth-logins.txt
rm -f "$lua"
