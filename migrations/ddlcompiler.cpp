#include "ddlcompiler.h"

#include "bulkinsertsql.h"
#include "identifier.h"
#include "sqlliteral.h"
#include "typecompiler.h"

#include <QRegularExpression>

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

// DDLCompiler.get_column_specification as each dialect has it, for a column that is not a
// key, has no identity and no comment (what op.add_column reads so far).
CompiledOperation addColumn(const Operation &operation, Dialect dialect)
{
    const ColumnDefinition &column = operation.column;
    // A Boolean or Enum that makes a CHECK constraint gets it in a statement of its own.
    if (createsCheckConstraint(column.type, dialect)) {
        return {{}, u"a column whose type adds a CHECK constraint is not rendered yet"_s, true};
    }
    const RenderedType type = renderType(column.type, dialect);
    if (!type.ok())
        return failure(type.error);
    std::optional<QString> defaultValue;
    if (column.serverDefault)
        defaultValue = column.serverDefaultIsSql ? *column.serverDefault : stringLiteral(*column.serverDefault, dialect);
    QStringList specification = {quoteName(column.name, dialect), type.ddl};
    if (isMySQL(dialect)) {
        // MySQLDDLCompiler: NULL spelled out for a nullable TIMESTAMP, and NOT NULL before DEFAULT.
        const TypeClass *typeClass = findTypeClass(column.type.forDialect(dialect).module,
                                                   column.type.forDialect(dialect).name);
        if (!column.nullable)
            specification.append(u"NOT NULL"_s);
        else if (typeClass && typeClass->visitName == "TIMESTAMP"_L1)
            specification.append(u"NULL"_s);
        if (defaultValue)
            specification.append(u"DEFAULT "_s + *defaultValue);
    } else {
        if (defaultValue) {
            // SQLiteDDLCompiler: an expression that is not a literal goes in brackets.
            static const QRegularExpression literal(u"^\\s*['\"(]"_s);
            static const QRegularExpression nonWord(u"\\W"_s, QRegularExpression::UseUnicodePropertiesOption);
            const bool bracketed = dialect == Dialect::SQLite && !literal.match(*defaultValue).hasMatch()
                && nonWord.match(*defaultValue).hasMatch();
            specification.append(bracketed ? u"DEFAULT (%1)"_s.arg(*defaultValue) : u"DEFAULT "_s + *defaultValue);
        }
        if (!column.nullable)
            specification.append(u"NOT NULL"_s);
    }
    return statement(u"ALTER TABLE %1 ADD COLUMN %2"_s.arg(qualified(operation.table, operation.schema, dialect),
                                                          specification.join(u' ')));
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

QString quotedList(const QStringList &names, Dialect dialect)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(quoteName(name, dialect));
    return quoted.join(u", "_s);
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
    QString constraint = operation.name.isEmpty() ? QString() : u"CONSTRAINT %1 "_s.arg(quoteName(operation.name, dialect));
    switch (operation.kind) {
    case Operation::Kind::CreateUniqueConstraint:
        constraint += u"UNIQUE (%1)"_s.arg(quotedList(operation.columns, dialect));
        break;
    case Operation::Kind::CreatePrimaryKey:
        constraint += u"PRIMARY KEY (%1)"_s.arg(quotedList(operation.columns, dialect));
        break;
    case Operation::Kind::CreateCheckConstraint:
        constraint += u"CHECK (%1)"_s.arg(operation.sql);
        break;
    default: {
        constraint += u"FOREIGN KEY(%1) REFERENCES %2 (%3)"_s.arg(
            quotedList(operation.columns, dialect),
            qualified(operation.referentTable, operation.referentSchema, dialect),
            quotedList(operation.referentColumns, dialect));
        // define_constraint_cascades, each phrase checked as validate_sql_phrase does.
        static const QRegularExpression action(u"^(?:RESTRICT|CASCADE|SET NULL|NO ACTION|SET DEFAULT)$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        for (const auto &[clause, value] : {std::pair{u" ON DELETE "_s, operation.onDelete},
                                            std::pair{u" ON UPDATE "_s, operation.onUpdate}}) {
            if (value.isEmpty())
                continue;
            if (!action.match(value).hasMatch())
                return failure(u"Unexpected SQL phrase: '%1' (matching '%2')"_s.arg(value, action.pattern()));
            constraint += clause + value;
        }
        break;
    }
    }
    return statement(u"ALTER TABLE %1 ADD %2"_s.arg(qualified(operation.table, operation.schema, dialect), constraint));
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
    const QString name = qualifiedName(type.typeName, type.schema, dialect);
    if (!create)
        return statement(u"DROP TYPE "_s + name);
    QStringList labels;
    for (const QString &label : type.values)
        labels.append(stringLiteral(label, dialect));
    return statement(u"CREATE TYPE %1 AS ENUM (%2)"_s.arg(name, labels.join(u", "_s)));
}

} // namespace

CompiledOperation compileOperation(const Operation &operation, Dialect dialect)
{
    switch (operation.kind) {
    case Operation::Kind::AddColumn:
        return addColumn(operation, dialect);
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
    case Operation::Kind::CreateUniqueConstraint:
    case Operation::Kind::CreatePrimaryKey:
    case Operation::Kind::CreateForeignKey:
    case Operation::Kind::CreateCheckConstraint:
        return addConstraint(operation, dialect);
    case Operation::Kind::CreateEnumType:
    case Operation::Kind::DropEnumType:
        return enumType(operation, dialect);
    case Operation::Kind::BulkInsert:
        return compileBulkInsert(operation, dialect);
    }
    return failure(u"unknown operation"_s);
}

} // namespace Migrations
