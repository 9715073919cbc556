#pragma once

#include "ddlcompiler.h"

namespace Migrations {

// op.alter_column on a dialect: the statements Alembic's impl for it emits (DefaultImpl for
// SQLite, PostgresqlImpl, MySQLImpl for MySQL and MariaDB), or the error it raises after
// them. Called by compileOperation().
CompiledOperation compileAlterColumn(const Operation &operation, Dialect dialect);

} // namespace Migrations
