#!/usr/bin/env bash
# Makes a local PostgreSQL ready for the booking-server tests and prints its
# DATABASE_URL on the last line. Idempotent; needs root (or sudo) on Debian or
# Ubuntu with the `postgresql` package installed (apt-get install -y postgresql).
#
#   export DATABASE_URL="$(packages/booking-server/scripts/test-postgres.sh | tail -n 1)"
#
# Each test file then creates (and drops) a database of its own through that URL,
# so the role gets CREATEDB, and nothing more: the migrations' btree_gist is a
# trusted extension, which a database's owner may create.
set -euo pipefail

ROLE="${LC_PG_ROLE:-lc}"
PASSWORD="${LC_PG_PASSWORD:-lc}"
DATABASE="${LC_PG_DATABASE:-lc_booking}"
PORT="${LC_PG_PORT:-5432}"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}
as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sudo -n -u postgres sh -c "$*"; fi
}

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
  exit 1
fi

# The newest installed cluster, created when there is none.
cluster="$(pg_lsclusters --no-header | sort -k1,1V | tail -n 1)"
if [ -z "$cluster" ]; then
  version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  as_root pg_createcluster "$version" main --port "$PORT" >&2
  cluster="$(pg_lsclusters --no-header | sort -k1,1V | tail -n 1)"
fi
read -r version name port status _ <<<"$cluster"
if [ "$status" != "online" ]; then
  as_root pg_ctlcluster "$version" "$name" start >&2
fi

for _ in $(seq 1 30); do
  as_postgres "psql -p $port -tAc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done

as_postgres "psql -p $port -v ON_ERROR_STOP=1 -q" >&2 <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD';
  ELSE
    ALTER ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD';
  END IF;
END
\$\$;
SQL
if ! as_postgres "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DATABASE'\"" | grep -q 1; then
  as_postgres "createdb -p $port -O $ROLE $DATABASE" >&2
fi

echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$port/$DATABASE"
