#!/usr/bin/env python3
"""SIGKILL the Studio at random moments of a long upgrade: the database must always be at
a consistent revision.

    online_kill.py --studio CMD --backend sqlite|postgresql PROJECT
                   [--kills N] [--per-run-kills M] [--seed S] [--work DIR]

`CMD --url DB upgrade heads` is started and killed with SIGKILL after a random delay, N
times, with the project's env.py given transaction_per_migration=True (a copy of the
project), then M times as the project is (one transaction for the whole run). Each time
the next run continues from where the last one stopped; one that reaches the heads before
its kill is checked there and the database starts again empty. After each kill (and each
run that finished): alembic_version names a set of revisions — none, one, or one per
branch — and the schema and row counts (schema_dump.py) must equal those real Alembic
builds at exactly those revisions; Alembic's reference databases are built as they are
needed (one walked up in Alembic's upgrade order, in this process) and their dumps kept.
Databases with transactional DDL only: SQLite and PostgreSQL.

The delay is drawn between nothing and how long the rest of the upgrade should take,
from the time one whole upgrade took; the revisions applied at each kill are printed in
the summary, to show the kills landed all along the way. Exits 1 on the first
inconsistency, printing the revisions and the difference.
"""
import argparse
import os
import random
import re
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from online_tools import Alembic, Studio, applied_revisions, copy_project, upgrade_order, work_folder  # noqa: E402
from schema_dump import SchemaDump, difference  # noqa: E402
from scratch_database import ScratchDatabases  # noqa: E402


def per_migration_copy(project, destination):
    """The project with transaction_per_migration=True in env.py's online configure()."""
    path = os.path.join(copy_project(project, destination), "env.py")
    with open(path) as handle:
        text = handle.read()
    changed, count = re.subn(r"(connection=connection,\s*target_metadata=target_metadata)",
                             r"\1, transaction_per_migration=True", text)
    if count != 1:
        raise SystemExit("%s: found no online context.configure(connection=connection, "
                         "target_metadata=target_metadata) to give transaction_per_migration" % path)
    with open(path, "w") as handle:
        handle.write(changed)


def schema_of(dump):
    """A dump's schema, without an empty alembic_version: before any revision, whether the
    table was made yet (and rolled back or not) says nothing about consistency."""
    if dump.versions:
        return dump
    tables = {name: table for name, table in dump.tables.items() if name != "alembic_version"}
    return SchemaDump(tables, dump.extras, [])


class References:
    """Alembic's dumps at a set of version rows: one database walked up in upgrade order,
    rebuilt when asked for an earlier point; any other set built in a database of its own."""

    def __init__(self, project, databases, order):
        self.project = project
        self.databases = databases
        self.order = order
        self.dumps = {}
        self.position = None
        self.url = None

    def at(self, versions, script):
        key = tuple(versions or ())
        if key not in self.dumps:
            applied = applied_revisions(script, key)
            position = len(applied)
            if set(self.order[:position]) == applied:
                self.dumps[key] = self._walked_to(position)
            else:
                url = self.databases.create("reference_other")
                alembic = Alembic(self.project, url)
                for head in key:
                    alembic.run("upgrade", head)
                self.dumps[key] = schema_of(SchemaDump.of(url))
                self.databases.drop("reference_other")
        return self.dumps[key]

    def _walked_to(self, position):
        if self.position is None or position < self.position:
            self.url = self.databases.create("reference")
            self.position = 0
        alembic = Alembic(self.project, self.url)
        while self.position < position:
            alembic.run("upgrade", self.order[self.position])
            self.position += 1
        return schema_of(SchemaDump.of(self.url))


class KillRun:
    def __init__(self, args, project, databases, rng, label):
        self.args = args
        self.project = project
        self.databases = databases
        self.rng = rng
        self.label = label
        self.alembic_script = Alembic(project, "sqlite://").script()
        self.order = upgrade_order(self.alembic_script)
        self.references = References(project, databases, self.order)
        self.landed = []     # revisions applied at each kill
        self.finished = 0    # runs that reached the heads before their kill

    def check(self, url, what):
        dump = SchemaDump.of(url)
        expected = self.references.at(dump.versions, self.alembic_script)
        lines = difference(expected, schema_of(dump), "alembic", "studio")
        if lines:
            print("INCONSISTENT %s (%s, after %d consistent kills): alembic_version names %s, but the database is "
                  "not what Alembic builds there:" % (self.label, what, len(self.landed), dump.versions or "no revision"))
            for line in lines:
                print("  " + line)
            return None
        return len(applied_revisions(self.alembic_script, dump.versions or ()))

    def run(self, kills):
        url = self.databases.create("kill")
        studio = Studio(self.args.studio, self.project, url)
        # How long one whole upgrade takes, checked at the heads like any other run.
        started = time.monotonic()
        done = studio.start("upgrade", "heads")
        out, err = done.communicate()
        whole = time.monotonic() - started
        if done.returncode != 0:
            print("FAILED %s: the whole upgrade exited %d:\n%s%s" % (self.label, done.returncode, out, err))
            return False
        if self.check(url, "after a whole upgrade") is None:
            return False
        url = self.databases.create("kill")
        applied = 0
        while len(self.landed) < kills:
            remaining = whole * (1 - applied / len(self.order))
            delay = self.rng.uniform(0, max(remaining, 0.05))
            process = studio.start("upgrade", "heads")
            try:
                process.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
            out, err = process.communicate()
            killed = process.returncode == -signal.SIGKILL
            if not killed and process.returncode != 0:
                print("FAILED %s: upgrade heads exited %d from %d revisions applied, after %d kills that left the "
                      "database consistent:\n%s%s" % (self.label, process.returncode, applied, len(self.landed), out, err))
                return False
            what = ("killed after %.3f s, %d revisions applied before" % (delay, applied) if killed
                    else "a run that finished")
            applied = self.check(url, what)
            if applied is None:
                return False
            if killed:
                self.landed.append(applied)
            else:
                self.finished += 1
                url = self.databases.create("kill")
                applied = 0
        spread = sorted(self.landed)
        print("%s: %d kills, all consistent; revisions applied at the kills: min %d, median %d, max %d of %d "
              "(%d at none, %d runs reached the heads first); a whole upgrade took %.2f s"
              % (self.label, len(spread), spread[0], spread[len(spread) // 2], spread[-1], len(self.order),
                 spread.count(0), self.finished, whole))
        return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), required=True)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--per-run-kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work")
    parser.add_argument("project")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    ok = True
    with work_folder(args.work, "online-kill-") as work:
        per_migration = os.path.join(work, "per-migration")
        per_migration_copy(args.project, per_migration)
        per_run = copy_project(args.project, os.path.join(work, "per-run"))
        for project, kills, label in ((per_migration, args.kills, "transaction per migration"),
                                      (per_run, args.per_run_kills, "transaction per run")):
            if kills <= 0:
                continue
            with ScratchDatabases(args.backend, work) as databases:
                ok = KillRun(args, project, databases, rng, "%s on %s" % (label, args.backend)).run(kills)
            if not ok:
                break
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
