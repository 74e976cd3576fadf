#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the store contract tests.
# Prints the database URL to use as NEWSTRACE_TEST_POSTGRES. Installs Debian's postgresql
# when it is missing (root only). Stop it with: pg_ctl -D "$PGDATA" stop
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
port=${NEWSTRACE_PG_PORT:-54329}
data=$(mktemp -d /tmp/newstrace-pg.XXXXXX)
chown postgres "$data"
runuser -u postgres -- "$bin/initdb" -D "$data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $data" start >/dev/null
echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
