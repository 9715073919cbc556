#include "localnames.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Migrations {

using Python::Expression;
using Python::ExpressionKind;
using Python::NameBinding;

namespace {

bool isCallToOneOf(const Expression &value, std::initializer_list<QStringView> paths)
{
    for (QStringView path : paths)
        if (value.isCallTo(path))
            return true;
    return false;
}

// A class of SQLAlchemy's or sqlmodel's by Python's naming habit (`sa.Enum`, `postgresql.ENUM`),
// or a type's with_variant(): what a script assigns meaning a column type.
bool looksLikeType(const Expression &value)
{
    const Expression &named = value.kind == ExpressionKind::Call ? value.callee() : value;
    if (named.kind == ExpressionKind::Attribute && named.text == "with_variant"_L1)
        return true;
    const QString &path = named.resolved;
    const QString last = path.section(u'.', -1);
    return named.binding == NameBinding::Import && (path.startsWith("sqlalchemy."_L1) || path.startsWith("sqlmodel."_L1))
        && !last.isEmpty() && last.front().isUpper();
}

// `sa.table(…)` and `sa.column(…)`, however SQLAlchemy's constructors are imported.
bool isTableClauseCall(const Expression &value)
{
    return isCallToOneOf(value, {u"sqlalchemy.table", u"sqlalchemy.sql.table", u"sqlalchemy.sql.expression.table"});
}

bool isColumnClauseCall(const Expression &value)
{
    return isCallToOneOf(value, {u"sqlalchemy.column", u"sqlalchemy.sql.column", u"sqlalchemy.sql.expression.column"});
}

// How a message names an expression: `sa.func.now(…)`, `mood`, `"t"`.
QString describeExpression(const Expression &value)
{
    if (value.kind == ExpressionKind::Call) {
        const QString callee = value.callee().dottedName();
        return (callee.isEmpty() ? u"a call"_s : callee) + u"(…)"_s;
    }
    const QString dotted = value.dottedName();
    return dotted.isEmpty() ? value.dump() : dotted;
}

} // namespace

LocalNames::LocalNames(const Python::MigrationModule &module, const ProjectScope *project)
    : m_constants(module.constants)
{
    if (project) {
        m_scope.projectPackages = project->packages;
        m_scope.projectTypes = &project->types;
    }
    m_scope.constants = &m_constants;
    m_scope.localLiterals = &m_literals;
    m_scope.localTypes = &m_types;
}

const Expression &LocalNames::constantOrSelf(const Expression &value) const
{
    if (value.kind != ExpressionKind::Name || value.binding != NameBinding::ModuleConstant)
        return value;
    const auto it = m_constants.constFind(value.text);
    return it == m_constants.constEnd() ? value : *it;
}

std::optional<LocalNameRefusal> LocalNames::assign(const Python::Statement &assignment)
{
    const QString &name = assignment.target;
    const Expression &value = assignment.expression;
    const auto refuse = [&](const QString &why, int line = 0) {
        return LocalNameRefusal{line > 0 ? line : assignment.line, why};
    };
    if (const auto first = m_assignedAt.constFind(name); first != m_assignedAt.constEnd()) {
        return refuse(u"`%1` is assigned again (first on line %2): a local name assigned twice is not rendered "
                      "yet"_s.arg(name).arg(*first));
    }
    m_assignedAt.insert(name, assignment.line);

    const Expression &written = constantOrSelf(value);
    if (isTableClauseCall(written)) {
        auto table = readTable(written);
        if (auto *why = std::get_if<LocalNameRefusal>(&table))
            return *why;
        m_tables.insert(name, std::get<TableClause>(std::move(table)));
        return std::nullopt;
    }
    if (isColumnClauseCall(written)) {
        auto column = readColumn(written);
        if (auto *why = std::get_if<LocalNameRefusal>(&column))
            return *why;
        m_columns.insert(name, {std::get<TableClauseColumn>(std::move(column)), 0});
        return std::nullopt;
    }
    if (value.kind == ExpressionKind::Name && value.binding == NameBinding::Local) {
        // A second name for what another holds.
        if (m_tables.contains(value.text)) {
            m_tables.insert(name, m_tables.value(value.text));
            return std::nullopt;
        }
        if (m_columns.contains(value.text))
            return refuse(u"`%1` is a second name for the column clause `%2`: not rendered yet"_s.arg(name, value.text));
    }
    auto literalValue = literal(value);
    if (auto *resolved = std::get_if<Expression>(&literalValue)) {
        m_literals.insert(name, std::move(*resolved));
        return std::nullopt;
    }
    const LocalNameRefusal notLiteral = std::get<LocalNameRefusal>(literalValue);
    if (value.kind == ExpressionKind::Tuple || value.kind == ExpressionKind::List || value.kind == ExpressionKind::Dict)
        return LocalNameRefusal{notLiteral.line, u"`%1`: %2"_s.arg(name, notLiteral.reason)};
    const SqlTypeReading type = sqlTypeFromExpression(value, m_scope);
    if (type.type) {
        m_types.insert(name, *type.type);
        return std::nullopt;
    }
    // What was meant as a type says why it is not one.
    const QString asType = looksLikeType(written) ? u" (as a type: %1)"_s.arg(type.error) : QString();
    return refuse(u"`%1` holds %2: a local name is rendered only when it holds literals, sa.table(…), sa.column(…) "
                  "or a column type%3"_s.arg(name, describeExpression(value), asType),
                  asType.isEmpty() ? 0 : type.line);
}

