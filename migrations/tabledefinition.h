#pragma once

#include "sqltype.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Migrations {

// A constraint as SQLAlchemy's schema constructs write it: `sa.PrimaryKeyConstraint`,
// `sa.UniqueConstraint`, `sa.CheckConstraint`, `sa.ForeignKeyConstraint`, or what a column's
// `sa.ForeignKey(…)` / `unique=True` / type makes of itself once it belongs to a table.
struct ConstraintDefinition
{
    enum class Kind { PrimaryKey, Unique, Check, ForeignKey };
    Kind kind = Kind::Unique;
    QString name;        // empty: unnamed
    QStringList columns; // the table's own columns (not Check)
    QString condition;   // Check: the SQL, as written
    // ForeignKey: the table referred to, its columns, and the referential actions (empty:
    // none given).
    QString referentSchema, referentTable;
    QStringList referentColumns;
    QString onDelete, onUpdate;
    int line = 0;
    bool finalName = false; // the name is op.f("…"): a naming convention leaves it as it is

    bool operator==(const ConstraintDefinition &) const = default;
};

// What create_index and drop_index take beyond the index itself, each honoured by its own
// dialect only (postgresql_where is nothing on SQLite).
struct IndexOptions
{
    QString postgresqlWhere, sqliteWhere; // sa.text("…"): a partial index
    QString postgresqlUsing;              // "gin", "gist", …
    QStringList postgresqlInclude;        // INCLUDE (…)
    bool postgresqlConcurrently = false;
    bool ifNotExists = false; // create_index
    bool ifExists = false;    // drop_index
    std::optional<int> mysqlLength; // every column's prefix length

    bool operator==(const IndexOptions &) const = default;
};

struct IndexDefinition
{
    QString name; // empty: the naming convention names it
    QStringList columns;
    bool unique = false;
    int line = 0;
    bool finalName = false; // op.f("…")
    IndexOptions options = {};

    bool operator==(const IndexDefinition &) const = default;
};

// A server default: what SQLAlchemy renders after DEFAULT.
struct ServerDefault
{
    enum class Kind {
        Literal,  // server_default="…": a quoted string literal
        Sql,      // sa.text("…") or sa.literal_column("…"): the SQL as written
        Function, // sa.func.name(): rendered by the dialect (func.now() is CURRENT_TIMESTAMP on SQLite)
        True,     // sa.true(): true, or 1 where booleans are not native
        False,
    };
    Kind kind = Kind::Literal;
    QString text; // Literal: the value; Sql: the SQL; Function: the name

    bool operator==(const ServerDefault &) const = default;
};

// A column as `sa.Column(name, type, *foreign keys and checks, …)` describes it. The fields
// are what the script wrote; what a table makes of them (a primary key's NOT NULL, which
// column autoincrements) is decided by the table (createtable.h).
struct ColumnDefinition
{
    QString name;
    SqlType type;
    int typeLine = 0;            // where the type is written, for its errors
    int line = 0;                // where the column is written
    bool nullable = true;        // as Column decides it: not primary_key, unless nullable= is given
    bool nullableWritten = false; // nullable= was given: a primary key does not override it
    std::optional<ServerDefault> serverDefault;
    bool primaryKey = false;
    enum class Autoincrement { Auto, True, False, IgnoreForeignKey };
    Autoincrement autoincrement = Autoincrement::Auto;
    bool clientDefault = false; // default=…: no DDL, but no autoincrement either
    bool unique = false;
    bool index = false;
    std::optional<QString> comment;
    QList<ConstraintDefinition> foreignKeys; // sa.ForeignKey(…) arguments, one column each
    QList<ConstraintDefinition> checks;      // sa.CheckConstraint(…) arguments, rendered inline

    bool operator==(const ColumnDefinition &) const = default;
};

// A table as `op.create_table(name, *columns and constraints, schema=, comment=, …)`
// describes it, before SQLAlchemy's Table decides primary key, autoincrement and the order
// of its constraints.
struct TableDefinition
{
    QString name;
    QString schema;
    QList<ColumnDefinition> columns;
    QList<ConstraintDefinition> constraints; // the constraint arguments, in the order written
    QList<IndexDefinition> indexes;          // the sa.Index arguments, in the order written
    std::optional<QString> comment;
    // `mysql_engine="InnoDB"`, `mariadb_charset=…`: the keyword as written and its value.
    QList<std::pair<QString, QString>> dialectOptions;
    bool sqliteAutoincrement = false; // sqlite_autoincrement=True

    bool operator==(const TableDefinition &) const = default;
};

} // namespace Migrations
