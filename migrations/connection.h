#pragma once

#include "dialect.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

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

private:
    DatabaseConnection(ConnectionSettings settings, QString name);

    ConnectionSettings m_settings;
    QString m_name;
};

} // namespace Migrations
