#include "createtable.h"

#include "ddltext.h"
#include "identifier.h"

#include <QCryptographicHash>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

using Kind = ConstraintDefinition::Kind;
using Autoincrement = ColumnDefinition::Autoincrement;

CompiledOperation failure(const QStringList &statements, const QString &error)
{
    return {statements, error};
}

CompiledOperation unsupported(const QString &why)
{
    return {{}, why, true};
}

// The dialect's max_identifier_length (max_index_name_length and max_constraint_name_length
// are not set by these dialects); SQLite has the default's 9999.
qsizetype maximumNameLength(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return 63;
    case Dialect::MySQL:
    case Dialect::MariaDB:
        return 64;
    case Dialect::SQLite:
        break;
    }
    return 9999;
}

// A name the naming convention made is a _truncated_label: one too long for the dialect is
// cut, with four hex digits of its md5 to keep it apart from others cut the same way.
QString truncatedLabel(const QString &name, Dialect dialect)
{
    const qsizetype maximum = maximumNameLength(dialect);
    if (name.size() <= maximum)
        return name;
    const QByteArray md5 = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex();
    return name.first(maximum - 8) + u'_' + QString::fromLatin1(md5.right(4));
}

// TypeEngine._type_affinity: the generic class a type belongs to. Autoincrement is for
// the Integer and Numeric families; SQLite's AUTOINCREMENT for Integer only.
enum class Affinity { Integer, Numeric, Other, Unknown };

Affinity affinityOf(const SqlType &type)
{
    if (type.module == TypeModule::Project)
        return Affinity::Unknown; // a TypeDecorator's class of its own; the mapping says only its DDL
    const TypeClass *typeClass = findTypeClass(type.module, type.name);
    if (!typeClass)
        return Affinity::Unknown;
    static constexpr QLatin1StringView integers[]
        = {"integer"_L1,  "small_integer"_L1, "big_integer"_L1, "INTEGER"_L1,
           "SMALLINT"_L1, "BIGINT"_L1,        "MEDIUMINT"_L1,   "TINYINT"_L1};
    static constexpr QLatin1StringView numerics[]
        = {"float"_L1, "double"_L1, "numeric"_L1, "NUMERIC"_L1,         "DECIMAL"_L1,
           "FLOAT"_L1, "REAL"_L1,   "DOUBLE"_L1,  "DOUBLE_PRECISION"_L1};
    const auto among = [&](const auto &names) {
        return std::find(std::begin(names), std::end(names), typeClass->visitName) != std::end(names);
    };
    if (among(integers))
        return Affinity::Integer;
    if (among(numerics))
        return Affinity::Numeric;
    return Affinity::Other;
}

bool isEnum(const SqlType &type)
{
    const TypeClass *typeClass = findTypeClass(type.module, type.name);
    return typeClass && typeClass->visitName == "enum"_L1;
}

// What SQLAlchemy's Table makes of the definition before anything is compiled.
struct Table
{
    QList<ColumnDefinition> columns;
    QStringList primaryKey; // column names, in the constraint's order
    QString primaryKeyName;
    bool primaryKeyImplicit = true; // from primary_key=True, not a PrimaryKeyConstraint
    int autoincrement = -1;         // the index of the autoincrement column
    QList<ConstraintDefinition> constraints; // all but the primary key, in creation order
    QList<IndexDefinition> indexes;
    QString error;       // SQLAlchemy's, raised while building the Table
    QString unsupported; // what this engine does not model
};

bool hasColumn(const QList<ColumnDefinition> &columns, const QString &name)
{
    return std::any_of(columns.cbegin(), columns.cend(), [&](const ColumnDefinition &c) { return c.name == name; });
}

QString className(Kind kind)
{
    switch (kind) {
    case Kind::PrimaryKey:
        return u"PrimaryKeyConstraint"_s;
    case Kind::Unique:
        return u"UniqueConstraint"_s;
    case Kind::Check:
        return u"CheckConstraint"_s;
    case Kind::ForeignKey:
        return u"ForeignKeyConstraint"_s;
    }
    return {};
}

