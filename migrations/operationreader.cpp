#include "operationreader.h"

#include "localoperations.h"
#include "operationsignature.h"
#include "typeexpression.h"

#include <QRegularExpression>

#include <deque>
#include <variant>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

using Python::Expression;
using Python::ExpressionKind;

// A name as operations take it: a string, or op.f("…") — a name that naming conventions
// leave as it is, which renders the same.
std::optional<QString> nameOf(const Expression *value)
{
    if (!value)
        return std::nullopt;
    if (value->kind == ExpressionKind::String)
        return value->text;
    if (value->kind == ExpressionKind::Call && value->isCallTo(u"alembic.op.f") && value->operands.size() == 2
        && value->keywords.empty() && value->operands[1].kind == ExpressionKind::String)
        return value->operands[1].text;
    return std::nullopt;
}

std::optional<QStringList> namesOf(const Expression *value)
{
    if (!value || (value->kind != ExpressionKind::List && value->kind != ExpressionKind::Tuple))
        return std::nullopt;
    QStringList names;
    for (const Expression &item : value->operands) {
        if (item.kind != ExpressionKind::String)
            return std::nullopt;
        names.append(item.text);
    }
    return names;
}

// The arguments of one bound call, read parameter by parameter into an Operation; what is
// left unread at the end is an argument the native engine does not render yet.
class OperationCall
{
public:
    OperationCall(const BoundOperation &bound, int line, const LocalNames &locals)
        : m_bound(bound)
        , m_line(line)
        , m_locals(locals)
    {}

    // Each reader takes its parameter's argument, if given, into *out. After the first one
    // that fails the others do nothing, and finish() says why.
    void name(QStringView parameter, QString *out, bool required = true, bool noneAllowed = false)
    {
        const Expression *value = take(parameter);
        if (m_unsupported)
            return;
        if (!value) {
            if (required)
                fail(u"%1 is missing"_s.arg(parameter));
            return;
        }
        if (noneAllowed && value->kind == ExpressionKind::None)
            return;
        if (const std::optional<QString> name = nameOf(value))
            *out = *name;
        else
            fail(u"%1 is not a string the native engine can read"_s.arg(parameter));
    }
    void names(QStringView parameter, QStringList *out)
    {
        const std::optional<QStringList> names = namesOf(take(parameter));
        if (m_unsupported)
            return;
        if (names)
            *out = *names;
        else
            fail(u"%1 is not a list of column names (expressions are not rendered yet)"_s.arg(parameter));
    }
    void flag(QStringView parameter, bool *out)
    {
        const Expression *value = take(parameter);
        if (m_unsupported || !value)
            return;
        if (value->kind == ExpressionKind::Boolean)
            *out = value->text == "True"_L1;
        else
            fail(u"%1 is not True or False"_s.arg(parameter));
    }
    // A parameter read by the caller itself.
    void accept(QStringView parameter) { take(parameter); }
    // The argument with the names of literals in it (local names, module constants)
    // replaced by what they hold, for the readers that look for literals; else as written.
    const Expression *resolved(const Expression *value)
    {
        if (!value)
            return nullptr;
        auto literal = m_locals.literal(*value);
        if (auto *resolved = std::get_if<Expression>(&literal)) {
            m_resolved.push_back(std::move(*resolved));
            return &m_resolved.back();
        }
        return value;
    }
    // After the known parameters are taken, anything left is not rendered yet.
    std::optional<ReadOperations::Unsupported> finish()
    {
        if (m_unsupported)
            return m_unsupported;
        const QString method = QString(m_bound.signature->name);
        for (auto it = m_bound.arguments.cbegin(); it != m_bound.arguments.cend(); ++it) {
            if (!m_taken.contains(it.key()))
                return ReadOperations::Unsupported{m_line, u"op.%1(%2=…) is not rendered yet"_s.arg(method, it.key())};
        }
        if (!m_bound.extraKeywords.empty()) {
            return ReadOperations::Unsupported{
                m_line, u"op.%1(%2=…) is not rendered yet"_s.arg(method, m_bound.extraKeywords.front()->name)};
        }
        if (!m_bound.extraPositional.empty())
            return ReadOperations::Unsupported{m_line, u"op.%1 with more arguments is not rendered yet"_s.arg(method)};
        return std::nullopt;
    }

private:
    const Expression *take(QStringView parameter)
    {
        m_taken.append(parameter.toString());
        return resolved(m_bound.argument(parameter));
    }
    void fail(const QString &why)
    {
        if (!m_unsupported)
            m_unsupported = ReadOperations::Unsupported{m_line, u"op.%1: %2"_s.arg(QString(m_bound.signature->name), why)};
    }

