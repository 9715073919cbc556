#include "migrationbody.h"

#include "modulenamespace.h"
#include "moduleresolver.h"
#include "stringliteral.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Migrations::Python {

namespace {

// `with` blocks nested deeper than this are a verdict: it bounds the reader's recursion.
constexpr int maximumBlockDepth = 16;

bool isMigrationFunctionName(QStringView name)
{
    return name == u"upgrade" || name == u"downgrade" || name.startsWith(u"upgrade_")
        || name.startsWith(u"downgrade_");
}

// Why a statement starting with this keyword needs Python (empty: not such a keyword).
QString keywordStatementReason(QStringView word)
{
    // Every word below is a keyword: the names that start nearly every statement (`op`,
    // a local) are sorted out without a copy or a hash.
    if (!isPythonKeyword(word))
        return {};
    static const QHash<QString, QString> reasons = {
        {u"if"_s, u"an `if` statement"_s},
        {u"elif"_s, u"an `if` statement"_s},
        {u"else"_s, u"an `else` clause"_s},
        {u"for"_s, u"a `for` loop"_s},
        {u"while"_s, u"a `while` loop"_s},
        {u"try"_s, u"a `try` statement"_s},
        {u"except"_s, u"a `try` statement"_s},
        {u"finally"_s, u"a `try` statement"_s},
        {u"def"_s, u"a nested function"_s},
        {u"class"_s, u"a class definition"_s},
        {u"async"_s, u"`async` code"_s},
        {u"global"_s, u"a `global` statement"_s},
        {u"nonlocal"_s, u"a `nonlocal` statement"_s},
        {u"del"_s, u"a `del` statement"_s},
        {u"raise"_s, u"a `raise` statement"_s},
        {u"assert"_s, u"an `assert` statement"_s},
        {u"import"_s, u"an import inside the function"_s},
        {u"from"_s, u"an import inside the function"_s},
        {u"yield"_s, u"`yield`"_s},
        {u"await"_s, u"`await`"_s},
        {u"break"_s, u"invalid Python: `break` outside a loop"_s},
        {u"continue"_s, u"invalid Python: `continue` outside a loop"_s},
        {u"lambda"_s, u"a lambda"_s},
    };
    return reasons.value(word.toString());
}

// Reads one function's body from the module's tokens (comments and NL left out). The
// verdict names the first statement, in the order Python would run them, that needs Python.
class BodyReader
{
public:
    BodyReader(QStringView text, std::span<const Token> tokens, ModuleResolver &module)
        : m_text(text)
        , m_tokens(tokens)
        , m_module(module)
    {}

    // Reads the function whose `def` (or `async`) is at `at`; `decorated` when `@…` precedes it.
    MigrationFunction read(qsizetype at, bool decorated);

private:
    bool readSuite(std::vector<Statement> &out, int depth);
    bool readLine(std::vector<Statement> &out, int depth);
    bool readSimple(qsizetype begin, qsizetype end, std::vector<Statement> &out);
    bool readWith(qsizetype begin, qsizetype lineEnd, std::vector<Statement> &out, int depth);
    // Parses an expression with the function's names; `checked`: and applies the rules of
    // ModuleResolver::check() to it.
    bool parse(qsizetype begin, qsizetype end, bool allowTuple, Expression *result,
               bool checked = true);
    bool check(const Expression &expression);
    void collectLocalNames(qsizetype begin, qsizetype end);
    bool fail(const Token &at, const QString &reason);
    bool isOp(qsizetype i, QLatin1StringView op) const { return token(i).isOp(m_text, op); }
    bool isName(qsizetype i, QLatin1StringView word) const
    {
        return token(i).kind == TokenKind::Name && token(i).equalsAscii(m_text, word);
    }
    // Clamped: past the end is the ENDMARKER, so no scan can leave the tokens, whatever
    // shape the text has (only its tokens were checked by readModuleNamespace()).
    const Token &token(qsizetype i) const
    {
        return m_tokens[size_t(std::min(i, qsizetype(m_tokens.size()) - 1))];
    }
    bool endsLine(qsizetype i) const
    {
        return token(i).kind == TokenKind::Newline || token(i).kind == TokenKind::EndMarker;
    }

