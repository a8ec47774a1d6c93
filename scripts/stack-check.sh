#!/usr/bin/env bash
# The front door and the inside of `make stack`, checked (make stack-check, in make test):
# HTTP redirects to HTTPS on both floating addresses; sslscan finds only TLS 1.2 and 1.3;
# pages, API answers and assets carry the security headers and a Content-Security-Policy
# whose nonce is on every inline script; the build output comes from the bucket (/cdn/),
# immutable and precompressed; /metrics is not reachable from outside; the session cookie
# is Secure; the client address nginx saw is the one the app logs. Inside: the app servers
# speak only mutual TLS, PostgreSQL only TLS with a password, and a certificate rotation
# reaches every process without a restart. Then a deploy: the stylesheet changes, the site
# is rebuilt and published, the app servers restart one at a time, and the old build's URLs
# still load from the bucket while new pages name the new files.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export HAVEN_HA_NAME=check HAVEN_HA_NET=10.88.2 HAVEN_STACK_DIR=$PWD/.data/stack-check
export HAVEN_BUCKET_DIR=$HAVEN_STACK_DIR/cdn
source scripts/env.sh
source scripts/lib.sh
source scripts/ha/topology.sh
export CURL_HOME=$STACK/curl
export SEED_LISTINGS=40 RUST_LOG=info
BASE=https://$VIP_A
LOG_COLOUR='1;36'

stop_stack() { STACK_DOWN=1 bash scripts/stack.sh stop >/dev/null 2>&1 || true; }
on_exit stop_stack
stop_stack
rm -rf "$STACK"
mkdir -p "$STACK"
bash scripts/stack.sh start > "$STACK.log" 2>&1 || { tail -n 40 "$STACK.log"; fail "stack start"; }

