# Haven: `make run` and `make test` do all the set-up on a fresh Debian machine.
# Every target is safe to run again. See README.md.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# The same settings the scripts use (database ports, target directory, Leptos layout).
ENV := source scripts/env.sh &&
SEED_LISTINGS ?= 2000
# Set DATABASE_URL (and optionally DATABASE_REPLICA_URL) to use existing servers instead
# of the project-local primary and replica.
LOCAL_DB := $(if $(DATABASE_URL),,yes)
PIDFILE := .data/haven.pid

.PHONY: help install db db-stop run serve build stop test fmt-check clippy wasm-check \
        unit-test e2e fuzz lint-docker sqlx-prepare sqlx-check failover-check stack-check bench \
        monitoring-check k8s-check module-check stack stack-stop publish-assets test-resilience \
        backup restore backup-check lighthouse pwa-update-check

help:
	@echo "make run    install what is missing, start PostgreSQL (primary + replica), migrate,"
	@echo "            seed demo data, build and serve Haven at http://127.0.0.1:3000"
	@echo "make test   the same set-up, then every check and test"
	@echo "make stop   stop the server and the databases that make run started"

install:
	@bash scripts/install-tools.sh

db: install
ifeq ($(LOCAL_DB),yes)
	@bash scripts/pg.sh start
	@bash scripts/pg.sh ensure-db haven
endif
	@bash scripts/mail.sh start

db-stop:
	@bash scripts/pg.sh stop
	@bash scripts/mail.sh stop

# The release build: server binary and the size-optimised WASM bundle.
build: install
	@$(ENV) cargo leptos build --release --precompress

run: db build
	@$(ENV) export DATABASE_URL=$${DATABASE_URL:-$$HAVEN_PG_BASE/haven}; \
	  export DATABASE_REPLICA_URL=$${DATABASE_REPLICA_URL-$$HAVEN_PG_REPLICA_BASE/haven}; \
	  "$$HAVEN_BIN" seed --if-empty --listings $(SEED_LISTINGS) && \
	  "$$HAVEN_BIN" places import && \
	  echo "Haven: http://127.0.0.1:3000  (Ctrl-C or make stop to stop)" && \
	  mkdir -p .data && { "$$HAVEN_BIN" serve & echo $$! > $(PIDFILE); wait $$!; }

stop:
	@if [ -f $(PIDFILE) ] && kill -0 "$$(cat $(PIDFILE))" 2>/dev/null; then \
	  kill -TERM "$$(cat $(PIDFILE))" && echo "Haven stopped"; fi; rm -f $(PIDFILE)
	@bash scripts/pg.sh stop
	@bash scripts/mail.sh stop

# Logical backups (README.md, "Backups"): make backup; make restore FILE=.data/backups/haven-….dump
# restores into a new database (TARGET=name to choose it; FORCE=1 to replace an existing one).
backup: db
	@$(ENV) bash scripts/backup.sh backup

restore: db
	@$(ENV) bash scripts/backup.sh restore $(if $(FORCE),--force) "$(FILE)" $(TARGET)

# ---------------------------------------------------------------------------------------
# Tests. CI runs `make test` (see .ci/run).

test: db fmt-check module-check clippy sqlx-check wasm-check unit-test build fuzz e2e failover-check stack-check test-resilience lint-docker monitoring-check k8s-check backup-check pwa-update-check
	@echo "make test: all checks passed"

fmt-check: install
	cargo fmt --all -- --check

# The server tree's layering: no import cycle between top-level modules of src/server/,
# the platform imports no domain, domains never import http (docs/ARCHITECTURE.md).
module-check:
	@python3 scripts/module-graph.py

# The query macros check SQL against a scratch database migrated from migrations/.
define MACRO_DB
$(ENV) bash scripts/macro-db.sh >/dev/null && export DATABASE_URL="$$HAVEN_PG_BASE/haven_macros" &&
endef

clippy: db
	@$(MACRO_DB) cargo clippy --features ssr --all-targets -- -D warnings
	@$(ENV) cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features hydrate -- -D warnings

# The committed .sqlx/ data must match every query, so builds without a database work.
sqlx-check: db
	@$(MACRO_DB) bash scripts/sqlx-prepare.sh --check

sqlx-prepare: db
	@$(MACRO_DB) bash scripts/sqlx-prepare.sh

# The browser build must compile for wasm32 and must not pull in a server crate.
SERVER_CRATES := axum|tokio|sqlx|sqlx-core|tower-sessions|argon2|hyper|leptos_axum|tracing-subscriber|metrics|utoipa|utoipa-gen|utoipa-axum
wasm-check: install
	@$(ENV) cargo check --lib --target wasm32-unknown-unknown --no-default-features --features hydrate
	@$(ENV) leaked=$$(cargo tree --target wasm32-unknown-unknown --no-default-features --features hydrate \
	    -e normal --prefix none | { grep -E '^($(SERVER_CRATES)) ' || true; } | sort -u); \
	  if [ -n "$$leaked" ]; then echo "server crates in the wasm build: $$leaked"; exit 1; fi