    QStringView m_text;
    std::span<const Token> m_tokens;
    ModuleResolver &m_module;
    qsizetype m_pos = 0;
    NeedsPython m_failure;
    MigrationFunction *m_function = nullptr;
    bool m_returned = false;
    // Every name the body assigns is local to the whole function (Python's scoping rule);
    // m_assigned holds those assigned so far, with their values when they have one.
    QSet<QString> m_localNames;
    QHash<QString, std::optional<Expression>> m_assigned;
};

bool BodyReader::fail(const Token &at, const QString &reason)
{
    m_failure = NeedsPython{at.line, at.column, reason};
    return false;
}

MigrationFunction BodyReader::read(qsizetype at, bool decorated)
{
    MigrationFunction function;
    m_function = &function;
    const qsizetype def = isName(at, "async"_L1) ? at + 1 : at;
    function.line = token(at).line;
    function.name = identifier(token(def + 1).text(m_text));
    const auto verdict = [&function](const Token &where, const QString &reason) {
        function.needsPython = NeedsPython{where.line, where.column, reason};
        return function;
    };
    if (decorated)
        return verdict(token(at), u"a decorated function"_s);
    if (def != at)
        return verdict(token(at), u"an `async` function"_s);
    // `def name ( … ) [-> annotation] :`; a module that tokenized has its brackets closed.
    const qsizetype open = def + 2;
    if (!isOp(open, "("_L1))
        return verdict(token(open), u"invalid Python: a malformed `def`"_s);
    qsizetype close = open + 1;
    while (token(close).depth != token(open).depth && token(close).kind != TokenKind::EndMarker)
        ++close;
    if (close != open + 1)
        return verdict(token(open + 1), u"`%1()` takes parameters: only Python knows how it is "
                                        "called (the multidb template)"_s.arg(function.name));
    qsizetype colon = close + 1;
    while (!endsLine(colon) && !(token(colon).depth == 0 && isOp(colon, ":"_L1)))
        ++colon;
    if (endsLine(colon))
        return verdict(token(colon), u"invalid Python: a malformed `def`"_s);
    // The body: a block after NEWLINE INDENT, or simple statements on the `def` line.
    qsizetype bodyEnd = colon + 1;
    if (token(bodyEnd).kind == TokenKind::Newline) {
        int level = 0;
        for (bodyEnd = colon + 2; bodyEnd < qsizetype(m_tokens.size()); ++bodyEnd) {
            const TokenKind kind = token(bodyEnd).kind;
            if (kind == TokenKind::Indent)
                ++level;
            else if (kind == TokenKind::Dedent && --level == 0)
                break;
            else if (kind == TokenKind::EndMarker)
                break;
        }
    } else {
        while (token(bodyEnd).kind != TokenKind::Newline && token(bodyEnd).kind != TokenKind::EndMarker)
            ++bodyEnd;
    }
    collectLocalNames(colon + 1, bodyEnd);
    m_pos = colon + 1;
    if (!readSuite(function.body, 0)) {
        function.body.clear();
        function.docstring.reset();
        function.needsPython = m_failure;
    }
    return function;
}

// Python decides which names are local before running the body: every name assigned
// anywhere in it. Only `name = …` and `with … as name` survive to be used (any other way of
// binding is a verdict of its own).
void BodyReader::collectLocalNames(qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i + 1 < end; ++i) {
        const Token &t = token(i);
        if (t.kind != TokenKind::Name || t.depth != 0)
            continue;
        const bool assignedTo = isOp(i + 1, "="_L1);
        const bool boundByAs = i > begin && isName(i - 1, "as"_L1);
        if (assignedTo || boundByAs)
            m_localNames.insert(identifier(t.text(m_text)));
    }
}

// A block after `:`: an indented block, or the simple statements on the same line.
bool BodyReader::readSuite(std::vector<Statement> &out, int depth)
{
    if (token(m_pos).kind == TokenKind::EndMarker)
        return fail(token(m_pos), u"invalid Python: expected an indented block"_s);
    if (token(m_pos).kind != TokenKind::Newline)
        return readLine(out, depth);
    if (token(m_pos + 1).kind != TokenKind::Indent)
        return fail(token(m_pos + 1), u"invalid Python: expected an indented block"_s);
    m_pos += 2; // NEWLINE INDENT
    while (token(m_pos).kind != TokenKind::Dedent && token(m_pos).kind != TokenKind::EndMarker) {
        if (!readLine(out, depth))
            return false;
    }
    ++m_pos; // DEDENT
    return true;
}

