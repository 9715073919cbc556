#pragma once

#include "connection.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Migrations {

// A SQLite database file copied aside before something rewrites it (a reset), so that
// what was there can be put back. Other databases are not files Alembic Studio can copy:
// their reset cannot be undone this way, and the caller says so before it runs.
struct DatabaseCopy
{
    QString databaseFile; // the database, absolute
    QString copyFile;     // the copy beside it
    QDateTime made;
};

// Whether the connection's database is a file that can be copied aside (SQLite, not in
// memory). A database file that does not exist yet has nothing to keep: no copy is needed.
bool canCopyDatabase(const ConnectionSettings &settings);

// Copies the database file beside itself ("scribes.db" → "scribes.db.before-reset-
// 20261125-081500"). Null with one sentence in *error when it cannot; a missing database
// file gives a copy with an empty copyFile (restoring it removes the file again).
std::optional<DatabaseCopy> copyDatabaseAside(const ConnectionSettings &settings, const QDateTime &now,
                                              QString *error);

// Puts the copy back in place of the database file (and removes the copy). The caller
// makes sure no connection is open on the file.
bool restoreDatabaseCopy(const DatabaseCopy &copy, QString *error);

} // namespace Migrations
