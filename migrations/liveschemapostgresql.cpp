// PostgreSQL's catalogue, pg_catalog: types as format_type() writes them, defaults and
// index predicates as pg_get_expr(), CHECK conditions as pg_get_constraintdef(). Names
// are joined with the unit separator (0x1f), which no identifier holds, so that arrays
// need no parsing of PostgreSQL's array syntax.

#include "liveschemareaders.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace Migrations::LiveSchemaReaders {

namespace {

using Kind = ConstraintDefinition::Kind;

const QChar separator(0x1f);

QStringList names(const QVariant &joined)
{
    const QString text = joined.toString();
    return text.isEmpty() ? QStringList() : text.split(separator);
}

// pg_get_indexdef() writes a column as an identifier, quoted where it must be.
QString unquotedIdentifier(const QString &name)
{
    if (name.size() >= 2 && name.front() == u'"' && name.back() == u'"')
        return name.sliced(1, name.size() - 2).replace("\"\""_L1, "\""_L1);
    return name;
}

// pg_constraint's confdeltype / confupdtype letters, as SQLAlchemy writes the action.
QString action(const QString &letter)
{
    if (letter == "r"_L1)
        return u"RESTRICT"_s;
    if (letter == "c"_L1)
        return u"CASCADE"_s;
    if (letter == "n"_L1)
        return u"SET NULL"_s;
    if (letter == "d"_L1)
        return u"SET DEFAULT"_s;
    return {}; // "a": NO ACTION, which is what no ON DELETE/ON UPDATE means
}

// The columns of a key, in the key's order, as one joined string.
QString keyColumns(QLatin1StringView keys, QLatin1StringView table)
{
    return u"array_to_string(ARRAY(SELECT a.attname FROM unnest(%1) WITH ORDINALITY AS k(n, i) "
           "JOIN pg_attribute a ON a.attrelid = %2 AND a.attnum = k.n ORDER BY k.i), chr(31))"_s.arg(keys, table);
}

void readColumns(const QSqlDatabase &database, const QVariant &oid, TableDefinition &table, QString *error)
{
    for (const QVariantList &column : selectRows(
             database,
             u"SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
             "pg_get_expr(d.adbin, d.adrelid), a.attidentity, col_description(a.attrelid, a.attnum), "
             "CASE WHEN a.attcollation <> t.typcollation THEN "
             "    (SELECT collname FROM pg_collation WHERE oid = a.attcollation) END, "
             "CASE WHEN t.typtype = 'e' THEN array_to_string(ARRAY(SELECT enumlabel FROM pg_enum "
             "    WHERE enumtypid = t.oid ORDER BY enumsortorder), chr(31)) END "
             "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
             "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
             "WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"_s,
             {oid}, error)) {
        ColumnDefinition definition;
        definition.name = column[0].toString();
        definition.type.module = TypeModule::Project;
        definition.type.name = column[1].toString();
        // Only a collation other than the type's own, as a COLLATE clause would give.
        definition.type.collation = column[6].toString();
        // An enum's labels, which its type's name does not say.
        definition.type.values = names(column[7]);
        definition.nullable = !column[2].toBool();
        const QString defaultSql = column[3].toString();
        // SERIAL is an integer column whose default draws from its own sequence; an
        // identity column numbers itself with no default at all.
        const bool sequence = defaultSql.startsWith("nextval("_L1);
        const bool identity = !column[4].toString().isEmpty();
        definition.autoincrement = sequence || identity ? ColumnDefinition::Autoincrement::True
                                                        : ColumnDefinition::Autoincrement::False;
        if (!column[3].isNull() && !sequence)
            definition.serverDefault = ServerDefault{ServerDefault::Kind::Sql, defaultSql};
        if (!column[5].isNull())
            definition.comment = column[5].toString();
        table.columns.append(definition);
    }
}

void readConstraints(const QSqlDatabase &database, const QVariant &oid, const QString &defaultSchema,
                     TableDefinition &table, QString *error)
{
    for (const QVariantList &constraint : selectRows(
             database,
             u"SELECT con.conname, con.contype, pg_get_constraintdef(con.oid, true), %1, "
             "fn.nspname, fc.relname, %2, con.confdeltype, con.confupdtype "
             "FROM pg_constraint con "
             "LEFT JOIN pg_class fc ON fc.oid = con.confrelid "
             "LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace "
             "WHERE con.conrelid = ? AND con.contype IN ('p', 'u', 'f', 'c') ORDER BY con.conname"_s.arg(
                 keyColumns("con.conkey"_L1, "con.conrelid"_L1), keyColumns("con.confkey"_L1, "con.confrelid"_L1)),
             {oid}, error)) {
        ConstraintDefinition definition;
        definition.name = constraint[0].toString();
        const QString type = constraint[1].toString();
        definition.columns = names(constraint[3]);
        if (type == "p"_L1) {
            definition.kind = Kind::PrimaryKey;
            for (ColumnDefinition &column : table.columns)
                column.primaryKey = column.primaryKey || definition.columns.contains(column.name);
        } else if (type == "u"_L1) {
            definition.kind = Kind::Unique;
        } else if (type == "f"_L1) {
            definition.kind = Kind::ForeignKey;
            const QString referentSchema = constraint[4].toString();
            definition.referentSchema = referentSchema == defaultSchema ? QString() : referentSchema;
            definition.referentTable = constraint[5].toString();
            definition.referentColumns = names(constraint[6]);
            definition.onDelete = action(constraint[7].toString());
            definition.onUpdate = action(constraint[8].toString());
        } else {
            // "CHECK ((amount > 0))", possibly followed by NOT VALID / NO INHERIT.
            definition.kind = Kind::Check;
            definition.columns.clear();
            const QString text = constraint[2].toString();
            const qsizetype open = text.indexOf(u'(');
            const qsizetype close = text.lastIndexOf(u')');
            definition.condition = open >= 0 && close > open ? text.sliced(open + 1, close - open - 1) : text;
        }
        table.constraints.append(definition);
    }
}

// Indexes created on their own: not those backing a key or an exclusion.
void readIndexes(const QSqlDatabase &database, const QVariant &oid, TableDefinition &table, QString *error)
{
    for (const QVariantList &index : selectRows(
             database,
             u"SELECT i.relname, ix.indisunique, "
             "array_to_string(ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k, true) "
             "    FROM generate_series(1, ix.indnkeyatts) AS k ORDER BY k), chr(31)), "
             "array_to_string(ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k, true) "
             "    FROM generate_series(ix.indnkeyatts + 1, ix.indnatts) AS k ORDER BY k), chr(31)), "
             "pg_get_expr(ix.indpred, ix.indrelid), am.amname "
             "FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_am am ON am.oid = i.relam "
             "WHERE ix.indrelid = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
             "    WHERE c.conindid = ix.indexrelid AND c.conrelid = ix.indrelid AND c.contype IN ('p', 'u', 'x')) "
             "ORDER BY i.relname"_s,
             {oid}, error)) {
        IndexDefinition definition;
        definition.name = index[0].toString();
        definition.unique = index[1].toBool();
        for (const QString &column : names(index[2]))
            definition.columns.append(unquotedIdentifier(column));
        for (const QString &column : names(index[3]))
            definition.options.postgresqlInclude.append(unquotedIdentifier(column));
        definition.options.postgresqlWhere = index[4].toString();
        const QString method = index[5].toString();
        definition.options.postgresqlUsing = method == "btree"_L1 ? QString() : method;
        table.indexes.append(definition);
    }
}

} // namespace

