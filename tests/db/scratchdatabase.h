#pragma once

// A database of a test's own, on SQLite (a file in a temporary folder) or on a server the
// fixtures started (tests/db): made empty, reachable by a SQLAlchemy URL, dropped at the
// end; and its schema as text, to compare two databases.

#include "testserver.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace TestSupport {

using namespace Qt::StringLiterals;

class ScratchDatabase
{
public:
    // backend: "sqlite", "postgresql" or "mariadb". Null with *error when the server is
    // not there or the database cannot be made.
    static std::unique_ptr<ScratchDatabase> create(const QString &backend, const QString &name, QString *error)
    {
        std::unique_ptr<ScratchDatabase> scratch(new ScratchDatabase);
        scratch->m_backend = backend;
        scratch->m_name = u"%1_%2"_s.arg(name).arg(QCoreApplication::applicationPid());
        if (backend == "sqlite"_L1) {
            if (!scratch->m_folder.isValid()) {
                *error = u"no temporary folder"_s;
                return nullptr;
            }
            scratch->m_url = u"sqlite:///"_s + scratch->m_folder.filePath(scratch->m_name + u".db"_s);
            return scratch;
        }
        const std::optional<TestServer> server = TestServer::fromEnvironment(backend, error);
        if (!server)
            return nullptr;
        scratch->m_server = *server;
        const QString scheme = server->url.left(server->url.indexOf("://"_L1));
        // The base URL keeps its driver: psycopg2 and pymysql are what real Alembic uses.
        scratch->m_url = u"%1://%2:%3@%4:%5/%6"_s.arg(scheme, server->user, server->password, server->host)
                             .arg(server->port)
                             .arg(scratch->m_name);
        // The name holds the test's process id: no earlier run's database has it.
        if (!scratch->administer({u"CREATE DATABASE "_s + scratch->m_name}, error))
            return nullptr;
        scratch->m_made = true;
        return scratch;
    }

    ~ScratchDatabase()
    {
        QString ignored;
        if (m_made)
            administer({u"DROP DATABASE "_s + m_name}, &ignored);
    }

    QString url() const { return m_url; }
    QString backend() const { return m_backend; }

    // The schema as sorted lines: tables, columns (type, nullability, default), indexes and
    // constraints, as the database's own catalog describes them; and alembic_version's
    // rows (its table is left out: a database at base may have it empty or not at all).
    // Two databases with equal dumps are the same to any migration.
    QStringList dump(QString *error) const
    {
        const QString connection = u"dump-"_s + m_name;
        QStringList lines;
        {
            QSqlDatabase database = open(connection, m_backend == "sqlite"_L1 ? QString() : m_name, error);
            if (!database.isOpen())
                return {};
            QSqlQuery query(database);
            for (const QString &sql : dumpQueries()) {
                if (!query.exec(sql)) {
                    *error = u"%1: %2"_s.arg(sql, query.lastError().text());
                    return {};
                }
                while (query.next()) {
                    QStringList fields;
                    for (int i = 0; i < query.record().count(); ++i)
                        fields.append(query.value(i).toString());
                    lines.append(fields.join(u" | "_s));
                }
            }
            // alembic_version may be missing (base before any run)
            if (query.exec(u"SELECT version_num FROM alembic_version ORDER BY version_num"_s)) {
                while (query.next())
                    lines.append(u"alembic_version row "_s + query.value(0).toString());
            }
            database.close();
        }
        QSqlDatabase::removeDatabase(connection);
        lines.sort();
        return lines;
    }

    // Runs statements on the scratch database (for a test to change it by hand).
    bool execute(const QStringList &statements, QString *error) const
    {
        return run(u"exec-"_s, m_backend == "sqlite"_L1 ? QString() : m_name, statements, error);
    }

private:
    ScratchDatabase() = default;

    QSqlDatabase open(const QString &connection, const QString &databaseName, QString *error) const
    {
        QSqlDatabase database;
        if (m_backend == "sqlite"_L1) {
            database = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            database.setDatabaseName(m_folder.filePath(m_name + u".db"_s));
        } else {
            database = QSqlDatabase::addDatabase(m_backend == "postgresql"_L1 ? u"QPSQL"_s : u"QMYSQL"_s, connection);
            database.setHostName(m_server.host);
            database.setPort(m_server.port);
            database.setUserName(m_server.user);
            database.setPassword(m_server.password);
            database.setDatabaseName(databaseName.isEmpty() ? m_server.database : databaseName);
        }
        if (!database.open())
            *error = database.lastError().text();
        return database;
    }

    // Statements on the server's own database, where scratch databases are made and dropped.
    bool administer(const QStringList &statements, QString *error) const
    {
        return run(u"admin-"_s, m_server.database, statements, error);
    }

    // Statements on a connection of their own to `databaseName`, stopping at the first
    // that fails.
    bool run(const QString &purpose, const QString &databaseName, const QStringList &statements,
             QString *error) const
    {
        const QString connection = purpose + m_name;
        bool ok = true;
        {
            QSqlDatabase database = open(connection, databaseName, error);
            ok = database.isOpen();
            QSqlQuery query(database);
            for (const QString &sql : statements) {
                if (ok && !query.exec(sql)) {
                    *error = u"%1: %2"_s.arg(sql, query.lastError().text());
                    ok = false;
                }
            }
            database.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    QStringList dumpQueries() const
    {
        if (m_backend == "sqlite"_L1)
            return {u"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                    "AND tbl_name <> 'alembic_version'"_s};
        if (m_backend == "postgresql"_L1) {
            return {u"SELECT table_name, column_name, data_type, character_maximum_length, is_nullable, "
                    "column_default FROM information_schema.columns WHERE table_schema = 'public' "
                    "AND table_name <> 'alembic_version'"_s,
                    u"SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version'"_s,
                    u"SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                    "WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'alembic_version'"_s,
                    u"SELECT typname, string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum JOIN pg_type "
                    "ON pg_type.oid = enumtypid GROUP BY typname"_s};
        }
        return {u"SELECT table_name, column_name, column_type, is_nullable, column_default FROM "
                "information_schema.columns WHERE table_schema = DATABASE() AND table_name <> 'alembic_version'"_s,
                u"SELECT table_name, index_name, non_unique, seq_in_index, column_name FROM "
                "information_schema.statistics WHERE table_schema = DATABASE() AND table_name <> 'alembic_version'"_s,
                u"SELECT table_name, constraint_name, constraint_type FROM information_schema.table_constraints "
                "WHERE table_schema = DATABASE() AND table_name <> 'alembic_version'"_s};
    }

    QString m_backend;
    QString m_name;
    QString m_url;
    QTemporaryDir m_folder;
    TestServer m_server;
    bool m_made = false;
};

} // namespace TestSupport
