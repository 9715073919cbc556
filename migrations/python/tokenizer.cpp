#include "tokenizer.h"

#include <QChar>

#include <array>

using namespace Qt::StringLiterals;

namespace Migrations::Python {

namespace {

bool isLineBreak(char16_t ch)
{
    return ch == u'\n' || ch == u'\r';
}

// The code point at `pos` and how many UTF-16 units it takes; non-ASCII identifiers are rare,
// so the ASCII path must stay cheap.
char32_t codePointAt(QStringView text, qsizetype pos, qsizetype *units)
{
    const char16_t ch = text[pos].unicode();
    if (QChar::isHighSurrogate(ch) && pos + 1 < text.size()
        && QChar::isLowSurrogate(text[pos + 1].unicode())) {
        *units = 2;
        return QChar::surrogateToUcs4(ch, text[pos + 1].unicode());
    }
    *units = 1;
    return ch;
}

// Python's XID_Start / XID_Continue, approximated by the Unicode categories they are built
// from (PEP 3131); the handful of Other_ID_Start characters are left out.
bool isIdentifierStart(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= u'a' && cp <= u'z') || (cp >= u'A' && cp <= u'Z') || cp == u'_';
    switch (QChar::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_Letter:
        return true;
    default:
        return false;
    }
}

bool isIdentifierContinue(char32_t cp)
{
    if (cp < 0x80)
        return isIdentifierStart(cp) || (cp >= u'0' && cp <= u'9');
    if (isIdentifierStart(cp))
        return true;
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Number_DecimalDigit:
    case QChar::Punctuation_Connector:
        return true;
    default:
        return false;
    }
}

bool isStringPrefix(QStringView word)
{
    if (word.size() > 2)
        return false;
    bool raw = false, bytes = false, format = false, unicode = false;
    for (QChar c : word) {
        switch (c.toLower().unicode()) {
        case u'r': if (raw) return false; raw = true; break;
        case u'b': if (bytes) return false; bytes = true; break;
        case u'f': if (format) return false; format = true; break;
        case u'u': if (unicode) return false; unicode = true; break;
        default: return false;
        }
    }
    // u combines with nothing; b and f exclude each other.
    return !(unicode && word.size() > 1) && !(bytes && format);
}

bool isDigitOrUnderscore(char16_t ch, int base)
{
    if (ch == u'_')
        return true;
    if (base == 16)
        return (ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f') || (ch >= u'A' && ch <= u'F');
    return ch >= u'0' && ch < u'0' + base;
}

// The length of the operator starting with `first`, followed by `second` and `third` (0 past
// the end), longest match first, over Python's operators of more than one character:
//   **= //= >>= <<= ...   != %= &= ** *= += -= -> // /= := << <= == >= >> @= ^= |=
// Decided on the characters themselves: matching each candidate in a table per operator
// token was most of the tokenizer's work on operators.
qsizetype operatorLength(char16_t first, char16_t second, char16_t third)
{
    switch (first) {
    case u'*': case u'/': case u'<': case u'>':
        if (second == first) // ** // << >>, and with `=` after them **= //= <<= >>=
            return third == u'=' ? 3 : 2;
        return second == u'=' ? 2 : 1;
    case u'!': case u'%': case u'&': case u'+': case u':': case u'=': case u'@': case u'^':
    case u'|':
        return second == u'=' ? 2 : 1;
    case u'-':
        return second == u'=' || second == u'>' ? 2 : 1;
    case u'.':
        return second == u'.' && third == u'.' ? 3 : 1;
    default:
        return 1;
    }
}

// The characters that start an operator ("%&()*+,-./:;<=>@[]^{|}~!"), tested inline: a
// QLatin1StringView::contains() per token was a library call searching the whole set.
bool startsOperator(char16_t ch)
{
    switch (ch) {
    case u'%': case u'&': case u'(': case u')': case u'*': case u'+': case u',': case u'-':
    case u'.': case u'/': case u':': case u';': case u'<': case u'=': case u'>': case u'@':
    case u'[': case u']': case u'^': case u'{': case u'|': case u'}': case u'~': case u'!':
        return true;
    default:
        return false;
    }
}

char16_t closerFor(char16_t opener)
{
    return opener == u'(' ? u')' : opener == u'[' ? u']' : u'}';
}

// ASCII letters, digits and `_`: the characters of most identifiers, looked up in a table.
constexpr auto asciiIdentifierTable = [] {
    std::array<bool, 128> table{};
    for (char16_t c = u'a'; c <= u'z'; ++c)
        table[c] = true;
    for (char16_t c = u'A'; c <= u'Z'; ++c)
        table[c] = true;
    for (char16_t c = u'0'; c <= u'9'; ++c)
        table[c] = true;
    table[u'_'] = true;
    return table;
}();

// The characters a string's body stops at: either quote, a backslash, a line break.
constexpr auto stringSpecialTable = [] {
    std::array<bool, 128> table{};
    table[u'\''] = table[u'"'] = table[u'\\'] = table[u'\n'] = table[u'\r'] = true;
    return table;
}();

bool isAsciiIdentifierChar(char16_t ch)
{
    return ch < 0x80 && asciiIdentifierTable[ch];
}

} // namespace

