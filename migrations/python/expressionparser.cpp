#include "expressionparser.h"

#include "literalvalue.h"
#include "stringliteral.h"

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Migrations::Python {

namespace {

constexpr QLatin1StringView keywords[] = {
    "False"_L1, "None"_L1, "True"_L1, "and"_L1, "as"_L1, "assert"_L1, "async"_L1, "await"_L1,
    "break"_L1, "class"_L1, "continue"_L1, "def"_L1, "del"_L1, "elif"_L1, "else"_L1,
    "except"_L1, "finally"_L1, "for"_L1, "from"_L1, "global"_L1, "if"_L1, "import"_L1,
    "in"_L1, "is"_L1, "lambda"_L1, "nonlocal"_L1, "not"_L1, "or"_L1, "pass"_L1, "raise"_L1,
    "return"_L1, "try"_L1, "while"_L1, "with"_L1, "yield"_L1};

// For each ASCII character, the keywords starting with it: [first, last) in `keywords`,
// which is sorted. Every name read is checked, so a name is compared with the few keywords
// that share its first character (at most five), not with all of them.
constexpr auto keywordsByFirstCharacter = [] {
    std::array<std::pair<quint8, quint8>, 128> ranges{};
    for (size_t i = 0; i < std::size(keywords); ++i) {
        auto &range = ranges[size_t(keywords[i].data()[0])];
        if (range.first == range.second)
            range.first = quint8(i);
        range.second = quint8(i + 1);
    }
    return ranges;
}();

// Compared inline: the words are a few characters, and the library call cost more.
bool equalsAscii(QStringView text, QLatin1StringView word)
{
    if (text.size() != word.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i)
        if (text[i].unicode() != char16_t(uchar(word.data()[i])))
            return false;
    return true;
}

// The same characters, compared inline (the strings are a few characters long).
bool sameText(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

// A name's slot in an IdentifierTable: its length and its first and last characters.
size_t slotOf(QStringView text, size_t salt, size_t slotCount)
{
    if (text.isEmpty())
        return salt % slotCount;
    return (size_t(text.size()) * 31 + size_t(text.front().unicode()) * 7 + size_t(text.back().unicode())
            + salt)
        % slotCount;
}

// The value of a string literal written without a prefix, triple quotes, backslashes or
// carriage returns (most of a migration's): its body as it stands, as decodeStringLiteral()
// would give it. Nothing for any other literal.
std::optional<QStringView> plainStringBody(QStringView token)
{
    if (token.size() < 2)
        return std::nullopt;
    const QChar quote = token.front();
    if (quote != u'\'' && quote != u'"')
        return std::nullopt;
    if (token.size() >= 6 && token[1] == quote && token[2] == quote)
        return std::nullopt; // triple-quoted, by decodeStringLiteral()'s rule
    const QStringView body = token.sliced(1, token.size() - 2);
    for (QChar c : body)
        if (c == u'\\' || c == u'\r')
            return std::nullopt;
    return body;
}

} // namespace

QString IdentifierTable::text(QStringView written)
{
    // Never the empty text: an empty slot would be taken for it, and it is null.
    if (written.isEmpty())
        return written.toString();
    QString &cached = m_texts[slotOf(written, 0, slotCount)];
    if (!sameText(cached, written))
        cached = written.toString();
    return cached;
}

QString IdentifierTable::identifier(QStringView written)
{
    QString &cached = m_identifiers[slotOf(written, 0, slotCount)];
    // Only ASCII names are cached: they are their own NFKC form, so the text written is
    // the key and the value at once.
    if (sameText(cached, written))
        return cached;
    QString name = Python::identifier(written);
    if (sameText(name, written))
        cached = name;
    return name;
}

QString IdentifierTable::attributePath(const QString &object, const QString &attribute)
{
    Path &cached = m_paths[slotOf(attribute, size_t(object.size()), slotCount)];
    if (sameText(cached.attribute, attribute) && sameText(cached.object, object))
        return cached.path;
    QString path;
    path.reserve(object.size() + 1 + attribute.size());
    path.append(object).append(u'.').append(attribute);
    cached = Path{object, attribute, path};
    return path;
}

bool isPythonKeyword(QStringView word)
{
    // Keywords are 2 to 8 ASCII characters.
    if (word.size() < 2 || word.size() > 8 || word.front().unicode() >= 128)
        return false;
    const auto [first, last] = keywordsByFirstCharacter[word.front().unicode()];
    for (size_t i = first; i < last; ++i)
        if (equalsAscii(word, keywords[i]))
            return true;
    return false;
}

const Token &ExpressionParser::current() const
{
    return m_tokens[size_t(m_pos)];
}

bool ExpressionParser::isKeyword(QLatin1StringView word) const
{
    return !atEnd() && current().kind == TokenKind::Name && current().equalsAscii(m_text, word);
}

Expression ExpressionParser::node(ExpressionKind kind, const Token &at) const
{
    Expression expression;
    expression.kind = kind;
    expression.line = at.line;
    expression.column = at.column;
    return expression;
}

QString ExpressionParser::identifierOf(const Token &token)
{
    const QStringView written = token.text(m_text);
    return m_identifiers ? m_identifiers->identifier(written) : identifier(written);
}

bool ExpressionParser::fail(const Token &at, const QString &reason)
{
    m_failure = NeedsPython{at.line, at.column, reason};
    return false;
}

// Says what the token that cannot continue the expression is, in Python's terms.
bool ExpressionParser::failUnexpected(const Token &at)
{
    const QStringView text = at.text(m_text);
    if (at.kind == TokenKind::Op) {
        if (text == u"[")
            return fail(at, u"a subscript"_s);
        if (text == u":=")
            return fail(at, u"an assignment expression (`:=`)"_s);
        if (text == u"...")
            return fail(at, u"an ellipsis (`...`)"_s);
        if (text == u"*" || text == u"**")
            return fail(at, u"unpacking (`%1`) outside a call's arguments"_s.arg(text));
        return fail(at, u"the `%1` operator"_s.arg(text));
    }
    if (at.kind == TokenKind::Name) {
        if (text == u"if")
            return fail(at, u"a conditional expression"_s);
        if (text == u"for" || text == u"async")
            return fail(at, u"a comprehension"_s);
        if (text == u"and" || text == u"or" || text == u"not" || text == u"in" || text == u"is")
            return fail(at, u"the `%1` operator"_s.arg(text));
    }
    if (at.kind == TokenKind::Newline || at.kind == TokenKind::EndMarker)
        return fail(at, u"invalid Python: the expression is incomplete"_s);
    return fail(at, u"invalid Python: unexpected `%1`"_s.arg(text));
}

bool ExpressionParser::parse(qsizetype begin, qsizetype end, bool allowTuple, Expression *result)
{
    m_pos = begin;
    m_end = end;
    if (atEnd()) {
        const Token &at = m_tokens[size_t(begin > 0 ? begin - 1 : 0)];
        return fail(at, u"invalid Python: an expression is missing"_s);
    }
    const Token &first = current();
    Expression value;
    if (!parseExpression(value, 0))
        return false;
    if (allowTuple && isOp(","_L1)) {
        Expression tuple = node(ExpressionKind::Tuple, first);
        tuple.operands.push_back(std::move(value));
        while (isOp(","_L1)) {
            ++m_pos;
            if (atEnd())
                break;
            Expression item;
            if (!parseExpression(item, 0))
                return false;
            tuple.operands.push_back(std::move(item));
        }
        value = std::move(tuple);
    }
    if (!atEnd())
        return failUnexpected(current());
    // Names last: what the syntax needs Python for (a comprehension, an operator) is the
    // better reason when both apply, and the comprehension's own names are never looked up.
    if (!resolveNames(value))
        return false;
    *result = std::move(value);
    return true;
}

bool ExpressionParser::resolveNames(Expression &expression)
{
    switch (expression.kind) {
    case ExpressionKind::Name:
        return m_resolver(expression, &m_failure);
    case ExpressionKind::Attribute: {
        Expression &object = expression.operands.front();
        if (!resolveNames(object))
            return false;
        expression.binding = object.binding;
        if (object.binding == NameBinding::Import) {
            if (m_identifiers) {
                expression.resolved = m_identifiers->attributePath(object.resolved, expression.text);
            } else {
                // Sized once: every attribute of an import builds one (`sqlalchemy.Column`).
                QString &path = expression.resolved;
                path.reserve(object.resolved.size() + 1 + expression.text.size());
                path.append(object.resolved).append(u'.').append(expression.text);
            }
        }
        return true;
    }
    default:
        for (Expression &operand : expression.operands)
            if (!resolveNames(operand))
                return false;
        for (KeywordArgument &keyword : expression.keywords)
            if (!resolveNames(keyword.value))
                return false;
        return true;
    }
}

bool ExpressionParser::parseExpression(Expression &out, int depth)
{
    if (atEnd())
        return failUnexpected(m_tokens[size_t(m_end - 1)]);
    if (depth > maximumDepth)
        return fail(current(), u"nested more than %1 levels deep"_s.arg(maximumDepth));
    const Token &first = current();
    // The token's kind first: most expressions start with a name or a literal, which no
    // operator comparison has to look at.
    if (first.kind == TokenKind::Op) {
        if (isOp("-"_L1)) {
            ++m_pos;
            Expression negative = node(ExpressionKind::Negative, first);
            negative.operands.emplace_back();
            if (!parseExpression(negative.operands.back(), depth + 1))
                return false;
            out = std::move(negative);
            return true;
        }
        if (isOp("+"_L1) || isOp("~"_L1))
            return fail(first, u"the unary `%1` operator"_s.arg(first.text(m_text)));
    } else if (first.kind == TokenKind::Name) {
        if (isKeyword("lambda"_L1))
            return fail(first, u"a lambda"_s);
        if (isKeyword("not"_L1))
            return fail(first, u"the `not` operator"_s);
        if (isKeyword("await"_L1) || isKeyword("yield"_L1))
            return fail(first, u"`%1`"_s.arg(first.text(m_text)));
    }
    if (!parsePrimary(out, depth))
        return false;
    // Binary operators and the like are caught by whoever expected a `,`, a closing
    // bracket or the end: they say which one it is (failUnexpected()).
    return true;
}

bool ExpressionParser::parsePrimary(Expression &out, int depth)
{
    if (!parseAtom(out, depth))
        return false;
    // Trailers, left to right: attributes and calls. Iterative, so a long chain is no depth.
    while (!atEnd()) {
        const Token &at = current();
        // A trailer is a one-character operator: anything else ends the primary.
        const char16_t trailer = at.kind == TokenKind::Op && at.end - at.begin == 1
            ? m_text[at.begin].unicode() : u'\0';
        if (trailer == u'.') {
            ++m_pos;
            if (atEnd() || current().kind != TokenKind::Name)
                return atEnd() ? failUnexpected(at) : failUnexpected(current());
            Expression attribute = node(ExpressionKind::Attribute, m_tokens[size_t(m_pos)]);
            attribute.line = out.line;
            attribute.column = out.column;
            attribute.text = identifierOf(current());
            attribute.operands.push_back(std::move(out));
            out = std::move(attribute);
            ++m_pos;
        } else if (trailer == u'(') {
            if (depth + 1 > maximumDepth)
                return fail(at, u"nested more than %1 levels deep"_s.arg(maximumDepth));
            Expression call = node(ExpressionKind::Call, at);
            call.line = out.line;
            call.column = out.column;
            reserveArguments(call);
            call.operands.push_back(std::move(out));
            ++m_pos;
            if (!parseArguments(call, depth + 1))
                return false;
            out = std::move(call);
        } else if (trailer == u'[') {
            return fail(at, u"a subscript"_s);
        } else {
            break;
        }
    }
    return true;
}

bool ExpressionParser::parseAtom(Expression &out, int depth)
{
    const Token &first = current();
    switch (first.kind) {
    case TokenKind::String:
        return parseStrings(out);
    case TokenKind::Number: {
        const QStringView text = first.text(m_text);
        if (text.endsWith(u'j') || text.endsWith(u'J'))
            return fail(first, u"a complex number"_s);
        out = node(ExpressionKind::Number, first);
        out.text = m_identifiers ? m_identifiers->text(text) : text.toString();
        ++m_pos;
        return true;
    }
    case TokenKind::Name: {
        QString word = identifierOf(first);
        // True, False and None are keywords: one check sorts out the rare words.
        if (!isPythonKeyword(word)) {
            out = node(ExpressionKind::Name, first);
            out.text = std::move(word); // bound by resolveNames() once the whole expression is read
        } else if (word == u"True"_s || word == u"False"_s) {
            out = node(ExpressionKind::Boolean, first);
            out.text = std::move(word);
        } else if (word == u"None"_s) {
            out = node(ExpressionKind::None, first);
        } else {
            return failUnexpected(first);
        }
        ++m_pos;
        return true;
    }
    case TokenKind::Op:
        break;
    default:
        return failUnexpected(first);
    }
    if (depth + 1 > maximumDepth)
        return fail(first, u"nested more than %1 levels deep"_s.arg(maximumDepth));
    if (isOp("("_L1)) {
        ++m_pos;
        if (isOp(")"_L1)) {
            out = node(ExpressionKind::Tuple, first);
            ++m_pos;
            return true;
        }
        Expression inner;
        if (!parseExpression(inner, depth + 1))
            return false;
        if (isOp(")"_L1)) { // parentheses only group
            ++m_pos;
            out = std::move(inner);
            return true;
        }
        if (!isOp(","_L1))
            return atEnd() ? failUnexpected(first) : failUnexpected(current());
        out = node(ExpressionKind::Tuple, first);
        out.operands.push_back(std::move(inner));
        ++m_pos;
        return parseItems(out, ")"_L1, depth + 1);
    }
    if (isOp("["_L1)) {
        ++m_pos;
        out = node(ExpressionKind::List, first);
        return parseItems(out, "]"_L1, depth + 1);
    }
    if (isOp("{"_L1)) {
        ++m_pos;
        out = node(ExpressionKind::Dict, first);
        return parseDict(out, depth + 1);
    }
    return failUnexpected(first);
}

// Adjacent string literals, concatenated as the compiler does; f-strings only without fields.
bool ExpressionParser::parseStrings(Expression &out)
{
    out = node(ExpressionKind::String, current());
    while (!atEnd() && current().kind == TokenKind::String) {
        const Token &token = current();
        if (const auto plain = plainStringBody(token.text(m_text)); plain && m_identifiers) {
            out.text += m_identifiers->text(*plain);
            ++m_pos;
            continue;
        }
        const StringLiteral literal = decodeStringLiteral(token.text(m_text));
        if (!literal.error.isEmpty())
            return fail(token, u"invalid Python: %1"_s.arg(literal.error));
        if (literal.hasReplacementFields)
            return fail(token, u"an f-string with replacement fields"_s);
        if (literal.isBytes)
            return fail(token, u"a bytes literal"_s);
        if (literal.unsupported)
            return fail(token, u"a \\N{…} escape"_s);
        out.text += literal.value;
        ++m_pos;
    }
    return true;
}

// The items of a list or a tuple up to `close`, a trailing comma allowed.
bool ExpressionParser::parseItems(Expression &out, QLatin1StringView close, int depth)
{
    while (!isOp(close)) {
        // Read in place: a node moved into the list would be moved again as it grows.
        if (!parseExpression(out.operands.emplace_back(), depth))
            return false;
        if (isOp(","_L1))
            ++m_pos;
        else if (!isOp(close))
            return atEnd() ? failUnexpected(m_tokens[size_t(m_end - 1)]) : failUnexpected(current());
    }
    return expectClose(close);
}

bool ExpressionParser::parseDict(Expression &out, int depth)
{
    while (!isOp("}"_L1)) {
        if (isOp("**"_L1))
            return fail(current(), u"dict unpacking (`**`)"_s);
        Expression key;
        if (!parseExpression(key, depth))
            return false;
        if (!isOp(":"_L1)) {
            if (isOp(","_L1) || isOp("}"_L1))
                return fail(m_tokens[size_t(m_pos - 1)], u"a set"_s);
            return atEnd() ? failUnexpected(m_tokens[size_t(m_end - 1)]) : failUnexpected(current());
        }
        ++m_pos;
        Expression value;
        if (!parseExpression(value, depth))
            return false;
        out.operands.push_back(std::move(key));
        out.operands.push_back(std::move(value));
        if (isOp(","_L1))
            ++m_pos;
        else if (!isOp("}"_L1))
            return atEnd() ? failUnexpected(m_tokens[size_t(m_end - 1)]) : failUnexpected(current());
    }
    return expectClose("}"_L1);
}

// `*NAME` where the name holds a list or tuple of literals (`sa.Enum(*MOODS, name=…)` with
// a module constant or a local name of the body): spread as the display it holds. The name
// is bound here, before the rest of the expression: its value decides the arguments.
bool ExpressionParser::spreadName(Expression &spread)
{
    if (spread.kind != ExpressionKind::Name || !m_valueLookup)
        return true;
    if (!m_resolver(spread, &m_failure))
        return false;
    const Expression *value = m_valueLookup(spread);
    if (!value || (value->kind != ExpressionKind::List && value->kind != ExpressionKind::Tuple)
        || !std::all_of(value->operands.cbegin(), value->operands.cend(),
                        [](const Expression &item) { return item.isLiteral(); }))
        return true;
    const int line = spread.line;
    const int column = spread.column;
    spread = *value;
    // Where the values are used is where they are reported.
    for (Expression &item : spread.operands) {
        item.line = line;
        item.column = column;
    }
    return true;
}

bool ExpressionParser::expectClose(QLatin1StringView close)
{
    if (!isOp(close))
        return atEnd() ? failUnexpected(m_tokens[size_t(m_end - 1)]) : failUnexpected(current());
    ++m_pos;
    return true;
}

// Room for the callee and the positional and keyword arguments of the call whose `(` is at
// m_pos, counted on the tokens: the bracket's items sit one level deeper, and its `)` is
// the next token back at its own level. Growing the lists instead moved every node read
// so far at each step.
void ExpressionParser::reserveArguments(Expression &call) const
{
    const int level = current().depth;
    size_t positional = 1; // the callee
    size_t named = 0;
    bool itemStarts = true;
    for (qsizetype i = m_pos + 1; i < m_end && m_tokens[size_t(i)].depth != level; ++i) {
        const Token &token = m_tokens[size_t(i)];
        if (token.depth != level + 1)
            continue;
        if (itemStarts) {
            const bool isKeyword = token.kind == TokenKind::Name && i + 1 < m_end
                && m_tokens[size_t(i + 1)].isOp(m_text, "="_L1);
            ++(isKeyword ? named : positional);
            itemStarts = false;
        }
        if (token.isOp(m_text, ","_L1))
            itemStarts = true;
    }
    call.operands.reserve(positional);
    call.keywords.reserve(named);
}

// A call's arguments after its `(`. `*[…]`/`*(…)` and `**{'name': …}` written as literal
// displays are spread into the positional and keyword arguments, as the call would see
// them; any other unpacking needs Python. Python's own ordering rules are kept.
bool ExpressionParser::parseArguments(Expression &call, int depth)
{
    bool sawKeyword = false;
    bool sawDoubleStar = false;
    const auto addKeyword = [&](const Token &at, QString name, Expression value) {
        for (const KeywordArgument &existing : call.keywords)
            if (existing.name == name)
                return fail(at, sawDoubleStar
                                    ? u"a keyword argument given twice (`%1`)"_s.arg(name)
                                    : u"invalid Python: keyword argument repeated: %1"_s.arg(name));
        call.keywords.push_back(KeywordArgument{std::move(name), std::move(value), at.line, at.column});
        return true;
    };
    while (!isOp(")"_L1)) {
        const Token &at = current();
        if (isOp("*"_L1) || isOp("**"_L1)) {
            const bool doubleStar = isOp("**"_L1);
            ++m_pos;
            Expression spread;
            if (!parseExpression(spread, depth))
                return false;
            if (doubleStar) {
                if (spread.kind != ExpressionKind::Dict)
                    return fail(at, u"`**` unpacking of something other than a literal dict"_s);
                sawDoubleStar = true;
                for (size_t i = 0; i + 1 < spread.operands.size(); i += 2) {
                    if (spread.operands[i].kind != ExpressionKind::String)
                        return fail(at, u"`**` unpacking of a dict whose keys are not all strings"_s);
                    if (!addKeyword(at, spread.operands[i].text, std::move(spread.operands[i + 1])))
                        return false;
                }
            } else {
                if (sawDoubleStar)
                    return fail(at, u"invalid Python: iterable argument unpacking follows keyword "
                                    "argument unpacking"_s);
                if (!spreadName(spread))
                    return false;
                if (spread.kind != ExpressionKind::List && spread.kind != ExpressionKind::Tuple)
                    return fail(at, u"`*` unpacking of something other than a literal list or tuple"_s);
                for (Expression &item : spread.operands)
                    call.operands.push_back(std::move(item));
            }
        } else if (at.kind == TokenKind::Name && m_pos + 1 < m_end
                   && m_tokens[size_t(m_pos + 1)].isOp(m_text, "="_L1)) {
            if (isPythonKeyword(at.text(m_text)))
                return fail(at, u"invalid Python: unexpected `%1`"_s.arg(at.text(m_text)));
            m_pos += 2;
            Expression value;
            if (!parseExpression(value, depth))
                return false;
            if (!addKeyword(at, identifierOf(at), std::move(value)))
                return false;
            sawKeyword = true;
        } else {
            if (sawDoubleStar)
                return fail(at, u"invalid Python: positional argument follows keyword argument "
                                "unpacking"_s);
            if (sawKeyword)
                return fail(at, u"invalid Python: positional argument follows keyword argument"_s);
            if (!parseExpression(call.operands.emplace_back(), depth))
                return false;
        }
        if (isOp(","_L1))
            ++m_pos;
        else if (!isOp(")"_L1))
            return atEnd() ? failUnexpected(m_tokens[size_t(m_end - 1)]) : failUnexpected(current());
    }
    return expectClose(")"_L1);
}

} // namespace Migrations::Python