// One logical line at m_pos: a `with` block, or simple statements separated by `;`.
bool BodyReader::readLine(std::vector<Statement> &out, int depth)
{
    qsizetype end = m_pos;
    while (token(end).kind != TokenKind::Newline && token(end).kind != TokenKind::EndMarker)
        ++end;
    const qsizetype begin = m_pos;
    if (m_returned)
        return fail(token(begin), u"code after `return`"_s);
    if (isName(begin, "with"_L1))
        return readWith(begin, end, out, depth);
    if (token(begin).kind == TokenKind::Name) {
        const QString reason = keywordStatementReason(token(begin).text(m_text));
        if (!reason.isEmpty())
            return fail(token(begin), reason);
    }
    if (isOp(begin, "@"_L1))
        return fail(token(begin), u"a decorated nested function"_s);
    // A compound statement not named above (`match x:`) ends its header with `:`.
    if (end > begin && token(end - 1).depth == 0 && isOp(end - 1, ":"_L1))
        return fail(token(begin), u"a `%1` statement"_s.arg(token(begin).text(m_text)));
    qsizetype statementBegin = begin;
    for (qsizetype i = begin; i <= end; ++i) {
        if (i == end || (token(i).depth == 0 && isOp(i, ";"_L1))) {
            if (i > statementBegin && !readSimple(statementBegin, i, out))
                return false;
            statementBegin = i + 1;
        }
    }
    m_pos = end + 1; // past NEWLINE
    return true;
}

bool BodyReader::parse(qsizetype begin, qsizetype end, bool allowTuple, Expression *result,
                       bool checked)
{
    const auto resolve = [this](Expression &name, NeedsPython *why) {
        if (m_assigned.contains(name.text)) {
            name.binding = NameBinding::Local;
            return true;
        }
        if (m_localNames.contains(name.text)) {
            *why = NeedsPython{name.line, name.column,
                               u"`%1` is used before it is assigned"_s.arg(name.text)};
            return false;
        }
        return m_module.resolve(name, why);
    };
    ExpressionParser parser(m_text, m_tokens, resolve);
    parser.setIdentifierTable(&m_module.identifiers());
    parser.setValueLookup([this](const Expression &name) -> const Expression * {
        if (name.binding == NameBinding::ModuleConstant)
            return m_module.constant(name.text);
        const auto it = m_assigned.constFind(name.text);
        return name.binding == NameBinding::Local && it != m_assigned.constEnd() && *it ? &**it : nullptr;
    });
    if (!parser.parse(begin, end, allowTuple, result)) {
        m_failure = parser.failure();
        return false;
    }
    return !checked || check(*result);
}

bool BodyReader::check(const Expression &expression)
{
    const auto localValue = [this](const QString &name) -> const Expression * {
        const auto it = m_assigned.constFind(name);
        return it != m_assigned.constEnd() && *it ? &**it : nullptr;
    };
    if (const auto why = m_module.check(expression, localValue)) {
        m_failure = *why;
        return false;
    }
    return true;
}

