// SQLite's catalogue: sqlite_master and the table PRAGMAs. The PRAGMAs give columns,
// indexes (with the automatic ones of PRIMARY KEY and UNIQUE) and foreign keys, but no
// constraint names and no CHECKs: those are read from the CREATE TABLE text SQLite keeps
// as it was written, which is how SQLAlchemy's own reflection finds them too.

#include "liveschemareaders.h"

#include <QMap>
#include <QSqlDatabase>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Migrations::LiveSchemaReaders {

namespace {

using Kind = ConstraintDefinition::Kind;

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', "\"\""_L1) + u'"';
}

// A name as SQLite's tokenizer reads it: "x", `x`, [x] or bare.
QString unquoted(QStringView name)
{
    name = name.trimmed();
    if (name.size() >= 2) {
        const QChar first = name.front(), last = name.back();
        if ((first == u'"' && last == u'"') || (first == u'`' && last == u'`'))
            return name.sliced(1, name.size() - 2).toString().replace(QString(2, first), QString(first));
        if (first == u'[' && last == u']')
            return name.sliced(1, name.size() - 2).toString();
    }
    return name.toString();
}

// The text split at the commas outside brackets and quotes.
QStringList splitTopLevel(QStringView text)
{
    QStringList parts;
    int depth = 0;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`')
            quote = c;
        else if (c == u'[')
            quote = u']';
        else if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        else if (c == u',' && depth == 0) {
            parts.append(text.sliced(start, i - start).trimmed().toString());
            start = i + 1;
        }
    }
    parts.append(text.sliced(start).trimmed().toString());
    return parts;
}

// The text inside the brackets that start at `open` (which must be a '(').
QString bracketed(const QString &text, qsizetype open)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth == 0) {
            return text.sliced(open + 1, i - open - 1);
        }
    }
    return text.sliced(open + 1);
}

// The first word of text and the rest, with a quoted name as one word.
std::pair<QString, QString> firstWord(const QString &text)
{
    const QString trimmed = text.trimmed();
    qsizetype end = 0;
    if (!trimmed.isEmpty() && (trimmed[0] == u'"' || trimmed[0] == u'`' || trimmed[0] == u'[')) {
        const QChar close = trimmed[0] == u'[' ? u']' : trimmed[0];
        end = trimmed.indexOf(close, 1);
        end = end < 0 ? trimmed.size() : end + 1;
    } else {
        while (end < trimmed.size() && !trimmed[end].isSpace() && trimmed[end] != u'(')
            ++end;
    }
    return {trimmed.left(end), trimmed.mid(end).trimmed()};
}

// A constraint the CREATE TABLE text names or checks: the name (if any), its kind, its
// columns, its condition (CHECK) or referenced table (FOREIGN KEY).
struct WrittenConstraint
{
    QString name;
    Kind kind = Kind::Check;
    QStringList columns;
    QString condition;
    QString referentTable;
};

QStringList columnList(const QString &inside)
{
    QStringList columns;
    for (const QString &part : splitTopLevel(inside))
        columns.append(unquoted(firstWord(part).first));
    return columns;
}

