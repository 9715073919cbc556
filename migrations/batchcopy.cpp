#include "batchcopy.h"

#include "createtable.h"
#include "ddltext.h"
#include "identifier.h"
#include "typecompiler.h"

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

using Kind = ConstraintDefinition::Kind;

// TypeEngine._type_affinity, for the families a batch's type change meets: SQLite's
// cast_for_batch_migrate casts the copied values when the family changes. Empty: unknown.
QString affinity(const SqlType &type)
{
    if (type.module == TypeModule::Project)
        return {};
    const TypeClass *typeClass = findTypeClass(type.module, type.name);
    if (!typeClass)
        return {};
    static const QList<std::pair<QString, QStringList>> families = {
        {u"String"_s, {u"string"_s, u"unicode"_s, u"text"_s, u"unicode_text"_s, u"VARCHAR"_s, u"NVARCHAR"_s,
                       u"CHAR"_s, u"NCHAR"_s, u"TEXT"_s, u"CLOB"_s, u"enum"_s, u"auto_string"_s, u"CITEXT"_s,
                       u"LONGTEXT"_s, u"MEDIUMTEXT"_s, u"TINYTEXT"_s, u"ENUM"_s, u"SET"_s}},
        {u"Integer"_s, {u"integer"_s, u"small_integer"_s, u"big_integer"_s, u"INTEGER"_s, u"SMALLINT"_s, u"BIGINT"_s,
                        u"MEDIUMINT"_s, u"TINYINT"_s}},
        {u"Numeric"_s, {u"float"_s, u"double"_s, u"numeric"_s, u"NUMERIC"_s, u"DECIMAL"_s, u"FLOAT"_s, u"REAL"_s,
                        u"DOUBLE"_s, u"DOUBLE_PRECISION"_s}},
        {u"DateTime"_s, {u"datetime"_s, u"DATETIME"_s, u"TIMESTAMP"_s}},
        {u"Date"_s, {u"date"_s, u"DATE"_s}},
        {u"Time"_s, {u"time"_s, u"TIME"_s}},
        {u"Boolean"_s, {u"boolean"_s, u"BOOLEAN"_s}},
        {u"Binary"_s, {u"large_binary"_s, u"BLOB"_s, u"BINARY"_s, u"VARBINARY"_s, u"LONGBLOB"_s, u"MEDIUMBLOB"_s,
                       u"TINYBLOB"_s, u"BYTEA"_s}},
        {u"JSON"_s, {u"JSON"_s, u"JSONB"_s}},
        {u"Uuid"_s, {u"uuid"_s, u"UUID"_s}},
    };
    for (const auto &[family, visitNames] : families) {
        if (visitNames.contains(typeClass->visitName))
            return family;
    }
    return {};
}

// A column of the copy: its key is its name in the table being copied (constraints and
// indexes refer to it by that, as ApplyBatchImpl keeps a renamed column's key); the
// transfer is what the INSERT … SELECT takes for it, none for a column the block adds.
struct CopyColumn
{
    QString key;
    ColumnDefinition column;
    std::optional<QString> transfer;
};

class BatchCopy
{
public:
    BatchCopy(const TableDefinition &table, Dialect dialect)
        : m_table(table)
        , m_dialect(dialect)
    {
        const QString source = qualified(table.name, table.schema, dialect);
        for (const ConstraintDefinition &constraint : table.constraints) {
            if (constraint.kind == Kind::PrimaryKey) {
                m_primaryKeyName = constraint.name;
                for (const QString &column : constraint.columns)
                    m_primaryKey.append(column);
            } else {
                keep(constraint);
            }
        }
        for (const ColumnDefinition &written : table.columns) {
            ColumnDefinition column = written;
            // As reflection sees the table: the type's CHECK and the column's own are table
            // constraints, kept only when named; foreign keys and UNIQUE belong to the table.
            if (const std::optional<ConstraintDefinition> check = typeCheckConstraint(written, dialect))
                keep(*check);
            for (const ConstraintDefinition &check : written.checks)
                keep(check);
            column.type.createConstraint = false;
            column.checks.clear();
            if (column.unique) {
                ConstraintDefinition unique;
                unique.kind = Kind::Unique;
                unique.columns = {column.name};
                keep(unique);
            }
            for (const ConstraintDefinition &foreignKey : written.foreignKeys)
                keep(foreignKey);
            column.foreignKeys.clear();
            column.unique = column.index = false;
            if (column.primaryKey && !m_primaryKey.contains(column.name))
                m_primaryKey.append(column.name);
            column.primaryKey = false;
            m_existingOrder.append(column.name);
            m_columns.append({column.name, column, source + u'.' + quoteName(column.name, dialect)});
        }
        m_indexes = table.indexes;
    }

