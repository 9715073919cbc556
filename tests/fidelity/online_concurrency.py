#!/usr/bin/env python3
"""Two Studio upgrades at once on one database: one waits or is refused, nothing is
applied twice.

    online_concurrency.py --studio CMD --backend sqlite|postgresql|mariadb PROJECT...
                          [--rounds N] [--work DIR]

For each project, N rounds on an empty database: two `CMD --url DB upgrade heads` are
started, the second at once in the first round and later in the others (up to about half
of how long one upgrade takes alone, so that it arrives in the middle of the first).
Each round must end with:
- both processes exited within the time limit (no deadlock);
- at least one exit code 0; the other 0 too (it waited, then found nothing left to do) or
  non-zero with a short message on standard error (at most three lines besides Alembic's INFO log
  lines) that says another run holds the
  database (one of: lock, locked, another, already running, in progress, busy,
  concurrent) and no Python traceback;
- the database equal to the one real Alembic builds with `upgrade heads` (schema_dump.py:
  the schema, the row counts — the sample's bulk inserts — and alembic_version).
Exits 1 if any round fails, printing both processes' output.
"""
import argparse
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from online_tools import Alembic, Studio, copy_project, work_folder  # noqa: E402
from schema_dump import SchemaDump, difference  # noqa: E402
from scratch_database import BACKENDS, ScratchDatabases  # noqa: E402

CLEAR_REFUSAL = re.compile(r"lock|another|already running|in progress|busy|concurrent", re.IGNORECASE)
TIME_LIMIT = 300


def refusal_problem(returncode, stderr):
    """Why a refused run's output is not a clear refusal; None when it is."""
    if "Traceback" in stderr:
        return "a Python traceback"
    # Alembic's own log lines ("INFO  [alembic.runtime.migration] …") come first, as Alembic's.
    lines = [line for line in stderr.splitlines() if line.strip() and not line.startswith("INFO  [")]
    if not lines:
        return "nothing on standard error"
    if len(lines) > 3:
        return "%d lines on standard error, not one message" % len(lines)
    if not CLEAR_REFUSAL.search(stderr):
        return "no word of another run or a lock"
    return None


def round_(studio, url, delay, expected):
    """One round; a list of problems, empty when it passed."""
    first = studio.start("upgrade", "heads")
    time.sleep(delay)
    second = studio.start("upgrade", "heads")
    outputs, problems = [], []
    deadline = time.monotonic() + TIME_LIMIT
    for process in (first, second):
        try:
            out, err = process.communicate(timeout=max(1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            problems.append("still running after %d s: a deadlock?" % TIME_LIMIT)
        outputs.append((process.returncode, out, err))
    codes = [code for code, _, _ in outputs]
    if 0 not in codes:
        problems.append("neither run succeeded (exit codes %s)" % codes)
    for number, (code, _, err) in enumerate(outputs, 1):
        if code != 0 and 0 in codes:
            why = refusal_problem(code, err)
            if why:
                problems.append("run %d exited %d without a clear refusal: %s" % (number, code, why))
    lines = difference(expected, SchemaDump.of(url), "alembic", "studio")
    if lines:
        problems.append("the database is not what Alembic builds at heads:\n    " + "\n    ".join(lines))
    if problems:
        for number, (code, out, err) in enumerate(outputs, 1):
            problems.append("run %d: exit %s\n--- stdout\n%s--- stderr\n%s" % (number, code, out, err))
    return problems, codes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("--backend", choices=BACKENDS, required=True)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--work")
    parser.add_argument("projects", nargs="+")
    args = parser.parse_args()
    failures = 0
    with work_folder(args.work, "online-concurrency-") as work:
        with ScratchDatabases(args.backend, work) as databases:
            for number, source in enumerate(args.projects):
                project = copy_project(source, os.path.join(work, "project-%d" % number))
                name = os.path.basename(os.path.normpath(source))
                reference = databases.create("reference")
                Alembic(project, reference).run("upgrade", "heads")
                expected = SchemaDump.of(reference)
                # How long one upgrade takes alone, for the later rounds' delays.
                alone = databases.create("alone")
                started = time.monotonic()
                Studio(args.studio, project, alone).run("upgrade", "heads")
                whole = time.monotonic() - started
                lines = difference(expected, SchemaDump.of(alone), "alembic", "studio")
                if lines:
                    failures += 1
                    print("FAILED %s on %s: one upgrade alone does not build what Alembic builds:\n  %s"
                          % (name, args.backend, "\n  ".join(lines)))
                    continue
                outcomes = []
                for round_number in range(args.rounds):
                    delay = whole * 0.5 * round_number / max(1, args.rounds - 1)
                    url = databases.create("both")
                    problems, codes = round_(Studio(args.studio, project, url), url, delay, expected)
                    outcomes.append("%s after %.2f s" % ("both succeeded" if codes == [0, 0] else
                                                        "exit codes %s" % codes, delay))
                    if problems:
                        failures += 1
                        print("FAILED %s on %s, round %d (second run %.2f s after the first):"
                              % (name, args.backend, round_number + 1, delay))
                        for problem in problems:
                            print("  " + problem)
                print("%s on %s: %d rounds (%s); one upgrade alone took %.2f s"
                      % (name, args.backend, args.rounds, "; ".join(outcomes), whole))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
