#!/usr/bin/env bash
# Failover drill against the real servers: a running Haven keeps serving every page from
# the primary while the local replica is stopped, goes back to the replica when it
# returns, reports itself unready (503) while the primary is stopped, and exits cleanly
# on SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh

PORT=${FAILOVER_PORT:-3200}
BASE="http://127.0.0.1:$PORT"
DB=haven_failover
LOG_TAG=failover LOG_COLOUR='1;35'

status_of() { http_status "$BASE$1"; }
replica_reads() { # the counter, 0 before its first increment
  curl -sf "$BASE/metrics" | awk '/^haven_db_reads_total\{pool="replica"\}/ {n=$2} END {printf "%d", n+0}'
}

db_fresh "$DB"
server_env "$DB" "$PORT"
export RUST_LOG=warn HAVEN_SHUTDOWN_GRACE_SECS=10
"$HAVEN_BIN" seed --listings 40 --seed 3 >/dev/null

server_start .data/failover-server.log
on_exit 'bash scripts/pg.sh start-primary >/dev/null; bash scripts/pg.sh start-replica >/dev/null'

await_server "$BASE" 30
wait_for 10 serving_reads "$BASE" || fail "replica never started serving reads"
listing=$(sql "$DATABASE_URL" 'SELECT min(id) FROM listings')
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
wait_for 30 serving_reads "$BASE" || fail "reads did not return to the replica"
log "replica back: serving reads again"

bash scripts/pg.sh stop-primary
[ "$(status_of /readyz)" = 503 ] || fail "/readyz must be 503 while the primary is down"
curl -s "$BASE/readyz" | grep -q '"primary":{"up":false}' || fail "/readyz does not report the primary down"
[ "$(status_of /healthz)" = 200 ] || fail "/healthz must stay 200: the process is fine"
log "primary down: /readyz 503, /healthz 200"
bash scripts/pg.sh start-primary
wait_ready "$BASE" 30 || fail "not ready again after the primary came back"
[ "$(status_of "/listings/$listing")" = 200 ] || fail "listing page failed after the primary came back"
log "primary back: ready"

server_stop || fail "server exited non-zero after SIGTERM"
log "graceful shutdown ok"
