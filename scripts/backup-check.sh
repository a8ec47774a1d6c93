#!/usr/bin/env bash
# Backup round trip (scripts/backup.sh, README.md "Backups"): a fresh database with demo
# data and bookings is backed up, restored into another database and compared table by
# table (row counts of every table, checksums of bookings and users, sequences, schema).
# Then the check is shown to fail: a damaged dump is refused, and one changed or deleted
# row in the restored copy is reported as a mismatch. Never touches the `haven` database.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh

SRC=haven_backup_src
DST=haven_backup_dst
LOG_COLOUR='1;32'
since() { echo "$(elapsed "$1")s"; }

mkdir -p .data
BACKUP_DIR=$(mktemp -d "$PWD/.data/backup-check.XXXXXX")
remove_on_exit "$BACKUP_DIR"
export BACKUP_DIR BACKUP_KEEP=2 BACKUP_SOURCE=auto
unset DATABASE_REPLICA_URL BACKUP_REPLICA_URL
SRC_URL="$HAVEN_PG_BASE/$SRC" DST_URL="$HAVEN_PG_BASE/$DST"
export DATABASE_URL=$SRC_URL

drop_dbs() {
  local db
  for db in "$SRC" "$DST" "${DST}_restoring" "${DST}_tampered"; do db_drop "$db"; done
}
holder=
cleanup() {
  [ -z "$holder" ] || kill "$holder" 2>/dev/null || true
  drop_dbs
}
on_exit cleanup

started=$(now)
drop_dbs
db_create "$SRC"
t=$(now)
RUST_LOG=warn "$HAVEN_BIN" migrate >/dev/null
RUST_LOG=warn "$HAVEN_BIN" seed --listings 40 --seed 7 >/dev/null
# A few bookings of our own with their history and money, and text that round-trips badly
# when escaping is wrong (quotes, backslashes, tabs, newlines, non-ASCII).
sql "$SRC_URL" <<'SQL'
BEGIN;
CREATE TEMP TABLE new_bookings ON COMMIT DROP AS
WITH l AS (SELECT id, currency, row_number() OVER (ORDER BY id) AS n FROM listings ORDER BY id LIMIT 3),
     g AS (SELECT id FROM users ORDER BY email LIMIT 1),
     b AS (
       INSERT INTO bookings (listing_id, guest_id, check_in, check_out, adults, status, currency,
                             total_minor, special_requests, price_lines, cancellation_reason)
       SELECT l.id, g.id, DATE '2031-03-01' + (7 * l.n)::int, DATE '2031-03-04' + (7 * l.n)::int, 2,
              CASE WHEN l.n = 1 THEN 'confirmed' ELSE 'cancelled' END, l.currency, 45000 + l.n,
              E'Late arrival \u00e9t\u00e9 \u2014 "quotes" \'apostrophes\' back\\slash\ttab\nnew line',
              jsonb_build_array(jsonb_build_object('label', 'nights × 3', 'amount_minor', 45000 + l.n)),
              CASE WHEN l.n > 1 THEN 'plans changed 🙂' END
         FROM l, g
       RETURNING id, listing_id, guest_id, status, check_in, check_out, currency, total_minor)
SELECT * FROM b;
INSERT INTO listing_holds (listing_id, nights, booking_id)
  SELECT listing_id, daterange(check_in, check_out), id FROM new_bookings WHERE status = 'confirmed';
INSERT INTO booking_transitions (booking_id, from_status, to_status, actor_id, actor_role, reason, at)
  SELECT id, NULL, 'confirmed', guest_id, 'guest', 'instant book', now() FROM new_bookings
  UNION ALL
  SELECT id, 'confirmed', 'cancelled', guest_id, 'guest', 'plans changed', now() FROM new_bookings
   WHERE status = 'cancelled';
INSERT INTO payments (booking_id, provider, operation, amount_minor, currency, reference, created_at)
  SELECT id, 'fake', 'authorize', total_minor, currency, 'auth-' || id, now() FROM new_bookings;
INSERT INTO ledger_entries (booking_id, kind, amount_minor, currency, created_at)
  SELECT id, 'guest_charge', total_minor, currency, now() FROM new_bookings;
