#include "templateexpression.h"

#include "pythontext.h"

#include <QCoreApplication>
#include <QList>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace Migrations::TemplateSyntax {

void refuse(int line, const QString &message)
{
    throw Refusal{line, message};
}

// Reads one Python string literal starting at `pos` (its prefix included) into *value;
// returns the position after it, or -1 when it is not one this renderer reads.
qsizetype readStringLiteral(QStringView s, qsizetype pos, QString *value)
{
    bool raw = false;
    while (pos < s.size() && QStringView(u"rRuU").contains(s[pos])) {
        raw = raw || s[pos] == u'r' || s[pos] == u'R';
        ++pos;
    }
    if (pos >= s.size() || (s[pos] != u'\'' && s[pos] != u'"'))
        return -1;
    const QChar quote = s[pos];
    const bool triple = s.sliced(pos).startsWith(QString(3, quote));
    pos += triple ? 3 : 1;
    value->clear();
    while (pos < s.size()) {
        const QChar c = s[pos];
        if (c == quote && (!triple || s.sliced(pos).startsWith(QString(3, quote))))
            return pos + (triple ? 3 : 1);
        if (!triple && c == u'\n')
            return -1;
        if (c == u'\\' && pos + 1 < s.size()) {
            const QChar next = s[pos + 1];
            pos += 2;
            if (raw) {
                value->append(c);
                value->append(next);
                continue;
            }
            switch (next.unicode()) {
            case '\\': value->append(u'\\'); break;
            case '\'': value->append(u'\''); break;
            case '"': value->append(u'"'); break;
            case 'n': value->append(u'\n'); break;
            case 't': value->append(u'\t'); break;
            case 'r': value->append(u'\r'); break;
            case '\n': break;
            case 'x': case 'u': case 'U': case 'N': case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case 'a': case 'b': case 'f': case 'v':
                return -1; // escapes no stock template writes: refused, not guessed
            default: // Python keeps an unknown escape as written
                value->append(c);
                value->append(next);
            }
            continue;
        }
        value->append(c);
        ++pos;
    }
    return -1;
}

namespace {

ExprPtr makeExpr(Expr::Kind kind, QString name = {}, QList<ExprPtr> args = {}, TemplateValue literal = {})
{
    return std::make_shared<const Expr>(Expr{kind, std::move(name), std::move(literal), std::move(args)});
}

struct Token
{
    enum class Type { Name, String, Op, End };
    Type type;
    QString text; // the name, the operator, or the string's value
};

class ExpressionParser
{
    Q_DECLARE_TR_FUNCTIONS(Migrations::ScriptTemplate)

public:
    // `display` is how the construct is quoted in a refusal (`${…}`, `% if …:`).
    ExpressionParser(QStringView source, int line, const QString &display)
        : m_line(line), m_source(display)
    {
        tokenize(source);
    }

    ExprPtr parseWhole()
    {
        ExprPtr expr = parseTuple();
        if (peek().type != Token::Type::End)
            fail();
        return expr;
    }

private:
    [[noreturn]] void fail() const
    {
        refuse(m_line, tr("Alembic Studio cannot render `%1`").arg(m_source.trimmed()));
    }

    void tokenize(QStringView s)
    {
        qsizetype pos = 0;
        while (pos < s.size()) {
            // Chains of `or`/`%` build trees as deep as they are long: bounded like nesting.
            if (m_tokens.size() > 2000)
                refuse(m_line, tr("`%1` is too long").arg(m_source.left(40).trimmed() + u"…"_s));
            const QChar c = s[pos];
            if (c.isSpace() || (c == u'\\' && pos + 1 < s.size() && s[pos + 1] == u'\n')) {
                ++pos;
                continue;
            }
            QString value;
            const qsizetype end = readStringLiteral(s, pos, &value);
            if (end >= 0) {
                // Adjacent literals concatenate, as in Python.
                if (!m_tokens.isEmpty() && m_tokens.last().type == Token::Type::String)
                    m_tokens.last().text += value;
                else
                    m_tokens.append({Token::Type::String, value});
                pos = end;
                continue;
            }
            if (c.isLetter() || c == u'_') {
                qsizetype end2 = pos;
                while (end2 < s.size() && (s[end2].isLetterOrNumber() || s[end2] == u'_'))
                    ++end2;
                m_tokens.append({Token::Type::Name, s.sliced(pos, end2 - pos).toString()});
                pos = end2;
                continue;
            }
            if (s.sliced(pos).startsWith(u"==") || s.sliced(pos).startsWith(u"!=")) {
                m_tokens.append({Token::Type::Op, s.sliced(pos, 2).toString()});
                pos += 2;
                continue;
            }
            if (QStringView(u"(),.%").contains(c)) {
                m_tokens.append({Token::Type::Op, QString(c)});
                ++pos;
                continue;
            }
            fail();
        }
    }

