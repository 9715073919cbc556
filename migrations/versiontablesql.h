#pragma once

#include "dialect.h"
#include "migrationplan.h"

#include <QString>

namespace Migrations {

// The statements Alembic emits for its `alembic_version` table (the default name, with
// its `alembic_version_pkc` primary key), compiled as SQLAlchemy 2.0 compiles them for each
// dialect with literal binds, with the ";" Alembic appends. No line break at the end.
QString createVersionTableSql(Dialect dialect);
QString dropVersionTableSql(Dialect dialect);
QString versionChangeSql(Dialect dialect, const VersionChange &change);

// The whole `--sql` output of a plan: what Alembic's MigrationContext.run_migrations writes
// inside env.py's `begin_transaction()` (BEGIN/COMMIT are the caller's: they come first,
// before anything can fail). Each statement and comment is followed by a blank line.
QString offlineSql(Dialect dialect, const MigrationPlan &plan);

} // namespace Migrations
