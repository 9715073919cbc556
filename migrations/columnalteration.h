#pragma once

#include "sqltype.h"

#include <QString>

#include <optional>

namespace Migrations {

// An argument of op.alter_column or op.create_table_comment that may be left out (Alembic's
// default False, "no change"), be None, a str, or sa.text("…").
struct AlterValue
{
    enum Kind : quint8 {
        Absent, // not given, or False
        None,
        String, // a str: a comment, or a server default rendered as a quoted literal
        Sql,    // sa.text("…"): a server default written as it is
    };
    Kind kind = Absent;
    QString text;
};

// What op.alter_column changes and what the script says the column is now: Alembic's
// AlterColumnOp, modify_* and existing_*. Each is left out unless the script writes it;
// an explicit None reads as left out where Alembic treats the two alike.
struct ColumnAlteration
{
    std::optional<bool> nullable, existingNullable;
    AlterValue serverDefault, existingServerDefault;
    AlterValue comment;         // String or None
    AlterValue existingComment; // String or None
    std::optional<SqlType> type, existingType;
    // A type given as a bare class (`sa.DateTime`, not `sa.DateTime()`). SQLAlchemy makes an
    // instance of it, but MySQL's impl asks the class itself whether it is a DateTime first,
    // which a class never answers yes to (see altercolumn.cpp).
    bool typeIsClass = false, existingTypeIsClass = false;
    std::optional<QString> newName;
    std::optional<QString> postgresqlUsing;                   // **kw postgresql_using=
    std::optional<bool> autoincrement, existingAutoincrement; // **kw, MySQL's
};

} // namespace Migrations
