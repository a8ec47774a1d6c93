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
# The highly available stack (scripts/stack.sh) runs one per load-balancer machine:
# NGINX_NETNS (the network namespace it runs in), NGINX_HTTPS_LISTEN / NGINX_HTTP_LISTEN
# (what it binds), NGINX_TLS_CERT / NGINX_TLS_KEY (its certificate), NGINX_UPSTREAM_HOST
# (the app servers' address) and NGINX_UPSTREAM_TLS=CERT:KEY:CA (HTTPS to the app servers,
# presenting CERT, verifying theirs against CA).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
PREFIX=${NGINX_PREFIX:-$PWD/.data/nginx}
HTTPS_PORT=${NGINX_HTTPS_PORT:-8443}
HTTP_PORT=${NGINX_HTTP_PORT:-8080}
BUCKET=${HAVEN_BUCKET_DIR:-$PWD/.data/cdn}
TLS=$PREFIX/tls
UPSTREAM_HOST=${NGINX_UPSTREAM_HOST:-127.0.0.1}
NS=()
[ -z "${NGINX_NETNS:-}" ] || NS=(ip netns exec "$NGINX_NETNS")

render() {
  mkdir -p "$PREFIX/tmp" "$BUCKET"
  if [ -z "${NGINX_TLS_CERT:-}" ] && [ ! -s "$TLS/cert.pem" ]; then
    mkdir -p "$TLS"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
      -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
      -keyout "$TLS/key.pem" -out "$TLS/cert.pem" 2>/dev/null
    chmod 600 "$TLS/key.pem"
  fi
  local upstreams="" p
  for p in "$@"; do # PORT, or PORT:down to take a server out (a rolling restart drains it)
    if [ "${p%:down}" != "$p" ]; then
      upstreams+="        server $UPSTREAM_HOST:${p%:down} down;\\n"
    else
      upstreams+="        server $UPSTREAM_HOST:$p max_fails=1 fail_timeout=${NGINX_FAIL_TIMEOUT:-5s};\\n"
    fi
  done
  local scheme=http upstream_tls="" suffix=":$HTTPS_PORT"
  [ "$HTTPS_PORT" != 443 ] || suffix=""
  if [ -n "${NGINX_UPSTREAM_TLS:-}" ]; then # mutual TLS to the app servers
    local cert key ca
    IFS=: read -r cert key ca <<<"$NGINX_UPSTREAM_TLS"
    scheme=https
    upstream_tls="    proxy_ssl_certificate $cert;\\n    proxy_ssl_certificate_key $key;\\n"
    upstream_tls+="    proxy_ssl_trusted_certificate $ca;\\n    proxy_ssl_verify on;\\n"
    upstream_tls+="    proxy_ssl_name haven-app;\\n    proxy_ssl_protocols TLSv1.3;\\n"
    upstream_tls+="    proxy_ssl_session_reuse on;\\n"
  fi
  sed -e "s|@UPSTREAM_SCHEME@|$scheme|" deploy/nginx/proxy.conf > "$PREFIX/proxy.conf"
  sed -e "s|@PREFIX@|$PREFIX|g" -e "s|@SITE_ROOT@|$PWD/target/site|g" \
      -e "s|@CONF_DIR@|$PWD/deploy/nginx|g" -e "s|@BUCKET@|$BUCKET|g" \
      -e "s|@TLS_CERT@|${NGINX_TLS_CERT:-$TLS/cert.pem}|g" -e "s|@TLS_KEY@|${NGINX_TLS_KEY:-$TLS/key.pem}|g" \
      -e "s|@HTTPS_LISTEN@|${NGINX_HTTPS_LISTEN:-127.0.0.1:$HTTPS_PORT}|g" -e "s|@HTTPS_SUFFIX@|$suffix|g" \
      -e "s|@HTTP_LISTEN@|${NGINX_HTTP_LISTEN:-127.0.0.1:$HTTP_PORT}|g" -e "s|@UPSTREAMS@|$upstreams|" \
      -e "s|@UPSTREAM_TLS@|$upstream_tls|" \
      -e "s|@SIGNIN_RATE@|${NGINX_SIGNIN_RATE:-10r/m}|g" -e "s|@SIGNIN_BURST@|${NGINX_SIGNIN_BURST:-5}|g" \
      -e "s|@BOOKING_RATE@|${NGINX_BOOKING_RATE:-30r/m}|g" -e "s|@BOOKING_BURST@|${NGINX_BOOKING_BURST:-10}|g" \
      deploy/nginx/haven.conf > "$PREFIX/nginx.conf"
  "${NS[@]}" nginx -t -q -p "$PREFIX" -c "$PREFIX/nginx.conf"
}

running() { pid_alive "$PREFIX/nginx.pid"; }

case "${1:-}" in
  start)
    shift; [ $# -gt 0 ] || { echo "usage: $0 start APP_PORT..." >&2; exit 2; }
    render "$@"
    if running; then "${NS[@]}" nginx -p "$PREFIX" -c "$PREFIX/nginx.conf" -s reload
    else "${NS[@]}" nginx -p "$PREFIX" -c "$PREFIX/nginx.conf"; fi
    ;;
  reload)
    shift; render "$@"
    "${NS[@]}" nginx -p "$PREFIX" -c "$PREFIX/nginx.conf" -s reload
    ;;
  stop)
    if running; then "${NS[@]}" nginx -q -p "$PREFIX" -c "$PREFIX/nginx.conf" -s quit 2>/dev/null || true; fi
    ;;
  *) echo "usage: $0 start APP_PORT... | reload APP_PORT... | stop" >&2; exit 2 ;;
esac
