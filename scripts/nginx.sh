#!/usr/bin/env bash
# Runs nginx (deploy/nginx/) in front of Haven app servers, under $NGINX_PREFIX
# (default .data/nginx): nothing system-wide. A self-signed certificate for localhost and
# 127.0.0.1 is generated on first start.
#
#   scripts/nginx.sh start APP_PORT [APP_PORT...]   HTTPS on $NGINX_HTTPS_PORT (8443),
#                                                  HTTP redirect on $NGINX_HTTP_PORT (8080)
#   scripts/nginx.sh reload APP_PORT[:down] [...]   re-render and reload (no dropped requests);
#                                                  PORT:down takes that server out
#   scripts/nginx.sh stop
#
# Rate limits per client address: NGINX_SIGNIN_RATE (10r/m, burst 5) and
# NGINX_BOOKING_RATE (30r/m, burst 10). Bucket (the CDN origin at /cdn/): HAVEN_BUCKET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
PREFIX=${NGINX_PREFIX:-$PWD/.data/nginx}
HTTPS_PORT=${NGINX_HTTPS_PORT:-8443}
HTTP_PORT=${NGINX_HTTP_PORT:-8080}
BUCKET=${HAVEN_BUCKET_DIR:-$PWD/.data/cdn}
TLS=$PREFIX/tls

render() {
  mkdir -p "$PREFIX/tmp" "$BUCKET"
  if [ ! -s "$TLS/cert.pem" ]; then
    mkdir -p "$TLS"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
      -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
      -keyout "$TLS/key.pem" -out "$TLS/cert.pem" 2>/dev/null
    chmod 600 "$TLS/key.pem"
  fi
  local upstreams="" p
  for p in "$@"; do # PORT, or PORT:down to take a server out (a rolling restart drains it)
    if [ "${p%:down}" != "$p" ]; then
      upstreams+="        server 127.0.0.1:${p%:down} down;\\n"
    else
      upstreams+="        server 127.0.0.1:$p max_fails=1 fail_timeout=${NGINX_FAIL_TIMEOUT:-5s};\\n"
    fi
  done
  sed -e "s|@PREFIX@|$PREFIX|g" -e "s|@SITE_ROOT@|$PWD/target/site|g" \
      -e "s|@CONF_DIR@|$PWD/deploy/nginx|g" -e "s|@TLS_DIR@|$TLS|g" -e "s|@BUCKET@|$BUCKET|g" \
      -e "s|@HTTPS_LISTEN@|127.0.0.1:$HTTPS_PORT|g" -e "s|@HTTPS_PORT@|$HTTPS_PORT|g" \
      -e "s|@HTTP_LISTEN@|127.0.0.1:$HTTP_PORT|g" -e "s|@UPSTREAMS@|$upstreams|" \
      -e "s|@SIGNIN_RATE@|${NGINX_SIGNIN_RATE:-10r/m}|g" -e "s|@SIGNIN_BURST@|${NGINX_SIGNIN_BURST:-5}|g" \
      -e "s|@BOOKING_RATE@|${NGINX_BOOKING_RATE:-30r/m}|g" -e "s|@BOOKING_BURST@|${NGINX_BOOKING_BURST:-10}|g" \
      deploy/nginx/haven.conf > "$PREFIX/nginx.conf"
  nginx -t -q -p "$PREFIX" -c "$PREFIX/nginx.conf"
}

running() { pid_alive "$PREFIX/nginx.pid"; }

case "${1:-}" in
  start)
    shift; [ $# -gt 0 ] || { echo "usage: $0 start APP_PORT..." >&2; exit 2; }
    render "$@"
    if running; then nginx -p "$PREFIX" -c "$PREFIX/nginx.conf" -s reload
    else nginx -p "$PREFIX" -c "$PREFIX/nginx.conf"; fi
    ;;
  reload)
    shift; render "$@"
    nginx -p "$PREFIX" -c "$PREFIX/nginx.conf" -s reload
    ;;
  stop)
    if running; then nginx -q -p "$PREFIX" -c "$PREFIX/nginx.conf" -s quit 2>/dev/null || true; fi
    ;;
  *) echo "usage: $0 start APP_PORT... | reload APP_PORT... | stop" >&2; exit 2 ;;
esac
