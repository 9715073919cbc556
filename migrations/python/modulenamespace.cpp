#include "modulenamespace.h"

#include "stringliteral.h"
#include "tokenizer.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace Migrations::Python {

namespace {

constexpr QLatin1StringView scopeKeywords[] = {"def"_L1, "class"_L1, "async"_L1};
constexpr QLatin1StringView blockKeywords[] = {"if"_L1, "elif"_L1, "else"_L1, "for"_L1,
                                               "while"_L1, "try"_L1, "except"_L1, "finally"_L1,
                                               "with"_L1};

template<size_t N>
bool isOneOf(const Token &token, QStringView text, const QLatin1StringView (&words)[N])
{
    if (token.kind != TokenKind::Name)
        return false;
    for (QLatin1StringView candidate : words)
        if (token.equalsAscii(text, candidate))
            return true;
    return false;
}

// Walks a module's statements at module level, as the import would run them, and keeps the
// literal value of every name bound there. Bodies of functions and classes are skipped by
// token structure; the bodies of other blocks (if, try, for, with, …) run at import, so a
// name bound inside one gets a value only Python knows.
class ModuleReader
{
public:
    ModuleReader(QStringView text, ImportPaths importPaths)
        : m_text(text)
        , m_tokenizer(text)
        , m_recordImportPaths(importPaths == ImportPaths::Record)
    {}
    // Reads `tokens` (comments and NL left out) instead of tokenizing.
    ModuleReader(QStringView text, std::span<const Token> tokens, const QString &tokenError, ImportPaths importPaths)
        : ModuleReader(text, importPaths)
    {
        m_given = tokens;
        m_givenError = tokenError;
    }

    bool read();

    NameBindings m_names;
    // Names a function or class body declares `global`: calling it may rebind them, which
    // only running the module can tell. The value is the line of the `global` statement.
    QHash<QString, int> m_globals;
    int m_starImportLine = 0;
    // Where the module-level statement being read starts: at the first of the decorators
    // before it, when the lines before it were decorators (m_decorated).
    qsizetype m_statementBegin = 0;
    bool m_decorated = false;
    std::optional<QString> m_docstring;
    int m_errorLine = 0;
    QString m_error;

private:
    Token take();
    const Token &peek();
    bool readLogicalLine(const Token &first);
    bool skipBlock(bool runsAtImport, QStringView blockKeyword);
    bool skipBody();
    void readStatements(qsizetype begin, qsizetype end, QStringView blockKeyword);
    void readSimpleStatement(qsizetype begin, qsizetype end, QStringView blockKeyword);
    void readImport(qsizetype begin, qsizetype end, QStringView blockKeyword);
    LiteralValue assigned(qsizetype begin, qsizetype end) const;
    void bindTargets(qsizetype begin, qsizetype end, const LiteralValue &value, QStringView blockKeyword);
    void bind(const Token &name, LiteralValue value, QStringView blockKeyword);
    void noteGlobals();
    std::optional<QString> docstringOf(qsizetype begin, qsizetype end) const;

    LiteralEvaluator evaluator() const
    {
        return LiteralEvaluator(m_text, std::span<const Token>(m_line.constData(), size_t(m_line.size())),
                                m_names);
    }

    QString name(const Token &token) const;
    QStringView boundName(const Token &token);
    bool isOp(qsizetype i, QLatin1StringView op) const { return m_line[i].isOp(m_text, op); }
    bool isName(qsizetype i, QLatin1StringView word) const
    {
        const Token &token = m_line[i];
        return token.kind == TokenKind::Name && token.equalsAscii(m_text, word);
    }
    bool fail(const Token &token, const QString &message)
    {
        m_errorLine = token.line;
        m_error = message;
        return false;
    }

    QString tokenError() const { return m_given.empty() ? m_tokenizer.errorString() : m_givenError; }

