#!/usr/bin/env python3
"""How `alembic-studio-cli --python PATH … --sql` fails when the Python engine cannot give
a step's SQL: the interpreter is missing, is not executable, has no Alembic, or Alembic
raises in the step. Each must end with exit code 1, nothing on standard output (never
half a script) and one sentence on standard error naming the interpreter and the
revision, followed by the end of the interpreter's standard error.

    python_engine_errors.py --studio PATH PROJECT

PROJECT is a copy of tests/fidelity/projects/python (its d4000000reports step raises when
given `-x fail=reports`). Ends with the line "N passed, M failed".
"""
import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("project")
    args = parser.parse_args()
    studio = os.path.abspath(args.studio)
    work = tempfile.mkdtemp(prefix="python-engine-errors-")
    without_alembic = os.path.join(work, "python-without-alembic")
    with open(without_alembic, "w") as script:
        # -S: no site-packages, where Debian's (and a virtualenv's) Alembic lives.
        script.write("#!/bin/sh\nexec %s -S \"$@\"\n" % sys.executable)
    os.chmod(without_alembic, stat.S_IRWXU)
    not_executable = os.path.join(work, "python-not-executable")
    with open(not_executable, "w") as script:
        script.write("#!/bin/sh\nexec python3 \"$@\"\n")
    os.chmod(not_executable, stat.S_IRUSR | stat.S_IWUSR)
    missing = os.path.join(work, "no-such-python")

    first = "d4000000reports"  # the first step of base:heads that needs Python
    cases = [
        # (name, interpreter, extra global options, what standard error must hold)
        ("missing interpreter", missing, [],
         ["the Python interpreter %s could not be started to render the SQL of revision %s" % (missing, first),
          "No such file or directory"]),
        ("not executable", not_executable, [],
         ["the Python interpreter %s could not be started" % not_executable, "Permission denied"]),
        ("no Alembic", without_alembic, [],
         ["the Python interpreter %s could not render the SQL of revision %s with Alembic (exit code 1)"
          % (without_alembic, first), "ModuleNotFoundError: No module named 'alembic'"]),
        ("Alembic raises in the step", sys.executable, ["-x", "fail=reports"],
         ["the Python interpreter %s could not render the SQL of revision %s with Alembic (exit code 1)"
          % (sys.executable, first), "RuntimeError: failing on request (-x fail=reports)"]),
    ]
    passed = failed = 0
    for name, interpreter, options, expected in cases:
        for command in (["upgrade", "base:heads", "--sql"], ["downgrade", "f6000000seed:base", "--sql"]):
            if command[0] == "downgrade" and name == "Alembic raises in the step":
                continue  # only the upgrade raises
            # the first step that needs Python: reports' upgrade, the merge's downgrade
            revision = first if command[0] == "upgrade" else "e5000000merge"
            wanted = [text.replace(first, revision) for text in expected]
            done = subprocess.run([studio] + options + ["--python", interpreter] + command,
                                  cwd=args.project, capture_output=True, text=True)
            problems = []
            if done.returncode != 1:
                problems.append("exit code %d, not 1" % done.returncode)
            if done.stdout:
                problems.append("standard output is not empty:\n%s" % done.stdout[:300])
            if not done.stderr.startswith("error: the Python interpreter "):
                problems.append("standard error does not start with the sentence")
            problems += ["standard error lacks %r" % text for text in wanted if text not in done.stderr]
            if problems:
                failed += 1
                print("FAILED %s (%s):\n  %s\n  standard error was:\n%s"
                      % (name, " ".join(command), "\n  ".join(problems), done.stderr))
            else:
                passed += 1
    shutil.rmtree(work)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