Tokenizer::Tokenizer(QStringView source)
    : m_source(source)
{
    if (!m_source.isEmpty() && m_source.front() == QChar(0xFEFF))
        m_pos = m_lineStart = 1; // a BOM is not part of the first line's columns
}

Tokenizer::Tokenizer(QStringView source, qsizetype from, int line)
    : m_source(source)
    , m_pos(from)
    , m_lineStart(from)
    , m_line(line)
{
}

char16_t Tokenizer::peek(qsizetype offset) const
{
    const qsizetype at = m_pos + offset;
    return at < m_source.size() ? m_source[at].unicode() : u'\0';
}

bool Tokenizer::consumeLineBreak()
{
    if (atEnd() || !isLineBreak(peek()))
        return false;
    m_pos += (peek() == u'\r' && peek(1) == u'\n') ? 2 : 1;
    ++m_line;
    m_lineStart = m_pos;
    return true;
}

Token Tokenizer::make(TokenKind kind, qsizetype begin, qsizetype end, int line, qsizetype lineStart)
{
    return Token{kind, line, int(begin - lineStart) + 1, begin, end, int(m_brackets.size())};
}

Token Tokenizer::fail(const QString &message, int line, qsizetype position, qsizetype lineStart)
{
    m_error = message;
    m_finished = true;
    return make(TokenKind::Error, position, position, line, lineStart);
}

Token Tokenizer::atLineStart()
{
    // Called at the first character of a logical line; returns an Indent, a Dedent, an
    // Error, or an EndMarker-kind token meaning "nothing to report".
    m_atLineStart = false;
    int column = 0, altColumn = 0;
    qsizetype p = m_pos;
    for (; p < m_source.size(); ++p) {
        const char16_t ch = m_source[p].unicode();
        if (ch == u' ') {
            ++column;
            ++altColumn;
        } else if (ch == u'\t') {
            column = (column / 8 + 1) * 8;
            ++altColumn;
        } else if (ch == u'\f') {
            column = altColumn = 0;
        } else {
            break;
        }
    }
    const qsizetype begin = m_pos;
    m_pos = p;
    // Blank lines and comment-only lines do not take part in indentation.
    if (atEnd() || peek() == u'#' || isLineBreak(peek()))
        return {};
    // Positions as CPython reports them: the line's start for tabs, after the indentation
    // for a bad dedent.
    const auto inconsistent = [&] {
        return fail(u"inconsistent use of tabs and spaces in indentation"_s, m_line, m_lineStart,
                    m_lineStart);
    };
    if (column == m_indents.back()) {
        if (altColumn != m_altIndents.back())
            return inconsistent();
        return {};
    }
    if (column > m_indents.back()) {
        if (altColumn <= m_altIndents.back())
            return inconsistent();
        m_indents.append(column);
        m_altIndents.append(altColumn);
        return make(TokenKind::Indent, begin, m_pos, m_line, m_lineStart);
    }
    int dedents = 0;
    while (m_indents.size() > 1 && column < m_indents.back()) {
        m_indents.removeLast();
        m_altIndents.removeLast();
        ++dedents;
    }
    if (column != m_indents.back())
        return fail(u"unindent does not match any outer indentation level"_s, m_line, m_pos + 1,
                    m_lineStart);
    if (altColumn != m_altIndents.back())
        return inconsistent();
    m_pendingDedents = dedents - 1;
    return make(TokenKind::Dedent, m_pos, m_pos, m_line, m_lineStart);
}

