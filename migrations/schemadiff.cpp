#include "schemadiff.h"

#include "createtable.h"
#include "ddlcompiler.h"
#include "typecompiler.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// The messages of this file share one translation context, as a class's tr() would.
struct SchemaMessages
{
    Q_DECLARE_TR_FUNCTIONS(Migrations::SchemaDiff)
};

QString qualifiedName(const TableDefinition &table)
{
    return table.schema.isEmpty() ? table.name : table.schema + u'.' + table.name;
}

QString defaultText(const ServerDefault &value)
{
    switch (value.kind) {
    case ServerDefault::Kind::Literal:
        return u'\'' + QString(value.text).replace(u'\'', "''"_L1) + u'\'';
    case ServerDefault::Kind::Sql:
        return value.text;
    case ServerDefault::Kind::Function:
        return value.text + "()"_L1;
    case ServerDefault::Kind::True:
        return u"true"_s;
    case ServerDefault::Kind::False:
        return u"false"_s;
    }
    return value.text;
}

QString createText(const TableDefinition &table, Dialect dialect, const ProjectTypes &projectTypes)
{
    DdlMemo memo;
    const CompiledOperation created = createTable(table, dialect, &memo, projectTypes);
    if (!created.error.isEmpty()) {
        return SchemaMessages::tr("-- %1 cannot be written for %2: %3\n")
            .arg(qualifiedName(table), dialectName(dialect), created.error);
    }
    QString text;
    for (const QString &statement : created.statements)
        text += QString(statement).replace(u'\t', "    "_L1) + u";\n\n"_s;
    return text;
}

QString indexSummary(const IndexDefinition &index)
{
    return (index.unique ? u"UNIQUE INDEX ("_s : u"INDEX ("_s) + index.columns.join(", "_L1) + u')';
}

QString constraintSummary(const ConstraintDefinition &constraint)
{
    switch (constraint.kind) {
    case ConstraintDefinition::Kind::PrimaryKey:
        return u"PRIMARY KEY ("_s + constraint.columns.join(", "_L1) + u')';
    case ConstraintDefinition::Kind::Unique:
        return u"UNIQUE ("_s + constraint.columns.join(", "_L1) + u')';
    case ConstraintDefinition::Kind::Check:
        return u"CHECK ("_s + constraint.condition + u')';
    case ConstraintDefinition::Kind::ForeignKey:
        return u"FOREIGN KEY (%1) REFERENCES %2 (%3)"_s.arg(constraint.columns.join(", "_L1),
                                                            constraint.referentTable,
                                                            constraint.referentColumns.join(", "_L1));
    }
    return {};
}

// Indexes and constraints by a name a reviewer recognises: their own, else what they are.
QList<std::pair<QString, QString>> otherItems(const TableDefinition &table)
{
    QList<std::pair<QString, QString>> items;
    for (const IndexDefinition &index : table.indexes)
        items.append({index.name.isEmpty() ? indexSummary(index) : index.name, indexSummary(index)});
    for (const ConstraintDefinition &constraint : table.constraints) {
        const QString summary = constraintSummary(constraint);
        items.append({constraint.name.isEmpty() ? summary : constraint.name, summary});
    }
    return items;
}

// Added, removed and changed items between two lists of (name, summary), in the order
// the later list holds them, the removed ones last.
QList<SchemaChange> diffItems(const QList<std::pair<QString, QString>> &before,
                              const QList<std::pair<QString, QString>> &after)
{
    QList<SchemaChange> changes;
    const auto find = [](const QList<std::pair<QString, QString>> &items, const QString &name) {
        for (const auto &item : items) {
            if (item.first == name)
                return std::optional<QString>(item.second);
        }
        return std::optional<QString>();
    };
    for (const auto &[name, summary] : after) {
        const std::optional<QString> old = find(before, name);
        if (!old)
            changes.append({SchemaChange::Added, name, {}, summary});
        else if (*old != summary)
            changes.append({SchemaChange::Changed, name, *old, summary});
    }
    for (const auto &[name, summary] : before) {
        if (!find(after, name))
            changes.append({SchemaChange::Removed, name, summary, {}});
    }
    return changes;
}

QList<std::pair<QString, QString>> columnItems(const TableDefinition &table, Dialect dialect,
                                               const ProjectTypes &projectTypes)
{
    QList<std::pair<QString, QString>> items;
    for (const ColumnDefinition &column : table.columns)
        items.append({column.name, columnSummary(column, dialect, projectTypes)});
    return items;
}

} // namespace

QString columnSummary(const ColumnDefinition &column, Dialect dialect, const ProjectTypes &projectTypes)
{
    const RenderedType type = renderType(column.type.forDialect(dialect), dialect, projectTypes);
    QString text = type.ok() ? type.ddl : column.type.qualifiedName();
    // A primary key is NOT NULL unless nullable= says otherwise (createtable.h decides the same).
    if (!column.nullable || (column.primaryKey && !column.nullableWritten))
        text += " NOT NULL"_L1;
    if (column.serverDefault)
        text += " DEFAULT "_L1 + defaultText(*column.serverDefault);
    if (column.primaryKey)
        text += " PRIMARY KEY"_L1;
    return text;
}

SchemaDiff diffSchemas(const SchemaModel &before, const SchemaModel &after, Dialect dialect,
                       const ProjectTypes &projectTypes)
{
    SchemaDiff diff;
    for (const TableDefinition &table : after.tables()) {
        diff.allAfter += createText(table, dialect, projectTypes);
        const TableDefinition *old = before.table(table.name, table.schema);
        if (!old) {
            TableChange change{SchemaChange::Added, qualifiedName(table), {}, {}, {}, {}};
            change.columns = diffItems({}, columnItems(table, dialect, projectTypes));
            change.others = diffItems({}, otherItems(table));
            change.createAfter = createText(table, dialect, projectTypes);
            diff.tables.append(change);
            continue;
        }
        if (*old == table)
            continue;
        TableChange change{SchemaChange::Changed, qualifiedName(table), {}, {}, {}, {}};
        change.columns
            = diffItems(columnItems(*old, dialect, projectTypes), columnItems(table, dialect, projectTypes));
        change.others = diffItems(otherItems(*old), otherItems(table));
        change.createBefore = createText(*old, dialect, projectTypes);
        change.createAfter = createText(table, dialect, projectTypes);
        // A comment or an option changed, nothing a column or index shows: the CREATE text does.
        diff.tables.append(change);
    }
    for (const TableDefinition &table : before.tables()) {
        diff.allBefore += createText(table, dialect, projectTypes);
        if (after.table(table.name, table.schema))
            continue;
        TableChange change{SchemaChange::Removed, qualifiedName(table), {}, {}, {}, {}};
        change.columns = diffItems(columnItems(table, dialect, projectTypes), {});
        change.createBefore = createText(table, dialect, projectTypes);
        diff.tables.append(change);
    }
    return diff;
}

} // namespace Migrations
