#!/usr/bin/env bash
# `make fuzz`: schemathesis generates requests for every operation in the API's own OpenAPI
# document (GET /api/v1/openapi.json), valid and invalid, and fails on any 5xx, any status
# the document does not list, and any response that does not match its schema.
#
# A fresh database with a small seeded data set, the server ($HAVEN_BIN) on its own port,
# and a registered user's bearer token, so the authenticated operations are exercised too.
# Logout revokes the token it is called with, so it runs last, with a token of its own.
#
#   FUZZ_PORT (3500)      where the server listens; its database is haven_fuzz_<port>
#   FUZZ_EXAMPLES (200)   generated test cases per operation and phase
#   FUZZ_SEED (5)         the generator's seed: the same seed sends the same requests
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh

PORT=${FUZZ_PORT:-3500}
EXAMPLES=${FUZZ_EXAMPLES:-200}
SEED=${FUZZ_SEED:-5}
DB=haven_fuzz_$PORT
BASE="http://127.0.0.1:$PORT"
ST=tools/venv/bin/schemathesis
OUT=.data/fuzz-$PORT
[ -x "$ST" ] || bash scripts/install-tools.sh
[ -x "$HAVEN_BIN" ] || fail "no server binary at $HAVEN_BIN (make build)"

rm -rf "$OUT" && mkdir -p "$OUT"
db_fresh "$DB"
server_env "$DB" "$PORT"
export HAVEN_LOG_FORMAT=json RUST_LOG=${RUST_LOG:-warn,haven=info}
export HAVEN_MEDIA_DIR="$PWD/$OUT/media"
# Thousands of requests from one address and one account within minutes: lift the
# brute-force and per-user write limits (tests/rate_limits.rs covers them), so a 429 never
# stands in for the answer being checked.
export HAVEN_AUTH_PER_IP_BURST=10000000 HAVEN_SIGN_IN_PER_ACCOUNT_BURST=10000000
export HAVEN_WRITES_PER_USER_PER_MINUTE=10000000 HAVEN_MESSAGES_PER_TEN_MINUTES=10000000
export HAVEN_ASSISTANT_PER_IP_PER_MINUTE=10000000

"$HAVEN_BIN" seed --listings 200 --seed 5 >"$OUT/seed.log" 2>&1
server_start "$OUT/server.log"
await_server "$BASE" 60

curl -fsS -o "$OUT/openapi.json" "$BASE/api/v1/openapi.json"

# A user of its own, and bearer tokens for it.
api_register "$BASE" fuzz@example.com Fuzz
verify_accounts "$DATABASE_URL" fuzz@example.com
token() { api_token "$BASE" fuzz@example.com || fail "could not sign in"; }

# The host endpoints need a listing of the fuzz user's own, and quotes need dates in the
# bookable window: those few parameters are fixed (every other one is still generated).
AUTH="Authorization: Bearer $(token)"
LISTING=$(curl -fsS -H "$AUTH" -H 'content-type: application/json' "$BASE/api/v1/listings" -d '{
  "title": "Loft for the fuzz run", "property_type": "apartment",
  "description": "A bright loft by the river, listed by the API fuzz run.",
  "location": {"address": "Rua Augusta 1", "city": "Lisbon", "country": "Portugal"},
  "capacity": {"max_guests": 4, "bedrooms": 2, "beds": 2, "bathrooms": 1},
  "price_per_night": {"amount_minor": 12000, "currency": "EUR"},
  "booking": {"instant_book": true, "cancellation_policy": "moderate"}}' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
# A conversation of the fuzz user's own (a question about a seeded listing), for the
# conversation endpoints; long polling never waits (a wait would outlast the request timeout).
CONVERSATION=$(curl -fsS -H "$AUTH" -H 'content-type: application/json' \
  "$BASE/api/v1/listings/7/inquiries" -d '{"body": "Is the fuzz run welcome?"}' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["conversation"]["id"])')
