#include "ddlcompiler.h"

#include "altercolumn.h"
#include "batchcopy.h"
#include "bulkinsertsql.h"
#include "createtable.h"
#include "ddltext.h"
#include "identifier.h"
#include "sqlliteral.h"


using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

CompiledOperation statement(const QString &sql)
{
    return {{sql}, {}};
}

CompiledOperation failure(const QString &error)
{
    return {{}, error};
}

// Alembic's add_column (toimpl.add_column): ALTER TABLE … ADD COLUMN, then what the column
// makes of itself in its table — its UNIQUE, its type's CHECK and its foreign keys as ALTER
// TABLE … ADD, its index — and PostgreSQL's COMMENT ON COLUMN. A key column is not read.
CompiledOperation addColumn(const Operation &operation, Dialect dialect, const ProjectTypes &projectTypes)
{
    const ColumnDefinition &column = *operation.column;
    ColumnRole role;
    role.inlineComment = isMySQL(dialect);
    const ColumnSpecification specification = columnSpecification(column, dialect, role, projectTypes);
    if (specification.unsupported)
        return {{}, specification.error, true};
    if (!specification.error.isEmpty())
        return failure(specification.error);
    CompiledOperation result = statement(u"ALTER TABLE %1 ADD COLUMN %2"_s.arg(
        alembicTableName(operation.table, operation.schema, dialect), specification.sql));

    // The table's constraints are a set in SQLAlchemy: with more than one, Alembic's order
    // changes from run to run. This is one it can take.
    QList<ConstraintDefinition> constraints;
    if (column.unique && !column.index) {
        ConstraintDefinition unique;
        unique.kind = ConstraintDefinition::Kind::Unique;
        unique.columns = {column.name};
        constraints.append(unique);
    }
    if (const std::optional<ConstraintDefinition> check = typeCheckConstraint(column, dialect))
        constraints.append(*check);
    constraints += column.foreignKeys;
    for (const ConstraintDefinition &constraint : std::as_const(constraints)) {
        if (dialect == Dialect::SQLite) {
            result.error = u"No support for ALTER of constraints in SQLite dialect. Please refer to the batch mode "
                           "feature which allows for SQLite migrations using a copy-and-move strategy."_s;
            return result;
        }
        const ConstraintSql sql = constraintSql(constraint, dialect);
        if (!sql.error.isEmpty()) {
            result.error = sql.error;
            return result;
        }
        result.statements.append(
            u"ALTER TABLE %1 ADD %2"_s.arg(qualified(operation.table, operation.schema, dialect), sql.sql));
    }
    if (column.index) {
        TableDefinition table;
        table.name = operation.table;
        table.schema = operation.schema;
        result.statements.append(createIndexSql({conventionIndexName(table, column.name, dialect), {column.name},
                                                 column.unique, column.line},
                                                operation.table, operation.schema, dialect));
    }
    if (dialect == Dialect::PostgreSQL && column.comment && !column.comment->isEmpty()) {
        result.statements.append(u"COMMENT ON COLUMN %1.%2 IS %3"_s.arg(qualified(operation.table, operation.schema,
                                                                                 dialect),
                                                                       quoteName(column.name, dialect),
                                                                       stringLiteral(*column.comment, dialect)));
    }
    return result;
}

CompiledOperation dropIndex(const Operation &operation, Dialect dialect)
{
    QString drop = u"DROP INDEX "_s;
    if (dialect == Dialect::PostgreSQL && operation.indexOptions.postgresqlConcurrently)
        drop += u"CONCURRENTLY "_s;
    if (operation.indexOptions.ifExists)
        drop += u"IF EXISTS "_s;
    if (!isMySQL(dialect))
        return statement(drop + qualified(operation.name, operation.schema, dialect));
    // MySQLDDLCompiler.visit_drop_index: MySQL drops an index of a table.
    if (operation.table.isEmpty())
        return failure(u"DROP INDEX on MySQL needs the index's table: op.drop_index(…, table_name=…)"_s);
    return statement(u"%1%2 ON %3"_s.arg(drop, quoteName(operation.name, dialect),
                                         qualified(operation.table, operation.schema, dialect)));
}

