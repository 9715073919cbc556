#!/usr/bin/env python3
"""Databases the Studio cannot use: a clear message and a non-zero exit, never a password.

    online_bad_input.py --studio CMD --backend sqlite|postgresql|mariadb PROJECT [--work DIR]

The cases, each with `upgrade heads` and `current` (and `downgrade base` for the last) (CMD --url URL …, in a copy of PROJECT),
and each also run through real Alembic (alembic_cli.py) for its exit code:
- postgresql, mariadb: an unreachable server (a closed port of 127.0.0.1), a wrong
  password, a database that does not exist;
- sqlite: a database file that cannot be written (mode 0444), and one in a folder that
  cannot be written (mode 0555: SQLite cannot make its journal there). Root ignores file
  modes, and the tests run as root in the build root: there both tools run as the user
  nobody (runuser), for whom the modes hold; as anyone else they run as that user.
  `current` only reads, so there it must succeed as Alembic's does;
- every backend: alembic_version naming a revision the project does not have.
For a database that cannot be used, the Studio must exit with Alembic's exit code (1,
where Alembic ends in a traceback) and say in at most three lines of standard error (besides Alembic's INFO log lines),
without a traceback, what is wrong: the place (host and port, or the file) and words
naming the problem; the password in the URL must not appear anywhere in its output. For
the unknown revision Alembic has a defined behaviour, and the Studio's standard output,
standard error and exit code must equal Alembic's (255, "FAILED: Can't locate revision
identified by '…'"). Prints every case and exits 1 if any fails.
"""
import argparse
import os
import re
import shlex
import socket
import subprocess
import sys

import sqlalchemy as sa

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from online_tools import copy_project, work_folder  # noqa: E402
from scratch_database import ScratchDatabases  # noqa: E402

ALEMBIC_CLI = [sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "alembic_cli.py")]
UNKNOWN = "0badc0ffee00"
PASSWORD_PLACEHOLDER = "n0t-the-Pa55word"


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def as_unprivileged():
    """The command prefix under which file modes hold."""
    return ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []


def run(command, project, url, verb, prefix=()):
    target = {"upgrade": ["heads"], "downgrade": ["base"]}.get(verb, [])
    done = subprocess.run(list(prefix) + command + ["--url", url, verb] + target,
                          cwd=project, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout, done.stderr


class Case:
    def __init__(self, name, url, words, place, secret=None, prefix=(), reads_ok=False):
        self.name = name
        self.url = url
        self.words = words          # a regex the message must match
        self.place = place          # texts the message must contain (host and port, file)
        self.secret = secret        # text that must never appear
        self.prefix = prefix
        self.reads_ok = reads_ok    # `current` works (a read-only file can be read)


def message_problems(case, code, out, err, alembic_code):
    problems = []
    if case.secret and (case.secret in out or case.secret in err):
        problems.append("the password appears in the output")
    if code == 0:
        return problems + ["exit code 0"]
    if code != alembic_code:
        problems.append("exit code %d, Alembic's is %d" % (code, alembic_code))
    # Alembic's own log lines ("INFO  [alembic.runtime.migration] …") come first, as Alembic's.
    lines = [line for line in err.splitlines() if line.strip() and not line.startswith("INFO  [")]
    if "Traceback" in err:
        problems.append("a traceback")
    if not lines:
        problems.append("nothing on standard error")
    elif len(lines) > 3:
        problems.append("%d lines on standard error, not one message" % len(lines))
    if not re.search(case.words, err, re.IGNORECASE):
        problems.append("no words that name the problem (/%s/)" % case.words)
    for place in case.place:
        if place not in err:
            problems.append("does not name %s" % place)
    return problems


def server_cases(backend, databases):
    url = databases.server_url
    port = closed_port()
    wrong = "wrong-" + PASSWORD_PLACEHOLDER
    return [
        Case("unreachable server", url.set(port=port, password=PASSWORD_PLACEHOLDER).render_as_string(False),
             r"connect|refused|unreachable|reach", ["127.0.0.1", str(port)], secret=PASSWORD_PLACEHOLDER),
        Case("wrong password", url.set(password=wrong).render_as_string(False),
             r"password|authenticat|access denied", [url.username], secret=wrong),
        Case("missing database", url.set(database="online_missing_%s" % databases.tag).render_as_string(False),
             r"database|exist|unknown", ["online_missing_%s" % databases.tag], secret=url.password),
    ]


def read_only_cases(work):
    """Two SQLite files with an empty alembic_version (at base) that cannot be written."""
    cases = []
    prefix = as_unprivileged()
    os.chmod(work, 0o755)
    for kind in ("file", "folder"):
        folder = os.path.join(work, "read-only-" + kind)
        os.makedirs(folder, exist_ok=True)
        os.chmod(folder, 0o755)
        path = os.path.join(folder, "scribes.db")
        version_table("sqlite:///" + path)
        if kind == "file":
            os.chmod(path, 0o444)
        else:
            os.chmod(path, 0o666)
            os.chmod(folder, 0o555)
        cases.append(Case("read-only " + kind, "sqlite:///" + path, r"read-only|readonly|read only|permission|"
                          r"cannot write|not writable|unable to open", [path], prefix=prefix, reads_ok=True))
    return cases


def version_table(url, *rows):
    """An alembic_version table as Alembic makes it, holding ROWS."""
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                                       "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")
            for row in rows:
                connection.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES ('%s')" % row)
    finally:
        engine.dispose()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "mariadb"), required=True)
    parser.add_argument("--work")
    parser.add_argument("project")
    args = parser.parse_args()
    studio = shlex.split(args.studio)
    failures = checked = 0
    with work_folder(args.work, "online-bad-input-") as work:
        project = copy_project(args.project, os.path.join(work, "project"))
        for root, folders, files in os.walk(work):
            os.chmod(root, 0o755)  # nobody reads the project, the files are 0644 already
        with ScratchDatabases(args.backend, work) as databases:
            cases = (read_only_cases(work) if args.backend == "sqlite"
                     else server_cases(args.backend, databases))
            for case in cases:
                for verb in ("upgrade", "current"):
                    checked += 1
                    alembic_code, _, alembic_err = run(ALEMBIC_CLI, project, case.url, verb, case.prefix)
                    code, out, err = run(studio, project, case.url, verb, case.prefix)
                    if verb == "current" and case.reads_ok:
                        problems = [] if code == alembic_code == 0 else [
                            "exit code %d, Alembic's %d: reading a read-only database must work" % (code, alembic_code)]
                    else:
                        problems = message_problems(case, code, out, err, alembic_code)
                    shown = (err.strip().splitlines() or [""])[-1][:300]
                    if problems:
                        failures += 1
                        print("FAILED %s, %s: %s\n  exit %d, standard error:\n    %s" % (
                            case.name, verb, "; ".join(problems), code, "\n    ".join(err.splitlines()[:12])))
                    else:
                        print("ok %s, %s: exit %d, %r" % (case.name, verb, code, shown))
            url = databases.create("unknown_revision")
            version_table(url, UNKNOWN)
            for verb in ("upgrade", "current", "downgrade"):
                checked += 1
                theirs = run(ALEMBIC_CLI, project, url, verb)
                ours = run(studio, project, url, verb)
                if theirs != ours:
                    failures += 1
                    print("FAILED unknown revision in alembic_version, %s: not what Alembic does:" % verb)
                    for label, (code, out, err) in (("alembic", theirs), ("studio", ours)):
                        print("  %s: exit %d\n  --- stdout\n%s  --- stderr\n%s" % (label, code, out, err))
                else:
                    print("ok unknown revision in alembic_version, %s: exit %d, as Alembic" % (verb, ours[0]))
    print("%d cases on %s, %d failed" % (checked, args.backend, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
