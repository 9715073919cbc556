#pragma once

#include "dialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Migrations {

// The live `alembic_version` table, read as Alembic's MigrationContext reads it.

// Whether the table exists where Alembic looks for it (sqla_compat._connectable_has_table:
// the default schema, or the search path on PostgreSQL). Null with *error when the
// database could not be asked.
std::optional<bool> hasVersionTable(const QSqlDatabase &database, Dialect dialect, QString *error);

// MigrationContext.get_current_heads(): every row, in the order the database returns them;
// none when the table is missing (the database is at base).
std::optional<QStringList> readCurrentHeads(const QSqlDatabase &database, Dialect dialect, QString *error);

} // namespace Migrations
