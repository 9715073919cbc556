// A SQLite database copied aside before a reset, and put back to undo it.

#include <migrations/databasecopy.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

Migrations::ConnectionSettings sqlite(const QString &file)
{
    Migrations::ConnectionSettings settings;
    settings.dialect = Migrations::Dialect::SQLite;
    settings.driverName = u"QSQLITE"_s;
    settings.databaseName = file;
    return settings;
}

} // namespace

class TestDatabaseCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copiesAndRestores();
    void missingDatabaseIsRemovedAgain();
    void copiesMadeInOneSecondDoNotCollide();
    void onlySqliteFiles_data();
    void onlySqliteFiles();
};

void TestDatabaseCopy::copiesAndRestores()
{
    const QTemporaryDir folder;
    const QString database = folder.filePath(u"dev.db"_s);
    QVERIFY(write(database, "before"));
    QString error;
    const QDateTime now(QDate(2026, 11, 25), QTime(8, 15, 0));
    const auto copy = Migrations::copyDatabaseAside(sqlite(database), now, &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(copy->copyFile, database + u".before-reset-20261125-081500"_s);
    QCOMPARE(contents(copy->copyFile), QByteArray("before"));
    QVERIFY(write(database, "after the reset"));
    QVERIFY(write(database + u"-journal"_s, "journal"));
    QVERIFY2(Migrations::restoreDatabaseCopy(*copy, &error), qPrintable(error));
    QCOMPARE(contents(database), QByteArray("before"));
    QVERIFY(!QFile::exists(copy->copyFile));
    QVERIFY(!QFile::exists(database + u"-journal"_s));
    QVERIFY(!QFile::exists(database + u".replaced"_s));
}

void TestDatabaseCopy::missingDatabaseIsRemovedAgain()
{
    const QTemporaryDir folder;
    const QString database = folder.filePath(u"new.db"_s);
    QString error;
    const auto copy = Migrations::copyDatabaseAside(sqlite(database), QDateTime::currentDateTime(), &error);
    QVERIFY(copy);
    QVERIFY(copy->copyFile.isEmpty());
    QVERIFY(write(database, "made by the reset"));
    QVERIFY(Migrations::restoreDatabaseCopy(*copy, &error));
    QVERIFY(!QFile::exists(database));
}

void TestDatabaseCopy::copiesMadeInOneSecondDoNotCollide()
{
    const QTemporaryDir folder;
    const QString database = folder.filePath(u"dev.db"_s);
    QVERIFY(write(database, "one"));
    QString error;
    const QDateTime now(QDate(2026, 11, 25), QTime(8, 15, 0));
    const auto first = Migrations::copyDatabaseAside(sqlite(database), now, &error);
    QVERIFY(write(database, "two"));
    const auto second = Migrations::copyDatabaseAside(sqlite(database), now, &error);
    QVERIFY(first && second);
    QVERIFY(first->copyFile != second->copyFile);
    QCOMPARE(contents(first->copyFile), QByteArray("one"));
    QCOMPARE(contents(second->copyFile), QByteArray("two"));
}

void TestDatabaseCopy::onlySqliteFiles_data()
{
    QTest::addColumn<Migrations::ConnectionSettings>("settings");
    QTest::addColumn<bool>("copies");
    QTest::addRow("a file") << sqlite(u"/tmp/x.db"_s) << true;
    QTest::addRow("in memory") << sqlite(u":memory:"_s) << false;
    QTest::addRow("a URI") << sqlite(u"file:x.db?mode=ro"_s) << false;
    Migrations::ConnectionSettings server;
    server.dialect = Migrations::Dialect::PostgreSQL;
    server.databaseName = u"dev"_s;
    QTest::addRow("PostgreSQL") << server << false;
}

void TestDatabaseCopy::onlySqliteFiles()
{
    QFETCH(Migrations::ConnectionSettings, settings);
    QFETCH(bool, copies);
    QCOMPARE(Migrations::canCopyDatabase(settings), copies);
    QString error;
    if (!copies) {
        QVERIFY(!Migrations::copyDatabaseAside(settings, QDateTime::currentDateTime(), &error));
        QVERIFY(!error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
