#!/usr/bin/env bash
# Runbook: the primary is lost; promote the streaming replica and point the stack at it
# (docs/OPERATIONS.md, "Failover"). Run it only when the primary is really gone: two
# primaries taking writes is worse than a few minutes without writes.
#
#   scripts/promote-replica.sh            refuse while the old primary still answers
#   scripts/promote-replica.sh --force    promote anyway (the old primary must then be
#                                         fenced off by hand: stopped, its port firewalled)
#
# Steps: 1. check the old primary is unreachable; 2. promote the replica (pg_promote, wait
# until it leaves recovery); 3. rewrite the stack's database URLs ($HAVEN_STACK_DIR/
# stack.env): the new primary takes reads and writes, there is no replica any more;
# 4. rolling restart of the app servers and the worker (nginx keeps serving from the
# others). Afterwards: rebuild a replica from the new primary (pg_basebackup -R) and put
# DATABASE_REPLICA_URL back.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh
STACK=${HAVEN_STACK_DIR:-$PWD/.data/stack}
ENV_FILE=$STACK/stack.env
LOG_TAG=promote LOG_COLOUR='1;33' LOG_ELAPSED=1

[ -f "$ENV_FILE" ] || die "no $ENV_FILE: is the stack running?"
old=$(sed -n 's/^DATABASE_URL=//p' "$ENV_FILE")
new=$(sed -n 's/^DATABASE_REPLICA_URL=//p' "$ENV_FILE")
[ -n "$new" ] || die "the stack has no replica to promote"
started=$(now)

# 1. Fencing, the cheap version: never promote while the old primary still answers.
if [ "${1:-}" != --force ] && pg_isready -q -t 3 -d "$old"; then
  die "the primary still answers ($old); stop it first or use --force"
fi
log "1/4 old primary unreachable"

# 2. Promote, and wait until the replica takes writes.
in_recovery=$(sql "$new" 'SELECT pg_is_in_recovery()')
if [ "$in_recovery" = t ]; then
  sql "$new" 'SELECT pg_promote(true, 60)' >/dev/null
fi
[ "$(sql "$new" 'SELECT pg_is_in_recovery()')" = f ] || die "the replica did not leave recovery"
log "2/4 replica promoted: $(sql "$new" 'SELECT pg_current_wal_lsn()') is the new timeline's position"

# 3. Point every process at the new primary (no replica until one is rebuilt).
tmp=$(mktemp "$STACK/stack.env.XXXX")
echo "DATABASE_URL=$new" > "$tmp"
mv "$tmp" "$ENV_FILE"
log "3/4 $ENV_FILE: DATABASE_URL is the new primary, no DATABASE_REPLICA_URL"

# 4. One process at a time, so nginx always has an app server to send requests to.
bash scripts/stack.sh restart-apps
log "4/4 app servers and worker restarted on the new primary"
log "done in $(elapsed "$started") s. Next: rebuild a replica from the new primary"
