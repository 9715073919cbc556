#include "connection.h"

#include <QAtomicInteger>
#include <QList>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cctype>
#include <utility>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

QString unquote(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString unquotePlus(QString text)
{
    return unquote(text.replace(u'+', u' '));
}

} // namespace

std::optional<UrlParts> urlParts(const QString &url, QString *error)
{
    static const QRegularExpression pattern(
        uR"(^(?<name>[\w+]+)://(?:(?<user>[^:/]*)(?::(?<password>[^@]*))?@)?(?:(?:\[(?<ipv6>[^/?]+)\]|(?<ipv4>[^/:?]+))?(?::(?<port>[^/?]*))?)?(?:/(?<database>[^?]*))?(?:\?(?<query>.*))?$)"_s,
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(url);
    if (!match.hasMatch()) {
        *error = u"Could not parse SQLAlchemy URL from string '%1'"_s.arg(url);
        return std::nullopt;
    }
    UrlParts parts;
    const QString name = match.captured(u"name");
    const qsizetype plus = name.indexOf(u'+');
    parts.backend = plus < 0 ? name : name.first(plus);
    parts.driver = plus < 0 ? QString() : name.sliced(plus + 1);
    const auto captured = [&match](QStringView group) -> std::optional<QString> {
        if (match.capturedStart(group) < 0)
            return std::nullopt;
        return match.captured(group);
    };
    if (auto user = captured(u"user"))
        parts.userName = unquote(*user);
    if (auto password = captured(u"password"))
        parts.password = unquote(*password);
    parts.host = captured(u"ipv4");
    if (!parts.host || parts.host->isEmpty())
        parts.host = captured(u"ipv6");
    if (parts.host && parts.host->isEmpty())
        parts.host.reset();
    if (auto port = captured(u"port"); port && !port->isEmpty()) {
        bool ok = false;
        parts.port = port->toInt(&ok);
        if (!ok || *parts.port < 0 || *parts.port > 65535) {
            *error = u"the port '%1' in %2 is not a port number"_s.arg(*port, url);
            return std::nullopt;
        }
    }
    parts.database = captured(u"database");
    if (auto query = captured(u"query")) {
        // parse_qsl: '&'-separated pairs; a pair without '=' or with an empty value is
        // dropped, as parse_qsl drops it by default.
        for (const QString &pair : query->split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals < 0 || equals == pair.size() - 1)
                continue;
            parts.query.append({unquotePlus(pair.first(equals)), unquotePlus(pair.sliced(equals + 1))});
        }
    }
    return parts;
}

namespace {

// urllib.parse.quote(text, safe=" +") and quote_plus(text): what render_as_string writes.
QString quote(const QString &text, bool plus)
{
    QString out;
    for (const char byte : text.toUtf8()) {
        const auto c = static_cast<unsigned char>(byte);
        if (std::isalnum(c) || c == '_' || c == '.' || c == '-' || c == '~' || (!plus && c == '+'))
            out += QLatin1Char(char(c));
        else if (c == ' ')
            out += plus ? u'+' : u' ';
        else
            out += u'%' + QString::number(c, 16).toUpper().rightJustified(2, u'0');
    }
    return out;
}

} // namespace

QString composeUrl(const UrlParts &parts, PasswordInUrl password)
{
    QString text = parts.backend + (parts.driver.isEmpty() ? QString() : u'+' + parts.driver) + u"://"_s;
    if (parts.userName) {
        text += quote(*parts.userName, false);
        if (parts.password)
            text += u':' + (password == PasswordInUrl::Hidden ? u"***"_s : quote(*parts.password, false));
        text += u'@';
    }
    if (parts.host)
        text += parts.host->contains(u':') ? u'[' + *parts.host + u']' : *parts.host;
    if (parts.port)
        text += u':' + QString::number(*parts.port);
    if (parts.database)
        text += u'/' + *parts.database;
    if (!parts.query.isEmpty()) {
        QList<std::pair<QString, QString>> sorted = parts.query;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList pairs;
        for (const auto &[key, value] : std::as_const(sorted))
            pairs.append(quote(key, true) + u'=' + quote(value, true));
        text += u'?' + pairs.join(u'&');
    }
    return text;
}

std::optional<QString> urlWithoutPassword(const QString &url, QString *error)
{
    std::optional<UrlParts> parts = urlParts(url, error);
    if (!parts)
        return std::nullopt;
    if (!parts->password)
        return url; // as the user wrote it: nothing to take out
    parts->password.reset();
    return composeUrl(*parts);
}

