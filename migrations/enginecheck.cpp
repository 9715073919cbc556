#include "enginecheck.h"

#include "migrationplan.h"
#include "scriptdirectory.h"
#include "stepcompiler.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// A refusal reads "<file>:<line>: why" (stepcompiler.cpp): split so a click can go there.
Diagnostic diagnosticOf(const QString &message, const QString &scriptPath)
{
    static const QRegularExpression located(u"^(.+?):(\\d+): (.*)$"_s, QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = located.match(message);
    if (match.hasMatch() && match.captured(1) == scriptPath)
        return {scriptPath, match.captured(2).toInt(), match.captured(3)};
    return {scriptPath, 0, message};
}

void collect(const ScriptDirectory &directory, const ProjectScope &project, Dialect dialect,
             const MigrationPlan &plan, const QStringList &current, QList<Diagnostic> *found)
{
    if (plan.error)
        return;
    QList<StepSql> bodies;
    QList<RefusedStep> refused;
    if (compileRunSteps(directory, project, plan, dialect, current, true, &bodies, &refused))
        return; // a script Alembic could not load: the directory's diagnostics say so
    for (const RefusedStep &step : std::as_const(refused)) {
        const QString &path = directory.script(plan.steps[step.index].revision).path;
        const Diagnostic diagnostic = diagnosticOf(step.message, path);
        if (!found->contains(diagnostic))
            found->append(diagnostic);
    }
}

} // namespace

QList<Diagnostic> stepsNeedingPython(const ScriptDirectory &directory, const ProjectScope &project,
                                     Dialect dialect)
{
    QList<Diagnostic> found;
    const RevisionGraph &graph = directory.graph();
    if (graph.error() || graph.revisions().isEmpty())
        return found;
    collect(directory, project, dialect, planUpgrade(graph, u"heads"_s, {}), {}, &found);
    collect(directory, project, dialect, planDowngrade(graph, u"base"_s, graph.heads()), graph.heads(), &found);
    return found;
}

} // namespace Migrations
