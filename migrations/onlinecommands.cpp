#include "commands.h"

#include "connection.h"
#include "migrationlog.h"
#include "projectconfig.h"
#include "projectscope.h"
#include "pythonstep.h"
#include "runcommand.h"
#include "runner.h"
#include "scriptdirectory.h"
#include "scriptformat.h"
#include "runplan.h"
#include "versiontable.h"

#include <QDir>

using namespace Qt::StringLiterals;

// `alembic upgrade|downgrade|stamp` without --sql, `current`, `history -i`: the stock
// env.py's run_migrations_online, run by the native engine through QtSql (runner.h). What
// is logged and printed, and where it can fail, follows Alembic: the connection first,
// then the context's log lines, then the current heads, the plan and each step.

namespace Migrations {

namespace {

const QString migrationLogger = u"alembic.runtime.migration"_s;

// Where Alembic's log lines go: to the caller as they happen (a long run is not silent),
// or into the output.
class LogSink
{
public:
    LogSink(const ProjectConfig &config, const OnlineOptions &options, CommandOutput *output)
        : m_log(MigrationLog::fromConfig(config))
        , m_options(options)
        , m_output(output)
    {}

    void record(const QString &logger, const QString &level, const QString &message)
    {
        write(m_log.record(logger, level, message));
    }
    const OnlineOptions &options() const { return m_options; }
    void write(const QString &text)
    {
        if (m_options.writeLog)
            m_options.writeLog(text);
        else
            m_output->standardError += text;
    }

private:
    MigrationLog m_log;
    const OnlineOptions &m_options;
    CommandOutput *m_output;
};

// How a command that has logged and printed `before` ends in `failure`: a CommandError
// is logged as Alembic's messaging logger logs it, then printed ("FAILED: …").
CommandOutput failedAfter(LogSink &log, CommandOutput failure, const CommandOutput &before)
{
    if (failure.exitCode == 255 && failure.standardOutput.startsWith("FAILED: "_L1))
        log.record(u"alembic.util.messaging"_s, u"ERROR"_s, failure.standardOutput.sliced(8).chopped(1));
    failure.standardOutput.prepend(before.standardOutput);
    failure.standardError.prepend(before.standardError);
    return failure;
}

// The URL the stock env.py connects with, as connection settings.
std::optional<ConnectionSettings> onlineConnection(const ProjectConfig &config, const OnlineOptions &options,
                                                   CommandOutput *failure)
{
    // engine_from_config(config.get_section(...), prefix="sqlalchemy.") without a URL.
    if (!config.sqlalchemyUrl) {
        *failure = commandCrashed(u"no database URL: the configuration has no sqlalchemy.url (or give --url)"_s);
        return std::nullopt;
    }
    QString error;
    std::optional<ConnectionSettings> settings
        = connectionSettingsFromUrl(*config.sqlalchemyUrl,
                                    options.workingDirectory.isEmpty() ? QDir::currentPath() : options.workingDirectory,
                                    &error);
    if (!settings)
        *failure = commandCrashed(error);
    return settings;
}

CommandOutput runOnline(const ScriptDirectory &directory, const ProjectConfig &config, const RunTarget &run,
                        const PythonAlembic *python, const OnlineOptions &options)
{
    EnvironmentOptions environment;
    if (auto failure = readEnvironment(config, true, &environment))
        return *failure;
    CommandOutput failure;
    const std::optional<ConnectionSettings> settings = onlineConnection(config, options, &failure);
    if (!settings)
        return failure;
    QString projectError;
    const std::optional<ProjectScope> project = loadProjectScope(config, &projectError);
    if (!project)
        return commandCrashed(projectError);

    CommandOutput output;
    LogSink log(config, options, &output);
    MigrationRunner ownRunner;
    MigrationRunner &runner = options.runner ? *options.runner : ownRunner;
    const QMetaObject::Connection logging = QObject::connect(
        &runner, &MigrationRunner::logged, &runner,
        [&log](const QString &logger, const QString &level, const QString &message) {
            log.record(logger, level, message);
        },
        Qt::DirectConnection);
    QList<StepSql> bodies;
    CommandOutput planFailure;
    RunRequest request;
    request.connection = *settings;
    request.lockTimeoutMs = options.lockTimeoutMs;
    request.plan = [&](const QStringList &heads, QString *error, bool *commandError) -> std::optional<RunPlan> {
        if (auto graphError = graphFailure(directory)) {
            planFailure = *graphError;
        } else {
            QStringList warnings;
            std::optional<RunPlan> plan = planRun(directory, *project, settings->dialect, run,
                                                  environment.transactionPerMigration, python != nullptr, heads,
                                                  &bodies, &planFailure, &warnings);
            // Python writes a warning when it is issued: here, before the first step runs.
            for (const QString &warning : std::as_const(warnings))
                log.write(u"warning: %1\n"_s.arg(warning));
            if (plan)
                return plan;
        }
        *error = planFailure.standardOutput + planFailure.standardError;
        *commandError = planFailure.exitCode == 255;
        return std::nullopt;
    };
    if (python) {
        request.runPython = [&](const RunStep &step, const std::function<bool()> &cancelled, QString *error) {
            const AlembicOnlineStep alembic{*config.sqlalchemyUrl, step.revision,
                                            step.step.kind == MigrationStep::Upgrade};
            return runStepWithAlembic(*python, alembic, [&log](const QString &line) { log.write(line); }, cancelled,
                                      error);
        };
    }
    const RunResult result = runner.run(request);
    QObject::disconnect(logging);
    if (options.result)
        *options.result = result;

    switch (result.outcome) {
    case RunResult::Finished:
        return withWarnings(output, bodies);
    case RunResult::Refused:
        // What Alembic itself refuses, as Alembic words it, after the context's lines.
        if (!planFailure.standardOutput.isEmpty() || !planFailure.standardError.isEmpty())
            return failedAfter(log, planFailure, output);
        output.standardError += u"error: %1\n"_s.arg(result.message);
        output.exitCode = 1;
        return output;
    case RunResult::Failed:
    case RunResult::Cancelled:
        break;
    }
    if (result.commandError)
        return withWarnings(failedAfter(log, commandFailed(result.message), output), bodies);
    QString text = result.outcome == RunResult::Cancelled ? u"error: cancelled; "_s : u"error: "_s;
    text += result.message + u'\n';
    if (!result.statement.isEmpty()) {
        // On one line, cut short: the database's words above say what is wrong with it.
        QString statement = result.statement.simplified();
        if (statement.size() > 160)
            statement = statement.first(159) + u'…';
        text += u"The statement: %1\n"_s.arg(statement);
    }
    if (!result.tookEffect.isEmpty()) {
        // MySQL's DDL, and what an autocommit block ran, was committed as it ran.
        text += u"These %1 statement(s) of %2 had been committed as they ran and were not rolled back:\n"_s
                    .arg(result.tookEffect.size())
                    .arg(result.revision);
        for (const QString &statement : result.tookEffect)
            text += u"    %1\n"_s.arg(statement.section(u'\n', 0, 0));
    }
    if (result.headsAfter) {
        text += result.headsAfter->isEmpty()
                    ? u"The database is at base (alembic_version holds no revision).\n"_s
                    : u"The database is at %1.\n"_s.arg(result.headsAfter->join(u", "_s));
    }
    output.standardError += text;
    output.exitCode = 1;
    return withWarnings(output, bodies);
}

// The heads the database holds, after the context's log lines, for the commands that
// only look (`current`) or that make the version table as a run would (`history -i`). On
// failure *output becomes the command's failure, after what it had written.
std::optional<QStringList> readHeads(const ProjectConfig &config, bool createTable, LogSink &log,
                                     CommandOutput *output)
{
    const auto fail = [&](const CommandOutput &failure) -> std::optional<QStringList> {
        *output = failedAfter(log, failure, *output);
        return std::nullopt;
    };
    EnvironmentOptions environment;
    if (auto failure = readEnvironment(config, true, &environment))
        return fail(*failure);
    CommandOutput failure;
    const std::optional<ConnectionSettings> settings = onlineConnection(config, log.options(), &failure);
    if (!settings)
        return fail(failure);
    QString error;
    const std::unique_ptr<DatabaseConnection> connection = DatabaseConnection::open(*settings, &error);
    if (!connection)
        return fail(commandCrashed(error));
    log.record(migrationLogger, u"INFO"_s, u"Context impl %1."_s.arg(alembicImplName(settings->dialect)));
    log.record(migrationLogger, u"INFO"_s, ddlAssumption(settings->dialect));
    std::optional<QStringList> heads = readCurrentHeads(connection->database(), settings->dialect, &error);
    if (!heads)
        return fail(commandCrashed(error));
    if (createTable && heads->isEmpty()) {
        // run_migrations makes the version table when there are no heads, even for a
        // command that runs nothing: a run of an empty plan does just that.
        RunRequest request;
        request.connection = *settings;
        request.plan = [](const QStringList &, QString *, bool *) { return std::optional<RunPlan>(RunPlan()); };
        MigrationRunner runner;
        const RunResult result = runner.run(request);
        if (result.outcome != RunResult::Finished)
            return fail(commandCrashed(result.message));
    }
    return heads;
}

} // namespace

CommandOutput currentCommand(const ScriptDirectory &directory, const ProjectConfig &config, bool verbose,
                             bool checkHeads, const OnlineOptions &options)
{
    CommandOutput output;
    LogSink log(config, options, &output);
    const std::optional<QStringList> heads = readHeads(config, false, log, &output);
    if (!heads)
        return output;
    if (verbose) {
        QString error;
        const auto settings = connectionSettingsFromUrl(*config.sqlalchemyUrl, QDir::currentPath(), &error);
        output.standardOutput += u"Current revision(s) for %1:\n"_s.arg(settings->displayUrl);
    }
    // script.get_all_current(heads): each head as the graph knows it.
    const RevisionGraph &graph = directory.graph();
    for (const QString &head : *heads) {
        const RevisionResolution resolved = graph.resolveOne(head);
        if (resolved.error)
            return failedAfter(log, revisionFailure(*resolved.error), output);
        output.standardOutput += formatRevision(directory, resolved.revisions.first(),
                                                ScriptFormat{.verbose = verbose})
                                 + u'\n';
    }
    if (checkHeads) {
        QStringList sortedHeads = *heads, scriptHeads = graph.heads();
        sortedHeads.sort();
        scriptHeads.sort();
        if (sortedHeads != scriptHeads)
            return failedAfter(log, commandFailed(u"Database is not on all head revisions"_s), output);
    }
    return output;
}

CommandOutput showCurrentCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                                 const OnlineOptions &options)
{
    CommandOutput output;
    LogSink log(config, options, &output);
    const std::optional<QStringList> heads = readHeads(config, true, log, &output);
    if (!heads)
        return output;
    // script.get_revisions(heads): an id the graph does not know fails as Alembic's
    // lookup fails.
    for (const QString &head : *heads) {
        const RevisionResolution resolved = directory.graph().resolveOne(head);
        if (resolved.error)
            return failedAfter(log, revisionFailure(*resolved.error), output);
        output.standardOutput += logEntry(directory, resolved.revisions.first()) + u'\n';
    }
    return output;
}

