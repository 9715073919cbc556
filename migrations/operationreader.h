#pragma once

#include "operation.h"
#include "projectscope.h"
#include "python/migrationbody.h"

#include <QList>
#include <QString>

#include <optional>

namespace Migrations {

// The operations of an upgrade() or downgrade() body, in order, or the first statement the
// native engine cannot render yet (its line, and why), so that a plan is refused whole
// instead of rendered in part.
struct ReadOperations
{
    QList<Operation> operations;
    struct Unsupported
    {
        int line = 0;
        QString reason;
    };
    std::optional<Unsupported> unsupported;
};

// `module` gives the constants the body's types may use, `project` the project's own types.
ReadOperations readOperations(const Python::MigrationFunction &function,
                              const Python::MigrationModule &module, const ProjectScope &project = {});

} // namespace Migrations
