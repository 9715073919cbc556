#include "typecompiler.h"

#include "identifier.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// _DateTimeMixin.format_is_text_affinity: the storage format filled in with zeros
// (`"%(year)04d" % {"year": 0}`) has a character other than a digit. Without a
// storage_format the default one, which has "-" and ":", is used.
bool isTextAffinity(const std::optional<QString> &storageFormat)
{
    if (!storageFormat)
        return true;
    static const QRegularExpression conversion(
        u"%(?:\\([^)]*\\))?([-#0 +]*)(\\d*)(\\.\\d*)?([diouxXeEfFgGcrsa%])"_s);
    QString filled;
    qsizetype position = 0;
    QRegularExpressionMatchIterator matches = conversion.globalMatch(*storageFormat);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        filled += storageFormat->mid(position, match.capturedStart() - position);
        position = match.capturedEnd();
        const QString flags = match.captured(1);
        const int width = match.captured(2).toInt();
        const QString precision = match.captured(3);
        const QChar kind = match.captured(4).front();
        // What Python's % makes of a zero: only digits, or something else.
        const bool alternate = flags.contains(u'#');
        bool digitsOnly = true;
        if (kind == u'%' || kind == u'c' || kind == u'e' || kind == u'E')
            digitsOnly = false; // "%", "\0", "0.000000e+00"
        else if (kind == u'f' || kind == u'F')
            digitsOnly = (precision == "."_L1 || precision == ".0"_L1) && !alternate; // "0.000000"
        else if (kind == u'g' || kind == u'G' || kind == u'o' || kind == u'x' || kind == u'X')
            digitsOnly = !alternate; // "0", but "0.00000", "0o0", "0x0" with "#"
        if (flags.contains(u'+') || flags.contains(u' '))
            digitsOnly = false; // "+0", " 0"
        if (width > 1 && (!flags.contains(u'0') || flags.contains(u'-')))
            digitsOnly = false; // padded with spaces
        if (!digitsOnly)
            return true;
        filled += u'0';
    }
    filled += storageFormat->mid(position);
    return std::any_of(filled.cbegin(), filled.cend(), [](QChar c) { return c < u'0' || c > u'9'; });
}

qsizetype pythonLength(const QString &text)
{
    return text.toUcs4().size(); // len() counts code points, not UTF-16 units
}

// One dialect's type compiler. Each visit mirrors the SQLAlchemy method of the same name;
// a failed visit records the error and returns an empty string, which process() passes on.
class TypeCompiler
{
public:
    TypeCompiler(Dialect dialect, const ProjectTypes &projectTypes)
        : m_dialect(dialect)
        , m_projectTypes(projectTypes)
    {}

    QString process(const SqlType &written);
    QString error() const { return m_error; }
    bool missingProjectType() const { return m_missingProjectType; }

private:
    bool isMySql() const { return m_dialect == Dialect::MySQL || m_dialect == Dialect::MariaDB; }
    bool isPostgreSql() const { return m_dialect == Dialect::PostgreSQL; }
    QString fail(const QString &error);
    QString cannotRender(const TypeClass &typeClass, const SqlType &type);

    QString visit(const SqlType &type, const TypeClass &typeClass);
    QString visitString(QLatin1StringView name, const SqlType &type, const TypeClass &typeClass);
    QString visitNumeric(QLatin1StringView name, const SqlType &type, const TypeClass &typeClass);
    QString visitFloat(QLatin1StringView name, const SqlType &type, const TypeClass &typeClass);
    QString visitInteger(QLatin1StringView name, const SqlType &type, const TypeClass &typeClass);
    QString visitDateTime(QLatin1StringView name, const SqlType &type, const TypeClass &typeClass);
    QString visitEnum(const SqlType &type, const TypeClass &typeClass);
    QString visitArray(const SqlType &type, const TypeClass &typeClass);
    QString postgresqlNamedType(const SqlType &type, const TypeClass &typeClass);
    QString mysqlEnumeratedValues(QLatin1StringView name, const SqlType &type, const TypeClass &typeClass);
    QString mysqlExtendString(const SqlType &type, const TypeClass &typeClass, bool national,
                              QString spec) const;
    static QString mysqlExtendNumeric(const SqlType &type, const TypeClass &typeClass, QString spec);

