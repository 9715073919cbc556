#include "commands.h"

#include "createtable.h"
#include "dialect.h"
#include "migrationplan.h"
#include "projectconfig.h"
#include "projectscope.h"
#include "schemamodel.h"
#include "scriptdirectory.h"
#include "stepoperations.h"

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

std::optional<Dialect> chooseDialect(const ProjectConfig &config, const QString &name, QString *error)
{
    if (!name.isEmpty()) {
        for (Dialect dialect : {Dialect::SQLite, Dialect::PostgreSQL, Dialect::MySQL, Dialect::MariaDB}) {
            if (dialectName(dialect) == name)
                return dialect;
        }
        *error = u"unknown dialect '%1': choose sqlite, postgresql, mysql or mariadb"_s.arg(name);
        return std::nullopt;
    }
    if (!config.sqlalchemyUrl) {
        *error = u"no sqlalchemy.url to take the dialect from: give --dialect sqlite|postgresql|mysql|mariadb"_s;
        return std::nullopt;
    }
    const DialectUrl url = dialectFromUrl(*config.sqlalchemyUrl);
    if (!url.dialect)
        *error = url.error;
    return url.dialect;
}

} // namespace

CommandOutput schemaCommand(const ScriptDirectory &directory, const ProjectConfig &config, const QString &revision,
                            const QString &dialectName)
{
    if (auto failure = graphFailure(directory))
        return *failure;
    QString error;
    const std::optional<Dialect> dialect = chooseDialect(config, dialectName, &error);
    if (!dialect)
        return commandFailed(error);
    const std::optional<ProjectScope> project = loadProjectScope(config, &error);
    if (!project)
        return commandFailed(error);
    const MigrationPlan plan = planUpgrade(directory.graph(), revision, {});
    if (plan.error) {
        return revisionFailure(*plan.error,
                               {{}, revision, u"Destination %1 is not a valid upgrade target from current head(s)"_s, {}});
    }

    // The model follows the upgrades from base, step by step, as the database would. An
    // operation it cannot follow (a table made before the first migration, a name it never
    // saw) is named at the top of the output, and the rest is followed still.
    SchemaModel model(*dialect);
    QStringList notFollowed;
    for (const MigrationStep &step : plan.steps) {
        const StepOperations read = readStepOperations(directory, step, *project);
        if (!read.crash.isEmpty())
            return commandCrashed(read.crash);
        if (!read.reason.isEmpty()) {
            return commandFailed(u"%1:%2: the schema model cannot follow %3() (%4): %5"_s.arg(read.path)
                                     .arg(read.line)
                                     .arg(read.function, read.reason, read.source));
        }
        for (const Operation &operation : read.operations) {
            const QString where = u"%1:%2"_s.arg(read.path).arg(operation.line);
            const QString problem = model.apply(operation);
            if (!problem.isEmpty())
                notFollowed.append(u"%1: %2"_s.arg(where, problem));
        }
    }

    // The schema as the statements that would create it, each table whole.
    CommandOutput output;
    output.standardOutput = u"-- The schema at %1 for %2, as the migrations from base build it\n"_s.arg(
        revision, Migrations::dialectName(*dialect));
    for (const QString &note : std::as_const(notFollowed))
        output.standardOutput += u"-- Not followed: %1\n"_s.arg(note);
    output.standardOutput += u'\n';
    DdlMemo memo;
    for (const TableDefinition &table : model.tables()) {
        const CompiledOperation created = createTable(table, *dialect, &memo, project->types);
        if (!created.error.isEmpty()) {
            const QString name = table.schema.isEmpty() ? table.name : table.schema + u'.' + table.name;
            return commandFailed(u"the table %1 as the model holds it cannot be written for %2: %3"_s.arg(
                name, Migrations::dialectName(*dialect), created.error));
        }
        for (const QString &statement : created.statements)
            output.standardOutput += QString(statement).replace(u'\t', "    "_L1) + u";\n\n"_s;
    }
    if (model.tables().isEmpty())
        output.standardOutput += u"-- No tables.\n"_s;
    return output;
}

} // namespace Migrations
