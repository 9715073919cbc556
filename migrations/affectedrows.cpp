#include "destructivechange.h"

#include "identifier.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

// countAffectedRows(): COUNT(*) on the live database, for the findings of a review.

namespace Migrations {

namespace {

// The messages share the findings' translation context (destructivechange.cpp).
struct RowMessages
{
    Q_DECLARE_TR_FUNCTIONS(Migrations::DestructiveChange)
};

// The name the driver lists the table under, or empty when the database has no such table.
// QtSql lists PostgreSQL tables outside the search path as "schema.table".
QString listedTable(const QStringList &tables, const DestructiveFinding &finding)
{
    const QString wanted = finding.schema.isEmpty() ? finding.table : finding.schema + u'.' + finding.table;
    for (const QString &table : tables) {
        if (table.compare(wanted, Qt::CaseInsensitive) == 0)
            return table;
    }
    return {};
}

} // namespace

QList<AffectedRows> countAffectedRows(const QSqlDatabase &database, Dialect dialect,
                                      const QList<DestructiveFinding> &findings)
{
    QList<AffectedRows> counts;
    counts.reserve(findings.size());
    const QStringList tables = database.tables(QSql::Tables);
    for (const DestructiveFinding &finding : findings) {
        if (finding.rows == DestructiveFinding::Rows::None || finding.table.isEmpty()) {
            counts.append(AffectedRows());
            continue;
        }
        const QString listed = listedTable(tables, finding);
        if (listed.isEmpty()) {
            counts.append({std::nullopt, RowMessages::tr("table not there yet")});
            continue;
        }
        const bool nulls = finding.rows == DestructiveFinding::Rows::NullInColumn;
        if (nulls && database.record(listed).indexOf(finding.column) < 0) {
            counts.append({std::nullopt, RowMessages::tr("column not there yet")});
            continue;
        }
        QString sql = u"SELECT COUNT(*) FROM "_s;
        if (!finding.schema.isEmpty())
            sql += quoteName(finding.schema, dialect) + u'.';
        sql += quoteName(finding.table, dialect);
        if (nulls)
            sql += " WHERE "_L1 + quoteName(finding.column, dialect) + " IS NULL"_L1;
        QSqlQuery query(database);
        if (!query.exec(sql) || !query.next()) {
            counts.append(
                {std::nullopt, RowMessages::tr("could not count: %1").arg(query.lastError().text())});
            continue;
        }
        counts.append(AffectedRows{query.value(0).toLongLong(), {}});
    }
    return counts;
}

} // namespace Migrations
