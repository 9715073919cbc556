#!/usr/bin/env python3
"""Runs alembic-studio-cli's `--sql` output on SQLite and compares with Alembic online.

    sql_replay.py --studio PATH PROJECT REVISION [REVISION ...]

For each revision R: real Alembic migrates an empty SQLite database to R online (through
the project's env.py), and `alembic-studio-cli upgrade base:R --sql` is run in another with
Python's sqlite3. Then the same down again: Alembic upgrades to heads and downgrades to R;
ours runs `upgrade base:heads --sql` and then `downgrade heads:R --sql`. Each pair of
databases must hold the same schema, as SQLite describes it, and the same alembic_version
rows. This is how offline SQL with no counterpart in Alembic's offline mode is checked —
batch mode's "move and copy", for which Alembic needs a live table to reflect.
"""
import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from schema_model import alembic_database, describe  # noqa: E402


def versions(path):
    connection = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in connection.execute("SELECT version_num FROM alembic_version"))
    except sqlite3.OperationalError:
        return []
    finally:
        connection.close()


def run_ours(studio, project, path, *commands):
    connection = sqlite3.connect(path)
    try:
        for command in commands:
            done = subprocess.run([studio] + command + ["--sql"], cwd=project, capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit("%s failed:\n%s%s" % (" ".join(command), done.stdout, done.stderr))
            connection.executescript(done.stdout)
    finally:
        connection.close()


def alembic_down(project, revision, path):
    alembic_database(project, "heads", path)
    alembic_database(project, revision, path, command="downgrade")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("project")
    parser.add_argument("revisions", nargs="+")
    args = parser.parse_args()
    project, studio = os.path.abspath(args.project), os.path.abspath(args.studio)
    failures = compared = 0
    with tempfile.TemporaryDirectory() as folder:
        for number, revision in enumerate(args.revisions):
            for direction in ("up", "down"):
                theirs = os.path.join(folder, "alembic-%s-%d.db" % (direction, number))
                ours = os.path.join(folder, "studio-%s-%d.db" % (direction, number))
                if direction == "up":
                    alembic_database(project, revision, theirs)
                    run_ours(studio, project, ours, ["upgrade", "base:" + revision])
                else:
                    alembic_down(project, revision, theirs)
                    run_ours(studio, project, ours, ["upgrade", "base:heads"], ["downgrade", "heads:" + revision])
                compared += 1
                expected = (describe(theirs), versions(theirs))
                actual = (describe(ours), versions(ours))
                if expected == actual:
                    continue
                failures += 1
                print("MISMATCH going %s to %s" % (direction, revision))
                if expected[1] != actual[1]:
                    print("  alembic_version: alembic %s, studio %s" % (expected[1], actual[1]))
                for table in sorted(set(expected[0]) | set(actual[0])):
                    if expected[0].get(table) != actual[0].get(table):
                        print("  %s:\n    alembic: %s\n    studio:  %s" % (table, expected[0].get(table),
                                                                          actual[0].get(table)))
    print("%d databases compared, %d differ" % (compared, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