CompiledOperation dropConstraint(const Operation &operation, Dialect dialect)
{
    static const QStringList types = {u"foreignkey"_s, u"primary"_s, u"unique"_s, u"check"_s};
    if (!operation.constraintType.isEmpty() && !types.contains(operation.constraintType))
        return failure(u"'type' can be one of 'check', 'foreignkey', 'primary', 'unique', None"_s);
    if (dialect == Dialect::SQLite) {
        return failure(u"No support for ALTER of constraints in SQLite dialect. Please refer to the batch mode "
                       "feature which allows for SQLite migrations using a copy-and-move strategy."_s);
    }
    const QString table = u"ALTER TABLE "_s + qualified(operation.table, operation.schema, dialect);
    const QString name = quoteName(operation.name, dialect);
    if (!isMySQL(dialect))
        return statement(table + u" DROP CONSTRAINT "_s + name);
    // alembic/ddl/mysql.py _mysql_drop_constraint: MySQL has no generic DROP CONSTRAINT.
    if (operation.constraintType == "foreignkey"_L1)
        return statement(table + u" DROP FOREIGN KEY "_s + name);
    if (operation.constraintType == "unique"_L1)
        return statement(table + u" DROP INDEX "_s + name);
    if (operation.constraintType == "primary"_L1)
        return statement(table + u" DROP PRIMARY KEY"_s);
    if (operation.constraintType == "check"_L1)
        return statement(table + (dialect == Dialect::MariaDB ? u" DROP CONSTRAINT "_s : u" DROP CHECK "_s) + name);
    return failure(u"No generic 'DROP CONSTRAINT' in MySQL - please specify constraint type"_s);
}

// Alembic's AddConstraint: "ALTER TABLE t ADD " and the constraint as SQLAlchemy's
// DDLCompiler writes it ("CONSTRAINT name " only when it has one). SQLite has no ALTER of
// constraints: Alembic raises, as for dropping one.
CompiledOperation addConstraint(const Operation &operation, Dialect dialect)
{
    if (dialect == Dialect::SQLite) {
        return failure(u"No support for ALTER of constraints in SQLite dialect. Please refer to the batch mode "
                       "feature which allows for SQLite migrations using a copy-and-move strategy."_s);
    }
    const ConstraintDefinition constraint = operation.addedConstraint();
    const ConstraintSql sql = constraintSql(constraint, dialect);
    if (!sql.error.isEmpty())
        return failure(sql.error);
    return statement(u"ALTER TABLE %1 ADD %2"_s.arg(qualified(operation.table, operation.schema, dialect), sql.sql));
}

// SQLAlchemy's SetTableComment and DropTableComment (no comment is NULL, or '' on MySQL).
// SQLite's compiler writes COMMENT ON TABLE too, which SQLite itself does not have.
CompiledOperation tableComment(const Operation &operation, Dialect dialect)
{
    const QString table = qualified(operation.table, operation.schema, dialect);
    const bool drop = operation.kind == Operation::Kind::DropTableComment;
    QString comment = isMySQL(dialect) && drop ? u"''"_s : u"NULL"_s;
    if (!drop && operation.comment.kind == AlterValue::String)
        comment = stringLiteral(operation.comment.text, dialect);
    if (isMySQL(dialect))
        return statement(u"ALTER TABLE %1 COMMENT %2"_s.arg(table, comment));
    return statement(u"COMMENT ON TABLE %1 IS %2"_s.arg(table, comment));
}

// SQLiteImpl.requires_recreate_in_batch: SQLite's ALTER TABLE adds a column (unless its
// default is an SQL expression) and indexes are statements of their own; anything else
// makes batch mode copy the table.
bool requiresRecreate(const Operation &batch, Dialect dialect, qsizetype queued)
{
    if (batch.recreate != Operation::Recreate::Auto)
        return batch.recreate == Operation::Recreate::Always;
    if (dialect != Dialect::SQLite)
        return false;
    return std::any_of(batch.batch.cbegin(), batch.batch.cbegin() + queued, [](const Operation &operation) {
        if (operation.kind == Operation::Kind::AddColumn)
            return operation.column->serverDefault && operation.column->serverDefault->kind != ServerDefault::Kind::Literal;
        return operation.kind != Operation::Kind::CreateIndex && operation.kind != Operation::Kind::DropIndex;
    });
}