// PrimaryKeyConstraint._autoincrement_column, with _validate_autoinc: the column SERIAL or
// AUTO_INCREMENT goes to, if any.
void findAutoincrement(Table &table)
{
    const auto hasForeignKey = [&](const ColumnDefinition &column) {
        if (!column.foreignKeys.isEmpty())
            return true;
        return std::any_of(table.constraints.cbegin(), table.constraints.cend(), [&](const ConstraintDefinition &c) {
            return c.kind == Kind::ForeignKey && c.columns.contains(column.name);
        });
    };
    const auto indexOf = [&](const QString &name) {
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            if (table.columns[i].name == name)
                return int(i);
        }
        return -1;
    };
    const auto explicitlyCompatible = [&](const ColumnDefinition &column) {
        const Affinity affinity = affinityOf(column.type);
        if (affinity == Affinity::Unknown)
            table.unsupported = u"whether %1 autoincrements depends on its type's class"_s.arg(column.name);
        else if (affinity == Affinity::Other)
            table.unsupported = u"autoincrement=True on a column that is not an integer"_s;
        return affinity == Affinity::Integer || affinity == Affinity::Numeric;
    };
    if (table.primaryKey.size() == 1) {
        const int index = indexOf(table.primaryKey.front());
        const ColumnDefinition &column = table.columns[index];
        if (column.autoincrement == Autoincrement::True) {
            if (explicitlyCompatible(column))
                table.autoincrement = index;
            return;
        }
        if (column.autoincrement == Autoincrement::False)
            return;
        const Affinity affinity = affinityOf(column.type);
        if (affinity == Affinity::Unknown) {
            table.unsupported = u"whether %1 autoincrements depends on its type's class"_s.arg(column.name);
            return;
        }
        const bool compatible = affinity != Affinity::Other && !column.clientDefault && !column.serverDefault
            && (!hasForeignKey(column) || column.autoincrement == Autoincrement::IgnoreForeignKey);
        if (compatible)
            table.autoincrement = index;
        return;
    }
    for (const QString &name : std::as_const(table.primaryKey)) {
        const int index = indexOf(name);
        if (table.columns[index].autoincrement != Autoincrement::True)
            continue;
        if (!explicitlyCompatible(table.columns[index]))
            return;
        if (table.autoincrement >= 0) {
            table.error = u"Only one Column may be marked autoincrement=True, found both %1 and %2."_s.arg(
                name, table.columns[table.autoincrement].name);
            return;
        }
        table.autoincrement = index;
    }
}