// Reads one element of the CREATE TABLE's list: a table constraint, or a column whose
// definition holds a CHECK of its own.
void readElement(const QString &element, QList<WrittenConstraint> *constraints)
{
    QString rest = element;
    QString name;
    if (rest.startsWith("CONSTRAINT"_L1, Qt::CaseInsensitive) && rest.size() > 10 && rest[10].isSpace()) {
        const auto [word, after] = firstWord(rest.mid(10));
        name = unquoted(word);
        rest = after;
    }
    const auto startsWith = [&rest](QLatin1StringView keyword) { return rest.startsWith(keyword, Qt::CaseInsensitive); };
    WrittenConstraint constraint;
    constraint.name = name;
    const qsizetype open = rest.indexOf(u'(');
    if (startsWith("PRIMARY KEY"_L1) || startsWith("UNIQUE"_L1)) {
        constraint.kind = startsWith("UNIQUE"_L1) ? Kind::Unique : Kind::PrimaryKey;
        if (open >= 0)
            constraint.columns = columnList(bracketed(rest, open));
        constraints->append(constraint);
    } else if (startsWith("CHECK"_L1)) {
        constraint.condition = open >= 0 ? bracketed(rest, open).trimmed() : QString();
        constraints->append(constraint);
    } else if (startsWith("FOREIGN KEY"_L1)) {
        constraint.kind = Kind::ForeignKey;
        if (open >= 0)
            constraint.columns = columnList(bracketed(rest, open));
        const qsizetype references = rest.indexOf("REFERENCES"_L1, 0, Qt::CaseInsensitive);
        if (references >= 0)
            constraint.referentTable = unquoted(firstWord(rest.mid(references + 10)).first);
        constraints->append(constraint);
    } else if (name.isEmpty()) {
        // A column: a CHECK inside it (SQLAlchemy writes a Column's CheckConstraint there).
        const qsizetype check = element.indexOf(" CHECK"_L1, 0, Qt::CaseInsensitive);
        if (check < 0)
            return;
        const qsizetype named = element.lastIndexOf(" CONSTRAINT "_L1, check, Qt::CaseInsensitive);
        constraint.name = named >= 0 ? unquoted(firstWord(element.mid(named + 12)).first) : QString();
        const qsizetype bracket = element.indexOf(u'(', check);
        if (bracket >= 0) {
            constraint.condition = bracketed(element, bracket).trimmed();
            constraints->append(constraint);
        }
    }
}

QList<WrittenConstraint> writtenConstraints(const QString &createTable)
{
    QList<WrittenConstraint> constraints;
    const qsizetype open = createTable.indexOf(u'(');
    if (open < 0)
        return constraints;
    for (const QString &element : splitTopLevel(bracketed(createTable, open)))
        readElement(element, &constraints);
    return constraints;
}

// The name the CREATE TABLE text gives the constraint of this kind on these columns.
QString writtenName(const QList<WrittenConstraint> &written, Kind kind, const QStringList &columns,
                    const QString &referentTable = {})
{
    for (const WrittenConstraint &constraint : written) {
        if (constraint.kind == kind && constraint.columns == columns
            && (kind != Kind::ForeignKey || constraint.referentTable == referentTable)) {
            return constraint.name;
        }
    }
    return {};
}

// SQLite reports an action that was not written as "NO ACTION".
QString action(const QString &reported)
{
    return reported == "NO ACTION"_L1 ? QString() : reported;
}

} // namespace

