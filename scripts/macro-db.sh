#!/usr/bin/env bash
# (Re)creates haven_macros, the scratch database the sqlx query macros check SQL against,
# with every migration applied. Recreated only when migrations/ changed since last time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source scripts/lib.sh
# HAVEN_MACRO_DB: another name, for a second checkout working on other migrations.
db=${HAVEN_MACRO_DB:-haven_macros}
stamp=$(cat migrations/*.sql | sha256sum | cut -c1-16)
current=$(sql "$HAVEN_PG_ADMIN_URL" \
  "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = $(sql_literal "$db")" || true)
if [ "$current" != "$stamp" ]; then
  db_fresh "$db"
  sql "$HAVEN_PG_ADMIN_URL" "COMMENT ON DATABASE $(sql_ident "$db") IS $(sql_literal "$stamp")"
  for f in migrations/*.sql; do
    sql "$HAVEN_PG_BASE/$db" -f "$f"
  done
fi
echo "$HAVEN_PG_BASE/$db"
