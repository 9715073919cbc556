#include "migrationlock.h"

#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// "alembic_" in ASCII: one key for every Alembic Studio run on a PostgreSQL database
// (advisory locks are per database already).
constexpr qint64 advisoryKey = 0x616c656d6269635fLL;

constexpr int retryMs = 100;

// What the lock is called in messages.
QString lockName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        return u"the database's write lock"_s;
    case Dialect::PostgreSQL:
        return u"the migration lock (PostgreSQL advisory lock %1)"_s.arg(advisoryKey);
    case Dialect::MySQL:
    case Dialect::MariaDB:
        break;
    }
    return u"the migration lock (GET_LOCK 'alembic_studio:' + the database name)"_s;
}

bool isBusy(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with or without extended codes.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

} // namespace

bool MigrationLock::tryOnce(bool *held, QString *error)
{
    QSqlQuery query(m_database);
    switch (m_dialect) {
    case Dialect::SQLite:
        if (query.exec(u"BEGIN IMMEDIATE"_s)) {
            *held = true;
            return true;
        }
        if (isBusy(query.lastError())) {
            *held = false;
            return true;
        }
        *error = u"cannot begin a write transaction: %1"_s.arg(query.lastError().text());
        return false;
    case Dialect::PostgreSQL:
        if (!query.exec(u"SELECT pg_try_advisory_lock(%1)"_s.arg(advisoryKey)) || !query.next()) {
            *error = u"cannot take the migration lock: %1"_s.arg(query.lastError().text());
            return false;
        }
        *held = query.value(0).toBool();
        return true;
    case Dialect::MySQL:
    case Dialect::MariaDB:
        if (!query.exec(u"SELECT GET_LOCK(CONCAT('alembic_studio:', DATABASE()), 0)"_s) || !query.next()) {
            *error = u"cannot take the migration lock: %1"_s.arg(query.lastError().text());
            return false;
        }
        *held = query.value(0).toInt() == 1;
        return true;
    }
    return false;
}

bool MigrationLock::acquire(int timeoutMs, const std::function<void(const QString &)> &waiting,
                            const std::function<bool()> &cancelled, QString *error)
{
    // SQLite waits for a busy database itself, 5 s by default in QtSql: while this waits,
    // it waits in short turns (so that it can say it is waiting, and be cancelled), and
    // the connection's own patience comes back once the lock is had.
    std::optional<int> busyTimeout;
    if (m_dialect == Dialect::SQLite) {
        QSqlQuery pragma(m_database);
        if (pragma.exec(u"PRAGMA busy_timeout"_s) && pragma.next()) {
            busyTimeout = pragma.value(0).toInt();
            pragma.exec(u"PRAGMA busy_timeout = %1"_s.arg(retryMs));
        }
    }
    const auto restore = qScopeGuard([&] {
        if (busyTimeout)
            QSqlQuery(m_database).exec(u"PRAGMA busy_timeout = %1"_s.arg(*busyTimeout));
    });
    const QDeadlineTimer deadline(timeoutMs);
    bool announced = false;
    for (;;) {
        bool held = false;
        if (!tryOnce(&held, error))
            return false;
        if (held) {
            m_held = m_dialect != Dialect::SQLite;
            return true;
        }
        if (!announced && waiting) {
            waiting(u"another run holds %1 on this database: waiting up to %2 s for it to finish"_s.arg(
                lockName(m_dialect)).arg(timeoutMs / 1000.0));
            announced = true;
        }
        if (cancelled && cancelled()) {
            *error = u"cancelled while waiting for another run to finish"_s;
            return false;
        }
        if (deadline.hasExpired()) {
            *error = u"another run holds %1 on this database; gave up waiting after %2 s"_s.arg(lockName(m_dialect))
                         .arg(timeoutMs / 1000.0);
            return false;
        }
        QThread::msleep(retryMs);
    }
}

bool MigrationLock::beginImmediate(int timeoutMs, const std::function<bool()> &cancelled, QString *error)
{
    return acquire(timeoutMs, {}, cancelled, error);
}

void MigrationLock::release()
{
    if (!m_held)
        return;
    QSqlQuery query(m_database);
    if (m_dialect == Dialect::PostgreSQL)
        query.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(advisoryKey));
    else
        query.exec(u"SELECT RELEASE_LOCK(CONCAT('alembic_studio:', DATABASE()))"_s);
    m_held = false;
}

} // namespace Migrations
