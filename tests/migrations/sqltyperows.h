#pragma once

// The column types of tst_sqltype, each as Python text and as the SqlType built here:
// shared with tst_typeexpression, which reads the text and must build the same value.

#include <migrations/sqltype.h>

#include <initializer_list>
#include <vector>

namespace SqlTypeRows {

using Migrations::SqlType;
using Migrations::TypeModule;

// Builds an SqlType in one line, with the argument names of the Python it stands for.
class T
{
public:
    T(TypeModule module, const char *name)
    {
        m_type.module = module;
        m_type.name = QString::fromLatin1(name);
    }
    operator SqlType() const { return m_type; }

    T &len(int n)
    {
        m_type.length = n;
        return *this;
    }
    T &collation(const char *c)
    {
        m_type.collation = QString::fromUtf8(c);
        return *this;
    }
    T &charset(const char *c)
    {
        m_type.charset = QString::fromLatin1(c);
        return *this;
    }
    T &national()
    {
        m_type.national = true;
        return *this;
    }
    T &ascii()
    {
        m_type.ascii = true;
        return *this;
    }
    T &unicode()
    {
        m_type.unicode = true;
        return *this;
    }
    T &binary()
    {
        m_type.binary = true;
        return *this;
    }
    T &varying()
    {
        m_type.varying = true;
        return *this;
    }
    T &precision(int n)
    {
        m_type.precision = n;
        return *this;
    }
    T &scale(int n)
    {
        m_type.scale = n;
        return *this;
    }
    T &asdecimal(bool b)
    {
        m_type.asdecimal = b;
        return *this;
    }
    T &width(int n)
    {
        m_type.displayWidth = n;
        return *this;
    }
    T &unsignedInt()
    {
        m_type.isUnsigned = true;
        return *this;
    }
    T &zerofill()
    {
        m_type.zerofill = true;
        return *this;
    }
    T &timezone()
    {
        m_type.timezone = true;
        return *this;
    }
    T &fsp(int n)
    {
        m_type.fsp = n;
        return *this;
    }
    T &storage(const char *f)
    {
        m_type.storageFormat = QString::fromLatin1(f);
        return *this;
    }
    T &fields(const char *f)
    {
        m_type.intervalFields = QString::fromLatin1(f);
        return *this;
    }
    T &notNative()
    {
        m_type.native = false;
        return *this;
    }
    T &secondPrecision(int n)
    {
        m_type.secondPrecision = n;
        return *this;
    }
    T &dayPrecision(int n)
    {
        m_type.dayPrecision = n;
        return *this;
    }
    T &values(std::initializer_list<const char *> values)
    {
        for (const char *value : values)
            m_type.values.append(QString::fromUtf8(value));
        return *this;
    }
    T &named(const char *n)
    {
        m_type.typeName = QString::fromUtf8(n);
        return *this;
    }
    T &schema(const char *s)
    {
        m_type.schema = QString::fromUtf8(s);
        return *this;
    }
    T &notNativeEnum()
    {
        m_type.nativeEnum = false;
        return *this;
    }
    T &noCreateType()
    {
        m_type.createType = false;
        return *this;
    }
    T &createConstraint()
    {
        m_type.createConstraint = true;
        return *this;
    }
    T &notNativeUuid()
    {
        m_type.nativeUuid = false;
        return *this;
    }
    T &notAsUuid()
    {
        m_type.asUuid = false;
        return *this;
    }
    T &item(const SqlType &item)
    {
        m_type.itemType = {item};
        return *this;
    }
    T &dimensions(int n)
    {
        m_type.dimensions = n;
        return *this;
    }
    T &variant(const SqlType &other, std::initializer_list<const char *> dialects)
    {
        QStringList names;
        for (const char *dialect : dialects)
            names.append(QString::fromLatin1(dialect));
        m_type = m_type.withVariant(other, names);
        return *this;
    }

private:
    SqlType m_type;
};

inline T sa(const char *name)
{
    return T(TypeModule::SqlAlchemy, name);
}
inline T pg(const char *name)
{
    return T(TypeModule::PostgreSQL, name);
}
inline T my(const char *name)
{
    return T(TypeModule::MySQL, name);
}
inline T lite(const char *name)
{
    return T(TypeModule::SQLite, name);
}
inline T sqlmodel(const char *name)
{
    return T(TypeModule::SqlModel, name);
}

struct Row
{
    const char *expression; // Python, as a migration script writes it
    SqlType type;           // the same type built here
};

inline const std::vector<Row> &rows()
{
    // clang-format off: one row a line reads best
    static const std::vector<Row> rows = {
        // String and its kin: lengths None, 0 and given; collations
        {"sa.String(50)", sa("String").len(50)},
        {"sa.String()", sa("String")},
        {"sa.String(length=None)", sa("String")},
        {"sa.String(0)", sa("String").len(0)},
        {R"(sa.String(50, collation="utf8_bin"))", sa("String").len(50).collation("utf8_bin")},
        {R"(sa.String(collation="C"))", sa("String").collation("C")},
        {R"(sa.String(20, collation='we"ird'))", sa("String").len(20).collation("we\"ird")},
        {"sa.Unicode(10)", sa("Unicode").len(10)},
        {"sa.Unicode()", sa("Unicode")},
        {"sa.Text()", sa("Text")},
        {"sa.Text(100)", sa("Text").len(100)},
        {"sa.Text(0)", sa("Text").len(0)},
        {R"(sa.Text(collation="C"))", sa("Text").collation("C")},
        {"sa.UnicodeText()", sa("UnicodeText")},
        {"sa.UnicodeText(10)", sa("UnicodeText").len(10)},
        {"sa.VARCHAR(30)", sa("VARCHAR").len(30)},
        {"sa.VARCHAR()", sa("VARCHAR")},
        {"sa.CHAR(2)", sa("CHAR").len(2)},
        {"sa.CHAR()", sa("CHAR")},
        {"sa.CHAR(0)", sa("CHAR").len(0)},
        {"sa.NCHAR(3)", sa("NCHAR").len(3)},
        {"sa.NCHAR()", sa("NCHAR")},
        {"sa.NVARCHAR(10)", sa("NVARCHAR").len(10)},
        {"sa.NVARCHAR()", sa("NVARCHAR")},
        {R"(sa.NVARCHAR(10, collation="x"))", sa("NVARCHAR").len(10).collation("x")},
        {"sa.TEXT()", sa("TEXT")},
        {"sa.TEXT(65535)", sa("TEXT").len(65535)},
        {"sa.CLOB()", sa("CLOB")},
        {"postgresql.VARCHAR(12)", pg("VARCHAR").len(12)},
        {"sqlite.TEXT()", lite("TEXT")},
        // Integers
        {"sa.Integer()", sa("Integer")},
        {"sa.SmallInteger()", sa("SmallInteger")},
        {"sa.BigInteger()", sa("BigInteger")},
        {"sa.INTEGER()", sa("INTEGER")},
        {"sa.INT()", sa("INT")},
        {"sa.BIGINT()", sa("BIGINT")},
        {"sa.SMALLINT()", sa("SMALLINT")},
        {"postgresql.BIGINT()", pg("BIGINT")},
        // Booleans (the constraint is recorded, not rendered here)
        {"sa.Boolean()", sa("Boolean")},
        {R"(sa.Boolean(create_constraint=True, name="ck_flag"))", sa("Boolean").createConstraint().named("ck_flag")},
        {"sa.Boolean(create_constraint=True)", sa("Boolean").createConstraint()},
        {"sa.BOOLEAN(create_constraint=True)", sa("BOOLEAN").createConstraint()},
        {"sa.BOOLEAN()", sa("BOOLEAN")},
        {"mysql.BOOLEAN()", my("BOOLEAN")},
        // Dates and times, timezone where dialects ignore it
        {"sa.DateTime()", sa("DateTime")},
        {"sa.DateTime(timezone=True)", sa("DateTime").timezone()},
        {"sa.Date()", sa("Date")},
        {"sa.Time()", sa("Time")},
        {"sa.Time(timezone=True)", sa("Time").timezone()},
        {"sa.TIMESTAMP()", sa("TIMESTAMP")},
        {"sa.TIMESTAMP(timezone=True)", sa("TIMESTAMP").timezone()},
        {"sa.DATETIME()", sa("DATETIME")},
        {"sa.DATETIME(timezone=True)", sa("DATETIME").timezone()},
        {"sa.DATE()", sa("DATE")},
        {"sa.TIME()", sa("TIME")},
        {"sa.TIME(timezone=True)", sa("TIME").timezone()},
        {"sa.Interval()", sa("Interval")},
        {"sa.Interval(second_precision=3, day_precision=2)", sa("Interval").secondPrecision(3).dayPrecision(2)},
        {"sa.Interval(second_precision=0)", sa("Interval").secondPrecision(0)},
        {"postgresql.INTERVAL(precision=0)", pg("INTERVAL").precision(0)},
        {"sa.Interval(native=False)", sa("Interval").notNative()},
        // Numbers
        {"sa.Float()", sa("Float")},
        {"sa.Float(53)", sa("Float").precision(53)},
        {"sa.Float(0)", sa("Float").precision(0)},
        {"sa.Float(10, asdecimal=True)", sa("Float").precision(10).asdecimal(true)},
        {"sa.Double()", sa("Double")},
        {"sa.Double(53)", sa("Double").precision(53)},
        {"sa.Numeric()", sa("Numeric")},
        {"sa.Numeric(10)", sa("Numeric").precision(10)},
        {"sa.Numeric(10, 2)", sa("Numeric").precision(10).scale(2)},
        {"sa.Numeric(precision=10, scale=0)", sa("Numeric").precision(10).scale(0)},
        {"sa.Numeric(asdecimal=False)", sa("Numeric").asdecimal(false)},
        {"sa.NUMERIC(0)", sa("NUMERIC").precision(0)},
        {"sa.DECIMAL()", sa("DECIMAL")},
        {"sa.DECIMAL(12)", sa("DECIMAL").precision(12)},
        {"sa.DECIMAL(12, 4)", sa("DECIMAL").precision(12).scale(4)},
        {"sa.FLOAT()", sa("FLOAT")},
        {"sa.FLOAT(24)", sa("FLOAT").precision(24)},
        {"sa.REAL()", sa("REAL")},
        {"sa.DOUBLE()", sa("DOUBLE")},
        {"sa.DOUBLE(53)", sa("DOUBLE").precision(53)},
        {"sa.DOUBLE_PRECISION()", sa("DOUBLE_PRECISION")},
        {"postgresql.DOUBLE_PRECISION()", pg("DOUBLE_PRECISION")},
        // Binaries
        {"sa.LargeBinary()", sa("LargeBinary")},
        {"sa.LargeBinary(10)", sa("LargeBinary").len(10)},
        {"sa.LargeBinary(0)", sa("LargeBinary").len(0)},
        {"mysql.BIT(0)", my("BIT").len(0)},
        {"sa.Numeric(0, 0)", sa("Numeric").precision(0).scale(0)},
        {"types.String(10)", sa("String").len(10)},
        {"sa.BLOB()", sa("BLOB")},
        {"sa.BLOB(16)", sa("BLOB").len(16)},
        {"sa.BINARY()", sa("BINARY")},
        {"sa.BINARY(16)", sa("BINARY").len(16)},
        {"sa.VARBINARY()", sa("VARBINARY")},
        {"sa.VARBINARY(16)", sa("VARBINARY").len(16)},
        {"sa.VARBINARY(0)", sa("VARBINARY").len(0)},
        {"sa.PickleType()", sa("PickleType")},
        // JSON
        {"sa.JSON()", sa("JSON")},
        {"postgresql.JSON()", pg("JSON")},
        {"postgresql.JSONB()", pg("JSONB")},
        {"postgresql.JSONB(astext_type=sa.Text())", pg("JSONB")},
        {"mysql.JSON()", my("JSON")},
        {"sqlite.JSON()", lite("JSON")},
        // UUIDs
        {"sa.Uuid()", sa("Uuid")},
        {"sa.Uuid(as_uuid=False)", sa("Uuid").notAsUuid()},
        {"sa.Uuid(native_uuid=False)", sa("Uuid").notNativeUuid()},
        {"sa.UUID()", sa("UUID")},
        {"postgresql.UUID()", pg("UUID")},
        {"postgresql.UUID(as_uuid=False)", pg("UUID").notAsUuid()},
        // Enums: names, quoting, lengths, native or not
        {R"(sa.Enum("a", "it's", name="e"))", sa("Enum").values({"a", "it's"}).named("e")},
        {R"(sa.Enum("a", "b"))", sa("Enum").values({"a", "b"})},
        {R"(sa.Enum("a", "b", native_enum=False))", sa("Enum").values({"a", "b"}).notNativeEnum()},
        {R"(sa.Enum("a", "b", name="e", native_enum=False, create_constraint=True))",
         sa("Enum").values({"a", "b"}).named("e").notNativeEnum().createConstraint()},
        {R"(sa.Enum("a", "bb", length=10))", sa("Enum").values({"a", "bb"}).len(10)},
        {R"(sa.Enum("a", "bb", length=10, native_enum=False))", sa("Enum").values({"a", "bb"}).len(10).notNativeEnum()},
        {"sa.Enum()", sa("Enum")},
        {R"(sa.Enum(name="x"))", sa("Enum").named("x")},
        {R"(sa.Enum("a", name="select"))", sa("Enum").values({"a"}).named("select")},
        {R"(sa.Enum("a", name="MyType"))", sa("Enum").values({"a"}).named("MyType")},
        {R"(sa.Enum("a", name="1st"))", sa("Enum").values({"a"}).named("1st")},
        {R"(sa.Enum("a", name='say"hi'))", sa("Enum").values({"a"}).named("say\"hi")},
        {R"(sa.Enum("a%b", name="a%b"))", sa("Enum").values({"a%b"}).named("a%b")},
        {R"(sa.Enum("a", "b", name="User Kind", schema="s"))", sa("Enum").values({"a", "b"}).named("User Kind").schema("s")},
        {R"(sa.Enum("it's", "b", name="e", schema="Public"))", sa("Enum").values({"it's", "b"}).named("e").schema("Public")},
        {R"(sa.Enum("café", "naïve", "日本", native_enum=False))", sa("Enum").values({"café", "naïve", "日本"}).notNativeEnum()},
        {R"(sa.Enum("𝔘𝔫𝔦", native_enum=False))", sa("Enum").values({"𝔘𝔫𝔦"}).notNativeEnum()},
        {R"(sa.Enum("back\\slash", name="e"))", sa("Enum").values({"back\\slash"}).named("e")},
        {R"(sa.Enum("a", name="e", schema="user"))", sa("Enum").values({"a"}).named("e").schema("user")},
        {R"(sa.Enum("a", "b", name="e", create_constraint=True))", sa("Enum").values({"a", "b"}).named("e").createConstraint()},
        {R"(mysql.ENUM("a", "b", create_constraint=True))", my("ENUM").values({"a", "b"}).createConstraint()},
        {R"(postgresql.ENUM("a", name="e", create_constraint=True))", pg("ENUM").values({"a"}).named("e").createConstraint()},
        {R"(postgresql.ENUM("a", name="e", create_type=False))", pg("ENUM").values({"a"}).named("e").noCreateType()},
        {R"(postgresql.ENUM("a"))", pg("ENUM").values({"a"})},
        {R"(postgresql.ENUM("x", "y", name="e", native_enum=False))", pg("ENUM").values({"x", "y"}).named("e").notNativeEnum()},
        {R"(mysql.ENUM("a", name="e"))", my("ENUM").values({"a"}).named("e")},
        {R"(mysql.ENUM("a", "b", charset="latin1"))", my("ENUM").values({"a", "b"}).charset("latin1")},
        {R"(mysql.ENUM("a", "b", collation="utf8_bin", native_enum=False))",
         my("ENUM").values({"a", "b"}).collation("utf8_bin").notNativeEnum()},
        {R"(mysql.SET("a", "b"))", my("SET").values({"a", "b"})},
        {R"(mysql.SET("it's", "x", charset="utf8mb4"))", my("SET").values({"it's", "x"}).charset("utf8mb4")},
        // ARRAY
        {"postgresql.ARRAY(sa.Integer(), dimensions=2)", pg("ARRAY").item(sa("Integer")).dimensions(2)},
        {"postgresql.ARRAY(sa.String(20))", pg("ARRAY").item(sa("String").len(20))},
        {"postgresql.ARRAY(sa.Text())", pg("ARRAY").item(sa("Text"))},
        {R"(postgresql.ARRAY(postgresql.ENUM("a", name="e")))", pg("ARRAY").item(pg("ENUM").values({"a"}).named("e"))},
        {"postgresql.ARRAY(sa.Integer(), dimensions=0)", pg("ARRAY").item(sa("Integer")).dimensions(0)},
        {"postgresql.ARRAY(sa.DateTime(timezone=True))", pg("ARRAY").item(sa("DateTime").timezone())},
        {"postgresql.ARRAY(sa.String())", pg("ARRAY").item(sa("String"))},
        {"postgresql.ARRAY(postgresql.JSONB())", pg("ARRAY").item(pg("JSONB"))},
        {R"(sa.ARRAY(sa.String(20, collation="C")))", sa("ARRAY").item(sa("String").len(20).collation("C"))},
        {"sa.ARRAY(sa.Integer(), dimensions=3)", sa("ARRAY").item(sa("Integer")).dimensions(3)},
        {R"(postgresql.ARRAY(sa.String(20, collation="C"), dimensions=2))",
         pg("ARRAY").item(sa("String").len(20).collation("C")).dimensions(2)},
        {R"(postgresql.ARRAY(postgresql.INTERVAL(fields="DAY")))", pg("ARRAY").item(pg("INTERVAL").fields("DAY"))},
        {R"(postgresql.ARRAY(sa.Enum("a")))", pg("ARRAY").item(sa("Enum").values({"a"}))},
        {"sa.ARRAY(sa.Uuid())", sa("ARRAY").item(sa("Uuid"))},
        {R"(postgresql.ARRAY(sa.String(20).with_variant(sa.String(30), "postgresql")))",
         pg("ARRAY").item(sa("String").len(20).variant(sa("String").len(30), {"postgresql"}))},
        // PostgreSQL's own
        {"postgresql.TIMESTAMP()", pg("TIMESTAMP")},
        {"postgresql.TIMESTAMP(precision=3)", pg("TIMESTAMP").precision(3)},
        {"postgresql.TIMESTAMP(timezone=True, precision=6)", pg("TIMESTAMP").timezone().precision(6)},
        {"postgresql.TIMESTAMP(precision=0)", pg("TIMESTAMP").precision(0)},
        {"postgresql.TIME()", pg("TIME")},
        {"postgresql.TIME(timezone=True, precision=0)", pg("TIME").timezone().precision(0)},
        {"postgresql.INTERVAL()", pg("INTERVAL")},
        {"postgresql.INTERVAL(precision=6)", pg("INTERVAL").precision(6)},
        {R"(postgresql.INTERVAL(fields="YEAR"))", pg("INTERVAL").fields("YEAR")},
        {R"(postgresql.INTERVAL(fields="DAY TO SECOND", precision=3))", pg("INTERVAL").fields("DAY TO SECOND").precision(3)},
        {"postgresql.CITEXT()", pg("CITEXT")},
        {"postgresql.INET()", pg("INET")},
        {"postgresql.CIDR()", pg("CIDR")},
        {"postgresql.MACADDR()", pg("MACADDR")},
        {"postgresql.MACADDR8()", pg("MACADDR8")},
        {"postgresql.BYTEA()", pg("BYTEA")},
        {"postgresql.BYTEA(10)", pg("BYTEA").len(10)},
        {"postgresql.TSVECTOR()", pg("TSVECTOR")},
        {"postgresql.MONEY()", pg("MONEY")},
        {"postgresql.HSTORE()", pg("HSTORE")},
        {"postgresql.REGCLASS()", pg("REGCLASS")},
        {"postgresql.INT4RANGE()", pg("INT4RANGE")},
        {"postgresql.TSTZRANGE()", pg("TSTZRANGE")},
        {"postgresql.BIT()", pg("BIT")},
        {"postgresql.BIT(0)", pg("BIT").len(0)},
        {"postgresql.BIT(3, varying=True)", pg("BIT").len(3).varying()},
        {"postgresql.BIT(varying=True)", pg("BIT").varying()},
        // MySQL's own: strings with charset, collation and flags
        {R"(mysql.VARCHAR(20, charset="utf8mb4", collation="utf8mb4_bin"))",
         my("VARCHAR").len(20).charset("utf8mb4").collation("utf8mb4_bin")},
        {"mysql.VARCHAR(10)", my("VARCHAR").len(10)},
        {"mysql.VARCHAR()", my("VARCHAR")},
        {"mysql.VARCHAR(10, national=True)", my("VARCHAR").len(10).national()},
        {"mysql.VARCHAR(10, ascii=True, binary=True)", my("VARCHAR").len(10).ascii().binary()},
        {"mysql.VARCHAR(10, unicode=True)", my("VARCHAR").len(10).unicode()},
        {R"(mysql.VARCHAR(10, national=True, charset="utf8"))", my("VARCHAR").len(10).national().charset("utf8")},
        {R"(mysql.CHAR(charset="latin1", collation="latin1_bin"))", my("CHAR").charset("latin1").collation("latin1_bin")},
        {R"(mysql.CHAR(36, charset="ascii"))", my("CHAR").len(36).charset("ascii")},
        {"mysql.NCHAR(5)", my("NCHAR").len(5)},
        {"mysql.NVARCHAR(5)", my("NVARCHAR").len(5)},
        {"mysql.NVARCHAR()", my("NVARCHAR")},
        {R"(mysql.TEXT(100, charset="utf8"))", my("TEXT").len(100).charset("utf8")},
        {"mysql.TEXT()", my("TEXT")},
        {R"(mysql.TINYTEXT(collation="x"))", my("TINYTEXT").collation("x")},
        {"mysql.MEDIUMTEXT()", my("MEDIUMTEXT")},
        {R"(mysql.LONGTEXT(charset="utf8mb4", collation="utf8mb4_unicode_ci"))",
         my("LONGTEXT").charset("utf8mb4").collation("utf8mb4_unicode_ci")},
        {"mysql.TINYBLOB()", my("TINYBLOB")},
        {"mysql.MEDIUMBLOB()", my("MEDIUMBLOB")},
        {"mysql.LONGBLOB()", my("LONGBLOB")},
        {"mysql.BLOB(100)", my("BLOB").len(100)},
        // MySQL's own: numbers
        {"mysql.INTEGER(display_width=11, unsigned=True)", my("INTEGER").width(11).unsignedInt()},
        {"mysql.INTEGER()", my("INTEGER")},
        {"mysql.INTEGER(11)", my("INTEGER").width(11)},
        {"mysql.TINYINT(1)", my("TINYINT").width(1)},
        {"mysql.TINYINT(display_width=1, unsigned=True, zerofill=True)", my("TINYINT").width(1).unsignedInt().zerofill()},
        {"mysql.SMALLINT(unsigned=True)", my("SMALLINT").unsignedInt()},
        {"mysql.MEDIUMINT()", my("MEDIUMINT")},
        {"mysql.MEDIUMINT(8, zerofill=True)", my("MEDIUMINT").width(8).zerofill()},
        {"mysql.BIGINT(unsigned=True)", my("BIGINT").unsignedInt()},
        {"mysql.BIGINT(20)", my("BIGINT").width(20)},
        {"mysql.DECIMAL(10, 2, unsigned=True)", my("DECIMAL").precision(10).scale(2).unsignedInt()},
        {"mysql.NUMERIC(10)", my("NUMERIC").precision(10)},
        {"mysql.DOUBLE()", my("DOUBLE")},
        {"mysql.DOUBLE(10, 2)", my("DOUBLE").precision(10).scale(2)},
        {"mysql.REAL()", my("REAL")},
        {"mysql.REAL(unsigned=True, zerofill=True)", my("REAL").unsignedInt().zerofill()},
        {"mysql.REAL(10, 2)", my("REAL").precision(10).scale(2)},
        {"mysql.FLOAT()", my("FLOAT")},
        {"mysql.FLOAT(10, 2)", my("FLOAT").precision(10).scale(2)},
        {"mysql.FLOAT(7)", my("FLOAT").precision(7)},
        {"mysql.FLOAT(unsigned=True)", my("FLOAT").unsignedInt()},
        {"mysql.BIT()", my("BIT")},
        {"mysql.BIT(8)", my("BIT").len(8)},
        {"mysql.YEAR()", my("YEAR")},
        {"mysql.YEAR(4)", my("YEAR").width(4)},
        // MySQL's own: dates
        {"mysql.DATETIME(fsp=6)", my("DATETIME").fsp(6)},
        {"mysql.DATETIME()", my("DATETIME")},
        {"mysql.DATETIME(timezone=True)", my("DATETIME").timezone()},
        {"mysql.TIMESTAMP(fsp=3)", my("TIMESTAMP").fsp(3)},
        {"mysql.TIMESTAMP(fsp=0)", my("TIMESTAMP").fsp(0)},
        {"mysql.TIMESTAMP(timezone=True)", my("TIMESTAMP").timezone()},
        {"mysql.TIME(fsp=2)", my("TIME").fsp(2)},
        {"mysql.DATE()", my("DATE")},
        {"mysql.VARBINARY(32)", my("VARBINARY").len(32)},
        // SQLite's own
        {"sqlite.DATETIME()", lite("DATETIME")},
        {R"(sqlite.DATETIME(storage_format="%(year)04d%(month)02d%(day)02d"))", lite("DATETIME").storage("%(year)04d%(month)02d%(day)02d")},
        {R"(sqlite.DATETIME(storage_format="%(year)04d-%(month)02d"))", lite("DATETIME").storage("%(year)04d-%(month)02d")},
        {R"(sqlite.DATETIME(storage_format="%(year)4d"))", lite("DATETIME").storage("%(year)4d")},
        {R"(sqlite.DATETIME(storage_format="%(year)d%%"))", lite("DATETIME").storage("%(year)d%%")},
        {R"(sqlite.DATETIME(storage_format="%(second).0f"))", lite("DATETIME").storage("%(second).0f")},
        {R"(sqlite.DATETIME(storage_format="%(second)f"))", lite("DATETIME").storage("%(second)f")},
        {R"(sqlite.DATETIME(storage_format="%(year)s%(month)r"))", lite("DATETIME").storage("%(year)s%(month)r")},
        {R"(sqlite.TIME(storage_format="%(hour)+d"))", lite("TIME").storage("%(hour)+d")},
        {R"(sqlite.TIME(storage_format="%(hour)x%(minute)#x"))", lite("TIME").storage("%(hour)x%(minute)#x")},
        {"sqlite.DATE()", lite("DATE")},
        {R"(sqlite.DATE(storage_format="%(year)04d"))", lite("DATE").storage("%(year)04d")},
        {"sqlite.TIME()", lite("TIME")},
        {R"(sqlite.TIME(storage_format="%(hour)02d%(minute)02d"))", lite("TIME").storage("%(hour)02d%(minute)02d")},
        {"sqlite.TIMESTAMP()", lite("TIMESTAMP")},
        // sqlmodel
        {"sqlmodel.sql.sqltypes.AutoString()", sqlmodel("AutoString")},
        {"sqlmodel.sql.sqltypes.AutoString(30)", sqlmodel("AutoString").len(30)},
        {R"(sqlmodel.sql.sqltypes.AutoString(collation="C"))", sqlmodel("AutoString").collation("C")},
        {"mysql.NCHAR()", my("NCHAR")},
        {"sqlmodel.sql.sqltypes.AutoString(0)", sqlmodel("AutoString").len(0)},
        // Variants: per dialect name, and mariadb is not mysql
        {R"(sa.BigInteger().with_variant(sa.Integer(), "sqlite"))", sa("BigInteger").variant(sa("Integer"), {"sqlite"})},
        {R"(sa.String().with_variant(sa.String(20), "mysql"))", sa("String").variant(sa("String").len(20), {"mysql"})},
        {R"(sa.String().with_variant(sa.String(20), "mysql", "mariadb"))",
         sa("String").variant(sa("String").len(20), {"mysql", "mariadb"})},
        {R"(sa.Float(10).with_variant(mysql.FLOAT(10, 2), "mysql", "mariadb"))",
         sa("Float").precision(10).variant(my("FLOAT").precision(10).scale(2), {"mysql", "mariadb"})},
        {R"(sa.JSON().with_variant(postgresql.JSONB(), "postgresql"))", sa("JSON").variant(pg("JSONB"), {"postgresql"})},
        {R"(sa.Uuid().with_variant(mysql.CHAR(36), "mysql"))", sa("Uuid").variant(my("CHAR").len(36), {"mysql"})},
        {R"(postgresql.ARRAY(sa.Integer()).with_variant(sa.JSON(), "sqlite", "mysql", "mariadb"))",
         pg("ARRAY").item(sa("Integer")).variant(sa("JSON"), {"sqlite", "mysql", "mariadb"})},
        {R"(sa.String(10).with_variant(sa.Text(), "postgresql").with_variant(mysql.VARCHAR(10, charset="utf8"), "mysql"))",
         sa("String").len(10).variant(sa("Text"), {"postgresql"}).variant(my("VARCHAR").len(10).charset("utf8"), {"mysql"})},
        {R"(sa.Enum("a", name="e").with_variant(sa.String(10), "sqlite"))",
         sa("Enum").values({"a"}).named("e").variant(sa("String").len(10), {"sqlite"})},
        {R"(sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb"))",
         sa("DateTime").variant(my("DATETIME").fsp(6), {"mysql", "mariadb"})},
        {R"(sa.Integer().with_variant(sa.BigInteger(), "oracle"))", sa("Integer").variant(sa("BigInteger"), {"oracle"})},
    };
    // clang-format on
    return rows;
}
} // namespace SqlTypeRows
