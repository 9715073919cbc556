// SQLAlchemy URLs read as SQLAlchemy reads them (the reference is sqlalchemy.engine.url
// itself, run in python3), and connections that fail said in one sentence: a refused
// port, a wrong password, a missing database (on the servers the fixtures start), a
// SQLite file in a folder that does not exist. The password never shows.

#include "../db/testserver.h"

#include <migrations/connection.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Migrations;
using TestSupport::TestServer;

namespace {

const QStringList &referenceUrls()
{
    static const QStringList urls = {
        u"sqlite:///relative.db"_s,
        u"sqlite:////abs/path/file.db"_s,
        u"sqlite://"_s,
        u"sqlite:///:memory:"_s,
        u"sqlite:///file.db?timeout=2.5"_s,
        u"postgresql://scott:tiger@localhost/test"_s,
        u"postgresql+psycopg2://scott:tiger@db.example.com:5433/app"_s,
        u"postgresql+psycopg://u@h/db"_s,
        u"postgresql://us%40er:p%40ss%3Aw%2Frd@h:5432/db"_s,
        u"postgresql://u:p@/db?host=/var/run/postgresql"_s,
        u"postgresql://u:p@h/db?sslmode=require&connect_timeout=10"_s,
        u"postgresql://u:p@h/d%20b?application_name=a+b"_s,
        u"mysql+pymysql://root:secret@127.0.0.1:3306/app?charset=utf8mb4"_s,
        u"mysql+mysqldb://u:p@[::1]:3306/db"_s,
        u"mariadb+pymysql://u:p@h/db?unix_socket=/run/mysqld/mysqld.sock"_s,
        u"mariadb+mariadbconnector://u:p%21@h:3307/db"_s,
    };
    return urls;
}

// make_url(url) for each URL: its parts, and render_as_string(hide_password=True).
QJsonArray sqlalchemyReading(QString *error)
{
    QProcess python;
    python.start(u"python3"_s, {u"-c"_s, uR"py(
import json, sys
from sqlalchemy.engine import make_url
out = []
for line in sys.stdin.read().splitlines():
    u = make_url(line)
    out.append({"username": u.username, "password": u.password, "host": u.host, "port": u.port,
                "database": u.database, "query": dict(u.query), "display": u.render_as_string(hide_password=True)})
print(json.dumps(out))
)py"_s});
    python.write(referenceUrls().join(u'\n').toUtf8());
    python.closeWriteChannel();
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

// A port of 127.0.0.1 nothing listens on: one the system hands out, closed again.
int closedPort()
{
    const int socket = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(socket, reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::getsockname(socket, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(socket);
    return ntohs(address.sin_port);
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsUrlsAsSqlalchemy();
    void resolvesSqliteFiles();
    void passesQueryOptionsToTheDriver_data();
    void passesQueryOptionsToTheDriver();
    void refusesWhatItCannotConnectWith_data();
    void refusesWhatItCannotConnectWith();
    void saysWhyAConnectionFailed_data();
    void saysWhyAConnectionFailed();
    void opensAndRemovesItsConnection();
};

void TestConnection::readsUrlsAsSqlalchemy()
{
    QString error;
    const QJsonArray reference = sqlalchemyReading(&error);
    QVERIFY2(reference.size() == referenceUrls().size(), qPrintable(error));
    for (qsizetype i = 0; i < referenceUrls().size(); ++i) {
        const QString &url = referenceUrls()[i];
        const QJsonObject expected = reference[i].toObject();
        const std::optional<ConnectionSettings> settings = connectionSettingsFromUrl(url, u"/work"_s, &error);
        QVERIFY2(settings, qPrintable(url + u": "_s + error));
        QCOMPARE(settings->displayUrl, expected[u"display"_s].toString());
        QCOMPARE(settings->userName, expected[u"username"_s].toString());
        QCOMPARE(settings->password, expected[u"password"_s].toString());
        QCOMPARE(settings->port, expected[u"port"_s].isNull() ? -1 : expected[u"port"_s].toInt());
        // The query's host (psycopg's socket folder) takes the place of the URL's.
        const QString host = expected[u"query"_s].toObject().value(u"host"_s).toString(expected[u"host"_s].toString());
        QCOMPARE(settings->host, host);
        if (settings->dialect != Dialect::SQLite)
            QCOMPARE(settings->databaseName, expected[u"database"_s].toString());
        if (!settings->password.isEmpty())
            QVERIFY(settings->displayUrl.contains(u":***@"_s));
    }
}

void TestConnection::resolvesSqliteFiles()
{
    QString error;
    QCOMPARE(connectionSettingsFromUrl(u"sqlite:///data/app.db"_s, u"/srv/project"_s, &error)->databaseName,
             u"/srv/project/data/app.db"_s);
    QCOMPARE(connectionSettingsFromUrl(u"sqlite:////var/lib/app.db"_s, u"/srv/project"_s, &error)->databaseName,
             u"/var/lib/app.db"_s);
    QCOMPARE(connectionSettingsFromUrl(u"sqlite://"_s, u"/srv"_s, &error)->databaseName, u":memory:"_s);
    QCOMPARE(connectionSettingsFromUrl(u"sqlite:///:memory:"_s, u"/srv"_s, &error)->databaseName, u":memory:"_s);
    const auto uri = connectionSettingsFromUrl(u"sqlite:///file:app.db?mode=ro&uri=true"_s, u"/srv"_s, &error);
    QCOMPARE(uri->databaseName, u"file:app.db"_s);
    QVERIFY(uri->connectOptions.contains("QSQLITE_OPEN_URI"_L1));
    QVERIFY(uri->connectOptions.contains("QSQLITE_OPEN_READONLY"_L1));
}

void TestConnection::passesQueryOptionsToTheDriver_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("options");
    QTest::addRow("sqlite timeout") << u"sqlite:///a.db?timeout=2.5"_s << u"QSQLITE"_s
                                    << u"QSQLITE_BUSY_TIMEOUT=2500"_s;
    QTest::addRow("postgresql ssl") << u"postgresql://u:p@h/db?sslmode=require&connect_timeout=10"_s << u"QPSQL"_s
                                    << u"sslmode=require;connect_timeout=10"_s;
    QTest::addRow("mysql socket") << u"mysql+pymysql://u:p@localhost/db?unix_socket=/run/m.sock&charset=utf8mb4"_s
                                  << u"QMYSQL"_s << u"UNIX_SOCKET=/run/m.sock"_s;
    QTest::addRow("mariadb") << u"mariadb+pymysql://u:p@h/db"_s << u"QMYSQL"_s << QString();
}

void TestConnection::passesQueryOptionsToTheDriver()
{
    QFETCH(QString, url);
    QFETCH(QString, driver);
    QFETCH(QString, options);
    QString error;
    const std::optional<ConnectionSettings> settings = connectionSettingsFromUrl(url, u"/"_s, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->driverName, driver);
    QCOMPARE(settings->connectOptions, options);
}

void TestConnection::refusesWhatItCannotConnectWith_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::addRow("not a url") << u"postgres:/nowhere"_s << u"Could not parse SQLAlchemy URL from string"_s;
    QTest::addRow("unknown backend") << u"nosuchdb://u@h/db"_s << u"Can't load plugin: sqlalchemy.dialects:nosuchdb"_s;
    QTest::addRow("oracle") << u"oracle://u:p@h/db"_s << u"not one Alembic Studio renders SQL for yet"_s;
    QTest::addRow("unknown option") << u"postgresql://u:secret@h/db?frobnicate=1"_s
                                    << u"postgresql://u:***@h/db?frobnicate=1: the URL option frobnicate=1"_s;
    QTest::addRow("latin1 charset") << u"mysql+pymysql://u:p@h/db?charset=latin1"_s << u"utf8mb4 only"_s;
    QTest::addRow("bad port") << u"postgresql://u:p@h:99999/db"_s << u"is not a port number"_s;
    QTest::addRow("no database") << u"postgresql://u:secret@h"_s << u"postgresql://u:***@h names no database"_s;
    QTest::addRow("sqlite host") << u"sqlite://host/file.db"_s << u"a SQLite URL names a file"_s;
}

void TestConnection::refusesWhatItCannotConnectWith()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!connectionSettingsFromUrl(url, u"/"_s, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains("secret"_L1), qPrintable(error));
}

void TestConnection::saysWhyAConnectionFailed_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expected");
    for (const QString &backend : {u"postgresql"_s, u"mariadb"_s}) {
        QTest::addRow("%s wrong password", qPrintable(backend))
            << backend << u"password"_s << u"refused the password for user"_s;
        QTest::addRow("%s missing database", qPrintable(backend))
            << backend << u"database"_s << u"the database 'no_such_database' does not exist"_s;
        QTest::addRow("%s refused port", qPrintable(backend))
            << backend << u"port"_s << u"nothing answers at 127.0.0.1:"_s;
    }
}

void TestConnection::saysWhyAConnectionFailed()
{
    QFETCH(QString, backend);
    QFETCH(QString, fault);
    QFETCH(QString, expected);
    QString error;
    const std::optional<TestServer> server = TestServer::fromEnvironment(backend, &error);
    QVERIFY2(server, qPrintable(error));
    const QString password = fault == "password"_L1 ? u"not-the-Password-9"_s : server->password;
    const int port = fault == "port"_L1 ? closedPort() : server->port;
    const QString database = fault == "database"_L1 ? u"no_such_database"_s : server->database;
    const QString scheme = backend == "postgresql"_L1 ? u"postgresql"_s : u"mariadb+pymysql"_s;
    const QString url = u"%1://%2:%3@%4:%5/%6"_s.arg(scheme, server->user, QString::fromLatin1(QUrl::toPercentEncoding(password)),
                                                    server->host)
                            .arg(port)
                            .arg(database);
    const std::optional<ConnectionSettings> settings = connectionSettingsFromUrl(url, u"/"_s, &error);
    QVERIFY2(settings, qPrintable(error));
    const std::unique_ptr<DatabaseConnection> connection = DatabaseConnection::open(*settings, &error);
    QVERIFY(!connection);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.startsWith(u"cannot connect to "_s), qPrintable(error));
    QVERIFY2(error.contains(settings->displayUrl), qPrintable(error));
    QVERIFY2(!error.contains(password), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error)); // one sentence, one line
}

void TestConnection::opensAndRemovesItsConnection()
{
    QTemporaryDir folder;
    QString error;
    const QStringList before = QSqlDatabase::connectionNames();
    {
        const auto settings = connectionSettingsFromUrl(u"sqlite:///app.db"_s, folder.path(), &error);
        const std::unique_ptr<DatabaseConnection> connection = DatabaseConnection::open(*settings, &error);
        QVERIFY2(connection, qPrintable(error));
        QVERIFY(connection->database().isOpen());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    QVERIFY(QFile::exists(folder.filePath(u"app.db"_s))); // made, as pysqlite makes it

    const auto missing = connectionSettingsFromUrl(u"sqlite:///no/such/folder/app.db"_s, folder.path(), &error);
    QVERIFY(!DatabaseConnection::open(*missing, &error));
    QVERIFY2(error.contains("the folder"_L1) && error.contains("does not exist"_L1), qPrintable(error));
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
