#include "operation.h"

namespace Migrations {

ConstraintDefinition Operation::addedConstraint() const
{
    ConstraintDefinition constraint;
    constraint.name = name;
    constraint.columns = columns;
    constraint.line = line;
    switch (kind) {
    case Kind::CreatePrimaryKey:
        constraint.kind = ConstraintDefinition::Kind::PrimaryKey;
        break;
    case Kind::CreateCheckConstraint:
        constraint.kind = ConstraintDefinition::Kind::Check;
        constraint.condition = sql;
        break;
    case Kind::CreateForeignKey:
        constraint.kind = ConstraintDefinition::Kind::ForeignKey;
        constraint.referentTable = referentTable;
        constraint.referentSchema = referentSchema;
        constraint.referentColumns = referentColumns;
        constraint.onDelete = onDelete;
        constraint.onUpdate = onUpdate;
        break;
    default:
        constraint.kind = ConstraintDefinition::Kind::Unique;
        break;
    }
    return constraint;
}

} // namespace Migrations
