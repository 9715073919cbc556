#!/usr/bin/env python3
"""The embedded sample project run by the real Alembic, against real databases.

    python3 check_sample.py PROJECT history
    python3 check_sample.py PROJECT sqlite|postgresql|mariadb

`history` runs `alembic history`, `heads` and `branches` and checks the graph. A backend
runs `alembic upgrade head`, checks the schema, the seeded rows and alembic_version, runs
`alembic downgrade base` and checks that only an empty alembic_version is left.

The sample is never run in place: it is copied to a temporary folder first (Alembic would
write __pycache__ and scribes.db next to it). SQLite uses the copy's alembic.ini exactly as
shipped, from the project folder; a server gets a scratch database of its own (from the
fixture's $ALEMBIC_STUDIO_TEST_<BACKEND>_ENV file), written into the copy's alembic.ini.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

import sqlalchemy as sa

HEAD = "d1ae55532612"

# The revisions as `alembic history` lists them, newest first.
HISTORY = """\
477813475405, 87ae05677138 -> d1ae55532612 (audit) (head) (mergepoint), merge audit branch into main
33308e344afd -> 477813475405 (audit), add request_ip to audit_log
<base> (f9f69d583261) -> 33308e344afd (audit), create audit_log table
3989d12410a0 -> 87ae05677138, seed system users
f9f69d583261 -> 3989d12410a0, create refresh_tokens table
<base> -> f9f69d583261, create users table
"""

TIMESTAMPS = {"created_at": False, "updated_at": False}

# table -> {column: nullable}
COLUMNS = {
    "users": {
        "id": False, "email": False, "username": False, "hashed_password": False,
        "full_name": True, "is_active": False, "is_superuser": False, **TIMESTAMPS,
    },
    "refresh_tokens": {
        "id": False, "token": False, "user_id": False, "expires_at": False,
        "revoked": False, **TIMESTAMPS,
    },
    "audit_log": {
        "id": False, "user_id": True, "action": False, "target": True, "details": True,
        "request_ip": True, "created_at": False,
    },
}

# table -> {index name: (columns, unique)}
INDEXES = {
    "users": {
        "ix_users_email": (["email"], True),
        "ix_users_username": (["username"], True),
    },
    "refresh_tokens": {
        "ix_refresh_tokens_token": (["token"], True),
        "ix_refresh_tokens_user_id": (["user_id"], False),
    },
    "audit_log": {
        "ix_audit_log_created_at": (["created_at"], False),
        "ix_audit_log_user_id": (["user_id"], False),
    },
}

# table -> [(columns, referred table, referred columns, ON DELETE)]
FOREIGN_KEYS = {
    "users": [],
    "refresh_tokens": [(["user_id"], "users", ["id"], "CASCADE")],
    "audit_log": [(["user_id"], "users", ["id"], "SET NULL")],
}

SEEDED_USERS = [
    # username, email, full_name, is_active, is_superuser
    ("admin", "admin@scribes.example", "Scribes Administrator", True, True),
    ("scribe-bot", "scribe-bot@scribes.example", "Scribes Bot", True, False),
]

failures = []


def check(condition, what, detail=""):
    if not condition:
        failures.append(f"{what}{': ' + detail if detail else ''}")


def alembic(project, *args):
    """Runs the real alembic from the project folder; its output on failure."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(["alembic", *args], cwd=project, env=env, capture_output=True,
                            text=True)
    if result.returncode != 0:
        sys.exit(f"FAIL: `alembic {' '.join(args)}` exited with {result.returncode}\n"
                 f"--- stdout ---\n{result.stdout}--- stderr ---\n{result.stderr}")
    return result.stdout


def read_fixture(backend):
    variable = f"ALEMBIC_STUDIO_TEST_{backend.upper()}_ENV"
    path = os.environ.get(variable)
    if not path:
        sys.exit(f"FAIL: ${variable} is not set: run this through ctest, which starts the "
                 f"{backend} server (fixture db_{backend})")
    try:
        with open(path, encoding="utf-8") as f:
            lines = [l.rstrip("\n") for l in f if "=" in l and not l.startswith("#")]
    except OSError as e:
        sys.exit(f"FAIL: cannot read the {backend} fixture's file {path} ({e}); "
                 f"did db_{backend}_start fail?")
    return dict(l.split("=", 1) for l in lines)


def set_url(project, url):
    """Writes the URL into the copy's alembic.ini (ConfigParser: % doubles)."""
    ini = os.path.join(project, "alembic.ini")
    with open(ini, encoding="utf-8") as f:
        text = f.read()
    text, count = re.subn(r"(?m)^sqlalchemy\.url = .*$",
                          lambda _: "sqlalchemy.url = " + url.replace("%", "%%"), text)
    if count != 1:
        sys.exit(f"FAIL: {ini} has {count} sqlalchemy.url lines, expected 1")
    with open(ini, "w", encoding="utf-8") as f:
        f.write(text)


