"""The schema operations.py builds revision by revision, and the Python that writes it.

A Table is what one table is after the last revision that touched it; operations.py only
lets a revision touch a table when every earlier toucher is one of its ancestors, so this
one state is the table's state in every path from base to that revision.
"""
import re

from column_types import UNSAFE


def q(text):
    """A Python string literal as autogenerate writes one (%r)."""
    return repr(text)


def name_literal(name, op_f):
    return "op.f(%s)" % q(name) if op_f else q(name)


def safe(noun):
    return re.sub(r"[^a-z0-9]+", "_", noun.lower()).strip("_")


def singular(noun):
    word = safe(noun)
    return word[:-1] if word.endswith("s") else word


def plain_identifier(name):
    return re.fullmatch(r"[a-z_][a-z0-9_]*", name) is not None and name not in UNSAFE


def constant(default):
    return not re.search(r"func\.|now\(|CURRENT", default)


def hand_type(expr):
    """How people write a type by hand: sa.String(50), sa.Integer without parentheses."""
    match = re.fullmatch(r"sa\.(String|Unicode|VARCHAR)\(length=(\d+)\)", expr)
    if match:
        return "sa.%s(%s)" % match.groups()
    return expr


class Change:
    """Statements for upgrade() and, in the order they run, the ones that undo them."""

    def __init__(self, up=None, down=None):
        self.up = list(up or [])
        self.down = list(down or [])

    def then(self, up, down):
        """One more step: its undoing runs before what came earlier is undone."""
        self.up.append(up)
        self.down.insert(0, down)


class Column:
    def __init__(self, name, expr, nullable=True, default=None, comment=None, type_=None, length=None):
        self.name = name
        self.expr = expr            # the type as Python
        self.type = type_           # the column_types.ColumnType, None for keys
        self.length = length        # the {n} of its type
        self.nullable = nullable
        self.default = default      # server_default as Python, or None
        self.comment = comment
        self.role = "plain"         # "id", "fk", "key" (part of a primary key or keyed table), "plain"
        self.autoincrement = None   # True on an integer id, as the column reads back
        self.has_type_check = False  # Boolean/Enum(create_constraint=True): a CHECK of its own
        self.native_enum = False

    def flag(self, letter):
        return self.type is not None and letter in self.type.flags

    def render(self, reflected=False, extra_args=(), extra_kwargs=()):
        """As autogenerate writes it: server_default, autoincrement, nullable, comment."""
        expr = self.expr
        if reflected and self.type is not None and self.type.reflected:
            expr = self.type.reflected.replace("{n}", str(self.length))
        parts = [q(self.name), expr] + list(extra_args)
        if self.default is not None:
            parts.append("server_default=%s" % self.default)
        if reflected:
            if self.role == "id" and self.autoincrement:
                parts.append("autoincrement=True")
            elif self.role != "id":
                parts.append("autoincrement=False")
        parts += list(extra_kwargs)
        parts.append("nullable=%s" % self.nullable)
        if self.comment:
            parts.append("comment=%s" % q(self.comment))
        return "sa.Column(%s)" % ", ".join(parts)