    Dialect m_dialect;
    const ProjectTypes &m_projectTypes;
    QString m_error;
    bool m_missingProjectType = false;
};

QString TypeCompiler::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    return {};
}

QString TypeCompiler::cannotRender(const TypeClass &typeClass, const SqlType &type)
{
    // UnsupportedCompilationError: the dialect's compiler has no visit_<name>.
    return fail(u"can't render element of type %1 on dialect %2 (%3 is not a type %2 has)"_s.arg(
        typeClass.className, dialectName(m_dialect), type.qualifiedName()));
}

QString TypeCompiler::process(const SqlType &written)
{
    const SqlType &type = written.forDialect(m_dialect);
    if (type.module == TypeModule::Project) {
        if (std::optional<QString> sql = m_projectTypes.sql(type.name, m_dialect))
            return *sql;
        // Not SQLAlchemy's failure but the mapping's gap: the caller may let Python render it.
        if (m_error.isEmpty()) // the error fail() keeps is this one
            m_missingProjectType = true;
        QString error = u"%1 is the project's own type, and the project's type mapping has no SQL for it "
                        "on %2"_s.arg(type.name, dialectName(m_dialect));
        if (!m_projectTypes.file().isEmpty())
            error += u": add \"%1\" (or \"default\") for %2 to %3"_s.arg(dialectName(m_dialect), type.name,
                                                                     m_projectTypes.file());
        return fail(error);
    }
    const TypeClass *typeClass = findTypeClass(type.module, type.name);
    if (!typeClass)
        return fail(u"%1 is not a SQLAlchemy 2.0 type Alembic Studio knows"_s.arg(type.qualifiedName()));
    return visit(type, *typeClass);
}