bool BodyReader::readSimple(qsizetype begin, qsizetype end, std::vector<Statement> &out)
{
    const Token &first = token(begin);
    if (m_returned)
        return fail(first, u"code after `return`"_s);
    Statement statement;
    statement.line = first.line;
    statement.column = first.column;
    if (first.kind == TokenKind::Name) {
        const QString reason = keywordStatementReason(first.text(m_text));
        if (!reason.isEmpty())
            return fail(first, reason);
        if (isName(begin, "pass"_L1) && end == begin + 1) {
            statement.kind = StatementKind::Pass;
            out.push_back(std::move(statement));
            return true;
        }
        if (isName(begin, "return"_L1)) {
            if (end != begin + 1)
                return fail(first, u"`return` with a value"_s);
            statement.kind = StatementKind::Return;
            m_returned = true;
            out.push_back(std::move(statement));
            return true;
        }
    }
    // A string alone is a no-op; the first statement's is the docstring.
    bool onlyStrings = true;
    QString strings;
    for (qsizetype i = begin; i < end && onlyStrings; ++i) {
        const StringLiteral literal = token(i).kind == TokenKind::String
            ? decodeStringLiteral(token(i).text(m_text)) : StringLiteral{};
        onlyStrings = token(i).kind == TokenKind::String && literal.error.isEmpty()
            && !literal.hasReplacementFields && !literal.isBytes && !literal.unsupported;
        strings += literal.value;
    }
    if (onlyStrings) {
        if (out.empty() && &out == &m_function->body && !m_function->docstring)
            m_function->docstring = strings;
        return true;
    }
    QList<qsizetype> equals;
    for (qsizetype i = begin; i < end; ++i) {
        const Token &t = token(i);
        if (t.depth != 0 || t.kind != TokenKind::Op)
            continue;
        const QStringView op = t.text(m_text);
        if (op == u"=")
            equals.append(i);
        else if (op.size() >= 2 && op.endsWith(u'=') && op != u"==" && op != u"!=" && op != u"<="
                 && op != u">=")
            return fail(t, u"an augmented assignment (`%1`)"_s.arg(op));
        else if (op == u":")
            return fail(first, u"an annotated assignment"_s);
    }
    if (equals.size() > 1)
        return fail(first, u"a chained assignment"_s);
    if (equals.size() == 1) {
        const qsizetype equal = equals.front();
        if (equal != begin + 1 || first.kind != TokenKind::Name) {
            for (qsizetype i = begin; i < equal; ++i) {
                if (isOp(i, "."_L1))
                    return fail(first, u"an assignment to an attribute"_s);
                if (isOp(i, "["_L1) && i > begin)
                    return fail(first, u"an assignment to a subscript"_s);
            }
            return fail(first, u"an assignment by unpacking"_s);
        }
        if (!parse(equal + 1, end, true, &statement.expression))
            return false;
        statement.kind = StatementKind::Assignment;
        statement.target = identifier(first.text(m_text));
        m_assigned.insert(statement.target, statement.expression);
        out.push_back(std::move(statement));
        return true;
    }
    if (!parse(begin, end, true, &statement.expression))
        return false;
    if (statement.expression.kind != ExpressionKind::Call)
        return fail(first, u"an expression statement that is not a call"_s);
    statement.kind = StatementKind::Call;
    out.push_back(std::move(statement));
    return true;
}

// `with op.batch_alter_table(…) [as name]:` and `with op.get_context().autocommit_block():`.
bool BodyReader::readWith(qsizetype begin, qsizetype lineEnd, std::vector<Statement> &out, int depth)
{
    const Token &first = token(begin);
    if (depth + 1 > maximumBlockDepth)
        return fail(first, u"`with` blocks nested more than %1 levels deep"_s.arg(maximumBlockDepth));
    qsizetype colon = begin + 1;
    qsizetype as = -1;
    while (colon < lineEnd && !(token(colon).depth == 0 && isOp(colon, ":"_L1))) {
        if (token(colon).depth == 0 && isOp(colon, ","_L1))
            return fail(first, u"a `with` statement with several context managers"_s);
        if (token(colon).depth == 0 && isName(colon, "as"_L1) && as < 0)
            as = colon;
        ++colon;
    }
    if (colon >= lineEnd)
        return fail(first, u"invalid Python: a `with` statement without `:`"_s);
    Statement statement;
    statement.kind = StatementKind::With;
    statement.line = first.line;
    statement.column = first.column;
    const qsizetype expressionEnd = as >= 0 ? as : colon;
    if (as >= 0) {
        if (colon != as + 2 || token(as + 1).kind != TokenKind::Name)
            return fail(token(as), u"a `with … as` target that is not a name"_s);
        statement.target = identifier(token(as + 1).text(m_text));
    }
    Expression &context = statement.expression;
    if (!parse(begin + 1, expressionEnd, false, &context, false))
        return false;
    const bool batch = context.isCallTo(u"alembic.op.batch_alter_table");
    const bool autocommit = context.kind == ExpressionKind::Call && context.operands.size() == 1
        && context.keywords.empty() && context.callee().kind == ExpressionKind::Attribute
        && context.callee().text == u"autocommit_block"
        && context.callee().object().isCallTo(u"alembic.op.get_context")
        && context.callee().object().operands.size() == 1 && context.callee().object().keywords.empty();
    if (!batch && !(autocommit && as < 0))
        return fail(first, u"a `with` statement other than `op.batch_alter_table(…)` or "
                           "`op.get_context().autocommit_block()`"_s);
    // The batch's arguments follow the rules of any call (op.get_bind() in them, …); the
    // autocommit block is the one place op.get_context() is read.
    if (batch && !check(context))
        return false;
    if (!statement.target.isEmpty())
        m_assigned.insert(statement.target, std::nullopt);
    m_pos = colon + 1;
    if (!readSuite(statement.body, depth + 1))
        return false;
    out.push_back(std::move(statement));
    return true;
}

} // namespace

