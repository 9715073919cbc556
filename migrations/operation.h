#pragma once

#include "boxed.h"
#include "columnalteration.h"
#include "tableclause.h"
#include "tabledefinition.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Migrations {

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
        CreateTable,            // op.create_table(name, *columns and constraints, schema=, comment=, …)
        AlterColumn,            // op.alter_column(table, column, nullable=, type_=, …, schema=)
        CreateTableComment,     // op.create_table_comment(table, comment, schema=)
        DropTableComment,       // op.drop_table_comment(table, schema=)
        BatchAlterTable,        // with op.batch_alter_table(table, schema=, recreate=) as batch_op: …
        CreateEnumType, // sa.Enum(…, name=).create(op.get_bind()), postgresql.ENUM too
        DropEnumType,   // ….drop(op.get_bind())
        BulkInsert,     // op.bulk_insert(sa.table(…), [{…}, …])
        // `with op.get_context().autocommit_block():` — where its block starts and ends.
        // Alembic commits the migration's transaction first, runs the block outside any
        // transaction and begins a new one after it; offline, on dialects with
        // transactional DDL, it writes COMMIT; and BEGIN; there.
        AutocommitBegin,
        AutocommitEnd,
    };
    Kind kind = Kind::Execute;
    int line = 0;          // of the call in the script
    QString table;         // the table it works on (RenameTable: the old name)
    QString schema;        // empty: the default schema
    QString name;          // the index, column or constraint; RenameTable: the new name
    bool finalName = false; // an index or constraint name given as op.f("…")
    IndexOptions indexOptions; // CreateIndex, DropIndex
    QString constraintType; // DropConstraint: type_ as given ("foreignkey", "unique", …), or empty
    QStringList columns;   // CreateIndex
    bool unique = false;   // CreateIndex
    QString sql;           // Execute: the statement's text; CreateCheckConstraint: the condition
    // CreateForeignKey: the table referred to, its columns, and the referential actions
    // (empty: none given).
    QString referentTable, referentSchema;
    QStringList referentColumns;
    QString onDelete, onUpdate;
    Boxed<ColumnDefinition> column; // AddColumn
    TableDefinition createdTable; // CreateTable
    Boxed<ColumnAlteration> alteration; // AlterColumn; `name` is the column
    AlterValue comment;          // CreateTableComment: a String or None
    QString insertBefore, insertAfter; // AddColumn in a batch: where move-and-copy puts it
    bool insertPositionGiven = false;  // either was written, even as None
    // BatchAlterTable: the operations of its block, each on the batch's table, and
    // recreate= ("auto", "always" or "never").
    std::vector<Operation> batch;
    enum class Recreate { Auto, Always, Never };
    Recreate recreate = Recreate::Auto;

    // CreateUniqueConstraint, CreatePrimaryKey, CreateForeignKey, CreateCheckConstraint:
    // the constraint they add.
    ConstraintDefinition addedConstraint() const;
    Boxed<SqlType> enumType;               // CreateEnumType, DropEnumType
    QList<TableClauseColumn> tableColumns; // BulkInsert: the table clause's, in order
    QList<InsertRow> rows;                 // BulkInsert
};

} // namespace Migrations
