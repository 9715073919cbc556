#include "revisionreview.h"

#include "commands.h"
#include "projectconfig.h"
#include "projectscope.h"
#include "pythonengine.h"
#include "runcommand.h"
#include "scriptdirectory.h"
#include "stepcompiler.h"
#include "versiontablesql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The review is made of what the commands already do: the SQL is `alembic upgrade|downgrade
// start:end --sql` run through the offline commands (so it is exactly what the CLI prints,
// Python engine included); only where no single command can say it (a merge starts from
// several heads) is the plan compiled here, with the same pieces the offline run uses.

namespace Migrations {

namespace {

// The messages of this file share one translation context, as a class's ReviewMessages::tr() would.
struct ReviewMessages
{
    Q_DECLARE_TR_FUNCTIONS(Migrations::RevisionReview)
};

// The configuration with a URL of the dialect under review: offline mode never connects,
// so the URL only chooses the dialect. The project's own URL is kept when it is of that
// dialect (an env.py or the Python engine may read more of it).
ProjectConfig withDialect(const ProjectConfig &config, Dialect dialect)
{
    if (config.sqlalchemyUrl && dialectFromUrl(*config.sqlalchemyUrl).dialect == dialect)
        return config;
    ProjectConfig copy = config;
    copy.sqlalchemyUrl = dialectName(dialect) + "://"_L1;
    return copy;
}

// The SQL and the reason a command failed, from what it printed: a CommandError is the
// "FAILED: …" line after the SQL, anything else is on standard error after the log.
ReviewSql fromCommand(const QString &commandLine, const CommandOutput &output)
{
    ReviewSql review{commandLine, output.standardOutput, {}};
    if (output.exitCode == 0)
        return review;
    if (const qsizetype at = review.sql.lastIndexOf("FAILED: "_L1); at >= 0) {
        review.error = review.sql.sliced(at + 8).trimmed();
        review.sql.truncate(at);
        return review;
    }
    QStringList reason;
    for (const QString &line : output.standardError.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith("INFO  ["_L1) || line.startsWith("WARNI"_L1) || line.startsWith("ERROR ["_L1))
            continue;
        reason.append(line.startsWith("error: "_L1) ? line.sliced(7) : line);
    }
    review.error = reason.join(u'\n');
    if (review.error.isEmpty())
        review.error = ReviewMessages::tr("the command failed (exit %1)").arg(output.exitCode);
    return review;
}

// Several heads to start from: the plan compiled as the offline run compiles one, framed
// as it frames it. The Python engine is left out: it renders what one command can say.
ReviewSql compiledPlanSql(const ScriptDirectory &directory, const ProjectScope &project, Dialect dialect,
                          const MigrationPlan &plan, const QStringList &current, const QString &description)
{
    ReviewSql review{description, {}, {}};
    if (plan.error) {
        const CommandOutput failure = revisionFailure(*plan.error);
        review.error = fromCommand(description, failure).error;
        return review;
    }
    QList<StepSql> bodies;
    QList<RefusedStep> refused;
    if (auto crash = compileRunSteps(directory, project, plan, dialect, current, false, &bodies, &refused)) {
        review.error = *crash;
        return review;
    }
    if (!refused.isEmpty()) {
        review.error = refused.first().message;
        return review;
    }
    const bool transactional = hasTransactionalDdl(dialect);
    QString error;
    review.sql = (transactional ? u"BEGIN;\n\n"_s : QString()) + offlineSql(dialect, plan, bodies, &error);
    review.error = error;
    if (transactional && error.isEmpty())
        review.sql += u"COMMIT;\n\n"_s;
    return review;
}

// `alembic upgrade|downgrade <start>:<destination> --sql`, or the compiled plan when it
// starts from several heads.
ReviewSql directionSql(const ScriptDirectory &directory, const ProjectConfig &config,
                       const ProjectScope &project, Dialect dialect, MigrationStep::Kind kind,
                       const QStringList &current, const QString &destination, const PythonAlembic *python)
{
    const bool upgrade = kind == MigrationStep::Upgrade;
    if (current.size() > 1) {
        const MigrationPlan plan = upgrade ? planUpgrade(directory.graph(), destination, current)
                                           : planDowngrade(directory.graph(), destination, current);
        // No single `alembic … --sql` starts from several heads: the plan is described instead.
        const QString description
            = (upgrade ? ReviewMessages::tr(
                   "upgrade to %1 from the heads %2 (no single alembic command starts there)")
                       : ReviewMessages::tr(
                           "downgrade to %1 from the heads %2 (no single alembic command starts there)"))
                  .arg(destination, current.join(", "_L1));
        return compiledPlanSql(directory, project, dialect, plan, current, description);
    }
    const QString range = current.value(0, u"base"_s) + u':' + destination;
    const ProjectConfig dialectConfig = withDialect(config, dialect);
    const QString commandLine = u"alembic %1 %2 --sql"_s.arg(upgrade ? "upgrade"_L1 : "downgrade"_L1, range);
    const CommandOutput output = upgrade ? upgradeCommand(directory, dialectConfig, range, true, python)
                                         : downgradeCommand(directory, dialectConfig, range, true, python);
    return fromCommand(commandLine, output);
}

// The schema model where `heads` stand, followed from base; what it cannot follow is noted.
SchemaModel modelAt(const ScriptDirectory &directory, const ProjectScope &project, Dialect dialect,
                    const QStringList &heads, QStringList *notFollowed)
{
    SchemaModel model(dialect);
    QStringList applied;
    for (const QString &head : heads) {
        const MigrationPlan plan = planUpgrade(directory.graph(), head, applied);
        if (plan.error) {
            notFollowed->append(plan.error->message);
            continue;
        }
        // The findings on the way there are not this review's: only the model is wanted.
        findDestructiveChanges(directory, project, plan, dialect, &model, notFollowed);
        applied.append(head);
    }
    return model;
}

QString revisionTitle(const ScriptDirectory &directory, const Revision &revision)
{
    const QString doc = revision.script >= 0 ? directory.scripts()[revision.script].doc() : QString();
    return doc.isEmpty() ? ReviewMessages::tr("Revision %1").arg(revision.id)
                         : ReviewMessages::tr("Revision %1: %2").arg(revision.id, doc);
}

} // namespace

