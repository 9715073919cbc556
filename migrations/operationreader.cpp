#include "operationreader.h"

#include "localoperations.h"
#include "operationcall.h"
#include "operationsignature.h"
#include "schemaitemreader.h"
#include "typeexpression.h"

#include <variant>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

using Python::Expression;
using Python::ExpressionKind;

// A comment or server default of op.alter_column and the table comment operations: None,
// a str, False (left out) where `falseAllowed`, sa.text("…") where `sqlAllowed` (a server
// default). Anything else — sa.func.now(), sa.Identity(), sa.Computed(), a DefaultClause —
// is not rendered yet.
QString readAlterValue(const Expression &value, QStringView parameter, AlterValue *out, bool sqlAllowed,
                       bool falseAllowed = true)
{
    if (value.kind == ExpressionKind::None) {
        *out = {AlterValue::None, {}};
    } else if (value.kind == ExpressionKind::String) {
        *out = {AlterValue::String, value.text};
    } else if (falseAllowed && value.kind == ExpressionKind::Boolean && value.text == "False"_L1) {
        *out = {};
    } else if (sqlAllowed && value.isCallTo(u"sqlalchemy.text")) {
        const SqlText text = sqlTextOf(&value);
        if (!text.whyNot.isEmpty())
            return u"%1: %2"_s.arg(parameter, text.whyNot);
        *out = {AlterValue::Sql, text.sql};
    } else {
        if (sqlAllowed)
            return u"%1 other than a str, sa.text(\"…\"), None or False is not rendered yet"_s.arg(parameter);
        return u"%1 is not a string or None"_s.arg(parameter);
    }
    return {};
}

// True, False, or None (left out).
QString readOptionalFlag(const Expression &value, QStringView parameter, std::optional<bool> *out)
{
    if (value.kind == ExpressionKind::Boolean)
        *out = value.text == "True"_L1;
    else if (value.kind != ExpressionKind::None)
        return u"%1 is not True, False or None"_s.arg(parameter);
    return {};
}

// A type, or None (left out). A type written as a class rather than an instance says so
// in *isClass, following module constants as the type reader does.
QString readAlterType(const Expression &value, QStringView parameter, const TypeExpressionScope &scope,
                      std::optional<SqlType> *out, bool *isClass)
{
    if (value.kind == ExpressionKind::None)
        return {};
    const SqlTypeReading type = sqlTypeFromExpression(value, scope);
    if (!type.type)
        return u"%1: %2"_s.arg(parameter, type.error);
    *out = type.type;
    // A module constant stands for the value assigned to it, as in the type reader (which
    // has followed the same chain to its end).
    const Expression *written = &value;
    for (int depth = 0; depth < 32 && scope.constants && written->kind == ExpressionKind::Name
                        && written->binding == Python::NameBinding::ModuleConstant;
         ++depth) {
        const auto found = scope.constants->constFind(written->text);
        if (found == scope.constants->constEnd())
            break;
        written = &found.value();
    }
    *isClass = written->kind != ExpressionKind::Call;
    return {};
}

// op.alter_column(table_name, column_name, *, nullable, comment, server_default,
// new_column_name, type_, existing_type, existing_server_default, existing_nullable,
// existing_comment, schema, **kw), with the keywords of **kw some dialect reads.
void readAlterColumn(OperationCall &arguments, Operation *operation, const TypeExpressionScope &scope)
{
    ColumnAlteration &alter = *operation->alteration;
    arguments.name(u"table_name", &operation->table);
    arguments.name(u"column_name", &operation->name);
    arguments.name(u"schema", &operation->schema, false, true);
    for (const auto &[parameter, out] : {std::pair{u"nullable", &alter.nullable},
                                         std::pair{u"existing_nullable", &alter.existingNullable},
                                         std::pair{u"autoincrement", &alter.autoincrement},
                                         std::pair{u"existing_autoincrement", &alter.existingAutoincrement}}) {
        arguments.read(parameter,
                       [&](const Expression &value) { return readOptionalFlag(value, parameter, out); });
    }
    for (const auto &[parameter, out, sql] :
         {std::tuple{u"server_default", &alter.serverDefault, true},
          std::tuple{u"existing_server_default", &alter.existingServerDefault, true},
          std::tuple{u"comment", &alter.comment, false},
          std::tuple{u"existing_comment", &alter.existingComment, false}}) {
        arguments.read(parameter,
                       [&](const Expression &value) { return readAlterValue(value, parameter, out, sql); });
    }
    for (const auto &[parameter, out, isClass] : {std::tuple{u"type_", &alter.type, &alter.typeIsClass},
                                                  std::tuple{u"existing_type", &alter.existingType,
                                                             &alter.existingTypeIsClass}}) {
        arguments.read(parameter, [&](const Expression &value) {
            return readAlterType(value, parameter, scope, out, isClass);
        });
    }
    for (const auto &[parameter, out] : {std::pair{u"new_column_name", &alter.newName},
                                         std::pair{u"postgresql_using", &alter.postgresqlUsing}}) {
        arguments.read(parameter, [&](const Expression &value) {
            if (value.kind == ExpressionKind::String)
                *out = value.text;
            else if (value.kind != ExpressionKind::None)
                return u"%1 is not a string or None"_s.arg(parameter);
            return QString();
        });
    }
}

