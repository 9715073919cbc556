// The fixtures' servers are reachable the way the native engine will reach them: through
// QtSql's drivers, over TCP, with the password; and the user may make scratch databases.

#include "testserver.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::TestServer;

class TestTestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectsThroughQtSql_data();
    void connectsThroughQtSql();
};

void TestTestServer::connectsThroughQtSql_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("urlScheme");

    QTest::addRow("postgresql") << u"postgresql"_s << u"QPSQL"_s << u"postgresql+psycopg2://"_s;
    QTest::addRow("mariadb") << u"mariadb"_s << u"QMYSQL"_s << u"mysql+pymysql://"_s;
}

void TestTestServer::connectsThroughQtSql()
{
    QFETCH(QString, backend);
    QFETCH(QString, driver);
    QFETCH(QString, urlScheme);

    QString error;
    const std::optional<TestServer> server = TestServer::fromEnvironment(backend, &error);
    QVERIFY2(server, qPrintable(error));
    QVERIFY2(server->url.startsWith(urlScheme), qPrintable(server->url));
    QVERIFY2(QSqlDatabase::isDriverAvailable(driver), qPrintable(driver + u" is not installed"_s));

    const QString connectionName = u"tst_testserver_"_s + backend;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setUserName(server->user);
        db.setPassword(server->password);
        db.setDatabaseName(server->database);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));

        QSqlQuery query(db);
        QVERIFY2(query.exec(u"SELECT 1"_s) && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toInt(), 1);

        // Tests that need a database of their own make one; this one must be allowed to.
        const QString scratch = u"tst_testserver_%1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY2(query.exec(u"CREATE DATABASE "_s + scratch), qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(u"DROP DATABASE "_s + scratch), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QTEST_GUILESS_MAIN(TestTestServer)
#include "tst_testserver.moc"