std::variant<Expression, LocalNameRefusal> LocalNames::literal(const Expression &value) const
{
    const auto refuse = [&value](const QString &why) {
        return LocalNameRefusal{value.line, why};
    };
    switch (value.kind) {
    case ExpressionKind::String:
    case ExpressionKind::Number:
    case ExpressionKind::Boolean:
    case ExpressionKind::None:
        return value;
    case ExpressionKind::Negative:
        if (value.operand().kind == ExpressionKind::Number)
            return value;
        return refuse(u"%1 is not a literal"_s.arg(value.dump()));
    case ExpressionKind::Tuple:
    case ExpressionKind::List:
    case ExpressionKind::Dict: {
        Expression copy = value;
        copy.operands.clear();
        for (const Expression &operand : value.operands) {
            auto item = literal(operand);
            if (auto *why = std::get_if<LocalNameRefusal>(&item))
                return *why;
            copy.operands.push_back(std::get<Expression>(std::move(item)));
        }
        return copy;
    }
    case ExpressionKind::Name:
        if (value.binding == NameBinding::Local) {
            if (const auto it = m_literals.constFind(value.text); it != m_literals.constEnd())
                return *it;
            return refuse(u"`%1` does not hold a literal"_s.arg(value.text));
        }
        if (value.binding == NameBinding::ModuleConstant) {
            const auto it = m_constants.constFind(value.text);
            // Module constants are computed from imports only (ModuleResolver): no cycle.
            if (it != m_constants.constEnd()) {
                auto constant = literal(*it);
                if (std::holds_alternative<Expression>(constant))
                    return constant;
            }
            return refuse(u"the module constant `%1` does not hold a literal"_s.arg(value.text));
        }
        break;
    default:
        break;
    }
    return refuse(u"%1 is not a literal"_s.arg(describeExpression(value)));
}

std::variant<QString, LocalNameRefusal> LocalNames::string(const Expression &value, const QString &what,
                                                           bool noneAllowed) const
{
    auto resolved = literal(value);
    if (const auto *literalValue = std::get_if<Expression>(&resolved)) {
        if (literalValue->kind == ExpressionKind::String)
            return literalValue->text;
        if (noneAllowed && literalValue->kind == ExpressionKind::None)
            return QString();
    }
    return LocalNameRefusal{value.line, u"%1 is not a string the native engine can read"_s.arg(what)};
}

std::variant<TableClause, LocalNameRefusal> LocalNames::table(const Expression &value)
{
    if (value.kind == ExpressionKind::Name && value.binding == NameBinding::Local) {
        if (const auto it = m_tables.constFind(value.text); it != m_tables.constEnd())
            return *it;
        return LocalNameRefusal{value.line, u"`%1` does not hold a table clause (sa.table(…))"_s.arg(value.text)};
    }
    const Expression &written = constantOrSelf(value);
    if (isTableClauseCall(written))
        return readTable(written);
    return LocalNameRefusal{value.line, u"the table is %1, not a table clause (sa.table(…)): not rendered yet"_s.arg(
                                            describeExpression(value))};
}

