#pragma once

#include "operation.h"
#include "projectscope.h"

#include <QList>
#include <QString>

namespace Migrations {

class ScriptDirectory;
struct MigrationStep;

// The operations one upgrade or downgrade step runs, read from its revision's script; or
// where the reading stopped. `crash` is an unreadable script (Alembic would fail to import
// it); `line` and `reason` the first statement the native engine cannot render (or that
// needs Python), with `source` its text.
struct StepOperations
{
    QList<Operation> operations;
    QString path;     // the script
    QString function; // "upgrade" or "downgrade"
    QString crash;
    int line = 0;
    QString reason;
    QString source;

    bool ok() const { return crash.isEmpty() && reason.isEmpty(); }
};

// `project` gives the names the project's own packages lend the scripts.
StepOperations readStepOperations(const ScriptDirectory &directory, const MigrationStep &step,
                                  const ProjectScope &project);

} // namespace Migrations
