#include "commands.h"

#include "liveschema.h"
#include "migrationplan.h"
#include "projectconfig.h"
#include "projectscope.h"
#include "schemadrift.h"
#include "schemamodel.h"
#include "scriptdirectory.h"
#include "stepoperations.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// The rows of alembic_version (the database's heads), as Alembic's MigrationContext
// reads them: no table, or no rows, is base.
std::optional<QStringList> databaseHeads(const QSqlDatabase &database, QString *error)
{
    // tables() names the default schema's tables bare, which is where Alembic's default
    // version table is.
    if (!database.tables().contains(u"alembic_version"_s))
        return QStringList();
    QSqlQuery query(database);
    if (!query.exec(u"SELECT version_num FROM alembic_version"_s)) {
        *error = u"cannot read alembic_version: %1"_s.arg(query.lastError().text());
        return std::nullopt;
    }
    QStringList heads;
    while (query.next())
        heads.append(query.value(0).toString());
    heads.sort(); // the rows have no order; the output should have one
    return heads;
}

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

CommandOutput checkDriftCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                                const QSqlDatabase &database, Dialect dialect)
{
    if (auto failure = graphFailure(directory))
        return *failure;
    QString error;
    const std::optional<ProjectScope> project = loadProjectScope(config, &error);
    if (!project)
        return commandFailed(error);
    const std::optional<QStringList> heads = databaseHeads(database, &error);
    if (!heads)
        return commandFailed(error);
    for (const QString &head : *heads) {
        if (!directory.graph().revision(head))
            return commandFailed(u"Can't locate revision identified by '%1'"_s.arg(head));
    }

    // The model at the database's heads: the upgrades from base to each, in the order
    // Alembic runs them; with several heads, the union of their branches, each revision
    // once (the branches share their ancestors and dependencies).
    SchemaModel model(dialect);
    QStringList notFollowed;
    QSet<int> applied;
    DroppedConstraints dropped;
    for (const QString &head : *heads) {
        const MigrationPlan plan = planUpgrade(directory.graph(), head, {});
        if (plan.error)
            return revisionFailure(*plan.error, {{}, head, {}, {}});
        for (const MigrationStep &step : plan.steps) {
            if (applied.contains(step.revision))
                continue;
            applied.insert(step.revision);
            const StepOperations read = readStepOperations(directory, step, *project);
            if (!read.crash.isEmpty())
                return commandCrashed(read.crash);
            // A step only Python can run still ran on the database: what it did is unknown
            // to the model, which goes on with the rest and says so.
            if (!read.reason.isEmpty()) {
                notFollowed.append(u"%1:%2: %3() needs Python (%4): %5"_s.arg(read.path)
                                       .arg(read.line)
                                       .arg(read.function, read.reason, read.source));
            }
            for (const Operation &operation : read.operations) {
                noteDroppedConstraints(operation, operation.table, operation.schema, &dropped);
                const QString problem = model.apply(operation);
                if (!problem.isEmpty())
                    notFollowed.append(u"%1:%2: %3"_s.arg(read.path).arg(operation.line).arg(problem));
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
        return commandFailed(u"cannot read the database's schema: %1"_s.arg(live.error));

    const QString revision = heads->isEmpty() ? u"base"_s : heads->join(u", "_s);
    const DriftReport report = compareSchemas(model.tables(), live, dialect, project->types, dropped);
    CommandOutput output;
    for (const QString &note : std::as_const(notFollowed))
        output.standardOutput += u"Not followed: %1\n"_s.arg(note);
    for (const SchemaDifference &difference : report.differences)
        output.standardOutput += describeDifference(difference, revision) + u'\n';
    for (const QString &note : report.notCompared)
        output.standardOutput += u"Not compared: %1\n"_s.arg(note);
    if (report.differences.isEmpty()) {
        output.standardOutput += u"No drift: the database matches revision %1"_s.arg(revision);
        output.standardOutput += notFollowed.isEmpty() && report.notCompared.isEmpty()
            ? u".\n"_s
            : u" in all that could be compared.\n"_s;
    } else {
        output.exitCode = 1;
    }
    return output;
}

} // namespace Migrations
