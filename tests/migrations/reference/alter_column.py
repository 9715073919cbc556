#!/usr/bin/env python3
"""What Alembic 1.13 writes in offline (--sql) mode for single operations, for tst_altercolumn.

    alter_column.py < statements

Reads a JSON list of statements (`op.alter_column(...)`, `op.create_table_comment(...)`, …)
and runs each on its own on every dialect, configured as the stock env.py configures offline
mode. Writes, as JSON, per statement and dialect: the SQL statements written (without the
";" Alembic appends), the warnings, and how it failed: "" (it did not), "FAILED: message"
(a CommandError, which Alembic's command line prints so) or "crash" (any other exception,
a traceback on the command line).
"""
import io
import json
import sys
import warnings

import sqlalchemy as sa  # noqa: F401 (for the statements)
from alembic import util
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy.dialects import mysql, postgresql, sqlite  # noqa: F401

URLS = {"sqlite": "sqlite:///x.db", "postgresql": "postgresql://u:p@h/db", "mysql": "mysql+pymysql://u:p@h/db",
        "mariadb": "mariadb+pymysql://u:p@h/db"}


def run(statement, url):
    buffer = io.StringIO()
    context = MigrationContext.configure(url=url, opts={"as_sql": True, "output_buffer": buffer,
                                                        "literal_binds": True},
                                         dialect_opts={"paramstyle": "named"})
    failure = ""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            exec(statement, dict(globals(), op=Operations(context)))
        except util.CommandError as error:
            failure = "FAILED: %s" % error
        except Exception:
            failure = "crash"
    written = [text[:-1] for text in buffer.getvalue().split("\n\n") if text]
    return {"statements": written, "failure": failure, "warnings": [str(w.message) for w in caught]}


def main():
    statements = json.load(sys.stdin)
    json.dump({statement: {name: run(statement, url) for name, url in URLS.items()} for statement in statements},
              sys.stdout)


if __name__ == "__main__":
    main()
