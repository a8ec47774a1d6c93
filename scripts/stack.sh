#!/usr/bin/env bash
# The production topology on one machine (`make stack`, docs/OPERATIONS.md): nginx with TLS
# at https://127.0.0.1:8443 (http://127.0.0.1:8080 redirects there) in front of two
# stateless app servers, a job worker outside the balancer, the PostgreSQL primary and
# streaming replica, and the asset bucket (a folder nginx serves at /cdn/ as the CDN
# origin). Release build only.
#
#   scripts/stack.sh start            set up what is missing and start everything
#   scripts/stack.sh stop             stop nginx, the app servers and the worker
#                                     (STACK_STOP_DB=1: the local databases too)
#   scripts/stack.sh status
#   scripts/stack.sh publish          copy the current build into the bucket
#   scripts/stack.sh app-start N | app-stop N | app-kill N   (N: 1, 2 or worker)
#   scripts/stack.sh restart-apps     rolling restart, one process at a time; reads
#                                     $HAVEN_STACK_DIR/stack.env again (the failover runbook
#                                     rewrites the database URLs there)
#
# Ports and places (environment): NGINX_HTTPS_PORT 8443, NGINX_HTTP_PORT 8080,
# HAVEN_STACK_PORTS "3501 3502 3503" (two app servers, then the worker),
# HAVEN_STACK_DIR .data/stack, HAVEN_BUCKET_DIR .data/cdn.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh

STACK=${HAVEN_STACK_DIR:-$PWD/.data/stack}
read -r -a PORTS <<<"${HAVEN_STACK_PORTS:-3501 3502 3503}"
export HAVEN_BUCKET_DIR=${HAVEN_BUCKET_DIR:-$PWD/.data/cdn}
export NGINX_PREFIX=${NGINX_PREFIX:-$STACK/nginx}
HTTPS_PORT=${NGINX_HTTPS_PORT:-8443}
ENV_FILE=$STACK/stack.env
LOG_COLOUR='1;32'

port_of() { case $1 in 1) echo "${PORTS[0]}" ;; 2) echo "${PORTS[1]}" ;; worker) echo "${PORTS[2]}" ;;
  *) die "no process $1 (1, 2 or worker)" ;; esac; }
pid_of() { cat "$STACK/app-$1.pid" 2>/dev/null || true; }
alive() { pid_alive "$STACK/app-$1.pid"; }

load_env() { # FILE of NAME=value lines, exported
  set -a
  # shellcheck source=/dev/null
  source "$1"
  set +a
}

# The database URLs every process gets, kept in a file so a failover can repoint them.
write_env() {
  mkdir -p "$STACK"
  {
    echo "DATABASE_URL=${DATABASE_URL:-$HAVEN_PG_BASE/haven}"
    if [ -n "${DATABASE_REPLICA_URL-unset}" ]; then
      echo "DATABASE_REPLICA_URL=${DATABASE_REPLICA_URL:-$HAVEN_PG_REPLICA_BASE/haven}"
    fi
  } > "$ENV_FILE"
}

