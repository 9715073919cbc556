#include "ddlformat.h"

#include "identifier.h"

#include <QStringList>

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

QString alembicTableName(const QString &name, const QString &schema, Dialect dialect)
{
    if (schema.isEmpty())
        return quoteName(name, dialect);
    QStringList parts;
    for (const QString &part : schema.split(u'.'))
        parts.append(quoteName(part, dialect));
    return parts.join(u'.') + u'.' + quoteName(name, dialect);
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