    const BoundOperation &m_bound;
    int m_line;
    const LocalNames &m_locals;
    std::deque<Expression> m_resolved; // what resolved() gave, at addresses that stay put
    QStringList m_taken;
    std::optional<ReadOperations::Unsupported> m_unsupported;
};

// `sa.Column("name", type, nullable=…, server_default=…)`, or why it is not read yet.
std::variant<ColumnDefinition, QString> readColumn(const Expression *value, const TypeExpressionScope &scope)
{
    if (!value || value->kind != ExpressionKind::Call || !value->isCallTo(u"sqlalchemy.Column"))
        return u"the column is not an sa.Column(…) call"_s;
    const std::span<const Expression> arguments = value->arguments();
    if (arguments.size() != 2 || arguments[0].kind != ExpressionKind::String)
        return u"only sa.Column(\"name\", type, …) is read yet"_s;
    ColumnDefinition column;
    column.name = arguments[0].text;
    const SqlTypeReading type = sqlTypeFromExpression(arguments[1], scope);
    if (!type.type)
        return type.error;
    column.type = *type.type;
    column.typeLine = arguments[1].line;
    for (const Python::KeywordArgument &keyword : value->keywords) {
        const Expression &given = keyword.value;
        if (keyword.name == "nullable"_L1 && given.kind == ExpressionKind::Boolean) {
            column.nullable = given.text == "True"_L1;
        } else if (keyword.name == "server_default"_L1 && given.kind == ExpressionKind::String) {
            column.serverDefault = given.text;
        } else if (keyword.name == "server_default"_L1 && given.kind == ExpressionKind::Call
                   && given.isCallTo(u"sqlalchemy.text") && given.operands.size() == 2 && given.keywords.empty()
                   && given.operands[1].kind == ExpressionKind::String) {
            column.serverDefault = given.operands[1].text;
            column.serverDefaultIsSql = true;
        } else if (keyword.name != "server_default"_L1 || given.kind != ExpressionKind::None) {
            return u"sa.Column(%1=…) is not rendered yet"_s.arg(keyword.name);
        }
    }
    return column;
}

// SQL given as a string or sa.text("…") (execute, a CHECK condition): the text as SQLAlchemy
// renders it offline, or why not. In sa.text, `:name` is a bind parameter, which offline
// SQL has no value for (SQLAlchemy's BIND_PARAMS), and `\:` a colon (BIND_PARAMS_ESC).
struct SqlText
{
    QString sql;
    QString whyNot; // set when there is no SQL
};

