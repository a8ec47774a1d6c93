#!/usr/bin/env bash
# Runs nginx (deploy/nginx.conf) in front of app servers, under .data/nginx.
#   scripts/nginx.sh start LISTEN_PORT APP_PORT [APP_PORT...]   |   scripts/nginx.sh stop
set -euo pipefail
cd "$(dirname "$0")/.."
PREFIX=$PWD/.data/nginx
case "${1:-}" in
  start)
    listen=$2; shift 2
    mkdir -p "$PREFIX/tmp"
    upstreams=$(for p in "$@"; do printf '        server 127.0.0.1:%s max_fails=2 fail_timeout=5s;\\n' "$p"; done)
    sed -e "s|@PREFIX@|$PREFIX|g" -e "s|@SITE_ROOT@|$PWD/target/site|g" \
        -e "s|@LISTEN@|127.0.0.1:$listen|g" -e "s|@UPSTREAMS@|$upstreams|" \
        deploy/nginx.conf > "$PREFIX/nginx.conf"
    nginx -t -q -p "$PREFIX" -c "$PREFIX/nginx.conf"
    nginx -p "$PREFIX" -c "$PREFIX/nginx.conf"
    ;;
  stop)
    [ -f "$PREFIX/nginx.pid" ] && nginx -q -p "$PREFIX" -c "$PREFIX/nginx.conf" -s quit 2>/dev/null || true
    ;;
  *) echo "usage: $0 start LISTEN APP_PORT... | stop" >&2; exit 2 ;;
esac
