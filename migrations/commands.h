#pragma once

#include <QString>

namespace Migrations {

class ScriptDirectory;

// What one of Alembic's commands prints and how it ends. Alembic writes its output and its
// "FAILED: …" line to standard output, warnings to standard error, and exits with 255
// (sys.exit(-1)) on a CommandError.
struct CommandOutput
{
    QString standardOutput;
    QString standardError;
    int exitCode = 0;
};

// The read-only commands, as alembic/command.py runs them on a ScriptDirectory.
CommandOutput historyCommand(const ScriptDirectory &directory, const QString &revisionRange, bool verbose);
CommandOutput headsCommand(const ScriptDirectory &directory, bool verbose, bool resolveDependencies);
CommandOutput branchesCommand(const ScriptDirectory &directory, bool verbose);
CommandOutput showCommand(const ScriptDirectory &directory, const QString &revision);

// A CommandError as Alembic's command line reports it.
CommandOutput commandFailed(const QString &message);

} // namespace Migrations