std::optional<QString> urlWithPassword(const QString &url, const QString &password, QString *error)
{
    std::optional<UrlParts> parts = urlParts(url, error);
    if (!parts)
        return std::nullopt;
    if (!parts->userName)
        return url; // SQLAlchemy drops a password without a user: so does this
    parts->password = password;
    return composeUrl(*parts);
}

namespace {

// The query options each backend's DBAPI takes that mean something to its QtSql driver,
// and what they become there. Anything else is refused by name: silently dropping an
// option (sslmode=require, say) would connect differently from the team's Alembic.
bool takeQueryOption(ConnectionSettings *settings, const QString &key, const QString &value, QStringList *options,
                     QString *error)
{
    switch (settings->dialect) {
    case Dialect::SQLite:
        if (key == "timeout"_L1) { // pysqlite: seconds to wait for a lock
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            if (!ok || seconds < 0) {
                *error = u"timeout=%1 is not a number of seconds"_s.arg(value);
                return false;
            }
            options->append(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(qint64(seconds * 1000)));
            return true;
        }
        if (key == "mode"_L1 && value == "ro"_L1) {
            options->append(u"QSQLITE_OPEN_READONLY"_s);
            return true;
        }
        if (key == "uri"_L1 || key == "mode"_L1 || key == "check_same_thread"_L1 || key == "cache"_L1)
            return true; // consumed with the file name (see below), or without meaning here
        break;
    case Dialect::PostgreSQL:
        if (key == "host"_L1) { // psycopg: a host name, or the folder of the server's socket
            settings->host = value;
            return true;
        }
        if (key == "port"_L1) {
            settings->port = value.toInt();
            return true;
        }
        if (key == "sslmode"_L1 || key == "sslcert"_L1 || key == "sslkey"_L1 || key == "sslrootcert"_L1
            || key == "connect_timeout"_L1 || key == "application_name"_L1 || key == "options"_L1
            || key == "target_session_attrs"_L1 || key == "gssencmode"_L1 || key == "sslcrl"_L1) {
            options->append(key + u'=' + value); // libpq's own keywords, passed on as they are
            return true;
        }
        break;
    case Dialect::MySQL:
    case Dialect::MariaDB:
        if (key == "unix_socket"_L1) {
            options->append(u"UNIX_SOCKET="_s + value);
            return true;
        }
        if (key == "connect_timeout"_L1) {
            options->append(u"MYSQL_OPT_CONNECT_TIMEOUT="_s + value);
            return true;
        }
        if (key == "charset"_L1) {
            // QMYSQL always talks utf8mb4; any other character set would change what is
            // stored, so it is refused rather than ignored.
            if (value.compare("utf8mb4"_L1, Qt::CaseInsensitive) == 0 || value.compare("utf8"_L1, Qt::CaseInsensitive) == 0)
                return true;
            *error = u"charset=%1: Alembic Studio connects to MySQL and MariaDB in utf8mb4 only"_s.arg(value);
            return false;
        }
        if (key == "ssl_ca"_L1 || key == "ssl_cert"_L1 || key == "ssl_key"_L1) {
            options->append(key.toUpper() + u'=' + value);
            return true;
        }
        break;
    }
    *error = u"the URL option %1=%2 is not one Alembic Studio knows how to pass to the %3 driver"_s.arg(
        key, value, dialectName(settings->dialect));
    return false;
}

} // namespace

