#pragma once

#include "revisionerror.h"
#include "revisiongraph.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Migrations {

// One change to the `alembic_version` table, as Alembic's HeadMaintainer makes it.
struct VersionChange
{
    enum Kind { Insert, Update, Delete };
    Kind kind = Insert;
    QString version;  // the row inserted or deleted, or what an update writes
    QString previous; // Update: the row it replaces

    bool operator==(const VersionChange &) const = default;
};

// One step of an upgrade, downgrade or stamp: Alembic's RevisionStep or StampStep, with the
// version-table changes HeadMaintainer.update_to_step makes for it.
struct MigrationStep
{
    enum Kind { Upgrade, Downgrade, Stamp };
    Kind kind = Upgrade;
    int revision = -1;        // Upgrade and Downgrade: the revision whose function runs
    QStringList from, to;     // as Alembic's log names them (`down_revision`, no dependencies)
    // Offline mode writes CREATE TABLE alembic_version before a step that starts with no
    // rows, which is the first step from base, and again after a step that emptied it.
    bool createsVersionTable = false;
    QList<VersionChange> changes;

    // `name from -> to` as in "-- Running upgrade a -> b" (MigrationStep.short_log).
    QString shortLog() const;
    bool operator==(const MigrationStep &) const = default;
};

struct MigrationPlan
{
    QList<MigrationStep> steps;
    // Offline mode drops the table when the version table ends with no rows.
    bool dropsVersionTable = false;
    // A revision error (the command words it; there are no steps then), or a Crash where
    // Alembic's bookkeeping fails an assertion: `steps` then ends with the step it failed
    // in, with the changes made before the failure, which Alembic has printed by then.
    std::optional<RevisionError> error;
    QStringList warnings = {}; // what Alembic warns while planning (util.warn)
};

// The plans of `alembic upgrade|downgrade|stamp --sql`: `current` is what offline mode
// starts from (the resolved start of `start:end`, or nothing), `destination` the end.
// Where Alembic picks rows in Python set order (which parent a merge keeps, which an
// unmerge updates), the plan follows the order the parents are written in.
MigrationPlan planUpgrade(const RevisionGraph &graph, const QString &destination, const QStringList &current);
MigrationPlan planDowngrade(const RevisionGraph &graph, const QString &destination, const QStringList &current);
MigrationPlan planStamp(const RevisionGraph &graph, const QStringList &destinations, const QStringList &current);

} // namespace Migrations
