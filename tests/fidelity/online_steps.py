#!/usr/bin/env python3
"""Alembic and alembic-studio-cli migrate two databases step by step; they must stay equal.

    online_steps.py --studio CMD --backend sqlite|postgresql|mariadb PROJECT
                    [--no-mixed] [--no-whole] [--sabotage STEP] [--work DIR]

Real Alembic (in this process, through the project's env.py) migrates database A and the
Studio command line (`CMD --url B upgrade REV`, CMD split like a shell would) database B,
one command at a time: `upgrade R` for each revision R in the order Alembic's `upgrade
heads` applies them (so each applies exactly R, branches and merges included), then down
to base with `downgrade P`, P the parent of the revision applied last (a root: `R@base`,
or `base` for the last one). After every step both databases are dumped (schema_dump.py:
tables, columns, keys, indexes, constraints, enum types, row counts, alembic_version
rows) and must be equal; the first difference is printed precisely and ends that walk.

Then mixed use: Alembic takes a third database half way up and the Studio the rest, then
Alembic half way down and the Studio to base; and the opposite on a fourth. These are
compared with A's dump at the same step wherever one tool hands over to the other and at
the ends of each way. And the whole way in one command
each (`upgrade heads`, `downgrade base`) by the Studio, against A at heads and at base.

The project is copied into the work folder first. --sabotage STEP creates a stray table in
each Studio-side database after that step, to show that the comparison catches it.
Prints one line per walk and exits 1 if any differs.
"""
import argparse
import os
import sys
import time

import sqlalchemy as sa

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from online_tools import (Alembic, Studio, StudioFailed, applied_revisions, copy_project, downgrade_target,  # noqa: E402
                          upgrade_order, work_folder)
from schema_dump import SchemaDump, difference  # noqa: E402
from scratch_database import BACKENDS, ScratchDatabases  # noqa: E402


class Walk:
    """The commands of one walk, base to heads and back: (verb, target) pairs, computed
    from Alembic's side as it goes (a downgrade target depends on what is applied)."""

    def __init__(self, script):
        self.script = script
        self.order = upgrade_order(script)

    def steps(self, versions_of_reference):
        for revision in self.order:
            yield "upgrade", revision
        while True:
            heads = versions_of_reference()
            if not heads:
                return
            yield "downgrade", downgrade_target(self.script, applied_revisions(self.script, heads), self.order)


def sabotage(url):
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE sabotage_stray (id INTEGER)")
    finally:
        engine.dispose()


