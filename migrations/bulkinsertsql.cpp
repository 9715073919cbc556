#include "bulkinsertsql.h"

#include "ddltext.h"
#include "identifier.h"
#include "sqlliteral.h"

using namespace Qt::StringLiterals;

namespace Migrations {

// Each row is `table.insert().inline().values(**{key: literal bind of table.c[key].type})`
// compiled with literal binds: the columns are the table's that the row has a key for, in
// the table's order (the compiler walks the table's columns, not the dict).
CompiledOperation compileBulkInsert(const Operation &operation, Dialect dialect)
{
    CompiledOperation compiled;
    const QString table = qualified(operation.table, operation.schema, dialect);
    for (const InsertRow &row : operation.rows) {
        if (!row.error.isEmpty()) {
            compiled.error = row.error;
            return compiled;
        }
        QStringList columns, values;
        for (const TableClauseColumn &column : operation.tableColumns) {
            const auto given = std::find_if(row.values.cbegin(), row.values.cend(),
                                            [&column](const auto &entry) { return entry.first == column.name; });
            if (given == row.values.cend())
                continue;
            const LiteralSql literal = literalSql(given->second, column.type, dialect);
            if (literal.unsupported)
                return {{}, u"op.bulk_insert: column '%1': %2"_s.arg(column.name, literal.error), true};
            if (!literal.error.isEmpty()) {
                compiled.error = literal.error;
                return compiled;
            }
            columns.append(quoteName(column.name, dialect));
            values.append(literal.sql);
        }
        // No values: the SQL standard's DEFAULT VALUES, which MySQL spells `() VALUES ()`.
        if (columns.isEmpty()) {
            const bool mysql = dialect == Dialect::MySQL || dialect == Dialect::MariaDB;
            compiled.statements.append(u"INSERT INTO %1 %2"_s.arg(table, mysql ? u"() VALUES ()"_s : u"DEFAULT VALUES"_s));
        } else {
            compiled.statements.append(
                u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), values.join(u", "_s)));
        }
    }
    return compiled;
}

} // namespace Migrations
