#!/usr/bin/env bash
# `make test-resilience`: the highly available stack of its own (scripts/stack.sh: two
# load balancers with floating addresses, two app servers, the worker, HAProxy, Patroni
# over two PostgreSQL servers with synchronous replication, three etcd members) under a
# steady mixed load of reads and bookings through both floating addresses
# (scripts/resilience/load.py), while it is broken seven ways:
#   1. kill -9 of one app server, later started again;
#   2. kill -9 of one load balancer machine (every process, cable pulled);
#   3. kill -9 of the primary PostgreSQL: Patroni fails over, nobody acts;
#   4. the old primary is restarted by its Patroni and rejoins as a standby;
#   5. the primary cut off from etcd (a network partition): it demotes itself;
#   6. kill -9 of one etcd member;
#   7. the synchronous standby stopped: bookings go on alone, an alert fires.
# Each drill checks its promise (docs/OPERATIONS.md) and prints one JSON summary line, the
# figures docs/BENCHMARKS.md reports. Every booking the load saw acknowledged (2xx) must be
# on the primary afterwards: zero tolerance. Faults are timed by requests served and by
# polling state, never by sleeping.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export HAVEN_HA_NAME=drill HAVEN_HA_NET=10.88.1 HAVEN_STACK_DIR=$PWD/.data/resilience
export HAVEN_BUCKET_DIR=$HAVEN_STACK_DIR/cdn
source scripts/env.sh
source scripts/lib.sh
source scripts/ha/topology.sh
export CURL_HOME=$STACK/curl
# All the load comes from one address and a few guests: lift the per-address and per-user
# limits (nginx's and the app's) that would otherwise answer most of it with 429.
export NGINX_BOOKING_RATE=100000r/m NGINX_BOOKING_BURST=1000 NGINX_SIGNIN_RATE=10000r/m NGINX_SIGNIN_BURST=100
export HAVEN_WRITES_PER_USER_PER_MINUTE=1000000 HAVEN_AUTH_PER_IP_BURST=100000
export RUST_LOG=warn SEED_LISTINGS=300
WORK=$STACK/run
THREADS=${RESILIENCE_THREADS:-8}
APP1=3501
LOG_COLOUR='1;35'
source scripts/resilience/lib.sh

cleanup() {
  [ -z "${load_pid:-}" ] || kill "$load_pid" 2>/dev/null || true
  stop_probe
  STACK_DOWN=1 bash scripts/stack.sh stop >/dev/null 2>&1 || true
}
on_exit cleanup

# --- A fresh stack ---------------------------------------------------------------------------
cleanup
rm -rf "$STACK"
mkdir -p "$WORK"
bash scripts/stack.sh start >"$WORK/stack-start.log" 2>&1 || { tail -n 40 "$WORK/stack-start.log"; fail "stack start"; }
BASES="https://$VIP_A,https://$VIP_B"
PRIMARY_URL=$(db_url primary)
log "stack up: $BASES; primary $(bash scripts/ha/db.sh leader)"

# Every listing books instantly, so most attempts succeed; 16 guests share the load.
make_listings_bookable "$PRIMARY_URL"
sql "$PRIMARY_URL" "SELECT id FROM listings WHERE is_active ORDER BY id" > "$WORK/listings.txt"
sql "$PRIMARY_URL" "CREATE TABLE drill_probe (k text PRIMARY KEY)" >/dev/null
drill="drill-$(date +%s)"
make_guests "https://$VIP_A" 16 "$drill" "$WORK/tokens.txt"
verify_accounts "$PRIMARY_URL" "$drill"

# --- 1. kill -9 of one app server ------------------------------------------------------------
start_load app-kill
more_requests 300
t_kill=$(now)
bash scripts/stack.sh app-kill 1
more_requests 1200
t_back_start=$(now)
bash scripts/stack.sh app-start 1
t_back=$(now)
more_requests 1200
stop_load
r=$(report --bookings-out "$WORK/app-kill.ids")
kept=$(all_bookings_kept "$PRIMARY_URL" "$WORK/app-kill.ids") || fail "acknowledged bookings missing: $kept"
# nginx: while app 1 was down every answer came from app 2 (a retried request lists both);
# once it was back, app 1 answered again.
from_dead=$(access_lines "$t_kill" "$t_back_start" "upstream=$HOST_IP:$APP1" only)
back=$(access_lines "$t_back" 9999999999 "upstream=$HOST_IP:$APP1")
summary app-kill "$r" "'bookings_in_db': '$kept', 'answered_by_killed_while_down': $from_dead, 'answered_by_it_after_restart': $back"
rate=$(json "d['error_rate_percent']" <<<"$r")
below "$rate" 0.5 || fail "error rate $rate% (must be < 0.5%)"
[ "$from_dead" = 0 ] || fail "$from_dead answers from the killed server while it was down"
[ "$back" -gt 0 ] || fail "nginx never sent requests to the restarted server"
log "1. app server killed: error rate $rate%, bookings kept $kept, the restarted server serves again"

