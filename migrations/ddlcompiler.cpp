#include "ddlcompiler.h"

#include "identifier.h"

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

bool isMySQL(Dialect dialect)
{
    return dialect == Dialect::MySQL || dialect == Dialect::MariaDB;
}

// IdentifierPreparer.format_table and friends: `schema.name`, each part quoted as needed.
QString qualified(const QString &name, const QString &schema, Dialect dialect)
{
    const QString quoted = quoteName(name, dialect);
    return schema.isEmpty() ? quoted : quoteName(schema, dialect) + u'.' + quoted;
}

CompiledOperation statement(const QString &sql)
{
    return {{sql}, {}};
}

CompiledOperation failure(const QString &error)
{
    return {{}, error};
}

CompiledOperation createIndex(const Operation &operation, Dialect dialect)
{
    QStringList columns;
    for (const QString &column : operation.columns)
        columns.append(quoteName(column, dialect));
    // SQLite names the schema on the index, not on the table (SQLiteDDLCompiler.visit_create_index).
    const bool sqlite = dialect == Dialect::SQLite;
    const QString index = sqlite ? qualified(operation.name, operation.schema, dialect) : quoteName(operation.name, dialect);
    const QString table = sqlite ? quoteName(operation.table, dialect) : qualified(operation.table, operation.schema, dialect);
    return statement(u"CREATE %1INDEX %2 ON %3 (%4)"_s.arg(operation.unique ? u"UNIQUE "_s : QString(), index, table,
                                                           columns.join(u", "_s)));
}

CompiledOperation dropIndex(const Operation &operation, Dialect dialect)
{
    if (!isMySQL(dialect))
        return statement(u"DROP INDEX "_s + qualified(operation.name, operation.schema, dialect));
    // MySQLDDLCompiler.visit_drop_index: MySQL drops an index of a table.
    if (operation.table.isEmpty())
        return failure(u"DROP INDEX on MySQL needs the index's table: op.drop_index(…, table_name=…)"_s);
    return statement(u"DROP INDEX %1 ON %2"_s.arg(quoteName(operation.name, dialect),
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

} // namespace

CompiledOperation compileOperation(const Operation &operation, Dialect dialect)
{
    switch (operation.kind) {
    case Operation::Kind::CreateIndex:
        return createIndex(operation, dialect);
    case Operation::Kind::DropIndex:
        return dropIndex(operation, dialect);
    case Operation::Kind::DropColumn:
        return statement(u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(qualified(operation.table, operation.schema, dialect),
                                                               quoteName(operation.name, dialect)));
    case Operation::Kind::RenameTable: {
        // MySQL's RENAME names the schema on the new name too (alembic/ddl/mysql.py).
        const QString renamed = isMySQL(dialect) ? qualified(operation.name, operation.schema, dialect)
                                                 : quoteName(operation.name, dialect);
        return statement(u"ALTER TABLE %1 RENAME TO %2"_s.arg(qualified(operation.table, operation.schema, dialect),
                                                             renamed));
    }
    case Operation::Kind::DropTable:
        return statement(u"DROP TABLE "_s + qualified(operation.table, operation.schema, dialect));
    case Operation::Kind::DropConstraint:
        return dropConstraint(operation, dialect);
    case Operation::Kind::Execute:
        return statement(operation.sql);
    }
    return failure(u"unknown operation"_s);
}

} // namespace Migrations
