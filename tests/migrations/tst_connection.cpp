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

// What SQLAlchemy writes for URLs made of parts: URL.create(...).render_as_string(False),
// and the password make_url reads back from it.
QJsonArray sqlalchemyRendering(const QJsonArray &parts, QString *error)
{
    QProcess python;
    python.start(u"python3"_s, {u"-c"_s, uR"py(
import json, sys
from sqlalchemy.engine import URL, make_url
out = []
for p in json.loads(sys.stdin.read()):
    u = URL.create(p["drivername"], username=p.get("username"), password=p.get("password"), host=p.get("host"),
                   port=p.get("port"), database=p.get("database"), query=dict(p["query"]))
    text = u.render_as_string(hide_password=False)
    back = make_url(text)
    out.append({"text": text, "hidden": u.render_as_string(hide_password=True), "password": back.password,
                "username": back.username, "database": back.database, "host": back.host})
print(json.dumps(out))
)py"_s});
    python.write(QJsonDocument(parts).toJson());
    python.closeWriteChannel();
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

QJsonValue optionalJson(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
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
    void composesUrlsAsSqlalchemy();
    void putsThePasswordInAndTakesItOut();
    void resolvesSqliteFiles();
    void passesQueryOptionsToTheDriver_data();
    void passesQueryOptionsToTheDriver();
    void refusesWhatItCannotConnectWith_data();
    void refusesWhatItCannotConnectWith();
    void saysWhyAConnectionFailed_data();
    void saysWhyAConnectionFailed();
    void opensAndRemovesItsConnection();
    void saysTheServerVersion_data();
    void saysTheServerVersion();
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

void TestConnection::composesUrlsAsSqlalchemy()
{
    struct Row
    {
        const char *name;
        UrlParts parts;
    };
    const Row rows[] = {
        {"sqlite relative", {u"sqlite"_s, {}, {}, {}, {}, u"scribes.db"_s, {}, {}}},
        {"sqlite absolute", {u"sqlite"_s, {}, {}, {}, {}, u"/home/ada/.local/share/scribes.db"_s, {}, {}}},
        {"sqlite memory", {u"sqlite"_s, {}, {}, {}, {}, {}, {}, {}}},
        {"sqlite space in path", {u"sqlite"_s, {}, {}, {}, {}, u"/tmp/my db/app.db"_s, {}, {{u"timeout"_s, u"2"_s}}}},
        {"postgresql plain", {u"postgresql"_s, {}, u"scott"_s, u"tiger"_s, u"localhost"_s, u"test"_s, {}, {}}},
        {"postgresql driver and port",
         {u"postgresql"_s, u"psycopg2"_s, u"app"_s, u"s3cret"_s, u"db.example.com"_s, u"app"_s, 5433, {}}},
        {"user only", {u"postgresql"_s, {}, u"ada"_s, {}, u"h"_s, u"db"_s, {}, {}}},
        {"reserved characters",
         {u"postgresql"_s, {}, u"us@er:x/y"_s, u"p@ss:w/rd?#%&= +~"_s, u"h"_s, u"db"_s, {}, {}}},
        {"non-ascii", {u"mysql"_s, u"pymysql"_s, u"jos\u00e9"_s, u"m\u00f6t\u00f6r\u00fc"_s, u"h"_s, u"db"_s, 3306, {}}},
        {"empty password", {u"postgresql"_s, {}, u"u"_s, u""_s, u"h"_s, u"db"_s, {}, {}}},
        {"ipv6 host", {u"mariadb"_s, u"pymysql"_s, u"u"_s, u"p"_s, u"::1"_s, u"db"_s, 3307, {}}},
        {"query sorted and quoted",
         {u"postgresql"_s, {}, u"u"_s, u"p"_s, u"h"_s, u"db"_s, {},
          {{u"sslmode"_s, u"require"_s}, {u"application_name"_s, u"a b&c=d"_s}, {u"connect_timeout"_s, u"10"_s}}}},
        {"socket folder", {u"postgresql"_s, {}, u"u"_s, {}, {}, u"db"_s, {}, {{u"host"_s, u"/var/run/postgresql"_s}}}},
    };
    QJsonArray input;
    for (const Row &row : rows) {
        QJsonArray query;
        for (const auto &[key, value] : row.parts.query)
            query.append(QJsonArray{key, value});
        QJsonObject object{{u"drivername"_s, row.parts.backend
                                                 + (row.parts.driver.isEmpty() ? QString() : u'+' + row.parts.driver)},
                           {u"username"_s, optionalJson(row.parts.userName)},
                           {u"password"_s, optionalJson(row.parts.password)},
                           {u"host"_s, optionalJson(row.parts.host)},
                           {u"database"_s, optionalJson(row.parts.database)},
                           {u"query"_s, query}};
        if (row.parts.port)
            object.insert(u"port"_s, *row.parts.port);
        input.append(object);
    }
    QString error;
    const QJsonArray reference = sqlalchemyRendering(input, &error);
    QVERIFY2(reference.size() == input.size(), qPrintable(error));
    for (qsizetype i = 0; i < input.size(); ++i) {
        const Row &row = rows[i];
        const QJsonObject expected = reference[i].toObject();
        const QString text = composeUrl(row.parts);
        QVERIFY2(text == expected[u"text"_s].toString(),
                 qPrintable(u"%1: %2, SQLAlchemy: %3"_s.arg(QLatin1StringView(row.name), text, expected[u"text"_s].toString())));
        QCOMPARE(composeUrl(row.parts, PasswordInUrl::Hidden), expected[u"hidden"_s].toString());
        // And read back, the parts are the same (the query sorted as SQLAlchemy sorts it).
        std::optional<UrlParts> back = urlParts(text, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->password, row.parts.password);
        QCOMPARE(back->userName, row.parts.userName);
        QCOMPARE(back->host, row.parts.host);
        QCOMPARE(back->port, row.parts.port);
        QCOMPARE(back->database, row.parts.database);
        QCOMPARE(back->query.size(), row.parts.query.size());
        QCOMPARE(optionalJson(back->password), expected[u"password"_s]);
    }
}

void TestConnection::putsThePasswordInAndTakesItOut()
{
    QString error;
    const QString password = u"p@ss w:rd/%?"_s;
    const std::optional<QString> with = urlWithPassword(u"postgresql+psycopg2://ada@db:5433/app?sslmode=require"_s,
                                                        password, &error);
    QVERIFY2(with, qPrintable(error));
    QCOMPARE(urlParts(*with, &error)->password, password);
    QCOMPARE(connectionSettingsFromUrl(*with, u"/"_s, &error)->password, password);
    QVERIFY(!with->contains(password)); // percent-encoded, as SQLAlchemy writes it
    QCOMPARE(urlWithoutPassword(*with, &error), u"postgresql+psycopg2://ada@db:5433/app?sslmode=require"_s);
    // Without a user there is nowhere to put it: SQLAlchemy would drop it too.
    QCOMPARE(urlWithPassword(u"sqlite:///app.db"_s, password, &error), u"sqlite:///app.db"_s);
    // A URL without a password stays as written.
    QCOMPARE(urlWithoutPassword(u"postgresql://u@h/d?b=1&a=2"_s, &error), u"postgresql://u@h/d?b=1&a=2"_s);
    QVERIFY(!urlWithPassword(u"not a url"_s, password, &error));
    QVERIFY(error.contains("Could not parse SQLAlchemy URL"_L1));
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

void TestConnection::saysTheServerVersion_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("product");
    QTest::addRow("sqlite") << u"sqlite"_s << u"SQLite 3."_s;
    QTest::addRow("postgresql") << u"postgresql"_s << u"PostgreSQL "_s;
    QTest::addRow("mariadb") << u"mariadb"_s << u"MariaDB "_s;
}

void TestConnection::saysTheServerVersion()
{
    QFETCH(QString, backend);
    QFETCH(QString, product);
    QTemporaryDir folder;
    QString error;
    QString url = u"sqlite:///version.db"_s;
    if (backend != "sqlite"_L1) {
        const std::optional<TestServer> server = TestServer::fromEnvironment(backend, &error);
        QVERIFY2(server, qPrintable(error));
        url = server->url;
    }
    const auto settings = connectionSettingsFromUrl(url, folder.path(), &error);
    QVERIFY2(settings, qPrintable(error));
    const std::unique_ptr<DatabaseConnection> connection = DatabaseConnection::open(*settings, &error);
    QVERIFY2(connection, qPrintable(error));
    const QString version = connection->serverVersion();
    QVERIFY2(version.startsWith(product), qPrintable(version));
    QVERIFY2(version.at(product.size()).isDigit() && version.indexOf(u' ', product.size()) < 0, qPrintable(version));
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
