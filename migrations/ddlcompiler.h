#pragma once

#include "dialect.h"
#include "operation.h"
#include "projecttypes.h"

#include <QString>
#include <QStringList>

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
};

// `projectTypes` gives the SQL of the project's own column types.
CompiledOperation compileOperation(const Operation &operation, Dialect dialect,
                                   const ProjectTypes &projectTypes = ProjectTypes());

} // namespace Migrations