Token Tokenizer::next()
{
    if (m_finished)
        return make(TokenKind::EndMarker, m_source.size(), m_source.size(), m_line, m_lineStart);
    if (m_pendingDedents > 0) {
        --m_pendingDedents;
        return make(TokenKind::Dedent, m_pos, m_pos, m_line, m_lineStart);
    }
    if (m_atLineStart && m_brackets.isEmpty()) {
        // A line at the left margin while no block is open (most lines of a module) has no
        // indentation to report: what atLineStart() would conclude, without measuring it.
        const char16_t first = peek();
        if (m_indents.size() == 1 && first != u' ' && first != u'\t' && first != u'\f') {
            m_atLineStart = false;
        } else {
            Token indentation = atLineStart();
            if (indentation.kind != TokenKind::EndMarker)
                return indentation;
        }
    }

    for (;;) {
        // On the characters themselves: the continuation lines of a call are mostly spaces.
        const QChar *const data = m_source.data();
        qsizetype p = m_pos;
        while (p < m_source.size()
               && (data[p].unicode() == u' ' || data[p].unicode() == u'\t' || data[p].unicode() == u'\f'))
            ++p;
        m_pos = p;
        if (peek() == u'\\' && m_pos + 1 < m_source.size() && isLineBreak(peek(1))) {
            // An explicit line join: the next physical line continues this logical one.
            const int line = m_line;
            const qsizetype lineStart = m_lineStart;
            ++m_pos;
            const qsizetype afterBackslash = m_pos;
            consumeLineBreak();
            if (atEnd()) // CPython points just after the backslash
                return fail(u"unexpected EOF while parsing"_s, line, afterBackslash, lineStart);
            continue;
        }
        break;
    }

    const qsizetype begin = m_pos;
    if (atEnd()) {
        if (!m_brackets.isEmpty()) {
            return failNeverClosed();
        }
        if (m_lineHasContent) {
            // Like tokenize: a last line without a line break still ends its statement.
            m_lineHasContent = false;
            return make(TokenKind::Newline, begin, begin, m_line, m_lineStart);
        }
        if (m_indents.size() > 1) {
            m_indents.removeLast();
            m_altIndents.removeLast();
            return make(TokenKind::Dedent, begin, begin, m_line, m_lineStart);
        }
        m_finished = true;
        return make(TokenKind::EndMarker, begin, begin, m_line, m_lineStart);
    }

    const char16_t ch = peek();
    if (ch == u'#') {
        while (!atEnd() && !isLineBreak(peek()))
            ++m_pos;
        return make(TokenKind::Comment, begin, m_pos, m_line, m_lineStart);
    }
    if (isLineBreak(ch)) {
        const int line = m_line;
        const qsizetype lineStart = m_lineStart;
        consumeLineBreak();
        const bool endsStatement = m_brackets.isEmpty() && m_lineHasContent;
        m_atLineStart = m_brackets.isEmpty();
        Token token = make(endsStatement ? TokenKind::Newline : TokenKind::Nl, begin, m_pos, line,
                           lineStart);
        m_lineHasContent = false;
        return token;
    }
    m_lineHasContent = true;
    // Names and operators are most tokens: their ASCII forms go first. No ASCII character
    // starts two kinds of token, but for `.` before a digit (a number).
    if (ch < 0x80 && isAsciiIdentifierChar(ch) && !(ch >= u'0' && ch <= u'9'))
        return scanName(begin, 1);
    // `,` `.` `=`, most of the operators, when they stand alone (not `...`, `==`, `.5`): no
    // bracket to track and no longer operator to look for.
    if (ch == u',' || (ch == u'.' && peek(1) != u'.' && !(peek(1) >= u'0' && peek(1) <= u'9'))
        || (ch == u'=' && peek(1) != u'=')) {
        ++m_pos;
        return make(TokenKind::Op, begin, m_pos, m_line, m_lineStart);
    }
    if (startsOperator(ch) && !(ch == u'.' && peek(1) >= u'0' && peek(1) <= u'9'))
        return scanOperator(begin);
    if (ch == u'\\')
        return fail(u"unexpected character after line continuation character"_s, m_line, m_pos + 1,
                    m_lineStart);
    if ((ch >= u'0' && ch <= u'9') || (ch == u'.' && peek(1) >= u'0' && peek(1) <= u'9'))
        return scanNumber(begin);
    if (ch == u'\'' || ch == u'"')
        return scanString(begin, begin);

    qsizetype units = 0;
    const char32_t cp = codePointAt(m_source, m_pos, &units);
    if (isIdentifierStart(cp))
        return scanName(begin, units);
    return failInvalidCharacter(cp, units);
}

