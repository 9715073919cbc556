#pragma once

#include "destructivechange.h"
#include "dialect.h"
#include "migrationplan.h"
#include "runplan.h"
#include "schemadiff.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Migrations {

class ScriptDirectory;
struct ProjectConfig;
struct ProjectScope;
struct PythonAlembic;

// The SQL of one direction, as `alembic upgrade|downgrade start:end --sql` prints it. When
// the command would fail (a step only Python can render and no interpreter, a revision
// error), `error` says why — naming the file and line — and `sql` holds what was printed
// before it, if anything.
struct ReviewSql
{
    QString command; // the equivalent command line: "alembic upgrade a:b --sql"
    QString sql;
    QString error;
};

// Which engine runs one step, and why when it is not the native one.
struct StepEngine
{
    enum Engine { Native, Python, Unavailable };
    Engine engine = Native;
    QString description; // "upgrade a -> b, doc"
    QString revision;
    QString reason; // Python or Unavailable: what the native engine cannot do, file:line
};

// Everything a reviewer reads before a migration runs: for one revision (its upgrade from
// its parents and its downgrade back), or for a whole plan from the database's heads.
struct RevisionReview
{
    QString title; // "Revision ae1027a6acf: add account" or "Plan: upgrade head from 1fa"
    ReviewSql upgrade, downgrade;
    QList<StepEngine> upgradeEngines, downgradeEngines;
    SchemaDiff schema;                  // before the upgrade, after it
    QList<DestructiveFinding> findings; // both directions
    QString error;                      // nothing could be reviewed (an unknown revision, a broken graph)
};

// The review of one revision: the upgrade from where it starts (its parents and the
// revisions it depends on, as `upgrade <parent>:<rev>` when that is one revision; the same
// plan from all of them as heads for a merge) and its downgrade (`downgrade <rev>:-1`),
// for `dialect`. With `python`, the steps only Python can render are rendered by the real
// Alembic in that interpreter (pythonengine.h).
RevisionReview reviewRevision(const ScriptDirectory &directory, const ProjectConfig &config,
                              const ProjectScope &project, const QString &revision, Dialect dialect,
                              const PythonAlembic *python = nullptr);

// The review of the plan that takes a database holding `currentHeads` to `target`; the
// other direction is the plan back to those heads, where one command can say it.
RevisionReview reviewPlan(const ScriptDirectory &directory, const ProjectConfig &config,
                          const ProjectScope &project, const RunTarget &target,
                          const QStringList &currentHeads, Dialect dialect,
                          const PythonAlembic *python = nullptr);

// Which engine runs each step of `plan` started from `current`: native unless the native
// engine refuses it; then Python when an interpreter is configured, else nothing can.
QList<StepEngine> stepEngines(const ScriptDirectory &directory, const ProjectScope &project,
                              const MigrationPlan &plan, Dialect dialect, const QStringList &current,
                              bool pythonConfigured);

} // namespace Migrations