CommandOutput indicatedHistoryCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                                      const QString &revisionRange, bool verbose, const OnlineOptions &options)
{
    CommandOutput output;
    LogSink log(config, options, &output);
    const std::optional<QStringList> heads = readHeads(config, true, log, &output);
    if (!heads)
        return output;
    CommandOutput history = historyCommand(directory, revisionRange, verbose, *heads);
    history.standardError.prepend(output.standardError);
    return history;
}

CommandOutput upgradeOnline(const ScriptDirectory &directory, const ProjectConfig &config, const QString &revision,
                            const PythonAlembic *python, const OnlineOptions &options)
{
    return runOnline(directory, config, {RunTarget::Upgrade, {revision}, false}, python, options);
}

CommandOutput downgradeOnline(const ScriptDirectory &directory, const ProjectConfig &config, const QString &revision,
                              const PythonAlembic *python, const OnlineOptions &options)
{
    return runOnline(directory, config, {RunTarget::Downgrade, {revision}, false}, python, options);
}

CommandOutput stampOnline(const ScriptDirectory &directory, const ProjectConfig &config, const QStringList &revisions,
                          bool purge, const OnlineOptions &options)
{
    return runOnline(directory, config, {RunTarget::Stamp, revisions, purge}, nullptr, options);
}

} // namespace Migrations
