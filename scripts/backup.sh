#!/usr/bin/env bash
# Logical backups of the Haven database (README.md, "Backups").
#
#   scripts/backup.sh backup [DATABASE_URL]
#       pg_dump (custom format, compressed, --no-owner) to $BACKUP_DIR/haven-<UTC time>.dump,
#       with haven-<time>.dump.sha256 and haven-<time>.manifest.txt (row counts of every
#       table, checksums of bookings and users, all from the dump's own snapshot). Taken
#       from the streaming replica once it has replayed everything the primary had
#       committed when the backup started; from the primary when the replica is down,
#       behind, or cancels the dump (a recovery conflict). Keeps the newest $BACKUP_KEEP.
#       Prints the dump's path on stdout; logs go to stderr.
#   scripts/backup.sh restore [--force] FILE [TARGET_DATABASE]
#       Checks the sha256 sums, restores into TARGET_DATABASE (default: a new database
#       named after the backup) in one transaction, then compares row counts and checksums
#       with the manifest and fails on any difference. An existing database is only
#       replaced with --force: the backup is restored and verified beside it, then swapped
#       in with its connections terminated, and the old one dropped.
#   scripts/backup.sh verify FILE DATABASE      compare a database with a backup's manifest
#   scripts/backup.sh stats [DATABASE_URL]      the manifest's rows/md5 lines for a database
#
# DATABASE (restore, verify) is a name on the server of $DATABASE_URL (default: the local
# primary) or a full URL. Settings: BACKUP_DIR (.data/backups), BACKUP_KEEP (14),
# BACKUP_SOURCE (auto | replica | primary), BACKUP_REPLICA_URL (default: the same database
# on the local replica when backing up the local primary, or DATABASE_REPLICA_URL when it
# names the same database), BACKUP_REPLICA_WAIT (seconds to wait for the replica to catch
# up, 30).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh

BACKUP_DIR=${BACKUP_DIR:-.data/backups}
BACKUP_KEEP=${BACKUP_KEEP:-14}
BACKUP_SOURCE=${BACKUP_SOURCE:-auto}
BACKUP_REPLICA_WAIT=${BACKUP_REPLICA_WAIT:-30}
# Tables whose content is checksummed row by row (each has a primary key `id`).
CHECKSUM_TABLES=(bookings users)

LOG_COLOUR='1;32' LOG_FD=2 # stdout: the dump's path, or stats

# URL pieces: postgres://user@host:port/db?params -> base, db, params ("" or "?...").
url_base() { local u=${1%%\?*}; echo "${u%/*}"; }
url_db() { local u=${1%%\?*}; echo "${u##*/}"; }
url_params() { local u=${1%%\?*}; echo "${1#"$u"}"; }
url_with_db() { echo "$(url_base "$1")/$2$(url_params "$1")"; }

DEFAULT_URL=${DATABASE_URL:-$HAVEN_PG_BASE/haven}

