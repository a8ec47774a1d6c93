#!/usr/bin/env bash
# Place suggestions under load (docs/BENCHMARKS.md, "Places"): GET /api/v1/places over the
# whole gazetteer (170,000 towns), 50 connections, the queries people type: beginnings of
# 2 to 8 letters of names drawn at random from every stored name, a fifth with two letters
# swapped (the typo path). First every request computes (HAVEN_PLACE_CACHE=0), then as
# served (suggestions kept per app server). Release server, local primary and replica, wrk
# on loopback. Usage: scripts/bench-places.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh

DURATION=${1:-15}
PORT=${BENCH_PORT:-3300}
BASE="http://127.0.0.1:$PORT"
HAVEN_PLACE_CACHE=0 bench_fixture "$PORT" .data/bench-places-server.log 50 haven_bench_places

queries=.data/bench-places-queries.txt
# 4,000 beginnings, URL-encoded by the database (spaces as %20; letters outside ASCII as
# their UTF-8 bytes), the same every run (setseed).
sql "$DATABASE_URL" -c "
  SELECT setseed(0.42);
  WITH drawn AS (
    SELECT key, 2 + floor(random() * 7)::int AS len, random() < 0.2 AS typo
    FROM place_names ORDER BY random() LIMIT 4000
  ), typed AS (
    SELECT row_number() OVER () AS n,
           CASE WHEN typo AND len >= 4
                THEN left(key, len - 2) || substr(key, len, 1) || substr(key, len - 1, 1)
                ELSE left(key, len) END AS q
    FROM drawn
  )
  SELECT string_agg(CASE WHEN c ~ '^[a-z0-9]$' THEN c
                         ELSE upper(regexp_replace(encode(convert_to(c, 'UTF8'), 'hex'), '(..)', '%\1', 'g')) END, '' ORDER BY i)
  FROM typed, LATERAL regexp_split_to_table(q, '') WITH ORDINALITY AS t(c, i)
  GROUP BY typed.n ORDER BY typed.n" | grep -v '^$' >"$queries"
PLACES_QUERIES="$PWD/$queries"
export PLACES_QUERIES
[ "$(wc -l <"$queries")" -gt 3000 ] || fail "too few queries in $queries"

echo "== machine: $(machine_summary)"
echo "== data: $(sql "$DATABASE_URL" -c "SELECT (SELECT count(*) FROM places) || ' towns, ' || count(*) || ' names' FROM place_names")"
echo "== warm-up"
wrk -t1 -c10 -d5s -s scripts/bench/places.lua "$BASE" >/dev/null
echo "== computed every time (HAVEN_PLACE_CACHE=0): GET /api/v1/places?kind=any&q=…: wrk -t2 -c50 -d${DURATION}s --latency"
wrk -t2 -c50 -d"${DURATION}s" --latency -s scripts/bench/places.lua "$BASE"
echo "== computed every time, 10 connections"
wrk -t1 -c10 -d"${DURATION}s" --latency -s scripts/bench/places.lua "$BASE"

# As served: each app server keeps what it answered (4,000 distinct queries: all kept
# after the warm-up).
server_stop
unset HAVEN_PLACE_CACHE
server_start .data/bench-places-server.log
await_server "$BASE" 30
wrk -t1 -c10 -d5s -s scripts/bench/places.lua "$BASE" >/dev/null
echo "== as served (suggestions kept): wrk -t2 -c50 -d${DURATION}s --latency"
wrk -t2 -c50 -d"${DURATION}s" --latency -s scripts/bench/places.lua "$BASE"
server_stop
