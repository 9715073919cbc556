#include "driftnormalisation.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// The text with its letters outside '…' literals in one case and every run of spaces one
// space: SQL keywords and unquoted names are case-insensitive, literals are not.
QString foldOutsideLiterals(const QString &text, bool upper)
{
    QString folded;
    folded.reserve(text.size());
    bool inLiteral = false;
    bool space = false;
    for (const QChar c : text) {
        if (c == u'\'')
            inLiteral = !inLiteral;
        if (!inLiteral && c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !folded.isEmpty())
            folded += u' ';
        space = false;
        folded += inLiteral ? c : (upper ? c.toUpper() : c.toLower());
    }
    return folded;
}

// "( x )" is "(x)" and "a, b" is "a,b": how a list is spaced means nothing. The space
// after a closing bracket stays ("INT(10) UNSIGNED").
QString tightenBrackets(QString text)
{
    static const QRegularExpression opening(uR"(\s*([(,])\s*)"_s);
    static const QRegularExpression closing(uR"(\s*\))"_s);
    return text.replace(opening, u"\\1"_s).replace(closing, u")"_s);
}

// The index of the bracket that closes the one at `open`, outside literals, or -1.
qsizetype closingBracket(const QString &text, qsizetype open)
{
    int depth = 0;
    bool inLiteral = false;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\'')
            inLiteral = !inLiteral;
        else if (!inLiteral && c == u'(')
            ++depth;
        else if (!inLiteral && c == u')' && --depth == 0)
            return i;
    }
    return -1;
}

// "((x))" is "x": SQLite keeps a default as written, with the brackets sa.text() often
// has, and PostgreSQL wraps conditions in brackets of its own.
QString withoutOuterBrackets(QString text)
{
    text = text.trimmed();
    while (text.startsWith(u'(') && closingBracket(text, 0) == text.size() - 1)
        text = text.sliced(1, text.size() - 2).trimmed();
    return text;
}

// PostgreSQL writes the type of every literal it stored ("'x'::character varying",
// "'{}'::jsonb", "(0)::numeric(10,2)"): the column's type says that already.
QString withoutCasts(const QString &text)
{
    QString result;
    result.reserve(text.size());
    bool inLiteral = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\'')
            inLiteral = !inLiteral;
        if (inLiteral || c != u':' || i + 1 >= text.size() || text[i + 1] != u':') {
            result += c;
            continue;
        }
        qsizetype j = i + 2;
        // The type's name, words with spaces between ("timestamp without time zone"), maybe quoted.
        while (j < text.size() && (text[j].isLetterOrNumber() || text[j] == u'_' || text[j] == u'.' || text[j] == u'"'
                                   || (text[j] == u' ' && j + 1 < text.size() && text[j + 1].isLetter())))
            ++j;
        if (j < text.size() && text[j] == u'(') {
            const qsizetype close = closingBracket(text, j);
            j = close < 0 ? text.size() : close + 1;
        }
        while (text.mid(j, 2) == "[]"_L1)
            j += 2;
        i = j - 1;
    }
    return result;
}

// FLOAT(p) is the single precision type up to 24 bits of precision and the double
// precision one above, on PostgreSQL and MySQL alike; the catalogue names the type chosen.
QString floatByPrecision(const QString &text, const QString &single, const QString &doublePrecision)
{
    static const QRegularExpression floatPrecision(uR"(^FLOAT\((\d+)\)$)"_s);
    const QRegularExpressionMatch match = floatPrecision.match(text);
    if (!match.hasMatch())
        return text;
    return match.captured(1).toInt() <= 24 ? single : doublePrecision;
}

void replaceAll(QString &text, const QString &pattern, const QString &replacement)
{
    text.replace(QRegularExpression(pattern), replacement);
}

} // namespace