// A name whose first character, `firstUnits` UTF-16 units at m_pos, starts an identifier;
// or the string it prefixes (`f'…'`, `rb"…"`).
Token Tokenizer::scanName(qsizetype begin, qsizetype firstUnits)
{
    m_pos += firstUnits;
    // ASCII letters, digits and `_` first: the code-point path below is for the rest, and
    // only a non-ASCII character can continue the name after them.
    const QChar *const data = m_source.data();
    qsizetype p = m_pos;
    while (p < m_source.size() && isAsciiIdentifierChar(data[p].unicode()))
        ++p;
    m_pos = p;
    qsizetype units = 0;
    while (!atEnd() && peek() >= 0x80) {
        const char32_t next = codePointAt(m_source, m_pos, &units);
        if (!isIdentifierContinue(next))
            break;
        m_pos += units;
        while (isAsciiIdentifierChar(peek()))
            ++m_pos;
    }
    if (const char16_t after = peek(); (after == u'\'' || after == u'"')
        && isStringPrefix(m_source.sliced(begin, m_pos - begin)))
        return scanString(begin, m_pos);
    return make(TokenKind::Name, begin, m_pos, m_line, m_lineStart);
}

// The messages built from parts are made out of next(), so that its common paths do not
// carry their temporaries.
Token Tokenizer::failNeverClosed()
{
    const Bracket &open = m_brackets.back();
    return fail(u"'%1' was never closed"_s.arg(QChar(open.ch)), open.line, open.position,
                open.lineStart);
}

Token Tokenizer::failInvalidCharacter(char32_t cp, qsizetype units)
{
    return fail(u"invalid character '%1' (U+%2)"_s
                    .arg(m_source.sliced(m_pos, units).toString(),
                         QString::number(cp, 16).toUpper().rightJustified(4, u'0')),
                m_line, m_pos, m_lineStart);
}

Token Tokenizer::scanNumber(qsizetype begin)
{
    const auto digits = [this](int base) {
        while (!atEnd() && isDigitOrUnderscore(peek(), base))
            ++m_pos;
    };
    const char16_t second = QChar(peek(1)).toLower().unicode();
    if (peek() == u'0' && (second == u'x' || second == u'o' || second == u'b')) {
        m_pos += 2;
        digits(second == u'x' ? 16 : second == u'o' ? 8 : 2);
    } else {
        digits(10);
        if (peek() == u'.') {
            ++m_pos;
            digits(10);
        }
        const char16_t sign = peek(1);
        if ((peek() == u'e' || peek() == u'E')
            && ((sign >= u'0' && sign <= u'9')
                || ((sign == u'+' || sign == u'-') && peek(2) >= u'0' && peek(2) <= u'9'))) {
            m_pos += 2;
            digits(10);
        }
        if (peek() == u'j' || peek() == u'J')
            ++m_pos;
    }
    return make(TokenKind::Number, begin, m_pos, m_line, m_lineStart);
}

