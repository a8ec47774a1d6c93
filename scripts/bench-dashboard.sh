#!/usr/bin/env bash
# The owner's dashboard under load (docs/BENCHMARKS.md): the demo power host (200 listings,
# two years of history) asks for a year's figures, 10 requests at a time, through the API
# (JSON) and the server-rendered page: first with no report kept (HAVEN_REPORT_CACHE=0,
# every request computes), then as served (reports kept per roll-up version). Release
# server, local primary and replica, wrk on loopback. Usage: scripts/bench-dashboard.sh
# [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh

DURATION=${1:-15}
PORT=${BENCH_PORT:-3300}
BASE="http://127.0.0.1:$PORT"
HOST=demo-host@haven.test
export HAVEN_AUTH_PER_IP_BURST=100000000 HAVEN_SIGN_IN_PER_ACCOUNT_BURST=100000000
# A database of its own: the power host and the history came after haven_bench was seeded.
# First every request computes its report.
HAVEN_REPORT_CACHE=0 bench_fixture "$PORT" .data/bench-dashboard-server.log 2000 haven_bench_dashboard

answer=$(curl -sSf -H 'content-type: application/json' \
  -d "{\"email\":\"$HOST\",\"password\":\"harbour lantern demo keys\"}" "$BASE/api/v1/auth/login")
[[ $answer =~ \"token\":\ *\"([^\"]+)\" ]] || fail "the power host cannot sign in: $answer"
token=${BASH_REMATCH[1]}
cookie=$(curl -s -o /dev/null -D - -H 'content-type: application/x-www-form-urlencoded' \
  --data-urlencode "email=$HOST" --data-urlencode 'password=harbour lantern demo keys' \
  "$BASE/api/fn/sign_in" | grep -i '^set-cookie:' | head -1 | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*).*/\1/')
[ -n "$cookie" ] || fail "the power host cannot sign in on the page"

api="/api/v1/host/analytics?period=365d&granularity=week"
listings=$(curl -sSf -H "Authorization: Bearer $token" "$BASE$api" | grep -o '"listing_id":[0-9]*,"title"' | wc -l)
[ "$listings" -ge 200 ] || fail "the power host's report has $listings listings, expected 200"

echo "== machine: $(machine_summary)"
echo "== data: $(sql "$DATABASE_URL" -c "SELECT count(*) || ' bookings, ' || (SELECT count(*) FROM listing_days) || ' listing days, ' || (SELECT count(*) FROM host_days) || ' host days' FROM bookings")"
one=$(sql "$DATABASE_URL" -c "SELECT min(l.id) FROM listings l JOIN users u ON u.id = l.host_id WHERE u.email = '$HOST'")
echo "== computed every time (HAVEN_REPORT_CACHE=0): a year's figures, JSON: wrk -t1 -c10 -d${DURATION}s --latency $api (bearer)"
wrk -t1 -c10 -d"${DURATION}s" --latency -H "Authorization: Bearer $token" "$BASE$api"
echo "== computed every time: one listing's year, JSON"
wrk -t1 -c10 -d"${DURATION}s" --latency -H "Authorization: Bearer $token" "$BASE$api&listing_id=$one"

# Then as served: reports kept per app server under the host's roll-up version.
server_stop
server_start .data/bench-dashboard-server.log
await_server "$BASE" 30
echo "== as served (reports kept per roll-up version): a year's figures, JSON"
wrk -t1 -c10 -d"${DURATION}s" --latency -H "Authorization: Bearer $token" "$BASE$api"
echo "== as served: the dashboard page (/host?period=365d), signed in"
wrk -t1 -c10 -d"${DURATION}s" --latency -H "Cookie: $cookie" "$BASE/host?period=365d"
