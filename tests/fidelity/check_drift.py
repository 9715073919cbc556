#!/usr/bin/env python3
"""`alembic-studio-cli check-drift` on databases real Alembic migrated: no drift, ever.

    check_drift.py --studio PATH --work DIR [--revisions N] [--seed S] BACKEND...

BACKEND is sqlite, postgresql or mariadb (the servers the ctest fixtures start, found
through $ALEMBIC_STUDIO_TEST_<BACKEND>_ENV). For each, a project of
tests/generator/make_project.py --operations (mode "portable" on SQLite, "all" on the
servers: enum types, schemas, ALTERs of constraints) is migrated by Alembic one revision
after another, parents first, in a scratch database of its own; after every step
check-drift must say "No drift" and exit 0. Branches make several heads on the way, so
the model as the union of several heads is checked too. Then Alembic downgrades to base
and check-drift must find nothing there either. The steps the schema model does not
follow (the generator's op.execute) are allowed, as check-drift names them.
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "..", "generator", "make_project.py")
# The sample's check makes scratch databases on the fixtures' servers already.
sys.path.insert(0, os.path.join(HERE, "..", "sample"))
import check_sample  # noqa: E402


def scratch_database(backend, work):
    """A database for this run alone: its URL and a function that drops it."""
    if backend == "sqlite":
        return "sqlite:///" + os.path.join(work, "drift.db"), lambda: None
    url, drop = check_sample.scratch_database(backend)
    return url.render_as_string(hide_password=False), drop


def run(command, cwd):
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True,
                          env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))


def alembic(project, *args):
    result = run([sys.executable, "-m", "alembic", *args], project)
    if result.returncode != 0:
        sys.exit(f"FAIL: alembic {' '.join(args)} exited with {result.returncode}\n{result.stderr}")


def revisions_parents_first(project):
    """Every revision, each after its parents and dependencies, as Alembic's map has them."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(Config(os.path.join(project, "alembic.ini")))
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


def check_backend(studio, backend, work, revisions, seed):
    url, drop = scratch_database(backend, work)
    try:
        project = os.path.join(work, "project")
        mode = "portable" if backend == "sqlite" else "all"
        generated = run([sys.executable, GENERATOR, project, "--revisions", str(revisions), "--seed", str(seed),
                         "--env", "--two-parent-merges", "--operations", mode, "--url", url], work)
        if generated.returncode != 0:
            sys.exit(f"FAIL: make_project.py: {generated.stderr}")
        failures = []

        def check(after):
            # --url as a user would pass it; the ini holds the same URL for Alembic.
            result = run([studio, "--url", url, "check-drift"], project)
            if result.returncode != 0 or "No drift" not in result.stdout:
                failures.append(f"{backend}, after {after}: exit {result.returncode}\n"
                                f"{result.stdout}{result.stderr}")

        check("nothing (base)")
        for revision in revisions_parents_first(project):
            alembic(project, "upgrade", revision)
            check(f"upgrade {revision}")
        alembic(project, "downgrade", "base")
        check("downgrade base")
        return failures
    finally:
        drop()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--studio", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--revisions", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("backends", nargs="+", choices=("sqlite", "postgresql", "mariadb"))
    arguments = parser.parse_args()

    os.makedirs(arguments.work, exist_ok=True)
    failures = []
    for backend in arguments.backends:
        with tempfile.TemporaryDirectory(dir=arguments.work) as work:
            failures += check_backend(os.path.abspath(arguments.studio), backend, work, arguments.revisions,
                                      arguments.seed)
    for failure in failures:
        print("FAIL:", failure)
    if failures:
        sys.exit(1)
    print(f"check-drift found no drift after any step on {', '.join(arguments.backends)}")


if __name__ == "__main__":
    main()