class Comparison:
    def __init__(self, args, project, databases):
        self.args = args
        self.project = project
        self.databases = databases
        self.failures = 0

    def tool(self, kind, url):
        if kind == "alembic":
            return Alembic(self.project, url)
        return Studio(self.args.studio, self.project, url)

    def report(self, title, number, verb, target, expected, actual, actual_name):
        lines = difference(expected, actual, "alembic", actual_name)
        if not lines:
            return True
        self.failures += 1
        print("MISMATCH %s, step %d (%s %s):" % (title, number, verb, target))
        for line in lines:
            print("  " + line)
        return False

    def pure(self):
        """A: Alembic, B: the Studio, compared after every step. Returns A's dumps, after
        each step: (verb, target, dump)."""
        started = time.monotonic()
        a_url, b_url = self.databases.create("a"), self.databases.create("b")
        alembic, studio = self.tool("alembic", a_url), self.tool("studio", b_url)
        walk = Walk(alembic.script())
        dumps, number, studio_ok = [], 0, True
        current = {"dump": SchemaDump.of(a_url)}
        for number, (verb, target) in enumerate(walk.steps(lambda: current["dump"].versions), 1):
            alembic.run(verb, target)
            current["dump"] = SchemaDump.of(a_url)
            dumps.append((verb, target, current["dump"]))
            # After the first difference the Studio's database says nothing more; Alembic
            # goes on alone, for the reference dumps the mixed walks compare with.
            if not studio_ok:
                continue
            try:
                studio.run(verb, target)
            except StudioFailed as failed:
                self.failures += 1
                print("FAILED step %d (%s %s) of the Studio:\n%s" % (number, verb, target, failed))
                studio_ok = False
                continue
            if number == self.args.sabotage:
                sabotage(b_url)
            studio_ok = self.report("alembic vs studio", number, verb, target, current["dump"],
                                    SchemaDump.of(b_url), "studio")
        if studio_ok:
            print("alembic vs studio, step by step: %d steps (%d revisions up, back to base) equal, %.1f s"
                  % (number, len(walk.order), time.monotonic() - started))
        return dumps

    def mixed(self, dumps, first, then):
        """FIRST takes the first half of the way up and of the way down, THEN the rest.
        Compared where one tool hands over to the other and at the ends of each way: each
        step itself was compared in the pure walk, and here a dump per step would double
        the test's time."""
        started = time.monotonic()
        title = "%s then %s" % (first, then)
        url = self.databases.create("mixed_" + first)
        tools = {kind: self.tool(kind, url) for kind in (first, then)}
        upgrades = [i for i, (verb, _, _) in enumerate(dumps) if verb == "upgrade"]
        downgrades = [i for i, (verb, _, _) in enumerate(dumps) if verb == "downgrade"]
        first_half = set(upgrades[:len(upgrades) // 2] + downgrades[:len(downgrades) // 2])
        kinds = [first if i in first_half else then for i in range(len(dumps))]
        checkpoints = {i for i in range(len(dumps)) if i + 1 == len(dumps) or kinds[i + 1] != kinds[i]
                       or dumps[i + 1][0] != dumps[i][0]} | {self.args.sabotage - 1}
        for number, (verb, target, expected) in enumerate(dumps, 1):
            try:
                tools[kinds[number - 1]].run(verb, target)
            except StudioFailed as failed:
                self.failures += 1
                print("FAILED %s, step %d (%s %s) of the Studio:\n%s" % (title, number, verb, target, failed))
                return
            if number == self.args.sabotage:
                sabotage(url)
            if number - 1 in checkpoints and not self.report(title, number, verb, target, expected,
                                                             SchemaDump.of(url), "mixed"):
                return
        print("%s, half way each direction: %d steps, equal to alembic's at the %d hand-overs and ends, %.1f s"
              % (title, len(dumps), len(checkpoints - {-1}), time.monotonic() - started))

    def whole(self, dumps):
        started = time.monotonic()
        url = self.databases.create("whole")
        studio = self.tool("studio", url)
        at_heads = [dump for verb, _, dump in dumps if verb == "upgrade"][-1]
        for number, (verb, target, expected) in enumerate((("upgrade", "heads", at_heads),
                                                           ("downgrade", "base", dumps[-1][2])), 1):
            try:
                studio.run(verb, target)
            except StudioFailed as failed:
                self.failures += 1
                print("FAILED whole run (%s %s) of the Studio:\n%s" % (verb, target, failed))
                return
            if not self.report("whole run", number, verb, target, expected, SchemaDump.of(url), "studio"):
                return
        print("studio upgrade heads, downgrade base in one command each: equal, %.1f s"
              % (time.monotonic() - started))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True, help="the command line to test, e.g. build/debug/app/alembic-studio-cli")
    parser.add_argument("--backend", choices=BACKENDS, required=True)
    parser.add_argument("--no-mixed", action="store_true")
    parser.add_argument("--no-whole", action="store_true")
    parser.add_argument("--sabotage", type=int, default=0, metavar="STEP")
    parser.add_argument("--work")
    parser.add_argument("project")
    args = parser.parse_args()
    with work_folder(args.work, "online-steps-") as work:
        project = copy_project(args.project, os.path.join(work, "project"))
        with ScratchDatabases(args.backend, work) as databases:
            comparison = Comparison(args, project, databases)
            dumps = comparison.pure()
            if not args.no_mixed:
                comparison.mixed(dumps, "alembic", "studio")
                comparison.mixed(dumps, "studio", "alembic")
            if not args.no_whole:
                comparison.whole(dumps)
    print("%s on %s: %s" % (os.path.basename(os.path.normpath(args.project)), args.backend,
                            "%d walks differ" % comparison.failures if comparison.failures else "all equal"))
    return 1 if comparison.failures else 0


if __name__ == "__main__":
    sys.exit(main())
