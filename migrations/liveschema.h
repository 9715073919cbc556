#pragma once

#include "dialect.h"
#include "tabledefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace Migrations {

// The schema of a live database, read from its catalogue, in the shape the schema model
// uses, so that the two can be compared (schemadrift.h). Alembic's own `alembic_version`
// table is bookkeeping, not schema, and is left out. Only reads: no statement here writes.
//
// What the catalogue gives is kept as the database says it, not as a script would write it:
// - a column's type is the database's spelling in `type.name` ("character varying(50)",
//   "int(11)", "VARCHAR(50)" as SQLite keeps the declaration), with `type.module` Project,
//   since it names no SQLAlchemy class; `type.collation` and `type.charset` are the
//   column's where the catalogue has them (PostgreSQL: a collation other than the type's);
//   `type.values` a PostgreSQL enum's labels, in their order;
// - a server default is `ServerDefault::Kind::Sql` with the database's expression
//   ("'x'::character varying", "current_timestamp()", "(CURRENT_TIMESTAMP)");
// - nullable is what the database enforces; `autoincrement` is True for a column the
//   database numbers itself (PostgreSQL's nextval() default or identity, MySQL's
//   AUTO_INCREMENT), else False;
// - constraints are all in `constraints` (primary key first), with the names the database
//   has for them, generated ones included; indexes are those created on their own, not the
//   ones the database makes to back a primary key or UNIQUE constraint. On MySQL and
//   MariaDB a unique index *is* a UNIQUE constraint, and is listed as one.
struct LiveSchema
{
    Dialect dialect = Dialect::SQLite; // MariaDB when QMYSQL reached a MariaDB server
    QList<TableDefinition> tables;     // ordered by schema, then name
    QString error;                     // why the catalogue could not be read (and tables is empty)
};

// Reads the tables of `schemas` ("" is the connection's default: PostgreSQL's
// current_schema(), MySQL's current database, SQLite's main) from an open connection of
// the QSQLITE, QPSQL or QMYSQL driver.
LiveSchema readLiveSchema(const QSqlDatabase &database, const QStringList &schemas = {QString()});

} // namespace Migrations
