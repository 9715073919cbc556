#include "sqlliteral.h"

#include <QHash>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// Which literal processor a type's values go through (sqltypes.py): String's quotes the
// value, Enum's checks it against the labels first, Integer's is str(int(value)),
// Boolean's the compiler's true/false, and Numeric's (Float's too) plain str(value).
enum class LiteralFamily { String, Enum, Integer, Boolean, Numeric };

// Only SQLAlchemy's generic classes, whose dialect implementations all keep these
// processors (checked against each dialect's colspecs); others are not rendered yet.
std::optional<LiteralFamily> literalFamily(const SqlType &type)
{
    static const QHash<QString, LiteralFamily> families = {
        {u"String"_s, LiteralFamily::String},    {u"Unicode"_s, LiteralFamily::String},
        {u"Text"_s, LiteralFamily::String},      {u"UnicodeText"_s, LiteralFamily::String},
        {u"VARCHAR"_s, LiteralFamily::String},   {u"NVARCHAR"_s, LiteralFamily::String},
        {u"CHAR"_s, LiteralFamily::String},      {u"NCHAR"_s, LiteralFamily::String},
        {u"TEXT"_s, LiteralFamily::String},      {u"CLOB"_s, LiteralFamily::String},
        {u"Enum"_s, LiteralFamily::Enum},        {u"Integer"_s, LiteralFamily::Integer},
        {u"SmallInteger"_s, LiteralFamily::Integer}, {u"BigInteger"_s, LiteralFamily::Integer},
        {u"INTEGER"_s, LiteralFamily::Integer},  {u"SMALLINT"_s, LiteralFamily::Integer},
        {u"BIGINT"_s, LiteralFamily::Integer},   {u"Boolean"_s, LiteralFamily::Boolean},
        {u"BOOLEAN"_s, LiteralFamily::Boolean},  {u"Numeric"_s, LiteralFamily::Numeric},
        {u"Float"_s, LiteralFamily::Numeric},    {u"Double"_s, LiteralFamily::Numeric},
        {u"NUMERIC"_s, LiteralFamily::Numeric},  {u"DECIMAL"_s, LiteralFamily::Numeric},
        {u"FLOAT"_s, LiteralFamily::Numeric},    {u"REAL"_s, LiteralFamily::Numeric},
        {u"DOUBLE"_s, LiteralFamily::Numeric},   {u"DOUBLE_PRECISION"_s, LiteralFamily::Numeric},
    };
    const TypeClass *typeClass = findTypeClass(type.module, type.name);
    if (!typeClass || typeClass->module != TypeModule::SqlAlchemy)
        return std::nullopt;
    const auto it = families.constFind(QString(typeClass->className));
    return it == families.constEnd() ? std::nullopt : std::optional(*it);
}

// The value as Python's repr() writes it, for messages.
QString pythonRepr(const RowValue &value)
{
    switch (value.kind) {
    case RowValue::Kind::None:
        return u"None"_s;
    case RowValue::Kind::Boolean:
        return value.boolean ? u"True"_s : u"False"_s;
    case RowValue::Kind::Integer:
        return QString::number(value.integer);
    case RowValue::Kind::Float:
        return pythonFloatRepr(value.real);
    case RowValue::Kind::String:
        return u'\'' + value.text + u'\'';
    }
    return {};
}

} // namespace

QString stringLiteral(const QString &value, Dialect dialect)
{
    QString text = value;
    text.replace(u'\'', "''"_L1);
    if (dialect != Dialect::SQLite)
        text.replace(u'\\', "\\\\"_L1);
    return u'\'' + text + u'\'';
}

QString pythonFloatRepr(double value)
{
    // The shortest round-trip digits, as Python's repr takes them from David Gay's dtoa.
    char buffer[64];
    const auto written = std::to_chars(std::begin(buffer), std::end(buffer), value, std::chars_format::scientific);
    const QString scientific = QString::fromLatin1(buffer, written.ptr - buffer);
    const bool negative = scientific.startsWith(u'-');
    const qsizetype e = scientific.indexOf(u'e');
    QString digits = scientific.sliced(negative ? 1 : 0, e - (negative ? 1 : 0));
    digits.remove(u'.');
    const int decimalPoint = scientific.sliced(e + 1).toInt() + 1; // value = 0.digits × 10^decimalPoint
    const auto length = int(digits.size());
    QString out = negative ? u"-"_s : QString();
    if (decimalPoint <= -4 || decimalPoint > 16) {
        out += digits.front();
        if (length > 1)
            out += u'.' + digits.sliced(1);
        const int exponent = decimalPoint - 1;
        out += exponent < 0 ? u"e-"_s : u"e+"_s;
        out += u"%1"_s.arg(std::abs(exponent), 2, 10, QChar(u'0'));
    } else if (decimalPoint <= 0) {
        out += u"0."_s + QString(-decimalPoint, u'0') + digits;
    } else if (decimalPoint < length) {
        out += digits.first(decimalPoint) + u'.' + digits.sliced(decimalPoint);
    } else {
        out += digits + QString(decimalPoint - length, u'0') + u".0"_s;
    }
    return out;
}