std::optional<ConnectionSettings> connectionSettingsFromUrl(const QString &url, const QString &workingDirectory,
                                                            QString *error)
{
    const DialectUrl dialect = dialectFromUrl(url);
    if (!dialect.dialect) {
        *error = dialect.error;
        return std::nullopt;
    }
    QString parseError;
    const std::optional<UrlParts> parts = urlParts(url, &parseError);
    if (!parts) {
        *error = parseError;
        return std::nullopt;
    }
    ConnectionSettings settings;
    settings.dialect = *dialect.dialect;
    settings.displayUrl = composeUrl(*parts, PasswordInUrl::Hidden);
    switch (settings.dialect) {
    case Dialect::SQLite:
        settings.driverName = u"QSQLITE"_s;
        break;
    case Dialect::PostgreSQL:
        settings.driverName = u"QPSQL"_s;
        break;
    case Dialect::MySQL:
    case Dialect::MariaDB:
        settings.driverName = u"QMYSQL"_s;
        break;
    }
    settings.userName = parts->userName.value_or(QString());
    settings.password = parts->password.value_or(QString());
    settings.host = parts->host.value_or(QString());
    settings.port = parts->port.value_or(-1);
    settings.databaseName = parts->database.value_or(QString());

    QStringList options;
    bool uri = false;
    for (const auto &[key, value] : parts->query) {
        QString optionError;
        if (!takeQueryOption(&settings, key, value, &options, &optionError)) {
            *error = u"%1: %2"_s.arg(settings.displayUrl, optionError);
            return std::nullopt;
        }
        if (key == "uri"_L1)
            uri = value == "true"_L1 || value == "1"_L1;
    }
    if (settings.dialect == Dialect::SQLite) {
        if (settings.host.size() || settings.port >= 0 || parts->userName) {
            *error = u"%1: a SQLite URL names a file (sqlite:///relative.db, sqlite:////absolute.db), "
                     "not a host or a user"_s.arg(settings.displayUrl);
            return std::nullopt;
        }
        if (settings.databaseName.isEmpty() || settings.databaseName == ":memory:"_L1) {
            settings.databaseName = u":memory:"_s;
        } else if (uri) {
            options.append(u"QSQLITE_OPEN_URI"_s);
        } else {
            // pysqlite opens a relative path from the working directory, where Alembic runs.
            settings.databaseName = QDir::cleanPath(QDir(workingDirectory).absoluteFilePath(settings.databaseName));
        }
    } else if (settings.databaseName.isEmpty()) {
        *error = u"%1 names no database: add /name after the host"_s.arg(settings.displayUrl);
        return std::nullopt;
    }
    settings.connectOptions = options.join(u';');
    return settings;
}

namespace {

QString backendTitle(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        return u"SQLite"_s;
    case Dialect::PostgreSQL:
        return u"PostgreSQL"_s;
    case Dialect::MySQL:
        return u"MySQL"_s;
    case Dialect::MariaDB:
        break;
    }
    return u"MariaDB"_s;
}

// The server the settings name, for messages: "127.0.0.1:5433", or the default.
QString serverName(const ConnectionSettings &settings)
{
    QString host = settings.host.isEmpty() ? u"localhost"_s : settings.host;
    if (settings.port >= 0)
        host += u':' + QString::number(settings.port);
    return host;
}

// The first line of what the driver said, without QtSql's own prefix and trailing noise.
QString driverSaid(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return text.section(u'\n', 0, 0).trimmed();
}

// One sentence for a connection that failed: what went wrong, in words, from the error
// codes where the driver gives them (SQLSTATE for PostgreSQL, the client error number for
// MySQL/MariaDB) and from libpq's messages where it gives none (it has none before it
// reaches the server).
QString connectionFailure(const ConnectionSettings &settings, const QSqlError &error)
{
    const QString said = driverSaid(error);
    const QString code = error.nativeErrorCode();
    const QString backend = backendTitle(settings.dialect);
    const QString where = u"(%1)"_s.arg(settings.displayUrl);
    QString reason;
    if (settings.dialect == Dialect::PostgreSQL) {
        if (code == "28P01"_L1 || said.contains("password authentication failed"_L1))
            reason = u"the %1 server at %2 refused the password for user '%3'"_s.arg(backend, serverName(settings),
                                                                                   settings.userName);
        else if (code == "3D000"_L1 || (said.contains("database \""_L1) && said.contains("does not exist"_L1)))
            reason = u"the database '%1' does not exist on the %2 server at %3"_s.arg(settings.databaseName, backend,
                                                                                    serverName(settings));
        else if (code == "28000"_L1 || said.contains("no pg_hba.conf entry"_L1) || said.contains("role \""_L1))
            reason = u"the %1 server at %2 does not let user '%3' in: %4"_s.arg(backend, serverName(settings),
                                                                             settings.userName, said);
        else if (said.contains("Connection refused"_L1))
            reason = u"nothing answers at %1: is the %2 server running there?"_s.arg(serverName(settings), backend);
        else if (said.contains("could not translate host name"_L1))
            reason = u"the host name '%1' is not known"_s.arg(settings.host);
        else if (said.contains("timeout expired"_L1))
            reason = u"the %1 server at %2 did not answer in time"_s.arg(backend, serverName(settings));
    } else if (settings.dialect == Dialect::MySQL || settings.dialect == Dialect::MariaDB) {
        if (code == "1045"_L1)
            reason = u"the %1 server at %2 refused the password for user '%3'"_s.arg(backend, serverName(settings),
                                                                                   settings.userName);
        else if (code == "1049"_L1)
            reason = u"the database '%1' does not exist on the %2 server at %3"_s.arg(settings.databaseName, backend,
                                                                                    serverName(settings));
        else if (code == "1044"_L1)
            reason = u"user '%1' may not use the database '%2' on the %3 server at %4"_s.arg(
                settings.userName, settings.databaseName, backend, serverName(settings));
        else if (code == "2002"_L1 || code == "2003"_L1)
            reason = u"nothing answers at %1: is the %2 server running there?"_s.arg(serverName(settings), backend);
        else if (code == "2005"_L1)
            reason = u"the host name '%1' is not known"_s.arg(settings.host);
    } else {
        reason = u"the SQLite database '%1' cannot be opened"_s.arg(settings.databaseName);
    }
    if (reason.isEmpty())
        return u"cannot connect to %1 %2: %3"_s.arg(backend, where, said);
    // The driver's own words stay at the end: they name what the summary may not.
    return u"cannot connect to %1 %2: %3 (%4)"_s.arg(backend, where, reason, said);
}

} // namespace