# Unit tests and integration tests against the real primary and replica.
unit-test: db
	@$(MACRO_DB) cargo test --features ssr

# end2end/node_modules is (re)installed when package-lock.json is newer than the last install
# (npm writes node_modules/.package-lock.json), so a new dev dependency arrives with a pull.
e2e: db build
	@$(ENV) cd end2end && { [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund; } && npx playwright test

# A redeploy under an open page: the service worker offers the new version and the page then
# runs the new WASM. It rebuilds the release build with a changed component (then restores
# the source), so it comes last in `make test`.
pwa-update-check: db build
	@$(ENV) cd end2end && { [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund; } && npx playwright test -c playwright.update.config.ts

# schemathesis against the running API, from GET /api/v1/openapi.json: no 5xx, no status or
# response the document does not describe (FUZZ_EXAMPLES, FUZZ_SEED: see the script).
fuzz: db build
	@$(ENV) bash scripts/fuzz.sh

# Stops the real replica under a running server and checks every page still works.
failover-check: db build
	@$(ENV) bash scripts/failover-check.sh

# The production topology on this machine, with no single point of failure (docs/OPERATIONS.md):
# two load balancers (nginx + keepalived) holding two floating addresses, mutual TLS to two
# app servers and the worker, HAProxy in front of PostgreSQL under Patroni (synchronous
# replication, etcd), Prometheus with the alert rules. Machines are network namespaces, so
# it needs root. `make stack-stop` stops it and removes its network.
stack: install build
	@bash scripts/mail.sh start
	@$(ENV) bash scripts/stack.sh start

stack-stop:
	@STACK_DOWN=1 bash scripts/stack.sh stop

# The built site into the asset bucket: HAVEN_BUCKET_DIR (default .data/cdn) or an
# S3-compatible bucket (HAVEN_BUCKET_S3, HAVEN_BUCKET_S3_ENDPOINT, AWS_* credentials).
publish-assets: build
	@$(ENV) if [ -z "$${HAVEN_BUCKET_S3:-}" ]; then export HAVEN_BUCKET_DIR=$${HAVEN_BUCKET_DIR:-$$PWD/.data/cdn}; fi; \
	  "$$HAVEN_BIN" publish-assets

# The stack's front door: TLS versions (sslscan), security headers, CSP nonces, assets from
# the bucket, secure cookies, trusted forwarding headers, old assets after a redeploy; and
# its inside: mutual TLS to the apps, TLS to PostgreSQL, certificate rotation.
stack-check: db build
	@$(ENV) bash scripts/stack-check.sh

# Steady load through both floating addresses while an app server, a load balancer, the
# primary, the primary's link to etcd, an etcd member and the standby fail.
test-resilience: db build
	@$(ENV) bash scripts/resilience.sh

# Backup round trip on scratch databases: back up, restore, compare, and show that one
# changed row makes the comparison fail.
backup-check: db build
	@$(ENV) bash scripts/backup-check.sh

lint-docker: install
	tools/venv/bin/hadolint Dockerfile

# deploy/k8s/ offline: kustomization lists every manifest; schemas (kubernetes-validate,
# and deploy/k8s/schemas/ for the CloudNativePG CRDs); cross-references. No cluster.
k8s-check: install
	@bash scripts/k8s-check.sh

# Prometheus config, alert rules and their unit tests (deploy/prometheus/), and the Grafana
# dashboard (deploy/grafana/): valid JSON whose queries parse and name only metrics the code
# exports or the rules record.
monitoring-check: install
	promtool check config deploy/prometheus/prometheus.yml
	promtool check rules deploy/prometheus/rules/*.yml
	promtool test rules deploy/prometheus/tests/*.yml
	python3 -m json.tool deploy/grafana/haven.json >/dev/null
	python3 deploy/grafana/check.py deploy/grafana/haven.json deploy/prometheus/rules/*.yml

# Lighthouse (mobile, simulated throttling) on the home, search and listing pages of the
# release build, and the first-load JS+WASM size; reports in .data/lighthouse/. Not part of
# `make test`: scores depend on the machine. LIGHTHOUSE_RUNS, LIGHTHOUSE_STRICT: see the script.
lighthouse: db build
	@$(ENV) bash scripts/lighthouse.sh

bench: db build
	@$(ENV) bash scripts/bench.sh
	@$(ENV) bash scripts/bench-auth.sh
	@$(ENV) bash scripts/bench-bookings.sh
	@$(ENV) bash scripts/bench-dashboard.sh
	@$(ENV) bash scripts/bench-places.sh
	@$(ENV) bash scripts/bench-languages.sh
