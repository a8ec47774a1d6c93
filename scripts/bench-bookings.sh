#!/usr/bin/env bash
# Booking throughput (docs/BENCHMARKS.md): `POST /api/v1/bookings` from 50 signed-in guests,
# first spread over many listings and 300 nights (most attempts book), then concentrated on
# 5 listings and 30 nights (most get 409). Release server, local primary and replica, a
# fresh database, wrk on loopback (scripts/bench/book.lua). Prints wrk's latency
# distributions and the answers by status; fails if any answer is not 201 or 409 or if two
# holds overlap. Usage: scripts/bench-bookings.sh [seconds]   (default: BENCH_DURATION or 30)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh

DURATION=${1:-${BENCH_DURATION:-30}}
PORT=${BENCH_PORT:-3300}
BASE="http://127.0.0.1:$PORT"
DB=haven_bench_bookings
LISTINGS=${BENCH_LISTINGS:-2000}
USERS=${BENCH_USERS:-50}
THREADS=2
CONNECTIONS=50
# Stays start two days from today (UTC) or later: "today" is the listing's own date, up to
# a day ahead of UTC.
FIRST_NIGHT=2
LUA=scripts/bench/book.lua
[ -x "$HAVEN_BIN" ] || die "no release server at $HAVEN_BIN (make build)"
command -v wrk >/dev/null || die "wrk not found (scripts/install-tools.sh)"
if curl -sf -o /dev/null "$BASE/healthz"; then die "something already answers on port $PORT (set BENCH_PORT)"; fi

# A fresh database every run, so runs start from the same data.
db_fresh "$DB"
server_env "$DB" "$PORT"
export RUST_LOG=warn
# The benchmark measures booking, not the abuse limits: lift them for this run. No
# background jobs (expiry, outbox relay) competing for the cores.
export HAVEN_AUTH_PER_IP_BURST=100000 HAVEN_SIGN_IN_PER_ACCOUNT_BURST=100000
export HAVEN_WRITES_PER_USER_PER_MINUTE=1000000 HAVEN_JOB_WORKER=false
"$HAVEN_BIN" seed --listings "$LISTINGS" --seed 7 >/dev/null

# Every listing books instantly, 1 to 3 nights: a stay holds exactly its nights.
make_listings_bookable "$DATABASE_URL"
q() { sql "$DATABASE_URL" "$1"; }

work=$(mktemp -d)
remove_on_exit "$work"
# The listings of each scenario: many, and the first 5 of them.
q "SELECT id FROM listings WHERE is_active ORDER BY id LIMIT $LISTINGS" > "$work/spread.txt"
head -n 5 "$work/spread.txt" > "$work/hot.txt"

server_start .data/bench-bookings-server.log
await_server "$BASE" 30
serving_reads "$BASE" || warn "replica not serving reads"

# The guests: one account and one bearer token each. wrk's threads share them out.
stamp=$(date +%s)
make_guests "$BASE" "$USERS" "bench-book-$stamp" "$work/tokens.txt"
verify_accounts "$DATABASE_URL" "bench-book-$stamp"

# Cancel every booking on these listings and free their nights (host blocks too), so each
# scenario starts from an empty calendar.
reset_holds() { # listing ids file
  q "WITH gone AS (DELETE FROM listing_holds
                     WHERE listing_id = ANY('{$(paste -sd, "$1")}'::bigint[])
                     RETURNING booking_id)
       UPDATE bookings SET status = 'cancelled', updated_at = now()
       WHERE id IN (SELECT booking_id FROM gone) AND status IN ('pending', 'confirmed')"
}

# One booking by hand first: a setup mistake shows here, not as 30 s of failures.
reset_holds "$work/spread.txt"
check_in=$(date -u -d "+$FIRST_NIGHT days" +%F)
check_out=$(date -u -d "+$((FIRST_NIGHT + 1)) days" +%F)
code=$(curl -s -o "$work/smoke.json" -w '%{http_code}' -H 'content-type: application/json' \
  -H "Authorization: Bearer $(head -n 1 "$work/tokens.txt")" -H "Idempotency-Key: smoke-$stamp" \
  -d "{\"listing_id\":$(head -n 1 "$work/spread.txt"),\"check_in\":\"$check_in\",\"check_out\":\"$check_out\",\"guest_count\":2}" \
  "$BASE/api/v1/bookings") || true
[ "$code" = 201 ] || fail "a single booking answered $code: $(cat "$work/smoke.json")"

failed=0
# NAME TITLE LISTINGS-FILE WINDOW: reset, one wrk run, then check the database.
scenario() {
  local name=$1 title=$2 ids=$3 window=$4 before out
  reset_holds "$ids"
  before=$(q 'SELECT coalesce(max(id), 0) FROM bookings')
  out=.data/bench-bookings-$name.txt
  echo "== $title ($(wc -l < "$ids") listings, $window nights, 1-3 nights a stay):" \
    "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency -s $LUA"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$LUA" "$BASE/api/v1/bookings" \
    -- "$work/tokens.txt" "$ids" "$FIRST_NIGHT" "$window" "$THREADS" "$name-$stamp" | tee "$out"
  # Stays booked in the run (requests still in flight when wrk stopped may add a few).
  echo "-- confirmed bookings in the database: $(q "SELECT count(*) FROM bookings
    WHERE id > $before AND status = 'confirmed'")"
  # No two holds may share a night: the exclusion constraint's promise, checked.
  local holds stays
  holds=$(q 'SELECT count(*) FROM listing_holds a JOIN listing_holds b
    ON a.listing_id = b.listing_id AND a.id < b.id AND a.nights && b.nights')
  # The same for the stays booked in the run, from the bookings themselves.
  stays=$(q "SELECT count(*) FROM bookings a JOIN bookings b
    ON a.listing_id = b.listing_id AND a.id < b.id
    AND daterange(a.check_in, a.check_out) && daterange(b.check_in, b.check_out)
    WHERE a.id > $before AND b.id > $before
    AND a.status IN ('pending', 'confirmed') AND b.status IN ('pending', 'confirmed')")
  echo "-- overlapping holds: $holds, overlapping new stays: $stays"
  if [ "$holds" != 0 ] || [ "$stays" != 0 ]; then
    echo "FAIL: overlapping bookings after the $name run" >&2; failed=1
  fi
  if ! grep -q '^result: .* other=0 ' "$out"; then
    echo "FAIL: answers other than 201 and 409 in the $name run" >&2; failed=1
  fi
}

echo "== machine: $(machine_summary)"
echo "== warm-up"
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$LUA" "$BASE/api/v1/bookings" \
  -- "$work/tokens.txt" "$work/spread.txt" "$FIRST_NIGHT" 300 "$THREADS" "warm-$stamp" >/dev/null
scenario spread "no contention" "$work/spread.txt" 300
scenario hot "contention" "$work/hot.txt" 30

# One table for docs/BENCHMARKS.md.
echo "== summary (${DURATION}s each, $USERS guests, $CONNECTIONS connections)"
echo "| scenario | requests/s | p50 | p99 | 201 | 409 | other | bookings/s |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for name in spread hot; do
  grep '^result: ' ".data/bench-bookings-$name.txt" | sed -E 's/^result: //' | tr ' ' '\n' \
    | awk -F= -v name="$name" '{ v[$1] = $2 } END {
        printf "| %s | %s | %s ms | %s ms | %s | %s | %s | %s |\n", name, v["requests_per_s"],
          v["p50_ms"], v["p99_ms"], v["booked"], v["taken"], v["other"], v["bookings_per_s"] }'
done
exit "$failed"
