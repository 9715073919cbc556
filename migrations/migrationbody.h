#pragma once

#include <QString>
#include <QStringView>

namespace Migrations {

// What the body of a revision's `upgrade()` or `downgrade()` does, read statically: whether
// it is empty — only `pass`, string literals (a docstring) and comments, as Alembic's
// template writes it — and otherwise its first statement, to name it.
struct MigrationBody
{
    bool found = false;    // the module defines the function at its top level
    bool empty = true;
    int firstLine = 0;     // 1-based line of the first statement that does something
    QString firstStatement; // that line, stripped
};

MigrationBody readMigrationBody(QStringView source, QStringView functionName);

} // namespace Migrations