QString normalisedType(const QString &type, Dialect dialect)
{
    QString text = tightenBrackets(foldOutsideLiterals(type.trimmed(), true));
    // No catalogue spells a column's collation or character set in its type (they are
    // compared on their own, in schemadrift.cpp).
    replaceAll(text, uR"( (CHARACTER SET|CHARSET|COLLATE) ("[^"]*"|\S+))"_s, QString());
    switch (dialect) {
    case Dialect::PostgreSQL:
        // format_type() writes the SQL standard's long names, SQLAlchemy the short ones
        // for some types and the long ones for others: one name each.
        replaceAll(text, uR"(^NATIONAL )"_s, QString());
        replaceAll(text, uR"(\bCHARACTER VARYING\b)"_s, u"VARCHAR"_s);
        replaceAll(text, uR"(^NVARCHAR\b)"_s, u"VARCHAR"_s);
        replaceAll(text, uR"(^NCHAR\b)"_s, u"CHAR"_s);
        replaceAll(text, uR"(\bCHARACTER\b)"_s, u"CHAR"_s);
        replaceAll(text, uR"(\bBIT VARYING\b)"_s, u"VARBIT"_s);
        replaceAll(text, uR"( WITHOUT TIME ZONE\b)"_s, QString());
        replaceAll(text, uR"(^TIMESTAMPTZ\b)"_s, u"TIMESTAMP WITH TIME ZONE"_s);
        replaceAll(text, uR"(^TIMETZ\b)"_s, u"TIME WITH TIME ZONE"_s);
        replaceAll(text, uR"(^(INT|INT4)\b)"_s, u"INTEGER"_s);
        replaceAll(text, uR"(^INT8\b)"_s, u"BIGINT"_s);
        replaceAll(text, uR"(^INT2\b)"_s, u"SMALLINT"_s);
        replaceAll(text, uR"(^DECIMAL\b)"_s, u"NUMERIC"_s);
        replaceAll(text, uR"(^BOOL\b)"_s, u"BOOLEAN"_s);
        replaceAll(text, uR"(^FLOAT4\b)"_s, u"REAL"_s);
        replaceAll(text, uR"(^(FLOAT8|DOUBLE)$)"_s, u"DOUBLE PRECISION"_s);
        // PostgreSQL keeps no array dimensions in a column's type (nor enforces them):
        // format_type() writes one pair of brackets for INTEGER[][] too.
        replaceAll(text, uR"((\[\])+)"_s, u"[]"_s);
        // SERIAL is INTEGER with a sequence: the sequence is compared as autoincrement.
        replaceAll(text, uR"(^SERIAL\b)"_s, u"INTEGER"_s);
        replaceAll(text, uR"(^BIGSERIAL\b)"_s, u"BIGINT"_s);
        replaceAll(text, uR"(^SMALLSERIAL\b)"_s, u"SMALLINT"_s);
        // FLOAT alone is double precision.
        text = text == "FLOAT"_L1 ? u"DOUBLE PRECISION"_s : floatByPrecision(text, u"REAL"_s, u"DOUBLE PRECISION"_s);
        break;
    case Dialect::MySQL:
    case Dialect::MariaDB:
        // MariaDB (and MySQL before 8.0.19) writes the display width of integer types,
        // which changes nothing stored.
        replaceAll(text, uR"(^NATIONAL )"_s, QString());
        replaceAll(text, uR"(^(BOOL|BOOLEAN)\b)"_s, u"TINYINT"_s); // BOOL is TINYINT(1)
        replaceAll(text, uR"(^INTEGER\b)"_s, u"INT"_s);
        replaceAll(text, uR"(^(TINYINT|SMALLINT|MEDIUMINT|INT|BIGINT|YEAR)\(\d+\))"_s, u"\\1"_s);
        replaceAll(text, uR"(^NUMERIC\b)"_s, u"DECIMAL"_s);
        replaceAll(text, uR"(^(REAL|DOUBLE PRECISION)\b)"_s, u"DOUBLE"_s);
        replaceAll(text, uR"(^NCHAR\b)"_s, u"CHAR"_s);
        replaceAll(text, uR"(^NVARCHAR\b)"_s, u"VARCHAR"_s);
        // DECIMAL is DECIMAL(10,0), DECIMAL(p) is DECIMAL(p,0).
        if (text == "DECIMAL"_L1 || text.startsWith("DECIMAL "_L1))
            text.replace(0, 7, u"DECIMAL(10,0)"_s);
        replaceAll(text, uR"(^DECIMAL\((\d+)\))"_s, u"DECIMAL(\\1,0)"_s);
        // BLOB(n) and TEXT(n) are the smallest type of the family that holds n bytes (TEXT:
        // n characters of utf8mb4, the default character set, at 4 bytes each).
        {
            static const QRegularExpression sized(uR"(^(BLOB|TEXT)\((\d+)\)$)"_s);
            const QRegularExpressionMatch match = sized.match(text);
            if (match.hasMatch()) {
                const bool blob = match.captured(1) == "BLOB"_L1;
                const qint64 bytes = match.captured(2).toLongLong() * (blob ? 1 : 4);
                const QString family = blob ? u"BLOB"_s : u"TEXT"_s;
                text = bytes < 256 ? u"TINY"_s + family
                    : bytes < 65536 ? family
                    : bytes < 16777216 ? u"MEDIUM"_s + family
                                       : u"LONG"_s + family;
            }
        }
        if (dialect == Dialect::MariaDB) {
            // MariaDB's JSON is LONGTEXT with a json_valid() CHECK (the CHECK is matched
            // with the column in schemadrift.cpp).
            replaceAll(text, uR"(^JSON$)"_s, u"LONGTEXT"_s);
        }
        text = floatByPrecision(text, u"FLOAT"_s, u"DOUBLE"_s);
        break;
    case Dialect::SQLite:
        // SQLite keeps the declared type as written, which is SQLAlchemy's DDL: only case
        // and spacing can differ (a table that batch mode copied was re-rendered).
        break;
    }
    return text;
}

