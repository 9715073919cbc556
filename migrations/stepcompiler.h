#pragma once

#include "dialect.h"
#include "migrationplan.h"
#include "versiontablesql.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Migrations {

class ScriptDirectory;
struct ProjectScope;

// A step whose SQL the native engine cannot compile (it needs Python, or renders something
// this version does not): its index in the plan, and why, with the file and line.
struct RefusedStep
{
    qsizetype index = -1;
    QString message;
};

// Every step's SQL, compiled as one migration context compiles a run, for offline output
// and for the runner alike. `current` is what the run starts from (the schema model, which
// batch mode's move-and-copy reads, starts there). A script Alembic could not load either
// ends the compile: that sentence is returned. A step the native engine cannot render is
// listed in *refused with an empty StepSql; with `pastRefusals` the compile goes on after
// it (the model no longer follows the tables such a step touches), else it stops there.
// A step whose body fails as Alembic would fail it (a CommandError) ends the list: its
// StepSql carries the error.
std::optional<QString> compileRunSteps(const ScriptDirectory &directory, const ProjectScope &project,
                                       const MigrationPlan &plan, Dialect dialect, const QStringList &current,
                                       bool pastRefusals, QList<StepSql> *bodies, QList<RefusedStep> *refused);

} // namespace Migrations