QList<StepEngine> stepEngines(const ScriptDirectory &directory, const ProjectScope &project,
                              const MigrationPlan &plan, Dialect dialect, const QStringList &current,
                              bool pythonConfigured)
{
    QList<StepSql> bodies;
    QList<RefusedStep> refused;
    const std::optional<QString> crash
        = compileRunSteps(directory, project, plan, dialect, current, true, &bodies, &refused);
    QList<StepEngine> engines;
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const MigrationStep &step = plan.steps[i];
        StepEngine engine;
        engine.description = stepDescription(directory, step);
        if (step.revision >= 0)
            engine.revision = directory.graph().revisions()[step.revision].id;
        const auto found = std::find_if(refused.cbegin(), refused.cend(),
                                        [i](const RefusedStep &refusal) { return refusal.index == i; });
        if (found != refused.cend()) {
            engine.engine = pythonConfigured ? StepEngine::Python : StepEngine::Unavailable;
            engine.reason = found->message;
        } else if (crash && i >= bodies.size()) {
            // The compile stopped at a script Alembic could not load either.
            engine.engine = StepEngine::Unavailable;
            engine.reason = *crash;
        }
        engines.append(engine);
    }
    return engines;
}

RevisionReview reviewRevision(const ScriptDirectory &directory, const ProjectConfig &config,
                              const ProjectScope &project, const QString &revisionId, Dialect dialect,
                              const PythonAlembic *python)
{
    RevisionReview review;
    if (auto failure = graphFailure(directory)) {
        review.error = fromCommand({}, *failure).error;
        return review;
    }
    const RevisionGraph &graph = directory.graph();
    const RevisionResolution resolved = graph.resolveOne(revisionId);
    if (resolved.error || resolved.revisions.isEmpty() || resolved.revisions.first() < 0) {
        review.error = resolved.error ? resolved.error->message
                                      : ReviewMessages::tr("No revision %1.").arg(revisionId);
        return review;
    }
    const Revision &revision = graph.revisions()[resolved.revisions.first()];
    review.title = revisionTitle(directory, revision);
    // Where the revision starts: its parents and what it depends on, none an ancestor of
    // another (a base revision starts from nothing).
    const QStringList starts = revision.normalizedDownRevisions();
    review.upgrade = directionSql(directory, config, project, dialect, MigrationStep::Upgrade, starts,
                                  revision.id, python);
    // `-1` from the revision is its step back, whatever its parents are (a merge's one step
    // back to both; a branch base's to where its dependency leaves the version table).
    review.downgrade = directionSql(directory, config, project, dialect, MigrationStep::Downgrade,
                                    {revision.id}, u"-1"_s, python);

    const MigrationPlan upgrade = planUpgrade(graph, revision.id, starts);
    const MigrationPlan downgrade = planDowngrade(graph, u"-1"_s, {revision.id});
    review.upgradeEngines = stepEngines(directory, project, upgrade, dialect, starts, python != nullptr);
    review.downgradeEngines
        = stepEngines(directory, project, downgrade, dialect, {revision.id}, python != nullptr);

    // Each model is built on its own, never copied from another: SchemaModel hands out
    // pointers into its list of tables, which a copy shares until one of them changes.
    QStringList notFollowed;
    const SchemaModel before = modelAt(directory, project, dialect, starts, &notFollowed);
    SchemaModel after = modelAt(directory, project, dialect, starts, &notFollowed);
    review.findings = findDestructiveChanges(directory, project, upgrade, dialect, &after, &notFollowed);
    review.schema = diffSchemas(before, after, dialect, project.types);
    // The downgrade starts where the upgrade ended: `after` is followed back from there.
    QStringList notFollowedBack; // the downgrade's gaps are the upgrade's, seen again
    review.findings
        += findDestructiveChanges(directory, project, downgrade, dialect, &after, &notFollowedBack);
    notFollowed.removeDuplicates();
    review.schema.notFollowed = notFollowed;
    return review;
}