# --- HTTP → HTTPS, and TLS versions --------------------------------------------------------
for vip in "$VIP_A" "$VIP_B"; do
  redirect=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://$vip/search?q=Lisbon")
  [ "$redirect" = "301 https://$vip/search?q=Lisbon" ] || fail "HTTP redirect on $vip: $redirect"
  [ "$(http_status "https://$vip/")" = 200 ] || fail "https://$vip/ does not answer 200"
done
scan=$(sslscan --no-colour --no-ciphersuites --no-groups --no-heartbleed --no-renegotiation \
  --no-compression --no-fallback "$VIP_A:443" 2>&1)
for proto in SSLv2 SSLv3 TLSv1.0 TLSv1.1; do
  grep -Eq "^$proto +disabled" <<<"$scan" || fail "$proto not disabled: $scan"
done
for proto in TLSv1.2 TLSv1.3; do
  grep -Eq "^$proto +enabled" <<<"$scan" || fail "$proto not enabled: $scan"
done
weak=$(sslscan --no-colour "$VIP_A:443" 2>&1 | grep -E '^(Accepted|Preferred)' \
  | grep -Eiv 'GCM|CHACHA20' || true)
[ -z "$weak" ] || fail "non-AEAD cipher suites accepted: $weak"
log "both floating addresses serve; HTTP redirects to HTTPS; sslscan: only TLS 1.2 and 1.3, AEAD suites only"

# --- Security headers ------------------------------------------------------------------------
header() { grep -i "^$1:" <<<"$2" | head -n1 | cut -d' ' -f2- | tr -d '\r'; }
page=$(curl -sk -D "$STACK/page.headers" "$BASE/")
headers=$(cat "$STACK/page.headers")
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
grep -q '198.51.100.66' "$STACK"/app-1.log "$STACK"/app-2.log \
  && fail "the app believed a client-supplied X-Forwarded-For"
grep -q "\"client\":\"$HOST_IP\"" "$STACK"/app-1.log "$STACK"/app-2.log \
  || fail "the app logs no client address"
log "session cookie Secure behind HTTPS; the app logs the address nginx saw, not the one the client claimed"

# --- Inside: mutual TLS to the apps, TLS to PostgreSQL -------------------------------------------
app=https://$HOST_IP:3501
[ "$(http_status "$app/healthz")" = 200 ] || fail "the app does not answer a client with the stack's certificate"
# Without the client certificate (-q: no .curlrc), or in plain HTTP, the app refuses.
curl -q -s -o /dev/null --cacert "$TLS_DIR/ca.pem" "$app/healthz" && fail "the app served a client without a certificate"
curl -q -s -o /dev/null "http://$HOST_IP:3501/healthz" && fail "the app answered plain HTTP"
# Another CA's client certificate is refused too.
other=$(mktemp -d); remove_on_exit "$other"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=intruder \
  -keyout "$other/key.pem" -out "$other/cert.pem" 2>/dev/null
curl -q -s -o /dev/null --cacert "$TLS_DIR/ca.pem" --cert "$other/cert.pem" --key "$other/key.pem" "$app/healthz" \
  && fail "the app served a client whose certificate the stack's CA did not sign"
# PostgreSQL: TLS with a password only, the server's certificate checked by name.
plain=${PRIMARY_URL:=$(db_url primary)}
plain=${plain/sslmode=verify-full/sslmode=disable}
psql "$plain" -Atc 'SELECT 1' >/dev/null 2>&1 && fail "PostgreSQL accepted a connection without TLS"
[ "$(sql "$PRIMARY_URL" 'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')" = t ] || fail "the app's database connection is not TLS"
log "app servers: mutual TLS only (no certificate, another CA's, plain HTTP: refused); PostgreSQL: TLS with verify-full only"

# --- Certificate rotation without a restart -------------------------------------------------------
serial() { # HOST:PORT [openssl s_client options]: the serial of the certificate served
  local to=$1; shift
  openssl s_client -connect "$to" -CAfile "$TLS_DIR/ca.pem" "$@" </dev/null 2>/dev/null |
    openssl x509 -noout -serial 2>/dev/null
}
client=(-cert "$TLS_DIR/ops-client.pem" -key "$TLS_DIR/ops-client.key")
before=("$(serial "$VIP_A:443")" "$(serial "$HOST_IP:3501" "${client[@]}")" "$(serial "$(ip_of db1):5432" -starttls postgres)")
pids=$(cat "$STACK"/app-*.pid)
bash scripts/stack.sh rotate-certs > "$STACK/rotate.log" 2>&1 || { cat "$STACK/rotate.log"; fail "rotate-certs"; }
rotated() {
  [ "$(serial "$VIP_A:443")" != "${before[0]}" ] &&
    [ "$(serial "$HOST_IP:3501" "${client[@]}")" != "${before[1]}" ] &&
    [ "$(serial "$(ip_of db1):5432" -starttls postgres)" != "${before[2]}" ]
}
wait_for 20 rotated || fail "a process still serves its old certificate after rotate-certs"
[ "$(cat "$STACK"/app-*.pid)" = "$pids" ] || fail "rotate-certs restarted an app server"
[ "$(http_status "$BASE/")" = 200 ] || fail "the front door fails after the rotation"
log "rotate-certs: nginx, the app servers and PostgreSQL serve new certificates; no process restarted"

# --- A deploy: old asset URLs keep working ------------------------------------------------------
preserve_file style/main.css
# A rule, not a comment: the minifier drops comments, and the hash is of the output.
printf '\n.stack-check-deploy::after { content: "%s"; }\n' "$(date +%s%N)" >> style/main.css
log "rebuilding with a changed stylesheet"
cargo leptos build --release --precompress > "$STACK/rebuild.log" 2>&1 \
  || { tail -n 30 "$STACK/rebuild.log"; fail "rebuild"; }
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
cargo leptos build --release --precompress > "$STACK/rebuild.log" 2>&1 \
  || { tail -n 30 "$STACK/rebuild.log"; fail "rebuild back"; }
log "all checks passed"
