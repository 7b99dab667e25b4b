#!/usr/bin/env bash
# with-postgres.sh COMMAND...: runs COMMAND with a throwaway PostgreSQL 15 server
# on 127.0.0.1 (a free port, data in a temporary directory, run as the postgres
# user when we are root) and stops it afterwards, also on failure.
# COMMAND sees TI_TEST_PG_URL=postgresql://robot:...@127.0.0.1:PORT/robot; the
# robot role may create databases, so tests make scratch databases of their own.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
PGDATA=$(mktemp -d /tmp/ti-pg.XXXXXX)
PGPORT=${PGPORT:-55432}
PGPASS_TEST="robot-$RANDOM$RANDOM"
RUNPG=()
if [ "$(id -u)" = 0 ]; then
  RUNPG=(runuser -u postgres --)
  chown postgres:postgres "$PGDATA"
fi
chmod 700 "$PGDATA"
while (exec 3<>/dev/tcp/127.0.0.1/$PGPORT) 2>/dev/null; do PGPORT=$((PGPORT + 1)); done

pg_stop() {
  (cd / && "${RUNPG[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1) || true
  rm -rf "$PGDATA"
}
trap pg_stop EXIT

(
  cd /
  "${RUNPG[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  "${RUNPG[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -c unix_socket_directories=$PGDATA -c fsync=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null
  "${RUNPG[@]}" "$PGBIN/psql" -h "$PGDATA" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE robot LOGIN CREATEDB PASSWORD '$PGPASS_TEST'" \
    -c "CREATE DATABASE robot OWNER robot" >/dev/null
)
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$PGPORT" >&2
export TI_TEST_PG_URL="postgresql://robot:$PGPASS_TEST@127.0.0.1:$PGPORT/robot"
"$@"