    const Token &peek() const
    {
        static const Token end{Token::Type::End, {}};
        return m_position < m_tokens.size() ? m_tokens[m_position] : end;
    }
    bool accept(Token::Type type, QStringView text)
    {
        if (peek().type == type && peek().text == text) {
            ++m_position;
            return true;
        }
        return false;
    }
    bool acceptOp(QStringView op) { return accept(Token::Type::Op, op); }
    bool acceptKeyword(QStringView word) { return accept(Token::Type::Name, word); }
    void expectOp(QStringView op)
    {
        if (!acceptOp(op))
            fail();
    }

    // a, b → a tuple (a for loop's iterable, a bare expression)
    ExprPtr parseTuple()
    {
        ExprPtr first = parseTernary();
        if (!acceptOp(u","))
            return first;
        QList<ExprPtr> items{first};
        while (peek().type != Token::Type::End && !(peek().type == Token::Type::Op && peek().text == u")"))
        {
            items.append(parseTernary());
            if (!acceptOp(u","))
                break;
        }
        return makeExpr(Expr::Kind::Tuple, {}, items);
    }

    ExprPtr parseTernary()
    {
        // Python's own parser stops far earlier; this keeps a hostile template off the stack's end.
        if (++m_depth > 100)
            refuse(m_line, tr("`%1` nests too deeply").arg(m_source.trimmed()));
        const auto leave = qScopeGuard([this] { --m_depth; });
        ExprPtr value = parseOr();
        if (!acceptKeyword(u"if"))
            return value;
        ExprPtr condition = parseOr();
        if (!acceptKeyword(u"else"))
            fail();
        ExprPtr otherwise = parseTernary();
        return makeExpr(Expr::Kind::Ternary, {}, {condition, value, otherwise});
    }

    ExprPtr parseOr()
    {
        ExprPtr left = parseAnd();
        while (acceptKeyword(u"or"))
            left = makeExpr(Expr::Kind::Or, {}, {left, parseAnd()});
        return left;
    }

    ExprPtr parseAnd()
    {
        ExprPtr left = parseNot();
        while (acceptKeyword(u"and"))
            left = makeExpr(Expr::Kind::And, {}, {left, parseNot()});
        return left;
    }

    ExprPtr parseNot()
    {
        if (acceptKeyword(u"not")) {
            if (++m_depth > 100)
                refuse(m_line, tr("`%1` nests too deeply").arg(m_source.trimmed()));
            const auto leave = qScopeGuard([this] { --m_depth; });
            return makeExpr(Expr::Kind::Not, {}, {parseNot()});
        }
        ExprPtr left = parseModulo();
        if (acceptOp(u"=="))
            return makeExpr(Expr::Kind::Equal, {}, {left, parseModulo()});
        if (acceptOp(u"!="))
            return makeExpr(Expr::Kind::NotEqual, {}, {left, parseModulo()});
        if (acceptKeyword(u"is")) {
            const bool negated = acceptKeyword(u"not");
            return makeExpr(negated ? Expr::Kind::IsNot : Expr::Kind::Is, {}, {left, parseModulo()});
        }
        return left;
    }

    ExprPtr parseModulo()
    {
        ExprPtr left = parsePrimary();
        while (acceptOp(u"%"))
            left = makeExpr(Expr::Kind::Modulo, {}, {left, parsePrimary()});
        return left;
    }

    QList<ExprPtr> parseArguments()
    {
        QList<ExprPtr> args;
        if (acceptOp(u")"))
            return args;
        for (;;) {
            args.append(parseTernary());
            if (acceptOp(u")"))
                return args;
            expectOp(u",");
            if (acceptOp(u")"))
                return args;
        }
    }

