#include "schemamodel.h"

#include "batchcopy.h"
#include "createtable.h"
#include "ddlcompiler.h"

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

QString displayName(const QString &name, const QString &schema)
{
    return schema.isEmpty() ? name : schema + u'.' + name;
}

bool hasColumn(const TableDefinition &table, const QString &name)
{
    return std::any_of(table.columns.cbegin(), table.columns.cend(),
                       [&](const ColumnDefinition &column) { return column.name == name; });
}

// A column leaves with the indexes and constraints made of it, as PostgreSQL and MySQL
// drop them (SQLite refuses to drop an indexed column; the model is not the judge of that).
void dropColumn(TableDefinition &table, const QString &name)
{
    table.columns.removeIf([&](const ColumnDefinition &column) { return column.name == name; });
    table.indexes.removeIf([&](const IndexDefinition &index) { return index.columns.contains(name); });
    table.constraints.removeIf([&](const ConstraintDefinition &constraint) {
        return constraint.kind != ConstraintDefinition::Kind::Check && constraint.columns.contains(name);
    });
}

// The column as op.alter_column leaves it: what it changes, nothing else (existing_* only
// describe the column to the dialects that must restate it).
QString alterColumn(TableDefinition &table, const Operation &operation)
{
    const ColumnAlteration &alter = *operation.alteration;
    const auto column = std::find_if(table.columns.begin(), table.columns.end(),
                                     [&](const ColumnDefinition &c) { return c.name == operation.name; });
    if (column == table.columns.end())
        return u"the table %1 has no column %2"_s.arg(displayName(table.name, table.schema), operation.name);
    if (alter.newName && hasColumn(table, *alter.newName))
        return u"the table %1 has a column %2 already"_s.arg(displayName(table.name, table.schema), *alter.newName);
    if (alter.nullable) {
        column->nullable = *alter.nullable;
        column->nullableWritten = true;
    }
    if (alter.type)
        column->type = *alter.type;
    switch (alter.serverDefault.kind) {
    case AlterValue::Absent:
        break;
    case AlterValue::None:
        column->serverDefault.reset();
        break;
    case AlterValue::String:
        column->serverDefault = ServerDefault{ServerDefault::Kind::Literal, alter.serverDefault.text};
        break;
    case AlterValue::Sql:
        column->serverDefault = ServerDefault{ServerDefault::Kind::Sql, alter.serverDefault.text};
        break;
    }
    if (alter.comment.kind == AlterValue::None)
        column->comment.reset();
    else if (alter.comment.kind == AlterValue::String)
        column->comment = alter.comment.text;
    if (alter.newName) {
        // Keys, constraints and indexes follow the column to its new name.
        const QString oldName = column->name;
        column->name = *alter.newName;
        const auto rename = [&](QStringList &columns) {
            for (QString &name : columns) {
                if (name == oldName)
                    name = *alter.newName;
            }
        };
        for (ConstraintDefinition &constraint : table.constraints)
            rename(constraint.columns);
        for (IndexDefinition &index : table.indexes)
            rename(index.columns);
        for (ColumnDefinition &other : table.columns) {
            for (ConstraintDefinition &foreignKey : other.foreignKeys)
                rename(foreignKey.columns);
        }
    }
    return {};
}

} // namespace

const TableDefinition *SchemaModel::table(const QString &name, const QString &schema) const
{
    for (const TableDefinition &table : m_tables) {
        if (table.name == name && table.schema == schema)
            return &table;
    }
    return nullptr;
}

TableDefinition *SchemaModel::findTable(const QString &name, const QString &schema)
{
    // The table is about to change: a copy of this model that still shares the list with
    // it must not see the change (nor be corrupted by it), so the list is made this
    // model's own before a pointer into it is handed out.
    m_tables.detach();
    return const_cast<TableDefinition *>(std::as_const(*this).table(name, schema));
}

