#!/usr/bin/env bash
# The stack's databases (docs/OPERATIONS.md, "Databases"): three etcd members, two
# PostgreSQL servers managed by Patroni with synchronous replication, and HAProxy, which
# asks each Patroni who is primary and gives the app two fixed addresses.
#
#   scripts/ha/db.sh start                 start what is not running (first time: bootstrap)
#   scripts/ha/db.sh stop                  stop HAProxy, Patroni (and PostgreSQL), etcd
#   scripts/ha/db.sh status                patronictl list
#   scripts/ha/db.sh leader                the primary's node name (db1 or db2)
#   scripts/ha/db.sh patronictl ARGS...    e.g. switchover --candidate db2 --force
#   scripts/ha/db.sh kill-postgres NODE    kill -9 NODE's postmaster (Patroni stays)
#   scripts/ha/db.sh stop-node NODE | start-node NODE   Patroni and its PostgreSQL
#   scripts/ha/db.sh kill-etcd N | start-etcd N         one etcd member (1, 2 or 3)
#   scripts/ha/db.sh wait-healthy [SECONDS]             a primary and a streaming sync standby
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/scripts/env.sh"
source "$ROOT/scripts/lib.sh"
source "$ROOT/scripts/ha/topology.sh"
LOG_TAG=db
PATRONI=$ROOT/tools/patroni/bin
# shellcheck disable=SC2012 # Debian's fixed paths, newest version last
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}
DB=$STACK/db

etcd_cluster() {
  local n out=""
  for n in 1 2 3; do out+="etcd$n=http://$(ip_of "etcd$n"):2380,"; done
  echo "${out%,}"
}
etcd_hosts() {
  local n out=""
  for n in 1 2 3; do out+="$(ip_of "etcd$n"):2379,"; done
  echo "${out%,}"
}

secrets() {
  [ -s "$STACK/secrets.env" ] && return 0
  mkdir -p "$STACK"
  umask 077
  {
    echo "PG_PASSWORD=$(openssl rand -hex 24)"
    echo "PG_REPLICATION_PASSWORD=$(openssl rand -hex 24)"
  } > "$STACK/secrets.env"
  umask 022
}

start_etcd() { # N
  local node=etcd$1 ip
  ip=$(ip_of "$node")
  pid_alive "$DB/$node.pid" && return 0
  mkdir -p "$DB/$node"
  local state=new
  [ -d "$DB/$node/data/member" ] && state=existing
  # Heartbeat and election timeouts a little below the defaults' (100/1000 ms): a member's
  # loss is noticed fast, and two cores under load still keep the leader.
  server_detach "$DB/$node.pid" "$DB/$node.log" ip netns exec "$(ns_of "$node")" \
    etcd --name "$node" --data-dir "$DB/$node/data" \
    --listen-client-urls "http://$ip:2379" --advertise-client-urls "http://$ip:2379" \
    --listen-peer-urls "http://$ip:2380" --initial-advertise-peer-urls "http://$ip:2380" \
    --initial-cluster "$(etcd_cluster)" --initial-cluster-state "$state" \
    --initial-cluster-token "haven-$HA_NAME" --heartbeat-interval 100 --election-timeout 1000 \
    --log-level warn
}

etcd_healthy() {
  ETCDCTL_API=3 etcdctl --endpoints "$(etcd_hosts)" --command-timeout=2s endpoint health >/dev/null 2>&1
}