SqlText sqlTextOf(const Expression *value)
{
    if (value && value->kind == ExpressionKind::Call && value->isCallTo(u"sqlalchemy.text")
        && value->operands.size() == 2 && value->keywords.empty())
        value = &value->operands[1];
    if (!value || value->kind != ExpressionKind::String)
        return {{}, u"SQL other than a string or sa.text(\"…\") is not rendered yet"_s};
    static const QRegularExpression bindParameter(u"(?<![:\\w$\\\\]):([\\w$]+)(?![:\\w$])"_s,
                                                  QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression escapedColon(u"\\\\(:[\\w$]*)(?![:\\w$])"_s,
                                                 QRegularExpression::UseUnicodePropertiesOption);
    if (const QRegularExpressionMatch match = bindParameter.match(value->text); match.hasMatch()) {
        return {{}, u"the bind parameter :%1 has no value in offline SQL"_s.arg(match.captured(1))};
    }
    return {QString(value->text).replace(escapedColon, u"\\1"_s), {}};
}

std::variant<Operation, ReadOperations::Unsupported> toReadOperation(std::variant<Operation, LocalNameRefusal> read)
{
    if (const auto *why = std::get_if<LocalNameRefusal>(&read))
        return ReadOperations::Unsupported{why->line, why->reason};
    return std::get<Operation>(std::move(read));
}

// One `op.…(…)` call as an Operation, or why it is not rendered yet.
std::variant<Operation, ReadOperations::Unsupported> readCall(const Expression &call, int line,
                                                              const TypeExpressionScope &scope, LocalNames &locals)
{
    const Expression &callee = call.callee();
    const QString method = callee.kind == ExpressionKind::Attribute ? callee.text : QString();
    const OperationSignature *signature = callee.resolved.startsWith("alembic.op."_L1)
        ? operationSignature(OperationTarget::Operations, method) : nullptr;
    if (!signature) {
        return ReadOperations::Unsupported{line, u"%1(…) is not one of Alembic's operations"_s.arg(
                                                     callee.dottedName().isEmpty() ? u"this"_s : callee.dottedName())};
    }
    const OperationBinding binding = bindOperation(*signature, call);
    if (!binding.bound)
        return ReadOperations::Unsupported{line, binding.error}; // Python would raise this TypeError

    Operation operation;
    operation.line = line;
    OperationCall arguments(*binding.bound, line, locals);
    if (method == "add_column"_L1) {
        operation.kind = Operation::Kind::AddColumn;
        arguments.name(u"table_name", &operation.table);
        arguments.name(u"schema", &operation.schema, false, true);
        arguments.accept(u"column");
        auto column = readColumn(binding.bound->argument(u"column"), scope);
        if (const QString *why = std::get_if<QString>(&column))
            return ReadOperations::Unsupported{line, u"op.add_column: "_s + *why};
        operation.column = std::get<ColumnDefinition>(std::move(column));
    } else if (method == "create_index"_L1) {
        operation.kind = Operation::Kind::CreateIndex;
        arguments.name(u"index_name", &operation.name);
        arguments.name(u"table_name", &operation.table);
        arguments.names(u"columns", &operation.columns);
        arguments.flag(u"unique", &operation.unique);
        arguments.name(u"schema", &operation.schema, false, true);
    } else if (method == "drop_index"_L1) {
        operation.kind = Operation::Kind::DropIndex;
        arguments.name(u"index_name", &operation.name);
        arguments.name(u"table_name", &operation.table, false, true);
        arguments.name(u"schema", &operation.schema, false, true);
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
    } else if (method == "bulk_insert"_L1) {
        return toReadOperation(readBulkInsert(*binding.bound, line, locals));
    } else {
        return ReadOperations::Unsupported{line, u"op.%1() is not rendered yet"_s.arg(method)};
    }
    if (const auto unsupported = arguments.finish())
        return *unsupported;
    return operation;
}

} // namespace

ReadOperations readOperations(const Python::MigrationFunction &function, const Python::MigrationModule &module)
{
    // Local names are taken as the statements assign them; types are read in their scope.
    LocalNames locals(module);
    const TypeExpressionScope &scope = locals.typeScope();
    ReadOperations read;
    if (function.needsPython) {
        read.unsupported = ReadOperations::Unsupported{function.needsPython->line,
                                                       u"needs Python: "_s + function.needsPython->reason};
        return read;
    }
    for (const Python::Statement &statement : function.body) {
        switch (statement.kind) {
        case Python::StatementKind::Pass:
        case Python::StatementKind::Return:
            continue;
        case Python::StatementKind::Assignment:
            if (const auto why = locals.assign(statement)) {
                read.unsupported = ReadOperations::Unsupported{why->line, why->reason};
                return read;
            }
            continue;
        case Python::StatementKind::With:
            read.unsupported = ReadOperations::Unsupported{
                statement.line, u"batch_alter_table and autocommit blocks are not rendered yet"_s};
            return read;
        case Python::StatementKind::Call:
            break;
        }
        auto operation = isCreateOrDropCall(statement.expression)
            ? toReadOperation(readEnumTypeCall(statement.expression, statement.line, locals))
            : readCall(statement.expression, statement.line, scope, locals);
        if (auto *unsupported = std::get_if<ReadOperations::Unsupported>(&operation)) {
            read.unsupported = *unsupported;
            return read;
        }
        read.operations.append(std::get<Operation>(std::move(operation)));
    }
    return read;
}

} // namespace Migrations
