#!/usr/bin/env python3
"""How SQLAlchemy 2.0's type classes are constructed, for tst_typeexpression.

Reads JSON from stdin: {"classes": [[module, name], ...], "calls": [expression, ...]} where
module is "SqlAlchemy", "PostgreSQL", "MySQL", "SQLite" or "SqlModel" and each expression is
a column type as a migration script writes it.
Writes JSON to stdout:
  "signatures": {"module.name": {"qualname": cls.__init__.__qualname__,
      "parameters": [[name, kind, required], ...]}} from inspect.signature (without self);
  "spellings": {name: true when sqlalchemy.X, sqlalchemy.types.X and sqlalchemy.sql.sqltypes.X
      are one class} for the SqlAlchemy classes;
  "calls": [{"ok": true} or {"error": str(exception)}, ...], each expression built the way a
      Column builds its type (sqltypes.to_instance, which calls a class given bare).
"""
import inspect
import json
import sys

import sqlalchemy
import sqlalchemy as sa
import sqlmodel
from sqlalchemy import types
from sqlalchemy.dialects import mysql, postgresql, sqlite
from sqlalchemy.sql import sqltypes
from sqlmodel.sql import sqltypes as sqlmodel_types

MODULES = {"SqlAlchemy": sa, "PostgreSQL": postgresql, "MySQL": mysql, "SQLite": sqlite, "SqlModel": sqlmodel_types}
NAMESPACE = {"sa": sa, "sqlalchemy": sqlalchemy, "types": types, "postgresql": postgresql, "mysql": mysql,
             "sqlite": sqlite, "sqlmodel": sqlmodel}

request = json.load(sys.stdin)
signatures, spellings = {}, {}
for module, name in request["classes"]:
    init = getattr(MODULES[module], name).__init__
    parameters = list(inspect.signature(init).parameters.values())[1:]
    signatures[f"{module}.{name}"] = {
        "qualname": init.__qualname__,
        "parameters": [[p.name, p.kind.name, p.default is inspect.Parameter.empty
                        and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)] for p in parameters]}
    if module == "SqlAlchemy":
        spellings[name] = getattr(sa, name) is getattr(types, name, None) is getattr(sqltypes, name, None)

calls = []
for expression in request["calls"]:
    try:
        sqltypes.to_instance(eval(expression, dict(NAMESPACE)))  # noqa: S307 - the test's own rows
        calls.append({"ok": True})
    except Exception as error:  # noqa: BLE001
        calls.append({"error": str(error)})

json.dump({"signatures": signatures, "spellings": spellings, "calls": calls}, sys.stdout)