# The listing's calendar export address (its token), so the .ics itself is fetched too.
ICAL_TOKEN=$(curl -fsS -H "$AUTH" "$BASE/api/v1/listings/$LISTING/ical" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["url"].rsplit("/", 1)[1])')
# A stay on that listing, by a guest whose name starts like a spreadsheet formula, so the
# CSV exports have a row to write (and to neutralise).
api_register "$BASE" fuzz-guest@example.com "=1+2 Fuzz guest"
BOOKING=$(sql "$DATABASE_URL" "INSERT INTO bookings (listing_id, guest_id, check_in, check_out,
    adults, status, currency, total_minor, service_fee_minor, taxes_minor, time_zone)
  SELECT $LISTING, id, current_date + 10, current_date + 13, 2, 'confirmed', 'EUR', 36000,
         3000, 1200, 'UTC' FROM users WHERE email = 'fuzz-guest@example.com' RETURNING id")
# A payout of the fuzz user's own, so host_payouts answers with a payout and its stays:
# a stay at the fuzz listing that ended three days ago, settled then (its host share in
# the ledger); the worker gathers it into a payout and pays it on its next slow poll, and
# until then it shows as upcoming. host_payouts needs no parameter pinned.
sql "$DATABASE_URL" "
  WITH b AS (
    INSERT INTO bookings (listing_id, guest_id, check_in, check_out, adults, status, currency,
                          total_minor, time_zone)
    SELECT $LISTING, id, current_date - 6, current_date - 3, 1, 'completed', 'EUR', 36000, 'UTC'
    FROM users WHERE email <> 'fuzz@example.com' ORDER BY email LIMIT 1
    RETURNING id, host_earnings_minor)
  INSERT INTO ledger_entries (booking_id, kind, amount_minor, currency, created_at)
  SELECT id, 'host_payout', host_earnings_minor, 'EUR', now() - interval '3 days' FROM b" >/dev/null
# A trip of the fuzz user's own with a saved day plan, so the plan and its .ics are read.
TRIP=$(sql "$DATABASE_URL" "INSERT INTO bookings (listing_id, guest_id, check_in, check_out,
    adults, status, currency, total_minor, time_zone)
  SELECT 7, id, current_date + 20, current_date + 23, 2, 'confirmed', 'EUR', 36000, 'UTC'
  FROM users WHERE email = 'fuzz@example.com' RETURNING id")
curl -fsS -o /dev/null -H "$AUTH" -H 'content-type: application/json' "$BASE/api/v1/ai/itinerary" \
  -d "{\"booking_id\": $TRIP}" || fail "could not plan the fuzz trip"
cat >"$OUT/schemathesis.toml" <<TOML
[[operations]]
include-operation-id = ["list_calendar_feeds", "add_calendar_feed", "remove_calendar_feed",
                        "sync_calendar_feed", "dismiss_calendar_conflict",
                        "get_calendar_export", "regenerate_calendar_export"]
parameters = { "path.id" = $LISTING }

[[operations]]
include-operation-id = "calendar_export"
parameters = { "path.token" = "$ICAL_TOKEN" }

[[operations]]
include-operation-id = ["update_listing", "listing_photos", "add_listing_photo",
                        "move_listing_photo", "delete_listing_photo"]
parameters = { "path.id" = $LISTING }

[[operations]]
include-operation-id = ["host_reservations_csv", "host_earnings_csv"]
parameters = { "query.listing_id" = "$LISTING" }

[[operations]]
include-operation-id = "get_quote"
parameters = { "path.id" = 7, "query.check_in" = "$(date -u -d '+45 days' +%F)", "query.check_out" = "$(date -u -d '+49 days' +%F)" }

[[operations]]
include-operation-id = ["ai_weather", "ai_recommendations", "ai_activities"]
parameters = { "query.listing_id" = "7" }
[[operations]]
include-operation-id = ["add_guidebook_place", "remove_guidebook_place"]
parameters = { "path.id" = $LISTING }
[[operations]]
include-operation-id = ["booking_itinerary", "booking_itinerary_ics"]
parameters = { "path.id" = $TRIP }
[[operations]]
include-operation-id = ["get_conversation", "send_message", "read_conversation"]
parameters = { "path.id" = $CONVERSATION }

