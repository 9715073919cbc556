#include "typeconstructor.h"

#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

// The constructors of SQLAlchemy 2.0's type classes (and sqlmodel's AutoString), with the
// parameters inspect.signature() gives them and, where they take **kw, what the chain of
// base-class constructors really reads. tst_typeexpression checks `parameters` against
// inspect and the flattened chains against real calls.

namespace Migrations {

namespace {

using P = TypeParameter;
using M = TypeModule;

constexpr P opt(QLatin1StringView name)
{
    return {name, P::PositionalOrKeyword, false};
}
constexpr P req(QLatin1StringView name)
{
    return {name, P::PositionalOrKeyword, true};
}
constexpr P kwonly(QLatin1StringView name)
{
    return {name, P::KeywordOnly, false};
}
constexpr P rest(QLatin1StringView name)
{
    return {name, P::VarPositional, false};
}
constexpr P kwargs(QLatin1StringView name)
{
    return {name, P::VarKeyword, false};
}

// As inspect lists them.
constexpr P string[] = {opt("length"_L1), opt("collation"_L1)};
constexpr P anything[] = {rest("args"_L1), kwargs("kwargs"_L1)}; // object.__init__, TypeDecorator.__init__
constexpr P boolean[]
    = {opt("create_constraint"_L1), opt("name"_L1), opt("_create_events"_L1), opt("_adapted_from"_L1)};
constexpr P timezone[] = {opt("timezone"_L1)};
constexpr P interval[] = {opt("native"_L1), opt("second_precision"_L1), opt("day_precision"_L1)};
constexpr P floating[] = {opt("precision"_L1), opt("asdecimal"_L1), opt("decimal_return_scale"_L1)};
constexpr P numeric[]
    = {opt("precision"_L1), opt("scale"_L1), opt("decimal_return_scale"_L1), opt("asdecimal"_L1)};
constexpr P length[] = {opt("length"_L1)};
constexpr P pickle[] = {opt("protocol"_L1), opt("pickler"_L1), opt("comparator"_L1), opt("impl"_L1)};
constexpr P json[] = {opt("none_as_null"_L1)};
constexpr P uuid[] = {opt("as_uuid"_L1), opt("native_uuid"_L1)};
constexpr P upperUuid[] = {opt("as_uuid"_L1)};
constexpr P enumeration[] = {rest("enums"_L1), kwargs("kw"_L1)};
constexpr P array[] = {req("item_type"_L1), opt("as_tuple"_L1), opt("dimensions"_L1), opt("zero_indexes"_L1)};
constexpr P pgBit[] = {opt("length"_L1), opt("varying"_L1)};
constexpr P pgEnum[] = {rest("enums"_L1), kwonly("name"_L1), kwonly("create_type"_L1), kwargs("kw"_L1)};
constexpr P hstore[] = {opt("text_type"_L1)};
constexpr P pgInterval[] = {opt("precision"_L1), opt("fields"_L1)};
constexpr P pgJson[] = {opt("none_as_null"_L1), opt("astext_type"_L1)};
constexpr P pgTime[] = {opt("timezone"_L1), opt("precision"_L1)};
constexpr P myInteger[] = {opt("display_width"_L1), kwargs("kw"_L1)};
constexpr P myString[] = {opt("length"_L1), kwargs("kwargs"_L1)};
constexpr P myText[] = {opt("length"_L1), kwargs("kw"_L1)};
constexpr P myOnlyKeywords[] = {kwargs("kwargs"_L1)};
constexpr P myNumeric[] = {opt("precision"_L1), opt("scale"_L1), opt("asdecimal"_L1), kwargs("kw"_L1)};
constexpr P mySet[] = {rest("values"_L1), kwargs("kw"_L1)};
constexpr P myDateTime[] = {opt("timezone"_L1), opt("fsp"_L1)};
constexpr P year[] = {opt("display_width"_L1)};
constexpr P sqliteDate[] = {opt("storage_format"_L1), opt("regexp"_L1), kwargs("kw"_L1)};

// The flattened chains. Enum._enum_init and SchemaType.__init__ read these keywords:
#define ENUM_KEYWORDS                                                                                        \
    kwonly("native_enum"_L1), kwonly("create_constraint"_L1), kwonly("values_callable"_L1),                  \
        kwonly("sort_key_function"_L1), kwonly("validate_strings"_L1), kwonly("length"_L1),                  \
        kwonly("omit_aliases"_L1), kwonly("name"_L1), kwonly("schema"_L1), kwonly("metadata"_L1),            \
        kwonly("inherit_schema"_L1), kwonly("quote"_L1), kwonly("_create_events"_L1),                        \
        kwonly("_adapted_from"_L1)
// mysql's _StringType.__init__ (`collate=` is its alias of collation):
#define MYSQL_STRING_KEYWORDS                                                                                \
    kwonly("charset"_L1), kwonly("collation"_L1), kwonly("collate"_L1), kwonly("ascii"_L1),                  \
        kwonly("binary"_L1), kwonly("unicode"_L1), kwonly("national"_L1)

constexpr P enumAccepts[] = {rest("enums"_L1), ENUM_KEYWORDS};
constexpr P pgEnumAccepts[] = {rest("enums"_L1), kwonly("create_type"_L1), ENUM_KEYWORDS};
// mysql.ENUM: its own `*enums`, then Enum's keywords, then _StringType's (collation once).
constexpr P myEnumAccepts[] = {rest("enums"_L1),     ENUM_KEYWORDS,         kwonly("charset"_L1),
                               kwonly("collate"_L1), kwonly("ascii"_L1),    kwonly("binary"_L1),
                               kwonly("unicode"_L1), kwonly("national"_L1), kwonly("collation"_L1)};
constexpr P mySetAccepts[]
    = {rest("values"_L1), kwonly("retrieve_as_bitwise"_L1), kwonly("length"_L1), MYSQL_STRING_KEYWORDS};
constexpr P myIntegerAccepts[] = {opt("display_width"_L1), kwonly("unsigned"_L1), kwonly("zerofill"_L1)};
constexpr P myStringAccepts[] = {opt("length"_L1), MYSQL_STRING_KEYWORDS};
constexpr P myOnlyKeywordsAccepts[] = {kwonly("length"_L1), MYSQL_STRING_KEYWORDS};
constexpr P myNumericAccepts[]
    = {opt("precision"_L1),   opt("scale"_L1),       opt("asdecimal"_L1),
       kwonly("unsigned"_L1), kwonly("zerofill"_L1), kwonly("decimal_return_scale"_L1)};
constexpr P sqliteDateTimeAccepts[]
    = {opt("storage_format"_L1), opt("regexp"_L1), kwonly("truncate_microseconds"_L1), kwonly("timezone"_L1)};
#undef ENUM_KEYWORDS
#undef MYSQL_STRING_KEYWORDS

constexpr QLatin1StringView objectInit = "object.__init__"_L1;

constexpr TypeConstructor constructors[] = {
    // sqlalchemy
    {M::SqlAlchemy, "String"_L1, "String.__init__"_L1, string},
    {M::SqlAlchemy, "Unicode"_L1, "String.__init__"_L1, string},
    {M::SqlAlchemy, "Text"_L1, "String.__init__"_L1, string},
    {M::SqlAlchemy, "UnicodeText"_L1, "String.__init__"_L1, string},
    {M::SqlAlchemy, "Integer"_L1, objectInit, anything},
    {M::SqlAlchemy, "SmallInteger"_L1, objectInit, anything},
    {M::SqlAlchemy, "BigInteger"_L1, objectInit, anything},
    {M::SqlAlchemy, "Boolean"_L1, "Boolean.__init__"_L1, boolean},
    {M::SqlAlchemy, "DateTime"_L1, "DateTime.__init__"_L1, timezone},
    {M::SqlAlchemy, "Date"_L1, objectInit, anything},
    {M::SqlAlchemy, "Time"_L1, "Time.__init__"_L1, timezone},
    {M::SqlAlchemy, "Interval"_L1, "Interval.__init__"_L1, interval},
    {M::SqlAlchemy, "Float"_L1, "Float.__init__"_L1, floating},
    {M::SqlAlchemy, "Double"_L1, "Float.__init__"_L1, floating},
    {M::SqlAlchemy, "Numeric"_L1, "Numeric.__init__"_L1, numeric},
    {M::SqlAlchemy, "LargeBinary"_L1, "LargeBinary.__init__"_L1, length},
    {M::SqlAlchemy, "PickleType"_L1, "PickleType.__init__"_L1, pickle},
    {M::SqlAlchemy, "JSON"_L1, "JSON.__init__"_L1, json},
    {M::SqlAlchemy, "Uuid"_L1, "Uuid.__init__"_L1, uuid},
    {M::SqlAlchemy, "Enum"_L1, "Enum.__init__"_L1, enumeration, enumAccepts},
    {M::SqlAlchemy, "ARRAY"_L1, "ARRAY.__init__"_L1, array},
    {M::SqlAlchemy, "VARCHAR"_L1, "String.__init__"_L1, string},
    {M::SqlAlchemy, "NVARCHAR"_L1, "String.__init__"_L1, string},
    {M::SqlAlchemy, "CHAR"_L1, "String.__init__"_L1, string},
    {M::SqlAlchemy, "NCHAR"_L1, "String.__init__"_L1, string},
    {M::SqlAlchemy, "TEXT"_L1, "String.__init__"_L1, string},
    {M::SqlAlchemy, "CLOB"_L1, "String.__init__"_L1, string},
    {M::SqlAlchemy, "INTEGER"_L1, objectInit, anything},
    {M::SqlAlchemy, "INT"_L1, objectInit, anything},
    {M::SqlAlchemy, "SMALLINT"_L1, objectInit, anything},
    {M::SqlAlchemy, "BIGINT"_L1, objectInit, anything},
    {M::SqlAlchemy, "BOOLEAN"_L1, "Boolean.__init__"_L1, boolean},
    {M::SqlAlchemy, "TIMESTAMP"_L1, "TIMESTAMP.__init__"_L1, timezone},
    {M::SqlAlchemy, "DATETIME"_L1, "DateTime.__init__"_L1, timezone},
    {M::SqlAlchemy, "DATE"_L1, objectInit, anything},
    {M::SqlAlchemy, "TIME"_L1, "Time.__init__"_L1, timezone},
    {M::SqlAlchemy, "NUMERIC"_L1, "Numeric.__init__"_L1, numeric},
    {M::SqlAlchemy, "DECIMAL"_L1, "Numeric.__init__"_L1, numeric},
    {M::SqlAlchemy, "FLOAT"_L1, "Float.__init__"_L1, floating},
    {M::SqlAlchemy, "REAL"_L1, "Float.__init__"_L1, floating},
    {M::SqlAlchemy, "DOUBLE"_L1, "Float.__init__"_L1, floating},
    {M::SqlAlchemy, "DOUBLE_PRECISION"_L1, "Float.__init__"_L1, floating},
    {M::SqlAlchemy, "BLOB"_L1, "LargeBinary.__init__"_L1, length},
    {M::SqlAlchemy, "BINARY"_L1, "_Binary.__init__"_L1, length},
    {M::SqlAlchemy, "VARBINARY"_L1, "_Binary.__init__"_L1, length},
    {M::SqlAlchemy, "UUID"_L1, "UUID.__init__"_L1, upperUuid},
    // sqlalchemy.dialects.postgresql
    {M::PostgreSQL, "ARRAY"_L1, "ARRAY.__init__"_L1, array},
    {M::PostgreSQL, "BIT"_L1, "BIT.__init__"_L1, pgBit},
    {M::PostgreSQL, "BYTEA"_L1, "LargeBinary.__init__"_L1, length},
    {M::PostgreSQL, "CIDR"_L1, objectInit, anything},
    {M::PostgreSQL, "CITEXT"_L1, "String.__init__"_L1, string},
    {M::PostgreSQL, "ENUM"_L1, "ENUM.__init__"_L1, pgEnum, pgEnumAccepts},
    {M::PostgreSQL, "HSTORE"_L1, "HSTORE.__init__"_L1, hstore},
    {M::PostgreSQL, "INET"_L1, objectInit, anything},
    {M::PostgreSQL, "INTERVAL"_L1, "INTERVAL.__init__"_L1, pgInterval},
    {M::PostgreSQL, "JSON"_L1, "JSON.__init__"_L1, pgJson},
    {M::PostgreSQL, "JSONB"_L1, "JSON.__init__"_L1, pgJson},
    {M::PostgreSQL, "JSONPATH"_L1, objectInit, anything},
    {M::PostgreSQL, "MACADDR"_L1, objectInit, anything},
    {M::PostgreSQL, "MACADDR8"_L1, objectInit, anything},
    {M::PostgreSQL, "MONEY"_L1, objectInit, anything},
    {M::PostgreSQL, "OID"_L1, objectInit, anything},
    {M::PostgreSQL, "REGCLASS"_L1, objectInit, anything},
    {M::PostgreSQL, "REGCONFIG"_L1, objectInit, anything},
    {M::PostgreSQL, "TIME"_L1, "TIME.__init__"_L1, pgTime},
    {M::PostgreSQL, "TIMESTAMP"_L1, "TIMESTAMP.__init__"_L1, pgTime},
    {M::PostgreSQL, "TSQUERY"_L1, objectInit, anything},
    {M::PostgreSQL, "TSVECTOR"_L1, objectInit, anything},
    {M::PostgreSQL, "INT4RANGE"_L1, objectInit, anything},
    {M::PostgreSQL, "INT8RANGE"_L1, objectInit, anything},
    {M::PostgreSQL, "NUMRANGE"_L1, objectInit, anything},
    {M::PostgreSQL, "DATERANGE"_L1, objectInit, anything},
    {M::PostgreSQL, "TSRANGE"_L1, objectInit, anything},
    {M::PostgreSQL, "TSTZRANGE"_L1, objectInit, anything},
    // sqlalchemy.dialects.mysql: integers end in Integer, which takes nothing (object.__init__)
    {M::MySQL, "BIGINT"_L1, "BIGINT.__init__"_L1, myInteger, myIntegerAccepts, {}, objectInit},
    {M::MySQL, "BIT"_L1, "BIT.__init__"_L1, length},
    {M::MySQL, "CHAR"_L1, "CHAR.__init__"_L1, myString, myStringAccepts, {}, "String.__init__"_L1},
    {M::MySQL, "DATETIME"_L1, "DATETIME.__init__"_L1, myDateTime},
    {M::MySQL, "DECIMAL"_L1, "DECIMAL.__init__"_L1, myNumeric, myNumericAccepts, {}, "Numeric.__init__"_L1},
    {M::MySQL, "DOUBLE"_L1, "DOUBLE.__init__"_L1, myNumeric, myNumericAccepts, {}, "Float.__init__"_L1},
    {M::MySQL, "ENUM"_L1, "ENUM.__init__"_L1, enumeration, myEnumAccepts, {}, "String.__init__"_L1},
    {M::MySQL, "FLOAT"_L1, "FLOAT.__init__"_L1, myNumeric, myNumericAccepts, {}, "Float.__init__"_L1},
    {M::MySQL, "INTEGER"_L1, "INTEGER.__init__"_L1, myInteger, myIntegerAccepts, {}, objectInit},
    {M::MySQL, "JSON"_L1, "JSON.__init__"_L1, json},
    {M::MySQL, "LONGBLOB"_L1, "_Binary.__init__"_L1, length},
    {M::MySQL,
     "LONGTEXT"_L1,
     "LONGTEXT.__init__"_L1,
     myOnlyKeywords,
     myOnlyKeywordsAccepts,
     {},
     "String.__init__"_L1},
    {M::MySQL, "MEDIUMBLOB"_L1, "_Binary.__init__"_L1, length},
    {M::MySQL, "MEDIUMINT"_L1, "MEDIUMINT.__init__"_L1, myInteger, myIntegerAccepts, {}, objectInit},
    {M::MySQL,
     "MEDIUMTEXT"_L1,
     "MEDIUMTEXT.__init__"_L1,
     myOnlyKeywords,
     myOnlyKeywordsAccepts,
     {},
     "String.__init__"_L1},
    {M::MySQL, "NCHAR"_L1, "NCHAR.__init__"_L1, myString, myStringAccepts, {}, "String.__init__"_L1},
    {M::MySQL, "NUMERIC"_L1, "NUMERIC.__init__"_L1, myNumeric, myNumericAccepts, {}, "Numeric.__init__"_L1},
    {M::MySQL, "NVARCHAR"_L1, "NVARCHAR.__init__"_L1, myString, myStringAccepts, {}, "String.__init__"_L1},
    {M::MySQL, "REAL"_L1, "REAL.__init__"_L1, myNumeric, myNumericAccepts, {}, "Float.__init__"_L1},
    {M::MySQL, "SET"_L1, "SET.__init__"_L1, mySet, mySetAccepts, {}, "String.__init__"_L1},
    {M::MySQL, "SMALLINT"_L1, "SMALLINT.__init__"_L1, myInteger, myIntegerAccepts, {}, objectInit},
    {M::MySQL, "TEXT"_L1, "TEXT.__init__"_L1, myText, myStringAccepts, {}, "String.__init__"_L1},
    {M::MySQL, "TIME"_L1, "TIME.__init__"_L1, myDateTime},
    {M::MySQL, "TIMESTAMP"_L1, "TIMESTAMP.__init__"_L1, myDateTime},
    {M::MySQL, "TINYBLOB"_L1, "_Binary.__init__"_L1, length},
    {M::MySQL, "TINYINT"_L1, "TINYINT.__init__"_L1, myInteger, myIntegerAccepts, {}, objectInit},
    {M::MySQL,
     "TINYTEXT"_L1,
     "TINYTEXT.__init__"_L1,
     myOnlyKeywords,
     myOnlyKeywordsAccepts,
     {},
     "String.__init__"_L1},
    {M::MySQL, "VARCHAR"_L1, "VARCHAR.__init__"_L1, myString, myStringAccepts, {}, "String.__init__"_L1},
    {M::MySQL, "YEAR"_L1, "YEAR.__init__"_L1, year},
    {M::MySQL, "INET4"_L1, objectInit, anything},
    {M::MySQL, "INET6"_L1, objectInit, anything},
    // sqlalchemy.dialects.sqlite: DATETIME and TIME take (*args, **kwargs), pop
    // truncate_microseconds and pass the rest to _DateTimeMixin, then DateTime/Time.
    {M::SQLite, "DATE"_L1, "_DateTimeMixin.__init__"_L1, sqliteDate, {}, {}, objectInit},
    {M::SQLite, "DATETIME"_L1, "DATETIME.__init__"_L1, anything, sqliteDateTimeAccepts,
     "_DateTimeMixin.__init__"_L1, "DateTime.__init__"_L1},
    {M::SQLite, "TIME"_L1, "TIME.__init__"_L1, anything, sqliteDateTimeAccepts, "_DateTimeMixin.__init__"_L1,
     "Time.__init__"_L1},
    {M::SQLite, "JSON"_L1, "JSON.__init__"_L1, json},
    // sqlmodel: a TypeDecorator, whose (*args, **kwargs) build its impl, String.
    {M::SqlModel, "AutoString"_L1, "TypeDecorator.__init__"_L1, anything, string, "String.__init__"_L1,
     "String.__init__"_L1},
};

} // namespace

std::span<const TypeConstructor> typeConstructors()
{
    return constructors;
}

namespace {

const TypeConstructor *findConstructor(const TypeClass &typeClass)
{
    for (const TypeConstructor &constructor : constructors) {
        if (constructor.module == typeClass.module && constructor.name == typeClass.name)
            return &constructor;
    }
    return nullptr;
}

} // namespace

const TypeConstructor *typeConstructor(const TypeClass &typeClass)
{
    // Each class of typeClasses() with its constructor, found once: a column type asks
    // for its constructor every time one is read.
    static const std::vector<const TypeConstructor *> byClass = [] {
        std::vector<const TypeConstructor *> found;
        for (const TypeClass &known : typeClasses())
            found.push_back(findConstructor(known));
        return found;
    }();
    const std::span<const TypeClass> known = typeClasses();
    const std::less<const TypeClass *> before; // a total order, even for a pointer from elsewhere
    if (!before(&typeClass, known.data()) && before(&typeClass, known.data() + known.size()))
        return byClass[std::size_t(&typeClass - known.data())];
    return findConstructor(typeClass); // a TypeClass that is not one of the table's
}

} // namespace Migrations
