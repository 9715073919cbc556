#include "commands.h"

#include "connection.h"
#include "liveschema.h"
#include "migrationplan.h"
#include "projectconfig.h"
#include "projectscope.h"
#include "schemadrift.h"
#include "schemamodel.h"
#include "scriptdirectory.h"
#include "stepoperations.h"
#include "versiontable.h"

#include <QDir>

#include <QSet>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// The constraints an operation drops, batch blocks' too, by table.
void noteDroppedConstraints(const Operation &operation, const QString &table, const QString &schema,
                            DroppedConstraints *dropped)
{
    if (operation.kind == Operation::Kind::DropConstraint)
        dropped->insert({schema.isEmpty() ? table : schema + u'.' + table, operation.name});
    for (const Operation &inner : operation.batch)
        noteDroppedConstraints(inner, operation.table, operation.schema, dropped);
}

} // namespace

std::optional<DriftCheck> checkDrift(const ScriptDirectory &directory, const ProjectScope &project,
                                    const QSqlDatabase &database, Dialect dialect, CommandOutput *failure)
{
    const auto fail = [failure](const CommandOutput &output) -> std::optional<DriftCheck> {
        *failure = output;
        return std::nullopt;
    };
    if (auto graphError = graphFailure(directory))
        return fail(*graphError);
    QString error;
    std::optional<QStringList> heads = readCurrentHeads(database, dialect, &error);
    if (!heads)
        return fail(commandCrashed(error));
    // As `current` resolves them: a row naming no revision of the project is a CommandError.
    for (const QString &head : std::as_const(*heads)) {
        const RevisionResolution resolved = directory.graph().resolveOne(head);
        if (resolved.error)
            return fail(revisionFailure(*resolved.error));
    }
    heads->sort(); // the rows have no order; the output should have one

    // The model at the database's heads: the upgrades from base to each, in the order
    // Alembic runs them; with several heads, the union of their branches, each revision
    // once (the branches share their ancestors and dependencies).
    DriftCheck check;
    check.heads = *heads;
    SchemaModel model(dialect);
    QSet<int> applied;
    DroppedConstraints dropped;
    for (const QString &head : *heads) {
        const MigrationPlan plan = planUpgrade(directory.graph(), head, {});
        if (plan.error)
            return fail(revisionFailure(*plan.error, {{}, head, {}, {}}));
        for (const MigrationStep &step : plan.steps) {
            if (applied.contains(step.revision))
                continue;
            applied.insert(step.revision);
            const StepOperations read = readStepOperations(directory, step, project);
            if (!read.crash.isEmpty())
                return fail(commandCrashed(read.crash));
            // A step only Python can run still ran on the database: what it did is unknown
            // to the model, which goes on with the rest and says so.
            if (!read.reason.isEmpty()) {
                check.notFollowed.append(u"%1:%2: %3() needs Python (%4): %5"_s.arg(read.path)
                                             .arg(read.line)
                                             .arg(read.function, read.reason, read.source));
            }
            for (const Operation &operation : read.operations) {
                noteDroppedConstraints(operation, operation.table, operation.schema, &dropped);
                const QString problem = model.apply(operation);
                if (!problem.isEmpty())
                    check.notFollowed.append(u"%1:%2: %3"_s.arg(read.path).arg(operation.line).arg(problem));
            }
        }
    }

    // The live schema: the default schema and every other the model names.
    QStringList schemas = {QString()};
    for (const TableDefinition &table : model.tables()) {
        if (!schemas.contains(table.schema))
            schemas.append(table.schema);
    }
    const LiveSchema live = readLiveSchema(database, schemas);
    if (!live.error.isEmpty())
        return fail(commandFailed(u"cannot read the database's schema: %1"_s.arg(live.error)));
    check.report = compareSchemas(model.tables(), live, dialect, project.types, dropped);
    return check;
}

CommandOutput checkDriftCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                                const QSqlDatabase &database, Dialect dialect)
{
    if (auto failure = graphFailure(directory))
        return *failure;
    QString error;
    const std::optional<ProjectScope> project = loadProjectScope(config, &error);
    if (!project)
        return commandFailed(error);
    CommandOutput failure;
    const std::optional<DriftCheck> check = checkDrift(directory, *project, database, dialect, &failure);
    if (!check)
        return failure;
    const QString revision = check->revision();
    const DriftReport &report = check->report;
    CommandOutput output;
    for (const QString &note : check->notFollowed)
        output.standardOutput += u"Not followed: %1\n"_s.arg(note);
    for (const SchemaDifference &difference : report.differences)
        output.standardOutput += describeDifference(difference, revision) + u'\n';
    for (const QString &note : report.notCompared)
        output.standardOutput += u"Not compared: %1\n"_s.arg(note);
    if (report.differences.isEmpty()) {
        output.standardOutput += u"No drift: the database matches revision %1"_s.arg(revision);
        output.standardOutput += check->notFollowed.isEmpty() && report.notCompared.isEmpty()
            ? u".\n"_s
            : u" in all that could be compared.\n"_s;
    } else {
        output.exitCode = 1;
    }
    return output;
}

CommandOutput checkDriftCommand(const ScriptDirectory &directory, const ProjectConfig &config)
{
    // The connection the stock env.py makes: sqlalchemy.url's (the CLI puts --url there).
    if (!config.sqlalchemyUrl)
        return commandCrashed(u"no database URL: the configuration has no sqlalchemy.url (or give --url)"_s);
    QString error;
    const std::optional<ConnectionSettings> settings
        = connectionSettingsFromUrl(*config.sqlalchemyUrl, QDir::currentPath(), &error);
    if (!settings)
        return commandCrashed(error);
    const std::unique_ptr<DatabaseConnection> connection = DatabaseConnection::open(*settings, &error);
    if (!connection)
        return commandCrashed(error);
    return checkDriftCommand(directory, config, connection->database(), settings->dialect);
}

} // namespace Migrations
