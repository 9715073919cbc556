#pragma once

#include "dialect.h"
#include "sqltype.h"
#include "tableclause.h"

#include <QString>

#include <optional>

namespace Migrations {

// render_literal_value(value, String()): quotes doubled, and backslashes too where the
// dialect reads them as escapes (MySQL; PostgreSQL, whose offline dialect assumes
// standard_conforming_strings off).
QString stringLiteral(const QString &value, Dialect dialect);

// repr() of a Python float, which str() also is: the shortest digits that read back as the
// same double, fixed notation for decimal exponents from -4 to 15 (always with a `.0` at
// least), scientific with a two-digit exponent at least otherwise ("1e+16", "1.5e-05").
QString pythonFloatRepr(double value);

// A row value as SQLAlchemy's compiler renders a bound literal of the column's type
// (render_literal_bindparam: NULL for None, else the type's literal processor), or the
// error it raises; `unsupported` when this engine does not render it yet.
struct LiteralSql
{
    QString sql;
    QString error;
    bool unsupported = false;
};

// `type` is the column's; none is SQLAlchemy's NullType, which has no literal processor.
LiteralSql literalSql(const RowValue &value, const std::optional<SqlType> &type, Dialect dialect);

} // namespace Migrations