LiveSchema readPostgreSQL(const QSqlDatabase &database, const QStringList &schemas)
{
    LiveSchema schema;
    schema.dialect = Dialect::PostgreSQL;
    const QueryRows current = selectRows(database, u"SELECT current_schema()"_s, {}, &schema.error);
    if (!schema.error.isEmpty())
        return schema;
    const QString defaultSchema = current.isEmpty() ? u"public"_s : current.front().value(0).toString();

    for (const QString &schemaName : schemas) {
        const QString catalogueName = schemaName.isEmpty() ? defaultSchema : schemaName;
        const QueryRows tables = selectRows(
            database,
            u"SELECT c.oid, c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p') AND n.nspname = ? AND c.relname <> 'alembic_version' ORDER BY c.relname"_s,
            {catalogueName}, &schema.error);
        if (!schema.error.isEmpty())
            return schema;
        for (const QVariantList &row : tables) {
            const QVariant oid = row[0];
            TableDefinition table;
            table.name = row[1].toString();
            table.schema = schemaName;
            if (!row[2].isNull())
                table.comment = row[2].toString();

            readColumns(database, oid, table, &schema.error);
            readConstraints(database, oid, defaultSchema, table, &schema.error);
            readIndexes(database, oid, table, &schema.error);
            if (!schema.error.isEmpty())
                return schema;
            schema.tables.append(table);
        }
    }
    return schema;
}

} // namespace Migrations::LiveSchemaReaders