    // Alembic's error for the operation, if it raises one; an operation this copy does not
    // model sets unsupported() instead.
    QString apply(const Operation &operation)
    {
        switch (operation.kind) {
        case Operation::Kind::AddColumn:
            addColumn(operation);
            return {};
        case Operation::Kind::DropColumn:
            return dropColumn(operation.name);
        case Operation::Kind::AlterColumn:
            return alterColumn(operation);
        case Operation::Kind::CreateIndex:
            m_newIndexes.removeIf([&](const IndexDefinition &index) { return index.name == operation.name; });
            m_newIndexes.append({operation.name, operation.columns, operation.unique, operation.line, operation.finalName,
                                 operation.indexOptions});
            return {};
        case Operation::Kind::DropIndex:
            if (m_indexes.removeIf([&](const IndexDefinition &index) { return index.name == operation.name; }) == 0)
                return u"No such index: '%1'"_s.arg(operation.name);
            return {};
        case Operation::Kind::CreateUniqueConstraint:
        case Operation::Kind::CreatePrimaryKey:
        case Operation::Kind::CreateForeignKey:
        case Operation::Kind::CreateCheckConstraint:
            return addConstraint(operation);
        case Operation::Kind::DropConstraint:
            return dropConstraint(operation.name);
        case Operation::Kind::CreateTableComment:
        case Operation::Kind::DropTableComment:
            return {}; // the copy's CREATE TABLE carries the comment, which SQLite has none of
        default:
            m_unsupported = u"this operation in a batch block that copies the table is not rendered yet"_s;
            return {};
        }
    }

    const QString &unsupported() const { return m_unsupported; }

    CompiledOperation create(const ProjectTypes &projectTypes) const;
    // The table the copy makes, under its temporary name, and the indexes made after the
    // rename; or Alembic's error.
    struct Copy
    {
        TableDefinition table;
        QList<IndexDefinition> indexes;
        QString error;
    };
    Copy definition() const;

private:
    void keep(const ConstraintDefinition &constraint)
    {
        // An unnamed CHECK that Alembic reflects it leaves out of the copy: it cannot tell
        // one a type made from one written by hand.
        if (constraint.kind == Kind::Check && constraint.name.isEmpty())
            return;
        (constraint.name.isEmpty() ? m_unnamed : m_named).append(constraint);
    }
    CopyColumn *column(const QString &key)
    {
        for (CopyColumn &column : m_columns) {
            if (column.key == key)
                return &column;
        }
        return nullptr;
    }
    QString nameOf(const QString &key) const
    {
        for (const CopyColumn &column : m_columns) {
            if (column.key == key)
                return column.column.name;
        }
        return {};
    }

    void addColumn(const Operation &operation);
    QString dropColumn(const QString &key);
    QString alterColumn(const Operation &operation);
    QString addConstraint(const Operation &operation);
    QString dropConstraint(const QString &name);
    QList<CopyColumn> ordered() const;

    const TableDefinition &m_table;
    Dialect m_dialect;
    QList<CopyColumn> m_columns;
    QStringList m_existingOrder;                   // the table's columns, minus the dropped
    QList<std::pair<QString, QString>> m_ordering; // add_col_ordering: (before, after) pairs
    QStringList m_primaryKey;                      // keys
    QString m_primaryKeyName;
    QList<ConstraintDefinition> m_named, m_unnamed; // columns by key
    QList<IndexDefinition> m_indexes, m_newIndexes;
    QString m_unsupported;
};

// _setup_dependencies_for_add_column: where the new column goes, as pairs for the sort.
void BatchCopy::addColumn(const Operation &operation)
{
    const QString name = operation.column->name;
    QString before = operation.insertBefore;
    QString after = operation.insertAfter;
    if (!after.isEmpty() && before.isEmpty()) {
        const qsizetype at = m_existingOrder.indexOf(after);
        if (at >= 0 && at + 1 < m_existingOrder.size())
            before = m_existingOrder[at + 1];
        else if (at < 0) {
            for (const auto &[first, second] : std::as_const(m_ordering)) {
                if (first == after)
                    before = second;
            }
        }
    }
    if (!before.isEmpty() && after.isEmpty()) {
        const qsizetype at = m_existingOrder.indexOf(before);
        if (at > 0)
            after = m_existingOrder[at - 1];
        else if (at < 0) {
            for (const auto &[first, second] : std::as_const(m_ordering)) {
                if (second == before)
                    after = first;
            }
        }
    }
    if (!before.isEmpty())
        m_ordering.append({name, before});
    if (!after.isEmpty())
        m_ordering.append({after, name});
    if (before.isEmpty() && after.isEmpty() && !m_existingOrder.isEmpty())
        m_ordering.append({m_existingOrder.last(), name});
    m_columns.removeIf([&](const CopyColumn &column) { return column.key == name; });
    m_columns.append({name, *operation.column, std::nullopt});
}