Table buildTable(const TableDefinition &definition, Dialect dialect)
{
    Table table;
    table.columns.reserve(definition.columns.size());
    for (const ColumnDefinition &column : definition.columns) {
        if (hasColumn(table.columns, column.name)) {
            table.error = u"A column with name '%1' is already present in table '%2'."_s.arg(column.name, definition.name);
            return table;
        }
        table.columns.append(column);
    }
    const auto missingColumn = [&](const QString &what, const QStringList &columns) {
        for (const QString &name : columns) {
            if (!hasColumn(table.columns, name)) {
                table.error = u"Can't create %1 on table '%2': no column named '%3' is present."_s.arg(what, definition.name,
                                                                                                     name);
                return true;
            }
        }
        return false;
    };

    // The primary key: a PrimaryKeyConstraint, or the columns marked primary_key=True.
    QStringList flagged;
    for (const ColumnDefinition &column : std::as_const(table.columns)) {
        if (column.primaryKey)
            flagged.append(column.name);
    }
    for (const ConstraintDefinition &constraint : definition.constraints) {
        if (constraint.kind != Kind::PrimaryKey) {
            table.constraints.append(constraint);
            continue;
        }
        if (!table.primaryKeyImplicit) {
            table.unsupported = u"two primary keys in one table"_s;
            return table;
        }
        if (!flagged.isEmpty() && flagged != constraint.columns) {
            // SQLAlchemy warns and keeps the constraint's columns, leaving the others marked.
            table.unsupported = u"columns marked primary_key=True and a PrimaryKeyConstraint of others"_s;
            return table;
        }
        if (missingColumn(className(constraint.kind), constraint.columns))
            return table;
        table.primaryKey = constraint.columns;
        table.primaryKeyName = constraint.name;
        table.primaryKeyImplicit = false;
    }
    if (table.primaryKeyImplicit)
        table.primaryKey = flagged;
    for (ColumnDefinition &column : table.columns) {
        if (table.primaryKey.contains(column.name)) {
            column.primaryKey = true;
            if (!column.nullableWritten)
                column.nullable = false;
        }
    }
    for (const ConstraintDefinition &constraint : std::as_const(table.constraints)) {
        if (constraint.kind != Kind::Check && missingColumn(className(constraint.kind), constraint.columns))
            return table;
    }
    for (const IndexDefinition &index : definition.indexes) {
        if (missingColumn(u"Index"_s, index.columns))
            return table;
        IndexDefinition named = index;
        if (named.name.isEmpty())
            named.name = conventionIndexName(definition, index.columns.value(0), dialect);
        table.indexes.append(named);
    }

    // What each column makes once it belongs to the table, in the order of the columns:
    // its UNIQUE (or unique index), its type's CHECK, its FOREIGN KEYs (measured: Column._set_parent
    // makes the UNIQUE before the type's and the foreign key's attach events run).
    for (const ColumnDefinition &column : std::as_const(table.columns)) {
        if (column.index) {
            table.indexes.append({conventionIndexName(definition, column.name, dialect), {column.name}, column.unique,
                                  column.line});
        } else if (column.unique) {
            ConstraintDefinition unique;
            unique.kind = Kind::Unique;
            unique.columns = {column.name};
            unique.line = column.line;
            table.constraints.append(unique);
        }
        if (const std::optional<ConstraintDefinition> check = typeCheckConstraint(column, dialect))
            table.constraints.append(*check);
        table.constraints += column.foreignKeys;
    }
    findAutoincrement(table);
    return table;
}

// Whether a type is, or has among its variants, a postgresql.ENUM that creates its type.
// Such an ENUM creates it from the table's before_create event on every dialect with native
// enums, MySQL's too, and whichever dialect its variant is for: NamedType._on_table_create
// has no variant check, and ENUM.create skips only dialects without native enums (SQLite).
bool createsPostgresqlEnumType(const SqlType &type)
{
    if (type.module == TypeModule::PostgreSQL && isEnum(type) && type.createType)
        return true;
    return std::any_of(type.variants.cbegin(), type.variants.cend(),
                       [](const TypeVariant &variant) { return createsPostgresqlEnumType(variant.type); });
}

bool hasArrayOfEnums(const SqlType &type)
{
    if (!type.itemType.empty() && (isEnum(type.itemType.front()) || hasArrayOfEnums(type.itemType.front())))
        return true;
    return std::any_of(type.variants.cbegin(), type.variants.cend(),
                       [](const TypeVariant &variant) { return hasArrayOfEnums(variant.type); });
}