    QStringView m_text;
    Tokenizer m_tokenizer;
    std::span<const Token> m_given; // tokens taken already, when not empty
    size_t m_nextGiven = 0;
    QString m_givenError;
    bool m_recordImportPaths;
    // The token peek() looked at, when m_hasPeeked: a plain value and a flag, not an
    // std::optional, as take() is called for every token of the module.
    Token m_peeked;
    bool m_hasPeeked = false;
    // The logical line being read, reused from line to line. On the stack: a header line is
    // a few tokens, and appending to a QList cost more than the tokenizer's work per token.
    QVarLengthArray<Token, 64> m_line;
};

Token ModuleReader::take()
{
    if (m_hasPeeked) {
        m_hasPeeked = false;
        return m_peeked;
    }
    if (!m_given.empty()) // the last one (EndMarker or Error) repeats, as the tokenizer's does
        return m_given[std::min(m_nextGiven++, m_given.size() - 1)];
    // Comments and non-logical line breaks never change what a statement means.
    for (;;) {
        Token token = m_tokenizer.next();
        if (token.kind != TokenKind::Comment && token.kind != TokenKind::Nl)
            return token;
    }
}

const Token &ModuleReader::peek()
{
    if (!m_hasPeeked) {
        m_peeked = take();
        m_hasPeeked = true;
    }
    return m_peeked;
}

QString ModuleReader::name(const Token &token) const
{
    return identifier(token.text(m_text));
}

// The name a Name token binds, as Python compares names (NFKC). Nearly always ASCII, so
// the token's own text: binding then allocates nothing.
QStringView ModuleReader::boundName(const Token &token)
{
    const QStringView text = token.text(m_text);
    for (QChar c : text)
        if (c.unicode() >= 0x80)
            return m_names.keep(identifier(text));
    return text;
}

bool ModuleReader::read()
{
    bool first = true;
    for (;;) {
        const Token token = take();
        switch (token.kind) {
        case TokenKind::Error:
            return fail(token, tokenError());
        case TokenKind::EndMarker:
            return true;
        case TokenKind::Newline:
        case TokenKind::Dedent:
            continue;
        case TokenKind::Indent:
            return fail(token, u"unexpected indent"_s);
        default:
            break;
        }
        if (!readLogicalLine(token))
            return false;
        if (first) {
            // Only a string literal that is the module's first statement is its __doc__.
            qsizetype end = 0;
            while (end < m_line.size() && !isOp(end, ";"_L1))
                ++end;
            if (const auto doc = docstringOf(0, end))
                m_docstring = cleanDocstring(*doc);
            first = false;
        }
        const bool definesScope = isName(0, "def"_L1) || isName(0, "class"_L1)
            || isName(0, "async"_L1) || isOp(0, "@"_L1);
        const QStringView keyword = m_line.front().kind == TokenKind::Name
            ? m_line.front().text(m_text) : QStringView();
        if (!m_decorated)
            m_statementBegin = m_line.front().begin;
        m_decorated = isOp(0, "@"_L1);
        readStatements(0, m_line.size(), QStringView());
        if (peek().kind == TokenKind::Indent) {
            if (!isOp(m_line.size() - 1, ":"_L1))
                return fail(peek(), u"unexpected indent"_s);
            take();
            if (!skipBlock(!definesScope, keyword))
                return false;
        }
    }
}

bool ModuleReader::readLogicalLine(const Token &first)
{
    m_line.clear();
    m_line.append(first);
    for (;;) {
        // Taken, not peeked: an error stops the reading anyway, so nothing is put back.
        Token next = take();
        if (next.kind == TokenKind::Error)
            return fail(next, tokenError());
        if (next.kind == TokenKind::Newline || next.kind == TokenKind::EndMarker)
            return true;
        m_line.append(next);
    }
}

// Skips a block after its INDENT up to its DEDENT. When the block runs at import (not a
// function or class body), every name it binds gets an Unknown value.
bool ModuleReader::skipBlock(bool runsAtImport, QStringView blockKeyword)
{
    if (!runsAtImport)
        return skipBody();
    for (;;) {
        const Token token = take();
        switch (token.kind) {
        case TokenKind::Error:
            return fail(token, tokenError());
        case TokenKind::EndMarker:
        case TokenKind::Dedent:
            return true;
        case TokenKind::Newline:
            continue;
        case TokenKind::Indent:
            return fail(token, u"unexpected indent"_s);
        default:
            break;
        }
        if (!readLogicalLine(token))
            return false;
        const bool definesScope = isName(0, "def"_L1) || isName(0, "class"_L1)
            || isName(0, "async"_L1) || isOp(0, "@"_L1);
        if (runsAtImport)
            readStatements(0, m_line.size(), blockKeyword);
        else
            noteGlobals();
        if (peek().kind == TokenKind::Indent) {
            if (!isOp(m_line.size() - 1, ":"_L1))
                return fail(peek(), u"unexpected indent"_s);
            take();
            if (!skipBlock(runsAtImport && !definesScope, blockKeyword))
                return false;
        }
    }
}

// A function or class body (after its INDENT, up to its DEDENT), nested blocks included:
// only `global` statements in it matter. It gives the same result and the same errors as
// skipBlock(false, …) would, without collecting logical lines: tokens are looked at one by
// one as the tokenizer hands them over (bodies are most of a real script's tokens).
bool ModuleReader::skipBody()
{
    Q_ASSERT(!m_hasPeeked); // the block's INDENT has just been taken
    int depth = 0;               // blocks opened inside the body
    bool lastIsColon = false;    // the last token of the current/previous logical line is `:`
    bool inGlobal = false;       // after `global`, up to `;` or the end of the logical line
    for (;;) {
        // From the tokens given, when there are (take() without its peeked token, which
        // is never set here), else from the tokenizer.
        const Token token = m_given.empty() ? m_tokenizer.next()
                                            : m_given[std::min(m_nextGiven++, m_given.size() - 1)];
        switch (token.kind) {
        case TokenKind::Comment:
        case TokenKind::Nl:
            continue; // as take() does
        case TokenKind::Error:
            return fail(token, tokenError());
        case TokenKind::EndMarker:
            return true;
        case TokenKind::Dedent:
            if (depth == 0)
                return true;
            --depth;
            continue;
        case TokenKind::Indent:
            // An INDENT only follows a NEWLINE: a block opens after a line ending with `:`.
            if (!lastIsColon)
                return fail(token, u"unexpected indent"_s);
            ++depth;
            lastIsColon = false;
            continue;
        case TokenKind::Newline:
            inGlobal = false;
            continue;
        case TokenKind::Name:
            lastIsColon = false;
            // noteGlobals(): every name after `global` (a second `global` too) up to `;`.
            if (inGlobal)
                m_globals.insert(name(token), token.line);
            else if (token.equalsAscii(m_text, "global"_L1))
                inGlobal = true;
            continue;
        default:
            if (token.kind == TokenKind::Op) {
                // One-character checks inline (comparing with a Latin-1 view is a library call).
                const char16_t op = token.end - token.begin == 1 ? m_text[token.begin].unicode() : 0;
                lastIsColon = op == u':';
                if (op == u';')
                    inGlobal = false;
            } else {
                lastIsColon = false;
            }
            continue;
        }
    }
}

// Statements separated by `;`, and the one-line body after a compound header's `:`.
void ModuleReader::readStatements(qsizetype begin, qsizetype end, QStringView blockKeyword)
{
    const Token &first = m_line[begin];
    if (first.kind == TokenKind::Name || isOp(begin, "@"_L1)) {
        // Keywords are ASCII, so the token's own text is compared (no NFKC needed).
        const QStringView keyword = first.kind == TokenKind::Name ? first.text(m_text) : QStringView();
        if (isOneOf(first, m_text, scopeKeywords) || isOp(begin, "@"_L1)) {
            // `def name` and `class name` bind the name to a function or class.
            const qsizetype nameAt = begin + (isName(begin, "async"_L1) ? 2 : 1);
            if (!isOp(begin, "@"_L1) && nameAt < end && m_line[nameAt].kind == TokenKind::Name) {
                const bool isClass = isName(begin, "class"_L1);
                LiteralValue value = LiteralValue::unknown(isClass ? u"a class"_s : u"a function"_s,
                                                           m_line[nameAt].line);
                value.binding = isClass ? LiteralValue::Binding::Class : LiteralValue::Binding::Function;
                value.valueBegin = blockKeyword.isEmpty() ? m_statementBegin : -1;
                bind(m_line[nameAt], std::move(value), blockKeyword);
            }
            noteGlobals(); // `def f(): global revision; revision = …`
            return; // otherwise a function's or class's body binds nothing at module level
        }
        if (isOneOf(first, m_text, blockKeywords)) {
            const QStringView block = blockKeyword.isEmpty() ? keyword : blockKeyword;
            // Names bound in the header itself: `for x in`, `with … as x`, `except … as x`, `:=`.
            bool inForTarget = isName(begin, "for"_L1);
            qsizetype colon = end;
            for (qsizetype i = begin + 1; i < end; ++i) {
                if (isName(i, "in"_L1))
                    inForTarget = false;
                const bool bound = m_line[i].kind == TokenKind::Name
                    && (inForTarget || (i > 0 && isName(i - 1, "as"_L1))
                        || (i + 1 < end && isOp(i + 1, ":="_L1)));
                if (bound)
                    bind(m_line[i], LiteralValue(), block);
                if (m_line[i].depth == 0 && isOp(i, ":"_L1)) {
                    colon = i;
                    break;
                }
            }
            if (colon + 1 < end)
                readStatements(colon + 1, end, block);
            return;
        }
    }
    qsizetype statementBegin = begin;
    for (qsizetype i = begin; i <= end; ++i) {
        if (i == end || (m_line[i].depth == 0 && isOp(i, ";"_L1))) {
            if (i > statementBegin)
                readSimpleStatement(statementBegin, i, blockKeyword);
            statementBegin = i + 1;
        }
    }
}

void ModuleReader::readSimpleStatement(qsizetype begin, qsizetype end, QStringView blockKeyword)
{
    if (isName(begin, "import"_L1) || isName(begin, "from"_L1)) {
        readImport(begin, end, blockKeyword);
        return;
    }
    if (isName(begin, "del"_L1)) {
        for (qsizetype i = begin + 1; i < end; ++i)
            if (m_line[i].kind == TokenKind::Name && m_line[i].depth == 0
                && (i + 1 == end || isOp(i + 1, ","_L1)))
                m_names.remove(name(m_line[i]));
        return;
    }
    // `name := value` anywhere in an expression binds at module level.
    for (qsizetype i = begin; i + 1 < end; ++i)
        if (m_line[i].kind == TokenKind::Name && isOp(i + 1, ":="_L1))
            bind(m_line[i], LiteralValue::unknown(u"bound by `:=`"_s, m_line[i].line), blockKeyword);

    // An annotated assignment binds only when it has a value: `revision: str` alone does not.
    if (end - begin >= 2 && m_line[begin].kind == TokenKind::Name && isOp(begin + 1, ":"_L1)) {
        for (qsizetype i = begin + 2; i < end; ++i)
            if (m_line[i].depth == 0 && isOp(i, "="_L1)) {
                bind(m_line[begin], assigned(i + 1, end), blockKeyword);
                return;
            }
        return;
    }
    if (end - begin >= 2 && m_line[begin].kind == TokenKind::Op) {
        // e.g. a parenthesised target list; handled below like any other target
    }
    if (end - begin >= 2 && m_line[begin].kind == TokenKind::Name
        && m_line[begin + 1].kind == TokenKind::Op) {
        const QStringView op = m_line[begin + 1].text(m_text);
        if (op.size() >= 2 && op.endsWith(u'=') && op != u"=="_s && op != u"<="_s
            && op != u">="_s && op != u"!="_s) {
            bind(m_line[begin],
                 LiteralValue::unknown(u"augmented assignment `%1`"_s.arg(op), m_line[begin].line),
                 blockKeyword);
            return;
        }
    }
    // `a = b = value`: every part before the last `=` is a target list.
    QVarLengthArray<qsizetype, 4> equals;
    for (qsizetype i = begin; i < end; ++i)
        if (m_line[i].depth == 0 && isOp(i, "="_L1))
            equals.append(i);
    if (equals.isEmpty())
        return;
    const LiteralValue value = assigned(equals.back() + 1, end);
    qsizetype targetBegin = begin;
    for (qsizetype equal : equals) {
        bindTargets(targetBegin, equal, value, blockKeyword);
        targetBegin = equal + 1;
    }
}

// `import a.b as c, d` and `from m import (a as b, c)`: each item binds its `as` name, or
// (plain `import`) the first part of its dotted name, or (`from`) its name.
void ModuleReader::readImport(qsizetype begin, qsizetype end, QStringView blockKeyword)
{
    const bool isFrom = isName(begin, "from"_L1);
    qsizetype i = begin + 1;
    QString module; // `from`: the module's dotted path as written, relative dots included
    if (isFrom)
        for (; i < end && !isName(i, "import"_L1); ++i) {
            if (m_recordImportPaths)
                module += m_line[i].kind == TokenKind::Name ? name(m_line[i]) : m_line[i].text(m_text).toString();
        }
    if (isFrom)
        ++i; // past `import`
    for (; i < end; ++i) {
        if (isOp(i, "*"_L1)) {
            // `from m import *` may rebind any public name bound so far, and may bind
            // names never assigned here; only importing m could tell which.
            const int line = m_line[i].line;
            m_names.forEach([line](QStringView bound, LiteralValue &value) {
                if (!bound.startsWith(u'_'))
                    value = LiteralValue::unknown(u"possibly rebound by `from … import *`"_s, line);
            });
            m_starImportLine = m_line[i].line;
            continue;
        }
        if (m_line[i].kind != TokenKind::Name)
            continue; // `(`, `)`, `,`
        const qsizetype first = i;
        QString path = m_recordImportPaths ? name(m_line[i]) : QString();
        while (i + 2 < end && isOp(i + 1, "."_L1) && m_line[i + 2].kind == TokenKind::Name) {
            if (m_recordImportPaths)
                path += u'.' + name(m_line[i + 2]);
            i += 2;
        }
        qsizetype bound = first;
        if (i + 2 < end && isName(i + 1, "as"_L1) && m_line[i + 2].kind == TokenKind::Name) {
            bound = i + 2;
            i += 2;
        } else if (!isFrom && m_recordImportPaths) {
            path = name(m_line[first]); // `import a.b` binds `a`, the package
        }
        if (isFrom && m_recordImportPaths)
            path = module.endsWith(u'.') ? module + path : module + u'.' + path;
        LiteralValue value = LiteralValue::unknown(u"bound by an import"_s, m_line[bound].line);
        value.binding = LiteralValue::Binding::Import;
        value.importPath = std::move(path);
        bind(m_line[bound], std::move(value), blockKeyword);
    }
}

// The value a plain assignment gives, with where its expression lies in the text.
LiteralValue ModuleReader::assigned(qsizetype begin, qsizetype end) const
{
    LiteralValue value = evaluator().evaluate(begin, end);
    value.binding = LiteralValue::Binding::Assignment;
    value.importPath.clear(); // `b = a` copied a's value, not how a was bound
    value.valueBegin = begin < end ? m_line[begin].begin : 0;
    value.valueEnd = begin < end ? m_line[end - 1].end : 0;
    return value;
}

void ModuleReader::bindTargets(qsizetype begin, qsizetype end, const LiteralValue &value,
                               QStringView blockKeyword)
{
    if (end - begin == 1 && m_line[begin].kind == TokenKind::Name) {
        bind(m_line[begin], value, blockKeyword);
        return;
    }
    // Unpacking (`a, b = …`, `[a, b] = …`): each plain name gets a value only Python knows.
    // Attributes and subscripts (`x.y = …`, `x[0] = …`) bind no module-level name.
    for (qsizetype i = begin; i < end; ++i) {
        const bool attributeOrSubscript = (i > begin && isOp(i - 1, "."_L1))
            || (i + 1 < end && (isOp(i + 1, "."_L1) || isOp(i + 1, "["_L1)));
        if (m_line[i].kind == TokenKind::Name && !attributeOrSubscript)
            bind(m_line[i], LiteralValue::unknown(u"assigned by unpacking"_s, m_line[i].line), blockKeyword);
    }
}

void ModuleReader::noteGlobals()
{
    // `global` is a hard keyword: wherever the token appears, a global statement follows.
    for (qsizetype i = 0; i < m_line.size(); ++i) {
        if (!isName(i, "global"_L1))
            continue;
        for (++i; i < m_line.size() && !isOp(i, ";"_L1); ++i)
            if (m_line[i].kind == TokenKind::Name)
                m_globals.insert(name(m_line[i]), m_line[i].line);
    }
}

void ModuleReader::bind(const Token &target, LiteralValue value, QStringView blockKeyword)
{
    if (!blockKeyword.isEmpty())
        value = LiteralValue::unknown(u"assigned inside a block (`%1`)"_s.arg(blockKeyword), target.line);
    else if (value.kind != LiteralValue::Unknown)
        value.line = target.line;
    m_names.insert(boundName(target), std::move(value));
}

// The value a string-literal expression statement gives __doc__: only str literals
// (implicitly concatenated, perhaps parenthesised), never bytes or f-strings.
std::optional<QString> ModuleReader::docstringOf(qsizetype begin, qsizetype end) const
{
    while (begin < end && isOp(begin, "("_L1) && isOp(end - 1, ")"_L1)
           && evaluator().matchingBracket(begin, end) == end - 1) {
        ++begin;
        --end;
    }
    if (begin >= end)
        return std::nullopt;
    QString doc;
    for (qsizetype i = begin; i < end; ++i) {
        if (m_line[i].kind != TokenKind::String)
            return std::nullopt;
        const StringLiteral literal = decodeStringLiteral(m_line[i].text(m_text));
        if (literal.isBytes || literal.isFString || !literal.error.isEmpty())
            return std::nullopt;
        doc += literal.value;
    }
    return doc;
}

} // namespace

namespace {

std::optional<ModuleNamespace> namespaceOf(ModuleReader &reader, int *errorLine, QString *error)
{
    if (!reader.read()) {
        *errorLine = reader.m_errorLine;
        *error = reader.m_error;
        return std::nullopt;
    }
    return ModuleNamespace{std::move(reader.m_names), std::move(reader.m_globals),
                           std::move(reader.m_docstring), reader.m_starImportLine};
}

} // namespace

std::optional<ModuleNamespace> readModuleNamespace(QStringView text, int *errorLine, QString *error,
                                                   ImportPaths importPaths)
{
    ModuleReader reader(text, importPaths);
    return namespaceOf(reader, errorLine, error);
}

std::optional<ModuleNamespace> readModuleNamespace(QStringView text, std::span<const Token> tokens,
                                                   const QString &tokenError, int *errorLine, QString *error,
                                                   ImportPaths importPaths)
{
    ModuleReader reader(text, tokens, tokenError, importPaths);
    return namespaceOf(reader, errorLine, error);
}

} // namespace Migrations::Python
