#!/usr/bin/env bash
# (Re)creates haven_macros, the scratch database the sqlx query macros check SQL against,
# with every migration applied. Recreated only when migrations/ changed since last time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
stamp=$(cat migrations/*.sql | sha256sum | cut -c1-16)
current=$(psql "$HAVEN_PG_ADMIN_URL" -qAtX -c \
  "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = 'haven_macros'" || true)
if [ "$current" != "$stamp" ]; then
  psql "$HAVEN_PG_ADMIN_URL" -qAtX -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS haven_macros WITH (FORCE)" -c "CREATE DATABASE haven_macros" \
    -c "COMMENT ON DATABASE haven_macros IS '$stamp'"
  for f in migrations/*.sql; do
    psql "$HAVEN_PG_BASE/haven_macros" -qAtX -v ON_ERROR_STOP=1 -f "$f"
  done
fi
echo "$HAVEN_PG_BASE/haven_macros"