QString normalisedDefault(const QString &expression, Dialect dialect)
{
    QString text = withoutOuterBrackets(expression);
    if (dialect == Dialect::PostgreSQL)
        text = withoutOuterBrackets(withoutCasts(text));
    text = tightenBrackets(foldOutsideLiterals(text, false));
    // The current time has several names on every one of these databases, all the same
    // function: now() is CURRENT_TIMESTAMP on PostgreSQL and MySQL, and MariaDB reports
    // CURRENT_TIMESTAMP back as current_timestamp().
    if (text == "now()"_L1 || text == "current_timestamp()"_L1)
        text = u"current_timestamp"_s;
    // Where booleans are integers, true is 1: MariaDB reports DEFAULT true as 1.
    if (dialect == Dialect::MySQL || dialect == Dialect::MariaDB) {
        if (text == "true"_L1)
            text = u"1"_s;
        else if (text == "false"_L1)
            text = u"0"_s;
    }
    // A number given as a string is stored as the number in a numeric column, and
    // PostgreSQL and MariaDB report it bare: '5' and 5 are one default.
    static const QRegularExpression quotedNumber(uR"(^'(-?\d+(\.\d+)?)'$)"_s);
    const QRegularExpressionMatch match = quotedNumber.match(text);
    if (match.hasMatch())
        text = match.captured(1);
    // A decimal column reports its default at its scale (DEFAULT '0' on NUMERIC(10, 2) is
    // 0.00 in MariaDB): a number is its value, without trailing zeros.
    static const QRegularExpression decimal(uR"(^-?\d+\.\d+$)"_s);
    if (decimal.match(text).hasMatch()) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QString normalisedCondition(const QString &condition, Dialect dialect)
{
    QString text = condition;
    if (dialect == Dialect::PostgreSQL) {
        text = withoutCasts(text);
        // PostgreSQL keeps "x IN (a, b)" as "x = ANY (ARRAY[a, b])", and NOT IN as <> ALL.
        static const QRegularExpression any(uR"(=\s*ANY\s*\(\s*\(?\s*ARRAY\[(.*?)\]\s*\)?\s*\))"_s,
                                            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression all(uR"(<>\s*ALL\s*\(\s*\(?\s*ARRAY\[(.*?)\]\s*\)?\s*\))"_s,
                                            QRegularExpression::CaseInsensitiveOption);
        text.replace(any, u" IN (\\1)"_s).replace(all, u" NOT IN (\\1)"_s);
    }
    text = foldOutsideLiterals(text, false);
    QString result;
    bool inLiteral = false;
    for (const QChar c : std::as_const(text)) {
        if (c == u'\'')
            inLiteral = !inLiteral;
        if (!inLiteral && (c == u'(' || c == u')' || c == u'"' || c == u'`' || c.isSpace()))
            continue;
        result += c;
    }
    return result;
}

} // namespace Migrations
