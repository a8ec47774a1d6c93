#!/usr/bin/env bash
# The stack's network (scripts/ha/topology.sh): a bridge on the host and one namespace per
# machine, cabled to it. Needs root (CAP_NET_ADMIN); nothing leaves this computer.
#
#   scripts/ha/net.sh up                 create what is missing
#   scripts/ha/net.sh down               remove the namespaces and the bridge
#   scripts/ha/net.sh partition NODE PEER...   NODE can no longer reach the PEERs (and
#                                        their answers to it are lost): a network split
#   scripts/ha/net.sh heal NODE          undo every partition of NODE
#   scripts/ha/net.sh unplug NODE | plug NODE   NODE's cable out / in (a dead machine)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/scripts/lib.sh"
source "$ROOT/scripts/ha/topology.sh"
LOG_TAG=net

[ "$(id -u)" -eq 0 ] || die "the stack's network needs root (network namespaces)"

up() {
  if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
    ip link add "$BRIDGE" type bridge
    ip addr add "$HOST_IP/24" dev "$BRIDGE"
    ip link set "$BRIDGE" up
  fi
  local node ns veth
  for node in "${HA_NODES[@]}"; do
    ns=$(ns_of "$node")
    veth=$(veth_of "$node")
    ns_exists "$node" || ip netns add "$ns"
    if ! ip link show "$veth" >/dev/null 2>&1; then
      ip link add "$veth" type veth peer name eth0 netns "$ns"
      ip link set "$veth" master "$BRIDGE" up
      in_ns "$node" ip addr add "$(ip_of "$node")/24" dev eth0
      in_ns "$node" ip link set eth0 up
      in_ns "$node" ip link set lo up
    fi
  done
  log "network $HA_NET.0/24 on $BRIDGE: ${HA_NODES[*]} and the host ($HOST_IP)"
}

down() {
  local node
  for node in "${HA_NODES[@]}"; do
    ! ns_exists "$node" || ip netns del "$(ns_of "$node")"
    # Deleting the namespace deletes its end of the cable, and with it ours (soon after).
    ip link del "$(veth_of "$node")" 2>/dev/null || true
  done
  ! ip link show "$BRIDGE" >/dev/null 2>&1 || ip link del "$BRIDGE"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  partition)
    node=${2:?NODE}; shift 2
    for peer in "$@"; do
      in_ns "$node" ip route replace blackhole "$(ip_of "$peer")/32"
      in_ns "$peer" ip route replace blackhole "$(ip_of "$node")/32"
    done
    log "$node cut off from $*" ;;
  heal)
    node=${2:?NODE}
    for peer in "${HA_NODES[@]}" host; do
      [ "$peer" = "$node" ] && continue
      in_ns "$node" ip route del blackhole "$(ip_of "$peer")/32" 2>/dev/null || true
      [ "$peer" = host ] || in_ns "$peer" ip route del blackhole "$(ip_of "$node")/32" 2>/dev/null || true
    done
    log "$node reconnected" ;;
  unplug) ip link set "$(veth_of "${2:?NODE}")" down; log "$2 unplugged" ;;
  plug) ip link set "$(veth_of "${2:?NODE}")" up; log "$2 plugged in" ;;
  *) usage ;;
esac
