"""A database's schema as SQLAlchemy's inspector reflects it, normalised for comparison.

    dump = SchemaDump.of(url)
    dump.versions                      # the alembic_version rows, sorted
    print("\\n".join(difference(expected, actual)))

The same on every dialect: per table its columns (type as SQLAlchemy reflects it,
nullability, server default, autoincrement where reported, comment), primary key, foreign
keys, indexes, unique and check constraints, the table comment and its number of rows (a
step applied twice shows there first when it writes data); PostgreSQL's enum types and
schemas other than public. alembic_version is a table like any other here (its column,
its key), and its rows are kept apart as `versions`. Lists are sorted where the database
gives no meaningful order; column order is kept.
"""
import difflib
import pprint

import sqlalchemy as sa

# Schemas a database always has, or that belong to the server.
SYSTEM_SCHEMAS = {"information_schema", "pg_catalog", "pg_toast", "public", "mysql", "performance_schema", "sys"}


def _type(column_type):
    # repr keeps what str() loses (an Enum's values, a collation, a timezone flag).
    try:
        return repr(column_type)
    except Exception:  # pragma: no cover - a type SQLAlchemy cannot describe
        return str(column_type)


def _sorted(items):
    return sorted(items, key=repr)


def _without(mapping, *keys):
    return {k: v for k, v in mapping.items() if k not in keys}


class SchemaDump:
    def __init__(self, tables, extras, versions):
        self.tables = tables        # {qualified name: {aspect: value}}
        self.extras = extras        # enum types, schemas
        self.versions = versions    # sorted alembic_version rows; None: no such table

    def __eq__(self, other):
        return (self.tables, self.extras, self.versions) == (other.tables, other.extras, other.versions)

    def schema_equals(self, other):
        return (self.tables, self.extras) == (other.tables, other.extras)

    # One engine per URL: its dialect is initialised once, not for every dump. NullPool, so
    # that no connection stays open between dumps (a scratch database can then be dropped).
    _engines = {}

    @classmethod
    def of(cls, url):
        if url not in cls._engines:
            cls._engines[url] = sa.create_engine(url, poolclass=sa.pool.NullPool)
        with cls._engines[url].connect() as connection:
            return cls._read(connection)

    @classmethod
    def _read(cls, connection):
        inspector = sa.inspect(connection)
        dialect = connection.dialect.name
        schemas = [None]
        if dialect == "postgresql":
            schemas += sorted(s for s in inspector.get_schema_names() if s not in SYSTEM_SCHEMAS)
        tables, extras, versions = {}, {}, None
        for schema in schemas:
            # Most schemas of a generated project hold one table or none: asked only then.
            found = cls._tables(connection, inspector, schema) if inspector.get_table_names(schema=schema) else {}
            for name, table in sorted(found.items()):
                tables[name if schema is None else "%s.%s" % (schema, name)] = table
            if dialect == "postgresql":
                extras["enums %s" % (schema or "public")] = _sorted(
                    (e["name"], tuple(e["labels"])) for e in inspector.get_enums(schema=schema or "public"))
        if dialect == "postgresql":
            extras["schemas"] = schemas[1:]
        if "alembic_version" in tables:
            versions = sorted(row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version"))
        return cls(tables, extras, versions)

    @staticmethod
    def _tables(connection, inspector, schema):
        """Every table of one schema. Through the inspector's get_multi_* calls: one
        catalog query per aspect on PostgreSQL, where a query per table and aspect takes
        seconds for a hundred tables."""
        def every(aspect):
            try:
                found = getattr(inspector, "get_multi_" + aspect)(schema=schema)
            except NotImplementedError:
                return {}
            return {name: value for (_, name), value in found.items()}
        columns, primary_keys, foreign_keys = every("columns"), every("pk_constraint"), every("foreign_keys")
        indexes, uniques = every("indexes"), every("unique_constraints")
        checks, comments = every("check_constraints"), every("table_comment")
        quoted = connection.dialect.identifier_preparer.quote
        tables = {}
        for name in columns:
            primary_key = primary_keys.get(name) or {}
            source = quoted(name) if schema is None else "%s.%s" % (quoted(schema), quoted(name))
            tables[name] = {
                "columns": [(c["name"], _type(c["type"]), c["nullable"], c.get("default"), c.get("autoincrement"),
                             c.get("comment"), repr(c.get("computed")), repr(c.get("identity")))
                            for c in columns[name]],
                "primary key": (primary_key.get("name"), tuple(primary_key.get("constrained_columns") or ())),
                "foreign keys": _sorted(
                    (fk.get("name"), tuple(fk["constrained_columns"]), fk.get("referred_schema"),
                     fk["referred_table"], tuple(fk["referred_columns"]), sorted((fk.get("options") or {}).items()))
                    for fk in foreign_keys.get(name, [])),
                "indexes": _sorted(
                    (ix.get("name"), tuple(ix["column_names"]), bool(ix.get("unique")),
                     sorted(_without(ix.get("dialect_options") or {}, "mysql_length").items()),
                     ix.get("duplicates_constraint"))
                    for ix in indexes.get(name, [])),
                "unique constraints": _sorted((u.get("name"), tuple(u["column_names"])) for u in uniques.get(name, [])),
                "check constraints": _sorted((c.get("name"), " ".join(c["sqltext"].split()))
                                             for c in checks.get(name, [])),
                "comment": (comments.get(name) or {}).get("text"),
                "rows": connection.exec_driver_sql("SELECT COUNT(*) FROM %s" % source).scalar(),
            }
        return tables


def difference(expected, actual, expected_name="expected", actual_name="actual"):
    """Lines that say precisely where two dumps differ; empty when they are equal."""
    lines = []
    if expected.versions != actual.versions:
        lines.append("alembic_version: %s %s, %s %s" % (expected_name, expected.versions, actual_name,
                                                        actual.versions))
    for key in sorted(set(expected.extras) | set(actual.extras)):
        if expected.extras.get(key) != actual.extras.get(key):
            lines.append("%s: %s %s, %s %s" % (key, expected_name, expected.extras.get(key), actual_name,
                                               actual.extras.get(key)))
    for table in sorted(set(expected.tables) | set(actual.tables)):
        theirs, ours = expected.tables.get(table), actual.tables.get(table)
        if theirs == ours:
            continue
        if theirs is None or ours is None:
            lines.append("table %s only in %s" % (table, expected_name if ours is None else actual_name))
            continue
        for aspect in theirs:
            if theirs[aspect] == ours.get(aspect):
                continue
            lines.append("table %s, %s:" % (table, aspect))
            diff = difflib.unified_diff(pprint.pformat(theirs[aspect], width=110).splitlines(),
                                        pprint.pformat(ours.get(aspect), width=110).splitlines(),
                                        expected_name, actual_name, lineterm="", n=1)
            lines += ["    " + line for line in diff]
    return lines