// PostgreSQL: `CREATE TYPE` for each named enum of the table's columns that this run has
// not created yet (ENUM._on_table_create and its memo).
QStringList createEnumTypes(const Table &table, DdlMemo *memo, QString *error)
{
    DdlMemo local;
    DdlMemo &created = memo ? *memo : local;
    QStringList statements;
    for (const ColumnDefinition &column : table.columns) {
        const SqlType &type = column.type.forDialect(Dialect::PostgreSQL);
        if (!type.itemType.empty() && isEnum(type.itemType.front())) {
            *error = u"an ARRAY of enums in op.create_table is not rendered yet"_s;
            return {};
        }
        if (!isEnum(type) || !(type.nativeEnum || type.module == TypeModule::PostgreSQL) || !type.createType)
            continue;
        if (type.typeName.isEmpty()) {
            *error = u"PostgreSQL ENUM type requires a name."_s;
            return {};
        }
        if (created.createdEnumTypes.contains({type.schema, type.typeName}))
            continue;
        created.createdEnumTypes.insert({type.schema, type.typeName});
        QStringList labels;
        for (const QString &value : type.values)
            labels.append(stringLiteral(value, Dialect::PostgreSQL));
        statements.append(u"CREATE TYPE %1 AS ENUM (%2)"_s.arg(qualified(type.typeName, type.schema, Dialect::PostgreSQL),
                                                              labels.join(u", "_s)));
    }
    return statements;
}

// MySQLDDLCompiler.post_create_table: the `mysql_…` (on MariaDB, `mariadb_…`) options and
// the comment. SQLAlchemy orders them by a topological sort of a set, so Alembic's order
// changes from run to run; this is one it can produce: alphabetical, COLLATE after the
// character set it depends on.
std::optional<QString> mysqlTableOptions(const TableDefinition &definition, Dialect dialect, QString *unsupported)
{
    const QString prefix = dialect == Dialect::MariaDB ? u"mariadb_"_s : u"mysql_"_s;
    QMap<QString, QString> options;
    for (const auto &[keyword, value] : definition.dialectOptions) {
        if (keyword.startsWith(prefix))
            options.insert(keyword.mid(prefix.size()).toUpper(), value);
    }
    if (definition.comment)
        options.insert(u"COMMENT"_s, *definition.comment);
    static const QStringList partitioning = {u"PARTITION_BY"_s, u"PARTITIONS"_s, u"SUBPARTITIONS"_s, u"SUBPARTITION_BY"_s};
    static const QStringList quoted = {u"COMMENT"_s, u"DATA_DIRECTORY"_s, u"INDEX_DIRECTORY"_s, u"PASSWORD"_s,
                                       u"CONNECTION"_s};
    static const QStringList spaced = {u"DATA_DIRECTORY"_s, u"INDEX_DIRECTORY"_s, u"DEFAULT_CHARACTER_SET"_s,
                                       u"CHARACTER_SET"_s, u"DEFAULT_CHARSET"_s, u"DEFAULT_COLLATE"_s};
    static const QStringList joinedBySpace = {u"TABLESPACE"_s, u"DEFAULT CHARACTER SET"_s, u"CHARACTER SET"_s,
                                              u"COLLATE"_s};
    QStringList ordered = options.keys();
    if (ordered.removeOne(u"COLLATE"_s))
        ordered.append(u"COLLATE"_s);
    QStringList rendered;
    for (const QString &key : std::as_const(ordered)) {
        if (partitioning.contains(key)) {
            *unsupported = u"partitioned MySQL tables are not rendered yet"_s;
            return std::nullopt;
        }
        const QString value = quoted.contains(key) ? stringLiteral(options.value(key), dialect) : options.value(key);
        const QString option = spaced.contains(key) ? QString(key).replace(u'_', u' ') : key;
        rendered.append(option + (joinedBySpace.contains(option) ? u" "_s : u"="_s) + value);
    }
    return rendered.join(u' ');
}

} // namespace

std::optional<ConstraintDefinition> typeCheckConstraint(const ColumnDefinition &column, Dialect dialect)
{
    if (!createsCheckConstraint(column.type, dialect))
        return std::nullopt;
    const SqlType &type = column.type.forDialect(dialect);
    QStringList values;
    if (isEnum(type)) {
        for (const QString &value : type.values)
            values.append(stringLiteral(value, dialect));
    } else {
        values = QStringList{u"0"_s, u"1"_s};
    }
    ConstraintDefinition check;
    check.kind = Kind::Check;
    check.name = type.typeName;
    check.condition = u"%1 IN (%2)"_s.arg(quoteName(column.name, dialect), values.join(u", "_s));
    check.line = column.line;
    return check;
}

