#include "sqltype.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Migrations {

SqlType SqlType::withVariant(const SqlType &other, const QStringList &dialectNames) const
{
    SqlType result = *this;
    for (const QString &dialect : dialectNames) {
        const auto same = [&](const TypeVariant &variant) {
            return variant.dialect == dialect;
        };
        std::erase_if(result.variants, same);
        result.variants.push_back({dialect, other});
    }
    return result;
}

bool SqlType::hasVariant(const QString &dialect) const
{
    return std::any_of(variants.cbegin(), variants.cend(),
                       [&](const TypeVariant &variant) { return variant.dialect == dialect; });
}

const SqlType &SqlType::forDialect(Dialect dialect) const
{
    const QString wanted = dialectName(dialect);
    for (const TypeVariant &variant : variants) {
        if (variant.dialect == wanted)
            return variant.type;
    }
    return *this;
}

static QLatin1StringView modulePrefix(TypeModule module)
{
    switch (module) {
    case TypeModule::SqlAlchemy:
        return "sa."_L1;
    case TypeModule::PostgreSQL:
        return "postgresql."_L1;
    case TypeModule::MySQL:
        return "mysql."_L1;
    case TypeModule::SQLite:
        return "sqlite."_L1;
    case TypeModule::SqlModel:
        return "sqlmodel."_L1;
    case TypeModule::Project:
        break;
    }
    return {};
}

QString SqlType::qualifiedName() const
{
    return modulePrefix(module) + name;
}

