#pragma once

#include "revisionerror.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Migrations {

class MigrationRunner;
class ScriptDirectory;
struct RunResult;
struct ProjectConfig;
struct PythonAlembic;

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
// `currents`: the database's heads, marked "(current)" as `history -i` marks them, and
// what "current" in the range names.
CommandOutput historyCommand(const ScriptDirectory &directory, const QString &revisionRange, bool verbose,
                             const std::optional<QStringList> &currents = std::nullopt);
CommandOutput headsCommand(const ScriptDirectory &directory, bool verbose, bool resolveDependencies);
CommandOutput branchesCommand(const ScriptDirectory &directory, bool verbose);
CommandOutput showCommand(const ScriptDirectory &directory, const QString &revision);

// How the commands that reach a database (onlinecommands.cpp) run. Their connection is
// sqlalchemy.url's (the caller puts --url there).
struct OnlineOptions
{
    // The runner to run with, its signals connected by the caller (a progress bar); else
    // one of the command's own.
    MigrationRunner *runner = nullptr;
    int lockTimeoutMs = 60000;
    // Alembic's log lines as they are written; unset, they are collected in standardError.
    std::function<void(const QString &)> writeLog;
    // Where a relative SQLite path in the URL starts: where `alembic` would run. Empty: the
    // current directory, as for the CLI; the GUI gives the project's folder.
    QString workingDirectory;
    // When set, how the run ended in detail (the failed revision, the statement, the
    // database's words), for a caller that shows more than the command's output.
    RunResult *result = nullptr;
};

// The URL an -x argument gives, when env.py takes its URL from one: a project whose env.py
// reads `context.get_x_argument(as_dictionary=True).get("db_url")` (or [...]) is run as
// `alembic -x db_url=postgresql://… upgrade head`. Null when env.py reads no such key
// from -x or no -x gives one; env.py's own fallback (the ini) then applies, as in Alembic.
std::optional<QString> urlFromXArguments(const ProjectConfig &config, const QStringList &xArguments);

// `current [-v] [--check-heads]`: the heads alembic_version holds, as Alembic prints them.
// --check-heads (Alembic 1.17.1's) fails when they are not all of the script's heads.
CommandOutput currentCommand(const ScriptDirectory &directory, const ProjectConfig &config, bool verbose,
                             bool checkHeads, const OnlineOptions &options = {});
// `show current`: the log entry of each head the database holds.
CommandOutput showCurrentCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                                 const OnlineOptions &options = {});
// `history --indicate-current`: history with the database's heads marked.
CommandOutput indicatedHistoryCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                                      const QString &revisionRange, bool verbose, const OnlineOptions &options = {});

// The commands that write a migration's SQL: `upgrade`, `downgrade` and `stamp`. With
// `--sql` (offline mode) as Alembic's stock env.py runs it: the URL is the configuration's
// `sqlalchemy.url`, one transaction for the whole run. A step whose
// upgrade()/downgrade() the native engine cannot render makes the command fail before
// any SQL is printed, naming the file and the statement — unless `python` is given: then
// the real Alembic in that interpreter renders those steps' bodies (pythonengine.h).
//
// Without `sql` they run on the database (onlinecommands.cpp, runner.h): the connection is
// sqlalchemy.url's, a lock keeps other runs off, and a plan with a step the native engine
// cannot run is refused before anything runs.
CommandOutput upgradeCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                             const QString &revision, bool sql, const PythonAlembic *python = nullptr,
                             const OnlineOptions &online = {});
CommandOutput downgradeCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                               const QString &revision, bool sql, const PythonAlembic *python = nullptr,
                               const OnlineOptions &online = {});
CommandOutput stampCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                           const QStringList &revisions, bool sql, bool purge, const OnlineOptions &online = {});
// `python`, when given, runs the steps the native engine cannot (pythonstep.h).
CommandOutput upgradeOnline(const ScriptDirectory &directory, const ProjectConfig &config, const QString &revision,
                            const PythonAlembic *python, const OnlineOptions &options);
CommandOutput downgradeOnline(const ScriptDirectory &directory, const ProjectConfig &config, const QString &revision,
                              const PythonAlembic *python, const OnlineOptions &options);
CommandOutput stampOnline(const ScriptDirectory &directory, const ProjectConfig &config, const QStringList &revisions,
                          bool purge, const OnlineOptions &options);

// `schema REV [--dialect D]`, Alembic Studio's own: the schema model at a revision (the
// tables the upgrades from base to REV build, followed with no database) written as the
// CREATE statements of the dialect (--dialect, else sqlalchemy.url's). What the model does
// not follow (raw SQL) is named at the top; a step it cannot read fails the command.
CommandOutput schemaCommand(const ScriptDirectory &directory, const ProjectConfig &config, const QString &revision,
                            const QString &dialectName);

} // namespace Migrations
class QSqlDatabase;
namespace Migrations {
enum class Dialect;

// `check-drift`, Alembic Studio's own: the live schema of an open database compared with
// the schema model at the revision(s) its alembic_version holds, for the dialect the
// connection is (the model is built for it). One line per difference, by table then
// kind; exit 0 when there is none, 1 when there is drift, 255 (Alembic's CommandError)
// when a row names a revision the project does not have. What the model does not follow
// (raw SQL, steps only Python runs) and what cannot be compared is named, never hidden.
// The first form connects to sqlalchemy.url (the CLI puts --url there); the second
// compares an open connection's database, for the dialect given.
CommandOutput checkDriftCommand(const ScriptDirectory &directory, const ProjectConfig &config);
CommandOutput checkDriftCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                                const QSqlDatabase &database, Dialect dialect);

// A CommandError as Alembic's command line reports it.
CommandOutput commandFailed(const QString &message);
// Where Alembic stops with a Python exception: exit 1, the reason on standard error.
CommandOutput commandCrashed(const QString &message);

// How ScriptDirectory._catch_revision_errors words a revision error for one command: the
// range bounds it was given and the templates that replace the defaults (with %1 for the
// end bound).
struct RevisionErrorWording
{
    QString start, end;
    QString ancestor;      // RangeNotAncestor; default "Requested range …"
    QString multipleHeads; // MultipleHeads; default "Multiple head revisions are present …"
};
CommandOutput revisionFailure(const RevisionError &error, const RevisionErrorWording &wording = {});
// The project's scripts or graph as Alembic would refuse them, if it would.
std::optional<CommandOutput> graphFailure(const ScriptDirectory &directory);

} // namespace Migrations
