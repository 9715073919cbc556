#pragma once

#include <QString>

#include <optional>

namespace Migrations {

// The database backends Alembic Studio renders SQL for. MariaDB is its own dialect in
// SQLAlchemy (`mariadb://`), rendered like MySQL for everything done so far, but kept
// apart because the two differ in places later work will reach (RETURNING, sequences).
enum class Dialect { SQLite, PostgreSQL, MySQL, MariaDB };

// What a SQLAlchemy URL names, as `sqlalchemy.engine.url.make_url` and the dialect
// registry read it: `backend[+driver]://...`. The driver does not matter offline (Alembic
// renders `--sql` without importing it), so any driver is accepted.
struct DialectUrl
{
    std::optional<Dialect> dialect; // nothing when the URL is refused (see error)
    QString backend;                // "postgresql" in "postgresql+psycopg2://…"
    QString driver;                 // "psycopg2", or empty
    // Why there is no dialect, in SQLAlchemy's words where it has them: a URL it cannot
    // parse, a backend it does not know, or one it knows that Alembic Studio does not
    // render yet (oracle, mssql).
    QString error;
};

DialectUrl dialectFromUrl(const QString &url);

// SQLAlchemy's name for the dialect ("sqlite", "postgresql", "mysql", "mariadb").
QString dialectName(Dialect dialect);

// Alembic's DefaultImpl subclass for the dialect, as "Context impl …" names it.
QString alembicImplName(Dialect dialect);
// What MigrationContext logs of it: "Will assume transactional DDL." or non-transactional.
QString ddlAssumption(Dialect dialect);

// Alembic's DefaultImpl.transactional_ddl for the dialect: whether `--sql` output is
// framed by BEGIN; … COMMIT; (PostgreSQL only of these: SQLite's and MySQL's impls say
// no, SQLite's even though SQLite has transactional DDL).
bool hasTransactionalDdl(Dialect dialect);

} // namespace Migrations
