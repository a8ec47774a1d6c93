#!/usr/bin/env bash
# The production topology on one machine, with no single point of failure (`make stack`,
# docs/OPERATIONS.md). Machines are network namespaces on a bridge (scripts/ha/topology.sh):
#
#   clients ──▶ VIP_A, VIP_B (keepalived, active-active) ──▶ lb1, lb2: nginx, TLS
#           ──mutual TLS──▶ app 1, app 2 (the worker beside them)
#           ──TLS, verify-full──▶ HAProxy :5000 writes / :5001 reads ──▶ db1, db2
#   db1, db2: PostgreSQL under Patroni, synchronous replication, etcd1..3 as the store
#   Prometheus (HOST_IP:9090) scrapes all of it and evaluates deploy/prometheus/rules/
#
# Needs root (namespaces) and a release build.
#
#   scripts/stack.sh start            set up what is missing and start everything
#   scripts/stack.sh stop             stop it all (STACK_DOWN=1: remove the network too)
#   scripts/stack.sh status
#   scripts/stack.sh url              the two front-door addresses
#   scripts/stack.sh publish          copy the current build into the bucket
#   scripts/stack.sh app-start N | app-stop N | app-kill N   (N: 1, 2 or worker)
#   scripts/stack.sh restart-apps     rolling restart, one process at a time
#   scripts/stack.sh rotate-certs     new certificates from the stack's CA, loaded by every
#                                     process without dropping a request
#   scripts/stack.sh switchover       planned: the standby becomes primary (Patroni)
#   scripts/stack.sh db ARGS...       scripts/ha/db.sh (status, patronictl, drills)
#   scripts/stack.sh front ARGS...    scripts/ha/front.sh (holder, kill, revive)
#
# Places (environment): HAVEN_STACK_DIR (.data/stack), HAVEN_HA_NAME (stack), HAVEN_HA_NET
# (10.88.0), HAVEN_STACK_PORTS "3501 3502 3503" (two app servers, then the worker),
# HAVEN_BUCKET_DIR (.data/cdn).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
source scripts/env.sh
source scripts/lib.sh
source scripts/ha/topology.sh

read -r -a PORTS <<<"${HAVEN_STACK_PORTS:-3501 3502 3503}"
export HAVEN_BUCKET_DIR=${HAVEN_BUCKET_DIR:-$PWD/.data/cdn}
# The stack's own tools (curl in the scripts) trust its CA and present the operators'
# client certificate, which the app servers demand.
export CURL_HOME=$STACK/curl
LOG_COLOUR='1;32'

port_of() { case $1 in 1) echo "${PORTS[0]}" ;; 2) echo "${PORTS[1]}" ;; worker) echo "${PORTS[2]}" ;;
  *) die "no process $1 (1, 2 or worker)" ;; esac; }
pid_of() { cat "$STACK/app-$1.pid" 2>/dev/null || true; }
alive() { pid_alive "$STACK/app-$1.pid"; }
app_url() { echo "https://$HOST_IP:$(port_of "$1")"; }

load_env() { # FILE of NAME=value lines, exported
  set -a
  # shellcheck source=/dev/null
  source "$1"
  set +a
}

# What every app process gets: the databases through HAProxy's fixed addresses (a failover
# changes nothing here), its certificate, and the settings of a production deployment.
write_env() {
  local v
  {
    kv DATABASE_URL "$(db_url primary)"
    kv DATABASE_REPLICA_URL "$(db_url reads)"
    kv HAVEN_TLS_CERT "$TLS_DIR/app.pem"
    kv HAVEN_TLS_KEY "$TLS_DIR/app.key"
    kv HAVEN_TLS_CLIENT_CA "$TLS_DIR/ca.pem"
    kv HAVEN_TRUSTED_PROXIES "$(ip_of lb1),$(ip_of lb2)"
    kv HAVEN_PUBLIC_URL "https://$VIP_A"
    kv HAVEN_SECURE_COOKIES true
    kv HAVEN_ASSET_BASE_URL "${HAVEN_ASSET_BASE_URL:-/cdn}"
    kv HAVEN_MEDIA_DIR "${HAVEN_MEDIA_DIR:-$HAVEN_BUCKET_DIR/media}"
    kv HAVEN_MEDIA_BASE_URL "${HAVEN_MEDIA_BASE_URL:-/cdn/media}"
    kv HAVEN_LOG_FORMAT "${HAVEN_LOG_FORMAT:-json}"
    kv RUST_LOG "${RUST_LOG:-info}"
    kv HAVEN_SHUTDOWN_GRACE_SECS "${HAVEN_SHUTDOWN_GRACE_SECS:-10}"
    # Anything else the caller set (rate limits for the drills, mail settings, ...).
    for v in $(compgen -e | grep -E '^HAVEN_' | grep -Ev '^HAVEN_(STACK_|HA_|PG_|BIN$|TLS_|TRUSTED_PROXIES$|PUBLIC_URL$|SECURE_COOKIES$|ASSET_BASE_URL$|MEDIA_DIR$|MEDIA_BASE_URL$|LOG_FORMAT$|SHUTDOWN_GRACE_SECS$)'); do
      kv "$v" "${!v}"
    done
  } > "$STACK/process.env"
  chmod 600 "$STACK/process.env"
}
kv() { printf '%s=%q\n' "$1" "$2"; } # a line that bash reads back as exactly this value

write_curlrc() {
  mkdir -p "$CURL_HOME"
  printf 'cacert = "%s"\ncert = "%s"\nkey = "%s"\n' "$TLS_DIR/ca.pem" \
    "$TLS_DIR/ops-client.pem" "$TLS_DIR/ops-client.key" > "$CURL_HOME/.curlrc"
}

