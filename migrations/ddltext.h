#pragma once

#include "dialect.h"
#include "projecttypes.h"
#include "sqlliteral.h"
#include "tabledefinition.h"

#include <QString>
#include <QStringList>

namespace Migrations {

// The pieces of DDL every statement shares, as SQLAlchemy's compilers write them.

inline bool isMySQL(Dialect dialect)
{
    return dialect == Dialect::MySQL || dialect == Dialect::MariaDB;
}

// IdentifierPreparer.format_table and friends: `schema.name`, each part quoted as needed,
// the schema whole.
QString qualified(const QString &name, const QString &schema, Dialect dialect);

// alembic.ddl.base.format_table_name, which Alembic's own ALTER constructs use: a schema
// given as a plain str is split at its dots and each part quoted (quote_dotted), so
// schema="a.b" is `a.b.t` here but `"a.b".t` in format_table.
QString alembicTableName(const QString &name, const QString &schema, Dialect dialect);
// Names joined by ", ", each quoted as needed.
QString quotedList(const QStringList &names, Dialect dialect);

// stringLiteral() is in sqlliteral.h.

// What follows DEFAULT for a server default, or an error when SQLAlchemy would render
// something this engine does not model (a registered function with its own rendering).
struct DefaultSql
{
    QString sql;
    QString error;
};
DefaultSql serverDefaultSql(const ServerDefault &serverDefault, Dialect dialect);

// The column's role in its table, which changes its DDL on some dialects.
struct ColumnRole
{
    bool autoincrement = false; // the table's autoincrement column: SERIAL, AUTO_INCREMENT
    bool sqliteInlinePrimaryKey = false; // sqlite_autoincrement: PRIMARY KEY AUTOINCREMENT inline
    bool inlineComment = false; // MySQL's COMMENT '…' (CREATE TABLE and ADD COLUMN)
};

// DDLCompiler.get_column_specification as each dialect has it, followed by the column's
// own CHECK constraints as visit_create_column adds them; or the compiler's error.
struct ColumnSpecification
{
    QString sql;
    QString error;
    bool unsupported = false; // the error is this engine's, not SQLAlchemy's
};
ColumnSpecification columnSpecification(const ColumnDefinition &column, Dialect dialect, const ColumnRole &role = {},
                                        const ProjectTypes &projectTypes = ProjectTypes());

// `CONSTRAINT name CHECK (…)`, `FOREIGN KEY(…) REFERENCES …`, … as DDLCompiler writes a
// constraint inside CREATE TABLE or after ALTER TABLE … ADD; or an error for an ON DELETE /
// ON UPDATE phrase SQLAlchemy refuses.
struct ConstraintSql
{
    QString sql;
    QString error;
};
ConstraintSql constraintSql(const ConstraintDefinition &constraint, Dialect dialect);

// CREATE [UNIQUE] INDEX name ON table (columns), the index named and not truncated.
QString createIndexSql(const IndexDefinition &index, const QString &table, const QString &schema, Dialect dialect);

} // namespace Migrations
