# shellcheck shell=bash
# The highly available stack's machines and addresses (docs/OPERATIONS.md, "Topology").
# Sourced after scripts/env.sh and scripts/lib.sh, never run.
#
# Each "machine" is a Linux network namespace with its own address on one bridge, so that
# a drill can kill, isolate or unplug it like a real host; traffic never leaves this
# computer. The app servers, the worker and HAProxy run on the host side of the bridge.
# Several stacks can exist at once (make stack, stack-check, the drills): each has a name
# (HAVEN_HA_NAME) and a /24 of its own (HAVEN_HA_NET, the first three octets).
#
#   lb1 lb2            nginx (TLS) + keepalived; floating addresses VIP_A (lb1 first) and
#                      VIP_B (lb2 first): active-active, each takes the other's on failure
#   db1 db2            PostgreSQL managed by Patroni (REST API on :8008)
#   etcd1 etcd2 etcd3  Patroni's consensus store
#   host ($HOST_IP)    app servers 1 and 2, the worker, HAProxy (:5000 primary, :5001 reads)

HA_NAME=${HAVEN_HA_NAME:-stack}
HA_NET=${HAVEN_HA_NET:-10.88.0}
STACK=${HAVEN_STACK_DIR:-$ROOT/.data/stack}
HA_TAG=${HA_NET##*.}                  # short and unique per stack: interface names
BRIDGE=havenbr$HA_TAG
HOST_IP=$HA_NET.1
VIP_A=$HA_NET.101
VIP_B=$HA_NET.102
HAPROXY_PRIMARY=$HOST_IP:5000
HAPROXY_READS=$HOST_IP:5001
HA_NODES=(lb1 lb2 db1 db2 etcd1 etcd2 etcd3)
PG_USER=haven
TLS_DIR=$STACK/tls

ip_of() { # NODE
  case $1 in
    host) echo "$HOST_IP" ;;
    lb1) echo "$HA_NET.11" ;;  lb2) echo "$HA_NET.12" ;;
    db1) echo "$HA_NET.21" ;;  db2) echo "$HA_NET.22" ;;
    etcd1) echo "$HA_NET.31" ;; etcd2) echo "$HA_NET.32" ;; etcd3) echo "$HA_NET.33" ;;
    *) die "no node $1" ;;
  esac
}
ns_of() { echo "haven-$HA_NAME-$1"; }
veth_of() { echo "h$HA_TAG$1"; } # the host's end of NODE's cable (at most 15 characters)
in_ns() { local node=$1; shift; ip netns exec "$(ns_of "$node")" "$@"; }
ns_exists() { ip netns list | grep -qw "$(ns_of "$1")"; }

# PostgreSQL refuses to run as root: Patroni and its servers run as the postgres user.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# The databases through HAProxy, over TLS that checks the server's certificate against the
# stack's CA. The password is generated at the first start ($STACK/secrets.env).
db_url() { # primary|reads [DATABASE]
  local addr=$HAPROXY_PRIMARY
  [ "$1" = primary ] || addr=$HAPROXY_READS
  # shellcheck source=/dev/null
  source "$STACK/secrets.env"
  echo "postgres://$PG_USER:$PG_PASSWORD@$addr/${2:-haven}?sslmode=verify-full&sslrootcert=$TLS_DIR/ca.pem"
}
# One node's server directly (drills): NODE [DATABASE]
node_url() {
  # shellcheck source=/dev/null
  source "$STACK/secrets.env"
  echo "postgres://$PG_USER:$PG_PASSWORD@$(ip_of "$1"):5432/${2:-haven}?sslmode=verify-full&sslrootcert=$TLS_DIR/ca.pem&connect_timeout=2"
}
