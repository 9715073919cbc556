#pragma once

#include "ddlcompiler.h"

namespace Migrations {

// op.bulk_insert in --sql mode (DefaultImpl.bulk_insert with as_sql): one INSERT per row,
// its values rendered inline as literals of the columns' types, until a row Alembic fails on.
CompiledOperation compileBulkInsert(const Operation &operation, Dialect dialect);

} // namespace Migrations