// The dialect keywords of create_index and drop_index (and their if_[not_]exists).
void readIndexOptions(OperationCall &arguments, IndexOptions *options, bool create)
{
    arguments.flag(u"postgresql_concurrently", &options->postgresqlConcurrently);
    arguments.flag(create ? u"if_not_exists" : u"if_exists", create ? &options->ifNotExists : &options->ifExists);
    if (!create)
        return;
    // A partial index's condition: sa.text("…") (SQLAlchemy refuses a plain str there).
    for (const auto &[parameter, out] : {std::pair{u"postgresql_where", &options->postgresqlWhere},
                                         std::pair{u"sqlite_where", &options->sqliteWhere}}) {
        arguments.read(parameter, [&](const Expression &value) {
            if (!value.isCallTo(u"sqlalchemy.text"))
                return u"%1 other than sa.text(\"…\") is not rendered yet"_s.arg(parameter);
            const SqlText text = sqlTextOf(&value);
            *out = text.sql;
            return text.whyNot;
        });
    }
    arguments.name(u"postgresql_using", &options->postgresqlUsing, false, true);
    arguments.read(u"postgresql_include", [&](const Expression &value) {
        const std::optional<QStringList> names = namesOf(&value);
        if (!names)
            return u"postgresql_include other than a list of column names is not rendered yet"_s;
        options->postgresqlInclude = *names;
        return QString();
    });
    arguments.read(u"mysql_length", [&](const Expression &value) {
        const std::optional<qlonglong> length = value.toInteger();
        if (!length || *length <= 0 || *length > 65535)
            return u"mysql_length other than one number is not rendered yet"_s;
        options->mysqlLength = int(*length);
        return QString();
    });
}

std::variant<Operation, ReadOperations::Unsupported> toReadOperation(std::variant<Operation, LocalNameRefusal> read)
{
    if (const auto *why = std::get_if<LocalNameRefusal>(&read))
        return ReadOperations::Unsupported{why->line, why->reason};
    return std::get<Operation>(std::move(read));
}