# A database argument: a full URL, or a name on the server of DEFAULT_URL.
resolve_db() { case $1 in *://*) echo "$1" ;; *) url_with_db "$DEFAULT_URL" "$1" ;; esac; }

# The SQL for the manifest's comparable lines: `rows TABLE N` for every table in the
# public schema and `md5 TABLE HASH` for CHECKSUM_TABLES (md5 of the rows' md5s in id
# order; formats that depend on settings are pinned). Run inside one REPEATABLE READ
# transaction, optionally on an exported snapshot ($1), so all lines describe one state.
stats_sql() {
  local tables="" t
  for t in "${CHECKSUM_TABLES[@]}"; do tables+="${tables:+, }$(sql_literal "$t")"; done
  cat <<SQL
BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;
${1:+SET TRANSACTION SNAPSHOT $(sql_literal "$1");}
SET LOCAL TimeZone = 'UTC';
SET LOCAL DateStyle = 'ISO, YMD';
SET LOCAL IntervalStyle = 'postgres';
SET LOCAL extra_float_digits = 1;
SET LOCAL bytea_output = 'hex';
SELECT 'rows ' || c.relname || ' ' || (xpath('/row/n/text()', query_to_xml(
         format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
 ORDER BY c.relname COLLATE "C";
SELECT 'md5 ' || x.tbl || ' ' || CASE WHEN to_regclass(format('public.%I', x.tbl)) IS NULL THEN 'absent'
       ELSE (xpath('/row/h/text()', query_to_xml(format(
         'SELECT coalesce(md5(string_agg(md5(t::text), %L ORDER BY t.id)), md5(%L)) AS h FROM public.%I t',
         '', '', x.tbl), false, true, '')))[1]::text END
  FROM unnest(ARRAY[$tables]::text[]) AS x(tbl) ORDER BY x.tbl COLLATE "C";
COMMIT;
SQL
}
stats() { stats_sql "${2:-}" | sql "$1"; }

# Compares a database ($2, URL) with a manifest ($1); prints the differences and fails.
verify_against() {
  local manifest=$1 url=$2 expected actual
  expected=$(grep -E '^(rows|md5) ' "$manifest") || fail "$manifest has no rows/md5 lines"
  actual=$(stats "$url") || fail "could not read $(url_db "$url")"
  if [ "$expected" != "$actual" ]; then
    printf '\033[1;31m[backup] MISMATCH\033[0m between %s (-) and database %s (+):\n' \
      "$manifest" "$(url_db "$url")" >&2
    diff <(echo "$expected") <(echo "$actual") | grep -E '^[<>]' | sed 's/^</-/; s/^>/+/' >&2 || true
    return 1
  fi
  log "$(url_db "$url") matches $(basename "$manifest"): $(grep -c '^rows ' <<<"$actual") tables," \
    "$(awk '$1 == "rows" {n += $3} END {print n + 0}' <<<"$actual") rows, checksums of ${CHECKSUM_TABLES[*]}"
}

files_of() { # dump path -> sha256 and manifest paths
  SHA_FILE="$1.sha256"
  MANIFEST_FILE="${1%.dump}.manifest.txt"
}

# ---------------------------------------------------------------------------------------
# backup

replica_url_for() {
  if [ -n "${BACKUP_REPLICA_URL:-}" ]; then echo "$BACKUP_REPLICA_URL"
  elif [ "$(url_base "$1")" = "$HAVEN_PG_BASE" ]; then echo "$HAVEN_PG_REPLICA_BASE/$(url_db "$1")$(url_params "$1")"
  elif [ -n "${DATABASE_REPLICA_URL:-}" ] && [ "$(url_db "$DATABASE_REPLICA_URL")" = "$(url_db "$1")" ]; then
    echo "$DATABASE_REPLICA_URL"
  fi
}

# Whether the replica streams from the primary and has replayed $2 (an LSN of the
# primary); waits up to BACKUP_REPLICA_WAIT seconds for it to catch up.
replica_ready() {
  local replica=$1 lsn=$2 deadline=$((SECONDS + BACKUP_REPLICA_WAIT)) state
  while :; do
    state=$(sql "$replica" -c "SELECT CASE
        WHEN NOT pg_is_in_recovery() THEN 'not a standby'
        WHEN NOT EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming') THEN 'not streaming'
        WHEN pg_last_wal_replay_lsn() < '$lsn'::pg_lsn THEN 'behind'
        ELSE 'ready' END" 2>/dev/null) || state=down
    case $state in
      ready) return 0 ;;
      'not a standby') warn "the replica URL is not a standby"; return 1 ;;
    esac
    if [ $SECONDS -ge $deadline ]; then warn "replica $state after ${BACKUP_REPLICA_WAIT}s"; return 1; fi
    sleep 0.2
  done
}

# One dump of $1 into $2 (dump) and $3 (manifest lines): a transaction exports its
# snapshot, pg_dump and the manifest's queries both import it, so they see one state.
dump_from() {
  local url=$1 dump=$2 manifest=$3 snap holder to_psql from_psql rc=0
  # On failure psql's empty line ends the wait for the snapshot; cat keeps the fds valid.
  coproc SNAP_HOLDER { psql "$url" -qAtX -v ON_ERROR_STOP=1 || echo; cat >/dev/null; }
  holder=$SNAP_HOLDER_PID
  exec {to_psql}>&"${SNAP_HOLDER[1]}" {from_psql}<&"${SNAP_HOLDER[0]}"
  # shellcheck disable=SC1083,SC2093 # closes the coprocess's fds in this shell; shellcheck misreads {var}>&-
  exec {SNAP_HOLDER[1]}>&- {SNAP_HOLDER[0]}<&-
  echo "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; SELECT pg_export_snapshot();" >&"$to_psql"
  if read -r -t 30 snap <&"$from_psql" && [ -n "$snap" ]; then
    {
      sql "$url" -c "SELECT 'server_version ' || current_setting('server_version'),
        'wal_lsn ' || CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END" |
        tr '|' '\n'
      stats "$url" "$snap"
    } >"$manifest" &&
      pg_dump "$url" --format=custom --compress=6 --no-owner --snapshot="$snap" --file="$dump" || rc=$?
  else
    rc=1
  fi
  echo "COMMIT;" 1>&"$to_psql" 2>/dev/null || true
  exec {to_psql}>&- {from_psql}<&-
  wait "$holder" 2>/dev/null || true
  return $rc
}

cmd_backup() {
  [ $# -le 1 ] || usage
  local url=${1:-$DEFAULT_URL} replica source role lsn ts name
  [[ $BACKUP_KEEP =~ ^[1-9][0-9]*$ ]] || fail "BACKUP_KEEP must be a positive number, not '$BACKUP_KEEP'"
  replica=$(replica_url_for "$url")
  source=$url role=primary
  # Every commit so far ends at or before the insert position; the transaction after it
  # (it takes an xid, so its commit is written and flushed) makes sure WAL reaching past
  # that position gets to the replica, whatever records were only partly written.
  lsn=$(sql "$url" -c "SELECT pg_current_wal_insert_lsn()" -c "SELECT pg_current_xact_id()" 2>/dev/null |
    sed -n 1p) || lsn=
  case $BACKUP_SOURCE in
    primary) ;;
    replica | auto)
      if [ -z "$replica" ]; then
        [ "$BACKUP_SOURCE" = auto ] || fail "no replica URL (set BACKUP_REPLICA_URL)"
      elif [ -z "$lsn" ]; then
        # The primary is down: the replica still has everything up to its last replay.
        sql "$replica" -c "SELECT 1" >/dev/null 2>&1 || fail "neither the primary nor the replica answers"
        warn "primary unreachable: backing up the replica as of its last replayed WAL"
        source=$replica role=replica
      elif replica_ready "$replica" "$lsn"; then
        source=$replica role=replica
      elif [ "$BACKUP_SOURCE" = replica ]; then
        fail "the replica is not streaming and caught up"
      else
        warn "backing up the primary instead"
      fi
      ;;
    *) fail "BACKUP_SOURCE must be auto, replica or primary" ;;
  esac
  [ "$role" = replica ] || [ -n "$lsn" ] || fail "cannot connect to $(url_db "$url")"

  mkdir -p "$BACKUP_DIR"
  ts=$(date -u +%Y%m%dT%H%M%SZ)
  while [ -e "$BACKUP_DIR/haven-$ts.dump" ]; do sleep 1; ts=$(date -u +%Y%m%dT%H%M%SZ); done
  name=haven-$ts
  tmp_dump="$BACKUP_DIR/.$name.dump.partial" tmp_manifest="$BACKUP_DIR/.$name.manifest.partial"
  remove_on_exit "$tmp_dump" "$tmp_manifest"

  local started=$SECONDS
  log "dumping $(url_db "$source") from the $role"
  if ! dump_from "$source" "$tmp_dump" "$tmp_manifest"; then
    [ "$role" = replica ] && [ -n "$lsn" ] || fail "pg_dump of the $role failed"
    # E.g. cancelled by a recovery conflict (an exclusive lock replayed from the primary).
    warn "the dump from the replica failed; dumping the primary instead"
    source=$url role=primary
    dump_from "$source" "$tmp_dump" "$tmp_manifest" || fail "pg_dump of the primary failed"
  fi

  local dump="$BACKUP_DIR/$name.dump"
  files_of "$dump"
  {
    echo "# Haven backup manifest: scripts/backup.sh restore $name.dump checks the rows/md5 lines"
    echo "format 1"
    echo "file $name.dump"
    echo "created_at $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "database $(url_db "$url")"
    echo "source $role"
    echo "dump_sha256 $(sha256sum "$tmp_dump" | cut -d' ' -f1)"
    cat "$tmp_manifest"
  } >"$MANIFEST_FILE"
  mv "$tmp_dump" "$dump"
  rm -f "$tmp_manifest"
  (cd "$BACKUP_DIR" && sha256sum "$name.dump" "$name.manifest.txt" >"$name.dump.sha256")
  log "wrote $dump ($(du -h "$dump" | cut -f1), $(grep -c '^rows ' "$MANIFEST_FILE") tables," \
    "$(awk '$1 == "rows" {n += $3} END {print n + 0}' "$MANIFEST_FILE") rows) in $((SECONDS - started))s"

  # Retention: the newest BACKUP_KEEP backups (names sort by time).
  local old
  while read -r old; do
    [ -n "$old" ] || continue
    files_of "$old"
    rm -f "$old" "$SHA_FILE" "$MANIFEST_FILE"
    log "removed $(basename "$old") (keeping the newest $BACKUP_KEEP)"
  done < <(find "$BACKUP_DIR" -maxdepth 1 -name 'haven-*.dump' | sort | head -n "-$BACKUP_KEEP")
  echo "$dump"
}

# ---------------------------------------------------------------------------------------
# restore

check_files() {
  local dump=$1
  [ -f "$dump" ] || fail "no such backup: $dump"
  files_of "$dump"
  [ -f "$SHA_FILE" ] || fail "missing $SHA_FILE: refusing an unverified backup"
  [ -f "$MANIFEST_FILE" ] || fail "missing $MANIFEST_FILE"
  (cd "$(dirname "$dump")" && sha256sum --check --strict --quiet "$(basename "$SHA_FILE")") ||
    fail "sha256 mismatch: $dump or its manifest is damaged"
  [ "$(awk '$1 == "dump_sha256" {print $2}' "$MANIFEST_FILE")" = "$(cut -d' ' -f1 "$SHA_FILE" | head -n1)" ] ||
    fail "the manifest describes another dump"
  pg_restore --list "$dump" >/dev/null || fail "$dump is not a readable pg_dump archive"
  log "sha256 ok: $(basename "$dump")"
}

# Restores into a database that this run creates ($1, a name on ADMIN_URL's server).
restore_into() {
  local dump=$1 db=$2 url
  url=$(url_with_db "$ADMIN_URL" "$db")
  db_create "$db" "$ADMIN_URL"
  # shellcheck disable=SC2086 # PG_RESTORE_OPTS: extra words on purpose
  if ! pg_restore --dbname="$url" --exit-on-error --single-transaction --no-owner ${PG_RESTORE_OPTS:-} "$dump"; then
    db_drop "$db" "$ADMIN_URL" || true
    fail "pg_restore failed; nothing was restored (one transaction)"
  fi
  if ! verify_against "$MANIFEST_FILE" "$url"; then
    fail "the restored database $db differs from the backup's manifest (left for inspection)"
  fi
  sql "$url" -c "ANALYZE"
}

cmd_restore() {
  local force=no args=()
  for a in "$@"; do
    case $a in --force) force=yes ;; -*) usage ;; *) args+=("$a") ;; esac
  done
  [ ${#args[@]} -ge 1 ] && [ ${#args[@]} -le 2 ] && [ -n "${args[0]}" ] || usage
  local dump=${args[0]} target=${args[1]:-} target_url
  check_files "$dump"
  if [ -z "$target" ]; then
    target=$(basename "$dump" .dump | tr 'A-Z-' 'a-z_' | sed 's/^haven_/haven_restore_/')
    target_url=$(url_with_db "$DEFAULT_URL" "$target")
  else
    target_url=$(resolve_db "$target")
  fi
  target=$(url_db "$target_url")
  ADMIN_URL=$(url_with_db "$target_url" postgres)
  [[ $target =~ ^[A-Za-z0-9_]{1,40}$ ]] || fail "unsupported database name '$target'"

  local started=$SECONDS
  if ! db_exists "$target" "$ADMIN_URL"; then
    log "restoring $(basename "$dump") into the new database $target"
    restore_into "$dump" "$target"
  elif [ "$force" != yes ]; then
    fail "database $target exists: pass --force to replace it (or name a new database)"
  else
    # Restore and verify beside the live database, then swap the two in one transaction.
    local scratch=${target}_restoring old
    old=${target}_replaced_$(date -u +%H%M%S)
    log "restoring $(basename "$dump") into $scratch, to replace $target"
    db_drop "$scratch" "$ADMIN_URL"
    restore_into "$dump" "$scratch"
    log "replacing $target: terminating its connections"
    local try
    for try in 1 2 3 4 5; do
      sql "$ADMIN_URL" -c "ALTER DATABASE $(sql_ident "$target") ALLOW_CONNECTIONS false" \
        -c "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity
              WHERE datname IN ($(sql_literal "$target"), $(sql_literal "$scratch")) AND pid <> pg_backend_pid()" >/dev/null
      if sql "$ADMIN_URL" -c "BEGIN" \
        -c "ALTER DATABASE $(sql_ident "$target") RENAME TO $(sql_ident "$old")" \
        -c "ALTER DATABASE $(sql_ident "$scratch") RENAME TO $(sql_ident "$target")" -c "COMMIT" 2>/dev/null; then
        break
      fi
      [ $try -lt 5 ] || {
        sql "$ADMIN_URL" -c "ALTER DATABASE $(sql_ident "$target") ALLOW_CONNECTIONS true" || true
        fail "could not swap in the restored database (connections kept coming); $target is unchanged"
      }
    done
    sql "$ADMIN_URL" -c "DROP DATABASE $(sql_ident "$old") WITH (FORCE)"
    log "dropped the replaced database"
  fi
  log "restored $target in $((SECONDS - started))s"
}

cmd_verify() {
  [ $# -eq 2 ] || usage
  check_files "$1"
  local url
  url=$(resolve_db "$2")
  verify_against "$MANIFEST_FILE" "$url" || fail "$(url_db "$url") does not match $(basename "$1")"
}

case ${1:-} in
  backup) shift; cmd_backup "$@" ;;
  restore) shift; cmd_restore "$@" ;;
  verify) shift; cmd_verify "$@" ;;
  stats) [ $# -le 2 ] || usage; stats "$(resolve_db "${2:-$DEFAULT_URL}")" ;;
  *) usage ;;
esac