// sqlalchemy.sql.expression.table(name, *columns, **kw), of which TableClause takes only
// `schema` (any other keyword is an ArgumentError).
std::variant<TableClause, LocalNameRefusal> LocalNames::readTable(const Expression &call)
{
    const auto refuse = [&call](const QString &why) {
        return LocalNameRefusal{call.line, u"sa.table(…): "_s + why};
    };
    const std::span<const Expression> arguments = call.arguments();
    if (arguments.empty())
        return refuse(u"the table's name is missing"_s);
    TableClause table;
    auto name = string(arguments[0], u"sa.table(…): the table's name"_s);
    if (auto *why = std::get_if<LocalNameRefusal>(&name))
        return *why;
    table.name = std::get<QString>(name);
    for (const Python::KeywordArgument &keyword : call.keywords) {
        if (keyword.name != "schema"_L1)
            return refuse(u"the argument %1= is not rendered yet"_s.arg(keyword.name));
        auto schema = string(keyword.value, u"sa.table(…): schema"_s, true);
        if (auto *why = std::get_if<LocalNameRefusal>(&schema))
            return *why;
        table.schema = std::get<QString>(schema);
    }
    QSet<QString> names;
    for (const Expression &argument : arguments.subspan(1)) {
        TableClauseColumn column;
        if (argument.kind == ExpressionKind::Name && argument.binding == NameBinding::Local
            && m_columns.contains(argument.text)) {
            LocalColumn &local = m_columns[argument.text];
            if (local.tableLine > 0) {
                return LocalNameRefusal{argument.line, u"the column clause `%1` is in the table clause of line %2 "
                                                       "already, and SQLAlchemy refuses it in a second one"_s
                                                           .arg(argument.text).arg(local.tableLine)};
            }
            local.tableLine = call.line;
            column = local.column;
        } else if (isColumnClauseCall(argument)) {
            auto read = readColumn(argument);
            if (auto *why = std::get_if<LocalNameRefusal>(&read))
                return *why;
            column = std::get<TableClauseColumn>(std::move(read));
        } else {
            return LocalNameRefusal{argument.line, u"sa.table(…): %1 is not a column clause (sa.column(…)): not "
                                                   "rendered yet"_s.arg(describeExpression(argument))};
        }
        // SQLAlchemy keeps both, and which one a row's key reaches is its collection's business.
        if (names.contains(column.name))
            return refuse(u"the column '%1' is named twice: not rendered yet"_s.arg(column.name));
        names.insert(column.name);
        table.columns.append(std::move(column));
    }
    return table;
}

// sqlalchemy.sql.expression.column(text, type_=None, is_literal=False, _selectable=None)
std::variant<TableClauseColumn, LocalNameRefusal> LocalNames::readColumn(const Expression &call) const
{
    const auto refuse = [&call](const QString &why) {
        return LocalNameRefusal{call.line, u"sa.column(…): "_s + why};
    };
    for (const Python::KeywordArgument &keyword : call.keywords) {
        if (keyword.name != "text"_L1 && keyword.name != "type_"_L1 && keyword.name != "is_literal"_L1)
            return refuse(u"the argument %1= is not rendered yet"_s.arg(keyword.name));
    }
    if (call.arguments().size() > 3)
        return refuse(u"more arguments than the name, the type and is_literal are not rendered yet"_s);
    const Expression *name = call.argument(0, u"text");
    if (!name)
        return refuse(u"the column's name is missing"_s);
    TableClauseColumn column;
    auto text = string(*name, u"sa.column(…): the column's name"_s);
    if (auto *why = std::get_if<LocalNameRefusal>(&text))
        return *why;
    column.name = std::get<QString>(text);
    if (const Expression *isLiteral = call.argument(2, u"is_literal")) {
        auto flag = literal(*isLiteral);
        const auto *value = std::get_if<Expression>(&flag);
        if (!value || value->kind != ExpressionKind::Boolean || value->text != "False"_L1)
            return refuse(u"is_literal= other than False is not rendered yet"_s);
    }
    const Expression *type = call.argument(1, u"type_");
    if (type && type->kind != ExpressionKind::None) {
        const SqlTypeReading reading = sqlTypeFromExpression(*type, m_scope);
        if (!reading.type)
            return LocalNameRefusal{reading.line > 0 ? reading.line : type->line, reading.error};
        column.type = *reading.type;
    }
    return column;
}

} // namespace Migrations