// One `op.…(…)` call as an Operation, or why it is not rendered yet.
std::variant<Operation, ReadOperations::Unsupported> readCall(const Expression &call, int line,
                                                              const TypeExpressionScope &scope, LocalNames &locals,
                                                              const BatchTable *batch = nullptr)
{
    const Expression &callee = call.callee();
    const QString method = callee.kind == ExpressionKind::Attribute ? callee.text : QString();
    const OperationSignature *signature = nullptr;
    if (batch)
        signature = operationSignature(OperationTarget::BatchOperations, method);
    else if (callee.resolved.startsWith("alembic.op."_L1))
        signature = operationSignature(OperationTarget::Operations, method);
    if (signature && method == "batch_alter_table"_L1)
        return ReadOperations::Unsupported{line, u"a batch_alter_table inside another is not rendered yet"_s};
    if (!signature) {
        return ReadOperations::Unsupported{line, u"%1(…) is not one of Alembic's operations"_s.arg(
                                                     callee.dottedName().isEmpty() ? u"this"_s : callee.dottedName())};
    }
    const OperationBinding binding = bindOperation(*signature, call);
    if (!binding.bound)
        return ReadOperations::Unsupported{line, binding.error}; // Python would raise this TypeError

    Operation operation;
    operation.line = line;
    OperationCall arguments(*binding.bound, line, locals, batch);
    if (method == "add_column"_L1) {
        operation.kind = Operation::Kind::AddColumn;
        arguments.name(u"table_name", &operation.table);
        arguments.name(u"schema", &operation.schema, false, true);
        arguments.accept(u"column");
        auto column = readColumn(binding.bound->argument(u"column"), scope);
        // batch_op.add_column(…, insert_before=, insert_after=): where move-and-copy puts
        // the column; an ALTER TABLE cannot, and ignores them.
        arguments.name(u"insert_before", &operation.insertBefore, false, true);
        arguments.name(u"insert_after", &operation.insertAfter, false, true);
        operation.insertPositionGiven = binding.bound->argument(u"insert_before") || binding.bound->argument(u"insert_after");
        if (const QString *why = std::get_if<QString>(&column))
            return ReadOperations::Unsupported{line, u"op.add_column: "_s + *why};
        operation.column = std::get<ColumnDefinition>(std::move(column));
        // A key column: SERIAL on PostgreSQL, a table of one key column for SQLAlchemy.
        const ColumnDefinition &added = *operation.column;
        if (added.primaryKey || added.autoincrement == ColumnDefinition::Autoincrement::True)
            return ReadOperations::Unsupported{line, u"op.add_column: a primary key column is not rendered yet"_s};
    } else if (method == "create_table"_L1) {
        operation.kind = Operation::Kind::CreateTable;
        auto table = readTable(*binding.bound, scope);
        if (const QString *why = std::get_if<QString>(&table))
            return ReadOperations::Unsupported{line, u"op.create_table: "_s + *why};
        operation.createdTable = std::get<TableDefinition>(std::move(table));
        return operation;
    } else if (method == "create_index"_L1) {
        operation.kind = Operation::Kind::CreateIndex;
        arguments.name(u"index_name", &operation.name);
        arguments.name(u"table_name", &operation.table);
        arguments.names(u"columns", &operation.columns);
        arguments.flag(u"unique", &operation.unique);
        arguments.name(u"schema", &operation.schema, false, true);
        readIndexOptions(arguments, &operation.indexOptions, true);
    } else if (method == "drop_index"_L1) {
        operation.kind = Operation::Kind::DropIndex;
        arguments.name(u"index_name", &operation.name);
        arguments.name(u"table_name", &operation.table, false, true);
        arguments.name(u"schema", &operation.schema, false, true);
        readIndexOptions(arguments, &operation.indexOptions, false);
    } else if (method == "drop_column"_L1) {
        operation.kind = Operation::Kind::DropColumn;
        arguments.name(u"table_name", &operation.table);
        arguments.name(u"column_name", &operation.name);
        arguments.name(u"schema", &operation.schema, false, true);
    } else if (method == "rename_table"_L1) {
        operation.kind = Operation::Kind::RenameTable;
        arguments.name(u"old_table_name", &operation.table);
        arguments.name(u"new_table_name", &operation.name);
        arguments.name(u"schema", &operation.schema, false, true);
    } else if (method == "drop_table"_L1) {
        operation.kind = Operation::Kind::DropTable;
        arguments.name(u"table_name", &operation.table);
        arguments.name(u"schema", &operation.schema, false, true);
    } else if (method == "drop_constraint"_L1) {
        operation.kind = Operation::Kind::DropConstraint;
        arguments.name(u"constraint_name", &operation.name);
        arguments.name(u"table_name", &operation.table);
        arguments.name(u"type_", &operation.constraintType, false, true);
        arguments.name(u"schema", &operation.schema, false, true);
    } else if (method == "execute"_L1) {
        operation.kind = Operation::Kind::Execute;
        const SqlText text = sqlTextOf(arguments.resolved(binding.bound->argument(u"sqltext")));
        if (!text.whyNot.isEmpty())
            return ReadOperations::Unsupported{line, u"op.execute(): "_s + text.whyNot};
        operation.sql = text.sql;
        arguments.accept(u"sqltext");
    } else if (method == "create_unique_constraint"_L1 || method == "create_primary_key"_L1) {
        operation.kind = method == "create_primary_key"_L1 ? Operation::Kind::CreatePrimaryKey
                                                          : Operation::Kind::CreateUniqueConstraint;
        arguments.name(u"constraint_name", &operation.name, true, true);
        arguments.name(u"table_name", &operation.table);
        arguments.names(u"columns", &operation.columns);
        arguments.name(u"schema", &operation.schema, false, true);
    } else if (method == "create_foreign_key"_L1) {
        operation.kind = Operation::Kind::CreateForeignKey;
        arguments.name(u"constraint_name", &operation.name, true, true);
        arguments.name(u"source_table", &operation.table);
        arguments.name(u"referent_table", &operation.referentTable);
        arguments.names(u"local_cols", &operation.columns);
        arguments.names(u"remote_cols", &operation.referentColumns);
        arguments.name(u"ondelete", &operation.onDelete, false, true);
        arguments.name(u"onupdate", &operation.onUpdate, false, true);
        arguments.name(u"source_schema", &operation.schema, false, true);
        arguments.name(u"referent_schema", &operation.referentSchema, false, true);
    } else if (method == "create_check_constraint"_L1) {
        operation.kind = Operation::Kind::CreateCheckConstraint;
        arguments.name(u"constraint_name", &operation.name, true, true);
        arguments.name(u"table_name", &operation.table);
        arguments.name(u"schema", &operation.schema, false, true);
        const SqlText condition = sqlTextOf(arguments.resolved(binding.bound->argument(u"condition")));
        if (!condition.whyNot.isEmpty())
            return ReadOperations::Unsupported{line, u"op.create_check_constraint(): "_s + condition.whyNot};
        operation.sql = condition.sql;
        arguments.accept(u"condition");
    } else if (method == "alter_column"_L1) {
        operation.kind = Operation::Kind::AlterColumn;
        readAlterColumn(arguments, &operation, scope);
    } else if (method == "create_table_comment"_L1 || method == "drop_table_comment"_L1) {
        // existing_comment only lets Alembic reverse the operation: it is in no SQL.
        const bool create = method == "create_table_comment"_L1;
        operation.kind = create ? Operation::Kind::CreateTableComment : Operation::Kind::DropTableComment;
        arguments.name(u"table_name", &operation.table);
        if (create) {
            arguments.read(u"comment", [&](const Expression &value) {
                return readAlterValue(value, u"comment", &operation.comment, false, false);
            });
        }
        AlterValue existing;
        arguments.read(u"existing_comment", [&](const Expression &value) {
            return readAlterValue(value, u"existing_comment", &existing, false);
        });
        arguments.name(u"schema", &operation.schema, false, true);
    } else if (method == "bulk_insert"_L1) {
        return toReadOperation(readBulkInsert(*binding.bound, line, locals));
    } else {
        return ReadOperations::Unsupported{line, u"op.%1() is not rendered yet"_s.arg(method)};
    }
    if (const auto unsupported = arguments.finish())
        return *unsupported;
    operation.finalName = isFinalName(binding.bound->argument(u"constraint_name"))
        || isFinalName(binding.bound->argument(u"index_name"));
    return operation;
}

