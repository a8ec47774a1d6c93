# shellcheck shell=bash
# What the scripts in scripts/ have in common, so that each says only what is its own.
# Sourced, never run:
#
#   source scripts/env.sh    # first, where a helper needs the databases or $HAVEN_BIN
#   source scripts/lib.sh
#
# Uses bash builtins, coreutils and curl only (install-tools.sh sources it before anything
# is installed, pg.sh before the databases run); the database helpers call psql and
# server_detach calls setsid (util-linux), both only when called.
#
# Logging   log MSG, warn MSG, fail MSG (exit 1), die MSG (exit 1; an error, not a failed
#           check): one line on the terminal, tagged [$LOG_TAG] (default: the script's name)
#           in $LOG_COLOUR (an SGR code, default bold blue). LOG_FD=2: log lines go to stderr,
#           for scripts whose stdout is data. LOG_ELAPSED=1: log's tag shows the seconds since
#           the script started. usage: the script's header comment, then exit 2.
# Exit      on_exit CMD: CMD runs when the script exits, however it exits; the newest first,
#           and one that fails does not stop the others. Scripts never `trap ... EXIT`
#           themselves: that would cancel these. remove_on_exit PATH...: temporary files and
#           folders. preserve_file FILE, restore_file FILE: a file the script changes is put
#           back on exit (or at restore_file).
# Time      wait_for SECONDS CMD...: polls until CMD succeeds, status 1 when time runs out.
#           now: a timestamp; elapsed T: seconds since T, two decimals.
# Databases sql URL QUERY, or sql URL [psql options] (quiet, unaligned, stops on an error);
#           sql_ident, sql_literal: quoting. db_exists, db_create, db_drop, db_fresh (dropped
#           and created empty), db_ensure (created unless it exists): NAME [ADMIN_URL], on
#           $HAVEN_PG_ADMIN_URL's server by default.
# Servers   server_env DB PORT: the environment of a Haven server on database DB (local
#           primary and replica) at 127.0.0.1:PORT. server_start LOG: `$HAVEN_BIN serve` in
#           the background, stopped on exit; server_stop stops it sooner (its exit status).
#           server_detach PIDFILE LOG [CMD...]: one that outlives the script; pid_alive and
#           pid_stop PIDFILE. wait_ready BASE SECONDS [PID]; await_server BASE SECONDS [PID
#           LOG] fails with the end of the log. serving_reads BASE; http_status URL [curl
#           options].
# API       api_register BASE EMAIL NAME [curl options], api_token BASE EMAIL (password
#           $DEMO_PASSWORD); make_guests BASE COUNT PREFIX FILE: COUNT accounts, their bearer
#           tokens in FILE; verify_accounts DB_URL PREFIX (marks e-mail addresses verified).
# Load      make_listings_bookable DB_URL; bench_fixture PORT LOG LISTINGS: bench.sh's and
#           bench-auth.sh's server; machine_summary.

