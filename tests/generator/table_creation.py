"""The op.create_table changes of operations.py: new tables, written as autogenerate writes
them or by hand, with their keys, constraints, one index at most inside and more after.
A part of OperationWriter, which supplies the names (fresh, current_tag), what a revision
may refer to (referenceable), the tables (tables, touch) and the random generator.
"""
from column_types import LENGTHS, NAMES, TABLE_NOUNS, TYPES
from schema_state import (Change, Column, Constraint, Index, Table, constant, hand_type, plain_identifier, q, safe,
                          singular)

COMMENTS = ["who may sign in", "it's when", "Ajoute la colonne été", "primary contact's address",
            "rows from düsseldorf", "kept for the audit"]
INTEGER_IDS = ["sa.Integer()", "sa.BigInteger()", "sa.BigInteger().with_variant(sa.Integer(), 'sqlite')"]


class TableCreation:
    # --- columns ---------------------------------------------------------------------------

    def new_column(self, table, creating, kinds=None):
        """A column of a random type, named as none of the table's are; None if none fits."""
        rng = self.rng
        for _ in range(5):
            column_type = rng.choice(TYPES)
            if kinds and column_type.kind not in kinds:
                continue
            names = [n for n in NAMES[column_type.kind] if not table.column(n)]
            if not names:
                continue
            name = rng.choice(names)
            length = rng.choice(LENGTHS)
            expr = column_type.render(length)
            if "{name}" in expr:
                enum_name = self.fresh("%s_%s" % (safe(name), self.current_tag))
                expr = expr.replace("{name}", enum_name)
            defaults = column_type.defaults if creating else [d for d in column_type.defaults if constant(d)]
            default = rng.choice(defaults) if defaults and rng.random() < 0.35 else None
            nullable = rng.random() < 0.6 if creating else (default is None or rng.random() < 0.5)
            comment = rng.choice(COMMENTS) if creating and rng.random() < 0.1 else None
            return Column(name, expr, nullable, default, comment, column_type, length)
        return None

    def special_column(self, table):
        """A column whose type brings a CHECK, or (mode all) a PostgreSQL enum type."""
        rng = self.rng
        roll = rng.random() if not self.revision_enums or table.schema else 1
        if roll < 0.4:
            name = rng.choice([n for n in NAMES["bool"] if not table.column(n)] or ["flag"])
            check = self.fresh("ck_%s_%s" % (safe(table.name), name))
            expr = "sa.Boolean(create_constraint=True, name=%s)" % q(check) if check else "sa.Boolean(create_constraint=True)"
            column = Column(name, expr, rng.random() < 0.5, rng.choice([None, "sa.false()", "sa.text('true')"]))
            column.has_type_check = True
        elif roll < 0.6 or self.mode != "all" or table.schema:
            name = rng.choice([n for n in NAMES["enum"] if not table.column(n)] or ["phase"])
            enum_name = self.fresh("%s_%s" % (name, self.current_tag))
            column = Column(name, "sa.Enum('new', 'done', name=%s, native_enum=False, create_constraint=True)"
                            % q(enum_name), rng.random() < 0.5, None)
            column.has_type_check = True
        else:
            name = rng.choice([n for n in NAMES["enum"] if not table.column(n)] or ["phase"])
            if self.revision_enums and rng.random() < 0.5:
                # one type, two tables of a revision: sa.Enum again (Alembic creates it
                # once per run), or postgresql.ENUM(create_type=False) as projects write
                # it. Never a postgresql.ENUM that creates its type: that makes Alembic
                # fail on MySQL, where it creates it too, and would hide the rest.
                enum_name = rng.choice(self.revision_enums)
                expr = rng.choice(["sa.Enum('draft', 'sent', 'paid', name=%s)",
                                   "postgresql.ENUM('draft', 'sent', 'paid', name=%s, create_type=False)"]) % q(enum_name)
            else:
                enum_name = self.fresh("%s_%s" % (name, self.current_tag))
                expr = "sa.Enum('draft', 'sent', 'paid', name=%s)" % q(enum_name)
                self.revision_enums.append(enum_name)
            column = Column(name, expr, rng.random() < 0.5, rng.choice([None, "'draft'"]))
            column.native_enum = True
            table.keeps_enum_type = True
        return column

    # --- op.create_table -------------------------------------------------------------------

    def create_entity(self, i, schema=None):
        rng = self.rng
        noun = rng.choice(TABLE_NOUNS)
        name = self.fresh("%s_%s" % (noun, self.current_tag))
        if name is None:
            return None
        table = Table(name, noun, i, schema)
        hand = rng.random() < 0.25
        id_expr = rng.choices(INTEGER_IDS + ["sa.Uuid()"], [5, 2, 1, 1])[0]
        id_column = Column("id", id_expr, nullable=False)
        id_column.role = "id"
        id_column.autoincrement = id_expr != "sa.Uuid()"
        table.columns.append(id_column)
        table.id_expr = id_expr
        # written by hand, some constraints go on their columns: column name -> extra
        # arguments and keywords, and the constraints not to repeat after the columns
        inline_args, inline_kwargs, inlined = {}, {}, set()

        # foreign keys first: they read best next to the key
        references = self.referenceable(i) if schema is None else []
        fk_count = 0 if not references or rng.random() < 0.55 else rng.choice([1, 1, 2])
        targets = rng.sample(references, min(fk_count, len(references)))
        if schema is None and id_expr != "sa.Uuid()" and rng.random() < 0.05:
            targets.append(table)  # a tree: parent_id refers to this table
        for target in targets:
            column_name = "parent_id" if target is table else "%s_id" % singular(target.noun)
            if table.column(column_name):
                continue
            column = Column(column_name, target.id_expr if target is not table else id_expr, rng.random() < 0.6)
            column.role = "fk"
            table.columns.append(column)
            fk_name = self.fresh("fk_%s_%s" % (safe(table.name), column_name)) if rng.random() < 0.6 else None
            ondelete = rng.choice([None, None, "CASCADE", "RESTRICT"] + (["SET NULL"] if column.nullable else []))
            onupdate = "CASCADE" if rng.random() < 0.1 else None
            table.constraints.append(Constraint("foreignkey", fk_name, [column_name], referent=target.name,
                                                ondelete=ondelete, onupdate=onupdate, op_f=rng.random() < 0.5))
            target.frozen = True
        for _ in range(rng.randint(2, 6)):
            column = self.new_column(table, creating=True)
            if column is not None:
                table.columns.append(column)
        if rng.random() < 0.12 or (self.revision_enums and not schema and rng.random() < 0.5):
            table.columns.append(self.special_column(table))

        # the primary key
        pk_name = self.fresh("pk_%s" % safe(table.name)) if not hand and rng.random() < 0.3 else None
        table.constraints.insert(0, Constraint("primary", pk_name, ["id"], op_f=rng.random() < 0.5))
        plain = [c for c in table.columns if c.role == "plain" and not c.has_type_check and not c.native_enum]
        indexable = [c for c in plain if c.flag("i")]
        # a unique column or two
        if indexable and rng.random() < 0.3:
            chosen = rng.sample(indexable, 2 if len(indexable) > 1 and not hand and rng.random() < 0.2 else 1)
            unique_name = self.fresh("uq_%s_%s" % (safe(table.name), chosen[0].name)) if rng.random() < 0.5 else None
            table.constraints.append(Constraint("unique", unique_name, [c.name for c in chosen], op_f=rng.random() < 0.5))
            if hand and unique_name is None and len(chosen) == 1:
                inline_kwargs.setdefault(chosen[0].name, []).append("unique=True")
                inlined.add(id(table.constraints[-1]))
            indexable = [c for c in indexable if c not in chosen]
        # a CHECK on a number
        numbers = [c for c in plain if c.flag("c") and plain_identifier(c.name)]
        if numbers and rng.random() < 0.25:
            column = rng.choice(numbers)
            check_name = self.fresh("ck_%s_%s" % (safe(table.name), column.name)) if rng.random() < 0.6 else None
            check = Constraint("check", check_name, [column.name], sql="%s >= 0" % column.name,
                               op_f=rng.random() < 0.3)
            table.constraints.append(check)
            # MariaDB takes no name on a column's CHECK, nor (it seems) one after its
            # COMMENT, where SQLAlchemy writes it: by hand, on the column only unnamed
            if hand and not column.comment and check_name is None:
                inline_args.setdefault(column.name, []).append("sa.CheckConstraint(%s)" % ", ".join(
                    [q(check.sql)] + check.kwargs()))
                inlined.add(id(check))
        # options: at most one MySQL option (the comment is one there) per dialect
        roll = rng.random()
        if roll < 0.12:
            table.options.append(("comment", q(rng.choice(COMMENTS))))
        elif roll < 0.2:
            table.options.append(("mysql_engine", q("InnoDB")))
        elif roll < 0.24:
            table.options += [("mariadb_engine", q("InnoDB")), ("mysql_engine", q("InnoDB"))]
        elif roll < 0.28:
            table.options.append(("mysql_charset", q("utf8mb4")))
        elif roll < 0.3:
            table.options.append(("mysql_row_format", q("DYNAMIC")))
        # SQLite takes AUTOINCREMENT on INTEGER only, not BIGINT: hence with_variant in projects
        if id_expr in ("sa.Integer()", "sa.BigInteger().with_variant(sa.Integer(), 'sqlite')") and rng.random() < 0.08:
            table.options.append(("sqlite_autoincrement", "True"))
        self.tables.append(table)
        self.touch(table)

        change = Change()
        # indexes: by hand one inline at most (index=True or sa.Index), then op.create_index
        after = []
        inline_index = None
        if indexable and hand and rng.random() < 0.4:
            column = indexable.pop(rng.randrange(len(indexable)))
            # index=True: SQLAlchemy names it ix_<schema>_<table>_<column>, so only if that is free
            wanted = "ix_%s%s_%s" % ("%s_" % schema if schema else "", table.name, column.name)
            if rng.random() < 0.5 and wanted not in self.names and self.fresh(wanted) == wanted:
                inline_kwargs.setdefault(column.name, []).append("index=True")
                table.indexes.append(Index(wanted, [column.name]))
            else:
                index_name = self.fresh("ix_%s_%s" % (safe(table.name), column.name))
                if index_name:
                    inline_index = Index(index_name, [column.name], unique=rng.random() < 0.2, op_f=False)
                    table.indexes.append(inline_index)
        for column in rng.sample(indexable, min(len(indexable), rng.choice([0, 0, 1, 1, 2]))):
            index_name = self.fresh("ix_%s_%s" % (table.name, column.name))
            if index_name:
                after.append(Index(index_name, [column.name], unique=rng.random() < 0.15))
        table.indexes += after
        text = (self.hand_create(table, inline_args, inline_kwargs, inlined, inline_index) if hand
                else self.autogenerate_create(table))
        change.then(text, "op.drop_table(%s%s)" % (q(table.name), ", schema=%s" % q(schema) if schema else ""))
        for index in after:
            change.then(index.create(table), index.drop(table))
        return change

    def autogenerate_create(self, table):
        items = [column.render() for column in table.columns]
        items += sorted(constraint.render() for constraint in table.constraints)
        items += ["%s=%s" % option for option in table.keyword_arguments()]
        return "\n".join(["op.create_table(%s," % q(table.name)] + [item + "," for item in items[:-1]]
                         + [items[-1], ")"])

    def hand_create(self, table, inline_args, inline_kwargs, inlined, inline_index):
        rng = self.rng
        items = []
        foreign_keys = {c.columns[0]: c for c in table.constraints if c.kind == "foreignkey"}
        for column in table.columns:
            expr = hand_type(column.expr)
            if expr.endswith("()") and "." in expr and expr.count("(") == 1 and rng.random() < 0.5:
                expr = expr[:-2]
            args = [q(column.name), expr]
            kwargs = []
            if column.name in foreign_keys:
                fk = foreign_keys[column.name]
                args.append("sa.ForeignKey(%s)" % ", ".join([q("%s.id" % fk.referent)] + fk.kwargs()))
            args += inline_args.get(column.name, [])
            if column.role == "id":
                kwargs.append("primary_key=True")
            elif not column.nullable:
                kwargs.append("nullable=False")
            kwargs += inline_kwargs.get(column.name, [])
            if column.default is not None:
                kwargs.append("server_default=%s" % column.default)
            if column.comment:
                kwargs.append("comment=%s" % q(column.comment))
            items.append("sa.Column(%s)" % ", ".join(args + kwargs))
        for constraint in table.constraints:
            if constraint.kind in ("unique", "check") and id(constraint) not in inlined:
                items.append(constraint.render())
        if inline_index:
            items.append("sa.Index(%s)" % ", ".join([q(inline_index.name)] + [q(c) for c in inline_index.columns]
                                                   + (["unique=True"] if inline_index.unique else [])))
        if table.schema:
            items.append("schema=%s" % q(table.schema))
        items += ["%s=%s" % option for option in table.options]
        return "\n".join(["op.create_table(", "    %s," % q(table.name)] + ["    %s," % item for item in items] + [")"])

    def create_link(self, i):
        rng = self.rng
        references = self.referenceable(i)
        if len(references) < 2:
            return None
        left, right = rng.sample(references, 2)
        name = self.fresh("%s_%s_%s" % (safe(left.noun)[:8], safe(right.noun)[:8], self.current_tag))
        if name is None:
            return None
        table = Table(name, "links", i)
        for target in (left, right):
            column_name = "%s_id" % singular(target.noun)
            if table.column(column_name):
                column_name += "_2"
            column = Column(column_name, target.id_expr, nullable=False)
            column.role = "fk"
            table.columns.append(column)
            fk_name = self.fresh("fk_%s_%s" % (safe(name), column_name)) if rng.random() < 0.5 else None
            table.constraints.append(Constraint("foreignkey", fk_name, [column_name], referent=target.name,
                                                ondelete=rng.choice([None, "CASCADE"]), op_f=rng.random() < 0.5))
            target.frozen = True
        pk_name = self.fresh("pk_%s" % safe(name)) if rng.random() < 0.3 else None
        table.constraints.append(Constraint("primary", pk_name, [c.name for c in table.columns]))
        if rng.random() < 0.5:
            table.columns.append(Column("created_at", "sa.DateTime()", True, "sa.func.now()"))
        self.tables.append(self.touch(table))
        return Change([self.autogenerate_create(table)], ["op.drop_table(%s)" % q(name)])

    def create_keyed(self, i):
        """A table of settings, keyed by hand after it is made (mode all)."""
        rng = self.rng
        name = self.fresh("settings_%s" % self.current_tag)
        if name is None:
            return None
        table = Table(name, "settings", i)
        code = Column("code", "sa.String(length=32)", nullable=False)
        code.role = "key"
        table.columns += [code, Column("setting_value", "sa.Text()", True), Column("updated_at", "sa.DateTime()")]
        self.tables.append(self.touch(table))
        change = Change([self.autogenerate_create(table)], ["op.drop_table(%s)" % q(name)])
        if rng.random() < 0.5:
            key = Constraint("primary", self.fresh("pk_%s" % name), ["code"], op_f=rng.random() < 0.5)
            table.constraints.append(key)
            change.then(key.add_operation(table), key.drop_operation(table))
        return change

    def schema_table(self, i):
        schema = self.fresh("s_%s" % self.current_tag)
        if schema is None:
            return None
        created = self.create_entity(i, schema)
        if created is None:
            return None
        return Change(["op.execute('CREATE SCHEMA %s')" % schema] + created.up,
                      created.down + ["op.execute('DROP SCHEMA %s')" % schema])
