#pragma once

#include "projectload.h"
#include "runner.h"
#include "runplan.h"
#include "versiontablesql.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Migrations {

// What a run would do, worked out before it runs: the database's heads now, and the plan
// from them with each step's SQL and engine — what a reviewer confirms. The run itself
// plans again once it holds the lock (runner.h), from the heads it finds then.
struct RunPreview
{
    std::optional<QStringList> heads; // null when the database could not be read
    std::optional<RunPlan> plan;      // null when the run would be refused (see failure)
    QString failure;                  // why: the connection, a revision error, a step nothing runs
    QStringList warnings;             // what Alembic warns while planning
};

// The plan as one SQL script to read: each step under a "-- Running …" comment (as Alembic
// logs it), its statements as the database is sent them, each ended by ";". A step the
// Python engine runs has no SQL until it runs: `pythonStepNote` says so in its place.
QString planScript(const RunPlan &plan, const QString &pythonStepNote);

// Opens its own connection (call it on a worker). `pythonEngine`: an interpreter is set
// for steps the native engine cannot run.
RunPreview previewRun(const LoadedProject &project, const ConnectionSettings &connection, const RunTarget &target,
                      bool pythonEngine);

} // namespace Migrations
