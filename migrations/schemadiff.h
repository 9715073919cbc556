#pragma once

#include "dialect.h"
#include "projecttypes.h"
#include "schemamodel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Migrations {

// One table's difference between two schema models, as a reviewer reads it: what was
// added, removed or changed, each column summed up in the dialect's words
// ("VARCHAR(50) NOT NULL DEFAULT 'x'").
struct SchemaChange
{
    enum Kind { Added, Removed, Changed };
    Kind kind = Changed;
    QString name;   // the column, index or constraint
    QString before; // Removed and Changed
    QString after;  // Added and Changed

    bool operator==(const SchemaChange &) const = default;
};

struct TableChange
{
    SchemaChange::Kind kind = SchemaChange::Changed;
    QString table; // schema-qualified when it has a schema
    QList<SchemaChange> columns;
    QList<SchemaChange> others; // indexes and constraints, by name
    // The table's CREATE statements before and after (empty where it does not exist).
    QString createBefore, createAfter;

    bool operator==(const TableChange &) const = default;
};

struct SchemaDiff
{
    QList<TableChange> tables;   // only the tables that differ, in the order the models hold them
    QStringList notFollowed;     // "file:line: why" — what the model could not follow
    QString allBefore, allAfter; // the whole schema as CREATE statements
};

// The difference from `before` to `after`, rendered for `dialect`.
SchemaDiff diffSchemas(const SchemaModel &before, const SchemaModel &after, Dialect dialect,
                       const ProjectTypes &projectTypes = ProjectTypes());

// A column as one line: its type on the dialect, NOT NULL, DEFAULT, PRIMARY KEY.
QString columnSummary(const ColumnDefinition &column, Dialect dialect, const ProjectTypes &projectTypes);

} // namespace Migrations
