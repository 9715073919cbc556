#pragma once

#include "expression.h"
#include "expressionparser.h"
#include "modulenamespace.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Migrations::Python {

// The statements a migration body may hold, as Python's `ast` names them.
enum class StatementKind : quint8 {
    Call,       // an expression statement that is a call: `op.create_table(…)`
    Assignment, // `target = expression`, a local name used later in the body
    With,       // `with op.batch_alter_table(…) as target:` or
                // `with op.get_context().autocommit_block():`, around `body`
    Pass,
    Return,     // a bare `return`, only as the last statement
};

struct Statement
{
    StatementKind kind = StatementKind::Pass;
    int line = 0;
    int column = 0;
    Expression expression; // Call: the call. Assignment: the value. With: the context manager.
    QString target;        // Assignment: the name. With: the `as` name, or empty.
    std::vector<Statement> body; // With

    // One line per statement, nested bodies indented by two spaces more (see Expression::dump()).
    QString dump(int indent = 0) const;
};

// `def upgrade()`, `def downgrade()` (or an engine's `upgrade_<name>()` of the multidb
// template) at module level: either its whole body, or why it needs Python. Never partial.
struct MigrationFunction
{
    QString name;
    int line = 0; // of the `def`
    std::vector<Statement> body;            // empty when needsPython is set
    std::optional<QString> docstring;       // the body's docstring, as written (not cleaned)
    std::optional<NeedsPython> needsPython; // the first line that needs Python, and why

    QString dump() const; // the statements' dump() lines, or `needs Python at L: why`
};

// What a migration body needs from its module, read statically.
struct MigrationModule
{
    // The module-level functions named upgrade, downgrade, upgrade_* and downgrade_*, in
    // the order written (the one Python keeps, when a name is defined twice).
    std::vector<MigrationFunction> functions;
    // Module-level names the bodies use as constants (NameBinding::ModuleConstant), with
    // the expression last assigned to them.
    QHash<QString, Expression> constants;

    const MigrationFunction *function(QStringView name) const;
};

// Reads a revision script's upgrade/downgrade bodies. Returns nothing, with the line and
// CPython's reason, only when the module is not valid Python at all; whatever else cannot
// be read is a NeedsPython verdict on the function concerned. Names imported from
// `projectPackages` (the project's own, projectscope.h) are read as imports.
// With `onlyFunction`, MigrationModule::functions holds that function alone: the others'
// bodies are not read, as Alembic imports the whole module (so a syntax error anywhere
// still fails) but runs only the one function a step calls.
std::optional<MigrationModule> readMigrationModule(QStringView text, int *errorLine, QString *error,
                                                   const QStringList &projectPackages = {},
                                                   QStringView onlyFunction = {});
// The same with the module's namespace read already from this very text, with its import
// paths (ImportPaths::Record): the header pass of a project keeps it, and the module is
// not walked a second time.
std::optional<MigrationModule> readMigrationModule(QStringView text, const ModuleNamespace &names,
                                                   int *errorLine, QString *error,
                                                   const QStringList &projectPackages = {},
                                                   QStringView onlyFunction = {});

} // namespace Migrations::Python
