#pragma once

#include "diagnostic.h"
#include "dialect.h"

#include <QList>

namespace Migrations {

class ScriptDirectory;
struct ProjectScope;

// Every upgrade() and downgrade() the native engine cannot run for `dialect` — each a
// diagnostic at its file and line saying why — so that a project's Python-only steps are
// known before anyone runs them: the whole way up from base to the heads, then the whole
// way down. A graph Alembic refuses gives nothing here (it is a problem of its own).
QList<Diagnostic> stepsNeedingPython(const ScriptDirectory &directory, const ProjectScope &project,
                                     Dialect dialect);

} // namespace Migrations