# One process: an app server behind the load balancers, or the worker (jobs, outbox
# relay, sweeps) outside them.
app_start() {
  local n=$1 port worker=false
  port=$(port_of "$n")
  [ "$n" = worker ] && worker=true
  alive "$n" && return 0
  # Its own session: it outlives `make stack`; its settings come from process.env alone.
  # shellcheck disable=SC2016 # expanded by the inner bash
  HAVEN_LISTEN="$HOST_IP:$port" HAVEN_JOB_WORKER=$worker \
    server_detach "$STACK/app-$n.pid" "$STACK/app-$n.log" \
    env -u DATABASE_URL -u DATABASE_REPLICA_URL bash -c '
      set -a; source "$1"; set +a
      exec "$HAVEN_BIN" serve' _ "$STACK/process.env"
  await_server "$(app_url "$n")" 60 "$(pid_of "$n")" "$STACK/app-$n.log"
}

app_stop() { pid_stop "$STACK/app-$1.pid"; }

publish() {
  "$HAVEN_BIN" publish-assets --site target/site --dir "$HAVEN_BUCKET_DIR"
  # Photos uploaded while running without the stack (make run) join the bucket's media.
  if [ -d .data/media ]; then
    mkdir -p "$HAVEN_BUCKET_DIR/media"
    cp -Rn .data/media/. "$HAVEN_BUCKET_DIR/media/"
  fi
}

front() { bash scripts/ha/front.sh "$@"; }
apps_in_front() { front "$1" "${PORTS[0]}" "${PORTS[1]}"; }

case "${1:-}" in
  start)
    [ -x "$HAVEN_BIN" ] || die "no release build at $HAVEN_BIN (make build)"
    mkdir -p "$STACK"
    bash scripts/ha/net.sh up
    bash scripts/ha/db.sh start
    write_curlrc
    admin=$(db_url primary postgres)
    [ "$(sql "$admin" "SELECT count(*) FROM pg_database WHERE datname = 'haven'")" = 1 ] ||
      sql "$admin" "CREATE DATABASE haven" >/dev/null
    DATABASE_URL=$(db_url primary) "$HAVEN_BIN" migrate
    DATABASE_URL=$(db_url primary) DATABASE_REPLICA_URL="" \
      "$HAVEN_BIN" seed --if-empty --listings "${SEED_LISTINGS:-2000}"
    publish
    write_env
    for n in 1 2 worker; do app_start "$n"; done
    apps_in_front start
    bash scripts/ha/monitor.sh start "${PORTS[@]}"
    log "Haven: https://$VIP_A and https://$VIP_B (certificates from the stack's CA: $TLS_DIR/ca.pem)"
    log "apps $HOST_IP:${PORTS[0]} ${PORTS[1]}, worker ${PORTS[2]}; databases: scripts/stack.sh db status; logs in $STACK"
    ;;
  stop)
    bash scripts/ha/monitor.sh stop
    front stop 2>/dev/null || true
    for n in 1 2 worker; do app_stop "$n"; done
    [ ! -d "$STACK/db" ] || bash scripts/ha/db.sh stop
    [ -z "${STACK_DOWN:-}" ] || bash scripts/ha/net.sh down
    log "stopped"
    ;;
  status)
    for n in 1 2 worker; do
      if alive "$n"; then echo "app $n: running on $(app_url "$n")"; else echo "app $n: stopped"; fi
    done
    for vip in "$VIP_A" "$VIP_B"; do echo "$vip: on $(front holder "$vip" || echo nobody)"; done
    bash scripts/ha/db.sh status
    ;;
  url) echo "https://$VIP_A https://$VIP_B" ;;
  publish) publish ;;
  app-start)
    [ -f "$STACK/process.env" ] || die "start the stack first"
    app_start "${2:?N}" ;;
  app-stop) app_stop "${2:?N}" ;;
  app-kill)
    pid=$(pid_of "${2:?N}"); [ -n "$pid" ] || die "app $2 is not running"
    kill -KILL "$pid"; rm -f "$STACK/app-$2.pid"; log "app $2 killed (SIGKILL)" ;;
  restart-apps)
    [ -f "$STACK/process.env" ] || die "start the stack first"
    # Each app server: out of both load balancers' upstream (a graceful reload: requests
    # in flight finish), stopped gracefully, started, ready, back in.
    for n in 1 2 worker; do
      t=$SECONDS
      case $n in
        1) front reload "${PORTS[0]}:down" "${PORTS[1]}" ;;
        2) front reload "${PORTS[0]}" "${PORTS[1]}:down" ;;
      esac
      app_stop "$n"; app_start "$n"
      [ "$n" = worker ] || apps_in_front reload
      log "app $n restarted in $((SECONDS - t)) s"
    done ;;
  rotate-certs)
    bash scripts/ha/ca.sh rotate
    # nginx: a graceful reload; the apps: SIGHUP (they read their certificate again);
    # PostgreSQL: a configuration reload, which reads its certificate again too.
    apps_in_front reload
    for n in 1 2 worker; do pid=$(pid_of "$n"); [ -z "$pid" ] || kill -HUP "$pid"; done
    bash scripts/ha/db.sh patronictl reload haven --force >/dev/null
    bash scripts/ha/ca.sh check
    log "certificates rotated; no process restarted" ;;
  switchover)
    leader=$(bash scripts/ha/db.sh leader)
    to=db2; [ "$leader" = db1 ] || to=db1
    bash scripts/ha/db.sh patronictl switchover haven --leader "$leader" --candidate "$to" --force
    bash scripts/ha/db.sh wait-healthy 60 || fail "no synchronous standby after the switchover"
    log "primary: $(bash scripts/ha/db.sh leader)" ;;
  db) shift; bash scripts/ha/db.sh "$@" ;;
  front) shift; front "$@" ;;
  *) usage ;;
esac
