#include "stringliteral.h"

#include <QChar>

using namespace Qt::StringLiterals;

namespace Migrations::Python {

StringLiteral decodeStringLiteral(QStringView text)
{
    StringLiteral literal;
    qsizetype p = 0;
    for (; p < text.size() && text[p] != u'\'' && text[p] != u'"'; ++p) {
        const char16_t c = text[p].toLower().unicode();
        literal.isRaw = literal.isRaw || c == u'r';
        literal.isBytes = literal.isBytes || c == u'b';
        literal.isFString = literal.isFString || c == u'f';
    }
    if (p >= text.size())
        return literal;
    const char16_t q = text[p].unicode();
    const qsizetype quoteLength = (p + 2 < text.size() && text[p + 1] == q && text[p + 2] == q
                                   && text.size() - p >= 6) ? 3 : 1;
    const QStringView body = text.sliced(p + quoteLength,
                                         qMax(qsizetype(0), text.size() - p - 2 * quoteLength));

    const auto hexValue = [&](qsizetype at, int count, bool *ok) {
        char32_t value = 0;
        *ok = at + count <= body.size();
        for (int i = 0; *ok && i < count; ++i) {
            const char16_t c = body[at + i].unicode();
            const int digit = (c >= u'0' && c <= u'9') ? c - u'0'
                : (c >= u'a' && c <= u'f') ? c - u'a' + 10
                : (c >= u'A' && c <= u'F') ? c - u'A' + 10 : -1;
            *ok = digit >= 0;
            value = value * 16 + char32_t(digit);
        }
        return value;
    };
    const auto append = [&](char32_t cp) {
        if (cp > 0xFFFF) {
            literal.value.append(QChar(QChar::highSurrogate(cp)));
            literal.value.append(QChar(QChar::lowSurrogate(cp)));
        } else {
            literal.value.append(QChar(char16_t(cp)));
        }
    };

    // Characters that stand for themselves, copied in runs rather than one by one.
    const auto isPlain = [&](char16_t ch) {
        return ch != u'\r' && (ch != u'\\' || literal.isRaw) && !(literal.isBytes && ch >= 0x80)
            && !(literal.isFString && (ch == u'{' || ch == u'}'));
    };
    // Most literals are plain from end to end: their value is the body, copied once.
    qsizetype firstSpecial = 0;
    if (!literal.isBytes && !literal.isFString) {
        // Then only `\r` and (unless raw) `\\` are special, and nothing after `\\` in code
        // order is: most characters are passed with one comparison.
        for (; firstSpecial < body.size(); ++firstSpecial) {
            const char16_t ch = body[firstSpecial].unicode();
            if (ch <= u'\\' && (ch == u'\r' || (ch == u'\\' && !literal.isRaw)))
                break;
        }
    } else {
        while (firstSpecial < body.size() && isPlain(body[firstSpecial].unicode()))
            ++firstSpecial;
    }
    if (firstSpecial == body.size()) {
        literal.value = body.toString();
        return literal;
    }
    literal.value.reserve(body.size());
    literal.value.append(body.first(firstSpecial));
    for (qsizetype i = firstSpecial; i < body.size(); ++i) {
        if (isPlain(body[i].unicode())) {
            qsizetype run = i + 1;
            while (run < body.size() && isPlain(body[run].unicode()))
                ++run;
            literal.value.append(body.sliced(i, run - i));
            i = run - 1;
            continue;
        }
        const char16_t ch = body[i].unicode();
        if (literal.isBytes && ch >= 0x80) {
            literal.error = u"bytes can only contain ASCII literal characters"_s;
            return literal;
        }
        // Python reads source with universal newlines: every line break is "\n".
        if (ch == u'\r') {
            if (i + 1 < body.size() && body[i + 1] == u'\n')
                ++i;
            literal.value.append(u'\n');
            continue;
        }
        if (literal.isFString && (ch == u'{' || ch == u'}')) {
            if (i + 1 < body.size() && body[i + 1] == ch) {
                literal.value.append(QChar(ch));
                ++i;
                continue;
            }
            if (ch == u'{') {
                // The value of an f-string with fields is only known when it runs.
                literal.hasReplacementFields = true;
                return literal;
            }
            literal.error = u"f-string: single '}' is not allowed"_s;
            return literal;
        }
        if (ch != u'\\' || literal.isRaw || i + 1 >= body.size()) {
            literal.value.append(QChar(ch));
            continue;
        }
        const char16_t e = body[++i].unicode();
        switch (e) {
        case u'\n': break;
        case u'\r':
            if (i + 1 < body.size() && body[i + 1] == u'\n')
                ++i;
            break;
        case u'\\': case u'\'': case u'"': literal.value.append(QChar(e)); break;
        case u'a': literal.value.append(u'\a'); break;
        case u'b': literal.value.append(u'\b'); break;
        case u'f': literal.value.append(u'\f'); break;
        case u'n': literal.value.append(u'\n'); break;
        case u'r': literal.value.append(u'\r'); break;
        case u't': literal.value.append(u'\t'); break;
        case u'v': literal.value.append(u'\v'); break;
        case u'0': case u'1': case u'2': case u'3': case u'4': case u'5': case u'6': case u'7': {
            char32_t value = e - u'0';
            for (int n = 1; n < 3 && i + 1 < body.size() && body[i + 1] >= u'0' && body[i + 1] <= u'7'; ++n)
                value = value * 8 + char32_t(body[++i].unicode() - u'0');
            append(literal.isBytes ? (value & 0xFF) : value);
            break;
        }
        case u'x': case u'u': case u'U': {
            if (e != u'x' && literal.isBytes) { // bytes know no \u: kept as written
                literal.value.append(u'\\');
                literal.value.append(QChar(e));
                break;
            }
            const int count = e == u'x' ? 2 : e == u'u' ? 4 : 8;
            bool ok = false;
            const char32_t value = hexValue(i + 1, count, &ok);
            if (!ok || value > 0x10FFFF) {
                literal.error = u"invalid \\%1 escape"_s.arg(QChar(e));
                return literal;
            }
            append(value);
            i += count;
            break;
        }
        case u'N':
            if (!literal.isBytes) {
                literal.unsupported = true; // needs the Unicode name database
                literal.value.append(u"\\N"_s);
                break;
            }
            [[fallthrough]];
        default:
            // An unknown escape keeps its backslash (Python warns, but accepts it).
            literal.value.append(u'\\');
            literal.value.append(QChar(e));
        }
    }
    return literal;
}

// What CPython 3.13+ stores as a docstring (_PyCompile_CleanDoc in Python/compile.c): tabs
// expanded to 8 columns, the first line's leading spaces dropped, and the smallest
// indentation of the later non-blank lines removed from each of them.
QString cleanDocstring(const QString &raw)
{
    // Only tabs change the text here: without any, it is shared, not copied.
    const bool hasTabs = raw.contains(u'\t');
    QString doc = hasTabs ? QString() : raw;
    if (hasTabs)
        doc.reserve(raw.size());
    int column = 0;
    for (QChar c : hasTabs ? QStringView(raw) : QStringView()) {
        if (c == u'\t') {
            const int spaces = 8 - column % 8;
            doc.append(QString(spaces, u' '));
            column += spaces;
            continue;
        }
        doc.append(c);
        column = (c == u'\n' || c == u'\r') ? 0 : (c.isLowSurrogate() ? column : column + 1);
    }
    // Read through a view: indexing the QString itself would check for a detach per character.
    const QStringView text(doc);
    const qsizetype firstBreak = text.indexOf(u'\n');
    qsizetype margin = -1;
    if (firstBreak >= 0) {
        for (qsizetype p = firstBreak + 1; p < text.size();) {
            const qsizetype start = p;
            while (p < text.size() && text[p] == u' ')
                ++p;
            if (p < text.size() && text[p] != u'\n')
                margin = margin < 0 ? p - start : qMin(margin, p - start);
            const qsizetype lineEnd = text.indexOf(u'\n', p);
            p = lineEnd < 0 ? text.size() : lineEnd + 1;
        }
    }
    if (margin < 0)
        margin = 0;
    // Nothing to strip (the usual docstring, flush left): the text is shared, not rebuilt.
    if (margin == 0 && (text.isEmpty() || text.front() != u' '))
        return doc;
    QString clean;
    clean.reserve(text.size());
    qsizetype p = 0;
    while (p < text.size() && text[p] == u' ')
        ++p;
    const qsizetype firstEnd = firstBreak < 0 ? text.size() : firstBreak + 1;
    clean.append(text.sliced(p, qMax(qsizetype(0), firstEnd - p)));
    for (p = firstEnd; p < text.size();) {
        for (qsizetype i = 0; i < margin && p < text.size() && text[p] == u' '; ++i)
            ++p;
        const qsizetype lineEnd = text.indexOf(u'\n', p);
        const qsizetype next = lineEnd < 0 ? text.size() : lineEnd + 1;
        clean.append(text.sliced(p, next - p));
        p = next;
    }
    return clean;
}

} // namespace Migrations::Python
