#!/usr/bin/env bash
# A real redeploy under an open page, driven by end2end/update/update.spec.ts
# (make pwa-update-check):
#   start          a fresh, seeded release server on PWA_UPDATE_PORT (default 3160)
#   rebuild LABEL  changes a component (the footer gains a line reading LABEL), rebuilds the
#                  release site and server, and puts the source back
#   restart        stops the server and starts the build now in the target directory
#   stop           stops the server and drops its database
# The rebuilt target directory keeps the changed build; the next `make build` rebuilds it
# from the restored source.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck disable=SC1091
source scripts/env.sh
PORT=${PWA_UPDATE_PORT:-3160}
DB=haven_pwa_update
DIR=$PWD/.data/pwa-update
PIDFILE=$DIR/server.pid
COMPONENT=src/app/components/footer.rs
mkdir -p "$DIR"

serve() {
  DATABASE_URL=$HAVEN_PG_BASE/$DB DATABASE_REPLICA_URL=$HAVEN_PG_REPLICA_BASE/$DB \
    HAVEN_LISTEN=127.0.0.1:$PORT HAVEN_LOG_FORMAT=json RUST_LOG=warn \
    HAVEN_MEDIA_DIR=$DIR/media setsid "$HAVEN_BIN" serve >> "$DIR/server.log" 2>&1 &
  echo $! > "$PIDFILE"
  for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT/readyz" 2>/dev/null && return 0
    kill -0 "$(cat "$PIDFILE")" 2>/dev/null || { tail -n 20 "$DIR/server.log"; exit 1; }
    sleep 0.2
  done
  echo "the server did not become ready" >&2
  exit 1
}

halt() {
  [ -f "$PIDFILE" ] || return 0
  local pid
  pid=$(cat "$PIDFILE")
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$PIDFILE"
}

case "${1:-}" in
  start)
    halt
    psql "$HAVEN_PG_ADMIN_URL" -qAtX -v ON_ERROR_STOP=1 \
      -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    DATABASE_URL=$HAVEN_PG_BASE/$DB "$HAVEN_BIN" seed --listings 20 --seed 3 > "$DIR/seed.log" 2>&1
    serve
    ;;
  rebuild)
    label=${2:?rebuild needs a label}
    case $label in *[!A-Za-z0-9\ -]*) echo "label: letters, digits, spaces and dashes only" >&2; exit 2 ;; esac
    backup=$(mktemp)
    cp "$COMPONENT" "$backup"
    trap 'cp "$backup" "$COMPONENT"; rm -f "$backup"' EXIT
    anchor='<div class="container site-footer__inner">'
    grep -qF "$anchor" "$COMPONENT" || { echo "$COMPONENT has no $anchor to change" >&2; exit 1; }
    sed -i "s|$anchor|$anchor<p class=\"build-label\">\"$label\"</p>|" "$COMPONENT"
    cargo leptos build --release --precompress > "$DIR/rebuild.log" 2>&1 \
      || { tail -n 40 "$DIR/rebuild.log" >&2; exit 1; }
    ;;
  restart)
    halt
    serve
    ;;
  stop)
    halt
    psql "$HAVEN_PG_ADMIN_URL" -qAtX -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
    ;;
  *)
    echo "usage: $0 start | rebuild LABEL | restart | stop" >&2
    exit 2
    ;;
esac
