#!/usr/bin/env bash
# The front door of `make stack`, checked (make stack-check, in make test): HTTP redirects
# to HTTPS; sslscan finds only TLS 1.2 and 1.3; pages, API answers and assets carry the
# security headers and a Content-Security-Policy whose nonce is on every inline script;
# the build output comes from the bucket (/cdn/), immutable and precompressed; /metrics is
# not reachable from outside; the session cookie is Secure; the client address nginx saw
# is the one the app logs. Then a deploy: the stylesheet changes, the site is rebuilt and
# published, the app servers restart one at a time, and the old build's URLs still load
# from the bucket while new pages name the new files.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh
export HAVEN_STACK_DIR=$PWD/.data/stack-check HAVEN_STACK_PORTS="3521 3522 3523"
export NGINX_HTTPS_PORT=8643 NGINX_HTTP_PORT=8280 HAVEN_BUCKET_DIR=$PWD/.data/stack-check/cdn
export NGINX_PREFIX=$HAVEN_STACK_DIR/nginx
DB=haven_stack_check
export DATABASE_URL=$HAVEN_PG_BASE/$DB DATABASE_REPLICA_URL=$HAVEN_PG_REPLICA_BASE/$DB
export SEED_LISTINGS=40 RUST_LOG=info
BASE=https://127.0.0.1:$NGINX_HTTPS_PORT
LOG_COLOUR='1;36'

stop_stack() { bash scripts/stack.sh stop >/dev/null 2>&1 || true; }
on_exit stop_stack
stop_stack
rm -rf "$HAVEN_STACK_DIR"
db_drop "$DB"
bash scripts/stack.sh start > .data/stack-check.log 2>&1 || { cat .data/stack-check.log; fail "stack start"; }

# --- HTTP → HTTPS, and TLS versions --------------------------------------------------------
redirect=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$NGINX_HTTP_PORT/search?q=Lisbon")
[ "$redirect" = "301 https://127.0.0.1:$NGINX_HTTPS_PORT/search?q=Lisbon" ] || fail "HTTP redirect: $redirect"
scan=$(sslscan --no-colour --no-ciphersuites --no-groups --no-heartbleed --no-renegotiation \
  --no-compression --no-fallback 127.0.0.1:"$NGINX_HTTPS_PORT" 2>&1)
for proto in SSLv2 SSLv3 TLSv1.0 TLSv1.1; do
  grep -Eq "^$proto +disabled" <<<"$scan" || fail "$proto not disabled: $scan"
done
for proto in TLSv1.2 TLSv1.3; do
  grep -Eq "^$proto +enabled" <<<"$scan" || fail "$proto not enabled: $scan"
done
weak=$(sslscan --no-colour 127.0.0.1:"$NGINX_HTTPS_PORT" 2>&1 | grep -E '^(Accepted|Preferred)' \
  | grep -Eiv 'GCM|CHACHA20' || true)
[ -z "$weak" ] || fail "non-AEAD cipher suites accepted: $weak"
log "HTTP redirects to HTTPS; sslscan: only TLS 1.2 and 1.3, AEAD suites only"

# --- Security headers ------------------------------------------------------------------------
header() { grep -i "^$1:" <<<"$2" | head -n1 | cut -d' ' -f2- | tr -d '\r'; }
page=$(curl -sk -D "$HAVEN_STACK_DIR/page.headers" "$BASE/")
headers=$(cat "$HAVEN_STACK_DIR/page.headers")
for h in strict-transport-security x-content-type-options x-frame-options referrer-policy \
         permissions-policy content-security-policy; do
  [ -n "$(header "$h" "$headers")" ] || fail "no $h on the home page: $headers"
  [ "$(grep -ci "^$h:" <<<"$headers")" = 1 ] || fail "$h sent twice: $headers"
