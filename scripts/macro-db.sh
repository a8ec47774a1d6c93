#!/usr/bin/env bash
# (Re)creates haven_macros, the scratch database the sqlx query macros check SQL against,
# with every migration applied. Recreated only when migrations/ changed since last time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# HAVEN_MACRO_DB: another name, for a second checkout working on other migrations.
db=${HAVEN_MACRO_DB:-haven_macros}
stamp=$(cat migrations/*.sql | sha256sum | cut -c1-16)
current=$(psql "$HAVEN_PG_ADMIN_URL" -qAtX -c \
  "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$db'" || true)
if [ "$current" != "$stamp" ]; then
  psql "$HAVEN_PG_ADMIN_URL" -qAtX -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" \
    -c "COMMENT ON DATABASE $db IS '$stamp'"
  for f in migrations/*.sql; do
    psql "$HAVEN_PG_BASE/$db" -qAtX -v ON_ERROR_STOP=1 -f "$f"
  done
fi
echo "$HAVEN_PG_BASE/$db"