RevisionReview reviewPlan(const ScriptDirectory &directory, const ProjectConfig &config,
                          const ProjectScope &project, const RunTarget &target,
                          const QStringList &currentHeads, Dialect dialect, const PythonAlembic *python)
{
    RevisionReview review;
    if (auto failure = graphFailure(directory)) {
        review.error = fromCommand({}, *failure).error;
        return review;
    }
    const RevisionGraph &graph = directory.graph();
    const QString destination = target.destinations.value(0);
    const QString from = currentHeads.isEmpty() ? u"base"_s : currentHeads.join(", "_L1);
    QStringList notFollowed;
    const SchemaModel before = modelAt(directory, project, dialect, currentHeads, &notFollowed);
    QStringList notFollowedTwice; // the same gaps again
    SchemaModel after
        = modelAt(directory, project, dialect, currentHeads, &notFollowedTwice); // see reviewRevision
    const QString oneWay
        = ReviewMessages::tr("A plan runs one way; the way back is the plan to %1, reviewed on its own.")
              .arg(from);

    if (target.command == RunTarget::Stamp) {
        review.title
            = ReviewMessages::tr("Plan: stamp %1 from %2").arg(target.destinations.join(", "_L1), from);
        QStringList revisions = target.destinations;
        if (currentHeads.size() == 1)
            revisions.first() = currentHeads.first() + u':' + revisions.first();
        const CommandOutput output
            = stampCommand(directory, withDialect(config, dialect), revisions, true, target.purge);
        review.upgrade = fromCommand(u"alembic stamp %1 --sql"_s.arg(revisions.join(u' ')), output);
        review.downgrade.error
            = ReviewMessages::tr("A stamp runs no migration: only the version table changes.");
        // The schema does not move: a stamp runs no upgrade() or downgrade().
    } else {
        const bool upgrade = target.command == RunTarget::Upgrade;
        review.title = (upgrade ? ReviewMessages::tr("Plan: upgrade to %1 from %2")
                                : ReviewMessages::tr("Plan: downgrade to %1 from %2"))
                           .arg(destination, from);
        // The plan's own direction is reviewed; the other tab says why it is empty.
        ReviewSql &sql = upgrade ? review.upgrade : review.downgrade;
        sql = directionSql(directory, config, project, dialect,
                           upgrade ? MigrationStep::Upgrade : MigrationStep::Downgrade, currentHeads,
                           destination, python);
        (upgrade ? review.downgrade : review.upgrade).error = oneWay;
        const MigrationPlan plan = upgrade ? planUpgrade(graph, destination, currentHeads)
                                           : planDowngrade(graph, destination, currentHeads);
        (upgrade ? review.upgradeEngines : review.downgradeEngines)
            = stepEngines(directory, project, plan, dialect, currentHeads, python != nullptr);
        review.findings = findDestructiveChanges(directory, project, plan, dialect, &after, &notFollowed);
    }
    review.schema = diffSchemas(before, after, dialect, project.types);
    notFollowed.removeDuplicates();
    review.schema.notFollowed = notFollowed;
    return review;
}

} // namespace Migrations