done
csp=$(header content-security-policy "$headers")
nonce=$(sed -nE "s/.*'nonce-([^']+)'.*/\1/p" <<<"$csp")
[ -n "$nonce" ] || fail "no nonce in the page's CSP: $csp"
grep -q "frame-ancestors 'none'" <<<"$csp" || fail "CSP without frame-ancestors: $csp"
scripts=$(grep -o '<script' <<<"$page" | wc -l)
signed=$(grep -o "<script[^>]*nonce=\"$nonce\"" <<<"$page" | wc -l)
[ "$scripts" -gt 0 ] && [ "$scripts" = "$signed" ] || fail "$signed of $scripts scripts carry the nonce"
api=$(curl -sk -D - -o /dev/null "$BASE/api/v1/listings?limit=1")
[ "$(header content-security-policy "$api")" = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'" ] \
  || fail "API answers lack the strict fallback CSP: $api"
[ -n "$(header strict-transport-security "$api")" ] || fail "no HSTS on the API: $api"
[ "$(http_status "$BASE/metrics")" = 404 ] || fail "/metrics reachable through nginx"
log "security headers once each; page CSP with a nonce on all $scripts scripts; API gets the strict CSP; /metrics hidden"

# --- Assets from the bucket ----------------------------------------------------------------
urls_of() { grep -oE '/cdn/pkg/[^"'"'"' )]+\.(css|js|wasm)' <<<"$1" | sort -u; }
old_urls=$(urls_of "$page")
[ "$(wc -l <<<"$old_urls")" -ge 3 ] || fail "the page does not load css, js and wasm from /cdn/: $old_urls"
wasm=$(grep '\.wasm$' <<<"$old_urls")
h=$(curl -sk -D - -o /dev/null -H 'Accept-Encoding: br' "$BASE$wasm")
grep -qi '^content-encoding: br' <<<"$h" || fail "wasm not brotli from the bucket: $h"
grep -qi '^cache-control: public, max-age=31536000, immutable' <<<"$h" || fail "wasm not immutable: $h"
grep -qi '^content-type: application/wasm' <<<"$h" || fail "wasm content type: $h"
log "css, js and wasm from the bucket (/cdn/), brotli, immutable"

# --- Cookies and the client address ------------------------------------------------------------
email="stack-check-$(date +%s)@example.com"
cookie=$(api_register "$BASE" "$email" Check -D - -H "Origin: $BASE" -H 'X-Forwarded-For: 198.51.100.66' |
  grep -i '^set-cookie:' || true)
[ -n "$cookie" ] || fail "registration set no session cookie"
grep -qi '; secure' <<<"$cookie" || fail "session cookie not Secure: $cookie"
grep -q '198.51.100.66' "$HAVEN_STACK_DIR"/app-1.log "$HAVEN_STACK_DIR"/app-2.log \
  && fail "the app believed a client-supplied X-Forwarded-For"
grep -q '"client":"127.0.0.1"' "$HAVEN_STACK_DIR"/app-1.log "$HAVEN_STACK_DIR"/app-2.log \
  || fail "the app logs no client address"
log "session cookie Secure behind HTTPS; the app logs the address nginx saw, not the one the client claimed"

# --- A deploy: old asset URLs keep working ------------------------------------------------------
preserve_file style/main.css
# A rule, not a comment: the minifier drops comments, and the hash is of the output.
printf '\n.stack-check-deploy::after { content: "%s"; }\n' "$(date +%s%N)" >> style/main.css
log "rebuilding with a changed stylesheet"
cargo leptos build --release --precompress > "$HAVEN_STACK_DIR/rebuild.log" 2>&1 \
  || { tail -n 30 "$HAVEN_STACK_DIR/rebuild.log"; fail "rebuild"; }
bash scripts/stack.sh publish > /dev/null
bash scripts/stack.sh restart-apps > /dev/null
new_urls=$(urls_of "$(curl -sk "$BASE/")")
[ "$(grep '\.css$' <<<"$old_urls")" != "$(grep '\.css$' <<<"$new_urls")" ] \
  || fail "the rebuilt page still names the old stylesheet"
for url in $old_urls $new_urls; do
  [ "$(http_status "$BASE$url")" = 200 ] || fail "$url does not load after the deploy"
done
log "after a rebuild and deploy: new pages name $(grep '\.css$' <<<"$new_urls"); the old build's files still load"

# Back to the checked-in stylesheet: the same content gives the same hashes as before.
restore_file style/main.css
cargo leptos build --release --precompress > "$HAVEN_STACK_DIR/rebuild.log" 2>&1 \
  || { tail -n 30 "$HAVEN_STACK_DIR/rebuild.log"; fail "rebuild back"; }
log "all checks passed"
