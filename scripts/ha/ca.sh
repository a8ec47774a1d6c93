#!/usr/bin/env bash
# The stack's own private certificate authority (docs/OPERATIONS.md, "TLS inside"). Every
# hop is TLS with certificates it signs: clients to the load balancers, the load balancers
# to the app servers (mutual: the app accepts only the CA's clients), the app servers to
# PostgreSQL (verify-full) and the replication stream between the databases.
#
#   scripts/ha/ca.sh init      the CA (ten years) and every certificate that is missing
#   scripts/ha/ca.sh rotate    new keys and certificates for every service, same CA; then
#                              `scripts/stack.sh rotate-certs` makes each process load them
#   scripts/ha/ca.sh check     every certificate verifies against the CA and is valid for
#                              at least HAVEN_CERT_MIN_DAYS (7) more days
#
# Service certificates last HAVEN_CERT_DAYS (30): short enough that rotation is routine.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/scripts/lib.sh"
source "$ROOT/scripts/ha/topology.sh"
LOG_TAG=ca
DAYS=${HAVEN_CERT_DAYS:-30}

# name, subject, subjectAltName, extendedKeyUsage
services() {
  echo "front|Haven front door|IP:$VIP_A,IP:$VIP_B,IP:$(ip_of lb1),IP:$(ip_of lb2),DNS:localhost|serverAuth"
  echo "app|Haven app server|IP:$HOST_IP,DNS:haven-app|serverAuth"
  echo "lb-client|Haven load balancer|DNS:haven-lb|clientAuth"
  echo "ops-client|Haven operator tools|DNS:haven-ops|clientAuth"
  echo "db1|Haven database db1|IP:$(ip_of db1),IP:$HOST_IP|serverAuth,clientAuth"
  echo "db2|Haven database db2|IP:$(ip_of db2),IP:$HOST_IP|serverAuth,clientAuth"
}

init_ca() {
  [ -s "$TLS_DIR/ca.pem" ] && return 0
  mkdir -p "$TLS_DIR"
  chmod 755 "$TLS_DIR"
  openssl ecparam -name prime256v1 -genkey -noout -out "$TLS_DIR/ca.key" 2>/dev/null
  chmod 600 "$TLS_DIR/ca.key"
  openssl req -x509 -new -key "$TLS_DIR/ca.key" -sha256 -days 3650 \
    -subj "/O=Haven/CN=Haven stack CA ($HA_NAME)" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" -out "$TLS_DIR/ca.pem" 2>/dev/null
  log "new CA: $TLS_DIR/ca.pem"
}

# A new key and certificate, written beside the old ones and then moved over them, so a
# process reloading at that moment reads either the old pair or the new one.
issue() { # NAME SUBJECT SAN EKU
  local name=$1 work
  work=$(mktemp -d --tmpdir="$TLS_DIR")
  openssl ecparam -name prime256v1 -genkey -noout -out "$work/key.pem" 2>/dev/null
  openssl req -new -key "$work/key.pem" -subj "/O=Haven/CN=$2" -out "$work/csr.pem" 2>/dev/null
  printf 'subjectAltName=%s\nextendedKeyUsage=%s\nkeyUsage=critical,digitalSignature\nbasicConstraints=critical,CA:FALSE\n' \
    "$3" "$4" > "$work/ext.cnf"
  openssl x509 -req -in "$work/csr.pem" -CA "$TLS_DIR/ca.pem" -CAkey "$TLS_DIR/ca.key" \
    -set_serial "0x$(openssl rand -hex 16)" -days "$DAYS" -sha256 -extfile "$work/ext.cnf" \
    -out "$work/cert.pem" 2>/dev/null
  # PostgreSQL wants its key private to the postgres user; the rest run as root.
  chmod 600 "$work/key.pem"
  case $name in db*) chown postgres:postgres "$work/key.pem" "$work/cert.pem" ;; esac
  mv -f "$work/key.pem" "$TLS_DIR/$name.key"
  mv -f "$work/cert.pem" "$TLS_DIR/$name.pem"
  rm -rf "$work"
}

check() {
  local min=${HAVEN_CERT_MIN_DAYS:-7} name rest bad=0
  while IFS='|' read -r name rest; do
    if ! openssl verify -CAfile "$TLS_DIR/ca.pem" "$TLS_DIR/$name.pem" >/dev/null 2>&1; then
      warn "$name.pem does not verify against the CA"; bad=1
    elif ! openssl x509 -checkend $((min * 86400)) -noout -in "$TLS_DIR/$name.pem" >/dev/null; then
      warn "$name.pem expires within $min days: scripts/ha/ca.sh rotate"; bad=1
    fi
  done < <(services)
  [ "$bad" = 0 ] && log "every certificate verifies and is valid for $min more days"
  return "$bad"
}

case "${1:-}" in
  init)
    init_ca
    while IFS='|' read -r name subject san eku; do
      [ -s "$TLS_DIR/$name.pem" ] || issue "$name" "$subject" "$san" "$eku"
    done < <(services) ;;
  rotate)
    [ -s "$TLS_DIR/ca.pem" ] || die "no CA yet: scripts/ha/ca.sh init"
    while IFS='|' read -r name subject san eku; do
      issue "$name" "$subject" "$san" "$eku"
    done < <(services)
    log "new keys and certificates for every service (valid $DAYS days)" ;;
  check) check ;;
  *) usage ;;
esac
