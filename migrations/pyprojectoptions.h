#pragma once

#include <migrations/diagnostic.h>

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Migrations {

// One option of pyproject.toml's [tool.alembic] table, already typed as Alembic 1.16
// expects it and with "%(here)s" substituted, plus the line it was written on.
struct PyprojectOption
{
    std::variant<QString, QStringList, bool, qint64> value;
    int line = 0;
};

// The [tool.alembic] table of a pyproject.toml, as Alembic 1.16+ reads it: string values and
// each string of a list formatted with Python's "%" against {"here": <pyproject's folder>}
// (so "%(here)s" is the folder and "%%" a percent sign). hasAlembicTable is false when the
// file has no such table, which is not an error: most pyproject.toml files are not Alembic's.
struct PyprojectOptions
{
    QString path;
    bool hasAlembicTable = false;
    QHash<QString, PyprojectOption> options;
};

// Reads the file with toml++. Returns nothing and sets *error (file, line, reason) when the
// file cannot be read, is not valid TOML, or a known option has the wrong type or a bad
// "%" substitution. Options Alembic Studio does not use are ignored.
std::optional<PyprojectOptions> readPyprojectOptions(const QString &path, Diagnostic *error);

} // namespace Migrations