std::unique_ptr<DatabaseConnection> DatabaseConnection::open(const ConnectionSettings &settings, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(settings.driverName)) {
        *error = u"cannot connect to %1: the QtSql driver %2 is not installed (its Debian package is "
                 "libqt6sql6-%3)"_s.arg(settings.displayUrl, settings.driverName,
                                        settings.driverName == "QPSQL"_L1   ? u"psql"_s
                                        : settings.driverName == "QMYSQL"_L1 ? u"mysql"_s
                                                                             : u"sqlite"_s);
        return nullptr;
    }
    if (settings.dialect == Dialect::SQLite && settings.databaseName != ":memory:"_L1
        && !settings.connectOptions.contains("QSQLITE_OPEN_URI"_L1)) {
        // SQLite creates a missing file, as pysqlite does, but not a missing folder: say so
        // plainly instead of its "unable to open database file".
        const QFileInfo file(settings.databaseName);
        if (!file.dir().exists()) {
            *error = u"cannot open the SQLite database %1: the folder %2 does not exist"_s.arg(
                settings.databaseName, QDir::toNativeSeparators(file.absolutePath()));
            return nullptr;
        }
    }
    static QAtomicInteger<quint64> counter;
    const QString name = u"alembic-studio-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<DatabaseConnection> connection(new DatabaseConnection(settings, name));
    QSqlDatabase database = QSqlDatabase::addDatabase(settings.driverName, name);
    database.setDatabaseName(settings.databaseName);
    if (!settings.host.isEmpty())
        database.setHostName(settings.host);
    if (settings.port >= 0)
        database.setPort(settings.port);
    database.setUserName(settings.userName);
    database.setPassword(settings.password);
    database.setConnectOptions(settings.connectOptions);
    if (!database.open()) {
        *error = connectionFailure(settings, database.lastError());
        return nullptr;
    }
    return connection;
}

DatabaseConnection::DatabaseConnection(ConnectionSettings settings, QString name)
    : m_settings(std::move(settings))
    , m_name(std::move(name))
{}

DatabaseConnection::~DatabaseConnection()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_name, false);
        if (database.isValid())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QString DatabaseConnection::serverVersion() const
{
    QString sql;
    QString product = backendTitle(m_settings.dialect);
    switch (m_settings.dialect) {
    case Dialect::SQLite:
        sql = u"SELECT sqlite_version()"_s;
        break;
    case Dialect::PostgreSQL:
        sql = u"SHOW server_version"_s; // "17.2 (Debian 17.2-1)": the number first
        break;
    case Dialect::MySQL:
    case Dialect::MariaDB:
        sql = u"SELECT VERSION()"_s; // "11.8.3-MariaDB-1 from Debian": it names its product
        break;
    }
    QSqlQuery query(database());
    if (!query.exec(sql) || !query.next())
        return {};
    const QString version = query.value(0).toString().section(u' ', 0, 0);
    if (m_settings.dialect == Dialect::MySQL || m_settings.dialect == Dialect::MariaDB) {
        // The dialect is the URL's; the server knows what it really is.
        product = version.contains("MariaDB"_L1, Qt::CaseInsensitive) ? u"MariaDB"_s : u"MySQL"_s;
        return product + u' ' + version.section(u'-', 0, 0);
    }
    return product + u' ' + version;
}

} // namespace Migrations
