#include "pythontext.h"

#include <QList>

#include <algorithm>
#include <iterator>
#include <limits>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

QString hexEscape(char32_t code)
{
    if (code < 0x100)
        return u"\\x%1"_s.arg(static_cast<uint>(code), 2, 16, QLatin1Char('0'));
    if (code < 0x10000)
        return u"\\u%1"_s.arg(static_cast<uint>(code), 4, 16, QLatin1Char('0'));
    return u"\\U%1"_s.arg(static_cast<uint>(code), 8, 16, QLatin1Char('0'));
}

// Python's str.isprintable() for one code point: not in categories Cc, Cf, Cs, Co, Cn,
// Zl, Zp, nor Zs other than the ASCII space.
bool isPythonPrintable(char32_t code)
{
    if (code == U' ')
        return true;
    switch (QChar::category(code)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Separator_Space:
        return false;
    default:
        return true;
    }
}


bool isCased(char32_t code)
{
    const QChar::Category category = QChar::category(code);
    return category == QChar::Letter_Uppercase || category == QChar::Letter_Lowercase
           || category == QChar::Letter_Titlecase;
}

// Unicode's Case_Ignorable: marks, format characters, modifiers and the word-internal
// punctuation (apostrophes, periods, colons) that may sit inside a word.
bool isCaseIgnorable(char32_t code)
{
    switch (QChar::category(code)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Letter_Modifier:
    case QChar::Symbol_Modifier:
        return true;
    default:
        break;
    }
    static constexpr char32_t wordInternal[] = {U'\'', U'.', U':', 0x00b7, 0x0387, 0x05f4,
                                                 0x2018, 0x2019, 0x2024, 0x2027, 0xfe13,
                                                 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a};
    return std::find(std::begin(wordInternal), std::end(wordInternal), code) != std::end(wordInternal);
}

// Final_Sigma: a cased letter before (skipping case-ignorables), none after.
bool isFinalSigma(const QList<uint> &codes, qsizetype at)
{
    qsizetype before = at - 1;
    while (before >= 0 && isCaseIgnorable(codes[before]))
        --before;
    if (before < 0 || !isCased(codes[before]))
        return false;
    qsizetype after = at + 1;
    while (after < codes.size() && isCaseIgnorable(codes[after]))
        ++after;
    return after == codes.size() || !isCased(codes[after]);
}

} // namespace

bool isPythonSpace(QChar c)
{
    return c.isSpace() || (c.unicode() >= 0x1c && c.unicode() <= 0x1f);
}

QStringView pythonStrip(QStringView text)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && isPythonSpace(text[begin]))
        ++begin;
    while (end > begin && isPythonSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

QString pythonLower(QStringView text)
{
    constexpr char32_t capitalSigma = 0x03a3;
    if (!text.contains(QChar(capitalSigma)))
        return text.toString().toLower();
    const QList<uint> codes = text.toUcs4();
    QString lower;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const char32_t code = codes[i];
        if (code == capitalSigma)
            lower.append(QChar(isFinalSigma(codes, i) ? 0x03c2 : 0x03c3));
        else
            lower.append(QString::fromUcs4(&code, 1).toLower());
    }
    return lower;
}

// Python's int(str) for what config files hold: surrounding whitespace, a sign, ASCII
// digits with single underscores between them.
std::optional<qint64> pythonInt(const QString &text)
{
    const QString digits = text.trimmed();
    qsizetype i = (digits.startsWith(u'+') || digits.startsWith(u'-')) ? 1 : 0;
    QString plain = digits.first(i);
    bool lastWasDigit = false;
    for (; i < digits.size(); ++i) {
        const QChar c = digits[i];
        if (c >= u'0' && c <= u'9') {
            plain.append(c);
            lastWasDigit = true;
        } else if (c == u'_' && lastWasDigit && i + 1 < digits.size()) {
            lastWasDigit = false;
        } else {
            return std::nullopt;
        }
    }
    if (!lastWasDigit)
        return std::nullopt;
    bool ok = false;
    const qint64 value = plain.toLongLong(&ok);
    if (!ok) // Python's ints do not overflow; such a length means "no truncation" anyway
        return plain.startsWith(u'-') ? std::numeric_limits<qint64>::min()
                                      : std::numeric_limits<qint64>::max();
    return value;
}

QString pythonRepr(QStringView text)
{
    const bool useDouble = text.contains(u'\'') && !text.contains(u'"');
    const QChar quote = useDouble ? u'"' : u'\'';
    QString repr = quote;
    for (const char32_t code : text.toUcs4()) {
        if (code == U'\\' || code == quote.unicode())
            repr += u'\\' + QString::fromUcs4(&code, 1);
        else if (code == U'\n')
            repr += "\\n"_L1;
        else if (code == U'\r')
            repr += "\\r"_L1;
        else if (code == U'\t')
            repr += "\\t"_L1;
        else if (!isPythonPrintable(code))
            repr += hexEscape(code);
        else
            repr += QString::fromUcs4(&code, 1);
    }
    return repr + quote;
}

} // namespace Migrations
