#pragma once

#include "operationsignature.h"
#include "tabledefinition.h"
#include "typeexpression.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Migrations {

// Readers for the SQLAlchemy schema constructs that operations take as arguments, each
// giving the value or why the native engine does not read it yet.

// A name as operations take it: a string, or op.f("…") — a name that naming conventions
// leave as it is, which renders the same.
std::optional<QString> nameOf(const Python::Expression *value);
// Whether the name is op.f("…") (a `conv`): a naming convention leaves it as it is.
bool isFinalName(const Python::Expression *value);
// A list or tuple of strings.
std::optional<QStringList> namesOf(const Python::Expression *value);

// SQL given as a string or sa.text("…") (execute, a CHECK condition): the text as SQLAlchemy
// renders it offline, or why not. In sa.text, `:name` is a bind parameter, which offline
// SQL has no value for (SQLAlchemy's BIND_PARAMS), and `\:` a colon (BIND_PARAMS_ESC).
struct SqlText
{
    QString sql;
    QString whyNot; // set when there is no SQL
};
SqlText sqlTextOf(const Python::Expression *value);

// `sa.Column("name", type, *foreign keys and checks, nullable=…, server_default=…, …)`.
std::variant<ColumnDefinition, QString> readColumn(const Python::Expression *value, const TypeExpressionScope &scope);

// `op.create_table(name, *columns, constraints and indexes, schema=, comment=, …)` bound to
// its signature.
std::variant<TableDefinition, QString> readTable(const BoundOperation &call, const TypeExpressionScope &scope);

} // namespace Migrations
