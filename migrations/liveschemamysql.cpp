// MySQL's and MariaDB's catalogue, information_schema. A unique index and a UNIQUE
// constraint are one thing there (TABLE_CONSTRAINTS lists every unique index as UNIQUE), so
// unique indexes are read as constraints only; STATISTICS gives the other indexes.
// MariaDB and MySQL differ in COLUMN_DEFAULT: MariaDB (10.2.7+) writes it as an SQL
// expression ('x' quoted, current_timestamp(), NULL for none on a nullable column), MySQL
// as a bare value, with DEFAULT_GENERATED in EXTRA for an expression; both are turned into
// the expression form here.

#include "liveschemareaders.h"

#include "sqlliteral.h"

#include <QHash>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace Migrations::LiveSchemaReaders {

namespace {

using Kind = ConstraintDefinition::Kind;

// REFERENTIAL_CONSTRAINTS says RESTRICT when no action was given; in InnoDB RESTRICT and
// NO ACTION are the same thing (both checked at once).
QString action(const QString &rule)
{
    return rule == "RESTRICT"_L1 || rule == "NO ACTION"_L1 ? QString() : rule;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

LiveSchema readMySQL(const QSqlDatabase &database, const QStringList &schemas)
{
    LiveSchema schema;
    const QueryRows server = selectRows(database, u"SELECT DATABASE(), VERSION()"_s, {}, &schema.error);
    if (!schema.error.isEmpty())
        return schema;
    const QString currentDatabase = server.value(0).value(0).toString();
    const bool mariadb = server.value(0).value(1).toString().contains("MariaDB"_L1, Qt::CaseInsensitive);
    schema.dialect = mariadb ? Dialect::MariaDB : Dialect::MySQL;

    // The schemas as the catalogue names them; "" is the connection's database.
    QVariantList catalogueNames;
    for (const QString &name : schemas)
        catalogueNames.append(name.isEmpty() ? currentDatabase : name);
    const auto schemaOf = [&](const QVariant &catalogueName) {
        const QString name = catalogueName.toString();
        return name == currentDatabase ? QString() : name;
    };
    const QString in = placeholders(catalogueNames.size());
    QHash<std::pair<QString, QString>, qsizetype> tableIndex;
    const auto tableOf = [&](const QVariant &schemaName, const QVariant &tableName) -> TableDefinition * {
        const qsizetype index = tableIndex.value({schemaOf(schemaName), tableName.toString()}, -1);
        return index < 0 ? nullptr : &schema.tables[index];
    };

    const QueryRows tables = selectRows(
        database,
        u"SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_COMMENT FROM information_schema.TABLES "
        "WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA IN (%1) AND TABLE_NAME <> 'alembic_version'"_s.arg(in),
        catalogueNames, &schema.error);
    for (const QVariantList &row : tables) {
        TableDefinition table;
        table.schema = schemaOf(row[0]);
        table.name = row[1].toString();
        if (!row[2].toString().isEmpty())
            table.comment = row[2].toString();
        tableIndex.insert({table.schema, table.name}, schema.tables.size());
        schema.tables.append(table);
    }

    for (const QVariantList &row : selectRows(
             database,
             u"SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, "
             "COLUMN_COMMENT, DATA_TYPE, CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (%1) "
             "ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION"_s.arg(in),
             catalogueNames, &schema.error)) {
        TableDefinition *table = tableOf(row[0], row[1]);
        if (!table)
            continue;
        ColumnDefinition column;
        column.name = row[2].toString();
        column.type.module = TypeModule::Project;
        column.type.name = row[3].toString();
        column.type.charset = row[9].toString();
        column.type.collation = row[10].toString();
        column.nullable = row[4].toString() == "YES"_L1;
        const QString extra = row[6].toString();
        column.autoincrement = extra.contains("auto_increment"_L1, Qt::CaseInsensitive)
            ? ColumnDefinition::Autoincrement::True
            : ColumnDefinition::Autoincrement::False;
        if (!row[5].isNull()) {
            QString value = row[5].toString();
            const QString dataType = row[8].toString().toLower();
            static const QStringList quotedTypes = {u"char"_s,     u"varchar"_s,  u"text"_s,     u"tinytext"_s,
                                                    u"mediumtext"_s, u"longtext"_s, u"enum"_s,     u"set"_s,
                                                    u"date"_s,     u"datetime"_s, u"timestamp"_s, u"time"_s,
                                                    u"binary"_s,   u"varbinary"_s, u"year"_s};
            if (!mariadb && !extra.contains("DEFAULT_GENERATED"_L1, Qt::CaseInsensitive) && quotedTypes.contains(dataType)
                && value.compare("CURRENT_TIMESTAMP"_L1, Qt::CaseInsensitive) != 0) {
                value = stringLiteral(value, Dialect::MySQL);
            }
            // MariaDB's "NULL" is the absence of a default on a nullable column.
            if (!(mariadb && value == "NULL"_L1))
                column.serverDefault = ServerDefault{ServerDefault::Kind::Sql, value};
        }
        if (!row[7].toString().isEmpty())
            column.comment = row[7].toString();
        table->columns.append(column);
    }

    // Keys: TABLE_CONSTRAINTS names them, KEY_COLUMN_USAGE gives their columns in order.
    for (const QVariantList &row : selectRows(
             database,
             u"SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME, "
             "k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE "
             "FROM information_schema.TABLE_CONSTRAINTS tc "
             "JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA "
             "    AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND k.TABLE_NAME = tc.TABLE_NAME "
             "LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA "
             "    AND r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND r.TABLE_NAME = tc.TABLE_NAME "
             "WHERE tc.TABLE_SCHEMA IN (%1) AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') "
             "ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION"_s.arg(in),
             catalogueNames, &schema.error)) {
        TableDefinition *table = tableOf(row[0], row[1]);
        if (!table)
            continue;
        const QString type = row[3].toString();
        const Kind kind = type == "PRIMARY KEY"_L1 ? Kind::PrimaryKey
            : type == "UNIQUE"_L1                  ? Kind::Unique
                                                   : Kind::ForeignKey;
        const QString name = row[2].toString();
        ConstraintDefinition *constraint = findConstraint(*table, kind, name);
        if (!constraint) {
            ConstraintDefinition definition;
            definition.kind = kind;
            definition.name = name;
            if (kind == Kind::ForeignKey) {
                definition.referentSchema = schemaOf(row[5]);
                definition.referentTable = row[6].toString();
                definition.onUpdate = action(row[8].toString());
                definition.onDelete = action(row[9].toString());
            }
            table->constraints.append(definition);
            constraint = &table->constraints.back();
        }
        constraint->columns.append(row[4].toString());
        if (kind == Kind::ForeignKey)
            constraint->referentColumns.append(row[7].toString());
        if (kind == Kind::PrimaryKey) {
            for (ColumnDefinition &column : table->columns)
                column.primaryKey = column.primaryKey || column.name == row[4].toString();
        }
    }

    // CHECKs. MariaDB names a column's own CHECK after the column, per table, so its
    // CHECK_CONSTRAINTS has TABLE_NAME; MySQL's has not, and check names are per schema there.
    const QString checks = mariadb
        ? u"SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
          "WHERE CONSTRAINT_SCHEMA IN (%1) ORDER BY CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME"_s.arg(in)
        : u"SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE "
          "FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc "
          "    ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
          "WHERE tc.TABLE_SCHEMA IN (%1) AND tc.CONSTRAINT_TYPE = 'CHECK' "
          "ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME"_s.arg(in);
    for (const QVariantList &row : selectRows(database, checks, catalogueNames, &schema.error)) {
        TableDefinition *table = tableOf(row[0], row[1]);
        if (!table)
            continue;
        ConstraintDefinition check;
        check.kind = Kind::Check;
        check.name = row[2].toString();
        check.condition = row[3].toString();
        table->constraints.append(check);
    }

    // The other indexes, column by column; PRIMARY and the unique ones are keys (above).
    for (const QVariantList &row : selectRows(
             database,
             u"SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, COLUMN_NAME, SUB_PART FROM information_schema.STATISTICS "
             "WHERE TABLE_SCHEMA IN (%1) AND NON_UNIQUE = 1 ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX"_s
                 .arg(in),
             catalogueNames, &schema.error)) {
        TableDefinition *table = tableOf(row[0], row[1]);
        if (!table)
            continue;
        const QString name = row[2].toString();
        if (table->indexes.isEmpty() || table->indexes.back().name != name) {
            IndexDefinition index;
            index.name = name;
            table->indexes.append(index);
        }
        IndexDefinition &index = table->indexes.back();
        index.columns.append(row[3].isNull() ? u"<expression>"_s : row[3].toString());
        if (!row[4].isNull())
            index.options.mysqlLength = row[4].toInt();
    }
    if (!schema.error.isEmpty())
        schema.tables.clear();
    return schema;
}

} // namespace Migrations::LiveSchemaReaders
