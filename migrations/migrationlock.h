#pragma once

#include "dialect.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Migrations {

// Keeps two runs off one database. Alembic has no such lock; teams add one by hand in
// env.py. Here it is the database's own:
// - PostgreSQL: a session-level advisory lock, per database;
// - MySQL/MariaDB: GET_LOCK on a name made of the database's name (the names are
//   server-wide);
// - SQLite: the write lock of a `BEGIN IMMEDIATE` transaction, which the run then uses as
//   its first transaction (and which each later migration takes again).
// Each is released when the connection ends, so a run that is killed never leaves it held.
class MigrationLock
{
public:
    MigrationLock(QSqlDatabase database, Dialect dialect)
        : m_database(std::move(database))
        , m_dialect(dialect)
    {}

    // Waits up to timeoutMs for the lock, calling `waiting` once if it has to wait and
    // `cancelled` between tries. False with *error (one sentence) when it was not had.
    bool acquire(int timeoutMs, const std::function<void(const QString &)> &waiting,
                 const std::function<bool()> &cancelled, QString *error);
    // PostgreSQL and MySQL only: SQLite's lock ends with its transaction.
    void release();

    // SQLite: begins the write transaction of the next migration, waiting as acquire().
    bool beginImmediate(int timeoutMs, const std::function<bool()> &cancelled, QString *error);

private:
    bool tryOnce(bool *held, QString *error);

    QSqlDatabase m_database;
    Dialect m_dialect;
    bool m_held = false;
};

} // namespace Migrations