def check_upgraded(engine, backend):
    inspector = sa.inspect(engine)
    tables = set(inspector.get_table_names())
    check(tables == {"alembic_version", *COLUMNS}, "tables after upgrade", str(sorted(tables)))
    for table, expected in COLUMNS.items():
        if table not in tables:
            continue
        actual = {c["name"]: c["nullable"] for c in inspector.get_columns(table)}
        check(actual == expected, f"columns of {table}", f"expected {expected}, got {actual}")
        pk = inspector.get_pk_constraint(table)["constrained_columns"]
        check(pk == ["id"], f"primary key of {table}", str(pk))
        indexes = {i["name"]: (i["column_names"], bool(i["unique"]))
                   for i in inspector.get_indexes(table)}
        for name, want in INDEXES[table].items():
            check(indexes.get(name) == want, f"index {name} on {table}",
                  f"expected {want}, got {indexes.get(name)}")
        fks = [(fk["constrained_columns"], fk["referred_table"], fk["referred_columns"],
                (fk.get("options") or {}).get("ondelete", "").upper() or None)
               for fk in inspector.get_foreign_keys(table)]
        check(sorted(fks) == sorted(FOREIGN_KEYS[table]), f"foreign keys of {table}",
              f"expected {FOREIGN_KEYS[table]}, got {fks}")
    with engine.connect() as connection:
        versions = [r[0] for r in connection.execute(sa.text(
            "SELECT version_num FROM alembic_version"))]
        check(versions == [HEAD], "alembic_version after upgrade head", str(versions))
        users = connection.execute(sa.text(
            "SELECT username, email, full_name, is_active, is_superuser, created_at, "
            "updated_at FROM users ORDER BY username")).all()
        seeded = [(u, e, n, bool(a), bool(s)) for u, e, n, a, s, _, _ in users]
        check(seeded == SEEDED_USERS, "rows bulk-inserted into users",
              f"expected {SEEDED_USERS}, got {seeded}")
        check(all(c is not None and u is not None for *_, c, u in users),
              "server defaults of created_at/updated_at", str(users))
    # The Boolean server defaults must mean true and false on every backend, not only parse.
    with engine.begin() as connection:
        connection.execute(sa.text(
            "INSERT INTO users (email, username, hashed_password) "
            "VALUES ('defaults@scribes.example', 'defaults', '!')"))
        row = connection.execute(sa.text(
            "SELECT is_active, is_superuser, created_at FROM users "
            "WHERE username = 'defaults'")).one()
        connection.execute(sa.text("DELETE FROM users WHERE username = 'defaults'"))
    check((bool(row[0]), bool(row[1])) == (True, False) and row[2] is not None,
          "server defaults of a new user (is_active, is_superuser, created_at)", str(row))


def check_downgraded(engine):
    tables = set(sa.inspect(engine).get_table_names())
    check(tables == {"alembic_version"}, "tables after downgrade base", str(sorted(tables)))
    if "alembic_version" in tables:
        with engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT version_num FROM alembic_version")).all()
        check(rows == [], "alembic_version after downgrade base", str(rows))


def scratch_database(backend):
    """Creates a database for this run alone; returns its URL and a function dropping it."""
    fixture = read_fixture(backend)
    server = sa.make_url(fixture["DB_URL"])
    name = f"sample_{os.getpid()}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    quoted = admin.dialect.identifier_preparer.quote(name)
    with admin.connect() as connection:
        connection.execute(sa.text(f"DROP DATABASE IF EXISTS {quoted}"))
        connection.execute(sa.text(f"CREATE DATABASE {quoted}"))

    def drop():
        with admin.connect() as connection:
            connection.execute(sa.text(f"DROP DATABASE IF EXISTS {quoted}"))
        admin.dispose()

    return server.set(database=name), drop


def run_history(project):
    history = alembic(project, "history")
    check(history == HISTORY, "alembic history", f"expected\n{HISTORY}got\n{history}")
    heads = alembic(project, "heads")
    check(heads == f"{HEAD} (audit) (head)\n", "alembic heads", repr(heads))
    branches = alembic(project, "branches")
    check(branches == "", "alembic branches (the sample has no branch point)", repr(branches))
    current = alembic(project, "history", "-r", "audit@base:audit@head")
    check(current.count("(audit)") == 3, "alembic history -r audit@base:audit@head", current)


def run_migrations(project, backend):
    drop = None
    if backend == "sqlite":
        # The ini as shipped: sqlite:///scribes.db, relative to the project folder.
        url = sa.make_url("sqlite:///" + os.path.join(project, "scribes.db"))
    else:
        url, drop = scratch_database(backend)
        set_url(project, url.render_as_string(hide_password=False))
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        # Offline mode, which the SQL preview is compared with, must render the whole graph.
        script = alembic(project, "upgrade", "head", "--sql")
        for statement in ("CREATE TABLE users", "CREATE TABLE refresh_tokens",
                          "CREATE TABLE audit_log", "INSERT INTO users",
                          f"UPDATE alembic_version SET version_num='{HEAD}'"):
            check(statement in script, f"`alembic upgrade head --sql` renders {statement!r}")
        script = alembic(project, "downgrade", "head:base", "--sql")
        check("DROP TABLE users" in script, "`alembic downgrade head:base --sql` drops users")
        alembic(project, "upgrade", "head")
        check_upgraded(engine, backend)
        current = alembic(project, "current")
        check(current == f"{HEAD} (head) (mergepoint)\n", "alembic current", repr(current))
        alembic(project, "downgrade", "base")
        check_downgraded(engine)
    finally:
        engine.dispose()
        if drop:
            drop()


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in ("history", "sqlite", "postgresql", "mariadb"):
        sys.exit(f"usage: {sys.argv[0]} PROJECT history|sqlite|postgresql|mariadb")
    source, what = sys.argv[1:]
    with tempfile.TemporaryDirectory(prefix="alembic-studio-sample-") as temp:
        project = os.path.join(temp, "scribes")
        shutil.copytree(source, project,
                        ignore=shutil.ignore_patterns("__pycache__", "*.db"))
        if what == "history":
            run_history(project)
        else:
            run_migrations(project, what)
    if failures:
        print(f"FAIL: the sample project on {what}:", file=sys.stderr)
        for failure in failures:
            print(f"  - {failure}", file=sys.stderr)
        sys.exit(1)
    print(f"PASS: the sample project on {what}")


if __name__ == "__main__":
    main()