# --- 2. kill -9 of one load balancer ---------------------------------------------------------
victim=$(bash scripts/ha/front.sh holder "$VIP_A")
start_load lb-kill
more_requests 300
t_kill=$(now)
bash scripts/ha/front.sh kill "$victim" >/dev/null
wait_for 10 vip_moved "$VIP_A" "$victim" || fail "$VIP_A did not move off $victim"
t_moved=$(now)
more_requests 1200
stop_load
moved_in=$(seconds_between "$t_kill" "$t_moved")
r=$(report --window "$t_kill" "$(plus "$t_moved" 1)" --after "$(plus "$t_moved" 1)" --bookings-out "$WORK/lb-kill.ids")
kept=$(all_bookings_kept "$PRIMARY_URL" "$WORK/lb-kill.ids") || fail "acknowledged bookings missing: $kept"
summary lb-kill "$r" "'bookings_in_db': '$kept', 'address_moved_seconds': $moved_in, 'killed': '$victim'"
rate=$(json "d['error_rate_percent']" <<<"$r")
below "$rate" 0.5 || fail "error rate $rate% (must be < 0.5%)"
below "$moved_in" 3 || fail "$VIP_A took $moved_in s to move (must be < 3 s)"
[ "$(json "d['after']['errors']" <<<"$r")" = 0 ] || fail "errors after the address moved: $r"
bash scripts/ha/front.sh revive "$victim" 3501 3502 >/dev/null
log "2. $victim killed: $VIP_A moved in $moved_in s, error rate $rate%, then none; bookings kept $kept"

# --- 3 and 4. kill -9 of the primary; its Patroni brings it back as a standby ------------------
old=$(bash scripts/ha/db.sh leader)
start_load primary-kill
start_probe "$old"
more_requests 300
t_kill=$(now)
bash scripts/ha/db.sh kill-postgres "$old" >/dev/null
wait_for 30 new_leader_is_not "$old" || fail "no new primary within 30 s"
t_promoted=$(now)
new=$(bash scripts/ha/db.sh leader)
wait_for 30 booked_since "$t_kill" || fail "no booking succeeded within 30 s of the kill"
t_booking=$(first_booking_after "$t_kill")
more_requests 800
# 4: the old primary rejoins (pg_rewind if needed) as the new primary's synchronous standby.
bash scripts/ha/db.sh wait-healthy 90 || db_fail "$old" "$old did not rejoin as a synchronous standby"
t_rejoined=$(now)
stop_probe
stop_load
r=$(report --window "$t_kill" "$t_booking" --after "$t_booking" --bookings-out "$WORK/primary-kill.ids")
kept=$(all_bookings_kept "$PRIMARY_URL" "$WORK/primary-kill.ids") || fail "acknowledged bookings missing on $new: $kept"
probe_after=$(probe_writes_after "$t_kill")
back_in=$(seconds_between "$t_kill" "$t_booking")
summary primary-kill "$r" "'bookings_in_db': '$kept', 'old': '$old', 'new': '$new', 'promoted_seconds': $(seconds_between "$t_kill" "$t_promoted"), 'bookings_back_seconds': $back_in, 'rejoined_seconds': $(seconds_between "$t_kill" "$t_rejoined"), 'writes_on_old_after_kill': $probe_after"
below "$back_in" 15 || fail "bookings came back after $back_in s (must be < 15 s)"
[ "$(json "d['after']['errors']" <<<"$r")" = 0 ] || fail "errors after bookings came back: $r"
[ "$probe_after" = 0 ] || fail "$probe_after writes succeeded on the old primary after the kill: split brain"
[ "$(sql "$(node_url "$old")" 'SELECT pg_is_in_recovery()')" = t ] || fail "$old is not a standby"
log "3. primary $old killed: $new promoted by Patroni, bookings back after $back_in s; $kept acknowledged bookings on it"
log "4. $old rejoined as the synchronous standby; no write on it succeeded after the kill"

