#!/usr/bin/env python3
"""Checks `alembic-studio-cli schema REV --dialect sqlite` against a database Alembic built.

    schema_model.py --studio PATH PROJECT [REVISION ...]

For each revision (default: heads): real Alembic upgrades an empty SQLite database to it
(online, through the project's own env.py, with sqlalchemy.url pointed at a temporary
file); Alembic Studio's schema model is printed as SQLite DDL and run in a second empty
database. The two databases are then described the way SQLite sees them (tables, columns
with type, nullability, default and key position, indexes with their columns and
uniqueness, foreign keys, CHECK constraints) and must be the same. The alembic_version table is Alembic's
bookkeeping, not schema, and is left out.
"""
import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile


def describe(path):
    """What SQLite knows of a database's schema, as a sorted, comparable structure."""
    connection = sqlite3.connect(path)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name")]
        description = {}
        for table in tables:
            quoted = '"%s"' % table.replace('"', '""')
            columns = [(name, kind.upper(), bool(notnull), default, key)
                       for _, name, kind, notnull, default, key in connection.execute("PRAGMA table_info(%s)" % quoted)]
            indexes = []
            for _, name, unique, origin, _partial in connection.execute("PRAGMA index_list(%s)" % quoted):
                columns_of_index = [row[2] for row in connection.execute('PRAGMA index_info("%s")' % name.replace('"', '""'))]
                # Automatic indexes (UNIQUE and PRIMARY KEY constraints) are named by SQLite.
                indexes.append((name if origin == "c" else "(%s)" % origin, bool(unique), columns_of_index))
            foreign_keys = sorted(
                (table_, from_, to, on_update, on_delete)
                for _, _, table_, from_, to, on_update, on_delete, _match
                in connection.execute("PRAGMA foreign_key_list(%s)" % quoted))
            # CHECK constraints are in no PRAGMA: read from the table's SQL, one per line as
            # SQLAlchemy writes them (what SQLAlchemy's own reflection assumes too).
            sql = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                                     (table,)).fetchone()[0]
            checks = sorted(re.findall(r"(?:CONSTRAINT (\S+) )?CHECK \((.*)\)", sql))
            description[table] = {"columns": columns, "indexes": sorted(indexes, key=repr), "foreign keys": foreign_keys,
                                  "checks": checks}
        return description
    finally:
        connection.close()


def alembic_database(project, revision, path, command="upgrade"):
    """An SQLite database Alembic migrated to revision, online, in a copy of the project."""
    work = tempfile.mkdtemp(prefix="schema-model-")
    try:
        copy = os.path.join(work, "project")
        shutil.copytree(project, copy)
        ini = os.path.join(copy, "alembic.ini")
        with open(ini) as handle:
            lines = handle.read().splitlines()
        with open(ini, "w") as handle:
            for line in lines:
                if line.startswith("sqlalchemy.url"):
                    line = "sqlalchemy.url = sqlite:///" + path
                handle.write(line + "\n")
        done = subprocess.run([sys.executable, "-m", "alembic", command, revision], cwd=copy,
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit("alembic %s %s failed:\n%s" % (command, revision, done.stderr))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def model_database(studio, project, revision, path):
    done = subprocess.run([studio, "schema", revision, "--dialect", "sqlite"], cwd=project,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit("schema %s failed:\n%s%s" % (revision, done.stdout, done.stderr))
    if "-- Not followed:" in done.stdout:
        raise SystemExit("the model did not follow everything:\n" + done.stdout)
    connection = sqlite3.connect(path)
    try:
        connection.executescript(done.stdout)
    finally:
        connection.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("project")
    parser.add_argument("revisions", nargs="*", default=["heads"])
    args = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        for number, revision in enumerate(args.revisions):
            theirs = os.path.join(folder, "alembic-%d.db" % number)
            ours = os.path.join(folder, "model-%d.db" % number)
            alembic_database(os.path.abspath(args.project), revision, theirs)
            model_database(os.path.abspath(args.studio), args.project, revision, ours)
            expected, actual = describe(theirs), describe(ours)
            if expected != actual:
                failures += 1
                print("MISMATCH at %s" % revision)
                for table in sorted(set(expected) | set(actual)):
                    if expected.get(table) != actual.get(table):
                        print("  %s:\n    alembic: %s\n    model:   %s" % (table, expected.get(table), actual.get(table)))
    print("%d revisions compared, %d differ" % (len(args.revisions), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
