#include "localoperations.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Migrations {

using Python::Expression;
using Python::ExpressionKind;

namespace {

// Python's type() name of a literal, as its errors say it.
QString pythonTypeName(const Expression &value)
{
    switch (value.kind) {
    case ExpressionKind::String:
        return u"str"_s;
    case ExpressionKind::Boolean:
        return u"bool"_s;
    case ExpressionKind::None:
        return u"NoneType"_s;
    case ExpressionKind::Tuple:
        return u"tuple"_s;
    case ExpressionKind::List:
        return u"list"_s;
    case ExpressionKind::Dict:
        return u"dict"_s;
    default: {
        const Expression &number = value.kind == ExpressionKind::Negative ? value.operand() : value;
        const QString digits = number.text.toLower();
        const bool integer = digits.startsWith("0x"_L1) || digits.startsWith("0o"_L1) || digits.startsWith("0b"_L1)
            || !(digits.contains(u'.') || digits.contains(u'e'));
        return integer ? u"int"_s : u"float"_s;
    }
    }
}

// A number as Python reads the literal: an int (a literal without `.` or an exponent, or
// with a 0x/0o/0b prefix), else a float.
std::variant<RowValue, LocalNameRefusal> numberValue(const Expression &value)
{
    const bool negative = value.kind == ExpressionKind::Negative;
    const Expression &number = negative ? value.operand() : value;
    RowValue row;
    if (pythonTypeName(value) == "int"_L1) {
        const std::optional<qlonglong> integer = number.toInteger();
        if (!integer)
            return LocalNameRefusal{value.line,
                                    u"op.bulk_insert: the integer %1 is beyond 64 bits: not rendered yet"_s.arg(number.text)};
        row.kind = RowValue::Kind::Integer;
        row.integer = negative ? -*integer : *integer;
        return row;
    }
    const std::optional<double> real = number.toDouble();
    if (!real || !std::isfinite(*real))
        return LocalNameRefusal{value.line, u"op.bulk_insert: the float %1 is not finite: not rendered yet"_s.arg(number.text)};
    row.kind = RowValue::Kind::Float;
    row.real = negative ? -*real : *real;
    return row;
}

std::variant<RowValue, LocalNameRefusal> rowValue(const Expression &value)
{
    RowValue row;
    switch (value.kind) {
    case ExpressionKind::String:
        row.kind = RowValue::Kind::String;
        row.text = value.text;
        return row;
    case ExpressionKind::Boolean:
        row.kind = RowValue::Kind::Boolean;
        row.boolean = value.text == "True"_L1;
        return row;
    case ExpressionKind::None:
        return row;
    case ExpressionKind::Number:
    case ExpressionKind::Negative:
        return numberValue(value);
    default:
        return LocalNameRefusal{value.line, u"op.bulk_insert: a %1 as a row's value is not rendered yet"_s.arg(
                                                pythonTypeName(value))};
    }
}

// The rows as Alembic's DefaultImpl.bulk_insert reads them in --sql mode: a list, of dicts,
// each key looked up in the table's columns (table.c[key]) before the row is compiled.
std::variant<QList<InsertRow>, LocalNameRefusal> insertRows(const Expression &rows, const TableClause &table)
{
    if (rows.kind != ExpressionKind::List)
        return QList<InsertRow>{InsertRow{{}, u"TypeError: List expected"_s}};
    if (!rows.operands.empty() && rows.operands.front().kind != ExpressionKind::Dict)
        return QList<InsertRow>{InsertRow{{}, u"TypeError: List of dictionaries expected"_s}};
    QList<InsertRow> read;
    for (const Expression &item : rows.operands) {
        if (item.kind != ExpressionKind::Dict) {
            read.append({{}, u"AttributeError: '%1' object has no attribute 'items'"_s.arg(pythonTypeName(item))});
            return read; // Alembic stops at it
        }
        InsertRow row;
        for (size_t i = 0; i + 1 < item.operands.size(); i += 2) {
            const Expression &key = item.operands[i];
            if (key.kind != ExpressionKind::String)
                return LocalNameRefusal{key.line, u"op.bulk_insert: a row's key that is not a string is not rendered yet"_s};
            auto value = rowValue(item.operands[i + 1]);
            if (auto *why = std::get_if<LocalNameRefusal>(&value))
                return *why;
            // A key written twice keeps its first place and its last value, as in a dict.
            const auto same = std::find_if(row.values.begin(), row.values.end(),
                                           [&key](const auto &entry) { return entry.first == key.text; });
            if (same != row.values.end())
                same->second = std::get<RowValue>(std::move(value));
            else
                row.values.append({key.text, std::get<RowValue>(std::move(value))});
        }
        for (const auto &[key, value] : std::as_const(row.values)) {
            const bool known = std::any_of(table.columns.cbegin(), table.columns.cend(),
                                           [&key](const TableClauseColumn &column) { return column.name == key; });
            if (!known) {
                read.append({{}, u"KeyError: '%1'"_s.arg(key)});
                return read;
            }
        }
        read.append(std::move(row));
    }
    return read;
}

} // namespace

