#include "moduleresolver.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Migrations::Python {

namespace {

// `path` is `root` or starts with `root.`; compared inline, as every name read is checked.
bool hasRoot(QStringView path, QLatin1StringView root)
{
    if (path.size() < root.size() || (path.size() > root.size() && path[root.size()] != u'.'))
        return false;
    for (qsizetype i = 0; i < root.size(); ++i)
        if (path[i].unicode() != char16_t(uchar(root.data()[i])))
            return false;
    return true;
}

// The libraries whose names a migration body may use: what the operations layer knows.
bool isLibraryPath(QStringView path)
{
    return hasRoot(path, "sqlalchemy"_L1) || hasRoot(path, "alembic"_L1) || hasRoot(path, "sqlmodel"_L1);
}

bool isBuiltin(const QString &name)
{
    static const QSet<QString> builtins = {
        u"print"_s, u"len"_s, u"range"_s, u"str"_s, u"int"_s, u"float"_s, u"bool"_s, u"list"_s,
        u"dict"_s, u"tuple"_s, u"set"_s, u"frozenset"_s, u"bytes"_s, u"open"_s, u"isinstance"_s,
        u"getattr"_s, u"setattr"_s, u"hasattr"_s, u"enumerate"_s, u"zip"_s, u"map"_s,
        u"filter"_s, u"sorted"_s, u"reversed"_s, u"min"_s, u"max"_s, u"sum"_s, u"any"_s,
        u"all"_s, u"repr"_s, u"type"_s, u"object"_s, u"super"_s, u"globals"_s, u"locals"_s,
        u"vars"_s, u"iter"_s, u"next"_s, u"abs"_s, u"round"_s, u"format"_s, u"exec"_s,
        u"eval"_s, u"compile"_s, u"__import__"_s, u"__name__"_s, u"__file__"_s,
        u"Exception"_s, u"ValueError"_s, u"RuntimeError"_s, u"NotImplementedError"_s,
    };
    return builtins.contains(name);
}

bool startsWithPath(QStringView path, QStringView prefix)
{
    return path == prefix || (path.startsWith(prefix) && path.size() > prefix.size()
                              && path[prefix.size()] == u'.');
}

} // namespace

IdentifierTable &ModuleResolver::identifiers()
{
    // One per thread, kept from module to module: revision scripts name the same few
    // things, so most names are found even in a module's first statement. Its strings are
    // only values, compared by content: what another module left there is as good.
    thread_local IdentifierTable table;
    return table;
}

bool ModuleResolver::resolve(Expression &name, NeedsPython *why)
{
    const auto refuse = [&](const QString &reason) {
        *why = NeedsPython{name.line, name.column, reason};
        return false;
    };
    if (const auto it = m_names.globalsInFunctions.constFind(name.text);
        it != m_names.globalsInFunctions.constEnd())
        return refuse(u"`%1` may be rebound by a function declaring it `global` (line %2)"_s
                          .arg(name.text).arg(*it));
    const LiteralValue *value = m_names.names.find(name.text);
    if (!value) {
        if (m_names.starImportLine > 0)
            return refuse(u"`%1` may come from `from … import *` (line %2)"_s.arg(name.text)
                              .arg(m_names.starImportLine));
        if (isBuiltin(name.text))
            return refuse(u"`%1`, a Python builtin"_s.arg(name.text));
        return refuse(u"`%1` is not defined at module level"_s.arg(name.text));
    }
    switch (value->binding) {
    case LiteralValue::Binding::Import:
        if (!isLibraryPath(value->importPath)
            && !m_projectPackages.contains(value->importPath.section(u'.', 0, 0)))
            return refuse(u"`%1` is imported from `%2`: only Python knows what it is"_s
                              .arg(name.text, value->importPath));
        name.binding = NameBinding::Import;
        name.resolved = value->importPath;
        return true;
    case LiteralValue::Binding::Assignment:
        return resolveConstant(name, *value, why);
    case LiteralValue::Binding::Function:
        return refuse(u"`%1` is a function defined in the module (line %2)"_s.arg(name.text).arg(value->line));
    case LiteralValue::Binding::Class:
        return refuse(u"`%1` is a class defined in the module (line %2)"_s.arg(name.text).arg(value->line));
    case LiteralValue::Binding::Other:
        break;
    }
    return refuse(u"`%1` at module level is %2 (line %3)"_s.arg(name.text, value->why).arg(value->line));
}

