#include "revisionscript.h"

#include "python/tokenizer.h"
#include "textfile.h"

#include <QHash>
#include <QRegularExpression>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

using Python::Token;
using Python::TokenKind;

// What a module-level name holds after import, as far as it can be known without running
// Python: a literal, or Unknown with the line and the reason.
struct Value
{
    enum Kind { Unknown, None, String, Sequence };
    Kind kind = Unknown;
    QString string;
    QStringList items;
    QString why;
    int line = 0; // the assignment's line, or for Unknown the line of what needs Python

    static Value unknown(const QString &why, int line)
    {
        Value value;
        value.why = why;
        value.line = line;
        return value;
    }
};

QString cleanDocstring(const QString &raw);

constexpr QLatin1StringView scopeKeywords[] = {"def"_L1, "class"_L1, "async"_L1};
constexpr QLatin1StringView blockKeywords[] = {"if"_L1, "elif"_L1, "else"_L1, "for"_L1,
                                               "while"_L1, "try"_L1, "except"_L1, "finally"_L1,
                                               "with"_L1};

template<size_t N>
bool isOneOf(QStringView word, const QLatin1StringView (&words)[N])
{
    for (QLatin1StringView candidate : words)
        if (word == candidate)
            return true;
    return false;
}

const QLatin1StringView headerNames[] = {"revision"_L1, "down_revision"_L1, "branch_labels"_L1,
                                         "depends_on"_L1};

// Walks a module's statements at module level, as the import would run them, and keeps the
// literal value of every name bound there. Bodies of functions and classes are skipped by
// token structure; the bodies of other blocks (if, try, for, with, …) run at import, so a
// name bound inside one gets a value only Python knows.
class ModuleReader
{
public:
    explicit ModuleReader(QStringView text)
        : m_text(text)
        , m_tokenizer(text)
    {}

    bool read();

    QHash<QString, Value> m_names;
    // Names a function or class body declares `global`: calling it may rebind them, which
    // only running the module can tell. The value is the line of the `global` statement.
    QHash<QString, int> m_globals;
    std::optional<QString> m_docstring;
    int m_errorLine = 0;
    QString m_error;

private:
    Token take();
    const Token &peek();
    bool readLogicalLine(const Token &first);
    bool skipBlock(bool runsAtImport, QStringView blockKeyword);
    void readStatements(qsizetype begin, qsizetype end, QStringView blockKeyword);
    void readSimpleStatement(qsizetype begin, qsizetype end, QStringView blockKeyword);
    void bindTargets(qsizetype begin, qsizetype end, const Value &value, QStringView blockKeyword);
    void bind(const Token &name, Value value, QStringView blockKeyword);
    void noteGlobals();
    std::optional<QString> docstringOf(qsizetype begin, qsizetype end) const;

    Value evaluate(qsizetype begin, qsizetype end, bool *isTuple = nullptr) const;
    Value evaluateSingle(qsizetype begin, qsizetype end) const;
    Value whatFollows(qsizetype at) const;
    qsizetype matchingBracket(qsizetype open, qsizetype end) const;

    QString name(const Token &token) const;
    bool isOp(qsizetype i, QLatin1StringView op) const { return m_line[i].isOp(m_text, op); }
    bool isName(qsizetype i, QLatin1StringView word) const
    {
        return m_line[i].kind == TokenKind::Name && m_line[i].text(m_text) == word;
    }
    bool fail(const Token &token, const QString &message)
    {
        m_errorLine = token.line;
        m_error = message;
        return false;
    }

    QStringView m_text;
    Python::Tokenizer m_tokenizer;
    std::optional<Token> m_peeked;
    QList<Token> m_line; // the logical line being read, reused to avoid allocations
};

Token ModuleReader::take()
{
    if (m_peeked) {
        Token token = std::move(*m_peeked);
        m_peeked.reset();
        return token;
    }
    // Comments and non-logical line breaks never change what a statement means.
    for (;;) {
        Token token = m_tokenizer.next();
        if (token.kind != TokenKind::Comment && token.kind != TokenKind::Nl)
            return token;
    }
}

const Token &ModuleReader::peek()
{
    if (!m_peeked)
        m_peeked = take();
    return *m_peeked;
}

