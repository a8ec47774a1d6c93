#!/usr/bin/env bash
# A translated page against the English one (docs/BENCHMARKS.md, "Languages"): the same
# listing page and home page with ?lang=en, fr and ar, in alternating rounds of one run so
# drift falls on every language alike. Release server, local primary and replica, wrk on
# loopback, 50 connections. Usage: scripts/bench-languages.sh [seconds per round]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh

DURATION=${1:-10}
PORT=${BENCH_PORT:-3300}
BASE="http://127.0.0.1:$PORT"
bench_fixture "$PORT" .data/bench-languages-server.log 200 haven_bench_languages
LISTING=$(sql "$DATABASE_URL" -c "SELECT id FROM listings WHERE is_active ORDER BY id LIMIT 1")

echo "== machine: $(machine_summary)"
for path in "/listings/$LISTING" "/"; do
  for lang in en fr ar; do
    curl -fsS -o /dev/null "$BASE$path?lang=$lang"
    wrk -t1 -c10 -d3s "$BASE$path?lang=$lang" >/dev/null
  done
  for round in 1 2; do
    for lang in en fr ar; do
      bytes=$(curl -fsS -H 'Accept-Encoding: identity' "$BASE$path?lang=$lang" | wc -c)
      echo "== round $round: GET $path?lang=$lang ($bytes bytes of HTML): wrk -t2 -c50 -d${DURATION}s --latency"
      wrk -t2 -c50 -d"${DURATION}s" --latency "$BASE$path?lang=$lang" |
        grep -E 'Requests/sec|^ +(50|99)%|Non-2xx' || true
    done
  done
done
server_stop