// `with op.batch_alter_table(table, schema=…, recreate=…) as batch_op:` and the
// `batch_op.…(…)` calls of its block, which Alembic queues and runs when the block ends.
std::variant<Operation, ReadOperations::Unsupported> readBatch(const Python::Statement &with,
                                                               const TypeExpressionScope &scope, LocalNames &locals)
{
    const Expression &call = with.expression;
    const OperationBinding binding
        = bindOperation(*operationSignature(OperationTarget::Operations, u"batch_alter_table"), call);
    if (!binding.bound)
        return ReadOperations::Unsupported{with.line, binding.error};
    Operation batch;
    batch.kind = Operation::Kind::BatchAlterTable;
    batch.line = with.line;
    OperationCall arguments(*binding.bound, with.line, locals, nullptr);
    arguments.name(u"table_name", &batch.table);
    arguments.name(u"schema", &batch.schema, false, true);
    QString recreate = u"auto"_s;
    arguments.name(u"recreate", &recreate, false);
    // What changes how a table is copied: not rendered yet unless left to its default.
    for (const QStringView parameter : {u"copy_from", u"naming_convention", u"partial_reordering", u"table_args",
                                        u"table_kwargs", u"reflect_args", u"reflect_kwargs"}) {
        arguments.read(parameter, [&](const Expression &value) {
            const bool empty = value.kind == ExpressionKind::None
                || ((value.kind == ExpressionKind::Tuple || value.kind == ExpressionKind::Dict) && value.operands.empty());
            return empty ? QString() : u"%1 is not rendered yet"_s.arg(parameter);
        });
    }
    if (const auto unsupported = arguments.finish())
        return *unsupported;
    static const QStringList recreateValues = {u"auto"_s, u"always"_s, u"never"_s};
    if (!recreateValues.contains(recreate))
        return ReadOperations::Unsupported{with.line, u"recreate may be one of 'auto', 'always', or 'never'."_s};
    batch.recreate = recreate == "always"_L1 ? Operation::Recreate::Always
        : recreate == "never"_L1             ? Operation::Recreate::Never
                                             : Operation::Recreate::Auto;

    const BatchTable table{batch.table, batch.schema};
    for (const Python::Statement &statement : with.body) {
        if (statement.kind == Python::StatementKind::Pass)
            continue;
        const Expression &callee = statement.expression.operands.empty() ? statement.expression
                                                                         : statement.expression.callee();
        const bool onBatch = statement.kind == Python::StatementKind::Call && callee.kind == ExpressionKind::Attribute
            && callee.object().kind == ExpressionKind::Name && !with.target.isEmpty()
            && callee.object().text == with.target;
        if (!onBatch) {
            // An op.…() in the block runs at once, before the queued batch: not rendered yet.
            return ReadOperations::Unsupported{
                statement.line, u"only %1.…() calls are rendered inside a batch block yet"_s.arg(
                                    with.target.isEmpty() ? u"batch_op"_s : with.target)};
        }
        auto operation = readCall(statement.expression, statement.line, scope, locals, &table);
        if (auto *unsupported = std::get_if<ReadOperations::Unsupported>(&operation))
            return *unsupported;
        batch.batch.push_back(std::get<Operation>(std::move(operation)));
    }
    return batch;
}