[[operations]]
include-operation-id = "list_messages"
parameters = { "path.id" = $CONVERSATION, "query.wait" = "0" }
TOML

# Every check but the two that judge input validation against the schema: the API takes an
# empty query parameter as an absent one (as HTML forms send them), and which valid-looking
# values it accepts depends on the data (dates in the past, taken nights, weak passwords).
CHECKS=not_a_server_error,status_code_conformance,content_type_conformance
CHECKS+=,response_schema_conformance,response_headers_conformance,ignored_auth
CHECKS+=,unsupported_method,allow_header_conformance,missing_required_header
CHECKS+=,use_after_free,ensure_resource_availability
run() {
  local name=$1
  shift
  # One worker: with two threads, hypothesis's concurrent ast.parse calls hit a CPython
  # 3.11.7 bug (gh-106905, "AST constructor recursion depth mismatch") that errors a run.
  "$ST" --config-file "$OUT/schemathesis.toml" run "$BASE/api/v1/openapi.json" \
    --checks "$CHECKS" \
    --max-examples "$EXAMPLES" --seed "$SEED" --generation-database none \
    --workers 1 --request-timeout 20 --no-color \
    --report junit --report-junit-path "$OUT/$name.xml" "$@"
}

started=$SECONDS
status=0
run all -H "$AUTH" \
  --exclude-path /api/v1/auth/logout || status=$?
# Schemathesis checks the CSV answers' status and content type but cannot read text/csv:
# read both files as RFC 4180 (Python's csv module, strict), every row as wide as the
# header, CRLF line ends, the stay in them, and no text cell a spreadsheet would run.
for what in reservations earnings; do
  curl -fsS -D "$OUT/$what.headers" -o "$OUT/$what.csv" -H "Authorization: Bearer $(token)" \
    "$BASE/api/v1/host/$what.csv?period=next30&listing_id=$LISTING" || status=1
  python3 - "$OUT/$what" "$what" "$BOOKING" <<'PY' || status=1
import csv, io, re, sys
path, what, booking = sys.argv[1:]
headers = open(path + ".headers", encoding="latin-1").read().lower()
body = open(path + ".csv", "rb").read()
problems = []
if "content-type: text/csv; charset=utf-8" not in headers:
    problems.append("content type")
if not re.search(r'content-disposition: attachment; filename="haven-%s-[0-9-]+\.csv"' % what, headers):
    problems.append("content disposition")
quoted, previous = False, 0
for byte in body:
    quoted ^= byte == ord('"')
    if byte == ord("\n") and not quoted and previous != ord("\r"):
        problems.append("a line not ended by CRLF")
        break
    previous = byte
if not body.endswith(b"\r\n"):
    problems.append("no CRLF at the end")
rows = list(csv.reader(io.StringIO(body.decode("utf-8"), newline=""), strict=True))
if any(len(r) != len(rows[0]) for r in rows):
    problems.append("rows of another width than the header")
if booking not in [r[0] for r in rows[1:]]:
    problems.append(f"booking {booking} missing")
for r in rows:
    for cell in r:
        if cell[:1] in ("=", "+", "@", "\t", "\r") or (cell[:1] == "-" and not re.fullmatch(r"-[0-9.]+", cell)):
            problems.append(f"a formula-like cell: {cell!r}")
if what == "reservations" and not any("'=1+2 Fuzz guest" in r for r in rows):
    problems.append("the guest's name is not neutralised")
for p in problems:
    print(f"{what}.csv: {p}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY
done
run logout -H "Authorization: Bearer $(token)" \
  --include-path /api/v1/auth/logout || status=$?

if grep -q '"level":"ERROR"' "$OUT/server.log"; then
  warn "the server logged errors:"
  grep '"level":"ERROR"' "$OUT/server.log" | head -20
  status=1
fi
log "$((SECONDS - started)) s of schemathesis; reports and server log in $OUT/"
exit "$status"