patroni_conf() { # NODE
  local node=$1 ip
  ip=$(ip_of "$node")
  # shellcheck source=/dev/null
  source "$STACK/secrets.env"
  cat <<YAML
# Rendered by scripts/ha/db.sh; docs/OPERATIONS.md explains each choice.
scope: haven
namespace: /haven-$HA_NAME/
name: $node
restapi:
  listen: $ip:8008
  connect_address: $ip:8008
etcd3:
  hosts: $(etcd_hosts)
log:
  level: INFO
bootstrap:
  dcs:
    # Failover timing: the primary's lock lives ttl seconds (Patroni's minimum, 20); every
    # loop_wait seconds Patroni renews it. A crashed PostgreSQL is replaced at once
    # (primary_start_timeout 0): safe only because replication is synchronous.
    ttl: 20
    loop_wait: 2
    retry_timeout: 5
    primary_start_timeout: 0
    maximum_lag_on_failover: 1048576
    # A commit waits for the standby; without one, the primary goes on alone (non-strict)
    # and the HavenNoSynchronousStandby alert fires.
    synchronous_mode: true
    synchronous_mode_strict: false
    failsafe_mode: false
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        max_connections: 300
        shared_buffers: 256MB
        wal_level: replica
        hot_standby: 'on'
        max_wal_senders: 10
        max_replication_slots: 10
        wal_keep_size: 512MB
        hot_standby_feedback: 'on'
        max_standby_streaming_delay: 5s
        synchronous_commit: 'on'
        log_min_duration_statement: 500
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
    - data-checksums
postgresql:
  listen: $ip:5432
  connect_address: $ip:5432
  data_dir: $DB/$node/data
  bin_dir: $PGBIN
  pgpass: $DB/$node/pgpass
  # Patroni's own connections (health checks, the CHECKPOINT after a promotion that a
  # rejoining node waits for) go over TLS to the node's address, not the local socket: in
  # the drills a socket file went missing under a running server and the old primary then
  # waited for that checkpoint for ever.
  use_unix_socket: false
  authentication:
    superuser:
      username: $PG_USER
      password: $PG_PASSWORD
      sslmode: verify-full
      sslrootcert: $TLS_DIR/ca.pem
    replication:
      username: replicator
      password: $PG_REPLICATION_PASSWORD
      sslmode: verify-full
      sslrootcert: $TLS_DIR/ca.pem
    rewind:
      username: $PG_USER
      password: $PG_PASSWORD
      sslmode: verify-full
      sslrootcert: $TLS_DIR/ca.pem
  parameters:
    unix_socket_directories: $DB/$node
    ssl: 'on'
    ssl_cert_file: $TLS_DIR/$node.pem
    ssl_key_file: $TLS_DIR/$node.key
    ssl_min_protocol_version: TLSv1.2
  # TLS and a password for everything that is not the local socket.
  pg_hba:
    - local all all trust
    - hostssl replication replicator $HA_NET.0/24 scram-sha-256
    - hostssl all all $HA_NET.0/24 scram-sha-256
watchdog:
  mode: 'off'
tags:
  nofailover: false
  noloadbalance: false
  clonefrom: false
  nosync: false
YAML
}

start_node() { # NODE
  local node=$1
  pid_alive "$DB/$node.pid" && return 0
  mkdir -p "$DB/$node"
  chown postgres:postgres "$DB/$node"
  chmod 700 "$DB/$node"
  patroni_conf "$node" > "$DB/$node/patroni.yml"
  chown postgres:postgres "$DB/$node/patroni.yml"
  chmod 600 "$DB/$node/patroni.yml"
  # setpriv, not runuser: it execs Patroni itself, so the pid file names Patroni and
  # SIGTERM reaches it alone (runuser forwards it and sends SIGKILL 2 s later, which left
  # a PostgreSQL behind whose Patroni had no time to stop it).
  server_detach "$DB/$node.pid" "$DB/$node.log" ip netns exec "$(ns_of "$node")" \
    env HOME="$DB/$node" setpriv --reuid=postgres --regid=postgres --init-groups \
    "$PATRONI/patroni" "$DB/$node/patroni.yml"
}

stop_node() { # NODE: Patroni stops its PostgreSQL (fast shutdown) and then itself
  pid_stop "$DB/$1.pid"
}

patronictl() {
  "$PATRONI/patronictl" -c "$DB/db1/patroni.yml" "$@"
}

leader() {
  local node
  for node in db1 db2; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$(ip_of "$node"):8008/primary")" = 200 ] \
      && { echo "$node"; return 0; }
  done
  return 1
}