namespace {

using M = TypeModule;
constexpr unsigned Str = TypeClass::MySqlString;
constexpr unsigned Num = TypeClass::MySqlNumeric;
constexpr unsigned Dt = TypeClass::SQLiteDateTime;

constexpr TypeClass entry(M module, const char *name, const char *visitName, unsigned traits = 0)
{
    return {module, QLatin1StringView(name), QLatin1StringView(name), QLatin1StringView(visitName), traits};
}

constexpr TypeClass alias(M module, const char *name, const char *className, const char *visitName)
{
    return {module, QLatin1StringView(name), QLatin1StringView(className), QLatin1StringView(visitName), 0};
}

// Each class with its __visit_name__, as SQLAlchemy 2.0 defines them. The generic
// CamelCase types dispatch on lowercase names that each dialect may map differently
// (visit_datetime is TIMESTAMP on PostgreSQL); the UPPERCASE ones on their own name.
// Classes a dialect module merely re-exports are listed under sqlalchemy only.
constexpr TypeClass typeClassTable[] = {
    // sqlalchemy: generic types
    entry(M::SqlAlchemy, "String", "string"),
    entry(M::SqlAlchemy, "Unicode", "unicode"),
    entry(M::SqlAlchemy, "Text", "text"),
    entry(M::SqlAlchemy, "UnicodeText", "unicode_text"),
    entry(M::SqlAlchemy, "Integer", "integer"),
    entry(M::SqlAlchemy, "SmallInteger", "small_integer"),
    entry(M::SqlAlchemy, "BigInteger", "big_integer"),
    entry(M::SqlAlchemy, "Boolean", "boolean"),
    entry(M::SqlAlchemy, "DateTime", "datetime"),
    entry(M::SqlAlchemy, "Date", "date"),
    entry(M::SqlAlchemy, "Time", "time"),
    entry(M::SqlAlchemy, "Interval", "interval"), // a TypeDecorator: see the compiler
    entry(M::SqlAlchemy, "Float", "float"),
    entry(M::SqlAlchemy, "Double", "double"),
    entry(M::SqlAlchemy, "Numeric", "numeric"),
    entry(M::SqlAlchemy, "LargeBinary", "large_binary"),
    entry(M::SqlAlchemy, "PickleType", "pickle"), // a TypeDecorator over LargeBinary
    entry(M::SqlAlchemy, "JSON", "JSON"),
    entry(M::SqlAlchemy, "Uuid", "uuid"),
    entry(M::SqlAlchemy, "Enum", "enum"),
    entry(M::SqlAlchemy, "ARRAY", "ARRAY"),
    // sqlalchemy: the SQL standard's UPPERCASE types
    entry(M::SqlAlchemy, "VARCHAR", "VARCHAR"),
    entry(M::SqlAlchemy, "NVARCHAR", "NVARCHAR"),
    entry(M::SqlAlchemy, "CHAR", "CHAR"),
    entry(M::SqlAlchemy, "NCHAR", "NCHAR"),
    entry(M::SqlAlchemy, "TEXT", "TEXT"),
    entry(M::SqlAlchemy, "CLOB", "CLOB"),
    entry(M::SqlAlchemy, "INTEGER", "INTEGER"),
    alias(M::SqlAlchemy, "INT", "INTEGER", "INTEGER"),
    entry(M::SqlAlchemy, "SMALLINT", "SMALLINT"),
    entry(M::SqlAlchemy, "BIGINT", "BIGINT"),
    entry(M::SqlAlchemy, "BOOLEAN", "BOOLEAN"),
    entry(M::SqlAlchemy, "TIMESTAMP", "TIMESTAMP"),
    entry(M::SqlAlchemy, "DATETIME", "DATETIME"),
    entry(M::SqlAlchemy, "DATE", "DATE"),
    entry(M::SqlAlchemy, "TIME", "TIME"),
    entry(M::SqlAlchemy, "NUMERIC", "NUMERIC"),
    entry(M::SqlAlchemy, "DECIMAL", "DECIMAL"),
    entry(M::SqlAlchemy, "FLOAT", "FLOAT"),
    entry(M::SqlAlchemy, "REAL", "REAL"),
    entry(M::SqlAlchemy, "DOUBLE", "DOUBLE"),
    entry(M::SqlAlchemy, "DOUBLE_PRECISION", "DOUBLE_PRECISION"),
    entry(M::SqlAlchemy, "BLOB", "BLOB"),
    entry(M::SqlAlchemy, "BINARY", "BINARY"),
    entry(M::SqlAlchemy, "VARBINARY", "VARBINARY"),
    entry(M::SqlAlchemy, "UUID", "UUID"),
    // sqlalchemy.dialects.postgresql
    entry(M::PostgreSQL, "ARRAY", "ARRAY"),
    entry(M::PostgreSQL, "BIT", "BIT"),
    entry(M::PostgreSQL, "BYTEA", "BYTEA"),
    entry(M::PostgreSQL, "CIDR", "CIDR"),
    entry(M::PostgreSQL, "CITEXT", "CITEXT"),
    entry(M::PostgreSQL, "ENUM", "enum"),
    entry(M::PostgreSQL, "HSTORE", "HSTORE"),
    entry(M::PostgreSQL, "INET", "INET"),
    entry(M::PostgreSQL, "INTERVAL", "INTERVAL"),
    entry(M::PostgreSQL, "JSON", "JSON"),
    entry(M::PostgreSQL, "JSONB", "JSONB"),
    entry(M::PostgreSQL, "JSONPATH", "JSONPATH"),
    entry(M::PostgreSQL, "MACADDR", "MACADDR"),
    entry(M::PostgreSQL, "MACADDR8", "MACADDR8"),
    entry(M::PostgreSQL, "MONEY", "MONEY"),
    entry(M::PostgreSQL, "OID", "OID"),
    entry(M::PostgreSQL, "REGCLASS", "REGCLASS"),
    entry(M::PostgreSQL, "REGCONFIG", "REGCONFIG"),
    entry(M::PostgreSQL, "TIME", "TIME"),
    entry(M::PostgreSQL, "TIMESTAMP", "TIMESTAMP"),
    entry(M::PostgreSQL, "TSQUERY", "TSQUERY"),
    entry(M::PostgreSQL, "TSVECTOR", "TSVECTOR"),
    entry(M::PostgreSQL, "INT4RANGE", "INT4RANGE"),
    entry(M::PostgreSQL, "INT8RANGE", "INT8RANGE"),
    entry(M::PostgreSQL, "NUMRANGE", "NUMRANGE"),
    entry(M::PostgreSQL, "DATERANGE", "DATERANGE"),
    entry(M::PostgreSQL, "TSRANGE", "TSRANGE"),
    entry(M::PostgreSQL, "TSTZRANGE", "TSTZRANGE"),
    // sqlalchemy.dialects.mysql
    entry(M::MySQL, "BIGINT", "BIGINT", Num),
    entry(M::MySQL, "BIT", "BIT"),
    entry(M::MySQL, "CHAR", "CHAR", Str),
    entry(M::MySQL, "DATETIME", "DATETIME"),
    entry(M::MySQL, "DECIMAL", "DECIMAL", Num),
    entry(M::MySQL, "DOUBLE", "DOUBLE", Num),
    entry(M::MySQL, "ENUM", "ENUM", Str),
    entry(M::MySQL, "FLOAT", "FLOAT", Num),
    entry(M::MySQL, "INTEGER", "INTEGER", Num),
    entry(M::MySQL, "JSON", "JSON"),
    entry(M::MySQL, "LONGBLOB", "LONGBLOB"),
    entry(M::MySQL, "LONGTEXT", "LONGTEXT", Str),
    entry(M::MySQL, "MEDIUMBLOB", "MEDIUMBLOB"),
    entry(M::MySQL, "MEDIUMINT", "MEDIUMINT", Num),
    entry(M::MySQL, "MEDIUMTEXT", "MEDIUMTEXT", Str),
    entry(M::MySQL, "NCHAR", "NCHAR", Str),
    entry(M::MySQL, "NUMERIC", "NUMERIC", Num),
    entry(M::MySQL, "NVARCHAR", "NVARCHAR", Str),
    entry(M::MySQL, "REAL", "REAL", Num),
    entry(M::MySQL, "SET", "SET", Str),
    entry(M::MySQL, "SMALLINT", "SMALLINT", Num),
    entry(M::MySQL, "TEXT", "TEXT", Str),
    entry(M::MySQL, "TIME", "TIME"),
    entry(M::MySQL, "TIMESTAMP", "TIMESTAMP"),
    entry(M::MySQL, "TINYBLOB", "TINYBLOB"),
    entry(M::MySQL, "TINYINT", "TINYINT", Num),
    entry(M::MySQL, "TINYTEXT", "TINYTEXT", Str),
    entry(M::MySQL, "VARCHAR", "VARCHAR", Str),
    entry(M::MySQL, "YEAR", "YEAR"),
    entry(M::MySQL, "INET4", "INET4"), // MariaDB's, in sqlalchemy.dialects.mysql
    entry(M::MySQL, "INET6", "INET6"),
    // sqlalchemy.dialects.sqlite
    entry(M::SQLite, "DATE", "date", Dt),
    entry(M::SQLite, "DATETIME", "datetime", Dt),
    entry(M::SQLite, "TIME", "time", Dt),
    entry(M::SQLite, "JSON", "JSON"),
    // sqlmodel.sql.sqltypes
    entry(M::SqlModel, "AutoString", "auto_string"),
};

// What each dialect module re-exports from sqlalchemy under the same name.
constexpr const char *postgresqlReexports[]
    = {"BIGINT", "BOOLEAN",  "CHAR", "DATE", "DOUBLE_PRECISION", "FLOAT", "INTEGER", "NUMERIC",
       "REAL",   "SMALLINT", "TEXT", "UUID", "VARCHAR"};
constexpr const char *mysqlReexports[] = {"BINARY", "BLOB", "BOOLEAN", "DATE", "VARBINARY"};
constexpr const char *sqliteReexports[]
    = {"BLOB",    "BOOLEAN", "CHAR",     "DECIMAL", "FLOAT",     "INTEGER",
       "NUMERIC", "REAL",    "SMALLINT", "TEXT",    "TIMESTAMP", "VARCHAR"};

template<std::size_t N> bool contains(const char *const (&names)[N], const QString &name)
{
    return std::any_of(std::begin(names), std::end(names),
                       [&](const char *candidate) { return name == QLatin1StringView(candidate); });
}

} // namespace