bool isCreateOrDropCall(const Expression &call)
{
    if (call.kind != ExpressionKind::Call || call.callee().kind != ExpressionKind::Attribute)
        return false;
    const Expression &callee = call.callee();
    return (callee.text == "create"_L1 || callee.text == "drop"_L1) && !callee.resolved.startsWith("alembic."_L1);
}

// SchemaType.create(self, bind, checkfirst=False) and postgresql.ENUM.create(self, bind=None,
// checkfirst=True), drop() alike. Offline, Alembic's bind is SQLAlchemy's mock connection,
// which runs the DDL visitor with checkfirst=False whatever is given: no catalog query.
std::variant<Operation, LocalNameRefusal> readEnumTypeCall(const Expression &call, int line, const LocalNames &locals)
{
    const Expression &callee = call.callee();
    const QString method = callee.text;
    const auto refuse = [&](const QString &why) {
        return LocalNameRefusal{line, u".%1(): %2"_s.arg(method, why)};
    };
    const SqlTypeReading reading = sqlTypeFromExpression(callee.object(), locals.typeScope());
    if (!reading.type)
        return LocalNameRefusal{reading.line > 0 ? reading.line : line, u".%1() of a type: %2"_s.arg(method, reading.error)};
    const SqlType &type = *reading.type;
    const bool pgEnum = type.module == TypeModule::PostgreSQL && type.name == "ENUM"_L1;
    if (!pgEnum && !(type.module == TypeModule::SqlAlchemy && type.name == "Enum"_L1))
        return refuse(u"the type is %1: only sa.Enum's and postgresql.ENUM's are rendered yet"_s.arg(type.qualifiedName()));
    if (!type.variants.empty())
        return refuse(u"an enum with variants (with_variant()) is not rendered yet"_s);
    if (pgEnum && !type.nativeEnum)
        return refuse(u"postgresql.ENUM(native_enum=False) makes SQLAlchemy warn, which is not rendered yet"_s);
    for (const Python::KeywordArgument &keyword : call.keywords) {
        if (keyword.name != "bind"_L1 && keyword.name != "checkfirst"_L1)
            return refuse(u"the argument %1= is not rendered yet"_s.arg(keyword.name));
    }
    const std::span<const Expression> arguments = call.arguments();
    if (arguments.size() > 2 || (!arguments.empty() && call.keyword(u"bind"))
        || (arguments.size() > 1 && call.keyword(u"checkfirst")))
        return refuse(u"more arguments than bind and checkfirst are not rendered yet"_s);
    const Expression *bind = call.argument(0, u"bind");
    if (!bind || !bind->isCallTo(u"alembic.op.get_bind") || bind->operands.size() != 1 || !bind->keywords.empty())
        return refuse(u"needs Python: only a type created on op.get_bind() is rendered"_s);
    if (const Expression *checkfirst = call.argument(1, u"checkfirst")) {
        if (std::holds_alternative<LocalNameRefusal>(locals.literal(*checkfirst)))
            return refuse(u"checkfirst= other than a literal is not rendered yet"_s);
    }
    Operation operation;
    operation.kind = method == "create"_L1 ? Operation::Kind::CreateEnumType : Operation::Kind::DropEnumType;
    operation.line = line;
    operation.enumType = type;
    return operation;
}

std::variant<Operation, LocalNameRefusal> readBulkInsert(const BoundOperation &bound, int line, LocalNames &locals)
{
    const auto refuse = [line](const QString &why) {
        return LocalNameRefusal{line, u"op.bulk_insert: "_s + why};
    };
    const Expression *tableArgument = bound.argument(u"table");
    const Expression *rowsArgument = bound.argument(u"rows");
    if (!tableArgument || !rowsArgument)
        return refuse(u"the table or the rows are missing"_s); // bindOperation() says so first
    auto table = locals.table(*tableArgument);
    if (auto *why = std::get_if<LocalNameRefusal>(&table))
        return *why;
    const TableClause &clause = std::get<TableClause>(table);
    if (const Expression *multiinsert = bound.argument(u"multiinsert")) {
        auto flag = locals.literal(*multiinsert);
        const auto *value = std::get_if<Expression>(&flag);
        if (!value || value->kind != ExpressionKind::Boolean)
            return refuse(u"multiinsert= other than True or False is not rendered yet"_s);
    }
    auto rows = locals.literal(*rowsArgument);
    if (auto *why = std::get_if<LocalNameRefusal>(&rows))
        return LocalNameRefusal{why->line, u"op.bulk_insert: the rows: "_s + why->reason};
    auto read = insertRows(std::get<Expression>(rows), clause);
    if (auto *why = std::get_if<LocalNameRefusal>(&read))
        return *why;
    Operation operation;
    operation.kind = Operation::Kind::BulkInsert;
    operation.line = line;
    operation.table = clause.name;
    operation.schema = clause.schema;
    operation.tableColumns = clause.columns;
    operation.rows = std::get<QList<InsertRow>>(std::move(read));
    return operation;
}

} // namespace Migrations
