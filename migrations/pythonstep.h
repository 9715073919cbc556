#pragma once

#include "pythonengine.h"

#include <QString>

#include <functional>

namespace Migrations {

// The Python engine online: the real Alembic, in the user's interpreter, runs one step of
// a plan on the database — the project's own env.py connecting as it always does, the
// step's upgrade() or downgrade() called and alembic_version changed by Alembic's own
// HeadMaintainer — between the native engine's steps, which have committed their work.
struct AlembicOnlineStep
{
    QString url;      // where env.py connects (in place of sqlalchemy.url)
    QString revision; // the revision whose function runs
    bool upgrade = true;
};

// Runs the step and waits for it. What Alembic writes goes to `output` as it comes, line
// by line, without the log lines the native run writes itself (the context's, "Running
// …"). False, with one sentence in *error naming the interpreter, the revision and the end
// of what it wrote on standard error, when the step failed. When `cancelled` turns true the
// interpreter is killed: its transaction dies with its connection.
bool runStepWithAlembic(const PythonAlembic &python, const AlembicOnlineStep &step,
                        const std::function<void(const QString &)> &output, const std::function<bool()> &cancelled,
                        QString *error);

} // namespace Migrations