LOG_TAG=${0##*/}
LOG_TAG=${LOG_TAG%.sh}
LOG_COLOUR='1;34'
LOG_FD=1
LOG_ELAPSED=
DEMO_PASSWORD="violet tram honest glacier"

# --- Logging -------------------------------------------------------------------------------

log() {
  local tag=$LOG_TAG
  if [ -n "$LOG_ELAPSED" ]; then tag+=$(printf ' %6ss' "$(elapsed "$_LIB_STARTED")"); fi
  printf '\033[%sm[%s]\033[0m %s\n' "$LOG_COLOUR" "$tag" "$*" >&"$LOG_FD"
}
warn() { printf '\033[1;33m[%s] warning:\033[0m %s\n' "$LOG_TAG" "$*" >&2; }
fail() { printf '\033[1;31m[%s] FAIL:\033[0m %s\n' "$LOG_TAG" "$*" >&2; exit 1; }
die() { printf '\033[1;31m[%s]\033[0m %s\n' "$LOG_TAG" "$*" >&2; exit 1; }

# The comment block under the #! line is each script's manual.
usage() {
  local line n=0
  while IFS= read -r line; do
    n=$((n + 1))
    [ "$n" -gt 1 ] || continue
    [[ $line == '#'* ]] || break
    line=${line#\#}
    printf '%s\n' "${line# }"
  done <"$0" >&2
  exit 2
}

# --- Exit ------------------------------------------------------------------------------------

_LIB_ON_EXIT=()
declare -A _LIB_PRESERVED=()

on_exit() {
  _LIB_ON_EXIT=("$1" "${_LIB_ON_EXIT[@]}")
  trap _lib_on_exit EXIT
}
_lib_on_exit() {
  local cmd
  for cmd in "${_LIB_ON_EXIT[@]}"; do eval "$cmd" || true; done
}

remove_on_exit() { on_exit "rm -rf $(printf '%q ' "$@")"; }

preserve_file() {
  local copy
  copy=$(mktemp)
  cp "$1" "$copy"
  _LIB_PRESERVED[$1]=$copy
  on_exit "restore_file $(printf '%q' "$1")"
}
restore_file() {
  local copy=${_LIB_PRESERVED[$1]:-}
  [ -n "$copy" ] || return 0
  cp "$copy" "$1" && rm -f "$copy"
  unset "_LIB_PRESERVED[$1]"
}

# --- Time ------------------------------------------------------------------------------------

# A condition, polled: never a fixed sleep standing in for one.
wait_for() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.1
  done
}

now() { date +%s.%N; }
elapsed() { # integer arithmetic on nanoseconds: no awk, no locale's decimal point
  local t0=${1/./} t1 cs
  t1=$(date +%s%N)
  cs=$(((t1 - t0 + 5000000) / 10000000))
  printf '%d.%02d' $((cs / 100)) $((cs % 100))
}
_LIB_STARTED=$(now)

# --- Databases -------------------------------------------------------------------------------

sql() {
  local url=$1
  shift
  if [ $# -gt 0 ] && [[ $1 != -* ]]; then set -- -c "$@"; fi
  psql "$url" -qAtX -v ON_ERROR_STOP=1 "$@"
}
sql_ident() { printf '"%s"' "${1//\"/\"\"}"; }
sql_literal() { printf "'%s'" "${1//\'/\'\'}"; }

db_exists() {
  [ "$(sql "${2:-$HAVEN_PG_ADMIN_URL}" "SELECT 1 FROM pg_database WHERE datname = $(sql_literal "$1")")" = 1 ]
}
db_create() { sql "${2:-$HAVEN_PG_ADMIN_URL}" "CREATE DATABASE $(sql_ident "$1")"; }
db_drop() { sql "${2:-$HAVEN_PG_ADMIN_URL}" "DROP DATABASE IF EXISTS $(sql_ident "$1") WITH (FORCE)"; }
db_fresh() { db_drop "$@" && db_create "$@"; }
db_ensure() { db_exists "$@" || db_create "$@"; }

# --- Servers ---------------------------------------------------------------------------------

server_env() {
  export DATABASE_URL="$HAVEN_PG_BASE/$1" DATABASE_REPLICA_URL="$HAVEN_PG_REPLICA_BASE/$1"
  export HAVEN_LISTEN="127.0.0.1:$2"
}

SERVER_PID=
SERVER_LOG=
server_start() {
  "$HAVEN_BIN" serve >"$1" 2>&1 &
  SERVER_PID=$! SERVER_LOG=$1
  on_exit server_stop
}
server_stop() { # graceful: SIGTERM, then its exit status (0 after a clean shutdown)
  local pid=$SERVER_PID rc=0
  [ -n "$pid" ] || return 0
  SERVER_PID=
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || rc=$?
  return "$rc"
}

# setsid: a session of its own, so it outlives the script and a signal reaches only it.
server_detach() {
  local pidfile=$1 log=$2
  shift 2
  [ $# -gt 0 ] || set -- "$HAVEN_BIN" serve
  setsid "$@" >>"$log" 2>&1 </dev/null &
  echo $! >"$pidfile"
}
pid_alive() {
  local pid
  pid=$(cat "$1" 2>/dev/null) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}
pid_stop() { # graceful: in-flight requests finish (HAVEN_SHUTDOWN_GRACE_SECS)
  local pid
  pid=$(cat "$1" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; then
    while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  fi
  rm -f "$1"
}

# Status 1: not ready within SECONDS; 2: process PID exited first.
wait_ready() {
  wait_for "$2" _lib_ready_or_gone "$1" "${3:-}" || return 1
  curl -sf -o /dev/null "$1/readyz" || return 2
}
_lib_ready_or_gone() { curl -sf -o /dev/null "$1/readyz" || { [ -n "$2" ] && ! kill -0 "$2"; }; }
await_server() {
  local pid=${3:-$SERVER_PID} log=${4:-$SERVER_LOG} rc=0
  wait_ready "$1" "$2" "$pid" || rc=$?
  [ "$rc" != 0 ] || return 0
  tail -n 30 "$log" >&2 || true
  [ "$rc" != 2 ] || fail "the server exited (log: $log)"
  fail "the server was not ready within $2 s (log: $log)"
}
serving_reads() { # the server reads from its replica
  local ready
  ready=$(curl -sf "$1/readyz") && [[ $ready == *'"serving_reads":true'* ]]
}
http_status() { curl -sk -o /dev/null -w '%{http_code}' "$@"; }

# --- The API ---------------------------------------------------------------------------------

api_register() {
  local base=$1 email=$2 name=$3
  shift 3
  curl -sSkf -o /dev/null -H 'content-type: application/json' "$@" \
    -d "{\"email\":\"$email\",\"password\":\"$DEMO_PASSWORD\",\"display_name\":\"$name\"}" \
    "$base/api/v1/auth/register"
}
api_token() {
  local answer
  answer=$(curl -sSkf -H 'content-type: application/json' \
    -d "{\"email\":\"$2\",\"password\":\"$DEMO_PASSWORD\"}" "$1/api/v1/auth/login") || return 1
  [[ $answer =~ \"token\":\ *\"([^\"]+)\" ]] || return 1
  printf '%s\n' "${BASH_REMATCH[1]}"
}
# Accounts made by scripts follow no e-mailed link: mark those whose address starts with
# PREFIX verified (needed to book or list; issue 17), directly in DB_URL.
verify_accounts() { # DB_URL PREFIX
  sql "$1" "UPDATE users SET email_verified_at = now()
            WHERE email_verified_at IS NULL AND email LIKE $(sql_literal "$2%")"
}
make_guests() {
  local base=$1 count=$2 prefix=$3 file=$4 i email token
  : >"$file"
  for ((i = 1; i <= count; i++)); do
    email="$prefix-$i@example.com"
    api_register "$base" "$email" "Guest $i" || fail "could not register $email"
    token=$(api_token "$base" "$email") || fail "could not sign in as $email"
    echo "$token" >>"$file"
  done
}

# --- Load tests and benchmarks ----------------------------------------------------------------

# Load tests where most attempts should book: every active listing books instantly, 1 to 3
# nights, from today up to a year ahead, for 2 guests, without preparation nights (so a stay
# holds exactly its nights).
make_listings_bookable() {
  sql "$1" "UPDATE listings SET instant_book = true, min_nights = 1,
       max_nights = GREATEST(max_nights, 3), advance_notice_days = 0, preparation_nights = 0,
       booking_window_days = GREATEST(booking_window_days, 365), max_guests = GREATEST(max_guests, 2)
     WHERE is_active"
}

# The read and sign-in benchmarks share one database, seeded on first use only (a run takes
# minutes to seed), and the release server at 127.0.0.1:PORT.
bench_fixture() { # PORT LOG LISTINGS [DATABASE]
  db_ensure "${4:-haven_bench}"
  server_env "${4:-haven_bench}" "$1"
  export RUST_LOG=warn
  "$HAVEN_BIN" seed --if-empty --listings "$3" --seed 42 >/dev/null
  "$HAVEN_BIN" places import >/dev/null
  server_start "$2"
  await_server "http://127.0.0.1:$1" 30
}

machine_summary() { # cores, memory, CPU model
  local key value mem=0 model=""
  while read -r key value _; do
    if [ "$key" = MemTotal: ]; then mem=$value; break; fi
  done </proc/meminfo
  while IFS=: read -r key value; do
    if [[ $key == 'model name'* ]]; then model=$value; break; fi
  done </proc/cpuinfo
  model=${model#"${model%%[![:space:]]*}"}
  printf '%s cores, %d GiB, %s\n' "$(nproc)" $(((mem + 524288) / 1048576)) "$model"
}