Token Tokenizer::scanOperator(qsizetype begin)
{
    Q_ASSERT(m_pos == begin);
    const qsizetype length = operatorLength(m_source[begin].unicode(), peek(1), peek(2));
    m_pos = begin + length;
    const char16_t ch = m_source[begin].unicode();
    if (length == 1 && (ch == u'(' || ch == u'[' || ch == u'{')) {
        Token token = make(TokenKind::Op, begin, m_pos, m_line, m_lineStart);
        m_brackets.append({ch, m_line, begin, m_lineStart});
        return token;
    }
    if (length == 1 && (ch == u')' || ch == u']' || ch == u'}')) {
        if (m_brackets.isEmpty())
            return fail(u"unmatched '%1'"_s.arg(QChar(ch)), m_line, begin, m_lineStart);
        const Bracket open = m_brackets.back();
        if (closerFor(open.ch) != ch) {
            QString message = u"closing parenthesis '%1' does not match opening parenthesis '%2'"_s
                                  .arg(QChar(ch), QChar(open.ch));
            if (open.line != m_line)
                message += u" on line %1"_s.arg(open.line);
            return fail(message, m_line, begin, m_lineStart);
        }
        m_brackets.removeLast();
    }
    return make(TokenKind::Op, begin, m_pos, m_line, m_lineStart);
}

Token Tokenizer::scanString(qsizetype begin, qsizetype quote)
{
    const int line = m_line;
    const qsizetype lineStart = m_lineStart;
    const char16_t q = m_source[quote].unicode();
    m_pos = quote + 1;
    const bool triple = peek() == q && peek(1) == q;
    if (triple)
        m_pos += 2;
    bool isFString = false;
    for (qsizetype i = begin; i < quote; ++i)
        isFString = isFString || m_source[i].toLower() == u'f';
    const auto unterminated = [&] {
        // CPython counts a final line break as ending the last line, not starting a new one.
        const bool endsWithBreak = atEnd() && m_pos > 0 && isLineBreak(m_source[m_pos - 1].unicode());
        const int detected = endsWithBreak && m_line > line ? m_line - 1 : m_line;
        return fail(triple ? u"unterminated triple-quoted string literal (detected at line %1)"_s.arg(detected)
                           : u"unterminated string literal (detected at line %1)"_s.arg(detected),
                    line, begin, lineStart);
    };
    // Inside an f-string's replacement fields (Python 3.12+) quotes open nested strings,
    // which may reuse the outer quote; `fieldDepth` counts the open braces.
    int fieldDepth = 0;
    bool hasFields = false;
    char16_t nestedQuote = 0;
    for (;;) {
        if (!isFString) {
            // Outside f-strings only quotes, backslashes and line breaks need a look: one table
            // lookup passes every other character.
            const QChar *const data = m_source.data();
            const qsizetype size = m_source.size();
            qsizetype p = m_pos;
            for (; p < size; ++p) {
                const char16_t c = data[p].unicode();
                if (c < 0x80 && stringSpecialTable[c] && (c == q || c == u'\\' || isLineBreak(c)))
                    break;
            }
            m_pos = p;
        }
        if (atEnd())
            return unterminated();
        const char16_t ch = peek();
        if (isLineBreak(ch)) {
            if (!triple && fieldDepth == 0)
                return unterminated();
            consumeLineBreak();
            continue;
        }
        if (ch == u'\\') {
            ++m_pos;
            if (!consumeLineBreak() && !atEnd())
                ++m_pos;
            continue;
        }
        if (nestedQuote) {
            if (ch == nestedQuote)
                nestedQuote = 0;
            ++m_pos;
            continue;
        }
        if (isFString) {
            if (ch == u'{' && fieldDepth == 0 && peek(1) == u'{') {
                m_pos += 2;
                continue;
            }
            if (ch == u'{') {
                hasFields = true;
                ++fieldDepth;
                ++m_pos;
                continue;
            }
            if (ch == u'}' && fieldDepth > 0) {
                --fieldDepth;
                ++m_pos;
                continue;
            }
            if (fieldDepth > 0 && (ch == u'\'' || ch == u'"')) {
                nestedQuote = ch;
                ++m_pos;
                continue;
            }
        }
        if (ch == q && fieldDepth == 0) {
            if (!triple) {
                ++m_pos;
                break;
            }
            if (peek(1) == q && peek(2) == q) {
                m_pos += 3;
                break;
            }
        }
        ++m_pos;
    }
    Token token = make(TokenKind::String, begin, m_pos, line, lineStart);
    token.isFString = isFString;
    token.hasReplacementFields = hasFields;
    return token;
}

} // namespace Migrations::Python
