#include "dialect.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Migrations {

DialectUrl dialectFromUrl(const QString &url)
{
    // sqlalchemy.engine.url._parse_url: the name is `[\w\+]+` up to "://"; what follows
    // may be anything (even nothing, as in "sqlite://").
    static const QRegularExpression pattern(u"^([\\w+]+)://"_s, QRegularExpression::UseUnicodePropertiesOption);
    DialectUrl result;
    const QRegularExpressionMatch match = pattern.match(url);
    if (!match.hasMatch()) {
        result.error = u"Could not parse SQLAlchemy URL from string '%1'"_s.arg(url);
        return result;
    }
    const QString name = match.captured(1);
    const qsizetype plus = name.indexOf(u'+');
    result.backend = plus < 0 ? name : name.first(plus);
    result.driver = plus < 0 ? QString() : name.sliced(plus + 1);
    // The registry's names are case-sensitive: "SQLite://" is not a dialect.
    if (result.backend == "sqlite"_L1)
        result.dialect = Dialect::SQLite;
    else if (result.backend == "postgresql"_L1)
        result.dialect = Dialect::PostgreSQL;
    else if (result.backend == "mysql"_L1)
        result.dialect = Dialect::MySQL;
    else if (result.backend == "mariadb"_L1)
        result.dialect = Dialect::MariaDB;
    else if (result.backend == "oracle"_L1 || result.backend == "mssql"_L1)
        result.error = u"the %1 dialect is not one Alembic Studio renders SQL for yet (sqlite, postgresql, "
                       "mysql and mariadb are)"_s.arg(result.backend);
    else
        result.error = u"Can't load plugin: sqlalchemy.dialects:%1"_s.arg(result.backend);
    return result;
}

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        return u"sqlite"_s;
    case Dialect::PostgreSQL:
        return u"postgresql"_s;
    case Dialect::MySQL:
        return u"mysql"_s;
    case Dialect::MariaDB:
        return u"mariadb"_s;
    }
    return {};
}

QString alembicImplName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        return u"SQLiteImpl"_s;
    case Dialect::PostgreSQL:
        return u"PostgresqlImpl"_s;
    case Dialect::MySQL:
        return u"MySQLImpl"_s;
    case Dialect::MariaDB:
        break;
    }
    return u"MariaDBImpl"_s;
}

QString ddlAssumption(Dialect dialect)
{
    return hasTransactionalDdl(dialect) ? u"Will assume transactional DDL."_s : u"Will assume non-transactional DDL."_s;
}

bool hasTransactionalDdl(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL;
}

} // namespace Migrations
