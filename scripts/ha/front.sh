#!/usr/bin/env bash
# The front door (docs/OPERATIONS.md, "Front door"): two load balancers, lb1 and lb2, each
# nginx (scripts/nginx.sh, TLS, mutual TLS to every app server) and keepalived. Two
# floating addresses, active-active: VIP_A lives on lb1 and VIP_B on lb2 while both are
# well; DNS names both (round robin). When one load balancer dies (or its nginx does),
# VRRP moves its address to the other within about two seconds.
#
#   scripts/ha/front.sh start APP_PORT...     both load balancers, in front of the app ports
#   scripts/ha/front.sh reload APP_PORT[:down]...   both nginx, gracefully
#   scripts/ha/front.sh stop
#   scripts/ha/front.sh kill LB               pull LB's cable and kill -9 every process of it
#                                             (lb1 or lb2): the machine is gone
#   scripts/ha/front.sh revive LB APP_PORT... a new boot of LB: cable in, nginx, keepalived
#   scripts/ha/front.sh holder VIP            the load balancer holding VIP (lb1 or lb2)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/scripts/env.sh"
source "$ROOT/scripts/lib.sh"
source "$ROOT/scripts/ha/topology.sh"
LOG_TAG=front
FRONT=$STACK/front

nginx_of() { # LB ARGS...: scripts/nginx.sh for that load balancer
  local lb=$1; shift
  NGINX_PREFIX=$FRONT/$lb NGINX_NETNS=$(ns_of "$lb") NGINX_HTTPS_PORT=443 \
    NGINX_HTTPS_LISTEN=443 NGINX_HTTP_LISTEN=80 NGINX_UPSTREAM_HOST=$HOST_IP \
    NGINX_TLS_CERT=$TLS_DIR/front.pem NGINX_TLS_KEY=$TLS_DIR/front.key \
    NGINX_UPSTREAM_TLS=$TLS_DIR/lb-client.pem:$TLS_DIR/lb-client.key:$TLS_DIR/ca.pem \
    bash "$ROOT/scripts/nginx.sh" "$@"
}

keepalived_conf() { # LB
  local lb=$1 peer=lb2 prio_a=150 prio_b=100
  [ "$lb" = lb1 ] || { peer=lb1; prio_a=100; prio_b=150; }
  local inst
  cat <<CONF
# Rendered by scripts/ha/front.sh. VRRP version 3 for sub-second adverts; unicast between
# the two load balancers.
global_defs {
    router_id haven_$lb
    vrrp_version 3
    script_user root
    enable_script_security
    # Real-time scheduling: adverts on time even when the cores are busy.
    max_auto_priority
    vrrp_garp_master_repeat 3
    vrrp_garp_master_refresh 10
}
# This machine's nginx master is alive: if not, its addresses go to the peer.
vrrp_script nginx_alive {
    script "$ROOT/scripts/ha/lb-alive.sh $FRONT/$lb/nginx.pid"
    interval 1
    timeout 1
    fall 1
    rise 2
}
CONF
  for inst in A B; do
    local vip=$VIP_A prio=$prio_a id=51
    [ "$inst" = A ] || { vip=$VIP_B; prio=$prio_b; id=52; }
    cat <<CONF
vrrp_instance haven_$inst {
    # Both start as BACKUP with nopreempt: a load balancer that comes back does not take
    # its address back (that would reset every connection on it); the higher priority
    # decides only at the start.
    state BACKUP
    nopreempt
    interface eth0
    virtual_router_id $id
    priority $prio
    advert_int 0.5
    unicast_src_ip $(ip_of "$lb")
    unicast_peer {
        $(ip_of "$peer")
    }
    virtual_ipaddress {
        $vip/24 dev eth0
    }
    track_script {
        nginx_alive
    }
}
CONF
  done
}

start_nginx() { # LB APP_PORT...
  local lb=$1; shift
  mkdir -p "$FRONT/$lb"
  nginx_of "$lb" start "$@"
}

start_keepalived() { # LB
  local lb=$1
  if ! pid_alive "$FRONT/$lb/keepalived.pid"; then
    keepalived_conf "$lb" > "$FRONT/$lb/keepalived.conf"
    server_detach "$FRONT/$lb/keepalived.pid" "$FRONT/$lb/keepalived.log" \
      ip netns exec "$(ns_of "$lb")" keepalived --dont-fork --log-console --vrrp \
      --use-file "$FRONT/$lb/keepalived.conf" --pid "$FRONT/$lb/keepalived.main.pid" \
      --vrrp_pid "$FRONT/$lb/keepalived.vrrp.pid"
  fi
}

# VIP: which load balancer has it on its interface. A dead machine (cable out) still has
# the addresses it held when it died, but nobody can reach them there: it does not count.
holder() {
  local lb
  for lb in lb1 lb2; do
    ip -o link show "$(veth_of "$lb")" | grep -q ',UP' || continue
    in_ns "$lb" ip -o -4 addr show dev eth0 | grep -q " $1/" && { echo "$lb"; return 0; }
  done
  return 1
}

both_held() { holder "$VIP_A" >/dev/null && holder "$VIP_B" >/dev/null; }

case "${1:-}" in
  start)
    shift; [ $# -gt 0 ] || usage
    # Both nginx first, then both keepalived at once: each takes its own address in the
    # first election (the higher priority's timer runs out first), neither takes both.
    for lb in lb1 lb2; do start_nginx "$lb" "$@"; done
    for lb in lb1 lb2; do start_keepalived "$lb"; done
    wait_for 15 both_held || fail "the floating addresses were not taken (logs: $FRONT/lb*/keepalived.log)"
    log "$VIP_A on $(holder "$VIP_A"), $VIP_B on $(holder "$VIP_B")"
    ;;
  reload)
    shift
    for lb in lb1 lb2; do pid_alive "$FRONT/$lb/nginx.pid" && nginx_of "$lb" reload "$@"; done
    ;;
  stop)
    for lb in lb1 lb2; do
      pid_stop "$FRONT/$lb/keepalived.pid"
      nginx_of "$lb" stop
    done
    ;;
  kill)
    lb=${2:?LB}
    # Power lost: its network is gone at once (nobody answers for it, not even with a
    # reset), and every process with it.
    bash "$ROOT/scripts/ha/net.sh" unplug "$lb" >/dev/null
    pids=$(ip netns pids "$(ns_of "$lb")")
    # shellcheck disable=SC2086 # one pid per word
    [ -z "$pids" ] || kill -KILL $pids
    rm -f "$FRONT/$lb/keepalived.pid" "$FRONT/$lb/nginx.pid"
    log "$lb killed (SIGKILL to its $(wc -w <<<"$pids") processes) and unplugged"
    ;;
  revive)
    lb=${2:?LB}; shift 2
    # A machine that boots has none of the floating addresses it held when it died.
    for vip in "$VIP_A" "$VIP_B"; do in_ns "$lb" ip addr del "$vip/24" dev eth0 2>/dev/null || true; done
    bash "$ROOT/scripts/ha/net.sh" plug "$lb" >/dev/null
    start_nginx "$lb" "$@"
    start_keepalived "$lb"
    log "$lb back (standing by: it does not take addresses back)"
    ;;
  holder) holder "${2:?VIP}" ;;
  *) usage ;;
esac
