#!/usr/bin/env bash
# nginx in front of two stateless Haven servers (deploy/nginx.conf): pages go through the
# balancer, hashed assets come from disk precompressed and immutable, and stopping one app
# server loses no request.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

LB=${LB_PORT:-3400}
APPS=(3401 3402)
DB=haven_lb
log() { printf '\033[1;36m[lb]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[lb] FAIL:\033[0m %s\n' "$*" >&2; exit 1; }

bash scripts/pg.sh ensure-db "$DB" >/dev/null
export DATABASE_URL="$HAVEN_PG_BASE/$DB" DATABASE_REPLICA_URL="$HAVEN_PG_REPLICA_BASE/$DB" RUST_LOG=warn
"$HAVEN_BIN" seed --if-empty --listings 40 --seed 5 >/dev/null

pids=()
cleanup() {
  bash scripts/nginx.sh stop || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
for port in "${APPS[@]}"; do
  HAVEN_LISTEN="127.0.0.1:$port" "$HAVEN_BIN" serve >".data/lb-$port.log" 2>&1 &
  pids+=($!)
done
for port in "${APPS[@]}"; do
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
done
bash scripts/nginx.sh start "$LB" "${APPS[@]}"
BASE="http://127.0.0.1:$LB"

[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/")" = 200 ] || fail "home page through nginx"
wasm=$(cd target/site && ls pkg/haven.*.wasm | head -n1)
headers=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: br' "$BASE/$wasm")
grep -qi '^content-encoding: br' <<<"$headers" || fail "wasm not served brotli-compressed: $headers"
grep -qi 'cache-control: public, max-age=31536000, immutable' <<<"$headers" || fail "wasm not immutable"
grep -qi '^content-type: application/wasm' <<<"$headers" || fail "wasm content type"
log "pages proxied; /pkg served by nginx: br, immutable"

# Take one app server away under traffic: nginx retries on the other, no request fails.
listing=$(psql "$DATABASE_URL" -qAtX -c 'SELECT min(id) FROM listings')
kill -TERM "${pids[0]}"
failures=0
for _ in $(seq 1 40); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/listings/$listing")
  [ "$code" = 200 ] || failures=$((failures + 1))
done
[ "$failures" = 0 ] || fail "$failures of 40 requests failed with one app server down"
log "one app server stopped: 40 of 40 requests served"
