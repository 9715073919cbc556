#!/usr/bin/env python3
"""Ctrl-C during `upgrade`: the run stops between statements, rolls back, and says so.

    cli_interrupt.py --studio PATH --generator MAKE_PROJECT

A generated project (300 revisions with operations, SQLite, one transaction per run) is
upgraded; once the third step has started, SIGINT is sent. The CLI must exit 1 saying it
was cancelled and where the database is, and the database must be where it says: at base
with no table of the project, since nothing was committed. Then the same upgrade runs to
the end, so a cancelled run leaves nothing in the way of the next.
"""
import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile


def tables_and_heads(path):
    connection = sqlite3.connect(path)
    try:
        tables = sorted(row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'alembic_version'"))
        try:
            heads = sorted(row[0] for row in connection.execute("SELECT version_num FROM alembic_version"))
        except sqlite3.OperationalError:
            heads = []
        return tables, heads
    finally:
        connection.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("--generator", required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        project = os.path.join(folder, "project")
        subprocess.run([sys.executable, args.generator, project, "--revisions", "300", "--seed", "7", "--plain",
                        "--env", "--two-parent-merges", "--operations", "portable", "--url", "sqlite:///run.db"],
                       check=True, capture_output=True)
        process = subprocess.Popen([args.studio, "upgrade", "heads"], cwd=project, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        lines = []
        for line in process.stderr:
            lines.append(line)
            if sum("Running upgrade" in seen for seen in lines) == 3:
                process.send_signal(signal.SIGINT)
                break
        _, rest = process.communicate(timeout=120)
        stderr = "".join(lines) + (rest or "")
        if process.returncode != 1 or "error: cancelled" not in stderr:
            sys.exit("expected exit 1 and 'error: cancelled', got %d:\n%s" % (process.returncode, stderr[-2000:]))
        if "The database is at base" not in stderr:
            sys.exit("the CLI did not say the database is at base:\n" + stderr[-2000:])
        tables, heads = tables_and_heads(os.path.join(project, "run.db"))
        if tables or heads:
            sys.exit("a cancelled run left tables %s and heads %s" % (tables, heads))
        done = subprocess.run([args.studio, "upgrade", "heads"], cwd=project, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit("the upgrade after the cancelled one failed:\n" + done.stderr[-2000:])
        tables, heads = tables_and_heads(os.path.join(project, "run.db"))
        if not tables or not heads:
            sys.exit("the upgrade after the cancelled one left no tables or heads")
        print("cancelled after %d log lines; then %d tables, %d heads" % (len(lines), len(tables), len(heads)))


if __name__ == "__main__":
    main()
