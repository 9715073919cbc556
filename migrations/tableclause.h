#pragma once

#include "sqltype.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Migrations {

// A column of a lightweight `sa.table("t", sa.column("c", Type), …)`, the table clause
// op.bulk_insert writes into: its name, and its type (none: `sa.column("c")` without one,
// SQLAlchemy's NullType, which renders no value but NULL).
struct TableClauseColumn
{
    QString name;
    std::optional<SqlType> type;
};

// A value of op.bulk_insert's rows, as the Python literal the script writes. Each type's
// literal processor decides how (and whether) it renders on a dialect: sqlliteral.h.
struct RowValue
{
    enum class Kind : quint8 { None, Boolean, Integer, Float, String };
    Kind kind = Kind::None;
    bool boolean = false;
    qlonglong integer = 0;
    double real = 0;
    QString text;
};

// One item of op.bulk_insert's rows: a dict's keys and values, in the dict's order, each
// key once with its last value as Python keeps it; or the error Alembic raises on this
// item instead (the rows are no list, or the item no dict).
struct InsertRow
{
    QList<std::pair<QString, RowValue>> values;
    QString error;
};

} // namespace Migrations