COMMIT;
SQL
bookings=$(sql "$SRC_URL" -c "SELECT count(*) FROM bookings")
[ "$bookings" -gt 3 ] || fail "expected the seed's bookings plus ours, found $bookings"
log "source $SRC: migrated, seeded, $bookings bookings ($(since "$t"))"

# Retention: two older backups exist, BACKUP_KEEP=2 leaves the newest of them and the new one.
for old in haven-20000101T000000Z haven-20000102T000000Z; do
  touch "$BACKUP_DIR/$old.dump" "$BACKUP_DIR/$old.dump.sha256" "$BACKUP_DIR/$old.manifest.txt"
done

t=$(now)
dump=$(bash scripts/backup.sh backup)
backup_time=$(since "$t")
[ -f "$dump" ] && [ -f "$dump.sha256" ] && [ -f "${dump%.dump}.manifest.txt" ] || fail "backup files missing"
manifest=${dump%.dump}.manifest.txt
log "backup: $(basename "$dump"), $(du -h "$dump" | cut -f1), from the $(awk '$1 == "source" {print $2}' "$manifest") ($backup_time)"
kept=$(cd "$BACKUP_DIR" && echo haven-*.dump)
[ "$kept" = "haven-20000102T000000Z.dump $(basename "$dump")" ] || fail "retention kept: $kept"
[ ! -e "$BACKUP_DIR/haven-20000101T000000Z.manifest.txt" ] || fail "retention left an old manifest"
log "retention: kept the newest 2 ($kept)"

t=$(now)
bash scripts/backup.sh restore "$dump" "$DST"
restore_time=$(since "$t")
log "restore into $DST ($restore_time)"