    ExprPtr parsePrimary()
    {
        const Token token = peek();
        if (token.type == Token::Type::String) {
            ++m_position;
            return makeExpr(Expr::Kind::Literal, {}, {}, TemplateValue::string(token.text));
        }
        if (token.type == Token::Type::Op && token.text == u"(") {
            ++m_position;
            if (acceptOp(u")"))
                return makeExpr(Expr::Kind::Tuple);
            ExprPtr inner = parseTuple();
            expectOp(u")");
            return inner;
        }
        if (token.type != Token::Type::Name)
            fail();
        ++m_position;
        static const QStringList keywords = {u"if"_s, u"else"_s, u"and"_s, u"or"_s, u"not"_s, u"is"_s,
                                             u"in"_s, u"for"_s, u"lambda"_s};
        if (keywords.contains(token.text))
            fail();
        if (token.text == u"None")
            return makeExpr(Expr::Kind::Literal, {}, {}, TemplateValue::none());
        if (token.text == u"True" || token.text == u"False")
            return makeExpr(Expr::Kind::Literal, {}, {}, TemplateValue::boolean(token.text == u"True"));
        if (acceptOp(u".")) {
            if (peek().type != Token::Type::Name)
                fail();
            const QString method = token.text + u'.' + peek().text;
            ++m_position;
            static const QStringList methods = {u"context.get"_s, u"config.get_main_option"_s, u"re.split"_s};
            if (!methods.contains(method) || !acceptOp(u"("))
                fail();
            return makeExpr(Expr::Kind::Method, method, parseArguments());
        }
        if (acceptOp(u"(")) {
            static const QStringList functions = {u"repr"_s, u"str"_s, u"comma"_s};
            if (!functions.contains(token.text))
                fail();
            return makeExpr(Expr::Kind::Call, token.text, parseArguments());
        }
        return makeExpr(Expr::Kind::Name, token.text);
    }

    int m_line;
    QString m_source;
    QList<Token> m_tokens;
    qsizetype m_position = 0;
    int m_depth = 0;
};

} // namespace

ExprPtr parseExpression(QStringView source, int line, const QString &display)
{
    return ExpressionParser(source, line, display).parseWhole();
}

bool truth(const TemplateValue &value)
{
    switch (value.type) {
    case TemplateValue::Type::Undefined:
    case TemplateValue::Type::None: return false;
    case TemplateValue::Type::Bool: return value.flag;
    case TemplateValue::Type::String: return !value.text.isEmpty();
    case TemplateValue::Type::Tuple:
    case TemplateValue::Type::List: return !value.items.isEmpty();
    }
    return false;
}

// str(): what the default filter writes.
QString pythonString(const TemplateValue &value, int line, const QString &what)
{
    if (value.type == TemplateValue::Type::String)
        return value.text;
    return pythonRepresentation(value, line, what);
}

QString pythonRepresentation(const TemplateValue &value, int line, const QString &what)
{
    switch (value.type) {
    case TemplateValue::Type::Undefined:
        // Mako raises NameError("Undefined") and Alembic reports a failed rendering.
        refuse(line, ScriptTemplateMessages::tr("`%1` names something Alembic does not pass to the "
                                                "template: Mako would fail to print it")
                         .arg(what));
    case TemplateValue::Type::None: return u"None"_s;
    case TemplateValue::Type::Bool: return value.flag ? u"True"_s : u"False"_s;
    case TemplateValue::Type::String: return pythonRepr(value.text);
    case TemplateValue::Type::Tuple:
    case TemplateValue::Type::List: {
        QStringList parts;
        for (const TemplateValue &item : value.items)
            parts.append(pythonRepresentation(item, line, what));
        if (value.type == TemplateValue::Type::List)
            return u'[' + parts.join(u", "_s) + u']';
        return u'(' + parts.join(u", "_s) + (parts.size() == 1 ? u",)"_s : u")"_s);
    }
    }
    return {};
}

// alembic.util.format_as_comma, the `comma` Alembic passes.
QString formatAsComma(const TemplateValue &value, int line, const QString &what)
{
    switch (value.type) {
    case TemplateValue::Type::None: return {};
    case TemplateValue::Type::String: return value.text;
    case TemplateValue::Type::Tuple:
    case TemplateValue::Type::List: {
        QStringList parts;
        for (const TemplateValue &item : value.items) {
            if (item.type != TemplateValue::Type::String)
                refuse(line, ScriptTemplateMessages::tr("comma() of `%1` joins something that is not a string").arg(what));
            parts.append(item.text);
        }
        return parts.join(u", "_s);
    }
    default: refuse(line, ScriptTemplateMessages::tr("comma() cannot format `%1`").arg(what));
    }
}

} // namespace Migrations::TemplateSyntax
