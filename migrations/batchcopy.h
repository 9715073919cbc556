#pragma once

#include "ddlcompiler.h"
#include "projecttypes.h"
#include "tabledefinition.h"

#include <variant>

namespace Migrations {

// Batch mode's "move and copy" (Alembic's ApplyBatchImpl), which SQLite needs for what its
// ALTER TABLE cannot do: CREATE TABLE _alembic_tmp_<table> as the block leaves the table,
// INSERT … SELECT of the columns it keeps (CAST where a type changes family), DROP TABLE,
// ALTER TABLE … RENAME, then CREATE INDEX for the indexes kept and made.
//
// Alembic reflects the live table for this, or takes copy_from=; here the table is the
// schema model's at that point, seen as reflection would see it: foreign keys and named
// checks as table constraints, unnamed CHECKs left out (Alembic skips those it reflects),
// no sqlite_autoincrement, no index=/unique= flags. So `--sql` works with no database, and
// the copy is the one Alembic makes online. Where Alembic orders the constraints by a set,
// the named ones come first in the model's order, then the unnamed ones.
CompiledOperation compileBatchCopy(const Operation &batch, const TableDefinition &table, Dialect dialect,
                                   const ProjectTypes &projectTypes);

// The table as the copy leaves it (what the schema model holds after such a block), or
// why there is none.
std::variant<TableDefinition, QString> tableAfterBatchCopy(const Operation &batch, const TableDefinition &table,
                                                          Dialect dialect);

} // namespace Migrations
