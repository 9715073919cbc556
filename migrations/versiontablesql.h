#pragma once

#include "dialect.h"
#include "migrationplan.h"

#include <QString>

#include <optional>

namespace Migrations {

// The statements Alembic emits for its `alembic_version` table (the default name, with
// its `alembic_version_pkc` primary key), compiled as SQLAlchemy 2.0 compiles them for each
// dialect with literal binds, with the ";" Alembic appends. No line break at the end.
QString createVersionTableSql(Dialect dialect);
QString dropVersionTableSql(Dialect dialect);
QString versionChangeSql(Dialect dialect, const VersionChange &change);

// What a step's upgrade() or downgrade() runs, compiled: its statements, and the error
// Alembic raises after them when it cannot go on (then nothing after it is written).
struct StepSql
{
    QStringList statements;
    // The script line of the operation each statement comes from, statement by statement:
    // where the editor takes the user when that statement fails.
    QList<int> statementLines = {};
    QString error;
    bool commandError = false; // the error is a util.CommandError: "FAILED: error"
    QStringList warnings;      // Alembic's UserWarnings, to standard error
    // What the real Alembic printed for the body (the Python engine, pythonengine.h):
    // written as it is, in place of the statements.
    std::optional<QString> printed;
    // The autocommit blocks of the body, as [first, end) ranges of `statements`: Alembic
    // commits before each and begins a transaction after it.
    QList<std::pair<qsizetype, qsizetype>> autocommitBlocks = {};
};

// The whole `--sql` output of a plan: what Alembic's MigrationContext.run_migrations writes
// inside env.py's `begin_transaction()` (BEGIN/COMMIT are the caller's: they come first,
// before anything can fail). Each statement and comment is followed by a blank line.
// `bodies` holds each step's SQL (nothing for a stamp); the output stops after a step
// whose SQL ends in an error, which goes to *error.
QString offlineSql(Dialect dialect, const MigrationPlan &plan, const QList<StepSql> &bodies = {},
                   QString *error = nullptr);

} // namespace Migrations
