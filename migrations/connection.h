#pragma once

#include "dialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace Migrations {

// Where a SQLAlchemy URL points, as a QtSql driver needs it. SQLAlchemy's URL grammar
// (sqlalchemy.engine.url): `backend[+driver]://[user[:password]@][host[:port]][/database][?query]`,
// each part percent-decoded; for SQLite the path after "///" is the file ("sqlite://" and
// ":memory:" are a private in-memory database).
struct ConnectionSettings
{
    Dialect dialect = Dialect::SQLite;
    QString driverName; // the QtSql driver: QSQLITE, QPSQL or QMYSQL
    QString host;       // or a folder holding the server's socket (PostgreSQL's ?host=/run/...)
    int port = -1;      // -1: the driver's default
    QString userName;
    QString password;
    QString databaseName; // SQLite: the file, resolved against the working directory
    // QSqlDatabase::setConnectOptions(): the URL's query options the driver understands
    // (sslmode, connect_timeout, unix_socket, ...), ';'-separated.
    QString connectOptions;
    // The URL with its password hidden ("***"), for messages and logs.
    QString displayUrl;

    bool operator==(const ConnectionSettings &) const = default;
};

// The parts of a SQLAlchemy URL as sqlalchemy.engine.url.make_url cuts them: user and
// password percent-decoded, host, port and database as written, the query as parse_qsl
// reads it (percent-decoded, '+' a space), in order. A part the URL does not have is null,
// as SQLAlchemy's None: "sqlite://" has no database, "sqlite:///" an empty one.
struct UrlParts
{
    QString backend; // "postgresql"
    QString driver;  // "psycopg2", or empty for the backend's default
    std::optional<QString> userName, password, host, database;
    std::optional<int> port;
    QList<std::pair<QString, QString>> query;

    bool operator==(const UrlParts &) const = default;
};

// make_url(url). Null with SQLAlchemy's sentence in *error when it is not a URL.
std::optional<UrlParts> urlParts(const QString &url, QString *error);

// URL.render_as_string(hide_password=...): the text make_url reads back as `parts`, user and
// password percent-encoded as SQLAlchemy encodes them, the query sorted by key.
enum class PasswordInUrl { Shown, Hidden };
QString composeUrl(const UrlParts &parts, PasswordInUrl password = PasswordInUrl::Shown);

// The URL without its password, as a profile stores it: null with *error when it is not a URL.
std::optional<QString> urlWithoutPassword(const QString &url, QString *error);

// The URL with `password` put in (replacing any), for a connection made now and never
// stored; the URL as it was when it has no user (SQLite, or a server reached without
// one). Null with *error when it is not a URL.
std::optional<QString> urlWithPassword(const QString &url, const QString &password, QString *error);

// Reads a SQLAlchemy URL. Null, with one sentence in *error, when it is not a URL or
// names a backend or query option Alembic Studio cannot connect with. Relative SQLite
// paths are resolved against `workingDirectory` (where Alembic would run).
std::optional<ConnectionSettings> connectionSettingsFromUrl(const QString &url, const QString &workingDirectory,
                                                            QString *error);

// One open QtSql connection, owned: it is closed and removed from QSqlDatabase's registry
// when this is destroyed. A QSqlDatabase may only be used on the thread that opened it,
// so a worker opens its own.
class DatabaseConnection
{
public:
    // Opens a connection under a name of its own. Null with one sentence in *error when it
    // cannot: the server unreachable, the password refused, the database missing, a SQLite
    // file that cannot be opened — in words, with the URL (password hidden), never the
    // driver's raw dump alone.
    static std::unique_ptr<DatabaseConnection> open(const ConnectionSettings &settings, QString *error);
    ~DatabaseConnection();

    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    const ConnectionSettings &settings() const { return m_settings; }
    Dialect dialect() const { return m_settings.dialect; }

    // What the server says it is, for a person ("PostgreSQL 17.2", "SQLite 3.46.1",
    // "MariaDB 11.8.3"); empty when it will not say.
    QString serverVersion() const;

private:
    DatabaseConnection(ConnectionSettings settings, QString name);

    ConnectionSettings m_settings;
    QString m_name;
};

} // namespace Migrations