# --- 5. the primary cut off from etcd --------------------------------------------------------
old=$(bash scripts/ha/db.sh leader)
start_load partition
start_probe "$old"
more_requests 300
t_cut=$(now)
bash scripts/ha/net.sh partition "$old" etcd1 etcd2 etcd3 >/dev/null
wait_for 40 not_primary "$old" || fail "$old still a primary 40 s after losing etcd"
t_demoted=$(now)
wait_for 40 new_leader_is_not "$old" || fail "no new primary after the partition"
new=$(bash scripts/ha/db.sh leader)
wait_for 40 booked_since "$t_demoted" || fail "no booking on the new primary"
t_booking=$(first_booking_after "$t_demoted")
more_requests 600
bash scripts/ha/net.sh heal "$old" >/dev/null
bash scripts/ha/db.sh wait-healthy 90 || db_fail "$old" "$old did not rejoin after the partition healed"
stop_probe
stop_load
demoted_in=$(seconds_between "$t_cut" "$t_demoted")
r=$(report --window "$t_cut" "$t_booking" --after "$t_booking" --bookings-out "$WORK/partition.ids")
kept=$(all_bookings_kept "$PRIMARY_URL" "$WORK/partition.ids") || fail "acknowledged bookings missing on $new: $kept"
on_both=$(probe_writes_kept "$PRIMARY_URL") || fail "writes acknowledged by the isolated primary are not on the new one: $on_both"
summary partition "$r" "'bookings_in_db': '$kept', 'old': '$old', 'new': '$new', 'demoted_seconds': $demoted_in, 'bookings_back_seconds': $(seconds_between "$t_cut" "$t_booking"), 'probe_writes_kept': '$on_both'"
below "$demoted_in" 20 || fail "$old demoted after $demoted_in s (must be within the TTL, 20 s)"
[ "$(json "d['after']['errors']" <<<"$r")" = 0 ] || fail "errors after bookings came back: $r"
log "5. $old cut off from etcd: demoted itself in $demoted_in s, $new took over; writes it acknowledged: $on_both on $new"

# --- 6. kill -9 of one etcd member -----------------------------------------------------------
start_load etcd-kill
more_requests 300
bash scripts/ha/db.sh kill-etcd 1 >/dev/null
more_requests 1000
bash scripts/ha/db.sh start-etcd 1 >/dev/null
more_requests 300
stop_load
r=$(report --bookings-out "$WORK/etcd-kill.ids")
kept=$(all_bookings_kept "$PRIMARY_URL" "$WORK/etcd-kill.ids") || fail "acknowledged bookings missing: $kept"
summary etcd-kill "$r" "'bookings_in_db': '$kept', 'leader_before': '$new', 'leader_after': '$(bash scripts/ha/db.sh leader)'"
[ "$(json "d['errors']" <<<"$r")" = 0 ] || fail "errors with one etcd member down: $r"
[ "$(bash scripts/ha/db.sh leader)" = "$new" ] || fail "the primary changed when an etcd member died"
log "6. etcd1 killed: no errors, the primary stayed $new"

# --- 7. the synchronous standby stopped ------------------------------------------------------
primary=$(bash scripts/ha/db.sh leader)
standby=db1; [ "$primary" = db1 ] && standby=db2
start_load standby-stop
more_requests 300
t_stop=$(now)
bash scripts/ha/db.sh stop-node "$standby" >/dev/null
wait_for 60 alert_firing HavenNoSynchronousStandby || fail "no HavenNoSynchronousStandby alert"
t_alert=$(now)
more_requests 600
bash scripts/ha/db.sh start-node "$standby" >/dev/null
bash scripts/ha/db.sh wait-healthy 90 || db_fail "$standby" "$standby did not come back as the synchronous standby"
more_requests 300
stop_load
r=$(report --bookings-out "$WORK/standby-stop.ids")
kept=$(all_bookings_kept "$PRIMARY_URL" "$WORK/standby-stop.ids") || fail "acknowledged bookings missing: $kept"
summary standby-stop "$r" "'bookings_in_db': '$kept', 'alert_seconds': $(seconds_between "$t_stop" "$t_alert")"
[ "$(json "d['errors']" <<<"$r")" = 0 ] || fail "errors with the standby stopped: $r"
log "7. standby $standby stopped: no errors, $kept acknowledged bookings kept, the alert fired after $(seconds_between "$t_stop" "$t_alert") s; it came back in sync"
log "all drills passed; summaries in $WORK/summary.jsonl"
