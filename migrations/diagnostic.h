#pragma once

#include <QString>

namespace Migrations {

// Something Alembic Studio could not read or make sense of, said the way a user can act on
// it: which file, which line (1-based; 0 when it concerns the whole file), and why.
struct Diagnostic
{
    QString file;
    int line = 0;
    QString message;

    bool operator==(const Diagnostic &) const = default;
};

} // namespace Migrations
