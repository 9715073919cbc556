#pragma once

#include "dialect.h"
#include "projecttypes.h"
#include "sqltype.h"

#include <QString>

namespace Migrations {

// A column type's DDL on one dialect, or why there is none.
struct RenderedType
{
    QString ddl;   // "VARCHAR(50)", "INTEGER[][]", "TIMESTAMP WITH TIME ZONE"
    QString error; // empty when ddl is the answer
    // The error is the project's type mapping's gap (no SQL for a project type on this
    // dialect), not SQLAlchemy's: only Python could render the type.
    bool missingProjectType = false;
    bool ok() const { return error.isEmpty(); }
    bool operator==(const RenderedType &) const = default;
};

// The type's DDL exactly as SQLAlchemy 2.0's type compiler for the dialect renders it
// (GenericTypeCompiler, PGTypeCompiler, MySQLTypeCompiler — MariaDB's too — and
// SQLiteTypeCompiler), which is what Alembic writes for a column's type in `--sql` mode.
// Where SQLAlchemy raises, the error keeps its substance ("VARCHAR requires a length on
// dialect mysql", "PostgreSQL Enum type requires a name.", "can't render element of type
// JSONB"). Types the project defines itself are looked up in projectTypes.
RenderedType renderType(const SqlType &type, Dialect dialect,
                        const ProjectTypes &projectTypes = ProjectTypes());

} // namespace Migrations
