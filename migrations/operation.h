#pragma once

#include "sqltype.h"
#include "tableclause.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Migrations {

// A column as `sa.Column(name, type, nullable=…, server_default=…)` describes it, for
// op.add_column.
struct ColumnDefinition
{
    QString name;
    SqlType type;
    int typeLine = 0;            // where the type is written, for its errors
    bool nullable = true;        // Column's default when it is not a primary key
    std::optional<QString> serverDefault;
    bool serverDefaultIsSql = false; // sa.text("…"): SQL as written; a str is a quoted literal
};

// What one statement of a migration body does: one of Alembic's MigrateOperation classes
// (alembic/operations/ops.py) with the arguments it was given. Only the operations the
// native engine renders so far have a kind; the reader refuses the others by name.
struct Operation
{
    enum class Kind {
        AddColumn,      // op.add_column(table, sa.Column(…), schema=)
        CreateIndex,    // op.create_index(name, table, columns, unique=, schema=)
        DropIndex,      // op.drop_index(name, table_name=, schema=)
        DropColumn,     // op.drop_column(table, column, schema=)
        RenameTable,    // op.rename_table(old, new, schema=)
        DropTable,      // op.drop_table(table, schema=)
        DropConstraint, // op.drop_constraint(name, table, type_=, schema=)
        Execute,        // op.execute("SQL") or op.execute(sa.text("SQL"))
        CreateUniqueConstraint, // op.create_unique_constraint(name, table, columns, schema=)
        CreatePrimaryKey,       // op.create_primary_key(name, table, columns, schema=)
        CreateForeignKey,       // op.create_foreign_key(name, source, referent, local, remote, …)
        CreateCheckConstraint,  // op.create_check_constraint(name, table, "condition", schema=)
        CreateEnumType, // sa.Enum(…, name=).create(op.get_bind()), postgresql.ENUM too
        DropEnumType,   // ….drop(op.get_bind())
        BulkInsert,     // op.bulk_insert(sa.table(…), [{…}, …])
    };
    Kind kind = Kind::Execute;
    int line = 0;          // of the call in the script
    QString table;         // the table it works on (RenameTable: the old name)
    QString schema;        // empty: the default schema
    QString name;          // the index, column or constraint; RenameTable: the new name
    QString constraintType; // DropConstraint: type_ as given ("foreignkey", "unique", …), or empty
    QStringList columns;   // CreateIndex
    bool unique = false;   // CreateIndex
    QString sql;           // Execute: the statement's text; CreateCheckConstraint: the condition
    // CreateForeignKey: the table referred to, its columns, and the referential actions
    // (empty: none given).
    QString referentTable, referentSchema;
    QStringList referentColumns;
    QString onDelete, onUpdate;
    ColumnDefinition column; // AddColumn
    std::optional<SqlType> enumType;       // CreateEnumType, DropEnumType
    QList<TableClauseColumn> tableColumns; // BulkInsert: the table clause's, in order
    QList<InsertRow> rows;                 // BulkInsert
};

} // namespace Migrations