QString TypeCompiler::visit(const SqlType &type, const TypeClass &typeClass)
{
    const QLatin1StringView name = typeClass.visitName;

    // The generic CamelCase types: visit_string, visit_datetime, …
    if (name == "string"_L1 || name == "unicode"_L1)
        return visitString("VARCHAR"_L1, type, typeClass);
    if (name == "text"_L1 || name == "unicode_text"_L1)
        return visitString("TEXT"_L1, type, typeClass);
    if (name == "integer"_L1)
        return visitInteger("INTEGER"_L1, type, typeClass);
    if (name == "small_integer"_L1)
        return visitInteger("SMALLINT"_L1, type, typeClass);
    if (name == "big_integer"_L1)
        return visitInteger("BIGINT"_L1, type, typeClass);
    if (name == "boolean"_L1 || name == "BOOLEAN"_L1)
        return isMySql() ? u"BOOL"_s : u"BOOLEAN"_s;
    if (name == "datetime"_L1)
        return visitDateTime(isPostgreSql() ? "TIMESTAMP"_L1 : "DATETIME"_L1, type, typeClass);
    if (name == "date"_L1 || name == "time"_L1)
        return visitDateTime(name == "date"_L1 ? "DATE"_L1 : "TIME"_L1, type, typeClass);
    if (name == "float"_L1)
        return visitFloat("FLOAT"_L1, type, typeClass);
    if (name == "double"_L1)
        return isPostgreSql() ? u"DOUBLE PRECISION"_s : visitFloat("DOUBLE"_L1, type, typeClass);
    if (name == "numeric"_L1)
        return visitNumeric("NUMERIC"_L1, type, typeClass);
    if (name == "large_binary"_L1 || name == "pickle"_L1) {
        // PickleType is a TypeDecorator whose impl is a LargeBinary() without length.
        if (isPostgreSql())
            return u"BYTEA"_s;
        const bool withLength = isMySql() && name == "large_binary"_L1 && type.length;
        return withLength ? u"BLOB(%1)"_s.arg(*type.length) : u"BLOB"_s;
    }
    if (name == "uuid"_L1) // only PostgreSQL has supports_native_uuid
        return isPostgreSql() && type.nativeUuid ? u"UUID"_s : u"CHAR(32)"_s;
    if (name == "interval"_L1) {
        // A TypeDecorator: PostgreSQL's native INTERVAL(precision=second_precision), else its
        // impl, a DateTime() (which PostgreSQL too renders when native=False).
        if (isPostgreSql() && type.native)
            return type.secondPrecision ? u"INTERVAL (%1)"_s.arg(*type.secondPrecision) : u"INTERVAL"_s;
        return isPostgreSql() ? u"TIMESTAMP WITHOUT TIME ZONE"_s : u"DATETIME"_s;
    }
    if (name == "auto_string"_L1) {
        // sqlmodel's AutoString: String(255) when it has no length on the dialect *named*
        // "mysql" (not mariadb, which then fails as any VARCHAR without length does).
        if (!type.length && m_dialect == Dialect::MySQL)
            return u"VARCHAR(255)"_s;
        return visitString("VARCHAR"_L1, type, typeClass);
    }
    if (name == "enum"_L1)
        return visitEnum(type, typeClass);
    if (name == "ARRAY"_L1)
        return visitArray(type, typeClass);

    // The UPPERCASE types every dialect has.
    if (name == "VARCHAR"_L1 || name == "CHAR"_L1 || name == "TEXT"_L1 || name == "NVARCHAR"_L1
        || name == "NCHAR"_L1)
        return visitString(name, type, typeClass);
    if (name == "INTEGER"_L1 || name == "SMALLINT"_L1 || name == "BIGINT"_L1)
        return visitInteger(name, type, typeClass);
    if (name == "NUMERIC"_L1 || name == "DECIMAL"_L1)
        return visitNumeric(name, type, typeClass);
    if (name == "FLOAT"_L1 || name == "REAL"_L1 || name == "DOUBLE"_L1)
        return visitFloat(name, type, typeClass);
    if (name == "TIMESTAMP"_L1 || name == "DATETIME"_L1 || name == "DATE"_L1 || name == "TIME"_L1)
        return visitDateTime(name, type, typeClass);
    if (name == "DOUBLE_PRECISION"_L1)
        return u"DOUBLE PRECISION"_s;
    if (name == "CLOB"_L1 || name == "UUID"_L1 || name == "JSON"_L1)
        return name;
    if (name == "BLOB"_L1)
        return isMySql() && type.length ? u"BLOB(%1)"_s.arg(*type.length) : u"BLOB"_s;
    if (name == "VARBINARY"_L1 && isMySql()) { // MySQL formats the length with %d, None or not
        if (!type.length)
            return fail(u"VARBINARY requires a length on dialect %1 (SQLAlchemy fails with \"%d format: "
                        "a real number is required, not NoneType\")"_s.arg(dialectName(m_dialect)));
        return u"VARBINARY(%1)"_s.arg(*type.length);
    }
    if (name == "BINARY"_L1 || name == "VARBINARY"_L1)
        return type.length.value_or(0) ? u"%1(%2)"_s.arg(name).arg(*type.length) : QString(name);

    // PostgreSQL's own types.
    static const QLatin1StringView postgresqlPlain[]
        = {"TSVECTOR"_L1,  "TSQUERY"_L1,  "INET"_L1,     "CIDR"_L1,      "CITEXT"_L1,    "MACADDR"_L1,
           "MACADDR8"_L1,  "MONEY"_L1,    "OID"_L1,      "REGCONFIG"_L1, "REGCLASS"_L1,  "HSTORE"_L1,
           "JSONB"_L1,     "JSONPATH"_L1, "BYTEA"_L1,    "INT4RANGE"_L1, "INT8RANGE"_L1, "NUMRANGE"_L1,
           "DATERANGE"_L1, "TSRANGE"_L1,  "TSTZRANGE"_L1};
    if (std::find(std::begin(postgresqlPlain), std::end(postgresqlPlain), name) != std::end(postgresqlPlain))
        return isPostgreSql() ? QString(name) : cannotRender(typeClass, type);
    if (name == "INTERVAL"_L1) {
        if (!isPostgreSql())
            return cannotRender(typeClass, type);
        QString text = u"INTERVAL"_s;
        if (!type.intervalFields.isEmpty())
            text += u' ' + type.intervalFields;
        if (type.precision)
            text += u" (%1)"_s.arg(*type.precision);
        return text;
    }
    if (name == "BIT"_L1) {
        const bool postgresqlBit = type.module == TypeModule::PostgreSQL;
        // postgresql.BIT keeps `length or 1` unless varying; mysql.BIT keeps what it is given.
        const std::optional<int> length = postgresqlBit && !type.varying && !type.length.value_or(0)
                                              ? std::optional<int>(1)
                                              : type.length;
        if (isMySql())
            return length ? u"BIT(%1)"_s.arg(*length) : u"BIT"_s;
        if (!isPostgreSql())
            return cannotRender(typeClass, type);
        if (!postgresqlBit)
            return fail(u"can't render MySQL's BIT on dialect postgresql (SQLAlchemy fails with \"'BIT' "
                        "object has no attribute 'varying'\"): use postgresql.BIT"_s);
        if (!type.varying)
            return u"BIT(%1)"_s.arg(*length);
        return length ? u"BIT VARYING(%1)"_s.arg(*length) : u"BIT VARYING"_s;
    }
    if (name == "ENUM"_L1) { // mysql.ENUM: PostgreSQL reads it as a named type of its own
        if (isPostgreSql())
            return postgresqlNamedType(type, typeClass);
        return isMySql() ? mysqlEnumeratedValues(name, type, typeClass) : cannotRender(typeClass, type);
    }

    // MySQL's own types.
    if (isMySql()) {
        if (name == "MEDIUMINT"_L1 || name == "TINYINT"_L1)
            return visitInteger(name, type, typeClass);
        if (name == "YEAR"_L1)
            return type.displayWidth ? u"YEAR(%1)"_s.arg(*type.displayWidth) : u"YEAR"_s;
        if (name == "TINYTEXT"_L1 || name == "MEDIUMTEXT"_L1 || name == "LONGTEXT"_L1)
            return mysqlExtendString(type, typeClass, false, name);
        if (name == "TINYBLOB"_L1 || name == "MEDIUMBLOB"_L1 || name == "LONGBLOB"_L1)
            return name;
        if (name == "SET"_L1)
            return mysqlEnumeratedValues(name, type, typeClass);
        if ((name == "INET4"_L1 || name == "INET6"_L1) && m_dialect == Dialect::MariaDB)
            return name;
    }
    return cannotRender(typeClass, type);
}

