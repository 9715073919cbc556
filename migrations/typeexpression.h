#pragma once

#include "projecttypes.h"
#include "python/expression.h"
#include "sqltype.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Migrations {

// What a type expression may refer to beyond SQLAlchemy and sqlmodel.
struct TypeExpressionScope
{
    // MigrationModule::constants: `STATUS_LENGTH = 50` read through `sa.String(STATUS_LENGTH)`,
    // and `JSONType = sa.JSON().with_variant(…)` used as a whole type.
    const QHash<QString, Python::Expression> *constants = nullptr;
    // The project's own top-level packages (`app` for `from app.db.types import GUID`):
    // classes imported from them are TypeModule::Project types, rendered through the
    // project's type mapping (projecttypes.h). Relative imports are always the project's.
    QStringList projectPackages;
    // That mapping, when the reader has it: a project type it does not name is refused
    // then, with the file to edit. Without it, any project type is read.
    const ProjectTypes *projectTypes = nullptr;
    // The local names of the body assigned so far (localnames.h): literals, read where a
    // constant's value is, and whole types (`mood = sa.Enum(…)` then `sa.Column("m", mood)`).
    const QHash<QString, Python::Expression> *localLiterals = nullptr;
    const QHash<QString, SqlType> *localTypes = nullptr;
};

// A type read from a script, or the line and the reason it could not be.
struct SqlTypeReading
{
    std::optional<SqlType> type;
    int line = 0;
    QString error;
};

// Reads a column type as a migration script writes it: `sa.String(50)`, a bare class
// `sa.Integer` (SQLAlchemy instantiates it), `postgresql.ARRAY(sa.Integer(), dimensions=2)`,
// `….with_variant(other, "sqlite")`, any spelling of SQLAlchemy's modules, dialect
// re-exports, sqlmodel's AutoString and the project's own types. The arguments are bound
// to the class's constructor as Python binds them (typeconstructor.h), with CPython's
// TypeError on a bad call; each must be a literal the DDL can use.
SqlTypeReading sqlTypeFromExpression(const Python::Expression &expression,
                                     const TypeExpressionScope &scope = {});

} // namespace Migrations
