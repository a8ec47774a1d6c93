#!/usr/bin/env bash
# A project-local PostgreSQL primary and streaming replica, in .data/pg (git-ignored), on
# non-default ports. Nothing system-wide changes: no service is enabled, no config outside
# the data folder is touched.
#
#   scripts/pg.sh start     initialise (first time) and start both; idempotent
#   scripts/pg.sh stop      stop both
#   scripts/pg.sh stop-replica | start-replica | stop-primary | start-primary   (drills)
#   scripts/pg.sh ensure-db NAME
#   scripts/pg.sh status
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"
DATA=${HAVEN_PG_DATA:-$ROOT/.data/pg}
PRIMARY_PORT=${HAVEN_PG_PORT:-55432}
REPLICA_PORT=${HAVEN_PG_REPLICA_PORT:-55433}
# shellcheck disable=SC2012 # Debian's fixed paths, newest version last
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
[ -x "$PGBIN/pg_ctl" ] || die "PostgreSQL server binaries not found (run scripts/install-tools.sh)"

# PostgreSQL refuses to run as root: run its tools as the postgres user then.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() { as_pg "$PGBIN/pg_ctl" -D "$1" status >/dev/null 2>&1; }
stop_server() { # dir: a fast shutdown (sessions are cut), if it runs
  ! running "$1" || as_pg "$PGBIN/pg_ctl" -D "$1" -m fast -w stop >/dev/null
}

start_server() { # dir port
  local dir=$1 port=$2
  if running "$dir"; then return 0; fi
  as_pg "$PGBIN/pg_ctl" -D "$dir" -l "$dir.log" -w -t 60 \
    -o "-p $port -k $DATA -c listen_addresses=127.0.0.1" start >/dev/null
  log "$(basename "$dir") listening on 127.0.0.1:$port"
}

init_primary() {
  mkdir -p "$DATA"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DATA"
  log "initdb (primary)"
  as_pg "$PGBIN/initdb" -D "$DATA/primary" -U haven --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >>"$DATA/primary/postgresql.conf" <<CONF
# Haven development settings
max_connections = 300
shared_buffers = 256MB
wal_level = replica
max_wal_senders = 5
wal_keep_size = 512MB
hot_standby = on
log_min_duration_statement = 500
CONF
}

init_replica() {
  log "pg_basebackup (replica)"
  as_pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U haven -D "$DATA/replica" -R -X stream -c fast
  cat >>"$DATA/replica/postgresql.conf" <<CONF
# Standby: report what queries read so vacuum on the primary does not cancel them.
hot_standby_feedback = on
max_standby_streaming_delay = 5s
CONF
}

case "${1:-start}" in
  start)
    [ -f "$DATA/primary/PG_VERSION" ] || init_primary
    start_server "$DATA/primary" "$PRIMARY_PORT"
    [ -f "$DATA/replica/PG_VERSION" ] || init_replica
    start_server "$DATA/replica" "$REPLICA_PORT"
    ;;
  start-replica) start_server "$DATA/replica" "$REPLICA_PORT" ;;
  start-primary) start_server "$DATA/primary" "$PRIMARY_PORT" ;;
  stop-primary | stop-replica)
    stop_server "$DATA/${1#stop-}"
    log "${1#stop-} stopped"
    ;;
  ensure-db) # NAME: create the database on the primary unless it exists
    name=${2:?database name}
    url="postgres://haven@127.0.0.1:$PRIMARY_PORT/postgres"
    if ! db_exists "$name" "$url"; then
      db_create "$name" "$url"
      log "created database $name"
    fi
    ;;
  stop)
    for d in replica primary; do
      if [ -d "$DATA/$d" ] && running "$DATA/$d"; then
        stop_server "$DATA/$d"
        log "$d stopped"
      fi
    done
    ;;
  status)
    for d in primary replica; do
      if running "$DATA/$d"; then echo "$d: running"; else echo "$d: stopped"; fi
    done
    ;;
  *) echo "usage: $0 start|stop|start-replica|stop-replica|ensure-db NAME|status" >&2; exit 2 ;;
esac