QString Statement::dump(int indent) const
{
    const QString pad(indent, u' ');
    switch (kind) {
    case StatementKind::Call:
        return pad + expression.dump();
    case StatementKind::Assignment:
        return pad + target + u" = "_s + expression.dump();
    case StatementKind::With: {
        QString out = pad + u"with "_s + expression.dump();
        if (!target.isEmpty())
            out += u" as "_s + target;
        out += u':';
        for (const Statement &inner : body)
            out += u'\n' + inner.dump(indent + 2);
        return out;
    }
    case StatementKind::Pass:
        return pad + u"pass"_s;
    case StatementKind::Return:
        return pad + u"return"_s;
    }
    return {};
}

QString MigrationFunction::dump() const
{
    if (needsPython)
        return u"needs Python at %1: %2"_s.arg(needsPython->line).arg(needsPython->reason);
    QStringList lines;
    for (const Statement &statement : body)
        lines.append(statement.dump());
    return lines.join(u'\n');
}

const MigrationFunction *MigrationModule::function(QStringView name) const
{
    for (const MigrationFunction &candidate : functions)
        if (candidate.name == name)
            return &candidate;
    return nullptr;
}

namespace {

// The whole module's tokens, without comments and NL, taken once: the module namespace
// and then the statements are read from them. An Error token ends them, and *tokenError
// then says why.
std::vector<Token> moduleTokens(QStringView text, QString *tokenError)
{
    std::vector<Token> tokens;
    // Revision scripts average about eight characters a token: room for most of them at
    // once, as growing the list a token at a time copied it a dozen times per module.
    tokens.reserve(size_t(text.size() / 8) + 16);
    Tokenizer tokenizer(text);
    for (;;) {
        const Token token = tokenizer.next();
        if (token.kind == TokenKind::Comment || token.kind == TokenKind::Nl)
            continue;
        tokens.push_back(token);
        if (token.kind == TokenKind::EndMarker || token.kind == TokenKind::Error)
            break;
    }
    if (tokens.back().kind == TokenKind::Error)
        *tokenError = tokenizer.errorString();
    return tokens;
}

// The line `offset` is on, as the tokenizer counts lines (CRLF, CR and LF each end one).
int lineAt(QStringView text, qsizetype offset)
{
    int line = 1;
    const QChar *const data = text.data();
    for (qsizetype i = 0; i < offset; ++i) {
        const char16_t c = data[i].unicode();
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || data[i + 1].unicode() != u'\n')))
            ++line;
    }
    return line;
}

// The tokens of the module-level definition starting at `from` (comments and NL left out),
// up to the first token of the statement after it, where an EndMarker stands in. The rest
// of the module is neither tokenized nor read: most of a revision script is its header and
// the other function.
std::vector<Token> functionTokens(QStringView text, qsizetype from)
{
    std::vector<Token> tokens;
    tokens.reserve(size_t((text.size() - from) / 8) + 16);
    Tokenizer tokenizer(text, from, lineAt(text, from));
    int level = 0;
    bool inBody = false;
    for (;;) {
        const Token token = tokenizer.next();
        if (token.kind == TokenKind::Comment || token.kind == TokenKind::Nl)
            continue;
        if (inBody && level == 0 && token.kind != TokenKind::Dedent && token.kind != TokenKind::EndMarker
            && token.kind != TokenKind::Error) {
            Token end = token;
            end.kind = TokenKind::EndMarker;
            end.end = end.begin;
            tokens.push_back(end);
            break;
        }
        tokens.push_back(token);
        if (token.kind == TokenKind::EndMarker || token.kind == TokenKind::Error)
            break;
        if (token.kind == TokenKind::Indent) {
            ++level;
            inBody = true;
        } else if (token.kind == TokenKind::Dedent) {
            --level;
        }
    }
    return tokens;
}

