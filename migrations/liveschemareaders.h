#pragma once

#include "liveschema.h"

#include <QList>
#include <QVariantList>

class QSqlDatabase;

namespace Migrations::LiveSchemaReaders {

// One reader per catalogue. Each fills tables (in any order) or error.
LiveSchema readSQLite(const QSqlDatabase &database, const QStringList &schemas);
LiveSchema readPostgreSQL(const QSqlDatabase &database, const QStringList &schemas);
LiveSchema readMySQL(const QSqlDatabase &database, const QStringList &schemas);

// A read-only query's rows, every column as QtSql gives it; *error set when it fails.
using QueryRows = QList<QVariantList>;
QueryRows selectRows(const QSqlDatabase &database, const QString &sql, const QVariantList &values, QString *error);

ConstraintDefinition *findConstraint(TableDefinition &table, ConstraintDefinition::Kind kind, const QString &name);
void sortTable(TableDefinition &table);

} // namespace Migrations::LiveSchemaReaders