QString TypeCompiler::visitString(QLatin1StringView name, const SqlType &type, const TypeClass &typeClass)
{
    if (!isMySql()) {
        // GenericTypeCompiler._render_string_type: a length of 0 is no length; the
        // collation is put in double quotes as it is, a `"` in it included.
        QString text = name;
        if (type.length.value_or(0))
            text += u"(%1)"_s.arg(*type.length);
        if (!type.collation.isEmpty())
            text += u" COLLATE \"%1\""_s.arg(type.collation);
        return text;
    }
    // MySQL writes NVARCHAR and NCHAR as NATIONAL VARCHAR and NATIONAL CHAR.
    const bool national
        = name.startsWith(u'N') || ((typeClass.traits & TypeClass::MySqlString) && type.national);
    const QLatin1StringView spec = name.startsWith(u'N') ? name.sliced(1) : name;
    if (!type.length) {
        if (spec == "VARCHAR"_L1)
            return fail(u"%1 requires a length on dialect %2"_s.arg(name, dialectName(m_dialect)));
        return mysqlExtendString(type, typeClass, national, spec);
    }
    return mysqlExtendString(type, typeClass, national, u"%1(%2)"_s.arg(spec).arg(*type.length));
}

QString TypeCompiler::mysqlExtendString(const SqlType &type, const TypeClass &typeClass, bool national,
                                        QString spec) const
{
    // MySQLTypeCompiler._extend_string. Only MySQL's own string classes have charset,
    // ascii, unicode and binary; every String has a collation.
    const bool own = typeClass.traits & TypeClass::MySqlString;
    QString charset;
    if (own && !type.charset.isEmpty())
        charset = u"CHARACTER SET "_s + type.charset;
    else if (own && type.ascii)
        charset = u"ASCII"_s;
    else if (own && type.unicode)
        charset = u"UNICODE"_s;
    QString collation;
    if (!type.collation.isEmpty())
        collation = u"COLLATE "_s + type.collation;
    else if (own && type.binary)
        collation = u"BINARY"_s;
    // NATIONAL trumps the charset.
    QStringList parts;
    if (national)
        parts = {u"NATIONAL"_s, spec, collation};
    else
        parts = {spec, charset, collation};
    parts.removeAll(QString());
    return parts.join(u' ');
}

