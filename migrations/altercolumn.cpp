#include "altercolumn.h"

#include "ddltext.h"
#include "identifier.h"
#include "typecompiler.h"

using namespace Qt::StringLiterals;

// Alembic 1.13's alter_column: operations/toimpl.py (a Boolean or Enum type's CHECK
// constraint), ddl/impl.py (DefaultImpl: one statement per change), ddl/postgresql.py (the
// type first, with USING; COMMENT ON COLUMN) and ddl/mysql.py (one CHANGE or MODIFY that
// restates the whole column from the existing_* arguments).

namespace Migrations {

namespace {

CompiledOperation unsupported(const QString &why)
{
    return {{}, why, true};
}

// A util.CommandError: Alembic prints "FAILED: …" instead of a traceback.
CompiledOperation commandError(const QString &message)
{
    CompiledOperation compiled{{}, message};
    compiled.commandError = true;
    return compiled;
}

// format_server_default: DDLCompiler.get_column_default_string of a Column with this
// server_default — a str as a quoted literal, sa.text as written.
QString defaultSql(const AlterValue &value, Dialect dialect)
{
    return value.kind == AlterValue::Sql ? value.text : stringLiteral(value.text, dialect);
}

// `type_._type_affinity is sqltypes.DateTime`: whether the type's class derives from
// DateTime (DateTime, DATETIME and TIMESTAMP in sqlalchemy and in the dialects; not Date,
// Time or Interval). with_variant() keeps the base type's class, so variants do not count.
// Nothing for the project's own types, whose classes are not known here.
std::optional<bool> isDateTime(const SqlType &type)
{
    if (type.module == TypeModule::Project)
        return std::nullopt;
    const TypeClass *typeClass = findTypeClass(type.module, type.name);
    if (!typeClass)
        return false;
    const QLatin1StringView visit = typeClass->visitName;
    return visit == "datetime"_L1 || visit == "DATETIME"_L1 || visit == "TIMESTAMP"_L1;
}

// DefaultImpl.alter_column, which SQLite has as it is, and PostgresqlImpl's: a statement
// per change, in the order nullable, server default, type, comment, new name — except that
// PostgreSQL alters the type first, with its USING clause.
CompiledOperation defaultAlterColumn(const Operation &operation, Dialect dialect)
{
    const ColumnAlteration &alter = *operation.alteration;
    const bool postgresql = dialect == Dialect::PostgreSQL;
    const QString table = u"ALTER TABLE "_s + alembicTableName(operation.table, operation.schema, dialect);
    const QString column = quoteName(operation.name, dialect);
    const QString alterColumn = table + u" ALTER COLUMN "_s + column;
    // postgresql_using is one of **kw: SQLite's impl ignores it.
    if (postgresql && alter.postgresqlUsing && !alter.type)
        return commandError(u"postgresql_using must be used with the type_ parameter"_s);

    CompiledOperation compiled;
    const auto alterType = [&]() {
        const RenderedType type = renderType(*alter.type, dialect);
        if (!type.ok()) {
            compiled.error = type.error;
            return false;
        }
        QString sql = alterColumn + u" TYPE "_s + type.ddl;
        if (postgresql && !alter.postgresqlUsing.value_or(QString()).isEmpty())
            sql += u" USING "_s + *alter.postgresqlUsing;
        compiled.statements.append(sql);
        return true;
    };
    if (postgresql && alter.type && !alterType())
        return compiled;
    if (alter.nullable)
        compiled.statements.append(alterColumn
                                   + (*alter.nullable ? u" DROP NOT NULL"_s : u" SET NOT NULL"_s));
    if (alter.serverDefault.kind == AlterValue::None) {
        compiled.statements.append(alterColumn + u" DROP DEFAULT"_s);
    } else if (alter.serverDefault.kind != AlterValue::Absent) {
        compiled.statements.append(alterColumn + u" SET DEFAULT "_s
                                   + defaultSql(alter.serverDefault, dialect));
    }
    if (!postgresql && alter.type && !alterType())
        return compiled;
    if (alter.comment.kind != AlterValue::Absent) {
        // Only PostgreSQL's impl compiles Alembic's ColumnComment, even to remove one.
        if (!postgresql) {
            compiled.error
                = u"can't render element of type ColumnComment on dialect %1: Alembic has no column "
                  "comment for it (op.alter_column(comment=…))"_s.arg(dialectName(dialect));
            return compiled;
        }
        const QString comment
            = alter.comment.kind == AlterValue::None ? u"NULL"_s : stringLiteral(alter.comment.text, dialect);
        compiled.statements.append(u"COMMENT ON COLUMN %1.%2 IS %3"_s.arg(
            alembicTableName(operation.table, operation.schema, dialect), column, comment));
    }
    if (alter.newName)
        compiled.statements.append(
            u"%1 RENAME %2 TO %3"_s.arg(table, column, quoteName(*alter.newName, dialect)));
    return compiled;
}

// MySQLImpl.alter_column: MySQL restates the whole column, so each part not changed comes
// from its existing_* argument, and the type is required.
CompiledOperation mysqlAlterColumn(const Operation &operation, Dialect dialect)
{
    const ColumnAlteration &alter = *operation.alteration;
    const std::optional<SqlType> &type = alter.type ? alter.type : alter.existingType;
    const bool typeIsClass = alter.type ? alter.typeIsClass : alter.existingTypeIsClass;
    // _is_mysql_allowed_functional_default: a DateTime type whose server default is
    // anything but None (left out included) takes CHANGE even without a new name. Alembic
    // asks this of the type as written, before making an instance of a class: a bare
    // `sa.DateTime` is not one.
    bool change = alter.newName.has_value();
    if (!change && type && !typeIsClass && alter.serverDefault.kind != AlterValue::None) {
        const std::optional<bool> dateTime = isDateTime(*type);
        if (!dateTime) {
            return unsupported(u"op.alter_column on %1: whether Alembic writes CHANGE or MODIFY depends on "
                               "whether the project's type %2 is a DateTime, which is not known"_s.arg(
                                   dialectName(dialect), type->name));
        }
        change = *dateTime;
    }
    const bool modify
        = alter.nullable || alter.type || alter.autoincrement || alter.comment.kind != AlterValue::Absent;
    const QString table = u"ALTER TABLE "_s + alembicTableName(operation.table, operation.schema, dialect);
    const QString column = quoteName(operation.name, dialect);
    if (!change && !modify) {
        // Only the default changes, or nothing at all.
        if (alter.serverDefault.kind == AlterValue::Absent)
            return {};
        const QString defaultClause = alter.serverDefault.kind == AlterValue::None
                                          ? u"DROP DEFAULT"_s
                                          : u"SET DEFAULT "_s + defaultSql(alter.serverDefault, dialect);
        return {{u"%1 ALTER COLUMN %2 %3"_s.arg(table, column, defaultClause)}, {}};
    }
    if (!type)
        return commandError(u"All MySQL CHANGE/MODIFY COLUMN operations require the existing type."_s);
    const RenderedType rendered = renderType(*type, dialect);
    if (!rendered.ok())
        return {{}, rendered.error};
    // _mysql_colspec
    QString spec
        = rendered.ddl
          + (alter.nullable.value_or(alter.existingNullable.value_or(true)) ? u" NULL"_s : u" NOT NULL"_s);
    if (alter.autoincrement ? *alter.autoincrement : alter.existingAutoincrement.value_or(false))
        spec += u" AUTO_INCREMENT"_s;
    const AlterValue &defaultValue
        = alter.serverDefault.kind != AlterValue::Absent ? alter.serverDefault : alter.existingServerDefault;
    if (defaultValue.kind == AlterValue::String || defaultValue.kind == AlterValue::Sql)
        spec += u" DEFAULT "_s + defaultSql(defaultValue, dialect);
    // `if comment:` — an empty comment is none.
    const AlterValue &comment
        = alter.comment.kind != AlterValue::Absent ? alter.comment : alter.existingComment;
    if (comment.kind == AlterValue::String && !comment.text.isEmpty())
        spec += u" COMMENT "_s + stringLiteral(comment.text, dialect);
    if (change) {
        return {{u"%1 CHANGE %2 %3 %4"_s.arg(
                    table, column, quoteName(alter.newName.value_or(operation.name), dialect), spec)},
                {}};
    }
    return {{u"%1 MODIFY %2 %3"_s.arg(table, column, spec)}, {}};
}

} // namespace

CompiledOperation compileAlterColumn(const Operation &operation, Dialect dialect)
{
    const ColumnAlteration &alter = *operation.alteration;
    // toimpl.alter_column: a new type that brings a CHECK constraint (a Boolean or Enum with
    // create_constraint=True where it is not native) has it added after the ALTER, with
    // the name and values of the type; SQLite's impl only warns (below).
    const bool addsCheck = alter.type && createsCheckConstraint(*alter.type, dialect);
    if (addsCheck && dialect != Dialect::SQLite) {
        return unsupported(
            u"op.alter_column(type_=…): a type that adds a CHECK constraint on %1 is not rendered "
            "yet"_s.arg(dialectName(dialect)));
    }
    // …and the existing type's constraint dropped before it, where the new type is given.
    // Only PostgreSQL drops it: MySQL's impl skips a type's own CHECK, SQLite's every one.
    if (alter.type && alter.existingType && dialect == Dialect::PostgreSQL
        && createsCheckConstraint(*alter.existingType, dialect)) {
        return unsupported(
            u"op.alter_column(existing_type=…): dropping the CHECK constraint of the existing type "
            "on postgresql is not rendered yet"_s);
    }
    if (isMySQL(dialect))
        return mysqlAlterColumn(operation, dialect);
    CompiledOperation compiled = defaultAlterColumn(operation, dialect);
    // DefaultImpl.alter_column warns before its first statement. PostgresqlImpl alters the
    // type before it calls that, so a type that fails to render (its only error but the
    // CommandError) comes before the warning, which is then never issued.
    const bool reachesDefaultImpl = dialect == Dialect::SQLite || compiled.error.isEmpty();
    if (reachesDefaultImpl && (alter.autoincrement || alter.existingAutoincrement))
        compiled.warnings.append(u"autoincrement and existing_autoincrement only make sense for MySQL"_s);
    if (addsCheck && compiled.error.isEmpty()) { // SQLiteImpl.add_constraint, for a type's own CHECK
        compiled.warnings.append(
            u"Skipping unsupported ALTER for creation of implicit constraint. Please refer "
            "to the batch mode feature which allows for SQLite migrations using a "
            "copy-and-move strategy."_s);
    }
    return compiled;
}

} // namespace Migrations
