#pragma once

#include <QString>

namespace Migrations {

struct ProjectConfig;

// Where a naming convention may name the constraints a migration leaves unnamed.
//
// Alembic builds the tables of op.create_table and the constraints of op.create_*_constraint
// in a MetaData with the naming convention of env.py's target_metadata, so an unnamed
// PrimaryKeyConstraint can come out as "CONSTRAINT pk_users …". The convention lives in the
// project's Python, which is not run here. What is read instead: when env.py sets
// target_metadata to anything but None, the project's Python files (env.py and the folders
// on its sys.path) are searched for `naming_convention`. The first place found, as
// "file:line", or empty when no convention can apply (target_metadata is None, or no file
// names one).
QString namingConventionSource(const ProjectConfig &config);

} // namespace Migrations
