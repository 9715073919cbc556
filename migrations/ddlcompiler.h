#pragma once

#include "dialect.h"
#include "operation.h"
#include "projecttypes.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace Migrations {

// The SQL an operation runs on a dialect, as Alembic's DefaultImpl and its dialect impls
// (alembic/ddl/*.py) have SQLAlchemy compile it, without the ";" Alembic appends — or the
// error Alembic raises there instead (an SQLite ALTER of a constraint, for one), after the
// statements before it.
struct CompiledOperation
{
    QStringList statements;
    QString error;
    // The error is not Alembic's but this engine's: it cannot render this yet, and the
    // whole command is refused instead.
    bool unsupported = false;
    // The error is Alembic's util.CommandError, which its command line prints as
    // "FAILED: error" (exit 255) rather than as a traceback.
    bool commandError = false;
    // The UserWarnings Alembic issues on the way (util.warn), before the error if any.
    QStringList warnings = {};
};

// What Alembic's migration context remembers between the operations of one run: the memo
// of SQLAlchemy's DDL runner, through which PostgreSQL creates a named enum type with the
// first table that uses it, and never again in that run (not even in a later revision).
struct DdlMemo
{
    QSet<std::pair<QString, QString>> createdEnumTypes; // (schema, name)
    // The table as the run has left it so far (the schema model's), for batch mode's copy,
    // which Alembic reflects from the database; null with the reason when it is not known.
    std::function<const TableDefinition *(const QString &table, const QString &schema, QString *whyNot)>
        tableSoFar;
    // Where a naming convention may name what is left unnamed ("file:line"), or empty: an
    // operation that leaves a constraint or index to it is refused then. Asked only then.
    std::function<QString()> namingConvention;
};

// Whether a batch_alter_table block copies its table on the dialect ("move and copy") rather
// than altering it in place.
bool batchCopiesTable(const Operation &batch, Dialect dialect);

// `memo` is the run's, or null for an operation compiled on its own; `projectTypes` gives
// the SQL of the project's own column types.
CompiledOperation compileOperation(const Operation &operation, Dialect dialect, DdlMemo *memo = nullptr,
                                   const ProjectTypes &projectTypes = ProjectTypes());

} // namespace Migrations
