#pragma once

#include "expression.h"
#include "expressionparser.h"
#include "modulenamespace.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>
#include <span>

namespace Migrations::Python {

// What the names of a migration body refer to at module level, and the rules on what a
// body may do with them. Imports of Alembic (`alembic.op`), SQLAlchemy and SQLModel, and
// of the project's own top-level packages (`projectPackages`, whose types the project's
// type mapping renders), are resolved to their dotted paths; module-level assignments are
// read as constants; anything else (a function of the module, another import, a builtin,
// a name bound in a block…) needs Python.
class ModuleResolver
{
public:
    ModuleResolver(QStringView text, std::span<const Token> tokens, const ModuleNamespace &names,
                   QHash<QString, Expression> &constants, const QStringList &projectPackages = {})
        : m_text(text)
        , m_tokens(tokens)
        , m_names(names)
        , m_constants(constants)
        , m_projectPackages(projectPackages)
    {}

    // Binds a Name node found in a body to what it names at module level, or says why not.
    bool resolve(Expression &name, NeedsPython *why);

    // The value, in the function, of a local name (null: none known, e.g. `with … as name`).
    using LocalValue = std::function<const Expression *(const QString &name)>;
    // The rules on a parsed expression, beyond what names it uses: op.get_bind() only as the
    // `bind` of `.create(…)`/`.drop(…)` on an enum-like value, no op.get_context() or
    // alembic.context, no ORM. The first breach, in source order, or nothing.
    std::optional<NeedsPython> check(const Expression &expression, const LocalValue &localValue) const;

    // The names and paths of the module's expressions, shared by their nodes.
    static IdentifierTable &identifiers();

    // A module constant lay outside the tokens given, which were only a function's (see
    // readMigrationModule()): what was read is to be read again from the whole module.
    bool neededWholeModule() const { return m_neededWholeModule; }

    // The value of a module constant resolve() has bound, or null.
    const Expression *constant(const QString &name) const
    {
        const auto it = m_constants.constFind(name);
        return it == m_constants.constEnd() ? nullptr : &*it;
    }

private:
    bool resolveConstant(Expression &name, const LiteralValue &value, NeedsPython *why);
    std::optional<NeedsPython> visit(const Expression &expression, bool bindAllowed,
                                     const LocalValue &localValue) const;
    bool isEnumLike(const Expression &expression, const LocalValue &localValue) const;

    QStringView m_text;
    std::span<const Token> m_tokens;
    const ModuleNamespace &m_names;
    QHash<QString, Expression> &m_constants;
    QStringList m_projectPackages;
    QHash<QString, NeedsPython> m_unreadableConstants; // why, relative to the constant's own line
    bool m_neededWholeModule = false;
};

} // namespace Migrations::Python
