#pragma once

#include "localnames.h"
#include "operation.h"
#include "operationsignature.h"

#include <variant>

namespace Migrations {

// The operations a body writes with SQLAlchemy objects, often held in local names: an enum
// type's `.create(op.get_bind())` / `.drop(op.get_bind())` — the PostgreSQL idiom, since
// op.add_column never creates the type — and op.bulk_insert(table clause, rows).

// `<value>.create(…)` or `<value>.drop(…)`: a statement readEnumTypeCall() reads.
bool isCreateOrDropCall(const Python::Expression &call);

// `sa.Enum(…).create(op.get_bind(), checkfirst=…)`, postgresql.ENUM's too, or the same on a
// local name or module constant holding the enum.
std::variant<Operation, LocalNameRefusal> readEnumTypeCall(const Python::Expression &call, int line,
                                                            const LocalNames &locals);

// op.bulk_insert(table, rows, multiinsert=…), its arguments bound by bindOperation().
std::variant<Operation, LocalNameRefusal> readBulkInsert(const BoundOperation &bound, int line, LocalNames &locals);

} // namespace Migrations
