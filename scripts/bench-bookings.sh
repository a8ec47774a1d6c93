#!/usr/bin/env bash
# Booking throughput (docs/BENCHMARKS.md): `POST /api/v1/bookings` from 50 signed-in guests,
# first spread over many listings and 300 nights (most attempts book), then concentrated on
# 5 listings and 30 nights (most get 409). Release server, local primary and replica, a
# fresh database, wrk on loopback (scripts/bench/book.lua). Prints wrk's latency
# distributions and the answers by status; fails if any answer is not 201 or 409 or if two
# holds overlap. Usage: scripts/bench-bookings.sh [seconds]   (default: BENCH_DURATION or 30)
set -euo pipefail
cd "$(dirname "$0")/.."
# scripts/env.sh only sets upper-case paths and ports.
# shellcheck disable=SC1091
source scripts/env.sh

DURATION=${1:-${BENCH_DURATION:-30}}
PORT=${BENCH_PORT:-3300}
BASE="http://127.0.0.1:$PORT"
DB=haven_bench_bookings
LISTINGS=${BENCH_LISTINGS:-2000}
USERS=${BENCH_USERS:-50}
THREADS=2
CONNECTIONS=50
PASSWORD="violet tram honest glacier"
# Stays start two days from today (UTC) or later: "today" is the listing's own date, up to
# a day ahead of UTC.
FIRST_NIGHT=2
LUA=scripts/bench/book.lua
[ -x "$HAVEN_BIN" ] || { echo "no release server at $HAVEN_BIN (make build)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk not found (scripts/install-tools.sh)" >&2; exit 1; }
if curl -sf -o /dev/null "$BASE/healthz"; then
  echo "something already answers on port $PORT (set BENCH_PORT)" >&2; exit 1
fi

sql() { psql "$DATABASE_URL" -qAtX -v ON_ERROR_STOP=1 -c "$1"; }

# A fresh database every run, so runs start from the same data.
psql "$HAVEN_PG_ADMIN_URL" -qAtX -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
bash scripts/pg.sh ensure-db "$DB" >/dev/null
export DATABASE_URL="$HAVEN_PG_BASE/$DB" DATABASE_REPLICA_URL="$HAVEN_PG_REPLICA_BASE/$DB"
export HAVEN_LISTEN="127.0.0.1:$PORT" RUST_LOG=warn
# The benchmark measures booking, not the abuse limits: lift them for this run. No
# background jobs (expiry, outbox relay) competing for the cores.
export HAVEN_AUTH_PER_IP_BURST=100000 HAVEN_SIGN_IN_PER_ACCOUNT_BURST=100000
export HAVEN_WRITES_PER_USER_PER_MINUTE=1000000 HAVEN_JOB_WORKER=false
"$HAVEN_BIN" seed --listings "$LISTINGS" --seed 7 >/dev/null

# Every listing books instantly, 1 to 3 nights, from today, up to a year ahead, for 2 guests,
# with no preparation nights (so a stay holds exactly its nights).
sql "UPDATE listings SET instant_book = true, min_nights = 1, max_nights = GREATEST(max_nights, 3),
       advance_notice_days = 0, preparation_nights = 0,
       booking_window_days = GREATEST(booking_window_days, 365),
       max_guests = GREATEST(max_guests, 2)
     WHERE is_active"

work=$(mktemp -d)
server=""
cleanup() {
  [ -z "$server" ] || kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# The listings of each scenario: many, and the first 5 of them.
sql "SELECT id FROM listings WHERE is_active ORDER BY id LIMIT $LISTINGS" > "$work/spread.txt"
head -n 5 "$work/spread.txt" > "$work/hot.txt"

"$HAVEN_BIN" serve > .data/bench-bookings-server.log 2>&1 &
server=$!
for _ in $(seq 1 150); do curl -sf "$BASE/readyz" >/dev/null && break; sleep 0.2; done
curl -sf -o /dev/null "$BASE/readyz" \
  || { echo "the server did not start: see .data/bench-bookings-server.log" >&2; exit 1; }
curl -sf "$BASE/readyz" | grep -q '"serving_reads":true' || echo "warning: replica not serving reads"

# The guests: one account and one bearer token each. wrk's threads share them out.
stamp=$(date +%s)
for i in $(seq 1 "$USERS"); do
  email="bench-book-$i-$stamp@example.com"
  curl -sf -o /dev/null -H 'content-type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$PASSWORD\",\"display_name\":\"Guest $i\"}" \
    "$BASE/api/v1/auth/register" || { echo "could not register $email" >&2; exit 1; }
  token=$(curl -sf -H 'content-type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/login" \
    | sed -nE 's/.*"token": *"([^"]+)".*/\1/p') || true
  [ -n "$token" ] || { echo "could not sign in as $email" >&2; exit 1; }
  echo "$token" >> "$work/tokens.txt"
done

# Cancel every booking on these listings and free their nights (host blocks too), so each
# scenario starts from an empty calendar.
reset_holds() { # listing ids file
  sql "WITH gone AS (DELETE FROM listing_holds
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
[ "$code" = 201 ] || { echo "a single booking answered $code: $(cat "$work/smoke.json")" >&2; exit 1; }

failed=0
# NAME TITLE LISTINGS-FILE WINDOW: reset, one wrk run, then check the database.
scenario() {
  local name=$1 title=$2 ids=$3 window=$4 before out
  reset_holds "$ids"
  before=$(sql 'SELECT coalesce(max(id), 0) FROM bookings')
  out=.data/bench-bookings-$name.txt
  echo "== $title ($(wc -l < "$ids") listings, $window nights, 1-3 nights a stay):" \
    "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency -s $LUA"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$LUA" "$BASE/api/v1/bookings" \
    -- "$work/tokens.txt" "$ids" "$FIRST_NIGHT" "$window" "$THREADS" "$name-$stamp" | tee "$out"
  # Stays booked in the run (requests still in flight when wrk stopped may add a few).
  echo "-- confirmed bookings in the database: $(sql "SELECT count(*) FROM bookings
    WHERE id > $before AND status = 'confirmed'")"
  # No two holds may share a night: the exclusion constraint's promise, checked.
  local holds stays
  holds=$(sql 'SELECT count(*) FROM listing_holds a JOIN listing_holds b
    ON a.listing_id = b.listing_id AND a.id < b.id AND a.nights && b.nights')
  # The same for the stays booked in the run, from the bookings themselves.
  stays=$(sql "SELECT count(*) FROM bookings a JOIN bookings b
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

echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
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
