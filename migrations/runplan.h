#pragma once

#include "commands.h"
#include "dialect.h"
#include "runner.h"
#include "versiontablesql.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Migrations {

class ScriptDirectory;
struct ProjectScope;

// What a run is asked to reach: `upgrade X`, `downgrade X`, `stamp X [Y…] [--purge]`.
struct RunTarget
{
    enum Command { Upgrade, Downgrade, Stamp };
    Command command = Upgrade;
    QStringList destinations; // one, except for stamp
    bool purge = false;
};

// The plan the runner runs to reach `target` from the heads the database holds: each
// step with its SQL compiled by the native engine (*bodies keeps what the compile said:
// warnings, Alembic's errors). Null, with the command's output in *failure, when Alembic
// would refuse it (a revision error, a graph it cannot walk) or when a step needs what the
// native engine cannot do and there is no `pythonEngine` — then nothing runs, and every
// such step is named. With it, such steps are the Python engine's (RunStep::python).
// *warnings gets what Alembic warns while planning (it does, whether the plan is made or
// not). MySQL and MariaDB commit after each migration (their DDL commits as it runs);
// PostgreSQL and SQLite once per run unless `transactionPerMigration` (see runplan.cpp).
std::optional<RunPlan> planRun(const ScriptDirectory &directory, const ProjectScope &project, Dialect dialect,
                               const RunTarget &target, bool transactionPerMigration, bool pythonEngine,
                               const QStringList &heads, QList<StepSql> *bodies, CommandOutput *failure,
                               QStringList *warnings = nullptr);

} // namespace Migrations
