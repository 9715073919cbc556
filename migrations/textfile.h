#pragma once

#include <QString>

#include <optional>

namespace Migrations {

// A UTF-8 text file as Python reads a source file: the text, and whether it began with a
// byte-order mark, so that saving writes back exactly what was there.
struct TextFile
{
    QString text;
    bool hasByteOrderMark = false;

    bool operator==(const TextFile &) const = default;
};

// Reads a UTF-8 file. On failure returns nothing and sets *errorString to a sentence that
// names the file and the reason (missing, unreadable, not UTF-8 and at which byte).
std::optional<TextFile> readTextFile(const QString &path, QString *errorString);

// Writes through QSaveFile: the old contents stay intact until the new ones are complete.
bool writeTextFile(const QString &path, const TextFile &file, QString *errorString);

} // namespace Migrations