# One process: an app server behind nginx, or the worker (jobs, outbox relay, sweeps).
app_start() {
  local n=$1 port worker=false
  port=$(port_of "$n")
  [ "$n" = worker ] && worker=true
  alive "$n" && return 0
  # Its own session: it outlives `make stack`; the database URLs come from $ENV_FILE alone.
  # shellcheck disable=SC2016 # expanded by the inner bash
  HAVEN_LISTEN="127.0.0.1:$port" HAVEN_JOB_WORKER=$worker \
    server_detach "$STACK/app-$n.pid" "$STACK/app-$n.log" \
    env -u DATABASE_URL -u DATABASE_REPLICA_URL bash -c '
      set -a; source "$1"; set +a
      exec "$HAVEN_BIN" serve' _ "$ENV_FILE"
  await_server "http://127.0.0.1:$port" 60 "$(pid_of "$n")" "$STACK/app-$n.log"
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

case "${1:-}" in
  start)
    [ -x "$HAVEN_BIN" ] || die "no release build at $HAVEN_BIN (make build)"
    mkdir -p "$STACK"
    [ -f "$ENV_FILE" ] || write_env
    load_env "$ENV_FILE"
    if [ -z "${HAVEN_STACK_EXTERNAL_DB:-}" ]; then
      bash scripts/pg.sh start
      db=${DATABASE_URL##*/}
      bash scripts/pg.sh ensure-db "${db%%\?*}"
    fi
    "$HAVEN_BIN" migrate
    "$HAVEN_BIN" seed --if-empty --listings "${SEED_LISTINGS:-2000}"
    publish
    # Every process: behind nginx (trusted for X-Forwarded-*), secure cookies, the build
    # output and photos from the bucket.
    export HAVEN_TRUSTED_PROXIES=${HAVEN_TRUSTED_PROXIES:-127.0.0.1}
    export HAVEN_SECURE_COOKIES=${HAVEN_SECURE_COOKIES:-true}
    export HAVEN_ASSET_BASE_URL=${HAVEN_ASSET_BASE_URL:-/cdn}
    export HAVEN_MEDIA_DIR=${HAVEN_MEDIA_DIR:-$HAVEN_BUCKET_DIR/media}
    export HAVEN_MEDIA_BASE_URL=${HAVEN_MEDIA_BASE_URL:-/cdn/media}
    export HAVEN_LOG_FORMAT=${HAVEN_LOG_FORMAT:-json} RUST_LOG=${RUST_LOG:-info}
    export HAVEN_SHUTDOWN_GRACE_SECS=${HAVEN_SHUTDOWN_GRACE_SECS:-10}
    # The same settings for processes started later (app-start, restart-apps).
    for v in $(compgen -e | grep -E '^(HAVEN_|RUST_LOG$)'); do printf '%s=%q\n' "$v" "${!v}"; done \
      > "$STACK/process.env"
    for n in 1 2 worker; do app_start "$n"; done
    bash scripts/nginx.sh start "${PORTS[0]}" "${PORTS[1]}"
    log "Haven: https://127.0.0.1:$HTTPS_PORT (self-signed certificate: $NGINX_PREFIX/tls/cert.pem)"
    log "app servers ${PORTS[0]} ${PORTS[1]}, worker ${PORTS[2]}; logs in $STACK; make stack-stop stops it"
    ;;
  stop)
    bash scripts/nginx.sh stop
    for n in 1 2 worker; do app_stop "$n"; done
    [ -z "${STACK_STOP_DB:-}" ] || bash scripts/pg.sh stop
    log "stopped"
    ;;
  status)
    for n in 1 2 worker; do
      if alive "$n"; then echo "app $n: running on $(port_of "$n")"; else echo "app $n: stopped"; fi
    done
    bash scripts/pg.sh status
    ;;
  publish) publish ;;
  app-start)
    [ -f "$STACK/process.env" ] || die "start the stack first"
    load_env "$STACK/process.env"
    app_start "${2:?N}" ;;
  app-stop) app_stop "${2:?N}" ;;
  app-kill)
    pid=$(pid_of "${2:?N}"); [ -n "$pid" ] || die "app $2 is not running"
    kill -KILL "$pid"; rm -f "$STACK/app-$2.pid"; log "app $2 killed (SIGKILL)" ;;
  restart-apps)
    [ -f "$STACK/process.env" ] || die "start the stack first"
    load_env "$STACK/process.env"
    # Each app server: out of nginx's upstream (a graceful reload: requests in flight
    # finish), stopped gracefully, started, ready, back in.
    for n in 1 2 worker; do
      t=$SECONDS
      case $n in
        1) bash scripts/nginx.sh reload "${PORTS[0]}:down" "${PORTS[1]}" ;;
        2) bash scripts/nginx.sh reload "${PORTS[0]}" "${PORTS[1]}:down" ;;
      esac
      app_stop "$n"; app_start "$n"
      [ "$n" = worker ] || bash scripts/nginx.sh reload "${PORTS[0]}" "${PORTS[1]}"
      log "app $n restarted in $((SECONDS - t)) s"
    done ;;
  *) usage ;;
esac