QString BatchCopy::dropColumn(const QString &key)
{
    if (!column(key))
        return u"KeyError: '%1'"_s.arg(key);
    m_primaryKey.removeOne(key);
    m_columns.removeIf([&](const CopyColumn &column) { return column.key == key; });
    m_existingOrder.removeOne(key);
    return {};
}

QString BatchCopy::alterColumn(const Operation &operation)
{
    CopyColumn *altered = column(operation.name);
    if (!altered)
        return u"KeyError: '%1'"_s.arg(operation.name);
    const ColumnAlteration &alter = *operation.alteration;
    if (alter.newName && *alter.newName != operation.name) {
        altered->column.name = *alter.newName;
        // A Boolean or Enum named by existing_type leaves its named CHECK behind.
        if (alter.existingType && !alter.existingType->typeName.isEmpty())
            m_named.removeIf([&](const ConstraintDefinition &c) { return c.name == alter.existingType->typeName; });
    }
    if (alter.type) {
        const QString from = affinity(altered->column.type), to = affinity(*alter.type);
        if (from.isEmpty() || to.isEmpty()) {
            m_unsupported = u"a type change in a batch copy between types of unknown families"_s;
            return {};
        }
        if (from != to && to != "JSON"_L1 && altered->transfer) {
            const RenderedType rendered = renderType(*alter.type, m_dialect);
            if (!rendered.ok())
                return rendered.error;
            altered->transfer = u"CAST(%1 AS %2)"_s.arg(*altered->transfer, rendered.ddl);
        }
        altered->column.type = *alter.type;
    }
    if (alter.nullable) {
        altered->column.nullable = *alter.nullable;
        altered->column.nullableWritten = true;
    }
    switch (alter.serverDefault.kind) {
    case AlterValue::Absent:
        break;
    case AlterValue::None:
        altered->column.serverDefault.reset();
        break;
    case AlterValue::String:
        altered->column.serverDefault = ServerDefault{ServerDefault::Kind::Literal, alter.serverDefault.text};
        break;
    case AlterValue::Sql:
        altered->column.serverDefault = ServerDefault{ServerDefault::Kind::Sql, alter.serverDefault.text};
        break;
    }
    if (alter.comment.kind == AlterValue::String)
        altered->column.comment = alter.comment.text;
    else if (alter.comment.kind == AlterValue::None)
        altered->column.comment.reset();
    return {};
}

QString BatchCopy::addConstraint(const Operation &operation)
{
    if (operation.name.isEmpty())
        return u"Constraint must have a name"_s;
    if (operation.kind == Operation::Kind::CreatePrimaryKey) {
        // The new key replaces the table's.
        m_primaryKey = operation.columns;
        m_primaryKeyName = operation.name;
        return {};
    }
    const ConstraintDefinition constraint = operation.addedConstraint();
    // A dict by name: a constraint of the same name takes the old one's place.
    for (ConstraintDefinition &named : m_named) {
        if (named.name == constraint.name) {
            named = constraint;
            return {};
        }
    }
    m_named.append(constraint);
    return {};
}

QString BatchCopy::dropConstraint(const QString &name)
{
    if (!name.isEmpty() && name == m_primaryKeyName) {
        m_primaryKey.clear();
        m_primaryKeyName.clear();
        return {};
    }
    if (m_named.removeIf([&](const ConstraintDefinition &c) { return c.name == name; }) > 0)
        return {};
    return u"No such constraint: '%1'"_s.arg(name);
}

// _adjust_self_columns_for_partial_reordering: SQLAlchemy's topological sort of the columns,
// each existing column after the one before it and each added one where the pairs say,
// taken in rounds in the current order.
QList<CopyColumn> BatchCopy::ordered() const
{
    if (m_ordering.isEmpty())
        return m_columns;
    QList<std::pair<QString, QString>> pairs;
    for (qsizetype i = 1; i < m_existingOrder.size(); ++i)
        pairs.append({m_columns.value(i - 1).key, m_existingOrder[i]});
    pairs += m_ordering;
    QList<CopyColumn> todo = m_columns, sorted;
    while (!todo.isEmpty()) {
        QList<CopyColumn> round;
        for (const CopyColumn &candidate : std::as_const(todo)) {
            const bool ready = std::none_of(pairs.cbegin(), pairs.cend(), [&](const auto &pair) {
                return pair.first != pair.second && pair.second == candidate.key
                    && std::any_of(todo.cbegin(), todo.cend(), [&](const CopyColumn &c) { return c.key == pair.first; });
            });
            if (ready)
                round.append(candidate);
        }
        if (round.isEmpty())
            return m_columns; // a cycle SQLAlchemy would refuse; keep the order as it is
        for (const CopyColumn &done : std::as_const(round))
            todo.removeIf([&](const CopyColumn &c) { return c.key == done.key; });
        sorted += round;
    }
    return sorted;
}

