#!/usr/bin/env bash
# tests/db/mariadb.sh — a private MariaDB server for the tests that need one.
#
#   bash mariadb.sh start DIR   mariadb-install-db into a new temporary folder, start
#                               mariadbd on a free port of 127.0.0.1 with the grant tables
#                               on, create a user with a password and a database, and write
#                               DIR/mariadb.env for the tests
#   bash mariadb.sh stop DIR    stop that server and delete its folder (safe to repeat, and
#                               safe after a start that failed half-way)
#
# DIR/mariadb.env is KEY=VALUE lines (sourceable by bash, easy to split elsewhere):
#   DB_URL       mysql+pymysql://USER:PASSWORD@127.0.0.1:PORT/DATABASE (SQLAlchemy)
#   DB_HOST DB_PORT DB_USER DB_PASSWORD DB_NAME   the same, for QtSql and the clients
#   DB_SOCKET                                     the Unix socket (mariadb --socket)
# The user has every privilege, so a test can make a scratch database of its own and run
# concurrently with the others.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=server.sh
. "$here/server.sh"

backend=mariadb
db_user=scribes
db_password=scribes-test-password
db_name=scribes

# mariadbd drops root only when told to, and then needs the folder to be the mysql user's.
server_user_args=()
[ "$(id -u)" -eq 0 ] && server_user_args=(--user=mysql)

# The root account of the new server is reached only through its socket, as root.
admin_sql() {
    mariadb --no-defaults --protocol=socket --socket="$1" --user=root "${@:2}"
}

start() {
    local base
    base=$(new_server_folder mysql)
    local data=$base/data socket=$base/mariadbd.sock log=$base/server.log

    # --no-defaults first: nothing from /etc/mysql may change the private server.
    mariadb-install-db --no-defaults "${server_user_args[@]}" --datadir="$data" \
        --auth-root-authentication-method=normal --skip-test-db >"$base/install.log" 2>&1 ||
        fail "mariadb-install-db failed" "$base/install.log"

    local port="" attempt pid i ready
    for attempt in 1 2 3 4 5; do
        port=$(free_port)
        : >"$log"
        # Small buffers and no durability: a test server's data is thrown away anyway.
        setsid mariadbd --no-defaults "${server_user_args[@]}" --datadir="$data" \
            --socket="$socket" --port="$port" --bind-address=127.0.0.1 \
            --pid-file="$base/mariadbd.pid" --log-error="$log" --skip-name-resolve \
            --innodb-buffer-pool-size=32M --innodb-log-file-size=16M \
            --innodb-flush-log-at-trx-commit=0 --skip-log-bin \
            --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
            </dev/null >>"$log" 2>&1 &
        pid=$!
        record_state PID "$pid"
        ready=""
        for i in $(seq 1 300); do
            if mariadb-admin --no-defaults --protocol=socket --socket="$socket" --user=root \
                ping >/dev/null 2>&1; then
                ready=1
                break
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        [ -n "$ready" ] && break
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        # Another server may take the port between asking for it and binding it.
        grep -qi 'address already in use\|do you already have another' "$log" ||
            fail "mariadbd did not start (attempt $attempt, port $port)" "$log"
        port=""
    done
    [ -n "$port" ] || fail "no free port found after 5 attempts" "$log"
    record_state PORT "$port"

    # '%' because the tests connect over TCP to 127.0.0.1 with names not resolved.
    admin_sql "$socket" -e "
        CREATE USER '$db_user'@'%' IDENTIFIED BY '$db_password';
        GRANT ALL PRIVILEGES ON *.* TO '$db_user'@'%';
        CREATE DATABASE \`$db_name\`;" >"$base/setup.log" 2>&1 ||
        fail "creating the user and the database failed" "$base/setup.log" "$log"

    # The way the tests will connect: over TCP with the password.
    mariadb --no-defaults --protocol=tcp --host=127.0.0.1 --port="$port" --user="$db_user" \
        --password="$db_password" "$db_name" -e 'SELECT 1' >"$base/check.log" 2>&1 ||
        fail "cannot log in as $db_user over TCP" "$base/check.log" "$log"

    write_env "mysql+pymysql://$db_user:$db_password@127.0.0.1:$port/$db_name" \
        127.0.0.1 "$port" "$db_user" "$db_password" "$db_name" DB_SOCKET="$socket"
    echo "MariaDB $(mariadbd --version | awk '{print $3}') on 127.0.0.1:$port, data in $data"
}

stop_server() {
    local base=$1 pid
    pid=$(live_server_pid "$base/mariadbd.pid" "$base")
    # Before the server wrote its pid file, the id recorded when it was started.
    if [ -z "$pid" ] && [ -n "${PID:-}" ]; then
        echo "$PID" >"$base/started.pid"
        pid=$(live_server_pid "$base/started.pid" "$base")
    fi
    [ -n "$pid" ] || return 0
    mariadb-admin --no-defaults --protocol=socket --socket="$base/mariadbd.sock" \
        --user=root --shutdown-timeout=20 shutdown >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null
    # Whether or not shutdown worked, the process must be gone before its folder goes.
    wait_or_kill "$pid"
}

main "$@"
