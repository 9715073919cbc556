#include "commands.h"

#include "ddlcompiler.h"
#include "dialect.h"
#include "stepcompiler.h"
#include "migrationlog.h"
#include "migrationplan.h"
#include "projectconfig.h"
#include "projectscope.h"
#include "pythonengine.h"
#include "scriptdirectory.h"
#include "runcommand.h"
#include "versiontablesql.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

// `alembic upgrade|downgrade|stamp --sql` (alembic/command.py, MigrationContext.run_migrations
// in offline mode, driven by the stock env.py's run_migrations_offline). What is printed,
// and in which order things can fail, follows Alembic: the command's own checks first, then
// env.py (the URL), then BEGIN, then the revisions, then the steps.

namespace Migrations {

namespace {

enum class Command { Upgrade, Downgrade, Stamp };

struct OfflineRun
{
    Command command;
    std::optional<QString> startingRevision; // the start of `start:end` (may be empty)
    QStringList destinations; // one, except for stamp
    bool purge = false;
    QString argument; // upgrade and downgrade: the revision argument as given
    const PythonAlembic *python = nullptr; // --python: the engine for what the native one refuses
};

// Each step's SQL. A step the native engine cannot render fails the whole command, never
// half a script — unless the command was given an interpreter (`--python`): then the real
// Alembic renders the bodies of all such steps, in one run of the same command.
std::optional<CommandOutput> compileSteps(const ScriptDirectory &directory, const ProjectScope &project,
                                          const MigrationPlan &plan, Dialect dialect, const OfflineRun &run,
                                          const QString &url, const QStringList &current, QList<StepSql> *bodies)
{
    QList<RefusedStep> refused;
    if (auto crash = compileRunSteps(directory, project, plan, dialect, current, run.python, bodies, &refused))
        return commandCrashed(*crash);
    if (refused.isEmpty())
        return std::nullopt;
    if (!run.python)
        return commandCrashed(refused.first().message);
    AlembicOfflineRun alembic{run.command == Command::Upgrade ? u"upgrade"_s : u"downgrade"_s, run.argument, url,
                              {}};
    for (const RefusedStep &step : std::as_const(refused))
        alembic.revisions.append(directory.graph().revisions()[plan.steps[step.index].revision].id);
    const AlembicStepBodies rendered = renderWithAlembic(*run.python, alembic);
    if (!rendered.error.isEmpty())
        return commandCrashed(rendered.error);
    for (qsizetype i = 0; i < refused.size(); ++i)
        (*bodies)[refused[i].index].printed = rendered.bodies.value(alembic.revisions[i]);
    return std::nullopt;
}

// How a run ends when a step's body failed with `error` after the SQL `printed`: as a
// CommandError ("FAILED: …" after the SQL, exit 255) or as an exception's traceback.
CommandOutput stepFailure(const QList<StepSql> &bodies, const QString &error, const QString &printed)
{
    const bool commandError
        = std::any_of(bodies.cbegin(), bodies.cend(), [](const StepSql &body) { return body.commandError; });
    CommandOutput failure = commandError ? commandFailed(error) : commandCrashed(error);
    failure.standardOutput.prepend(printed);
    return withWarnings(failure, bodies);
}

CommandOutput runOffline(const ScriptDirectory &directory, const ProjectConfig &config, const OfflineRun &run)
{
    EnvironmentOptions environment;
    if (auto failure = readEnvironment(config, false, &environment))
        return *failure;
    // The stock env.py: context.configure(url=config.get_main_option("sqlalchemy.url"))
    if (!config.sqlalchemyUrl)
        return commandCrashed(u"Connection, url, or dialect_name is required."_s);
    const DialectUrl url = dialectFromUrl(*config.sqlalchemyUrl);
    if (!url.dialect)
        return commandCrashed(url.error);
    const Dialect dialect = *url.dialect;
    const QString &urlText = *config.sqlalchemyUrl;
    // The project's own types (its type mapping): a mapping that cannot be read is a
    // configuration error, before anything is printed.
    QString projectError;
    const std::optional<ProjectScope> project = loadProjectScope(config, &projectError);
    if (!project)
        return commandCrashed(projectError);

    // From here on Alembic's migration context is configured, and logs what it does
    // (migrationlog.h): how it runs, each step it starts, a CommandError it stops on.
    const MigrationLog log = MigrationLog::fromConfig(config);
    const QString logger = u"alembic.runtime.migration"_s;
    // "Running upgrade …" for each step that ran, up to the one whose body failed.
    const auto runningLines = [&](const MigrationPlan *steps, const QList<StepSql> *bodies) {
        QString text;
        // A line per step (5,000 on a long history): room for them up front.
        text.reserve(steps ? steps->steps.size() * 112 : 0);
        for (qsizetype i = 0; steps && bodies && i < steps->steps.size() && i < bodies->size(); ++i) {
            text += log.record(logger, u"INFO"_s, "Running "_L1 + stepDescription(directory, steps->steps[i]));
            if (!(*bodies)[i].error.isEmpty())
                break;
        }
        return text;
    };
    const auto logged = [&](CommandOutput result, const QString &running) {
        QString text = log.record(logger, u"INFO"_s, u"Context impl %1."_s.arg(alembicImplName(dialect)))
            + log.record(logger, u"INFO"_s, u"Generating static SQL"_s)
            + log.record(logger, u"INFO"_s, ddlAssumption(dialect))
            + running;
        if (result.exitCode == 255 && result.standardOutput.contains("FAILED: "_L1)) {
            const qsizetype at = result.standardOutput.lastIndexOf("FAILED: "_L1);
            text += log.record(u"alembic.util.messaging"_s, u"ERROR"_s,
                               result.standardOutput.sliced(at + 8).chopped(1));
        }
        result.standardError.prepend(text);
        return result;
    };

    CommandOutput output;
    const bool transactional = hasTransactionalDdl(dialect);
    if (transactional)
        output.standardOutput = u"BEGIN;\n\n"_s;
    // From here on a failure comes after what was printed.
    const auto fail = [&output, &logged](CommandOutput failure) {
        failure.standardOutput.prepend(output.standardOutput);
        return logged(failure, QString());
    };

    if (auto failure = graphFailure(directory))
        return fail(*failure);
    if (run.purge)
        return fail(commandFailed(u"Can't use --purge with --sql mode"_s));

    // MigrationContext.get_current_heads in offline mode: the starting revision, resolved.
    const RevisionGraph &graph = directory.graph();
    QStringList current;
    if (run.startingRevision && *run.startingRevision != "base"_L1) {
        const RevisionResolution start = graph.resolveOne(*run.startingRevision);
        if (start.error)
            return fail(revisionFailure(*start.error));
        if (start.revisions.first() < 0) {
            return fail(commandCrashed(
                u"the starting revision '%1' names no revision to start from"_s.arg(*run.startingRevision)));
        }
        current.append(graph.revisions()[start.revisions.first()].id);
    }

    // A crash inside the steps comes after the SQL of the steps before it, as in Alembic.
    const auto crashInSteps = [&](const MigrationPlan &partial) {
        QList<StepSql> bodies;
        if (auto failure = compileSteps(directory, *project, partial, dialect, run, urlText, current, &bodies))
            return *failure;
        QString error;
        const QString sql = offlineSql(dialect, partial, bodies, &error);
        if (!error.isEmpty())
            return logged(stepFailure(bodies, error, output.standardOutput + sql), runningLines(&partial, &bodies));
        CommandOutput crash = commandCrashed(partial.error->message);
        crash.standardOutput = output.standardOutput + sql;
        return logged(withWarnings(crash, bodies), runningLines(&partial, &bodies));
    };
    MigrationPlan plan;
    const QString &destination = run.destinations.first();
    switch (run.command) {
    case Command::Upgrade:
        plan = planUpgrade(graph, destination, current);
        if (plan.error && !plan.steps.isEmpty())
            return crashInSteps(plan);
        if (plan.error) {
            return fail(revisionFailure(
                *plan.error, {{}, destination, u"Destination %1 is not a valid upgrade target from current head(s)"_s, {}}));
        }
        break;
    case Command::Downgrade:
        plan = planDowngrade(graph, destination, current);
        if (plan.error && !plan.steps.isEmpty())
            return crashInSteps(plan);
        if (plan.error) {
            return fail(revisionFailure(
                *plan.error,
                {{}, destination, u"Destination %1 is not a valid downgrade target from current head(s)"_s, {}}));
        }
        break;
    case Command::Stamp:
        plan = planStamp(graph, run.destinations, current);
        if (plan.error && !plan.steps.isEmpty())
            return crashInSteps(plan);
        if (plan.error) {
            return fail(revisionFailure(
                *plan.error, {{}, {}, {}, u"Multiple heads are present; please specify a single target revision"_s}));
        }
        break;
    }
    // Never half a script: a step this version cannot render fails the whole command (unless
    // --python renders it). What Alembic itself fails on comes after the SQL before it, as
    // Alembic prints it.
    QList<StepSql> bodies;
    if (auto failure = compileSteps(directory, *project, plan, dialect, run, urlText, current, &bodies))
        return *failure;
    // The log and the SQL are each a pass over every step, and nothing else is left to do:
    // they are written side by side.
    QFuture<QString> running = QtConcurrent::run([&] { return runningLines(&plan, &bodies); });
    QString error;
    output.standardOutput += offlineSql(dialect, plan, bodies, &error);
    if (!error.isEmpty())
        return logged(stepFailure(bodies, error, output.standardOutput), running.result());
    if (transactional)
        output.standardOutput += u"COMMIT;\n\n"_s;
    return logged(withWarnings(output, bodies), running.result());
}

// `start:end` for upgrade and downgrade (command.py): a range only with --sql, where the
// start is what the database would hold.
std::optional<CommandOutput> takeRange(const QString &revision, bool sql, OfflineRun *run)
{
    if (!revision.contains(u':'))
        return std::nullopt;
    if (!sql)
        return commandFailed(u"Range revision not allowed"_s);
    const std::optional<QStringList> parts = splitRange(revision);
    if (!parts)
        return commandCrashed(u"'%1' has more than one ':'"_s.arg(revision));
    run->startingRevision = parts->at(0);
    run->destinations = {parts->at(1)};
    return std::nullopt;
}

} // namespace

CommandOutput upgradeCommand(const ScriptDirectory &directory, const ProjectConfig &config, const QString &revision,
                             bool sql, const PythonAlembic *python, const OnlineOptions &online)
{
    OfflineRun run{Command::Upgrade, {}, {revision}, false, revision, python};
    if (auto failure = takeRange(revision, sql, &run))
        return *failure;
    if (!sql)
        return upgradeOnline(directory, config, revision, python, online);
    return runOffline(directory, config, run);
}

CommandOutput downgradeCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                               const QString &revision, bool sql, const PythonAlembic *python,
                               const OnlineOptions &online)
{
    OfflineRun run{Command::Downgrade, {}, {revision}, false, revision, python};
    if (auto failure = takeRange(revision, sql, &run))
        return *failure;
    if (!revision.contains(u':') && sql)
        return commandFailed(u"downgrade with --sql requires <fromrev>:<torev>"_s);
    if (!sql)
        return downgradeOnline(directory, config, revision, python, online);
    return runOffline(directory, config, run);
}

CommandOutput stampCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                           const QStringList &revisions, bool sql, bool purge, const OnlineOptions &online)
{
    if (!sql)
        return stampOnline(directory, config, revisions, purge, online);
    OfflineRun run{Command::Stamp, {}, {}, purge, {}, nullptr}; // stamps run no bodies
    for (const QString &revision : revisions) {
        QString destination = revision;
        if (revision.contains(u':')) {
            const std::optional<QStringList> parts = splitRange(revision);
            if (!parts)
                return commandCrashed(u"'%1' has more than one ':'"_s.arg(revision));
            if (run.startingRevision && *run.startingRevision != parts->at(0)) {
                return commandFailed(
                    u"Stamp operation with --sql only supports a single starting revision at a time"_s);
            }
            run.startingRevision = parts->at(0);
            destination = parts->at(1);
        }
        run.destinations.append(destination);
    }
    return runOffline(directory, config, run);
}

} // namespace Migrations
