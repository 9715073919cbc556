#!/usr/bin/env bash
# Times online migrations, whole process, three ways on one generated project: Alembic,
# alembic-studio-cli, and the floor — the database's own client (sqlite3, psql) running the
# same SQL — and prints the three figures and both ratios (issue 5's goal: Studio ≥10×
# faster than Alembic on SQLite, ≥3× on PostgreSQL, within 1.3× of the floor):
#   - SQLite: `upgrade heads` on a fresh file, then `downgrade base` from heads;
#   - PostgreSQL: `upgrade heads` on a fresh database.
# `heads`, not `head`: generated projects keep branches open. The project has operations
# (make_project.py --operations portable, which both databases run) and two-parent merges.
# Run in the environment:
#     packaging/dev exec tests/bench/compare_online.sh [--studio CMD] [--pg-env FILE] \
#         [--runs N] [REVISIONS] [BUILD_DIR]
# --studio puts another command line in the Studio's slot (it must take --url URL), e.g.
# "python3 tests/fidelity/alembic_cli.py" to time Alembic against itself. Without --pg-env
# (a tests/db env file) a private PostgreSQL server is started and stopped.
#
# The floor's SQL: on PostgreSQL, Alembic's `upgrade base:heads --sql`, which is one
# transaction (BEGIN … COMMIT) as the stock env.py runs online. On SQLite, Alembic's
# offline output has no BEGIN/COMMIT, and no offline downgrade from several heads exists;
# so the floor is the DDL and DML real Alembic executes online (recorded with SQLite's
# trace callback, bound values expanded; its SELECTs of reflection and bookkeeping left
# out), wrapped in one BEGIN … COMMIT: one transaction per run, as the stock env.py (which
# does not set transaction_per_migration) asks of both tools. Without it sqlite3 would
# commit, and sync, each statement, and the floor would be no floor.
set -euo pipefail
studio_cmd=""
pg_env=""
runs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --studio) studio_cmd=$2; shift ;;
        --pg-env) pg_env=$2; shift ;;
        --runs) runs=$2; shift ;;
        *) break ;;
    esac
    shift
done
revisions=${1:-1000}
here=$(cd "$(dirname "$0")" && pwd)
build=$(realpath -m "${2:-$here/../../build/release}")
if [ -z "$studio_cmd" ]; then
    studio_cmd=$build/app/alembic-studio-cli
    [ -x "$studio_cmd" ] || { echo "no $studio_cmd: build it first (ALEMBIC_STUDIO_PRESET=release packaging/dev build)" >&2; exit 2; }
fi
read -r -a studio <<<"$studio_cmd"

project=${TMPDIR:-/tmp}/alembic-studio-bench-online-$revisions
[ -f "$project/env.py" ] || python3 "$here/../generator/make_project.py" "$project" --revisions "$revisions" \
    --plain --seed 5 --env --two-parent-merges --operations portable
work=$(mktemp -d)
server_dir=""
cleanup() {
    [ -z "$server_dir" ] || bash "$here/../db/postgresql.sh" stop "$server_dir" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
cd "$project"

set_url() {
    python3 - "$1" <<'PY'
import re, sys
text = open("alembic.ini").read()
open("alembic.ini", "w").write(re.sub(r"(?m)^sqlalchemy\.url = .*$", lambda m: "sqlalchemy.url = " + sys.argv[1].replace("%", "%%"), text))
PY
}

# Best of $runs wall-clock runs of "$@", each after `reset` (a function name) prepared the
# database; fails when a run fails, since a failed run times nothing.
best_of_fresh() {
    local reset=$1 best="" start end elapsed
    shift
    for _ in $(seq "$runs"); do
        "$reset" >/dev/null
        start=$(date +%s.%N)
        "$@" >/dev/null 2>"$work/last.err" || { echo "failed: $*" >&2; tail -5 "$work/last.err" >&2; return 1; }
        end=$(date +%s.%N)
        elapsed=$(awk -v a="$end" -v b="$start" 'BEGIN { printf "%.6f", a - b }')
        if [ -z "$best" ] || awk -v e="$elapsed" -v b="$best" 'BEGIN { exit !(e < b) }'; then best=$elapsed; fi
    done
    echo "$best"
}

report() { # what alembic studio floor
    awk -v what="$1" -v a="$2" -v s="$3" -v f="$4" -v n="$revisions" 'BEGIN {
        printf "%s, %d revisions: alembic %.3f s, studio %.3f s, floor %.3f s: studio %.1fx faster than alembic, %.2fx the floor\n", what, n, a, s, f, a / s, s / f
    }'
}

