#pragma once

#include "dialect.h"

#include <QString>

namespace Migrations {

// The pieces of DDL that several operations' compilers share (ddlcompiler.cpp,
// altercolumn.cpp), each as the SQLAlchemy or Alembic function named beside it writes it.

bool isMySQL(Dialect dialect); // MySQL and MariaDB, which Alembic's MySQLImpl serves alike

// IdentifierPreparer.format_table: `schema.name`, each quoted as needed, the schema whole.
QString qualified(const QString &name, const QString &schema, Dialect dialect);

// render_literal_value(value, String()): quotes doubled, and backslashes too where the
// dialect reads them as escapes (MySQL; PostgreSQL, whose offline dialect assumes
// standard_conforming_strings off).
QString stringLiteral(const QString &value, Dialect dialect);

} // namespace Migrations
