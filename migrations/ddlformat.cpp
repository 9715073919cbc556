#include "ddlformat.h"

#include "identifier.h"

using namespace Qt::StringLiterals;

namespace Migrations {

bool isMySQL(Dialect dialect)
{
    return dialect == Dialect::MySQL || dialect == Dialect::MariaDB;
}

QString qualified(const QString &name, const QString &schema, Dialect dialect)
{
    const QString quoted = quoteName(name, dialect);
    return schema.isEmpty() ? quoted : quoteName(schema, dialect) + u'.' + quoted;
}

QString stringLiteral(const QString &value, Dialect dialect)
{
    QString text = value;
    text.replace(u'\'', "''"_L1);
    if (dialect != Dialect::SQLite)
        text.replace(u'\\', "\\\\"_L1);
    return u'\'' + text + u'\'';
}

} // namespace Migrations
