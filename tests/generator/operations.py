"""upgrade() and downgrade() bodies for make_project.py --operations.

Each revision gets operations in the forms real projects write, autogenerate's
(`op.create_table('x', sa.Column('id', sa.Integer(), nullable=False), …,
sa.PrimaryKeyConstraint('id'))`, `op.create_index(op.f('ix_x_name'), 'x', ['name'],
unique=False)`, reflected types and `autoincrement=False` in downgrades) and by hand
(`sa.Column('id', sa.Integer, primary_key=True)`, `unique=True`, `index=True`,
`sa.ForeignKey(…)`, `op.execute(sa.text(…))`), over the types of column_types.py.

The bodies are schema-consistent, so that a project can be run on real databases step by
step, up and down:
- a revision's downgrade undoes its upgrade exactly, in reverse order;
- a revision touches a table (alters it, writes to it, drops it) only when the revision that
  touched it last is one of its ancestors through down_revision (depends_on is not counted):
  the touches of one table then form a chain along the graph, so the table is the same in
  every path from base to the revision, siblings never see each other's changes, and
  Alembic, which downgrades descendants first, undoes the chain in reverse;
- a foreign key refers to the `id` of a table its revision or an ancestor created, which was
  never renamed or dropped and from then on never is;
- tables, indexes, constraints, enum types and schemas are named after the revision that
  makes them, so parallel branches never collide; no name is over 63 characters, and no
  create_table makes more than one index or more than one MySQL table option (SQLAlchemy
  orders several by a Python set, which changes from run to run).

Two modes:
  all       everything alembic-studio renders, including ALTER of constraints
            (create_unique_constraint, create_foreign_key, create_check_constraint,
            create_primary_key, drop_constraint), which Alembic refuses on SQLite without
            batch mode, PostgreSQL enum types (sa.Enum(name=…): drop_table leaves the type
            behind, so such a table is only dropped by its own revision's downgrade, and a
            PostgreSQL database downgraded past one cannot be upgraded again until enum
            types can be dropped), and tables in schemas made with op.execute('CREATE
            SCHEMA …') (not on SQLite)
  portable  what also runs on SQLite: none of those
"""
import re

from schema_state import Change, Column, Constraint, Index, constant, plain_identifier, q, safe, singular
from table_creation import TableCreation

MODES = ("all", "portable")
MAX_NAME = 63  # PostgreSQL's, one less than MySQL's
MAX_COLUMNS = 16  # MySQL's row size limit allows no more VARCHAR(255) utf8mb4 than that



class Body:
    def __init__(self):
        self.upgrade = []    # statements, each Python text that may span lines
        self.downgrade = []
        self.imports = []


