#include "stepcompiler.h"

#include "ddlcompiler.h"
#include "projectscope.h"
#include "runschema.h"
#include "scriptdirectory.h"
#include "stepoperations.h"

#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentMap>

#include <vector>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// Why a step's SQL could not be compiled: a sentence with the file and line, and whether
// it is this engine's limit (something it cannot render, or that needs Python), which the
// Python engine can take over, or a script Alembic could not load either.
struct StepRefusal
{
    QString message;
    bool engineLimit = true;
};

// One step's SQL compiled from its upgrade() or downgrade() into *body, or why not.
std::optional<StepRefusal> compileStep(const StepOperations &read, const ProjectScope &project, Dialect dialect,
                                       DdlMemo *memo, RunSchema *schema, StepSql *body)
{
    if (!read.crash.isEmpty())
        return StepRefusal{read.crash, false};
    if (!read.reason.isEmpty()) {
        return StepRefusal{u"%1:%2: the native engine cannot render the SQL of %3() yet (%4): %5"_s.arg(read.path)
                               .arg(read.line)
                               .arg(read.function, read.reason, read.source)};
    }
    for (qsizetype i = 0; i < read.operations.size(); ++i) {
        const Operation &operation = read.operations[i];
        if (operation.kind == Operation::Kind::AutocommitBegin) {
            body->autocommitBlocks.append({body->statements.size(), -1}); // open until its end
            continue;
        }
        if (operation.kind == Operation::Kind::AutocommitEnd) {
            body->autocommitBlocks.last().second = body->statements.size();
            continue;
        }
        const CompiledOperation compiled = compileOperation(operation, dialect, memo, project.types);
        if (compiled.unsupported) {
            return StepRefusal{u"%1:%2: the native engine cannot render the SQL of %3() yet (%4)"_s.arg(read.path)
                                   .arg(operation.line)
                                   .arg(read.function, compiled.error)};
        }
        body->statements += compiled.statements;
        body->statementLines.insert(body->statementLines.size(), compiled.statements.size(), operation.line);
        body->warnings += compiled.warnings;
        if (compiled.error.isEmpty())
            schema->follow(read, i);
        if (!compiled.error.isEmpty()) {
            // A CommandError's message is all Alembic prints of it.
            body->error = compiled.commandError ? compiled.error
                                                : u"%1:%2: %3"_s.arg(read.path).arg(operation.line).arg(compiled.error);
            body->commandError = compiled.commandError;
            break; // Alembic stops here: what comes after is never read
        }
    }
    // A block the body failed in still ends there (Alembic's `finally` begins again).
    if (!body->autocommitBlocks.isEmpty() && body->autocommitBlocks.last().second < 0)
        body->autocommitBlocks.last().second = body->statements.size();
    return std::nullopt;
}

} // namespace

std::optional<QString> compileRunSteps(const ScriptDirectory &directory, const ProjectScope &project,
                                       const MigrationPlan &plan, Dialect dialect, const QStringList &current,
                                       bool pastRefusals, QList<StepSql> *bodies, QList<RefusedStep> *refused)
{
    DdlMemo memo; // one migration context for the whole run
    memo.namingConvention = project.namingConvention;
    RunSchema schema(directory, project, dialect, current.value(0));
    memo.tableSoFar = [&schema](const QString &table, const QString &tableSchema, QString *whyNot) {
        return schema.table(table, tableSchema, whyNot);
    };
    // Reading the scripts is most of the work and each step's is its own: it runs on the
    // thread pool, while this thread compiles, which goes step by step (the memo, the
    // schema), each step as soon as its read is done.
    QFuture<StepOperations> reads = QtConcurrent::mapped(plan.steps, [&](const MigrationStep &step) {
        return step.kind == MigrationStep::Stamp ? StepOperations() : readStepOperations(directory, step, project);
    });
    // The reads use this function's arguments: none may outlive it, whichever way it returns.
    const auto stopReading = qScopeGuard([&reads] {
        reads.cancel();
        reads.waitForFinished();
    });
    // The schema keeps pointers to the steps it follows: they stay in place here.
    std::vector<StepOperations> read;
    read.reserve(size_t(plan.steps.size()));
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const MigrationStep &step = plan.steps[i];
        StepSql &body = bodies->emplace_back();
        if (step.kind == MigrationStep::Stamp)
            continue;
        const std::optional<StepRefusal> refusal
            = compileStep(read.emplace_back(reads.resultAt(int(i))), project, dialect, &memo, &schema, &body);
        if (refusal && !refusal->engineLimit)
            return refusal->message;
        if (refusal) {
            refused->append({bodies->size() - 1, refusal->message});
            if (!pastRefusals)
                return std::nullopt;
            schema.lose(directory.script(step.revision).path);
        }
        if (!body.error.isEmpty())
            break; // Alembic stops here: what comes after is never read
    }
    return std::nullopt;
}

} // namespace Migrations