// A batch that needs no copy of the table runs its operations as they are, in order
// (BatchOperationsImpl.flush).
CompiledOperation compileBatch(const Operation &batch, Dialect dialect, DdlMemo *memo,
                               const ProjectTypes &projectTypes)
{
    // BatchOperationsImpl.add_column: a column placed by insert_before/insert_after, when what
    // is queued before it needs no copy of the table, is refused before anything runs.
    for (qsizetype i = 0; i < qsizetype(batch.batch.size()); ++i) {
        const Operation &operation = batch.batch[size_t(i)];
        if (operation.kind == Operation::Kind::AddColumn && operation.insertPositionGiven
            && !requiresRecreate(batch, dialect, i)) {
            CompiledOperation refused{{}, u"Can't specify insert_before or insert_after when using ALTER; please "
                                          "specify recreate='always'"_s};
            refused.commandError = true;
            return refused;
        }
    }
    if (requiresRecreate(batch, dialect, qsizetype(batch.batch.size()))) {
        if (dialect != Dialect::SQLite)
            return {{}, u"batch mode's \"move and copy\" (recreate='always') is rendered for SQLite only yet"_s, true};
        QString whyNot = u"the run has no schema model"_s;
        const TableDefinition *table = memo && memo->tableSoFar ? memo->tableSoFar(batch.table, batch.schema, &whyNot)
                                                                : nullptr;
        if (!table) {
            return {{}, u"batch mode copies the table here, and its definition is not known: %1"_s.arg(whyNot),
                    true};
        }
        return compileBatchCopy(batch, *table, dialect, projectTypes);
    }
    CompiledOperation result;
    for (const Operation &operation : batch.batch) {
        CompiledOperation compiled = compileOperation(operation, dialect, memo, projectTypes);
        result.statements += compiled.statements;
        result.warnings += compiled.warnings;
        if (compiled.unsupported || !compiled.error.isEmpty()) {
            result.error = compiled.error;
            result.unsupported = compiled.unsupported;
            result.commandError = compiled.commandError;
            break;
        }
    }
    return result;
}

// An enum type's create() and drop() on the mock connection of --sql mode. sa.Enum's
// (SchemaType.create) go through the dialect's implementation of the type, a named type
// only on PostgreSQL and only when native_enum; postgresql.ENUM's run wherever the dialect
// supports_native_enum — MySQL too, whose compiler cannot render CREATE TYPE — and do
// nothing on SQLite.
CompiledOperation enumType(const Operation &operation, Dialect dialect)
{
    const SqlType &type = *operation.enumType;
    const bool postgresqlEnum = type.module == TypeModule::PostgreSQL;
    const bool create = operation.kind == Operation::Kind::CreateEnumType;
    if (dialect == Dialect::SQLite || (!postgresqlEnum && (isMySQL(dialect) || !type.nativeEnum)))
        return {};
    if (isMySQL(dialect)) {
        return failure(u"Compiler <MySQLDDLCompiler> can't render element of type %1EnumType"_s.arg(
            create ? u"Create"_s : u"Drop"_s));
    }
    // PGIdentifierPreparer.format_type
    if (type.typeName.isEmpty())
        return failure(u"PostgreSQL ENUM type requires a name."_s);
    const QString name = qualified(type.typeName, type.schema, dialect);
    if (!create)
        return statement(u"DROP TYPE "_s + name);
    QStringList labels;
    for (const QString &label : type.values)
        labels.append(stringLiteral(label, dialect));
    return statement(u"CREATE TYPE %1 AS ENUM (%2)"_s.arg(name, labels.join(u", "_s)));
}

// Whether the operation leaves a name to the naming convention: no name at all, or one
// given as a plain string, which a convention with %(constraint_name)s rewrites (op.f()
// names are final). Dropping is the same: Alembic builds the constraint it drops by name.
bool leftToConvention(const Operation &operation, Dialect dialect)
{
    const auto notFinal = [](const QString &name, bool finalName) { return name.isEmpty() || !finalName; };
    switch (operation.kind) {
    case Operation::Kind::CreateUniqueConstraint:
    case Operation::Kind::CreatePrimaryKey:
    case Operation::Kind::CreateForeignKey:
    case Operation::Kind::CreateCheckConstraint:
    case Operation::Kind::DropConstraint:
    case Operation::Kind::CreateIndex:
    case Operation::Kind::DropIndex:
        return notFinal(operation.name, operation.finalName);
    case Operation::Kind::BatchAlterTable:
        return std::any_of(operation.batch.cbegin(), operation.batch.cend(),
                           [&](const Operation &inner) { return leftToConvention(inner, dialect); });
    case Operation::Kind::AddColumn: {
        const ColumnDefinition &column = *operation.column;
        return column.unique || column.index || createsCheckConstraint(column.type, dialect)
            || std::any_of(column.foreignKeys.cbegin(), column.foreignKeys.cend(),
                           [&](const ConstraintDefinition &c) { return notFinal(c.name, c.finalName); })
            || std::any_of(column.checks.cbegin(), column.checks.cend(),
                           [&](const ConstraintDefinition &c) { return notFinal(c.name, c.finalName); });
    }
    case Operation::Kind::CreateTable:
        break;
    default:
        return false;
    }
    const TableDefinition &table = operation.createdTable;
    const auto anyNotFinal = [&](const QList<ConstraintDefinition> &constraints) {
        return std::any_of(constraints.cbegin(), constraints.cend(),
                           [&](const ConstraintDefinition &c) { return notFinal(c.name, c.finalName); });
    };
    const bool keyByFlags = std::none_of(table.constraints.cbegin(), table.constraints.cend(), [](const auto &c) {
        return c.kind == ConstraintDefinition::Kind::PrimaryKey;
    }) && std::any_of(table.columns.cbegin(), table.columns.cend(), [](const ColumnDefinition &c) { return c.primaryKey; });
    if (keyByFlags || anyNotFinal(table.constraints))
        return true;
    if (std::any_of(table.indexes.cbegin(), table.indexes.cend(),
                    [&](const IndexDefinition &index) { return notFinal(index.name, index.finalName); }))
        return true;
    // A type's CHECK is named after the type's name=, which the convention rewrites too.
    return std::any_of(table.columns.cbegin(), table.columns.cend(), [&](const ColumnDefinition &column) {
        return column.unique || column.index || anyNotFinal(column.foreignKeys) || anyNotFinal(column.checks)
            || createsCheckConstraint(column.type, dialect);
    });
}

} // namespace