LiveSchema readSQLite(const QSqlDatabase &database, const QStringList &schemas)
{
    LiveSchema schema;
    schema.dialect = Dialect::SQLite;
    // A schema is an attached database; one the model names that is not attached has no
    // tables (the comparison says they are missing) rather than failing the whole read.
    QStringList attached;
    for (const QVariantList &row : selectRows(database, u"PRAGMA database_list"_s, {}, &schema.error))
        attached.append(row.value(1).toString());
    for (const QString &schemaName : schemas) {
        if (!schemaName.isEmpty() && !attached.contains(schemaName))
            continue;
        // An attached database's catalogue is <schema>.sqlite_master; "" is main.
        const QString prefix = schemaName.isEmpty() ? QString() : quoted(schemaName) + u'.';
        const QueryRows tables = selectRows(
            database,
            u"SELECT name, sql FROM %1sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "AND name <> 'alembic_version' ORDER BY name"_s.arg(prefix),
            {}, &schema.error);
        if (!schema.error.isEmpty())
            return schema;
        for (const QVariantList &row : tables) {
            TableDefinition table;
            table.name = row[0].toString();
            table.schema = schemaName;
            const QList<WrittenConstraint> written = writtenConstraints(row[1].toString());

            QList<std::pair<int, QString>> primaryKey;
            for (const QVariantList &column :
                 selectRows(database, u"PRAGMA %1table_info(%2)"_s.arg(prefix, quoted(table.name)), {}, &schema.error)) {
                ColumnDefinition definition;
                definition.name = column[1].toString();
                definition.type.module = TypeModule::Project;
                definition.type.name = column[2].toString();
                definition.nullable = column[3].toInt() == 0;
                if (!column[4].isNull())
                    definition.serverDefault = ServerDefault{ServerDefault::Kind::Sql, column[4].toString()};
                definition.autoincrement = ColumnDefinition::Autoincrement::False;
                if (column[5].toInt() > 0) {
                    definition.primaryKey = true;
                    primaryKey.append({column[5].toInt(), definition.name});
                }
                table.columns.append(definition);
            }
            if (!primaryKey.isEmpty()) {
                std::sort(primaryKey.begin(), primaryKey.end());
                ConstraintDefinition key;
                key.kind = Kind::PrimaryKey;
                for (const auto &[position, column] : std::as_const(primaryKey))
                    key.columns.append(column);
                key.name = writtenName(written, Kind::PrimaryKey, key.columns);
                table.constraints.append(key);
            }

            // Indexes: those created on their own ("c"), and the automatic ones that back a
            // UNIQUE constraint ("u"), which are the constraint as far as SQLite knows.
            for (const QVariantList &index :
                 selectRows(database, u"PRAGMA %1index_list(%2)"_s.arg(prefix, quoted(table.name)), {}, &schema.error)) {
                const QString indexName = index[1].toString();
                const QString origin = index[3].toString();
                if (origin == "pk"_L1)
                    continue;
                QStringList columns;
                for (const QVariantList &part : selectRows(
                         database, u"PRAGMA %1index_info(%2)"_s.arg(prefix, quoted(indexName)), {}, &schema.error)) {
                    // An expression's column is NULL: keep its place.
                    columns.append(part[2].isNull() ? u"<expression>"_s : part[2].toString());
                }
                if (origin == "u"_L1) {
                    ConstraintDefinition unique;
                    unique.kind = Kind::Unique;
                    unique.columns = columns;
                    unique.name = writtenName(written, Kind::Unique, columns);
                    table.constraints.append(unique);
                    continue;
                }
                IndexDefinition definition;
                definition.name = indexName;
                definition.columns = columns;
                definition.unique = index[2].toInt() != 0;
                if (index[4].toInt() != 0) {
                    const QueryRows sql = selectRows(
                        database, u"SELECT sql FROM %1sqlite_master WHERE type = 'index' AND name = ?"_s.arg(prefix),
                        {indexName}, &schema.error);
                    const QString text = sql.isEmpty() ? QString() : sql.front().value(0).toString();
                    const qsizetype where = text.lastIndexOf(" WHERE "_L1, -1, Qt::CaseInsensitive);
                    definition.options.sqliteWhere = where >= 0 ? text.mid(where + 7).trimmed() : QString();
                }
                table.indexes.append(definition);
            }

            // Foreign keys: one row per column, grouped by the key's id.
            QMap<int, ConstraintDefinition> foreignKeys;
            for (const QVariantList &part : selectRows(
                     database, u"PRAGMA %1foreign_key_list(%2)"_s.arg(prefix, quoted(table.name)), {}, &schema.error)) {
                ConstraintDefinition &key = foreignKeys[part[0].toInt()];
                key.kind = Kind::ForeignKey;
                key.referentSchema = schemaName;
                key.referentTable = part[2].toString();
                key.columns.append(part[3].toString());
                key.referentColumns.append(part[4].toString());
                key.onUpdate = action(part[5].toString());
                key.onDelete = action(part[6].toString());
            }
            for (ConstraintDefinition key : std::as_const(foreignKeys)) {
                key.name = writtenName(written, Kind::ForeignKey, key.columns, key.referentTable);
                table.constraints.append(key);
            }
            for (const WrittenConstraint &check : written) {
                if (check.kind != Kind::Check)
                    continue;
                ConstraintDefinition definition;
                definition.kind = Kind::Check;
                definition.name = check.name;
                definition.condition = check.condition;
                table.constraints.append(definition);
            }
            if (!schema.error.isEmpty())
                return schema;
            schema.tables.append(table);
        }
    }
    return schema;
}

} // namespace Migrations::LiveSchemaReaders
