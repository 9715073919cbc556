#pragma once

// What the commands that run migrations share, offline (`--sql`) and online: the reading
// of env.py, the words Alembic logs for a step, and the warnings the steps' bodies issued.
// Internal to migrations/.

#include "commands.h"
#include "migrationplan.h"
#include "versiontablesql.h"

#include <QList>
#include <QString>

#include <optional>

namespace Migrations {

class ScriptDirectory;
struct ProjectConfig;

// What env.py sets that changes how a run goes. Only the stock env.py is followed; a
// setting the native engine does not follow is refused (see readEnvironment).
struct EnvironmentOptions
{
    bool transactionPerMigration = false; // context.configure(transaction_per_migration=True)
};

// env.py, read for the options above. `online`: transaction_per_migration=True is followed
// (offline it changes the SQL printed, which is not rendered yet). A failure is the
// command's output: a missing env.py, or a setting that is not followed, by file and line.
std::optional<CommandOutput> readEnvironment(const ProjectConfig &config, bool online, EnvironmentOptions *options);

// str(step) as Alembic logs it: "upgrade a -> b, doc", or the short log when the step has
// no doc (a stamp, a revision without a docstring).
QString stepDescription(const ScriptDirectory &directory, const MigrationStep &step);

// The warnings the steps' operations issued, before whatever else goes to standard error.
// Python shows a warning once per place in Alembic's code that issues it, and each message
// comes from one place, so each is written once.
CommandOutput withWarnings(CommandOutput output, const QList<StepSql> &bodies);

// Python's `revision.split(":", 2)` unpacked into two names: three parts are a ValueError.
std::optional<QStringList> splitRange(const QString &revision);

} // namespace Migrations
