#pragma once

#include "dialect.h"

#include <QString>

namespace Migrations {

// The pieces of DDL that several operations' compilers share (ddlcompiler.cpp,
// altercolumn.cpp), each as the SQLAlchemy or Alembic function named beside it writes it.

bool isMySQL(Dialect dialect); // MySQL and MariaDB, which Alembic's MySQLImpl serves alike

// IdentifierPreparer.format_table: `schema.name`, each quoted as needed, the schema whole.
QString qualified(const QString &name, const QString &schema, Dialect dialect);

// alembic.ddl.base.format_table_name, which Alembic's own ALTER constructs use: a schema
// given as a plain str is split at its dots and each part quoted (quote_dotted), so
// schema="a.b" is `a.b.t` here but `"a.b".t` in format_table.
QString alembicTableName(const QString &name, const QString &schema, Dialect dialect);

// render_literal_value(value, String()): quotes doubled, and backslashes too where the
// dialect reads them as escapes (MySQL; PostgreSQL, whose offline dialect assumes
// standard_conforming_strings off).
QString stringLiteral(const QString &value, Dialect dialect);

} // namespace Migrations
