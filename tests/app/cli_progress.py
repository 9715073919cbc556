#!/usr/bin/env python3
"""`--progress`: a bar on a terminal, a line per step elsewhere, and Alembic's log intact.

    cli_progress.py --studio PATH SAMPLE_PROJECT

On a copy of the sample project (SQLite), `upgrade heads` runs twice from base: once with
standard error a pipe, once a pseudo-terminal. Without a terminal, each step gets a line
"[i/n] upgrade … (N ms)" in order, and every log line Alembic writes is still there; on a
terminal, the bar is redrawn in place ("\\r" and erase-line) and ends on its final state.
The database must be at heads either way, and stdout empty.
"""
import argparse
import os
import pty
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile


def heads(path):
    connection = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in connection.execute("SELECT version_num FROM alembic_version"))
    finally:
        connection.close()


def run_on_terminal(command, cwd):
    """Runs `command` with a pseudo-terminal as standard error; returns (status, stderr text)."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(), b"".join(chunks).decode("utf-8", "replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("project")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        project = os.path.join(folder, "project")
        shutil.copytree(args.project, project)
        database = os.path.join(project, "scribes.db")
        if os.path.exists(database):
            os.remove(database)
        expected_heads = None

        plain = subprocess.run([args.studio, "--progress", "upgrade", "heads"], cwd=project,
                               capture_output=True, text=True)
        if plain.returncode != 0 or plain.stdout:
            sys.exit("upgrade --progress failed (%d):\n%s%s" % (plain.returncode, plain.stdout, plain.stderr))
        running = re.findall(r"(?m)^INFO  \[alembic\.runtime\.migration\] Running (.*)$", plain.stderr)
        progress = re.findall(r"(?m)^\[(\d+)/(\d+)\] (.*) \(\d+ ms\)$", plain.stderr)
        if not running or len(progress) != len(running):
            sys.exit("expected a progress line per step:\n" + plain.stderr)
        for number, (index, total, description) in enumerate(progress, 1):
            if int(index) != number or int(total) != len(running) or description != running[number - 1]:
                sys.exit("progress line %d is wrong: %r\n%s" % (number, (index, total, description), plain.stderr))
        if "\r" in plain.stderr or "\x1b[" in plain.stderr:
            sys.exit("terminal control codes written to a pipe:\n%r" % plain.stderr)
        expected_heads = heads(database)

        os.remove(database)
        status, text = run_on_terminal([args.studio, "--progress", "upgrade", "heads"], project)
        if status != 0:
            sys.exit("upgrade --progress on a terminal failed (%d):\n%s" % (status, text))
        if "\r\x1b[2K" not in text:
            sys.exit("no bar redrawn in place on the terminal:\n%r" % text)
        final = "%d/%d steps" % (len(running), len(running))
        if final not in text.rstrip().splitlines()[-1]:
            sys.exit("the bar does not end at %s:\n%r" % (final, text))
        for description in running:
            if "Running " + description not in text:
                sys.exit("log line for %s missing on the terminal:\n%r" % (description, text))
        if heads(database) != expected_heads:
            sys.exit("the terminal run left %s, the plain one %s" % (heads(database), expected_heads))
        print("%d steps: a line each without a terminal, a bar ending at %s on one" % (len(running), final))


if __name__ == "__main__":
    main()