BuiltTable builtTable(const TableDefinition &definition, Dialect dialect)
{
    const Table table = buildTable(definition, dialect);
    BuiltTable built;
    built.error = !table.unsupported.isEmpty() ? table.unsupported : table.error;
    if (!built.error.isEmpty())
        return built;
    built.table = definition;
    built.table.columns = table.columns;
    built.table.constraints.clear();
    if (!table.primaryKey.isEmpty()) {
        ConstraintDefinition primaryKey;
        primaryKey.kind = Kind::PrimaryKey;
        primaryKey.name = table.primaryKeyName;
        primaryKey.columns = table.primaryKey;
        built.table.constraints.append(primaryKey);
    }
    built.table.constraints += table.constraints;
    for (ColumnDefinition &column : built.table.columns) {
        // A column's own CHECKs are rendered inline, but they are table constraints all the same.
        built.table.constraints += column.checks;
        column.checks.clear();
        column.foreignKeys.clear();
        column.unique = false;
        column.index = false;
    }
    built.table.indexes = table.indexes;
    if (table.autoincrement >= 0)
        built.autoincrementColumn = table.columns[table.autoincrement].name;
    return built;
}

QString conventionIndexName(const TableDefinition &table, const QString &column, Dialect dialect)
{
    // column_0_label: the table's name, with its schema, and the column's.
    const QString label = table.schema.isEmpty() ? table.name : table.schema + u'_' + table.name;
    return truncatedLabel(u"ix_%1_%2"_s.arg(label, column), dialect);
}

