"""What SQLAlchemy renders for column types, per dialect: the reference for tst_sqltype.

Usage: python3 sql_types.py [--check-constraints] EXPRESSIONS_FILE
EXPRESSIONS_FILE holds one Python type expression per line (`sa.String(50)`,
`postgresql.ARRAY(sa.Integer(), dimensions=2)`, ...). Prints one JSON object:
{expression: {"sqlite"|"postgresql"|"mysql"|"mariadb": DDL text or {"error": message}}}.
With --check-constraints, instead: {expression: {dialect: true/false}}, whether CREATE TABLE
with a column of that type has a CHECK constraint (null where that table does not compile).

Each type is compiled the way Alembic renders a column's type in `--sql` mode: by the
dialect's type compiler (`type.compile(dialect=...)`, what DDLCompiler.get_column_specification
calls), with the dialect made from a URL as MigrationContext does and with the
`paramstyle="named"` that Alembic's generated env.py passes offline (with the drivers'
default pyformat/format styles, "%" in enum values and names would come out doubled).
"""
import json
import sys

import sqlalchemy as sa
from sqlalchemy import types
from sqlalchemy.dialects import mysql, postgresql, sqlite
from sqlalchemy.engine.url import make_url

import sqlmodel
from sqlmodel.sql.sqltypes import AutoString


URLS = {
    "sqlite": "sqlite://",
    "postgresql": "postgresql+psycopg2://",
    "mysql": "mysql+pymysql://",
    "mariadb": "mariadb+pymysql://",
}
DIALECTS = {name: make_url(url).get_dialect()(paramstyle="named") for name, url in URLS.items()}
NAMESPACE = {"sa": sa, "sqlalchemy": sa, "types": types, "postgresql": postgresql,
             "mysql": mysql, "sqlite": sqlite, "sqlmodel": sqlmodel, "AutoString": AutoString}


def render(expression):
    result = {}
    try:
        type_ = eval(expression, dict(NAMESPACE))  # noqa: S307 - the test's own expressions
    except Exception as error:  # noqa: BLE001
        return {name: {"error": f"cannot build: {error}"} for name in DIALECTS}
    for name, dialect in DIALECTS.items():
        try:
            result[name] = type_.compile(dialect=dialect)
        except Exception as error:  # noqa: BLE001
            result[name] = {"error": str(error)}
    return result


def has_check_constraint(expression):
    result = {}
    for name, dialect in DIALECTS.items():
        try:
            table = sa.Table("t", sa.MetaData(), sa.Column("c", eval(expression, dict(NAMESPACE))))  # noqa: S307
            result[name] = "CHECK (" in str(sa.schema.CreateTable(table).compile(dialect=dialect))
        except Exception:  # noqa: BLE001
            result[name] = None
    return result


def main():
    arguments = sys.argv[1:]
    describe = render
    if arguments[0] == "--check-constraints":
        describe = has_check_constraint
        arguments = arguments[1:]
    with open(arguments[0], encoding="utf-8") as file:
        expressions = [line.rstrip("\n") for line in file if line.strip()]
    json.dump({expression: describe(expression) for expression in expressions}, sys.stdout,
              ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
