#!/usr/bin/env bash
# Prometheus for the stack (docs/OPERATIONS.md, "Monitoring"), with the alert rules of
# deploy/prometheus/rules/: it scrapes the app servers and the worker (over mutual TLS, with
# the operators' client certificate), Patroni on each database node and every etcd member,
# every 2 seconds. http://HOST_IP:9090 (alerts: /alerts). No Alertmanager: see the docs.
#
#   scripts/ha/monitor.sh start APP_PORT...   |   stop
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/scripts/env.sh"
source "$ROOT/scripts/lib.sh"
source "$ROOT/scripts/ha/topology.sh"
LOG_TAG=monitor
DIR=$STACK/prometheus

config() { # APP_PORT...
  local p targets=""
  for p in "$@"; do targets+="\"$HOST_IP:$p\", "; done
  cat <<YAML
# Rendered by scripts/ha/monitor.sh.
global:
  scrape_interval: 2s
  scrape_timeout: 1s
  evaluation_interval: 2s
  external_labels:
    env: stack-$HA_NAME
rule_files:
  - $ROOT/deploy/prometheus/rules/*.yml
scrape_configs:
  - job_name: haven
    scheme: https
    tls_config:
      ca_file: $TLS_DIR/ca.pem
      cert_file: $TLS_DIR/ops-client.pem
      key_file: $TLS_DIR/ops-client.key
    static_configs:
      - targets: [${targets%, }]
  - job_name: patroni
    static_configs:
      - targets: ["$(ip_of db1):8008", "$(ip_of db2):8008"]
  - job_name: etcd
    static_configs:
      - targets: ["$(ip_of etcd1):2379", "$(ip_of etcd2):2379", "$(ip_of etcd3):2379"]
  - job_name: prometheus
    static_configs:
      - targets: ["$HOST_IP:9090"]
YAML
}

ready() { curl -sf "http://$HOST_IP:9090/-/ready" >/dev/null; }

case "${1:-}" in
  start)
    shift
    pid_alive "$DIR/prometheus.pid" && exit 0
    mkdir -p "$DIR/data"
    config "$@" > "$DIR/prometheus.yml"
    promtool check config "$DIR/prometheus.yml" >/dev/null
    server_detach "$DIR/prometheus.pid" "$DIR/prometheus.log" prometheus \
      --config.file "$DIR/prometheus.yml" --storage.tsdb.path "$DIR/data" \
      --storage.tsdb.retention.time 2d --web.listen-address "$HOST_IP:9090"
    wait_for 30 ready || fail "Prometheus not ready (log: $DIR/prometheus.log)"
    log "Prometheus: http://$HOST_IP:9090 (alerts: http://$HOST_IP:9090/alerts)"
    ;;
  stop) pid_stop "$DIR/prometheus.pid" ;;
  *) usage ;;
esac