# The SQL real Alembic executes on SQLite for one command, as a script in one transaction.
record_sqlite_sql() { # output-file alembic-arguments...
    python3 - "$@" <<'PY'
import sys
import sqlalchemy as sa
from alembic.config import CommandLine
statements = []
def trace(statement):
    word = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else ""
    if word not in ("SELECT", "PRAGMA", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"):
        statements.append(statement.strip().rstrip(";"))
@sa.event.listens_for(sa.engine.Engine, "connect")
def on_connect(dbapi_connection, record):
    dbapi_connection.set_trace_callback(trace)
try:
    CommandLine(prog="alembic").main(argv=sys.argv[2:])
except SystemExit as exit_:
    if exit_.code:
        raise
with open(sys.argv[1], "w") as out:
    out.write("BEGIN;\n" + "".join(s + ";\n" for s in statements) + "COMMIT;\n")
PY
}

# --- SQLite ---------------------------------------------------------------------------------
db=$work/bench.db
url=sqlite:///$db
set_url "$url"
fresh_sqlite() { rm -f "$db" "$db-journal"; }
at_heads_sqlite() { fresh_sqlite; sqlite3 "$db" <"$work/up.sql"; }
fresh_sqlite
record_sqlite_sql "$work/up.sql" upgrade heads 2>/dev/null
record_sqlite_sql "$work/down.sql" downgrade base 2>/dev/null
alembic_up=$(best_of_fresh fresh_sqlite alembic upgrade heads)
studio_up=$(best_of_fresh fresh_sqlite "${studio[@]}" --url "$url" upgrade heads)
floor_up=$(best_of_fresh fresh_sqlite sh -c 'sqlite3 "$0" <"$1"' "$db" "$work/up.sql")
report "SQLite upgrade heads" "$alembic_up" "$studio_up" "$floor_up"
alembic_down=$(best_of_fresh at_heads_sqlite alembic downgrade base)
studio_down=$(best_of_fresh at_heads_sqlite "${studio[@]}" --url "$url" downgrade base)
floor_down=$(best_of_fresh at_heads_sqlite sh -c 'sqlite3 "$0" <"$1"' "$db" "$work/down.sql")
report "SQLite downgrade base" "$alembic_down" "$studio_down" "$floor_down"

# --- PostgreSQL -----------------------------------------------------------------------------
if [ -z "$pg_env" ]; then
    server_dir=$work/server
    mkdir -p "$server_dir"
    bash "$here/../db/postgresql.sh" start "$server_dir" >/dev/null
    pg_env=$server_dir/postgresql.env
fi
# shellcheck disable=SC1090
. "$pg_env"
export PGPASSWORD=$DB_PASSWORD PGOPTIONS="-c client_min_messages=warning"
bench_db=bench_online_$$
psql_admin() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -X -q -v ON_ERROR_STOP=1 "$@" >/dev/null; }
fresh_pg() {
    psql_admin -c "DROP DATABASE IF EXISTS $bench_db WITH (FORCE)" -c "CREATE DATABASE $bench_db"
}
url=postgresql+psycopg2://$DB_USER:$DB_PASSWORD@$DB_HOST:$DB_PORT/$bench_db
set_url "$url"
alembic upgrade base:heads --sql >"$work/up-pg.sql" 2>/dev/null
alembic_pg=$(best_of_fresh fresh_pg alembic upgrade heads)
studio_pg=$(best_of_fresh fresh_pg "${studio[@]}" --url "$url" upgrade heads)
floor_pg=$(best_of_fresh fresh_pg psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$bench_db" -X -q -v ON_ERROR_STOP=1 -f "$work/up-pg.sql")
report "PostgreSQL upgrade heads" "$alembic_pg" "$studio_pg" "$floor_pg"
psql_admin -c "DROP DATABASE IF EXISTS $bench_db WITH (FORCE)"