// A module-level `NAME = expression`, read once with the same parser as the bodies. Only
// imports may be used in it: another constant could have changed since it was assigned.
bool ModuleResolver::resolveConstant(Expression &name, const LiteralValue &value, NeedsPython *why)
{
    const auto refuse = [&](const NeedsPython &inner) {
        *why = NeedsPython{name.line, name.column,
                           u"`%1` (line %2): %3"_s.arg(name.text).arg(inner.line).arg(inner.reason)};
        return false;
    };
    if (const auto failed = m_unreadableConstants.constFind(name.text); failed != m_unreadableConstants.constEnd())
        return refuse(*failed);
    if (!m_constants.contains(name.text)) {
        if (value.valueBegin < m_tokens.front().begin || value.valueEnd > m_tokens.back().end) {
            m_neededWholeModule = true;
            *why = NeedsPython{name.line, name.column, u"`%1` is assigned outside the tokens read"_s.arg(name.text)};
            return false;
        }
        const auto byBegin = [](const Token &token, qsizetype offset) { return token.begin < offset; };
        const qsizetype begin = std::lower_bound(m_tokens.begin(), m_tokens.end(), value.valueBegin, byBegin)
            - m_tokens.begin();
        const qsizetype end = std::lower_bound(m_tokens.begin(), m_tokens.end(), value.valueEnd, byBegin)
            - m_tokens.begin();
        ExpressionParser parser(m_text, m_tokens, [this](Expression &inner, NeedsPython *innerWhy) {
            const LiteralValue *bound = m_names.names.find(inner.text);
            if (bound && bound->binding == LiteralValue::Binding::Import)
                return resolve(inner, innerWhy);
            *innerWhy = NeedsPython{inner.line, inner.column,
                                    u"a module constant computed from `%1`"_s.arg(inner.text)};
            return false;
        });
        parser.setIdentifierTable(&identifiers());
        Expression expression;
        std::optional<NeedsPython> failure;
        if (!parser.parse(begin, end, true, &expression))
            failure = parser.failure();
        else
            failure = check(expression, [](const QString &) { return nullptr; });
        if (failure) {
            m_unreadableConstants.insert(name.text, *failure);
            return refuse(*failure);
        }
        m_constants.insert(name.text, std::move(expression));
    }
    name.binding = NameBinding::ModuleConstant;
    return true;
}

std::optional<NeedsPython> ModuleResolver::check(const Expression &expression,
                                                 const LocalValue &localValue) const
{
    return visit(expression, false, localValue);
}

// `sa.Enum(…)`, `postgresql.ENUM(…)`, or a name holding one: what `.create(bind)` is for.
bool ModuleResolver::isEnumLike(const Expression &expression, const LocalValue &localValue) const
{
    if (expression.kind == ExpressionKind::Call) {
        const Expression &callee = expression.callee();
        const QStringView last = QStringView(callee.resolved).sliced(callee.resolved.lastIndexOf(u'.') + 1);
        return callee.binding == NameBinding::Import && (last == u"Enum" || last == u"ENUM");
    }
    if (expression.kind == ExpressionKind::Name && expression.binding == NameBinding::Local) {
        const Expression *value = localValue(expression.text);
        return value && value->kind == ExpressionKind::Call && isEnumLike(*value, localValue);
    }
    if (expression.kind == ExpressionKind::Name && expression.binding == NameBinding::ModuleConstant) {
        const auto it = m_constants.constFind(expression.text);
        return it != m_constants.constEnd() && it->kind == ExpressionKind::Call && isEnumLike(*it, localValue);
    }
    return false;
}

std::optional<NeedsPython> ModuleResolver::visit(const Expression &expression, bool bindAllowed,
                                                 const LocalValue &localValue) const
{
    const auto at = [&expression](const QString &reason) {
        return NeedsPython{expression.line, expression.column, reason};
    };
    switch (expression.kind) {
    case ExpressionKind::Name:
    case ExpressionKind::Attribute:
        // Only paths under alembic and sqlalchemy.orm are refused: most (sqlalchemy.Column,
        // alembic.op.create_table) are let through by a few character comparisons.
        if (expression.binding == NameBinding::Import
            && (hasRoot(expression.resolved, "alembic"_L1) || hasRoot(expression.resolved, "sqlalchemy.orm"_L1))) {
            const QString &path = expression.resolved;
            if (path == u"alembic.op.get_bind"_s)
                return at(u"`op.get_bind` other than as the connection of an enum's "
                          "`.create()`/`.drop()`: a connection only Python has"_s);
            if (path == u"alembic.op.get_context"_s)
                return at(u"`op.get_context()`: the migration context only Python has"_s);
            if (path.startsWith(u"alembic."_s) && !startsWithPath(path, u"alembic.op"))
                return at(u"`%1`: the migration context only Python has"_s.arg(path));
            if (startsWithPath(path, u"sqlalchemy.orm"))
                return at(u"the ORM (`%1`) needs a Python session"_s.arg(path));
        }
        if (expression.kind == ExpressionKind::Attribute)
            return visit(expression.object(), false, localValue);
        return std::nullopt;
    case ExpressionKind::Call: {
        const Expression &callee = expression.callee();
        if (callee.binding == NameBinding::Import && callee.resolved == u"alembic.op.get_bind"_s) {
            if (bindAllowed && expression.operands.size() == 1 && expression.keywords.empty())
                return std::nullopt;
            return visit(callee, false, localValue);
        }
        if (auto why = visit(callee, false, localValue))
            return why;
        // `sa.Enum(…).create(op.get_bind(), checkfirst=True)`: the one use of get_bind.
        const bool createsEnum = callee.kind == ExpressionKind::Attribute
            && (callee.text == u"create"_s || callee.text == u"drop"_s)
            && isEnumLike(callee.object(), localValue);
        const auto arguments = expression.arguments();
        for (size_t i = 0; i < arguments.size(); ++i)
            if (auto why = visit(arguments[i], createsEnum && i == 0, localValue))
                return why;
        for (const KeywordArgument &keyword : expression.keywords)
            if (auto why = visit(keyword.value, createsEnum && keyword.name == u"bind"_s, localValue))
                return why;
        return std::nullopt;
    }
    default:
        for (const Expression &operand : expression.operands)
            if (auto why = visit(operand, false, localValue))
                return why;
        return std::nullopt;
    }
}

} // namespace Migrations::Python