# A primary, and a standby that streams and is its synchronous standby.
healthy() {
  local p s
  p=$(leader) || return 1
  s=db1; [ "$p" = db1 ] && s=db2
  curl -sf --max-time 2 "http://$(ip_of "$s"):8008/sync" >/dev/null
}

haproxy_conf() {
  cat <<CFG
# Rendered by scripts/ha/db.sh. TCP only: TLS is end to end between the app and PostgreSQL.
global
    maxconn 2000
    log stdout format raw local0 warning
defaults
    mode tcp
    log global
    timeout connect 2s
    timeout client 30m
    timeout server 30m
    timeout check 1s
    # A server that stops being what this port promises loses its sessions at once, so no
    # connection stays on a demoted primary.
    default-server inter 500ms fastinter 250ms fall 2 rise 2 on-marked-down shutdown-sessions

# Writes: whichever node Patroni says is the primary (GET /primary answers 200 only there).
listen primary
    bind $HAPROXY_PRIMARY
    option httpchk GET /primary
    http-check expect status 200
    server db1 $(ip_of db1):5432 check port 8008
    server db2 $(ip_of db2):5432 check port 8008

# Reads: the streaming replicas (GET /replica); when none is up, any running node
# (GET /read-only answers 200 on the primary too), so reads never stop with the standby.
frontend reads
    bind $HAPROXY_READS
    use_backend replicas if { nbsrv(replicas) gt 0 }
    default_backend any_node

backend replicas
    balance leastconn
    option httpchk GET /replica
    http-check expect status 200
    server db1 $(ip_of db1):5432 check port 8008
    server db2 $(ip_of db2):5432 check port 8008

backend any_node
    option httpchk GET /read-only
    http-check expect status 200
    server db1 $(ip_of db1):5432 check port 8008
    server db2 $(ip_of db2):5432 check port 8008

listen stats
    mode http
    bind $HOST_IP:7000
    stats enable
    stats uri /
CFG
}

start_haproxy() {
  pid_alive "$DB/haproxy.pid" && return 0
  haproxy_conf > "$DB/haproxy.cfg"
  haproxy -c -q -f "$DB/haproxy.cfg"
  server_detach "$DB/haproxy.pid" "$DB/haproxy.log" haproxy -db -f "$DB/haproxy.cfg"
}

case "${1:-}" in
  start)
    secrets
    bash "$ROOT/scripts/ha/ca.sh" init
    mkdir -p "$DB"
    for n in 1 2 3; do start_etcd "$n"; done
    wait_for 30 etcd_healthy || fail "etcd did not form a cluster (logs: $DB/etcd*.log)"
    start_node db1
    wait_for 90 leader || fail "no primary (log: $DB/db1.log)"
    start_node db2
    start_haproxy
    wait_for 120 healthy || fail "no synchronous standby (logs: $DB/db*.log)"
    log "primary $(leader), synchronous standby streaming; HAProxy $HAPROXY_PRIMARY (writes), $HAPROXY_READS (reads)"
    ;;
  stop)
    pid_stop "$DB/haproxy.pid"
    stop_node db2; stop_node db1
    for n in 1 2 3; do pid_stop "$DB/etcd$n.pid"; done
    ;;
  status) patronictl list ;;
  leader) leader ;;
  patronictl) shift; patronictl "$@" ;;
  wait-healthy) wait_for "${2:-60}" healthy ;;
  kill-postgres)
    node=${2:?NODE}
    pid=$(head -n1 "$DB/$node/data/postmaster.pid")
    kill -KILL "$pid"
    log "$node: PostgreSQL killed (SIGKILL, pid $pid)" ;;
  stop-node) stop_node "${2:?NODE}" ;;
  start-node) start_node "${2:?NODE}" ;;
  kill-etcd)
    pid=$(cat "$DB/etcd${2:?N}.pid"); kill -KILL "$pid"; rm -f "$DB/etcd$2.pid"
    log "etcd$2 killed (SIGKILL)" ;;
  start-etcd) start_etcd "${2:?N}" ;;
  *) usage ;;
esac
