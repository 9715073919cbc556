# tests/db/server.sh — what postgresql.sh and mariadb.sh share; sourced, never run.
#
# The script that sources this defines $backend, start() and stop_server BASE, then calls
# main "$@". Every server lives in a temporary folder of its own, recorded in
# DIR/$backend.state as soon as it exists, so that `stop` always finds and removes what a
# `start` left, even one that failed half-way or belongs to an earlier, interrupted run.

usage() {
    echo "usage: bash $(basename "$0") start|stop DIR" >&2
    exit 2
}

# Prints the files given (the server's logs) and stops everything, so a failed start never
# leaves a server behind and its reason is in the test's output.
fail() {
    local message=$1 file
    shift
    echo "$backend fixture: $message" >&2
    for file in "$@"; do
        [ -s "$file" ] || continue
        echo "----- $file (last 60 lines) -----" >&2
        tail -n 60 "$file" >&2
    done
    stop
    exit 1
}

record_state() {
    printf '%s=%q\n' "$1" "$2" >>"$state_file"
}

# A new folder in /tmp for the server's data, sockets and logs, owned by the server's user
# when we are root (the servers drop root and must still be able to write there).
new_server_folder() {
    local owner=$1 base
    base=$(mktemp -d "${TMPDIR:-/tmp}/alembic-studio-$backend.XXXXXX")
    chmod 755 "$base"
    [ "$(id -u)" -eq 0 ] && chown "$owner:" "$base"
    record_state BASE "$base"
    printf '%s\n' "$base"
}

# A TCP port of 127.0.0.1 nobody listens on right now. Someone may take it before the
# server binds it: the callers retry with a new one when the bind fails.
free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

# The id of the server recorded in a pid file when that process is alive and really ours
# (its command line names our folder), else nothing. A pid file left by a run whose
# process namespace has gone may name an unrelated process now: that one is never touched.
live_server_pid() {
    local file=$1 base=$2 pid
    [ -f "$file" ] || return 0
    pid=$(head -n 1 "$file")
    [[ "$pid" =~ ^[0-9]+$ ]] || return 0
    tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF "$base" || return 0
    printf '%s\n' "$pid"
}

# Waits for a process to end, for up to 10 s, then kills it.
wait_or_kill() {
    local pid=$1 i
    for i in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    echo "$backend fixture: pid $pid did not stop within 10 s, killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
}

# write_env URL HOST PORT USER PASSWORD DATABASE [KEY=VALUE...]: the file the tests read,
# written whole and renamed into place so that no test can read half of it.
write_env() {
    {
        echo "# $backend test server, written by tests/db/$(basename "$0"); removed when it stops"
        echo "DB_URL=$1"
        echo "DB_HOST=$2"
        echo "DB_PORT=$3"
        echo "DB_USER=$4"
        echo "DB_PASSWORD=$5"
        echo "DB_NAME=$6"
        shift 6
        local extra
        for extra in "$@"; do echo "$extra"; done
    } >"$env_file.new"
    mv "$env_file.new" "$env_file"
}

stop() {
    rm -f "$env_file"
    [ -f "$state_file" ] || return 0
    local BASE=""
    # shellcheck disable=SC1090
    . "$state_file"
    if [ -n "$BASE" ] && [ -d "$BASE" ]; then
        stop_server "$BASE" || echo "$backend fixture: stopping the server in $BASE failed" >&2
        rm -rf "$BASE"
        echo "$backend server in $BASE stopped and removed"
    fi
    rm -f "$state_file"
}

main() {
    [ $# -eq 2 ] || usage
    mkdir -p "$2"
    state_file=$(cd "$2" && pwd)/$backend.state
    env_file=$(cd "$2" && pwd)/$backend.env
    case "$1" in
        start)
            # What an earlier run left behind goes first.
            stop
            start ;;
        stop) stop ;;
        *) usage ;;
    esac
}
