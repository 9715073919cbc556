#include "operationsignature.h"

using namespace Qt::StringLiterals;

// Alembic 1.13's alembic/operations/base.py, the parameters of each method of Operations
// and BatchOperations that a migration body calls to change a schema. Python binds a
// call's arguments to them; so does bindOperation(), with Python's TypeError messages.

namespace Migrations {

namespace {

using P = OperationParameter;

constexpr P required(QLatin1StringView name) { return {name, P::PositionalOrKeyword, true}; }
constexpr P optional(QLatin1StringView name) { return {name, P::PositionalOrKeyword, false}; }
constexpr P keyword(QLatin1StringView name) { return {name, P::KeywordOnly, false}; }
constexpr P rest(QLatin1StringView name) { return {name, P::VarPositional, false}; }
constexpr P keywords(QLatin1StringView name) { return {name, P::VarKeyword, false}; }

// Operations (`op.…`).
constexpr P addColumn[] = {required("table_name"_L1), required("column"_L1), keyword("schema"_L1)};
constexpr P alterColumn[] = {
    required("table_name"_L1), required("column_name"_L1), keyword("nullable"_L1), keyword("comment"_L1),
    keyword("server_default"_L1), keyword("new_column_name"_L1), keyword("type_"_L1),
    keyword("existing_type"_L1), keyword("existing_server_default"_L1), keyword("existing_nullable"_L1),
    keyword("existing_comment"_L1), keyword("schema"_L1), keywords("kw"_L1)};
constexpr P bulkInsert[] = {required("table"_L1), required("rows"_L1), keyword("multiinsert"_L1)};
constexpr P createCheckConstraint[] = {required("constraint_name"_L1), required("table_name"_L1),
                                       required("condition"_L1), keyword("schema"_L1), keywords("kw"_L1)};
constexpr P createExcludeConstraint[] = {required("constraint_name"_L1), required("table_name"_L1),
                                         rest("elements"_L1), keywords("kw"_L1)};
constexpr P createForeignKey[] = {
    required("constraint_name"_L1), required("source_table"_L1), required("referent_table"_L1),
    required("local_cols"_L1), required("remote_cols"_L1), keyword("onupdate"_L1), keyword("ondelete"_L1),
    keyword("deferrable"_L1), keyword("initially"_L1), keyword("match"_L1), keyword("source_schema"_L1),
    keyword("referent_schema"_L1), keywords("dialect_kw"_L1)};
constexpr P createIndex[] = {required("index_name"_L1), required("table_name"_L1), required("columns"_L1),
                             keyword("schema"_L1), keyword("unique"_L1), keyword("if_not_exists"_L1),
                             keywords("kw"_L1)};
constexpr P createPrimaryKey[] = {required("constraint_name"_L1), required("table_name"_L1),
                                  required("columns"_L1), keyword("schema"_L1)};
constexpr P createTable[] = {required("table_name"_L1), rest("columns"_L1), keywords("kw"_L1)};
constexpr P createTableComment[] = {required("table_name"_L1), required("comment"_L1),
                                    keyword("existing_comment"_L1), keyword("schema"_L1)};
constexpr P createUniqueConstraint[] = {required("constraint_name"_L1), required("table_name"_L1),
                                        required("columns"_L1), keyword("schema"_L1), keywords("kw"_L1)};
constexpr P dropColumn[] = {required("table_name"_L1), required("column_name"_L1), keyword("schema"_L1),
                            keywords("kw"_L1)};
constexpr P dropConstraint[] = {required("constraint_name"_L1), required("table_name"_L1), optional("type_"_L1),
                                keyword("schema"_L1)};
constexpr P dropIndex[] = {required("index_name"_L1), optional("table_name"_L1), keyword("schema"_L1),
                           keyword("if_exists"_L1), keywords("kw"_L1)};
constexpr P dropTable[] = {required("table_name"_L1), keyword("schema"_L1), keywords("kw"_L1)};
constexpr P dropTableComment[] = {required("table_name"_L1), keyword("existing_comment"_L1), keyword("schema"_L1)};
constexpr P execute[] = {required("sqltext"_L1), keyword("execution_options"_L1)};
constexpr P f[] = {required("name"_L1)};
constexpr P inlineLiteral[] = {required("value"_L1), optional("type_"_L1)};
constexpr P renameTable[] = {required("old_table_name"_L1), required("new_table_name"_L1), keyword("schema"_L1)};
constexpr P batchAlterTable[] = {
    required("table_name"_L1), optional("schema"_L1), optional("recreate"_L1), optional("partial_reordering"_L1),
    optional("copy_from"_L1), optional("table_args"_L1), optional("table_kwargs"_L1), optional("reflect_args"_L1),
    optional("reflect_kwargs"_L1), optional("naming_convention"_L1)};

constexpr OperationSignature operations[] = {
    {"add_column"_L1, addColumn},
    {"alter_column"_L1, alterColumn},
    {"batch_alter_table"_L1, batchAlterTable, "AbstractOperations.batch_alter_table"_L1},
    {"bulk_insert"_L1, bulkInsert},
    {"create_check_constraint"_L1, createCheckConstraint},
    {"create_exclude_constraint"_L1, createExcludeConstraint},
    {"create_foreign_key"_L1, createForeignKey},
    {"create_index"_L1, createIndex},
    {"create_primary_key"_L1, createPrimaryKey},
    {"create_table"_L1, createTable},
    {"create_table_comment"_L1, createTableComment},
    {"create_unique_constraint"_L1, createUniqueConstraint},
    {"drop_column"_L1, dropColumn},
    {"drop_constraint"_L1, dropConstraint},
    {"drop_index"_L1, dropIndex},
    {"drop_table"_L1, dropTable},
    {"drop_table_comment"_L1, dropTableComment},
    {"execute"_L1, execute},
    {"f"_L1, f},
    {"inline_literal"_L1, inlineLiteral},
    {"rename_table"_L1, renameTable},
};

// BatchOperations (`batch_op.…`): the table is the batch's, so it is not an argument.
constexpr P batchAddColumn[] = {required("column"_L1), keyword("insert_before"_L1), keyword("insert_after"_L1)};
constexpr P batchAlterColumn[] = {
    required("column_name"_L1), keyword("nullable"_L1), keyword("comment"_L1), keyword("server_default"_L1),
    keyword("new_column_name"_L1), keyword("type_"_L1), keyword("existing_type"_L1),
    keyword("existing_server_default"_L1), keyword("existing_nullable"_L1), keyword("existing_comment"_L1),
    keyword("insert_before"_L1), keyword("insert_after"_L1), keywords("kw"_L1)};
constexpr P batchCreateCheckConstraint[] = {required("constraint_name"_L1), required("condition"_L1), keywords("kw"_L1)};
constexpr P batchCreateExcludeConstraint[] = {required("constraint_name"_L1), rest("elements"_L1), keywords("kw"_L1)};
constexpr P batchCreateForeignKey[] = {
    required("constraint_name"_L1), required("referent_table"_L1), required("local_cols"_L1),
    required("remote_cols"_L1), keyword("referent_schema"_L1), keyword("onupdate"_L1), keyword("ondelete"_L1),
    keyword("deferrable"_L1), keyword("initially"_L1), keyword("match"_L1), keywords("dialect_kw"_L1)};
constexpr P batchCreateIndex[] = {required("index_name"_L1), required("columns"_L1), keywords("kw"_L1)};
constexpr P batchCreatePrimaryKey[] = {required("constraint_name"_L1), required("columns"_L1)};
constexpr P batchCreateTableComment[] = {required("comment"_L1), keyword("existing_comment"_L1)};
constexpr P batchCreateUniqueConstraint[] = {required("constraint_name"_L1), required("columns"_L1), keywords("kw"_L1)};
constexpr P batchDropColumn[] = {required("column_name"_L1), keywords("kw"_L1)};
constexpr P batchDropConstraint[] = {required("constraint_name"_L1), optional("type_"_L1)};
constexpr P batchDropIndex[] = {required("index_name"_L1), keywords("kw"_L1)};
constexpr P batchDropTableComment[] = {keyword("existing_comment"_L1)};

constexpr OperationSignature batchOperations[] = {
    {"add_column"_L1, batchAddColumn},
    {"alter_column"_L1, batchAlterColumn},
    {"batch_alter_table"_L1, batchAlterTable, "AbstractOperations.batch_alter_table"_L1},
    {"create_check_constraint"_L1, batchCreateCheckConstraint},
    {"create_exclude_constraint"_L1, batchCreateExcludeConstraint},
    {"create_foreign_key"_L1, batchCreateForeignKey},
    {"create_index"_L1, batchCreateIndex},
    {"create_primary_key"_L1, batchCreatePrimaryKey},
    {"create_table_comment"_L1, batchCreateTableComment},
    {"create_unique_constraint"_L1, batchCreateUniqueConstraint},
    {"drop_column"_L1, batchDropColumn},
    {"drop_constraint"_L1, batchDropConstraint},
    {"drop_index"_L1, batchDropIndex},
    {"drop_table_comment"_L1, batchDropTableComment},
    {"execute"_L1, execute},
    {"f"_L1, f},
    {"inline_literal"_L1, inlineLiteral},
};

// Python's way of listing missing names: 'a', 'a' and 'b', 'a', 'b', and 'c'.
QString listNames(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(u"'%1'"_s.arg(name));
    if (quoted.size() == 1)
        return quoted.first();
    if (quoted.size() == 2)
        return quoted.join(" and "_L1);
    const QString last = quoted.takeLast();
    return quoted.join(", "_L1) + ", and "_L1 + last;
}

} // namespace

std::span<const OperationSignature> operationSignatures(OperationTarget target)
{
    if (target == OperationTarget::Operations)
        return operations;
    return batchOperations;
}

const OperationSignature *operationSignature(OperationTarget target, QStringView name)
{
    for (const OperationSignature &signature : operationSignatures(target)) {
        if (signature.name == name)
            return &signature;
    }
    return nullptr;
}

OperationBinding bindOperation(const OperationSignature &signature, const Python::Expression &call)
{
    // CPython's argument binding (Python/ceval.c), with its messages; the counts in them
    // include `self`, as Python's do for a method.
    // The function CPython's TypeErrors name, only built for one of them.
    const auto function = [&]() -> QString {
        return (signature.qualifiedName.isEmpty() ? signature.name : signature.qualifiedName) + "()"_L1;
    };
    BoundOperation bound;
    bound.signature = &signature;
    const std::span<const Python::Expression> positional = call.arguments();

    qsizetype takes = 0, takesAtLeast = 0;
    bool hasRest = false, hasKeywords = false;
    for (const OperationParameter &parameter : signature.parameters) {
        if (parameter.kind == OperationParameter::PositionalOrKeyword) {
            ++takes;
            takesAtLeast += parameter.required ? 1 : 0;
        }
        hasRest = hasRest || parameter.kind == OperationParameter::VarPositional;
        hasKeywords = hasKeywords || parameter.kind == OperationParameter::VarKeyword;
    }
    const auto given = qsizetype(positional.size());
    if (given > takes && !hasRest) {
        const QString range = takesAtLeast == takes ? QString::number(takes + 1)
                                                    : u"from %1 to %2"_s.arg(takesAtLeast + 1).arg(takes + 1);
        return {std::nullopt,
                u"%1 takes %2 positional argument%3 but %4 were given"_s
                    .arg(function(), range, takes == 0 && takesAtLeast == takes ? QString() : u"s"_s)
                    .arg(given + 1)};
    }
    qsizetype next = 0;
    for (const OperationParameter &parameter : signature.parameters) {
        if (parameter.kind == OperationParameter::PositionalOrKeyword && next < given)
            bound.arguments.insert(QString(parameter.name), &positional[size_t(next++)]);
    }
    for (; next < given; ++next)
        bound.extraPositional.push_back(&positional[size_t(next)]);

    for (const Python::KeywordArgument &keyword : call.keywords) {
        const OperationParameter *named = nullptr;
        for (const OperationParameter &parameter : signature.parameters) {
            const bool nameable = parameter.kind == OperationParameter::PositionalOrKeyword
                || parameter.kind == OperationParameter::KeywordOnly;
            if (nameable && parameter.name == keyword.name)
                named = &parameter;
        }
        if (!named) {
            if (!hasKeywords)
                return {std::nullopt,
                        u"%1 got an unexpected keyword argument '%2'"_s.arg(function(), keyword.name)};
            bound.extraKeywords.push_back(&keyword);
            continue;
        }
        if (bound.arguments.contains(keyword.name))
            return {std::nullopt,
                    u"%1 got multiple values for argument '%2'"_s.arg(function(), keyword.name)};
        bound.arguments.insert(keyword.name, &keyword.value);
    }

    QStringList missing;
    for (const OperationParameter &parameter : signature.parameters) {
        if (parameter.required && !bound.arguments.contains(parameter.name))
            missing.append(QString(parameter.name));
    }
    if (!missing.isEmpty()) {
        return {std::nullopt, u"%1 missing %2 required positional argument%3: %4"_s.arg(
                                  function(), QString::number(missing.size()),
                                  missing.size() == 1 ? QString() : u"s"_s, listNames(missing))};
    }
    return {std::move(bound), QString()};
}

} // namespace Migrations
