#pragma once

#include "dialect.h"
#include "liveschema.h"
#include "projecttypes.h"
#include "tabledefinition.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace Migrations {

class ScriptDirectory;
struct CommandOutput;
struct ProjectScope;

// One way the live database differs from the schema model: what the model holds at the
// database's revision (`expected`) against what the database has (`actual`), each as the
// database would write it. A Missing… kind is in the model only, an Extra… kind in the
// database only; the other kinds are in both, different.
struct SchemaDifference
{
    // In the order differences are listed within a table.
    enum class Kind {
        MissingTable,
        ExtraTable,
        MissingColumn,
        ExtraColumn,
        Type,
        Nullable,
        ServerDefault,
        Autoincrement,
        Comment,
        MissingConstraint,
        ExtraConstraint,
        Constraint,
        MissingIndex,
        ExtraIndex,
        Index,
    };
    Kind kind = Kind::MissingTable;
    QString table; // schema.name, or name
    QString item;  // "column email", "index ix_users_email", "foreign key (user_id) -> users (id)"; empty: the table
    QString expected;
    QString actual;

    bool operator==(const SchemaDifference &) const = default;
};

struct DriftReport
{
    QList<SchemaDifference> differences; // ordered by table, then kind, then item
    // What the comparison could not decide either way (a CHECK the database has rewritten
    // past recognition, a collation it does not read): neither drift nor hidden.
    QStringList notCompared;
};

// What the migrations dropped that a database may keep something of: (table as
// SchemaDifference names it, constraint name). InnoDB leaves the index it made for a
// foreign key behind when the key is dropped.
using DroppedConstraints = QSet<std::pair<QString, QString>>;

// Compares the model's tables (as SchemaModel holds them) with the live schema, on the
// dialect the model was built for. Every rule that makes two spellings one (the
// database's "character varying(50)" and SQLAlchemy's "VARCHAR(50)", a default's casts,
// the indexes a database makes for itself) is in schemadrift.cpp with the reason it holds.
DriftReport compareSchemas(const QList<TableDefinition> &model, const LiveSchema &live, Dialect dialect,
                           const ProjectTypes &projectTypes = ProjectTypes(),
                           const DroppedConstraints &dropped = DroppedConstraints());

// The live database compared with the model at the revision(s) its alembic_version holds.
struct DriftCheck
{
    QStringList heads;       // sorted; empty: base
    QStringList notFollowed; // what the model could not follow on the way, by file and line
    DriftReport report;

    // What the model is at, as the differences name it: "ae10, 27c6", or "base".
    QString revision() const { return heads.isEmpty() ? QStringLiteral("base") : heads.join(u", "); }
};

// The comparison `check-drift` prints, for an open connection. Null with the command's
// output in *failure where the command fails (a graph Alembic refuses, a row naming no
// revision, a catalogue that cannot be read).
std::optional<DriftCheck> checkDrift(const ScriptDirectory &directory, const ProjectScope &project,
                                     const QSqlDatabase &database, Dialect dialect, CommandOutput *failure);

// "table users: column email: type VARCHAR(100) in the database, VARCHAR(50) at revision
// ae1027a6acf (model)". `revision` names what the model is at.
QString describeDifference(const SchemaDifference &difference, const QString &revision);

} // namespace Migrations
