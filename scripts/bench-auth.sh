#!/usr/bin/env bash
# Sign-in under load (docs/BENCHMARKS.md): sign-in latency and throughput on their own, then
# the home page's latency while sign-ins run flat out. Release server, local primary and
# replica, wrk on loopback. Usage: scripts/bench-auth.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh

DURATION=${1:-15}
PORT=${BENCH_PORT:-3300}
BASE="http://127.0.0.1:$PORT"
# The benchmark measures hashing, not the brute-force limits: lift them for this run.
export HAVEN_AUTH_PER_IP_BURST=100000000 HAVEN_SIGN_IN_PER_ACCOUNT_BURST=100000000
bench_fixture "$PORT" .data/bench-auth-server.log 2000

email="bench-$(date +%s)@example.com"
api_register "$BASE" "$email" Bench
lua=$(mktemp --suffix=.lua)
remove_on_exit "$lua"
cat > "$lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"$email","password":"$DEMO_PASSWORD"}'
LUA

echo "== machine: $(machine_summary)"
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
