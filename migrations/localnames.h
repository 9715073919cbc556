#pragma once

#include "projectscope.h"
#include "python/migrationbody.h"
#include "tableclause.h"
#include "typeexpression.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace Migrations {

// Why a local name, or a value written with one, is not rendered: where, and why.
struct LocalNameRefusal
{
    int line = 0;
    QString reason;
};

// `sa.table("name", sa.column("c", Type), …, schema=)`: the lightweight table clause that
// op.bulk_insert writes into.
struct TableClause
{
    QString name;
    QString schema; // empty: the default schema
    QList<TableClauseColumn> columns;
};

// The local names of one upgrade() or downgrade() body, taken statement by statement as
// Python runs them, so that a later statement reads what a name holds at that point. A name
// may hold a literal (str, int, float, bool, None, and tuples, lists and dicts of them), a
// table clause, a column clause or a column type. Anything else is refused where it is
// assigned, and so is a name assigned twice: one value per name keeps what a statement
// reads obvious, and scripts rarely reuse a name.
class LocalNames
{
public:
    // `project` lends its packages and type mapping to the types read (null: none).
    explicit LocalNames(const Python::MigrationModule &module, const ProjectScope *project = nullptr);

    // Takes `name = value` (a StatementKind::Assignment), or says why not.
    std::optional<LocalNameRefusal> assign(const Python::Statement &assignment);

    // Where column types are read: the module's constants and the names assigned so far.
    const TypeExpressionScope &typeScope() const { return m_scope; }

    // The literal `value` stands for, with every name in it (a local name or a module
    // constant holding a literal) replaced by what it holds; or why it is not one.
    std::variant<Python::Expression, LocalNameRefusal> literal(const Python::Expression &value) const;
    // The table clause `value` is: `sa.table(…)` written in place, or a name holding one.
    std::variant<TableClause, LocalNameRefusal> table(const Python::Expression &value);

private:
    const Python::Expression &constantOrSelf(const Python::Expression &value) const;
    std::variant<TableClause, LocalNameRefusal> readTable(const Python::Expression &call);
    std::variant<TableClauseColumn, LocalNameRefusal> readColumn(const Python::Expression &call) const;
    std::variant<QString, LocalNameRefusal> string(const Python::Expression &value, const QString &what,
                                                   bool noneAllowed = false) const;

    const QHash<QString, Python::Expression> &m_constants;
    QHash<QString, int> m_assignedAt; // every name taken so far, and the line of its assignment
    QHash<QString, Python::Expression> m_literals;
    QHash<QString, SqlType> m_types;
    QHash<QString, TableClause> m_tables;
    // A column clause belongs to the first table clause it is put in: SQLAlchemy refuses
    // it in a second one. Here: the line of that table (0: in none yet).
    struct LocalColumn
    {
        TableClauseColumn column;
        int tableLine = 0;
    };
    QHash<QString, LocalColumn> m_columns;
    TypeExpressionScope m_scope;
};

} // namespace Migrations