QString SchemaModel::apply(const Operation &operation)
{
    const QString tableName = displayName(operation.table, operation.schema);
    TableDefinition *table = operation.kind == Operation::Kind::CreateTable
        ? nullptr
        : findTable(operation.table, operation.schema);
    const auto noTable = [&] { return u"there is no table %1 at this point"_s.arg(tableName); };
    switch (operation.kind) {
    case Operation::Kind::CreateTable: {
        const TableDefinition &created = operation.createdTable;
        if (this->table(created.name, created.schema))
            return u"the table %1 exists already"_s.arg(displayName(created.name, created.schema));
        // An index=True column's index is named once, when the table is made: renaming the
        // table later leaves the name as it was.
        TableDefinition &added = m_tables.emplaceBack(created);
        for (ColumnDefinition &column : added.columns) {
            if (!column.index)
                continue;
            added.indexes.append({conventionIndexName(created, column.name, m_dialect), {column.name}, column.unique,
                                  column.line});
            column.index = false;
            column.unique = false; // unique=True with index=True is a unique index
        }
        return {};
    }
    case Operation::Kind::DropTable:
        if (!table)
            return noTable();
        m_tables.removeAt(table - m_tables.data());
        return {};
    case Operation::Kind::RenameTable:
        if (!table)
            return noTable();
        if (this->table(operation.name, operation.schema))
            return u"the table %1 exists already"_s.arg(displayName(operation.name, operation.schema));
        table->name = operation.name;
        return {};
    case Operation::Kind::AddColumn:
        if (!table)
            return noTable();
        if (hasColumn(*table, operation.column->name))
            return u"the table %1 has a column %2 already"_s.arg(tableName, operation.column->name);
        table->columns.append(*operation.column);
        if (operation.column->index) {
            ColumnDefinition &added = table->columns.last();
            table->indexes.append({conventionIndexName(*table, added.name, m_dialect), {added.name}, added.unique,
                                   added.line});
            added.index = added.unique = false;
        }
        return {};
    case Operation::Kind::DropColumn:
        if (!table)
            return noTable();
        if (!hasColumn(*table, operation.name))
            return u"the table %1 has no column %2"_s.arg(tableName, operation.name);
        dropColumn(*table, operation.name);
        return {};
    case Operation::Kind::CreateIndex:
        if (!table)
            return noTable();
        for (const QString &column : operation.columns) {
            if (!hasColumn(*table, column))
                return u"the table %1 has no column %2"_s.arg(tableName, column);
        }
        table->indexes.append({operation.name, operation.columns, operation.unique, operation.line, operation.finalName,
                               operation.indexOptions});
        return {};
    case Operation::Kind::DropIndex:
        return dropIndex(operation);
    case Operation::Kind::CreateUniqueConstraint:
    case Operation::Kind::CreatePrimaryKey:
    case Operation::Kind::CreateForeignKey:
    case Operation::Kind::CreateCheckConstraint:
        if (!table)
            return noTable();
        table->constraints.append(operation.addedConstraint());
        return {};
    case Operation::Kind::DropConstraint:
        return dropConstraint(operation);
    case Operation::Kind::AlterColumn:
        if (!table)
            return noTable();
        return alterColumn(*table, operation);
    case Operation::Kind::CreateTableComment:
    case Operation::Kind::DropTableComment:
        if (!table)
            return noTable();
        if (operation.kind == Operation::Kind::DropTableComment || operation.comment.kind != AlterValue::String)
            table->comment.reset();
        else
            table->comment = operation.comment.text;
        return {};
    case Operation::Kind::BatchAlterTable:
    {
        // A block that copies the table leaves it as the copy makes it (column order,
        // what reflection loses); one that alters it in place, as its operations do.
        if (batchCopiesTable(operation, m_dialect)) {
            if (!table)
                return noTable();
            auto copied = tableAfterBatchCopy(operation, *table, m_dialect);
            if (const QString *why = std::get_if<QString>(&copied))
                return *why;
            *table = std::get<TableDefinition>(std::move(copied));
            return {};
        }
        const QList<TableDefinition> before = m_tables;
        for (const Operation &inner : operation.batch) {
            if (QString problem = apply(inner); !problem.isEmpty()) {
                m_tables = before;
                return problem;
            }
        }
        return {};
    }
    case Operation::Kind::BulkInsert:
        return {}; // rows, not schema
    case Operation::Kind::CreateEnumType:
    case Operation::Kind::DropEnumType:
        return {}; // the model keeps an enum's values with the columns of its type
    case Operation::Kind::Execute:
        return u"op.execute() runs SQL the model does not follow"_s;
    case Operation::Kind::AutocommitBegin:
    case Operation::Kind::AutocommitEnd:
        return {}; // transactions, not schema
    }
    return u"this operation is not modelled"_s;
}

QString SchemaModel::dropIndex(const Operation &operation)
{
    for (TableDefinition &table : m_tables) {
        if ((!operation.table.isEmpty() && table.name != operation.table) || table.schema != operation.schema)
            continue;
        const auto named = [&](const IndexDefinition &index) { return index.name == operation.name; };
        if (table.indexes.removeIf(named) > 0)
            return {};
    }
    return u"there is no index %1 at this point"_s.arg(operation.name);
}

QString SchemaModel::dropConstraint(const Operation &operation)
{
    TableDefinition *table = findTable(operation.table, operation.schema);
    if (!table)
        return u"there is no table %1 at this point"_s.arg(displayName(operation.table, operation.schema));
    const auto named = [&](const ConstraintDefinition &constraint) { return constraint.name == operation.name; };
    if (table->constraints.removeIf(named) > 0)
        return {};
    for (ColumnDefinition &column : table->columns) {
        if (column.foreignKeys.removeIf(named) + column.checks.removeIf(named) > 0)
            return {};
        // The CHECK a Boolean or Enum makes is named after the type's name=.
        if (column.type.createConstraint && column.type.typeName == operation.name) {
            column.type.createConstraint = false;
            return {};
        }
    }
    // A primary key made of primary_key=True columns has no name to find it by in the model:
    // what the database called it is the dialect's business (PostgreSQL's t_pkey).
    if (operation.constraintType == "primary"_L1) {
        for (ColumnDefinition &column : table->columns)
            column.primaryKey = false;
        return {};
    }
    return u"the table %1 has no constraint named %2 in the model"_s.arg(displayName(operation.table, operation.schema),
                                                                       operation.name);
}

} // namespace Migrations