LiteralSql literalSql(const RowValue &value, const std::optional<SqlType> &columnType, Dialect dialect)
{
    if (value.kind == RowValue::Kind::None)
        return {u"NULL"_s, {}};
    if (!columnType) {
        return {{}, u"No literal value renderer is available for literal value %1 with datatype NULL"_s.arg(
                        pythonRepr(value))};
    }
    const SqlType &type = columnType->forDialect(dialect);
    const std::optional<LiteralFamily> family = literalFamily(type);
    if (!family)
        return {{}, u"a value for a %1 column is not rendered yet"_s.arg(type.qualifiedName()), true};
    const LiteralSql cannot{{}, u"Could not render literal value %1 with datatype %2"_s.arg(pythonRepr(value),
                                                                                           type.qualifiedName())};
    switch (*family) {
    case LiteralFamily::String:
        if (value.kind != RowValue::Kind::String)
            return cannot; // str.replace() on something else
        return {stringLiteral(value.text, dialect), {}};
    case LiteralFamily::Enum:
        if (value.kind != RowValue::Kind::String)
            return cannot; // a LookupError: only strings pass for labels
        // Enum._db_value_for_elem lets an unknown string through unless validate_strings=True,
        // which the type reader does not keep.
        if (!type.values.contains(value.text)) {
            return {{}, u"'%1' is not a label of the enum: whether SQLAlchemy renders it depends on its "
                        "validate_strings, which is not read"_s.arg(value.text), true};
        }
        return {stringLiteral(value.text, dialect), {}};
    case LiteralFamily::Integer:
        switch (value.kind) {
        case RowValue::Kind::Integer:
            return {QString::number(value.integer), {}};
        case RowValue::Kind::Boolean:
            return {value.boolean ? u"1"_s : u"0"_s, {}};
        case RowValue::Kind::Float:
            if (std::abs(value.real) < 9.2e18) // int() truncates toward zero
                return {QString::number(qlonglong(std::trunc(value.real))), {}};
            return {{}, u"int() of %1 is beyond 64 bits: not rendered yet"_s.arg(pythonRepr(value)), true};
        default:
            return {{}, u"int() of the string %1 for an integer column is not rendered yet"_s.arg(pythonRepr(value)),
                    true};
        }
    case LiteralFamily::Boolean: {
        // Boolean._strict_as_bool: None, True and False (so 0, 1, 0.0 and 1.0, equal to them).
        std::optional<bool> truth;
        if (value.kind == RowValue::Kind::Boolean)
            truth = value.boolean;
        else if (value.kind == RowValue::Kind::Integer && (value.integer == 0 || value.integer == 1))
            truth = value.integer == 1;
        else if (value.kind == RowValue::Kind::Float && (value.real == 0 || value.real == 1))
            truth = value.real == 1;
        if (!truth)
            return cannot;
        // The compiler's visit_true/visit_false: 1 and 0 where there is no native boolean.
        if (dialect == Dialect::SQLite)
            return {*truth ? u"1"_s : u"0"_s, {}};
        return {*truth ? u"true"_s : u"false"_s, {}};
    }
    case LiteralFamily::Numeric:
        switch (value.kind) {
        case RowValue::Kind::Integer:
            return {QString::number(value.integer), {}};
        case RowValue::Kind::Float:
            return {pythonFloatRepr(value.real), {}};
        case RowValue::Kind::Boolean:
            return {value.boolean ? u"True"_s : u"False"_s, {}};
        default: {
            // str() of a string is the string, unquoted; the dialect's compiler still doubles
            // its backslashes where it reads them as escapes.
            QString text = value.text;
            if (dialect != Dialect::SQLite)
                text.replace(u'\\', "\\\\"_L1);
            return {text, {}};
        }
        }
    }
    return cannot;
}

} // namespace Migrations
