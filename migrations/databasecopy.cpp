#include "databasecopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// The messages of this file share one translation context, as a class's tr() would.
struct DatabaseCopyMessages
{
    Q_DECLARE_TR_FUNCTIONS(Migrations::DatabaseCopy)
};

} // namespace

bool canCopyDatabase(const ConnectionSettings &settings)
{
    const QString &file = settings.databaseName;
    // SQLite's private in-memory databases and URI forms name no file to copy.
    return settings.dialect == Dialect::SQLite && !file.isEmpty() && file != ":memory:"_L1
           && !file.startsWith("file:"_L1);
}

std::optional<DatabaseCopy> copyDatabaseAside(const ConnectionSettings &settings, const QDateTime &now,
                                              QString *error)
{
    if (!canCopyDatabase(settings)) {
        *error = DatabaseCopyMessages::tr("Only a SQLite database file can be copied aside.");
        return std::nullopt;
    }
    DatabaseCopy copy;
    copy.databaseFile = QFileInfo(settings.databaseName).absoluteFilePath();
    copy.made = now;
    if (!QFileInfo::exists(copy.databaseFile))
        return copy;
    // The second in the name keeps copies apart; a second reset within it gets a number.
    const QString stem = copy.databaseFile + u".before-reset-"_s + now.toString(u"yyyyMMdd-HHmmss"_s);
    copy.copyFile = stem;
    for (int n = 2; QFileInfo::exists(copy.copyFile); ++n)
        copy.copyFile = stem + u'-' + QString::number(n);
    QFile database(copy.databaseFile);
    if (!database.copy(copy.copyFile)) {
        *error = DatabaseCopyMessages::tr("Cannot copy %1 to %2: %3.")
                     .arg(copy.databaseFile, copy.copyFile, database.errorString());
        return std::nullopt;
    }
    return copy;
}

bool restoreDatabaseCopy(const DatabaseCopy &copy, QString *error)
{
    // Journal files of the reset's connections belong to the database being replaced.
    for (const auto suffix : {"-journal"_L1, "-wal"_L1, "-shm"_L1})
        QFile::remove(copy.databaseFile + suffix);
    // The reset's database is moved out of the way first, and only removed once the copy is
    // in place: a failure in between leaves one of the two where the database was.
    const QString replaced = copy.databaseFile + u".replaced"_s;
    QFile::remove(replaced);
    if (QFileInfo::exists(copy.databaseFile) && !QFile::rename(copy.databaseFile, replaced)) {
        *error = DatabaseCopyMessages::tr("Cannot move %1 aside to put the copy back.").arg(copy.databaseFile);
        return false;
    }
    if (!copy.copyFile.isEmpty() && !QFile::rename(copy.copyFile, copy.databaseFile)) {
        *error = DatabaseCopyMessages::tr("Cannot move %1 back to %2.").arg(copy.copyFile, copy.databaseFile);
        QFile::rename(replaced, copy.databaseFile);
        return false;
    }
    QFile::remove(replaced);
    return true;
}

} // namespace Migrations
