# shellcheck shell=bash
# Shared settings for the scripts and the Makefile: where the local databases and the
# build output are. Sourced, never run.
: "${HAVEN_PG_PORT:=55432}"
: "${HAVEN_PG_REPLICA_PORT:=55433}"
: "${HAVEN_PG_BASE:=postgres://haven@127.0.0.1:$HAVEN_PG_PORT}"
: "${HAVEN_PG_REPLICA_BASE:=postgres://haven@127.0.0.1:$HAVEN_PG_REPLICA_PORT}"
: "${HAVEN_PG_ADMIN_URL:=$HAVEN_PG_BASE/postgres}"
: "${CARGO_TARGET_DIR:=$HOME/.cache/haven/target}"
# The local SMTP sink (scripts/mail.sh) and the Maildir it writes, which tests read.
: "${HAVEN_SMTP_PORT:=2525}"
: "${HAVEN_MAILDIR:=$PWD/.data/mail}"
: "${HAVEN_BIN:=$CARGO_TARGET_DIR/release/haven}"
export HAVEN_PG_PORT HAVEN_PG_REPLICA_PORT HAVEN_PG_BASE HAVEN_PG_REPLICA_BASE HAVEN_PG_ADMIN_URL
export CARGO_TARGET_DIR HAVEN_BIN HAVEN_SMTP_PORT HAVEN_MAILDIR
# Leptos reads its site layout from these when not started by cargo-leptos.
export LEPTOS_OUTPUT_NAME=haven LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg
export LEPTOS_HASH_FILES=true
export PGOPTIONS="-c client_min_messages=warning"
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"