class OperationWriter(TableCreation):
    def __init__(self, revisions, rng, mode):
        self.revisions = revisions
        self.rng = rng
        self.mode = mode
        self.position = {rev.id: i for i, rev in enumerate(revisions)}
        self.ancestors = []     # per revision, a bit per ancestor's position
        self.tables = []        # every table ever created, in order
        self.names = set()      # every name given, in any namespace
        self.tags = set()

    # --- names ---------------------------------------------------------------------------

    def tag(self, rev_id):
        tag = re.sub(r"[^a-z0-9_]", "", rev_id.lower())
        if len(tag) > 12:
            tag = tag[:3] + tag[-9:]
        base, number = tag, 1
        while tag in self.tags:
            number += 1
            tag = "%s%d" % (base, number)
        self.tags.add(tag)
        return tag

    def fresh(self, name):
        """A name nothing else has; None when it would be too long."""
        base, number = name, 1
        while name in self.names:
            number += 1
            name = "%s_%d" % (base, number)
        if len(name) > MAX_NAME:
            return None
        self.names.add(name)
        return name

    # --- what a revision may use -----------------------------------------------------------

    def sees(self, i, position):
        return position == i or (self.ancestors[i] >> position) & 1

    def recent_tables(self, i):
        """Tables to choose from, mostly recent ones, in a deterministic order."""
        picked = self.tables[-60:]
        older = self.tables[:-60]
        if older:
            picked = [self.rng.choice(older) for _ in range(8)] + picked
        seen, out = set(), []
        for table in picked:
            if id(table) not in seen:
                seen.add(id(table))
                out.append(table)
        return out

    def touchable(self, i, test=None):
        tables = [t for t in self.recent_tables(i) if t.alive and self.sees(i, t.last_toucher)
                  and (test is None or test(t))]
        return self.rng.choice(tables) if tables else None

    def referenceable(self, i):
        return [t for t in self.recent_tables(i) if t.alive and not t.moved and t.id_expr and t.schema is None
                and self.sees(i, t.creator)]

    # --- revisions -------------------------------------------------------------------------

    def write(self):
        bodies = {}
        for i, rev in enumerate(self.revisions):
            ancestors = 0
            for parent in rev.down:
                j = self.position[parent]
                ancestors |= self.ancestors[j] | (1 << j)
            self.ancestors.append(ancestors)
            bodies[rev.id] = self.body(i, rev)
        return bodies

    def body(self, i, rev):
        rng = self.rng
        self.current_tag = self.tag(rev.id)
        self.revision_enums = []
        body = Body()
        if len(rev.down) > 1 and rng.random() < 0.8:
            count = 0  # merges are mostly empty
        else:
            count = rng.choices([0, 1, 2, 3, 4], [8, 42, 30, 14, 6])[0]
        changes = []
        for number in range(count + 3):
            # after an enum type, often another table of the same revision that shares it
            if number >= count and not (self.revision_enums and number == count and rng.random() < 0.5):
                break
            change = self.change(i)
            for table in self.touched:
                table.last_toucher = i
            changes.append(change)
        for change in changes:
            body.upgrade += change.up
        for change in reversed(changes):
            body.downgrade += change.down
        text = "\n".join(body.upgrade + body.downgrade)
        for module, line in (("postgresql", "from sqlalchemy.dialects import postgresql"),
                             ("mysql", "from sqlalchemy.dialects import mysql"),
                             ("sqlite", "from sqlalchemy.dialects import sqlite"),
                             ("sqlmodel", "import sqlmodel")):
            if re.search(r"\b%s\." % module, text):
                body.imports.append(line)
        return body

    def change(self, i):
        menu = [(26, self.create_entity), (5, self.create_link), (20, self.add_column), (5, self.drop_column),
                (8, self.create_index), (4, self.drop_index), (3, self.rename_table), (4, self.drop_table),
                (6, self.execute)]
        if self.mode == "all":
            menu += [(5, self.add_unique), (4, self.add_check), (5, self.add_foreign_key), (4, self.drop_named),
                     (3, self.create_keyed), (2, self.add_primary_key), (2, self.schema_table)]
        weights, makers = zip(*menu)
        for attempt in range(10):
            self.touched = []
            sharing = attempt == 0 and self.revision_enums and self.rng.random() < 0.7
            change = (self.create_entity if sharing else self.rng.choices(makers, weights)[0])(i)
            if change is not None:
                return change
        self.touched = []
        return self.create_entity(i)

    def touch(self, table):
        self.touched.append(table)
        return table

    # --- changes to existing tables --------------------------------------------------------

    def add_column(self, i):
        table = self.touchable(i, lambda t: len(t.columns) < MAX_COLUMNS)
        if table is None:
            return None
        rng = self.rng
        native = [c for c in table.columns if c.native_enum]
        if native and rng.random() < 0.3:
            # a second column of an enum type the table already has: the type exists
            name = "%s_%s" % (native[0].name, "previous")
            if table.column(name):
                return None
            column = Column(name, native[0].expr, True)
            column.native_enum = True
        else:
            column = self.new_column(table, creating=False)
            if column is None:
                return None
        self.touch(table)
        table.columns.append(column)
        schema = ", schema=%s" % q(table.schema) if table.schema else ""
        change = Change([("op.add_column(%s, %s%s)" % (q(table.name), column.render(), schema))],
                        ["op.drop_column(%s, %s%s)" % (q(table.name), q(column.name), schema)])
        if column.flag("i") and rng.random() < 0.3:
            index_name = self.fresh("ix_%s_%s" % (table.name, column.name))
            if index_name:
                index = Index(index_name, [column.name], unique=rng.random() < 0.15)
                table.indexes.append(index)
                change.then(index.create(table), index.drop(table))
        return change

    def droppable(self, table):
        column = table.columns[-1] if len(table.columns) > 2 else None
        return (column is not None and column.role == "plain" and not column.has_type_check and not column.comment
                and (column.nullable or (column.default is not None and constant(column.default)))
                and (column.default is None or constant(column.default)) and not table.involved(column.name))

    def drop_column(self, i):
        table = self.touchable(i, self.droppable)
        if table is None:
            return None
        self.touch(table)
        column = table.columns.pop()
        schema = ", schema=%s" % q(table.schema) if table.schema else ""
        return Change(["op.drop_column(%s, %s%s)" % (q(table.name), q(column.name), schema)],
                      ["op.add_column(%s, %s%s)" % (q(table.name), column.render(reflected=True), schema)])

    def free_columns(self, table, flag):
        return [c for c in table.columns if c.role == "plain" and c.flag(flag) and not table.involved(c.name)
                and not c.has_type_check]

    def create_index(self, i):
        table = self.touchable(i, lambda t: self.free_columns(t, "i"))
        if table is None:
            return None
        rng = self.rng
        free = self.free_columns(table, "i")
        columns = rng.sample(free, 2 if len(free) > 1 and rng.random() < 0.15 else 1)
        name = self.fresh("ix_%s_%s" % (table.name, columns[0].name))
        if name is None:
            return None
        self.touch(table)
        index = Index(name, [c.name for c in columns], unique=rng.random() < 0.15, op_f=rng.random() < 0.8)
        table.indexes.append(index)
        return Change([index.create(table)], [index.drop(table)])

    def drop_index(self, i):
        table = self.touchable(i, lambda t: t.indexes)
        if table is None:
            return None
        self.touch(table)
        index = table.indexes.pop(self.rng.randrange(len(table.indexes)))
        return Change([index.drop(table)], [index.create(table)])

    def rename_table(self, i):
        table = self.touchable(i, lambda t: not t.frozen)
        if table is None:
            return None
        new_name = self.fresh("%s_%s" % (table.noun, self.current_tag))
        if new_name is None:
            return None
        self.touch(table)
        old_name, table.name, table.moved = table.name, new_name, True
        schema = ", schema=%s" % q(table.schema) if table.schema else ""
        return Change(["op.rename_table(%s, %s%s)" % (q(old_name), q(new_name), schema)],
                      ["op.rename_table(%s, %s%s)" % (q(new_name), q(old_name), schema)])

    def drop_table(self, i):
        table = self.touchable(i, lambda t: not t.frozen and not t.keeps_enum_type)
        if table is None:
            return None
        self.touch(table)
        table.alive, table.moved = False, True
        up = [index.drop(table) for index in reversed(table.indexes)] if self.rng.random() < 0.7 else []
        schema = ", schema=%s" % q(table.schema) if table.schema else ""
        return Change(up + ["op.drop_table(%s%s)" % (q(table.name), schema)], table.recreate())

    def execute(self, i):
        """A data migration: UPDATE or DELETE on an empty table changes no schema; its
        downgrade has nothing to undo."""
        def settable(t):
            return plain_identifier(t.name) and [c for c in t.columns if c.nullable and plain_identifier(c.name)
                                                 and (c.flag("s") or c.flag("c"))]
        table = self.touchable(i, settable)
        if table is None:
            return None
        rng = self.rng
        self.touch(table)
        column = rng.choice(settable(table))
        qualified = "%s.%s" % (table.schema, table.name) if table.schema else table.name
        value = rng.choice(["'n/a'", "'it''s'", "'at 10\\\\:30'"]) if column.flag("s") else "0"
        if rng.random() < 0.15 and table.id_expr:
            sql = "DELETE FROM %s WHERE id IS NULL" % qualified
        else:
            sql = "UPDATE %s SET %s = %s WHERE %s IS NULL" % (qualified, column.name, value, column.name)
        form = rng.random()
        if form < 0.5:
            text = 'op.execute("%s")' % sql
        elif form < 0.85:
            text = 'op.execute(sa.text("%s"))' % sql
        else:
            text = 'op.execute(\n    """\n    %s\n    """\n)' % sql.replace(" SET ", "\n    SET ").replace(" WHERE ", "\n    WHERE ")
        return Change([text], [])

    # --- constraints (mode all) ------------------------------------------------------------

    def add_constraint(self, table, constraint):
        self.touch(table)
        table.constraints.append(constraint)
        return Change([constraint.add_operation(table)], [constraint.drop_operation(table)])

    def add_unique(self, i):
        table = self.touchable(i, lambda t: self.free_columns(t, "i"))
        if table is None:
            return None
        column = self.rng.choice(self.free_columns(table, "i"))
        name = self.fresh("uq_%s_%s" % (safe(table.name), column.name))
        if name is None:
            return None
        return self.add_constraint(table, Constraint("unique", name, [column.name], op_f=self.rng.random() < 0.6))

    def add_check(self, i):
        def numbers(t):
            return [c for c in self.free_columns(t, "c") if plain_identifier(c.name)]
        table = self.touchable(i, numbers)
        if table is None:
            return None
        column = self.rng.choice(numbers(table))
        name = self.fresh("ck_%s_%s" % (safe(table.name), column.name))
        if name is None:
            return None
        check = Constraint("check", name, [column.name], sql="%s >= 0" % column.name)
        check.sql_as_text = self.rng.random() < 0.4
        return self.add_constraint(table, check)

    def add_foreign_key(self, i):
        references = self.referenceable(i)
        table = self.touchable(i, lambda t: t.schema is None and len(t.columns) < MAX_COLUMNS)
        if table is None or not references:
            return None
        rng = self.rng
        target = rng.choice(references)
        column_name = "%s_id" % singular(target.noun) if target is not table else "parent_id"
        if table.column(column_name):
            column_name = "%s_%s" % (column_name, self.current_tag)
        name = self.fresh("fk_%s_%s" % (safe(table.name), column_name))
        if name is None:
            return None
        self.touch(table)
        column = Column(column_name, target.id_expr, True)
        column.role = "fk"
        table.columns.append(column)
        change = Change(["op.add_column(%s, %s)" % (q(table.name), column.render())],
                        ["op.drop_column(%s, %s)" % (q(table.name), q(column_name))])
        target.frozen = True
        foreign_key = Constraint("foreignkey", name, [column_name], referent=target.name,
                                 ondelete=rng.choice([None, "CASCADE", "SET NULL"]), op_f=rng.random() < 0.6)
        table.constraints.append(foreign_key)
        change.then(foreign_key.add_operation(table), foreign_key.drop_operation(table))
        return change

    def drop_named(self, i):
        """Drops a named unique, check or foreign key constraint, or a settings table's key."""
        def named(t):
            return [c for c in t.constraints if c.name and (c.kind != "primary" or t.noun == "settings")]
        table = self.touchable(i, named)
        if table is None:
            return None
        self.touch(table)
        constraint = self.rng.choice(named(table))
        table.constraints.remove(constraint)
        return Change([constraint.drop_operation(table)], [constraint.add_operation(table)])

    def add_primary_key(self, i):
        table = self.touchable(i, lambda t: t.noun == "settings" and t.primary_key() is None)
        if table is None:
            return None
        name = self.fresh("pk_%s" % table.name)
        if name is None:
            return None
        return self.add_constraint(table, Constraint("primary", name, ["code"], op_f=self.rng.random() < 0.5))


def write_bodies(revisions, rng, mode):
    """Bodies for the revisions of make_project.build_graph, by revision id."""
    return OperationWriter(revisions, rng, mode).write()