// The migration functions of a module whose tokens ended well, its namespace read.
MigrationModule readFunctions(QStringView text, const std::vector<Token> &tokens, const ModuleNamespace &names,
                              const QStringList &projectPackages, QStringView onlyFunction,
                              bool *neededWholeModule = nullptr)
{
    const auto wanted = [onlyFunction](QStringView name) {
        return onlyFunction.isEmpty() || name == onlyFunction;
    };
    MigrationModule module;
    ModuleResolver resolver(text, tokens, names, module.constants, projectPackages);
    int level = 0;
    bool atStatement = true;
    bool decorated = false;
    for (qsizetype i = 0; i < qsizetype(tokens.size()); ++i) {
        const Token &token = tokens[size_t(i)];
        if (token.kind == TokenKind::Indent || token.kind == TokenKind::Dedent) {
            level += token.kind == TokenKind::Indent ? 1 : -1;
            continue;
        }
        if (token.kind == TokenKind::Newline) {
            atStatement = true;
            continue;
        }
        if (atStatement && level == 0) {
            const bool isAsync = token.kind == TokenKind::Name && token.equalsAscii(text, "async"_L1);
            const qsizetype def = isAsync ? i + 1 : i;
            const Token &defToken = tokens[size_t(def)];
            if (token.isOp(text, "@"_L1)) {
                decorated = true;
            } else if (defToken.kind == TokenKind::Name && defToken.equalsAscii(text, "def"_L1)) {
                const Token &nameToken = tokens[size_t(def + 1)];
                const QString name = identifier(nameToken.text(text));
                // Only the definition Python keeps: the name's last binding at module level.
                const LiteralValue *bound = names.names.find(name);
                if (isMigrationFunctionName(name) && wanted(name) && bound
                    && bound->binding == LiteralValue::Binding::Function && bound->line == nameToken.line) {
                    BodyReader reader(text, tokens, resolver);
                    module.functions.push_back(reader.read(i, decorated));
                }
                decorated = false;
            } else {
                decorated = false;
            }
        }
        atStatement = false;
    }
    // upgrade/downgrade bound some other way (in an `if`, by assignment, …): say so.
    for (QStringView name : {u"upgrade", u"downgrade"}) {
        const LiteralValue *bound = names.names.find(name);
        if (!bound || !wanted(name) || module.function(name))
            continue;
        MigrationFunction function;
        function.name = name.toString();
        function.line = bound->line;
        function.needsPython = NeedsPython{bound->line, 0,
                                           u"`%1` is %2"_s.arg(name, bound->binding == LiteralValue::Binding::Other
                                                                        ? bound->why : u"not a plain function"_s)};
        module.functions.push_back(std::move(function));
    }
    if (neededWholeModule)
        *neededWholeModule = resolver.neededWholeModule();
    return module;
}

} // namespace

std::optional<MigrationModule> readMigrationModule(QStringView text, int *errorLine, QString *error,
                                                   const QStringList &projectPackages,
                                                   QStringView onlyFunction)
{
    QString tokenError;
    const std::vector<Token> tokens = moduleTokens(text, &tokenError);
    const auto names = readModuleNamespace(text, tokens, tokenError, errorLine, error, ImportPaths::Record);
    if (!names)
        return std::nullopt;
    if (tokens.back().kind == TokenKind::Error) { // the namespace reader stops there first, always
        *errorLine = tokens.back().line;
        *error = tokenError;
        return std::nullopt;
    }
    return readFunctions(text, tokens, *names, projectPackages, onlyFunction);
}

std::optional<MigrationModule> readMigrationModule(QStringView text, const ModuleNamespace &names,
                                                   int *errorLine, QString *error,
                                                   const QStringList &projectPackages,
                                                   QStringView onlyFunction)
{
    // One function of a module whose whole text tokenized well already (the namespace says
    // so): its tokens alone, from its first decorator to the end of its body.
    const LiteralValue *bound = onlyFunction.isEmpty() ? nullptr : names.names.find(onlyFunction);
    if (bound && bound->binding == LiteralValue::Binding::Function && bound->valueBegin >= 0
        && bound->valueBegin <= text.size()) {
        const std::vector<Token> tokens = functionTokens(text, bound->valueBegin);
        if (tokens.back().kind != TokenKind::Error) {
            bool neededWholeModule = false;
            MigrationModule module = readFunctions(text, tokens, names, projectPackages, onlyFunction,
                                                   &neededWholeModule);
            if (!neededWholeModule)
                return module;
        }
    }
    QString tokenError;
    const std::vector<Token> tokens = moduleTokens(text, &tokenError);
    if (tokens.back().kind == TokenKind::Error) {
        *errorLine = tokens.back().line;
        *error = tokenError;
        return std::nullopt;
    }
    return readFunctions(text, tokens, names, projectPackages, onlyFunction);
}

} // namespace Migrations::Python