bool batchCopiesTable(const Operation &batch, Dialect dialect)
{
    return requiresRecreate(batch, dialect, qsizetype(batch.batch.size()));
}

CompiledOperation compileOperation(const Operation &operation, Dialect dialect, DdlMemo *memo,
                                   const ProjectTypes &projectTypes)
{
    if (memo && memo->namingConvention && leftToConvention(operation, dialect)) {
        if (const QString convention = memo->namingConvention(); !convention.isEmpty()) {
            return {{}, u"a constraint or index name here is left to the naming convention of env.py's "
                        "target_metadata (%1): unnamed, or not given with op.f(); the native engine does not read "
                        "conventions"_s.arg(convention),
                    true};
        }
    }
    switch (operation.kind) {
    case Operation::Kind::AddColumn:
        return addColumn(operation, dialect, projectTypes);
    case Operation::Kind::CreateIndex:
        return statement(createIndexSql({operation.name, operation.columns, operation.unique, operation.line,
                                         operation.finalName, operation.indexOptions},
                                        operation.table, operation.schema, dialect));
    case Operation::Kind::DropIndex:
        return dropIndex(operation, dialect);
    case Operation::Kind::DropColumn:
        return statement(u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(
            alembicTableName(operation.table, operation.schema, dialect), quoteName(operation.name, dialect)));
    case Operation::Kind::RenameTable: {
        // MySQL's RENAME names the schema on the new name too (alembic/ddl/mysql.py).
        const QString renamed = isMySQL(dialect) ? alembicTableName(operation.name, operation.schema, dialect)
                                                 : quoteName(operation.name, dialect);
        return statement(u"ALTER TABLE %1 RENAME TO %2"_s.arg(
            alembicTableName(operation.table, operation.schema, dialect), renamed));
    }
    case Operation::Kind::DropTable:
        return statement(u"DROP TABLE "_s + qualified(operation.table, operation.schema, dialect));
    case Operation::Kind::DropConstraint:
        return dropConstraint(operation, dialect);
    case Operation::Kind::Execute:
        return statement(operation.sql);
    case Operation::Kind::CreateUniqueConstraint:
    case Operation::Kind::CreatePrimaryKey:
    case Operation::Kind::CreateForeignKey:
    case Operation::Kind::CreateCheckConstraint:
        return addConstraint(operation, dialect);
    case Operation::Kind::CreateTable:
        return createTable(operation.createdTable, dialect, memo, projectTypes);
    case Operation::Kind::BatchAlterTable:
        return compileBatch(operation, dialect, memo, projectTypes);
    case Operation::Kind::AlterColumn:
        return compileAlterColumn(operation, dialect);
    case Operation::Kind::CreateTableComment:
    case Operation::Kind::DropTableComment:
        return tableComment(operation, dialect);
    case Operation::Kind::CreateEnumType:
    case Operation::Kind::DropEnumType:
        return enumType(operation, dialect);
    case Operation::Kind::BulkInsert:
        return compileBulkInsert(operation, dialect);
    case Operation::Kind::AutocommitBegin:
    case Operation::Kind::AutocommitEnd:
        return {}; // no statement: where the block is, is the step's (StepSql::autocommitBlocks)
    }
    return failure(u"unknown operation"_s);
}

} // namespace Migrations
