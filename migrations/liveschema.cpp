#include "liveschema.h"

#include "liveschemareaders.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace LiveSchemaReaders {

QueryRows selectRows(const QSqlDatabase &database, const QString &sql, const QVariantList &values, QString *error)
{
    QueryRows rows;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return rows;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return rows;
    }
    while (query.next()) {
        QVariantList row;
        const int count = query.record().count();
        row.reserve(count);
        for (int i = 0; i < count; ++i)
            row.append(query.value(i));
        rows.append(row);
    }
    return rows;
}

ConstraintDefinition *findConstraint(TableDefinition &table, ConstraintDefinition::Kind kind, const QString &name)
{
    for (ConstraintDefinition &constraint : table.constraints) {
        if (constraint.kind == kind && constraint.name == name)
            return &constraint;
    }
    return nullptr;
}

// The primary key first, then the others by kind and name: the order the catalogue gives is
// not one to rely on, and the comparison does not depend on it, but output does.
void sortTable(TableDefinition &table)
{
    std::stable_sort(table.constraints.begin(), table.constraints.end(),
                     [](const ConstraintDefinition &a, const ConstraintDefinition &b) {
                         if (a.kind != b.kind)
                             return a.kind < b.kind;
                         return a.name < b.name;
                     });
    std::stable_sort(table.indexes.begin(), table.indexes.end(),
                     [](const IndexDefinition &a, const IndexDefinition &b) { return a.name < b.name; });
}

} // namespace LiveSchemaReaders

LiveSchema readLiveSchema(const QSqlDatabase &database, const QStringList &schemas)
{
    using namespace LiveSchemaReaders;
    LiveSchema schema;
    if (!database.isOpen()) {
        schema.error = u"the connection is not open"_s;
        return schema;
    }
    const QString driver = database.driverName();
    if (driver == "QSQLITE"_L1)
        schema = readSQLite(database, schemas);
    else if (driver == "QPSQL"_L1)
        schema = readPostgreSQL(database, schemas);
    else if (driver == "QMYSQL"_L1 || driver == "QMARIADB"_L1)
        schema = readMySQL(database, schemas);
    else
        schema.error = u"the QtSql driver %1 is not one whose catalogue Alembic Studio reads"_s.arg(driver);
    if (!schema.error.isEmpty()) {
        schema.tables.clear();
        return schema;
    }
    for (TableDefinition &table : schema.tables)
        sortTable(table);
    std::sort(schema.tables.begin(), schema.tables.end(), [](const TableDefinition &a, const TableDefinition &b) {
        return std::pair(a.schema, a.name) < std::pair(b.schema, b.name);
    });
    return schema;
}

} // namespace Migrations
