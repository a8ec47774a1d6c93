# shellcheck shell=bash
# The drills' helpers (scripts/resilience.sh): the load, its report, and polled conditions
# on the stack. Sourced after scripts/lib.sh and scripts/ha/topology.sh, with WORK, BASES,
# THREADS and STACK set.

# --- The load --------------------------------------------------------------------------------
load_pid=""
start_load() { # NAME: a steady load until stop_load
  LOG=$WORK/$1.jsonl
  rm -f "$WORK/stop"
  LOAD_CA_FILE=$TLS_DIR/ca.pem LOAD_STOP_FILE=$WORK/stop python3 scripts/resilience/load.py \
    "$BASES" "$WORK/tokens.txt" "$WORK/listings.txt" "$LOG" 900 "$THREADS" &
  load_pid=$!
  served_at_least 200
}
stop_load() { touch "$WORK/stop"; wait "$load_pid"; load_pid=""; }
served() { if [ -f "$LOG" ]; then wc -l < "$LOG"; else echo 0; fi; }
has_served() { [ "$(served)" -ge "$1" ]; }
served_at_least() { # N: wait until the load has N answers in its log (at most 120 s)
  wait_for 120 has_served "$1" || fail "the load stalled at $(served) requests"
}
more_requests() { served_at_least $(($(served) + $1)); }
report() { python3 scripts/resilience/report.py "$LOG" "$@"; }

# A booking acknowledged (2xx) that started after T.
booked_since() { python3 - "$LOG" "$1" <<'PY'
import json, sys
t = float(sys.argv[2])
sys.exit(0 if any("booking" in r and r["t"] >= t for r in map(json.loads, open(sys.argv[1]))) else 1)
PY
}
# When bookings worked again after T: the first acknowledgement of a booking that was
# started after T (the moment it was answered, not sent).
first_booking_after() { python3 - "$LOG" "$1" <<'PY'
import json, sys
t = float(sys.argv[2])
done = [r["t"] + r["ms"] / 1000 for r in map(json.loads, open(sys.argv[1])) if "booking" in r and r["t"] >= t]
print(f"{min(done):.4f}")
PY
}

# Every acknowledged booking must be in the database at $1.
all_bookings_kept() { # DB_URL IDS_FILE
  local ids expected found
  expected=$(wc -l < "$2")
  [ "$expected" -gt 0 ] || fail "no booking was acknowledged"
  ids=$(paste -sd, "$2")
  found=$(sql "$1" "SELECT count(*) FROM bookings WHERE id IN ($ids)")
  echo "$found/$expected"
  [ "$found" = "$expected" ]
}

# nginx's answers between two times (both load balancers' logs) whose upstream matches;
# with "only", not counting a request that was retried on another server.
access_lines() { # FROM TO PATTERN [only]
  cat "$STACK"/front/lb*/access.log | awk -v a="$1" -v b="$2" -v up="$3" -v only="${4:-}" \
    '{ t = substr($3, 3) + 0 } t > a + 0.5 && t < b && $0 ~ up && !(only && $0 ~ /upstream=[^ ]*, /) { n++ } END { print n + 0 }'
}

# --- Numbers ---------------------------------------------------------------------------------
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
summary() { # NAME REPORT EXTRA: one line, also kept in $WORK/summary.jsonl
  json "json.dumps({'drill': '$1', **d, $3})" <<<"$2" | tee -a "$WORK/summary.jsonl"
}
below() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
plus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a + b }'; }
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# --- The stack's state -----------------------------------------------------------------------
vip_moved() { # VIP FROM: another load balancer holds it now
  local h
  h=$(bash scripts/ha/front.sh holder "$1") && [ "$h" != "$2" ]
}
new_leader_is_not() { # NODE
  local l
  l=$(bash scripts/ha/db.sh leader) && [ "$l" != "$1" ]
}
# NODE's PostgreSQL takes no writes: it answers as a standby, or not at all.
not_primary() { # NODE
  local r
  r=$(timeout 3 psql "$(node_url "$1")" -qAtc 'SELECT pg_is_in_recovery()' 2>/dev/null) || return 0
  [ "$r" = t ]
}
alert_firing() { # NAME: Prometheus (scripts/ha/monitor.sh) has it firing
  curl -sf "http://$HOST_IP:9090/api/v1/alerts" |
    python3 -c "import json,sys; a=json.load(sys.stdin)['data']['alerts']; sys.exit(0 if any(x['labels']['alertname']=='$1' and x['state']=='firing' for x in a) else 1)"
}

# A drill that fails on the databases shows what Patroni was doing (its log is otherwise
# gone with the stack).
db_fail() { # NODE MESSAGE
  grep -E '^[0-9-]+ [0-9:,]+ (INFO|WARNING|ERROR|CRITICAL):' "$STACK/db/$1.log" |
    grep -v 'no action\.\|establishing a new' | tail -n 25 >&2 || true
  fail "$2"
}

# --- Split-brain probe -----------------------------------------------------------------------
# Writes straight to one node's PostgreSQL (not through HAProxy), five times a second, and
# records each write it got a commit for, with the time it started. A write the old primary
# acknowledged after it lost its role, or one that is not on the new primary afterwards,
# is a split brain.
probe_pid=""
start_probe() { # NODE
  local url
  url=$(node_url "$1")
  : > "$WORK/probe.ok"
  rm -f "$WORK/probe.stop"
  (
    while [ ! -f "$WORK/probe.stop" ]; do
      t=$(now); k="$1-${t/./}"
      if timeout 2 psql "$url" -qAtc "INSERT INTO drill_probe VALUES ('$k')" >/dev/null 2>&1; then
        echo "$k $t" >> "$WORK/probe.ok"
      fi
      sleep 0.2 # the probe's pace, not a wait for anything
    done
  ) &
  probe_pid=$!
}
stop_probe() {
  [ -n "${probe_pid:-}" ] || return 0
  touch "$WORK/probe.stop"
  wait "$probe_pid" 2>/dev/null || true
  probe_pid=""
}
probe_writes_after() { # T: acknowledged writes that started after T
  awk -v t="$1" '$2 > t { n++ } END { print n + 0 }' "$WORK/probe.ok"
}
probe_writes_kept() { # DB_URL: every acknowledged probe write is there
  local expected found keys
  expected=$(wc -l < "$WORK/probe.ok")
  keys=$(awk '{ printf "%s'\''%s'\''", (NR > 1 ? "," : ""), $1 }' "$WORK/probe.ok")
  found=0
  [ "$expected" = 0 ] || found=$(sql "$1" "SELECT count(*) FROM drill_probe WHERE k IN ($keys)")
  echo "$found/$expected"
  [ "$found" = "$expected" ]
}