// `with op.get_context().autocommit_block():` (the body reader admits no other context
// manager than this and batch_alter_table).
bool isAutocommitBlock(const Python::Statement &with)
{
    return !with.expression.isCallTo(u"alembic.op.batch_alter_table");
}

// The statements of a function's body, or of an autocommit block in it, read into
// *operations in order; or the first that cannot be read.
std::optional<ReadOperations::Unsupported> readStatements(const std::vector<Python::Statement> &statements,
                                                          const TypeExpressionScope &scope, LocalNames &locals,
                                                          bool inAutocommit, QList<Operation> *operations)
{
    for (const Python::Statement &statement : statements) {
        switch (statement.kind) {
        case Python::StatementKind::Pass:
        case Python::StatementKind::Return:
            continue;
        case Python::StatementKind::Assignment:
            if (const auto why = locals.assign(statement))
                return ReadOperations::Unsupported{why->line, why->reason};
            continue;
        case Python::StatementKind::With:
        case Python::StatementKind::Call:
            break;
        }
        if (statement.kind == Python::StatementKind::With && isAutocommitBlock(statement)) {
            // Alembic commits, runs the block outside a transaction, and begins again.
            if (inAutocommit)
                return ReadOperations::Unsupported{statement.line, u"an autocommit block inside another"_s};
            Operation begin;
            begin.kind = Operation::Kind::AutocommitBegin;
            begin.line = statement.line;
            operations->append(begin);
            if (auto unsupported = readStatements(statement.body, scope, locals, true, operations))
                return unsupported;
            Operation end = begin;
            end.kind = Operation::Kind::AutocommitEnd;
            operations->append(end);
            continue;
        }
        auto operation = statement.kind == Python::StatementKind::With
            ? readBatch(statement, scope, locals)
            : isCreateOrDropCall(statement.expression)
            ? toReadOperation(readEnumTypeCall(statement.expression, statement.line, locals))
            : readCall(statement.expression, statement.line, scope, locals);
        if (auto *unsupported = std::get_if<ReadOperations::Unsupported>(&operation))
            return *unsupported;
        operations->append(std::get<Operation>(std::move(operation)));
    }
    return std::nullopt;
}

} // namespace

ReadOperations readOperations(const Python::MigrationFunction &function,
                              const Python::MigrationModule &module, const ProjectScope &project)
{
    // Local names are taken as the statements assign them; types are read in their scope.
    LocalNames locals(module, &project);
    const TypeExpressionScope &scope = locals.typeScope();
    ReadOperations read;
    if (function.needsPython) {
        read.unsupported = ReadOperations::Unsupported{function.needsPython->line,
                                                       u"needs Python: "_s + function.needsPython->reason};
        return read;
    }
    // At most an operation per statement: room for them, so that the list never moves
    // the (large) Operations it holds while it grows.
    read.operations.reserve(qsizetype(function.body.size()));
    read.unsupported = readStatements(function.body, scope, locals, false, &read.operations);
    return read;
}

} // namespace Migrations
