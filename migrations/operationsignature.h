#pragma once

#include "python/expression.h"

#include <QHash>
#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace Migrations {

// A parameter of one of Alembic's operation methods, as inspect.signature() lists it
// (without `self`).
struct OperationParameter
{
    enum Kind : quint8 { PositionalOrKeyword, VarPositional, KeywordOnly, VarKeyword };
    QLatin1StringView name;
    Kind kind = PositionalOrKeyword;
    bool required = false; // no default value
};

// One method of Alembic 1.13's `op` (Operations) or of the `batch_op` that
// `with op.batch_alter_table(...) as batch_op:` gives (BatchOperations).
struct OperationSignature
{
    QLatin1StringView name;
    std::span<const OperationParameter> parameters;
    // The name CPython's TypeError gives the function (its __qualname__) when it is not
    // `name`: batch_alter_table is defined once, on AbstractOperations.
    QLatin1StringView qualifiedName = {};
};

enum class OperationTarget { Operations, BatchOperations };

// The methods a migration body may call, with their parameters as Alembic declares them
// (checked against inspect.signature() in tst_operationsignature).
std::span<const OperationSignature> operationSignatures(OperationTarget target);
const OperationSignature *operationSignature(OperationTarget target, QStringView name);

// A call's arguments bound to the method's parameters as Python binds them.
struct BoundOperation
{
    const OperationSignature *signature = nullptr;
    // By parameter name: the arguments given, positional or keyword. Parameters left to
    // their default are absent. The expressions belong to the call that was bound.
    QHash<QString, const Python::Expression *> arguments;
    std::vector<const Python::Expression *> extraPositional; // `*columns`
    std::vector<const Python::KeywordArgument *> extraKeywords; // `**kw`, in the order written

    const Python::Expression *argument(QStringView name) const { return arguments.value(name); }
};

// What binding a call gives: the bound arguments, or the TypeError Python would raise,
// in Python's words ("create_index() missing 1 required positional argument: 'columns'").
struct OperationBinding
{
    std::optional<BoundOperation> bound;
    QString error;
};

OperationBinding bindOperation(const OperationSignature &signature, const Python::Expression &call);

} // namespace Migrations