QString TypeCompiler::mysqlExtendNumeric(const SqlType &type, const TypeClass &typeClass, QString spec)
{
    if (!(typeClass.traits & TypeClass::MySqlNumeric))
        return spec;
    if (type.isUnsigned)
        spec += " UNSIGNED"_L1;
    if (type.zerofill)
        spec += " ZEROFILL"_L1;
    return spec;
}

QString TypeCompiler::visitInteger(QLatin1StringView name, const SqlType &type, const TypeClass &typeClass)
{
    if (!isMySql())
        return name;
    const bool own = typeClass.traits & TypeClass::MySqlNumeric;
    const QString spec
        = own && type.displayWidth ? u"%1(%2)"_s.arg(name).arg(*type.displayWidth) : QString(name);
    return mysqlExtendNumeric(type, typeClass, spec);
}

QString TypeCompiler::visitNumeric(QLatin1StringView name, const SqlType &type, const TypeClass &typeClass)
{
    QString spec = name;
    if (type.precision && type.scale)
        spec = u"%1(%2, %3)"_s.arg(name).arg(*type.precision).arg(*type.scale);
    else if (type.precision)
        spec = u"%1(%2)"_s.arg(name).arg(*type.precision);
    return isMySql() ? mysqlExtendNumeric(type, typeClass, spec) : spec;
}

QString TypeCompiler::visitFloat(QLatin1StringView name, const SqlType &type, const TypeClass &typeClass)
{
    if (isPostgreSql() && name == "FLOAT"_L1 && type.precision.value_or(0))
        return u"FLOAT(%1)"_s.arg(*type.precision);
    if (!isMySql())
        return name;
    // MySQL: FLOAT(p, s) only for its own FLOAT, FLOAT(p) for any; DOUBLE and REAL take
    // both or neither (the generic ones have no scale).
    const bool own = typeClass.traits & TypeClass::MySqlNumeric;
    QString spec = name;
    if (type.precision && type.scale && (own || name != "FLOAT"_L1))
        spec = u"%1(%2, %3)"_s.arg(name).arg(*type.precision).arg(*type.scale);
    else if (type.precision && name == "FLOAT"_L1)
        spec = u"FLOAT(%1)"_s.arg(*type.precision);
    return mysqlExtendNumeric(type, typeClass, spec);
}

