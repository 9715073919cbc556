#!/usr/bin/env bash
# tests/db/postgresql.sh — a private PostgreSQL 17 server for the tests that need one.
#
#   bash postgresql.sh start DIR   initdb in a new temporary folder, start the server on a
#                                  free port of 127.0.0.1, create a user with a password and
#                                  a database, and write DIR/postgresql.env for the tests
#   bash postgresql.sh stop DIR    stop that server and delete its folder (safe to repeat,
#                                  and safe after a start that failed half-way)
#
# DIR/postgresql.env is KEY=VALUE lines (sourceable by bash, easy to split elsewhere):
#   DB_URL       postgresql+psycopg2://USER:PASSWORD@127.0.0.1:PORT/DATABASE (SQLAlchemy)
#   DB_HOST DB_PORT DB_USER DB_PASSWORD DB_NAME   the same, for QtSql and the clients
#   DB_SOCKET_DIR                                 the Unix socket folder (psql -h)
# The user has CREATEDB, so a test can make a scratch database of its own and run
# concurrently with the others.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=server.sh
. "$here/server.sh"

backend=postgresql
pg_bin=${ALEMBIC_STUDIO_PG_BIN:-/usr/lib/postgresql/17/bin}
db_user=scribes
db_password=scribes-test-password
db_name=scribes

# PostgreSQL refuses to run as root: as root everything runs as the postgres user, which
# must then own the folder; as anyone else, as that user.
as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
    local base
    base=$(new_server_folder postgres)
    local data=$base/data log=$base/server.log

    as_server_user "$pg_bin/initdb" --pgdata="$data" --username=postgres --encoding=UTF8 \
        --locale=C --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$base/initdb.log" 2>&1 ||
        fail "initdb failed" "$base/initdb.log"

    # Another server may take the port between asking for it and binding it: try again.
    local port attempt
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        # fsync off: a test server's data is thrown away anyway. Many locks: a whole-run
        # transaction over thousands of DDL statements needs them (see ENVIRONMENT.md).
        # No autovacuum: its workers run as the superuser, and a test dropping its database
        # WITH (FORCE) while one works there is refused ("permission denied to terminate
        # process"), which failed online_kill once.
        if as_server_user "$pg_bin/pg_ctl" --pgdata="$data" --log="$log" --wait --timeout=30 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$base \
                -c max_locks_per_transaction=1024 -c fsync=off -c synchronous_commit=off \
                -c full_page_writes=off -c autovacuum=off" start >"$base/pg_ctl.log" 2>&1; then
            break
        fi
        grep -qi 'could not bind\|address already in use' "$log" 2>/dev/null ||
            fail "pg_ctl start failed (attempt $attempt, port $port)" "$base/pg_ctl.log" "$log"
        port=""
    done
    [ -n "$port" ] || fail "no free port found after 5 attempts" "$log"
    record_state PORT "$port"

    as_server_user "$pg_bin/psql" --host="$base" --port="$port" --username=postgres \
        --dbname=postgres --no-psqlrc --quiet -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE $db_user LOGIN CREATEDB PASSWORD '$db_password'" \
        -c "CREATE DATABASE $db_name OWNER $db_user" >"$base/setup.log" 2>&1 ||
        fail "creating the user and the database failed" "$base/setup.log" "$log"

    # The way the tests will connect: over TCP with the password.
    PGPASSWORD=$db_password "$pg_bin/psql" --host=127.0.0.1 --port="$port" \
        --username="$db_user" --dbname="$db_name" --no-psqlrc -tAq -c 'SELECT 1' \
        >"$base/check.log" 2>&1 || fail "cannot log in as $db_user over TCP" "$base/check.log" "$log"

    write_env "postgresql+psycopg2://$db_user:$db_password@127.0.0.1:$port/$db_name" \
        127.0.0.1 "$port" "$db_user" "$db_password" "$db_name" DB_SOCKET_DIR="$base"
    echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $data"
}

stop_server() {
    local base=$1 pid
    pid=$(live_server_pid "$base/data/postmaster.pid" "$base")
    [ -n "$pid" ] || return 0
    as_server_user "$pg_bin/pg_ctl" --pgdata="$base/data" --mode=fast --wait --timeout=20 \
        stop || { kill -TERM "$pid" 2>/dev/null; wait_or_kill "$pid"; }
}

main "$@"