CompiledOperation createTable(const TableDefinition &definition, Dialect dialect, DdlMemo *memo,
                              const ProjectTypes &projectTypes)
{
    const Table table = buildTable(definition, dialect);
    if (!table.unsupported.isEmpty())
        return unsupported(table.unsupported);
    if (!table.error.isEmpty())
        return failure({}, table.error);
    // A name written in full is checked, not cut (op.f() names would be cut): neither is
    // modelled yet. The primary key's name first, then the constraints', then the indexes'.
    const qsizetype longest = maximumNameLength(dialect);
    const auto tooLong = [&](QLatin1StringView what, const QString &name) {
        return unsupported(u"the %1 name %2 is longer than the dialect allows"_s.arg(what, name));
    };
    if (table.primaryKeyName.size() > longest)
        return tooLong("constraint"_L1, table.primaryKeyName);
    for (const ConstraintDefinition &constraint : table.constraints) {
        if (constraint.name.size() > longest)
            return tooLong("constraint"_L1, constraint.name);
    }
    for (const IndexDefinition &index : definition.indexes) {
        if (index.name.size() > longest)
            return tooLong("index"_L1, index.name);
    }

    QStringList statements;
    if (isMySQL(dialect)) {
        for (const ColumnDefinition &column : table.columns) {
            if (hasArrayOfEnums(column.type))
                return unsupported(u"an ARRAY of enums in op.create_table is not rendered yet"_s);
            // Alembic fails there, before CREATE TABLE (SQLAlchemy's UnsupportedCompilationError).
            if (createsPostgresqlEnumType(column.type)) {
                return failure({}, u"MySQLDDLCompiler can't render element of type CreateEnumType: the "
                                   "postgresql.ENUM of column '%1' creates its type on every dialect with native "
                                   "enums"_s.arg(column.name));
            }
        }
    }
    if (dialect == Dialect::PostgreSQL) {
        QString error;
        statements = createEnumTypes(table, memo, &error);
        if (!error.isEmpty())
            return failure({}, error);
    }

    const bool sqliteInline = dialect == Dialect::SQLite && definition.sqliteAutoincrement
        && table.primaryKey.size() == 1 && [&] {
               for (const ColumnDefinition &column : table.columns) {
                   if (column.name == table.primaryKey.front()) {
                       return affinityOf(column.type) == Affinity::Integer
                           && !std::any_of(table.constraints.cbegin(), table.constraints.cend(),
                                           [&](const ConstraintDefinition &c) {
                                               return c.kind == Kind::ForeignKey && c.columns.contains(column.name);
                                           });
                   }
               }
               return false;
           }();
    if (dialect == Dialect::SQLite && table.primaryKey.size() > 1) {
        for (const ColumnDefinition &column : table.columns) {
            if (column.primaryKey && column.autoincrement == Autoincrement::True)
                return failure(statements, u"SQLite does not support autoincrement for composite primary keys"_s);
        }
    }

    // The lines inside the brackets, each after its separator, as CREATE TABLE shows them.
    QString lines;
    lines.reserve((table.columns.size() + table.constraints.size() + 1) * 64); // a line is rarely longer
    const auto addLine = [&lines](const QString &line) {
        lines += lines.isEmpty() ? "\n\t"_L1 : ", \n\t"_L1;
        lines += line;
    };
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const ColumnDefinition &column = table.columns[i];
        ColumnRole role;
        role.autoincrement = i == table.autoincrement;
        role.sqliteInlinePrimaryKey = sqliteInline && column.primaryKey;
        role.inlineComment = isMySQL(dialect);
        const ColumnSpecification specification = columnSpecification(column, dialect, role, projectTypes);
        if (specification.unsupported)
            return unsupported(specification.error);
        if (!specification.error.isEmpty())
            return failure(statements, specification.error);
        addLine(specification.sql);
    }
    if (!table.primaryKey.isEmpty() && !sqliteInline) {
        ConstraintDefinition primaryKey;
        primaryKey.kind = Kind::PrimaryKey;
        primaryKey.name = table.primaryKeyName;
        primaryKey.columns = table.primaryKey;
        // columns_autoinc_first: a key made of primary_key=True columns names the
        // autoincrement column first.
        if (table.primaryKeyImplicit && table.autoincrement >= 0) {
            const QString first = table.columns[table.autoincrement].name;
            primaryKey.columns.removeOne(first);
            primaryKey.columns.prepend(first);
        }
        addLine(constraintSql(primaryKey, dialect).sql);
    }
    for (const ConstraintDefinition &constraint : table.constraints) {
        // SQLite leaves out a foreign key to a table of another schema.
        if (dialect == Dialect::SQLite && constraint.kind == Kind::ForeignKey
            && constraint.referentSchema != definition.schema)
            continue;
        const ConstraintSql sql = constraintSql(constraint, dialect);
        if (!sql.error.isEmpty())
            return failure(statements, sql.error);
        addLine(sql.sql);
    }

    QString suffix;
    if (isMySQL(dialect)) {
        QString why;
        const std::optional<QString> options = mysqlTableOptions(definition, dialect, &why);
        if (!options)
            return unsupported(why);
        suffix = *options;
    }
    const QString name = qualified(definition.name, definition.schema, dialect);
    statements.append("CREATE TABLE "_L1 + name + " ("_L1 + lines + "\n)"_L1 + suffix);
    for (const IndexDefinition &index : table.indexes)
        statements.append(createIndexSql(index, definition.name, definition.schema, dialect));

    // PostgreSQL has its comments in statements of their own; an empty one is none.
    if (dialect == Dialect::PostgreSQL) {
        if (definition.comment && !definition.comment->isEmpty())
            statements.append(u"COMMENT ON TABLE %1 IS %2"_s.arg(name, stringLiteral(*definition.comment, dialect)));
        for (const ColumnDefinition &column : table.columns) {
            if (column.comment && !column.comment->isEmpty()) {
                statements.append(u"COMMENT ON COLUMN %1.%2 IS %3"_s.arg(name, quoteName(column.name, dialect),
                                                                        stringLiteral(*column.comment, dialect)));
            }
        }
    }
    return {statements, {}};
}

} // namespace Migrations
