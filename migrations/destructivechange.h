#pragma once

#include "dialect.h"
#include "migrationplan.h"
#include "projectscope.h"
#include "schemamodel.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace Migrations {

class ScriptDirectory;
struct Operation;
struct SqlType;

// A step that can lose data or fail on a table that has rows, found from its operations
// and from the schema model as the step finds it.
struct DestructiveFinding
{
    enum class Kind {
        DropTable,
        DropColumn,
        NarrowingTypeChange,   // VARCHAR(100) → VARCHAR(50), BIGINT → INTEGER, TEXT → VARCHAR(n)…
        NotNullWithoutDefault, // add_column(nullable=False) with no server default, alter to NOT NULL
        RawSql,                // op.execute: what it does is not known here
        NotReviewed,           // a step the review cannot read (only Python can run it)
    };
    // Which rows a finding touches, for countAffectedRows().
    enum class Rows { None, All, NullInColumn };

    Kind kind = Kind::DropTable;
    MigrationStep::Kind direction = MigrationStep::Upgrade;
    QString revision;
    QString table, schema, column;
    QString sentence; // one sentence a reviewer reads: what it does and why it matters
    QString path;     // the script, and the line of the statement
    int line = 0;
    Rows rows = Rows::All;

    bool operator==(const DestructiveFinding &) const = default;
};

// Follows the steps of `plan` from `model` (the schema where the plan starts; it is left
// where the plan ends), reporting what each step does that can destroy data. What the
// model could not follow on the way goes to *notFollowed ("file:line: why").
QList<DestructiveFinding> findDestructiveChanges(const ScriptDirectory &directory,
                                                 const ProjectScope &project, const MigrationPlan &plan,
                                                 Dialect dialect, SchemaModel *model,
                                                 QStringList *notFollowed);

// Why changing a column from `from` to `to` can lose or refuse values on `dialect` (one
// sentence naming both types), or empty when it cannot: a shorter string, a smaller
// integer, fewer digits, another kind of value altogether.
QString narrowingReason(const SqlType &from, const SqlType &to, Dialect dialect,
                        const ProjectTypes &projectTypes = ProjectTypes());

// How many rows of the open database one finding touches. `rows` is null with a `note`
// when there is nothing to count or it could not be counted ("table not there yet").
struct AffectedRows
{
    std::optional<qint64> rows;
    QString note;
};

// One entry per finding, in order. Runs queries on `database`: call it on the thread that
// opened it (a worker in the GUI).
QList<AffectedRows> countAffectedRows(const QSqlDatabase &database, Dialect dialect,
                                      const QList<DestructiveFinding> &findings);

} // namespace Migrations