# The comparison, source against restored copy, independent of the manifest: the same
# row counts and checksums, and no sequence behind (a dump from the replica may carry a
# sequence up to 32 values ahead: standbys see the values the primary logged in advance).
seqs() {
  sql "$1" -c "SELECT sequencename || ' ' || coalesce(last_value, 0) FROM pg_sequences
                WHERE schemaname = 'public' ORDER BY 1"
}
compare() { # prints the differences; fails when there are any
  local a b behind
  a=$(bash scripts/backup.sh stats "$SRC_URL")
  b=$(bash scripts/backup.sh stats "$DST_URL")
  diff <(echo "$a") <(echo "$b") | grep -E '^[<>]' | sed "s/^< /  $SRC: /; s/^> /  $DST: /"
  behind=$(join <(seqs "$SRC_URL") <(seqs "$DST_URL") | awk '$3 < $2 {print "  sequence " $1 " behind: " $3 " < " $2}')
  [ -z "$behind" ] || echo "$behind"
  [ "$a" = "$b" ] && [ -z "$behind" ] && [ "$(seqs "$SRC_URL" | wc -l)" = "$(seqs "$DST_URL" | wc -l)" ]
}
t=$(now)
tables=$(sql "$SRC_URL" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
lines=$(bash scripts/backup.sh stats "$SRC_URL")
[ "$(grep -c '^rows ' <<<"$lines")" = "$tables" ] || fail "stats cover $(grep -c '^rows ' <<<"$lines") of $tables tables"
grep -q "^rows bookings $bookings\$" <<<"$lines" || fail "stats miss the bookings: $lines"
grep -Eq '^md5 users [0-9a-f]{32}$' <<<"$lines" || fail "no users checksum: $lines"
compare || fail "restored copy differs from the source"
# The schema, from the catalogs (a text diff of two schema dumps differs in how CHECK
# expressions are parenthesised after the round trip).
schema() {
  sql "$1" <<'SQL'
SELECT line FROM (
  SELECT format('column %s.%s %s %s %s %s', table_name, column_name, data_type, is_nullable,
                is_identity, coalesce(column_default, '-')) AS line
    FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL SELECT format('constraint %s %s %s', c.conrelid::regclass, c.conname, c.contype)
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public'
  UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL SELECT format('trigger %s %s', tgrelid::regclass, tgname) FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL SELECT 'function ' || p.oid::regprocedure
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
  UNION ALL SELECT 'extension ' || extname FROM pg_extension) s
ORDER BY line COLLATE "C";
SQL
}
src_schema=$(schema "$SRC_URL")
diff <(echo "$src_schema") <(schema "$DST_URL") || fail "restored schema differs"
total=$(awk '$1 == "rows" {n += $3} END {print n}' <<<"$lines")
log "compared: $tables tables, $total rows, bookings/users checksums, sequences, schema" \
  "($(grep -c . <<<"$src_schema") columns, constraints, indexes, ...): identical ($(since "$t"))"
sed -n 's/^md5 /  md5 /p' <<<"$lines"

# --- The check can fail. -----------------------------------------------------------------
# A damaged dump is refused before anything is restored.
mkdir "$BACKUP_DIR/damaged"
cp "$dump" "$dump.sha256" "$manifest" "$BACKUP_DIR/damaged/"
damaged="$BACKUP_DIR/damaged/$(basename "$dump")"
printf 'X' | dd of="$damaged" bs=1 seek=4096 conv=notrunc status=none
if out=$(bash scripts/backup.sh restore "$damaged" "${DST}_tampered" 2>&1); then
  fail "a damaged dump was restored"
fi
grep -q 'sha256 mismatch' <<<"$out" || fail "damaged dump refused for another reason: $out"
[ "$(sql "$HAVEN_PG_ADMIN_URL" "SELECT count(*) FROM pg_database WHERE datname = '${DST}_tampered'")" = 0 ] ||
  fail "a database was created from a damaged dump"
log "damaged dump refused: $(grep -o 'sha256 mismatch.*' <<<"$out")"

# Restoring over an existing database needs --force.
if bash scripts/backup.sh restore "$dump" "$DST" >/dev/null 2>&1; then fail "restored over $DST without --force"; fi
log "restore over the existing $DST without --force refused"

# One changed booking: the checksum differs, in the direct comparison and against the manifest.
sql "$DST_URL" -c "UPDATE bookings SET special_requests = special_requests || '.' WHERE id = (SELECT min(id) FROM bookings)"
if out=$(compare); then fail "a changed booking went unnoticed"; fi
grep -q 'md5 bookings' <<<"$out" || fail "the bookings checksum did not change: $out"
log "one booking changed in $DST: the comparison fails:"
echo "$out"
if out=$(bash scripts/backup.sh verify "$dump" "$DST_URL" 2>&1); then fail "verify accepted a changed booking"; fi
grep -q 'MISMATCH' <<<"$out" || fail "verify failed without a mismatch report: $out"
log "backup.sh verify fails too:"
# shellcheck disable=SC2001 # indents every line
sed 's/^/  /' <<<"$out"

# One deleted row in a table without a checksum: its row count differs.
sql "$DST_URL" -c "DELETE FROM listing_photos WHERE id = (SELECT max(id) FROM listing_photos)"
if out=$(bash scripts/backup.sh verify "$dump" "$DST_URL" 2>&1); then fail "verify accepted a deleted row"; fi
grep -q '^- rows listing_photos' <<<"$out" || fail "the deleted photo was not reported: $out"
log "one listing photo deleted in $DST: verify reports $(grep -E '^[-+] rows listing_photos' <<<"$out" | tr '\n' ' ')"

# --force replaces the damaged copy, terminating a session that is using it.
psql "$DST_URL" -qAtX -c "SELECT pg_sleep(120)" >/dev/null 2>&1 &
holder=$!
in_use() { [ "$(sql "$HAVEN_PG_ADMIN_URL" "SELECT count(*) FROM pg_stat_activity WHERE datname = '$DST'")" -gt 0 ]; }
wait_for 5 in_use || true
t=$(now)
bash scripts/backup.sh restore --force "$dump" "$DST"
wait "$holder" 2>/dev/null && fail "the session on the replaced database was not terminated"
holder=
compare >/dev/null || fail "$DST differs from the source after restore --force"
log "restore --force replaced $DST (a connected session was terminated) and it matches again ($(since "$t"))"

log "round trip ok: backup $backup_time, restore $restore_time, total $(since "$started")"
