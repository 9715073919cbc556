#!/usr/bin/env python3
"""An env.py that takes its URL from -x: Alembic and alembic-studio-cli use the same database.

    online_x_url.py --studio PATH SAMPLE_PROJECT

Two copies of the project get an env.py that reads `-x db_url=…` (falling back on
sqlalchemy.url, as the Alembic cookbook's recipe does). `alembic -x db_url=sqlite:///elsewhere.db
upgrade heads` in one and alembic-studio-cli with the same arguments in the other must
both migrate elsewhere.db, not the ini's database, with the same output and schema.
"""
import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

READS_X = '''    section = config.get_section(config.config_ini_section, {})
    x = context.get_x_argument(as_dictionary=True)
    section["sqlalchemy.url"] = x.get("db_url", section["sqlalchemy.url"])
    connectable = engine_from_config(
        section,'''
STOCK = '''    connectable = engine_from_config(
        config.get_section(config.config_ini_section, {}),'''


def schema(path):
    connection = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in connection.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"))
    finally:
        connection.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--studio", required=True)
    parser.add_argument("project")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        results = {}
        for tool in ("alembic", "studio"):
            project = os.path.join(folder, tool)
            shutil.copytree(args.project, project)
            env = os.path.join(project, "env.py")
            text = open(env).read()
            if STOCK not in text:
                sys.exit("the project's env.py is not the stock one this test edits")
            open(env, "w").write(text.replace(STOCK, READS_X))
            command = ([sys.executable, "-m", "alembic"] if tool == "alembic" else [args.studio]) + [
                "-x", "db_url=sqlite:///elsewhere.db", "upgrade", "heads"]
            done = subprocess.run(command, cwd=project, capture_output=True, text=True)
            if done.returncode != 0:
                sys.exit("%s failed (%d):\n%s%s" % (tool, done.returncode, done.stdout, done.stderr))
            if os.path.exists(os.path.join(project, "scribes.db")):
                sys.exit("%s migrated the ini's database, not the -x one" % tool)
            results[tool] = (done.stdout, done.stderr, schema(os.path.join(project, "elsewhere.db")))
        if results["alembic"] != results["studio"]:
            sys.exit("different results:\nalembic: %r\nstudio:  %r" % (results["alembic"], results["studio"]))
        print("same database, output and schema: %d objects" % len(results["studio"][2]))


if __name__ == "__main__":
    main()
