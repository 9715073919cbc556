#pragma once

#include "dialect.h"
#include "operation.h"
#include "projectscope.h"
#include "schemamodel.h"
#include "stepoperations.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Migrations {

class ScriptDirectory;

// The schema model alongside an offline run, for what Alembic would learn from the live
// database (batch mode's copy reflects the table). Built only when first asked: the schema
// at the run's start, followed from base, then every operation the run has compiled since.
// Whatever the model could not follow on the way (raw SQL, a step only Python can run, a
// table it never saw made) makes it refuse to answer, rather than answer wrong.
class RunSchema
{
public:
    // `start` is the revision the run starts from (empty: base).
    RunSchema(const ScriptDirectory &directory, const ProjectScope &project, Dialect dialect, QString start)
        : m_directory(directory)
        , m_project(project)
        , m_dialect(dialect)
        , m_start(std::move(start))
    {}

    // The table as the run has left it, or null with *whyNot.
    const TableDefinition *table(const QString &name, const QString &schema, QString *whyNot);
    // The run compiled step.operations[index], for the model to follow. Until the model is
    // built this only counts: `step` must outlive this object (the run keeps every step's).
    void follow(const StepOperations &step, qsizetype index);
    // A step whose operations the model cannot see (the Python engine runs it).
    void lose(const QString &where);

private:
    void build();
    void apply(const Operation &operation, const QString &where);

    const ScriptDirectory &m_directory;
    const ProjectScope &m_project;
    Dialect m_dialect;
    QString m_start;
    std::optional<SchemaModel> m_model;
    // What the run compiled before the model was built: each step, and how many of its
    // operations.
    QList<std::pair<const StepOperations *, qsizetype>> m_pending;
    QStringList m_gaps;                             // what it could not follow, and where
};

} // namespace Migrations
