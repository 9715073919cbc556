#pragma once

#include "dialect.h"

#include <QString>

namespace Migrations {

// One spelling for what a database reports and what SQLAlchemy renders, where the two mean
// the same thing on that dialect; what they do not agree on stays different. Used by the
// drift comparison (schemadrift.h), on both sides alike.

// A column type: "character varying(50)" and "VARCHAR(50)" are "VARCHAR(50)" on PostgreSQL,
// "int(11)" and "INTEGER" are "INT" on MySQL.
QString normalisedType(const QString &type, Dialect dialect);

// A server default's expression: casts, brackets, case and the synonyms of the current
// time taken away ("'x'::character varying" is "'x'", "(CURRENT_TIMESTAMP)" and "now()"
// are "current_timestamp").
QString normalisedDefault(const QString &expression, Dialect dialect);

// A CHECK condition or index predicate, for equality only: brackets, quotes of names,
// casts, case and spaces taken away. Databases rewrite these (PostgreSQL's "x IN (0, 1)"
// is "x = ANY (ARRAY[0, 1])"), so unequal does not mean different.
QString normalisedCondition(const QString &condition, Dialect dialect);

} // namespace Migrations