class Constraint:
    def __init__(self, kind, name, columns, sql=None, referent=None, ondelete=None, onupdate=None, op_f=False):
        self.kind = kind            # "unique", "check", "foreignkey", "primary"
        self.name = name            # None: the database names it, and it is never dropped
        self.columns = list(columns)
        self.sql = sql              # a CHECK's condition
        self.sql_as_text = False    # op.create_check_constraint(…, sa.text("…")) rather than a string
        self.referent = referent    # the table referred to (its name; never renamed)
        self.ondelete = ondelete
        self.onupdate = onupdate
        self.op_f = op_f

    def kwargs(self):
        parts = []
        if self.name:
            parts.append("name=%s" % name_literal(self.name, self.op_f))
        if self.onupdate:
            parts.append("onupdate=%s" % q(self.onupdate))
        if self.ondelete:
            parts.append("ondelete=%s" % q(self.ondelete))
        return parts

    def render(self):
        """In op.create_table, as autogenerate writes it."""
        if self.kind == "foreignkey":
            return "sa.ForeignKeyConstraint(%r, %r, %s)" % (
                self.columns, ["%s.id" % self.referent], ", ".join(self.kwargs()))
        args = [q(c) for c in self.columns] if self.kind != "check" else [q(self.sql)]
        cls = {"unique": "UniqueConstraint", "check": "CheckConstraint", "primary": "PrimaryKeyConstraint"}[self.kind]
        return "sa.%s(%s)" % (cls, ", ".join(args + self.kwargs()))

    def add_operation(self, table):
        """The op.create_… that adds it to an existing table."""
        name = name_literal(self.name, self.op_f)
        schema = [", schema=%s" % q(table.schema)] if table.schema else [""]
        if self.kind == "unique":
            return "op.create_unique_constraint(%s, %s, %r%s)" % (name, q(table.name), self.columns, schema[0])
        if self.kind == "primary":
            return "op.create_primary_key(%s, %s, %r%s)" % (name, q(table.name), self.columns, schema[0])
        if self.kind == "check":
            condition = ("sa.text(%s)" if self.sql_as_text else "%s") % q(self.sql)
            return "op.create_check_constraint(%s, %s, %s%s)" % (name, q(table.name), condition, schema[0])
        extra = "".join(", %s=%s" % (k, q(v)) for k, v in (("onupdate", self.onupdate), ("ondelete", self.ondelete)) if v)
        if table.schema:
            extra += ", source_schema=%s" % q(table.schema)
        return "op.create_foreign_key(%s, %s, %s, %r, ['id']%s)" % (name, q(table.name), q(self.referent),
                                                                    self.columns, extra)

    def drop_operation(self, table):
        schema = ", schema=%s" % q(table.schema) if table.schema else ""
        return "op.drop_constraint(%s, %s, type_=%s%s)" % (name_literal(self.name, self.op_f), q(table.name),
                                                            q(self.kind), schema)


class Index:
    def __init__(self, name, columns, unique=False, op_f=True):
        self.name = name
        self.columns = list(columns)
        self.unique = unique
        self.op_f = op_f

    def create(self, table):
        schema = ", schema=%s" % q(table.schema) if table.schema else ""
        return "op.create_index(%s, %s, %r, unique=%s%s)" % (name_literal(self.name, self.op_f), q(table.name),
                                                             self.columns, self.unique, schema)

    def drop(self, table):
        schema = ", schema=%s" % q(table.schema) if table.schema else ""
        return "op.drop_index(%s, table_name=%s%s)" % (name_literal(self.name, self.op_f), q(table.name), schema)


class Table:
    def __init__(self, name, noun, creator, schema=None):
        self.name = name
        self.noun = noun
        self.schema = schema
        self.columns = []
        self.constraints = []       # primary key, unique, check, foreign keys, in creation order
        self.indexes = []
        self.options = []           # (keyword, Python value) after the columns: comment, mysql_engine, …
        self.creator = creator      # index of the revision that created it
        self.last_toucher = creator
        self.alive = True
        self.moved = False          # renamed or dropped, ever: no foreign key may refer to it
        self.frozen = False         # a foreign key refers to it: never renamed or dropped
        self.keeps_enum_type = False  # a PostgreSQL enum type: dropping it would leave the type behind
        self.id_expr = None         # the type of its `id`, when it has one foreign keys refer to

    def column(self, name):
        for column in self.columns:
            if column.name == name:
                return column
        return None

    def primary_key(self):
        for constraint in self.constraints:
            if constraint.kind == "primary":
                return constraint
        return None

    def involved(self, name):
        """Whether a column is part of a key, constraint or index (not droppable, not indexed again)."""
        return (any(name in c.columns or (c.sql and name in c.sql) for c in self.constraints)
                or any(name in i.columns for i in self.indexes))

    def keyword_arguments(self):
        """What op.create_table takes after the columns, in autogenerate's order: schema,
        comment, then the dialect options sorted."""
        options = sorted(self.options, key=lambda option: (option[0] != "comment", option[0]))
        return ([("schema", q(self.schema))] if self.schema else []) + options

    def recreate(self):
        """op.create_table and op.create_index for the table as it is now: what the downgrade
        of a revision that drops it writes, in autogenerate's style for a reflected table."""
        lines = ["op.create_table(%s," % q(self.name)]
        items = [column.render(reflected=True) for column in self.columns]
        items += sorted(constraint.render() for constraint in self.constraints)
        items += ["%s=%s" % option for option in self.keyword_arguments()]
        lines += [item + "," for item in items[:-1]] + [items[-1], ")"]
        return ["\n".join(lines)] + [index.create(self) for index in self.indexes]