QString TypeCompiler::visitDateTime(QLatin1StringView name, const SqlType &type, const TypeClass &typeClass)
{
    if (isPostgreSql()) {
        if (name == "DATETIME"_L1 || name == "DATE"_L1)
            return name;
        // Only PostgreSQL's own TIMESTAMP and TIME have a precision.
        QString text = name;
        if (type.module == TypeModule::PostgreSQL && type.precision)
            text += u"(%1)"_s.arg(*type.precision);
        return text + (type.timezone ? " WITH TIME ZONE"_L1 : " WITHOUT TIME ZONE"_L1);
    }
    if (isMySql()) {
        // Only MySQL's own DATETIME, TIMESTAMP and TIME have fsp; 0 is none.
        if (name != "DATE"_L1 && type.module == TypeModule::MySQL && type.fsp.value_or(0))
            return u"%1(%2)"_s.arg(name).arg(*type.fsp);
        return name;
    }
    // SQLite: its own DATE, DATETIME and TIME with a storage format of digits only get
    // *_CHAR so that the column does not take NUMERIC affinity.
    if (name != "TIMESTAMP"_L1 && (typeClass.traits & TypeClass::SQLiteDateTime)
        && !isTextAffinity(type.storageFormat))
        return name + "_CHAR"_L1;
    return name;
}

QString TypeCompiler::visitEnum(const SqlType &type, const TypeClass &typeClass)
{
    // postgresql.ENUM is native whatever native_enum says (SQLAlchemy warns and ignores it).
    const bool native = type.nativeEnum || type.module == TypeModule::PostgreSQL;
    if (native && isPostgreSql())
        return postgresqlNamedType(type, typeClass);
    if (native && isMySql())
        return mysqlEnumeratedValues("ENUM"_L1, type, typeClass);
    // Not native: a VARCHAR as long as the longest value, unless length= says otherwise.
    SqlType varchar = type;
    if (!varchar.length) {
        qsizetype longest = 0;
        for (const QString &value : type.values)
            longest = std::max(longest, pythonLength(value));
        varchar.length = int(longest);
    }
    return visitString("VARCHAR"_L1, varchar, typeClass);
}

QString TypeCompiler::postgresqlNamedType(const SqlType &type, const TypeClass &typeClass)
{
    // PGIdentifierPreparer.format_type
    if (type.typeName.isEmpty())
        return fail(u"PostgreSQL %1 type requires a name."_s.arg(typeClass.className));
    const QString name = quoteName(type.typeName, Dialect::PostgreSQL);
    return type.schema.isEmpty() ? name : quoteName(type.schema, Dialect::PostgreSQL) + u'.' + name;
}

QString TypeCompiler::mysqlEnumeratedValues(QLatin1StringView name, const SqlType &type,
                                            const TypeClass &typeClass)
{
    QStringList quoted;
    for (QString value : type.values)
        quoted.append(u'\'' + value.replace(u'\'', "''"_L1) + u'\'');
    return mysqlExtendString(type, typeClass, false, u"%1(%2)"_s.arg(name, quoted.join(u',')));
}

QString TypeCompiler::visitArray(const SqlType &type, const TypeClass &typeClass)
{
    if (!isPostgreSql())
        return cannotRender(typeClass, type);
    if (type.itemType.empty())
        return fail(u"%1 has no item type"_s.arg(type.qualifiedName()));
    const QString inner = process(type.itemType.front());
    if (!m_error.isEmpty())
        return {};
    // One "[]" per dimension, before the item's COLLATE if it has one (PGTypeCompiler
    // does it with re.sub on "((?: COLLATE.*)?)$").
    qsizetype at = inner.indexOf(" COLLATE"_L1);
    if (at < 0)
        at = inner.size();
    return inner.first(at) + u"[]"_s.repeated(std::max(0, type.dimensions.value_or(1))) + inner.sliced(at);
}

} // namespace

RenderedType renderType(const SqlType &type, Dialect dialect, const ProjectTypes &projectTypes)
{
    TypeCompiler compiler(dialect, projectTypes);
    QString ddl = compiler.process(type);
    if (!compiler.error().isEmpty())
        return {QString(), compiler.error(), compiler.missingProjectType()};
    return {ddl, QString()};
}

} // namespace Migrations
