#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the store contract tests.
# Prints two lines: the database URL (for NEWSTRACE_TEST_POSTGRES) and the data directory
# (stop the server with: runuser -u postgres -- pg_ctl -D DIR stop). Installs Debian's
# postgresql when it is missing (root only). The port is a free one unless NEWSTRACE_PG_PORT.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
port=${NEWSTRACE_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
data=$(mktemp -d /tmp/newstrace-pg.XXXXXX)
chown postgres "$data"
runuser -u postgres -- "$bin/initdb" -D "$data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $data" start >/dev/null
echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
echo "$data"
