#!/usr/bin/env bash
# Failover drill against the real servers: a running Haven keeps serving every page from
# the primary while the local replica is stopped, goes back to the replica when it
# returns, reports itself unready (503) while the primary is stopped, and exits cleanly
# on SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

PORT=${FAILOVER_PORT:-3200}
BASE="http://127.0.0.1:$PORT"
DB=haven_failover
log() { printf '\033[1;35m[failover]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[failover] FAIL:\033[0m %s\n' "$*" >&2; exit 1; }

# Polls a condition for up to $1 seconds (never a fixed sleep standing in for a condition).
wait_for() {
  local deadline=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.2
  done
}
status_of() { curl -s -o /dev/null -w '%{http_code}' "$BASE$1"; }
replica_reads() { # the counter, 0 before its first increment
  curl -sf "$BASE/metrics" | awk '/^haven_db_reads_total\{pool="replica"\}/ {n=$2} END {printf "%d", n+0}'
}
replica_serving() { curl -sf "$BASE/readyz" | grep -q '"serving_reads":true'; }

psql "$HAVEN_PG_ADMIN_URL" -qAtX -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
export DATABASE_URL="$HAVEN_PG_BASE/$DB" DATABASE_REPLICA_URL="$HAVEN_PG_REPLICA_BASE/$DB"
export HAVEN_LISTEN="127.0.0.1:$PORT" RUST_LOG=warn HAVEN_SHUTDOWN_GRACE_SECS=10
"$HAVEN_BIN" seed --listings 40 --seed 3 >/dev/null

"$HAVEN_BIN" serve > .data/failover-server.log 2>&1 &
server=$!
cleanup() {
  bash scripts/pg.sh start-primary >/dev/null || true
  bash scripts/pg.sh start-replica >/dev/null || true
  kill "$server" 2>/dev/null || true
}
trap cleanup EXIT

wait_for 30 curl -sf "$BASE/readyz" || fail "server did not become ready"
wait_for 10 replica_serving || fail "replica never started serving reads"
listing=$(psql "$DATABASE_URL" -qAtX -c 'SELECT min(id) FROM listings')
before=$(replica_reads)
for path in / "/listings/$listing"; do
  [ "$(status_of "$path")" = 200 ] || fail "$path failed with both servers up"
done
after=$(replica_reads)
log "replica served $((after - before)) reads while up"
[ "$after" -gt "$before" ] || fail "reads did not go to the replica"

bash scripts/pg.sh stop-replica
for i in 1 2 3 4 5; do
  for path in / "/listings/$listing"; do
    code=$(status_of "$path")
    [ "$code" = 200 ] || fail "$path answered $code with the replica down (try $i)"
  done
done
curl -sf "$BASE/readyz" | grep -q '"up":false' || fail "/readyz does not report the replica down"
[ "$(status_of /readyz)" = 200 ] || fail "/readyz must stay 200 while the primary is up"
log "replica down: pages served from the primary"

bash scripts/pg.sh start-replica
wait_for 30 replica_serving || fail "reads did not return to the replica"
log "replica back: serving reads again"

bash scripts/pg.sh stop-primary
[ "$(status_of /readyz)" = 503 ] || fail "/readyz must be 503 while the primary is down"
curl -s "$BASE/readyz" | grep -q '"primary":{"up":false}' || fail "/readyz does not report the primary down"
[ "$(status_of /healthz)" = 200 ] || fail "/healthz must stay 200: the process is fine"
log "primary down: /readyz 503, /healthz 200"
bash scripts/pg.sh start-primary
wait_for 30 curl -sf "$BASE/readyz" || fail "not ready again after the primary came back"
[ "$(status_of "/listings/$listing")" = 200 ] || fail "listing page failed after the primary came back"
log "primary back: ready"

kill -TERM "$server"
wait "$server" || fail "server exited non-zero after SIGTERM"
trap - EXIT
log "graceful shutdown ok"