BatchCopy::Copy BatchCopy::definition() const
{
    const QList<CopyColumn> columns = ordered();
    const auto present = [&](const QStringList &keys) {
        return std::all_of(keys.cbegin(), keys.cend(), [&](const QString &key) { return !nameOf(key).isEmpty(); });
    };
    const auto renamed = [&](const QStringList &keys) {
        QStringList names;
        for (const QString &key : keys)
            names.append(nameOf(key));
        return names;
    };

    Copy result;
    TableDefinition &copy = result.table;
    copy.name = (u"_alembic_tmp_"_s + m_table.name).left(50);
    copy.schema = m_table.schema;
    for (const CopyColumn &column : columns)
        copy.columns.append(column.column);
    if (!m_primaryKey.isEmpty() && present(m_primaryKey)) {
        ConstraintDefinition primaryKey;
        primaryKey.kind = Kind::PrimaryKey;
        primaryKey.name = m_primaryKeyName;
        primaryKey.columns = renamed(m_primaryKey);
        copy.constraints.append(primaryKey);
    }
    // _transfer_elements_to_new_table: a constraint whose columns are not all kept is left
    // behind; a CHECK names no columns and is always kept.
    for (const ConstraintDefinition &constraint : m_named + m_unnamed) {
        if (constraint.kind != Kind::Check && !present(constraint.columns))
            continue;
        ConstraintDefinition kept = constraint;
        kept.columns = renamed(constraint.columns);
        copy.constraints.append(kept);
    }
    // _gather_indexes_from_both_tables: the table's indexes still there, then the block's.
    // Both name their columns by key: a column renamed in the block is still found by its
    // old name, and not by its new one (Alembic's KeyError).
    for (const IndexDefinition &index : m_indexes + m_newIndexes) {
        for (const QString &key : index.columns) {
            if (nameOf(key).isEmpty()) {
                result.error = u"KeyError: '%1'"_s.arg(key);
                return result;
            }
        }
        IndexDefinition kept = index;
        kept.columns = renamed(index.columns);
        result.indexes.append(kept);
    }
    return result;
}

CompiledOperation BatchCopy::create(const ProjectTypes &projectTypes) const
{
    const Copy copy = definition();
    CompiledOperation result = createTable(copy.table, m_dialect, nullptr, projectTypes);
    if (result.unsupported || !result.error.isEmpty())
        return result;
    QStringList targets, sources;
    for (const CopyColumn &column : ordered()) {
        if (!column.transfer)
            continue;
        targets.append(quoteName(column.column.name, m_dialect));
        sources.append(*column.transfer);
    }
    const QString source = qualified(m_table.name, m_table.schema, m_dialect);
    result.statements.append(u"INSERT INTO %1 (%2) SELECT %3 \nFROM %4"_s.arg(
        qualified(copy.table.name, copy.table.schema, m_dialect), targets.join(u", "_s), sources.join(u", "_s), source));
    result.statements.append(u"DROP TABLE "_s + source);
    result.statements.append(u"ALTER TABLE %1 RENAME TO %2"_s.arg(
        alembicTableName(copy.table.name, copy.table.schema, m_dialect), quoteName(m_table.name, m_dialect)));
    if (!copy.error.isEmpty()) {
        result.error = copy.error;
        return result;
    }
    for (const IndexDefinition &index : copy.indexes)
        result.statements.append(createIndexSql(index, m_table.name, m_table.schema, m_dialect));
    return result;
}

} // namespace

CompiledOperation compileBatchCopy(const Operation &batch, const TableDefinition &table, Dialect dialect,
                                   const ProjectTypes &projectTypes)
{
    BatchCopy copy(table, dialect);
    for (const Operation &operation : batch.batch) {
        const QString error = copy.apply(operation);
        if (!copy.unsupported().isEmpty())
            return {{}, copy.unsupported(), true};
        if (!error.isEmpty())
            return {{}, error};
    }
    return copy.create(projectTypes);
}

std::variant<TableDefinition, QString> tableAfterBatchCopy(const Operation &batch, const TableDefinition &table,
                                                          Dialect dialect)
{
    BatchCopy copy(table, dialect);
    for (const Operation &operation : batch.batch) {
        const QString error = copy.apply(operation);
        if (!copy.unsupported().isEmpty())
            return copy.unsupported();
        if (!error.isEmpty())
            return error;
    }
    BatchCopy::Copy made = copy.definition();
    if (!made.error.isEmpty())
        return made.error;
    made.table.name = table.name;
    made.table.indexes = made.indexes;
    return made.table;
}

} // namespace Migrations
