#pragma once

#include "ddlcompiler.h"
#include "tabledefinition.h"

#include <optional>

namespace Migrations {

// What `op.create_table` runs, as Alembic's DefaultImpl.create_table has SQLAlchemy build
// the Table and compile it: PostgreSQL's CREATE TYPE for enums it has not created yet in
// this run, CREATE TABLE, CREATE INDEX for its indexes, and PostgreSQL's COMMENT ON.
//
// The Table decides what the columns alone do not say, as SQLAlchemy's does: which columns
// form the primary key (and so are NOT NULL), which column autoincrements (SERIAL,
// AUTO_INCREMENT), and the order of the constraints (the ones given as arguments first,
// then what each column makes: its UNIQUE, its type's CHECK, its FOREIGN KEY).
CompiledOperation createTable(const TableDefinition &table, Dialect dialect, DdlMemo *memo,
                              const ProjectTypes &projectTypes = ProjectTypes());

// The table as SQLAlchemy's Table makes it of the definition, before anything is compiled:
// what the schema holds once the CREATE TABLE has run, for comparing with a live database.
// `table.constraints` has every constraint explicit — the primary key first, then the
// others in creation order, among them what the columns make (their UNIQUE, their type's
// CHECK, their FOREIGN KEYs and CHECKs); `table.indexes` every index named (index=True
// ones too); each column its nullable as the table decides it (a primary key's NOT NULL).
// The columns' unique, index, foreignKeys and checks are cleared: they are in the lists.
struct BuiltTable
{
    TableDefinition table;
    QString autoincrementColumn; // SERIAL, AUTO_INCREMENT: empty when none
    QString error;               // SQLAlchemy's, or what this engine does not model
};
BuiltTable builtTable(const TableDefinition &definition, Dialect dialect);

// The CHECK a Boolean or Enum column's type makes on the dialect (create_constraint=True
// where the type is not native), named after the type's name=, if it makes one.
std::optional<ConstraintDefinition> typeCheckConstraint(const ColumnDefinition &column, Dialect dialect);

// The name MetaData's default naming convention ("ix_%(column_0_label)s") gives an index
// with no name of its own, cut to the dialect's length as SQLAlchemy cuts it.
QString conventionIndexName(const TableDefinition &table, const QString &column, Dialect dialect);

} // namespace Migrations
