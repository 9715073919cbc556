#include "runpreview.h"

#include "commands.h"
#include "projectscope.h"
#include "runcommand.h"
#include "scriptdirectory.h"
#include "versiontable.h"

using namespace Qt::StringLiterals;

namespace Migrations {

QString planScript(const RunPlan &plan, const QString &pythonStepNote)
{
    QString script;
    for (const RunStep &step : plan.steps) {
        script += u"-- Running %1\n"_s.arg(step.description);
        if (step.python)
            script += u"-- %1\n\n"_s.arg(pythonStepNote);
        for (const QString &statement : step.statements)
            script += statement + u";\n\n"_s;
    }
    return script;
}

RunPreview previewRun(const LoadedProject &project, const ConnectionSettings &connection, const RunTarget &target,
                      bool pythonEngine)
{
    RunPreview preview;
    const auto failWith = [&preview](const CommandOutput &output) {
        preview.failure = (output.standardOutput + output.standardError).trimmed();
        return preview;
    };
    EnvironmentOptions environment;
    if (std::optional<CommandOutput> failure = readEnvironment(project.config, true, &environment))
        return failWith(*failure);
    if (!project.scope) {
        preview.failure = project.scopeError;
        return preview;
    }
    {
        const std::unique_ptr<DatabaseConnection> database = DatabaseConnection::open(connection, &preview.failure);
        if (!database)
            return preview;
        preview.heads = readCurrentHeads(database->database(), connection.dialect, &preview.failure);
        if (!preview.heads)
            return preview;
    }
    if (std::optional<CommandOutput> failure = graphFailure(*project.directory))
        return failWith(*failure);
    QList<StepSql> bodies;
    CommandOutput failure;
    preview.plan = planRun(*project.directory, *project.scope, connection.dialect, target,
                           environment.transactionPerMigration, pythonEngine, *preview.heads, &bodies, &failure,
                           &preview.warnings);
    if (!preview.plan)
        return failWith(failure);
    return preview;
}

} // namespace Migrations
