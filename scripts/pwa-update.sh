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
source scripts/env.sh
source scripts/lib.sh
PORT=${PWA_UPDATE_PORT:-3160}
DB=haven_pwa_update
DIR=$PWD/.data/pwa-update
PIDFILE=$DIR/server.pid
COMPONENT=src/app/components/footer.rs
mkdir -p "$DIR"

serve() { # detached: Playwright runs this script once per step
  (
    server_env "$DB" "$PORT"
    export HAVEN_LOG_FORMAT=json RUST_LOG=warn HAVEN_MEDIA_DIR=$DIR/media
    server_detach "$PIDFILE" "$DIR/server.log"
  )
  await_server "http://127.0.0.1:$PORT" 60 "$(cat "$PIDFILE")" "$DIR/server.log"
}

case "${1:-}" in
  start)
    pid_stop "$PIDFILE"
    db_fresh "$DB"
    DATABASE_URL=$HAVEN_PG_BASE/$DB "$HAVEN_BIN" seed --listings 20 --seed 3 > "$DIR/seed.log" 2>&1
    serve
    ;;
  rebuild)
    label=${2:?rebuild needs a label}
    case $label in *[!A-Za-z0-9\ -]*) echo "label: letters, digits, spaces and dashes only" >&2; exit 2 ;; esac
    preserve_file "$COMPONENT"
    anchor='<div class="container site-footer__inner">'
    grep -qF "$anchor" "$COMPONENT" || die "$COMPONENT has no $anchor to change"
    sed -i "s|$anchor|$anchor<p class=\"build-label\">\"$label\"</p>|" "$COMPONENT"
    cargo leptos build --release --precompress > "$DIR/rebuild.log" 2>&1 \
      || { tail -n 40 "$DIR/rebuild.log" >&2; die "the rebuild failed (log: $DIR/rebuild.log)"; }
    ;;
  restart)
    pid_stop "$PIDFILE"
    serve
    ;;
  stop)
    pid_stop "$PIDFILE"
    db_drop "$DB" || true
    ;;
  *)
    echo "usage: $0 start | rebuild LABEL | restart | stop" >&2
    exit 2
    ;;
esac