QString ModuleReader::name(const Token &token) const
{
    // Python compares identifiers after NFKC normalisation (PEP 3131).
    const QStringView text = token.text(m_text);
    for (QChar c : text)
        if (c.unicode() >= 0x80)
            return text.toString().normalized(QString::NormalizationForm_KC);
    return text.toString();
}

bool ModuleReader::read()
{
    bool first = true;
    for (;;) {
        const Token token = take();
        switch (token.kind) {
        case TokenKind::Error:
            return fail(token, token.error);
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
        const Token &next = peek();
        if (next.kind == TokenKind::Error)
            return fail(next, next.error);
        if (next.kind == TokenKind::Newline || next.kind == TokenKind::EndMarker) {
            take();
            return true;
        }
        m_line.append(take());
    }
}

// Skips a block after its INDENT up to its DEDENT. When the block runs at import (not a
// function or class body), every name it binds gets an Unknown value.
bool ModuleReader::skipBlock(bool runsAtImport, QStringView blockKeyword)
{
    for (;;) {
        const Token token = take();
        switch (token.kind) {
        case TokenKind::Error:
            return fail(token, token.error);
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

// Statements separated by `;`, and the one-line body after a compound header's `:`.
void ModuleReader::readStatements(qsizetype begin, qsizetype end, QStringView blockKeyword)
{
    const Token &first = m_line[begin];
    if (first.kind == TokenKind::Name || isOp(begin, "@"_L1)) {
        // Keywords are ASCII, so the token's own text is compared (no NFKC needed).
        const QStringView keyword = first.kind == TokenKind::Name ? first.text(m_text) : QStringView();
        if (isOneOf(keyword, scopeKeywords) || isOp(begin, "@"_L1)) {
            noteGlobals(); // `def f(): global revision; revision = …`
            return; // otherwise a function's or class's body binds nothing at module level
        }
        if (isOneOf(keyword, blockKeywords)) {
            const QStringView block = blockKeyword.isEmpty() ? keyword : blockKeyword;
            // Names bound in the header itself: `for x in`, `with … as x`, `except … as x`, `:=`.
            bool inForTarget = keyword == u"for"_s;
            qsizetype colon = end;
            for (qsizetype i = begin + 1; i < end; ++i) {
                if (isName(i, "in"_L1))
                    inForTarget = false;
                const bool bound = m_line[i].kind == TokenKind::Name
                    && (inForTarget || (i > 0 && isName(i - 1, "as"_L1))
                        || (i + 1 < end && isOp(i + 1, ":="_L1)));
                if (bound)
                    bind(m_line[i], Value(), block);
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
        // Each imported item binds its `as` name, or its first (dotted) name or its name.
        qsizetype i = begin + 1;
        if (isName(begin, "from"_L1))
            while (i < end && !isName(i, "import"_L1))
                ++i;
        bool expectName = true;
        for (++i; i < end; ++i) {
            if (isOp(i, ","_L1)) {
                expectName = true;
            } else if (m_line[i].kind == TokenKind::Name && (expectName || isName(i - 1, "as"_L1))
                       && !isName(i, "as"_L1)) {
                const bool renamed = i + 1 < end && isName(i + 1, "as"_L1);
                if (!renamed)
                    bind(m_line[i], Value::unknown(u"bound by an import"_s, m_line[i].line),
                         blockKeyword);
                expectName = false;
            }
        }
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
            bind(m_line[i], Value::unknown(u"bound by `:=`"_s, m_line[i].line), blockKeyword);

    // An annotated assignment binds only when it has a value: `revision: str` alone does not.
    if (end - begin >= 2 && m_line[begin].kind == TokenKind::Name && isOp(begin + 1, ":"_L1)) {
        for (qsizetype i = begin + 2; i < end; ++i)
            if (m_line[i].depth == 0 && isOp(i, "="_L1)) {
                bind(m_line[begin], evaluate(i + 1, end), blockKeyword);
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
                 Value::unknown(u"augmented assignment `%1`"_s.arg(op), m_line[begin].line),
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
    const Value value = evaluate(equals.back() + 1, end);
    qsizetype targetBegin = begin;
    for (qsizetype equal : equals) {
        bindTargets(targetBegin, equal, value, blockKeyword);
        targetBegin = equal + 1;
    }
}

void ModuleReader::bindTargets(qsizetype begin, qsizetype end, const Value &value,
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
            bind(m_line[i], Value::unknown(u"assigned by unpacking"_s, m_line[i].line), blockKeyword);
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

void ModuleReader::bind(const Token &target, Value value, QStringView blockKeyword)
{
    if (!blockKeyword.isEmpty())
        value = Value::unknown(u"assigned inside a block (`%1`)"_s.arg(blockKeyword), target.line);
    else if (value.kind != Value::Unknown)
        value.line = target.line;
    m_names.insert(name(target), std::move(value));
}

// The value a string-literal expression statement gives __doc__: only str literals
// (implicitly concatenated, perhaps parenthesised), never bytes or f-strings.
std::optional<QString> ModuleReader::docstringOf(qsizetype begin, qsizetype end) const
{
    while (begin < end && isOp(begin, "("_L1) && isOp(end - 1, ")"_L1)
           && matchingBracket(begin, end) == end - 1) {
        ++begin;
        --end;
    }
    if (begin >= end)
        return std::nullopt;
    QString doc;
    for (qsizetype i = begin; i < end; ++i) {
        if (m_line[i].kind != TokenKind::String)
            return std::nullopt;
        const Python::StringLiteral literal = Python::decodeStringLiteral(m_line[i].text(m_text));
        if (literal.isBytes || literal.isFString || !literal.error.isEmpty())
            return std::nullopt;
        doc += literal.value;
    }
    return doc;
}

qsizetype ModuleReader::matchingBracket(qsizetype open, qsizetype end) const
{
    // The closing bracket is the next token back at the opening bracket's depth.
    for (qsizetype i = open + 1; i < end; ++i)
        if (m_line[i].depth == m_line[open].depth)
            return i;
    return end;
}

// An expression list: `a`, `a, b`, `a,` (a tuple when there is a comma at its level).
Value ModuleReader::evaluate(qsizetype begin, qsizetype end, bool *isTuple) const
{
    if (begin >= end)
        return Value::unknown(u"no value"_s, begin > 0 ? m_line[begin - 1].line : 0);
    const int depth = m_line[begin].depth;
    QVarLengthArray<qsizetype, 8> commas;
    for (qsizetype i = begin; i < end; ++i)
        if (m_line[i].depth == depth && isOp(i, ","_L1))
            commas.append(i);
    if (isTuple)
        *isTuple = !commas.isEmpty();
    if (commas.isEmpty())
        return evaluateSingle(begin, end);
    Value tuple;
    tuple.kind = Value::Sequence;
    commas.append(end);
    qsizetype itemBegin = begin;
    for (qsizetype comma : commas) {
        if (comma == end && itemBegin == end)
            break; // a trailing comma
        Value item = evaluateSingle(itemBegin, comma);
        if (item.kind == Value::Unknown)
            return item;
        if (item.kind != Value::String)
            return Value::unknown(u"a tuple item that is not a string"_s, m_line[itemBegin].line);
        tuple.items.append(item.string);
        itemBegin = comma + 1;
    }
    return tuple;
}

Value ModuleReader::evaluateSingle(qsizetype begin, qsizetype end) const
{
    if (begin >= end)
        return Value::unknown(u"no value"_s, begin > 0 ? m_line[begin - 1].line : 0);
    const Token &first = m_line[begin];
    Value value;
    qsizetype after = begin + 1;
    if (first.kind == TokenKind::String) {
        value.kind = Value::String;
        for (after = begin; after < end && m_line[after].kind == TokenKind::String; ++after) {
            const auto literal = Python::decodeStringLiteral(m_line[after].text(m_text));
            const int line = m_line[after].line;
            if (!literal.error.isEmpty())
                return Value::unknown(literal.error, line);
            if (literal.hasReplacementFields)
                return Value::unknown(u"an f-string with replacement fields"_s, line);
            if (literal.unsupported)
                return Value::unknown(u"a \\N{…} escape"_s, line);
            if (literal.isBytes)
                return Value::unknown(u"a bytes literal, not a string"_s, line);
            value.string += literal.value;
        }
    } else if (first.isOp(m_text, "("_L1) || first.isOp(m_text, "["_L1)) {
        const qsizetype close = matchingBracket(begin, end);
        if (close >= end)
            return Value::unknown(u"an unclosed bracket"_s, first.line);
        after = close + 1;
        if (close == begin + 1) {
            value.kind = Value::Sequence; // () or []
        } else {
            bool isTuple = false;
            value = evaluate(begin + 1, close, &isTuple);
            if (value.kind == Value::Unknown)
                return value;
            if (first.isOp(m_text, "["_L1) && !isTuple) {
                // A one-item list: its item must be a string like any other.
                if (value.kind != Value::String)
                    return Value::unknown(u"a list item that is not a string"_s, first.line);
                value.kind = Value::Sequence;
                value.items = {value.string};
                value.string.clear();
            }
        }
    } else if (first.kind == TokenKind::Name) {
        const QString word = name(first);
        if (word == u"None"_s) {
            value.kind = Value::None;
        } else if (word == u"True"_s || word == u"False"_s) {
            return Value::unknown(u"a boolean, not a string"_s, first.line);
        } else if (word == u"lambda"_s || word == u"not"_s || word == u"await"_s
                   || word == u"yield"_s) {
            return Value::unknown(u"an expression (`%1`)"_s.arg(word), first.line);
        } else {
            const auto it = m_names.constFind(word);
            if (it == m_names.constEnd())
                return Value::unknown(u"the name `%1` is not assigned a literal above"_s.arg(word),
                                      first.line);
            if (it->kind == Value::Unknown)
                return Value::unknown(u"the name `%1` is %2"_s.arg(word, it->why), first.line);
            value = *it;
        }
    } else if (first.kind == TokenKind::Number) {
        return Value::unknown(u"a number, not a string"_s, first.line);
    } else {
        return Value::unknown(u"an expression starting with `%1`"_s.arg(first.text(m_text)), first.line);
    }
    if (after < end)
        return whatFollows(after);
    return value;
}

// Why a literal followed by more tokens cannot be known statically.
Value ModuleReader::whatFollows(qsizetype at) const
{
    const Token &token = m_line[at];
    const QStringView text = token.text(m_text);
    QString why;
    if (token.isOp(m_text, "("_L1))
        why = u"a function call"_s;
    else if (token.isOp(m_text, "."_L1))
        why = u"an attribute access"_s;
    else if (token.isOp(m_text, "["_L1))
        why = u"a subscript"_s;
    else if (text == u"if"_s)
        why = u"a conditional expression"_s;
    else if (token.kind == TokenKind::Op)
        why = u"the `%1` operator"_s.arg(text);
    else
        why = u"an expression (`%1`)"_s.arg(text);
    return Value::unknown(why, token.line);
}

// What CPython 3.13+ stores as a docstring (_PyCompile_CleanDoc in Python/compile.c): tabs
// expanded to 8 columns, the first line's leading spaces dropped, and the smallest
// indentation of the later non-blank lines removed from each of them.
QString cleanDocstring(const QString &raw)
{
    QString doc;
    doc.reserve(raw.size());
    int column = 0;
    for (QChar c : raw) {
        if (c == u'\t') {
            const int spaces = 8 - column % 8;
            doc.append(QString(spaces, u' '));
            column += spaces;
            continue;
        }
        doc.append(c);
        column = (c == u'\n' || c == u'\r') ? 0 : (c.isLowSurrogate() ? column : column + 1);
    }
    const qsizetype firstBreak = doc.indexOf(u'\n');
    qsizetype margin = -1;
    if (firstBreak >= 0) {
        for (qsizetype p = firstBreak + 1; p < doc.size();) {
            const qsizetype start = p;
            while (p < doc.size() && doc[p] == u' ')
                ++p;
            if (p < doc.size() && doc[p] != u'\n')
                margin = margin < 0 ? p - start : qMin(margin, p - start);
            while (p < doc.size() && doc[p++] != u'\n') {
            }
        }
    }
    if (margin < 0)
        margin = 0;
    QString clean;
    clean.reserve(doc.size());
    qsizetype p = 0;
    while (p < doc.size() && doc[p] == u' ')
        ++p;
    const qsizetype firstEnd = firstBreak < 0 ? doc.size() : firstBreak + 1;
    clean.append(QStringView(doc).sliced(p, qMax(qsizetype(0), firstEnd - p)));
    for (p = firstEnd; p < doc.size();) {
        for (qsizetype i = 0; i < margin && p < doc.size() && doc[p] == u' '; ++i)
            ++p;
        const qsizetype lineEnd = doc.indexOf(u'\n', p);
        const qsizetype next = lineEnd < 0 ? doc.size() : lineEnd + 1;
        clean.append(QStringView(doc).sliced(p, next - p));
        p = next;
    }
    return clean;
}

Diagnostic diagnosticAt(const QString &path, int line, const QString &message)
{
    return Diagnostic{path, line, message};
}

} // namespace

QString RevisionScript::longDoc() const
{
    return docstring ? docstring->trimmed() : QString();
}

QString RevisionScript::doc() const
{
    const QString text = longDoc();
    const qsizetype blank = text.indexOf(u"\n\n"_s);
    return blank < 0 ? text : text.left(blank);
}

std::optional<RevisionScript> readRevisionScript(const QString &path, Diagnostic *diagnostic)
{
    QString error;
    const auto file = readTextFile(path, &error);
    if (!file) {
        if (diagnostic)
            *diagnostic = diagnosticAt(path, 0, error);
        return std::nullopt;
    }
    return parseRevisionScript(file->text, path, diagnostic);
}

std::optional<RevisionScript> parseRevisionScript(QStringView text, const QString &path,
                                                  Diagnostic *diagnostic)
{
    const auto failWith = [&](int line, const QString &message) -> std::optional<RevisionScript> {
        if (diagnostic)
            *diagnostic = diagnosticAt(path, line, message);
        return std::nullopt;
    };
    ModuleReader reader(text);
    if (!reader.read())
        return failWith(reader.m_errorLine, u"invalid Python: %1"_s.arg(reader.m_error));

    RevisionScript script;
    script.path = path;
    // Only needed for Alembic's messages, which name the file without its folder.
    const QString fileName = path.sliced(path.lastIndexOf(u'/') + 1);
    for (QLatin1StringView header : headerNames) {
        const auto it = reader.m_names.constFind(header);
        if (it == reader.m_names.constEnd())
            continue;
        if (it->kind == Value::Unknown)
            return failWith(it->line, u"`%1` needs Python to know its value: %2"_s.arg(header, it->why));
    }

    for (QLatin1StringView header : headerNames)
        if (const auto it = reader.m_globals.constFind(header); it != reader.m_globals.constEnd())
            return failWith(*it, u"`%1` needs Python to know its value: a function declares it "
                                 "`global` and may assign it"_s.arg(header));

    const auto revision = reader.m_names.constFind(u"revision"_s);
    if (revision == reader.m_names.constEnd()) {
        // Alembic's legacy fallback: the revision id is the file name (hex digits only).
        static const QRegularExpression legacy(u"^([a-f0-9]+)\\.py$"_s);
        const auto match = legacy.match(fileName);
        if (!match.hasMatch())
            return failWith(0, u"Could not determine revision id from filename %1. Be sure the "
                               "'revision' variable is declared inside the script (please see "
                               "'Upgrading from Alembic 0.1 to 0.2' in the documentation)."_s
                                   .arg(fileName));
        script.revision = match.captured(1);
    } else if (revision->kind != Value::String) {
        return failWith(revision->line, u"`revision` is not a string"_s);
    } else {
        script.revision = revision->string;
        script.revisionLine = revision->line;
    }

    const auto asTuple = [](const Value &value) {
        return value.kind == Value::String ? QStringList{value.string} : value.items;
    };
    const auto downRevision = reader.m_names.constFind(u"down_revision"_s);
    if (downRevision == reader.m_names.constEnd()) {
        // Alembic reads `module.down_revision` without a default: the import fails.
        static const QRegularExpression nonWord(u"\\W"_s,
                                                QRegularExpression::UseUnicodePropertiesOption);
        QString module = fileName;
        module.replace(nonWord, u"_"_s);
        return failWith(0, u"module '%1' has no attribute 'down_revision'"_s.arg(module));
    }
    script.downRevisions = asTuple(*downRevision);
    if (const auto labels = reader.m_names.constFind(u"branch_labels"_s);
        labels != reader.m_names.constEnd())
        script.branchLabels = asTuple(*labels);
    if (const auto depends = reader.m_names.constFind(u"depends_on"_s);
        depends != reader.m_names.constEnd())
        script.dependsOn = asTuple(*depends);

    script.docstring = reader.m_docstring;
    if (const auto doc = reader.m_names.constFind(u"__doc__"_s); doc != reader.m_names.constEnd()) {
        if (doc->kind == Value::String)
            script.docstring = doc->string;
        else
            script.docstring.reset();
    }
    return script;
}

} // namespace Migrations
