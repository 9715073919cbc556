#include "versiontable.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Migrations {

std::optional<bool> hasVersionTable(const QSqlDatabase &database, Dialect dialect, QString *error)
{
    QString sql;
    switch (dialect) {
    case Dialect::SQLite:
        // SQLAlchemy's SQLite has_table looks in the main schema, tables and views alike.
        sql = u"SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = 'alembic_version'"_s;
        break;
    case Dialect::PostgreSQL:
        // With no schema given, PostgreSQL's has_table asks for a table visible on the
        // search path, of any of the kinds it reflects.
        sql = u"SELECT 1 FROM pg_catalog.pg_class c WHERE c.relname = 'alembic_version' "
              "AND c.relkind IN ('r', 'p', 'f', 'v', 'm') AND pg_catalog.pg_table_is_visible(c.oid)"_s;
        break;
    case Dialect::MySQL:
    case Dialect::MariaDB:
        sql = u"SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() "
              "AND table_name = 'alembic_version'"_s;
        break;
    }
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *error = u"cannot look for the alembic_version table: %1"_s.arg(query.lastError().text());
        return std::nullopt;
    }
    return query.next();
}

std::optional<QStringList> readCurrentHeads(const QSqlDatabase &database, Dialect dialect, QString *error)
{
    const std::optional<bool> exists = hasVersionTable(database, dialect, error);
    if (!exists)
        return std::nullopt;
    QStringList heads;
    if (!*exists)
        return heads;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT alembic_version.version_num FROM alembic_version"_s)) {
        *error = u"cannot read the alembic_version table: %1"_s.arg(query.lastError().text());
        return std::nullopt;
    }
    while (query.next())
        heads.append(query.value(0).toString());
    return heads;
}

} // namespace Migrations
