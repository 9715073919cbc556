#include "runplan.h"

#include "runcommand.h"
#include "scriptdirectory.h"
#include "stepcompiler.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Migrations {

std::optional<RunPlan> planRun(const ScriptDirectory &directory, const ProjectScope &project, Dialect dialect,
                               const RunTarget &run, bool transactionPerMigration, bool pythonEngine,
                               const QStringList &heads, QList<StepSql> *bodies, CommandOutput *failure,
                               QStringList *warnings)
{
    const RevisionGraph &graph = directory.graph();
    MigrationPlan plan;
    const QString &destination = run.destinations.first();
    RevisionErrorWording wording;
    switch (run.command) {
    case RunTarget::Upgrade:
        plan = planUpgrade(graph, destination, heads);
        wording = {{}, destination, u"Destination %1 is not a valid upgrade target from current head(s)"_s, {}};
        break;
    case RunTarget::Downgrade:
        plan = planDowngrade(graph, destination, heads);
        wording = {{}, destination, u"Destination %1 is not a valid downgrade target from current head(s)"_s, {}};
        break;
    case RunTarget::Stamp:
        plan = planStamp(graph, run.destinations, run.purge ? QStringList() : heads);
        wording = {{}, {}, {}, u"Multiple heads are present; please specify a single target revision"_s};
        break;
    }
    if (warnings)
        *warnings += plan.warnings;
    if (plan.error) {
        // Online, a plan Alembic fails half-way still fails before its first step runs here:
        // the runner never starts what it cannot finish.
        *failure = revisionFailure(*plan.error, wording);
        return std::nullopt;
    }
    QList<RefusedStep> refused;
    if (auto crash = compileRunSteps(directory, project, plan, dialect, heads, true, bodies, &refused)) {
        *failure = commandCrashed(*crash);
        return std::nullopt;
    }
    if (!refused.isEmpty() && !pythonEngine) {
        QStringList reasons;
        for (const RefusedStep &step : std::as_const(refused))
            reasons.append(u"  "_s + step.message);
        *failure = commandCrashed(u"%1 of the %2 steps cannot be run by the native engine, so nothing was run "
                                  "(--python PATH runs them with the real Alembic):\n%3"_s
                                      .arg(refused.size())
                                      .arg(plan.steps.size())
                                      .arg(reasons.join(u'\n')));
        return std::nullopt;
    }
    RunPlan runPlan;
    runPlan.purge = run.purge;
    // One transaction for the run where the database's DDL is transactional — PostgreSQL,
    // as Alembic does, and SQLite, which Alembic calls non-transactional only because
    // pysqlite commits DDL as it goes: here a failed run leaves nothing half-done, and one
    // commit instead of a thousand halves the time of a long run. MySQL commits DDL as it
    // runs it: a transaction per migration keeps each version row with its migration's
    // data changes. transaction_per_migration=True in env.py asks for that anywhere.
    runPlan.scope = transactionPerMigration || dialect == Dialect::MySQL || dialect == Dialect::MariaDB
                        ? TransactionScope::PerMigration
                        : TransactionScope::PerRun;
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const MigrationStep &step = plan.steps[i];
        RunStep &runStep = runPlan.steps.emplace_back();
        runStep.step = step;
        runStep.description = stepDescription(directory, step);
        if (step.kind != MigrationStep::Stamp)
            runStep.revision = graph.revisions()[step.revision].id;
        const StepSql &body = (*bodies)[i];
        // As SQLAlchemy sends them online: offline output turns tabs into spaces, but
        // SQLite keeps the CREATE TABLE text it is sent, tabs and all, in sqlite_master.
        runStep.statements = body.statements;
        runStep.statementLines = body.statementLines;
        runStep.error = body.error;
        runStep.commandError = body.commandError;
        runStep.autocommitBlocks = body.autocommitBlocks;
        runStep.python = std::any_of(refused.cbegin(), refused.cend(),
                                     [i](const RefusedStep &refusal) { return refusal.index == i; });
        if (!body.error.isEmpty())
            break; // Alembic stops there: nothing after it is compiled
    }
    return runPlan;
}

} // namespace Migrations
