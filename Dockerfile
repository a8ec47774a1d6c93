# syntax=docker/dockerfile:1
# Haven: a multi-stage build. The builder compiles the server and the WASM bundle with
# cargo-leptos; the runtime image holds only the binary and the built site.

FROM rust:1.95-bookworm AS builder
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
 && cargo install --path . --locked
WORKDIR /src
ENV PATH=/opt/tools/node_modules/.bin:$PATH
COPY . .
# Leaflet for the maps, served from public/vendor/ (as scripts/install-tools.sh does).
RUN mkdir -p public/vendor/leaflet \
 && cp /opt/tools/node_modules/leaflet/dist/leaflet.js /opt/tools/node_modules/leaflet/dist/leaflet.css \
       /opt/tools/node_modules/leaflet/LICENSE public/vendor/leaflet/
# Queries are checked against the committed .sqlx/ data: no database during the build.
ENV SQLX_OFFLINE=true
RUN cargo leptos build --release --precompress

FROM debian:bookworm-slim AS runtime
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --user-group --home /app haven
WORKDIR /app
COPY --from=builder /src/target/release/haven /src/target/release/hash.txt /app/
COPY --from=builder /src/target/site /app/site
ENV HAVEN_LISTEN=0.0.0.0:8080 \
    LEPTOS_OUTPUT_NAME=haven \
    LEPTOS_SITE_ROOT=/app/site \
    LEPTOS_SITE_PKG_DIR=pkg \
    LEPTOS_HASH_FILES=true \
    HAVEN_LOG_FORMAT=json \
    RUST_LOG=info
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s \
  CMD ["curl", "-fsS", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["/app/haven"]
CMD ["serve"]
