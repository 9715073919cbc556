#include "runschema.h"

#include "migrationplan.h"
#include "scriptdirectory.h"
#include "stepoperations.h"

using namespace Qt::StringLiterals;

namespace Migrations {

const TableDefinition *RunSchema::table(const QString &name, const QString &schema, QString *whyNot)
{
    if (!m_model)
        build();
    if (!m_gaps.isEmpty()) {
        *whyNot = u"the schema model could not follow %1"_s.arg(m_gaps.first());
        return nullptr;
    }
    const TableDefinition *found = m_model->table(name, schema);
    if (!found) {
        *whyNot = u"no migration before this one makes the table %1"_s.arg(schema.isEmpty() ? name
                                                                                          : schema + u'.' + name);
    }
    return found;
}

void RunSchema::follow(const StepOperations &step, qsizetype index)
{
    const Operation &operation = step.operations[index];
    if (m_model)
        apply(operation, u"%1:%2"_s.arg(step.path).arg(operation.line));
    else if (!m_pending.isEmpty() && m_pending.last().first == &step)
        m_pending.last().second = index + 1;
    else
        m_pending.append({&step, index + 1});
}

void RunSchema::lose(const QString &where)
{
    m_gaps.append(u"%1 (run by Python)"_s.arg(where));
}

void RunSchema::apply(const Operation &operation, const QString &where)
{
    if (const QString problem = m_model->apply(operation); !problem.isEmpty())
        m_gaps.append(u"%1 (%2)"_s.arg(where, problem));
}

void RunSchema::build()
{
    m_model.emplace(m_dialect);
    if (!m_start.isEmpty()) {
        const MigrationPlan plan = planUpgrade(m_directory.graph(), m_start, {});
        if (plan.error)
            m_gaps.append(u"the way from base to %1"_s.arg(m_start));
        for (const MigrationStep &step : plan.steps) {
            const StepOperations read = readStepOperations(m_directory, step, m_project);
            if (!read.ok()) {
                m_gaps.append(read.crash.isEmpty() ? u"%1:%2 (%3)"_s.arg(read.path).arg(read.line).arg(read.reason)
                                                   : read.crash);
                continue;
            }
            for (const Operation &operation : read.operations)
                apply(operation, u"%1:%2"_s.arg(read.path).arg(operation.line));
        }
    }
    for (const auto &[step, done] : std::as_const(m_pending)) {
        for (qsizetype i = 0; i < done; ++i) {
            const Operation &operation = step->operations[i];
            apply(operation, u"%1:%2"_s.arg(step->path).arg(operation.line));
        }
    }
    m_pending.clear();
}

} // namespace Migrations