std::span<const TypeClass> typeClasses()
{
    return typeClassTable;
}

namespace {

// The linear search findTypeClass() stands for: a module's own class, else the generic
// one its dialect module re-exports.
const TypeClass *searchTypeClass(TypeModule module, const QString &name)
{
    const auto find = [&](TypeModule in) -> const TypeClass * {
        const auto found = std::find_if(std::begin(typeClassTable), std::end(typeClassTable),
                                        [&](const TypeClass &c) { return c.module == in && c.name == name; });
        return found == std::end(typeClassTable) ? nullptr : found;
    };
    if (const TypeClass *own = find(module))
        return own;
    const bool reexported = (module == TypeModule::PostgreSQL && contains(postgresqlReexports, name))
                            || (module == TypeModule::MySQL && contains(mysqlReexports, name))
                            || (module == TypeModule::SQLite && contains(sqliteReexports, name));
    return reexported ? find(TypeModule::SqlAlchemy) : nullptr;
}

constexpr int moduleCount = int(TypeModule::Project) + 1;

} // namespace

const TypeClass *findTypeClass(TypeModule module, QStringView name)
{
    // Every name a module answers to, own classes and re-exports, with what the search
    // gives for it: built once, as each column type is looked up several times.
    using Names = QHash<QString, const TypeClass *>;
    static const std::array<Names, moduleCount> byModule = [] {
        std::array<Names, moduleCount> names;
        const auto add = [&](TypeModule in, const QString &className) {
            names[std::size_t(in)].insert(className, searchTypeClass(in, className));
        };
        for (const TypeClass &typeClass : typeClassTable)
            add(typeClass.module, QString(typeClass.name));
        for (const char *reexport : postgresqlReexports)
            add(TypeModule::PostgreSQL, QLatin1StringView(reexport));
        for (const char *reexport : mysqlReexports)
            add(TypeModule::MySQL, QLatin1StringView(reexport));
        for (const char *reexport : sqliteReexports)
            add(TypeModule::SQLite, QLatin1StringView(reexport));
        return names;
    }();
    const auto index = std::size_t(module);
    return index < byModule.size() ? byModule[index].value(name, nullptr) : nullptr;
}

bool createsCheckConstraint(const SqlType &written, Dialect dialect)
{
    const SqlType &type = written.forDialect(dialect);
    if (!type.createConstraint)
        return false;
    const TypeClass *typeClass = findTypeClass(type.module, type.name);
    if (!typeClass)
        return false;
    const QLatin1StringView visit = typeClass->visitName;
    // Boolean: every dialect here has non_native_boolean_check_constraint; only
    // PostgreSQL has a native boolean.
    if (visit == "boolean"_L1 || visit == "BOOLEAN"_L1)
        return dialect != Dialect::PostgreSQL;
    // Enum: a CHECK wherever the enum is not native. SQLite has no native enum.
    // (postgresql.ENUM ignores native_enum=False.)
    if (visit == "enum"_L1 || visit == "ENUM"_L1)
        return (!type.nativeEnum && type.module != TypeModule::PostgreSQL) || dialect == Dialect::SQLite;
    return false;
}

} // namespace Migrations
