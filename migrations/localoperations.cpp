#include "localoperations.h"

using namespace Qt::StringLiterals;

namespace Migrations {

using Python::Expression;
using Python::ExpressionKind;

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
        return refuse(u"%1 is not rendered yet: only sa.Enum and postgresql.ENUM are"_s.arg(type.qualifiedName()));
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

} // namespace Migrations
