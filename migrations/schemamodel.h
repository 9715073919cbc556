#pragma once

#include "dialect.h"
#include "operation.h"
#include "tabledefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Migrations {

// The schema the operations build, revision by revision, with no database: the tables
// with their columns, keys, constraints, indexes and comments, as a TableDefinition each
// (what a create_table for the table as it now stands would say). It answers "what is the
// schema at revision X", and it is what batch mode's move-and-copy and drift detection
// start from.
//
// The model follows the operations, not the database: what raw SQL does (op.execute) is
// not known to it, and it says so rather than guess.
class SchemaModel
{
public:
    // Names the naming convention gives (an index=True column's ix_…) depend on the
    // dialect's identifier length.
    explicit SchemaModel(Dialect dialect)
        : m_dialect(dialect)
    {}

    // Applies one operation as it leaves the database once its SQL has run. An empty
    // string, or why the model cannot follow it (a table or column it does not hold, raw
    // SQL): the model is then unchanged.
    QString apply(const Operation &operation);

    const QList<TableDefinition> &tables() const { return m_tables; }
    const TableDefinition *table(const QString &name, const QString &schema) const;

private:
    TableDefinition *findTable(const QString &name, const QString &schema);
    QString dropIndex(const Operation &operation);
    QString dropConstraint(const Operation &operation);

    Dialect m_dialect;
    QList<TableDefinition> m_tables; // in the order they were created
};

} // namespace Migrations
