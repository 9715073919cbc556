#pragma once

// What a test needs to reach a database server started by the fixtures in tests/db: the
// server's <backend>.env file, found through $ALEMBIC_STUDIO_TEST_<BACKEND>_ENV, read as
// a value. A test registered with alembic_studio_require_database() has that variable.

#include <QFile>
#include <QHash>
#include <QString>

#include <optional>

namespace TestSupport {

using namespace Qt::StringLiterals;

struct TestServer
{
    QString url; // SQLAlchemy's, for the real Alembic: postgresql+psycopg2://… or mysql+pymysql://…
    QString host;
    int port = 0;
    QString user;
    QString password;
    QString database;

    bool operator==(const TestServer &) const = default;

    // backend is "postgresql" or "mariadb". Null, with the reason in *errorString, when the
    // fixture did not run or its file is incomplete.
    static std::optional<TestServer> fromEnvironment(const QString &backend, QString *errorString)
    {
        const QByteArray variable = "ALEMBIC_STUDIO_TEST_" + backend.toUpper().toLatin1() + "_ENV";
        const QString path = qEnvironmentVariable(variable.constData());
        if (path.isEmpty()) {
            *errorString = QString::fromLatin1(variable)
                           + u" is not set: run the test through ctest, which starts the server"_s;
            return std::nullopt;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *errorString = u"cannot read %1 (%2): did the fixture db_%3 fail?"_s.arg(path, file.errorString(),
                                                                                     backend);
            return std::nullopt;
        }
        // KEY=VALUE lines; '#' starts a comment line. Values are never quoted.
        QHash<QString, QString> values;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const qsizetype equals = line.indexOf(u'=');
            if (line.startsWith(u'#') || equals <= 0)
                continue;
            values.insert(line.left(equals), line.mid(equals + 1));
        }
        TestServer server;
        server.url = values.value(u"DB_URL"_s);
        server.host = values.value(u"DB_HOST"_s);
        server.port = values.value(u"DB_PORT"_s).toInt();
        server.user = values.value(u"DB_USER"_s);
        server.password = values.value(u"DB_PASSWORD"_s);
        server.database = values.value(u"DB_NAME"_s);
        if (server.url.isEmpty() || server.host.isEmpty() || server.port <= 0 || server.user.isEmpty()
            || server.database.isEmpty()) {
            *errorString = u"%1 lacks one of DB_URL, DB_HOST, DB_PORT, DB_USER, DB_NAME"_s.arg(path);
            return std::nullopt;
        }
        return server;
    }
};

} // namespace TestSupport
