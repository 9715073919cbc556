#include "typeexpression.h"

#include "typeconstructor.h"

#include <QVarLengthArray>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

using Python::Expression;
using Python::ExpressionKind;

// Constants may name constants; a cycle (impossible in a module that runs) or a very long
// chain stops here.
constexpr int maximumDepth = 32;

struct Failure
{
    int line = 0;
    QString reason;
};

// Python's way of listing names: 'a', 'a' and 'b', 'a', 'b', and 'c'.
QString listNames(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(u"'%1'"_s.arg(name));
    if (quoted.size() <= 2)
        return quoted.join(" and "_L1);
    const QString last = quoted.takeLast();
    return quoted.join(", "_L1) + ", and "_L1 + last;
}

// The module a dotted path's class lives in, as TypeModule says; nothing when it is no
// module of types we know.
std::optional<TypeModule> typeModule(QStringView module, const TypeExpressionScope &scope)
{
    // Views made at compile time: a char16_t array compared in place is measured at run time.
    static constexpr std::pair<QStringView, TypeModule> modules[] = {
        {u"sqlalchemy", TypeModule::SqlAlchemy},
        {u"sqlalchemy.types", TypeModule::SqlAlchemy},
        {u"sqlalchemy.sql.sqltypes", TypeModule::SqlAlchemy},
        {u"sqlalchemy.dialects.postgresql", TypeModule::PostgreSQL},
        {u"sqlalchemy.dialects.mysql", TypeModule::MySQL},
        {u"sqlalchemy.dialects.sqlite", TypeModule::SQLite},
        {u"sqlmodel", TypeModule::SqlModel},
        {u"sqlmodel.sql.sqltypes", TypeModule::SqlModel},
    };
    for (const auto &[name, known] : modules) {
        if (module == name)
            return known;
    }
    if (module.startsWith(u'.'))
        return TypeModule::Project;
    const qsizetype dot = module.indexOf(u'.');
    if (scope.projectPackages.contains(dot < 0 ? module : module.first(dot)))
        return TypeModule::Project;
    return std::nullopt;
}

// The name of a class of typeClasses() as a QString made once, shared by every type of it.
const QString &sharedName(const TypeClass &typeClass)
{
    static const QStringList names = [] {
        QStringList made;
        for (const TypeClass &known : typeClasses())
            made.append(QString(known.name));
        return made;
    }();
    const std::span<const TypeClass> known = typeClasses();
    return names.at(&typeClass - known.data());
}

class TypeReader
{
public:
    explicit TypeReader(const TypeExpressionScope &scope)
        : m_scope(scope)
    {}

    std::optional<SqlType> read(const Expression &expression, int depth = 0);
    Failure failure;

private:
    std::optional<SqlType> fail(const Expression &at, const QString &reason)
    {
        failure = {at.line, reason};
        return std::nullopt;
    }
    const Expression *constantValue(const Expression &name);
    const Expression &literal(const Expression &expression, int depth = 0);
    std::optional<SqlType> construct(const Expression &at, const QString &path, const Expression *call,
                                     int depth);
    std::optional<SqlType> bindArguments(SqlType &type, const TypeConstructor &constructor,
                                         const Expression &where, const Expression *call, int depth);
    std::optional<SqlType> withVariant(const Expression &call, int depth);
    bool apply(SqlType &type, QLatin1StringView parameter, const Expression &value, int depth);
    // "sa.String": the class whose arguments are being applied, for messages about them.
    // Built only when a message needs it: most types are read without one.
    QString className() const { return m_class ? m_class->qualifiedName() : QString(); }

    const TypeExpressionScope &m_scope;
    const SqlType *m_class = nullptr; // the type construct() is building
};

const Expression *TypeReader::constantValue(const Expression &name)
{
    if (name.kind != ExpressionKind::Name)
        return nullptr;
    const QHash<QString, Expression> *values = name.binding == Python::NameBinding::ModuleConstant ? m_scope.constants
        : name.binding == Python::NameBinding::Local ? m_scope.localLiterals : nullptr;
    if (!values)
        return nullptr;
    const auto found = values->constFind(name.text);
    return found == values->constEnd() ? nullptr : &found.value();
}

// A module constant stands for the literal assigned to it.
const Expression &TypeReader::literal(const Expression &expression, int depth)
{
    const Expression *value = depth < maximumDepth ? constantValue(expression) : nullptr;
    return value ? literal(*value, depth + 1) : expression;
}

std::optional<SqlType> TypeReader::read(const Expression &expression, int depth)
{
    if (depth > maximumDepth)
        return fail(expression, u"the type is nested too deeply to be read"_s);
    if (const Expression *value = constantValue(expression))
        return read(*value, depth + 1);
    if (expression.kind == ExpressionKind::Name && expression.binding == Python::NameBinding::Local
        && m_scope.localTypes && m_scope.localTypes->contains(expression.text))
        return m_scope.localTypes->value(expression.text);
    const auto isClass = [](const Expression &e) {
        return (e.kind == ExpressionKind::Name || e.kind == ExpressionKind::Attribute)
               && e.binding == Python::NameBinding::Import && !e.resolved.isEmpty();
    };
    if (isClass(expression)) // a class used as a type: SQLAlchemy's to_instance() calls it
        return construct(expression, expression.resolved, nullptr, depth);
    if (expression.kind == ExpressionKind::Call) {
        const Expression &callee = expression.callee();
        if (callee.kind == ExpressionKind::Attribute && callee.text == "with_variant"_L1 && !isClass(callee))
            return withVariant(expression, depth);
        if (isClass(callee))
            return construct(expression, callee.resolved, &expression, depth);
        if (callee.kind == ExpressionKind::Attribute)
            return fail(expression,
                        u"the method %1() of a type is not read: only with_variant() is"_s.arg(callee.text));
    }
    if (expression.binding == Python::NameBinding::Local)
        return fail(expression,
                    u"'%1' is a variable of the function: a type is read only from what the "
                    "script writes in place or assigns at module level"_s.arg(expression.dottedName()));
    if (expression.kind == ExpressionKind::Name && expression.binding == Python::NameBinding::ModuleConstant)
        return fail(expression, u"the module-level value of '%1' is not known"_s.arg(expression.text));
    return fail(expression, u"not a column type: %1"_s.arg(expression.dump()));
}

std::optional<SqlType> TypeReader::withVariant(const Expression &call, int depth)
{
    // TypeEngine.with_variant(self, type_, *dialect_names)
    std::optional<SqlType> base = read(call.callee().object(), depth + 1);
    if (!base)
        return std::nullopt;
    const QString function = u"TypeEngine.with_variant()"_s;
    const Expression *typeArgument = call.argument(0, u"type_");
    for (const Python::KeywordArgument &keyword : call.keywords) {
        if (keyword.name != "type_"_L1)
            return fail(call, u"%1 got an unexpected keyword argument '%2'"_s.arg(function, keyword.name));
        if (!call.arguments().empty())
            return fail(call, u"%1 got multiple values for argument 'type_'"_s.arg(function));
    }
    if (!typeArgument)
        return fail(call, u"%1 missing 1 required positional argument: 'type_'"_s.arg(function));
    std::optional<SqlType> other = read(*typeArgument, depth + 1);
    if (!other)
        return std::nullopt;
    if (!other->variants.empty())
        return fail(*typeArgument, u"can't pass a type that already has variants as a dialect-level type to "
                                   "with_variant()"_s);
    QStringList dialects;
    const std::span<const Expression> arguments = call.arguments();
    for (std::size_t i = call.keywords.empty() ? 1 : 0; i < arguments.size(); ++i) {
        const Expression &name = literal(arguments[i]);
        if (name.kind != ExpressionKind::String)
            return fail(
                arguments[i],
                u"with_variant(): a dialect name must be a string literal, not %1"_s.arg(name.dump()));
        if (base->hasVariant(name.text) || dialects.contains(name.text))
            return fail(arguments[i], u"Dialect '%1' is already present in the mapping for this %2"_s.arg(
                                          name.text, base->qualifiedName()));
        dialects.append(name.text);
    }
    return base->withVariant(*other, dialects);
}

std::optional<SqlType> TypeReader::construct(const Expression &at, const QString &path,
                                             const Expression *call, int depth)
{
    // Split in place: this runs for every column type of every script.
    const qsizetype dot = path.lastIndexOf(u'.');
    const QStringView moduleName = dot < 0 ? QStringView() : QStringView(path).first(dot);
    const std::optional<TypeModule> module = typeModule(moduleName, m_scope);
    if (!module)
        return fail(
            at, u"%1 is not a type Alembic Studio knows: not SQLAlchemy's, sqlmodel's or the project's"_s.arg(
                    path));
    const QStringView written = QStringView(path).sliced(dot + 1);
    SqlType type;
    type.module = *module;
    if (*module == TypeModule::Project) {
        type.name = written.toString();
        const QString &name = type.name;
        // The project's type mapping gives one SQL per type name: arguments that could
        // change it are refused rather than dropped.
        if (call && (!call->arguments().empty() || !call->keywords.empty()))
            return fail(*call, u"the arguments of the project's type %1 are not read: the project's type "
                               "mapping gives one SQL per type name"_s.arg(name));
        if (m_scope.projectTypes && !m_scope.projectTypes->contains(name)) {
            return fail(at, u"%1 (%2) is the project's own type, which only Python can render unless the "
                            "project's type mapping gives its SQL: add \"%1\" to %3"_s.arg(
                                name, path, m_scope.projectTypes->file()));
        }
        return type;
    }
    const TypeClass *typeClass = findTypeClass(*module, written);
    const TypeConstructor *constructor = typeClass ? typeConstructor(*typeClass) : nullptr;
    if (!constructor)
        return fail(at, u"%1 is not a type SQLAlchemy has"_s.arg(path));
    // The class answers to the name as written (a re-export has its class's name): its
    // shared copy saves one per type read.
    type.name = sharedName(*typeClass);
    const Expression &where = call ? *call : at;
    if (constructor->qualifiedName == "object.__init__"_L1) {
        if (call && (!call->arguments().empty() || !call->keywords.empty()))
            return fail(where, u"%1() takes no arguments"_s.arg(typeClass->className));
        return type;
    }
    // Messages about the arguments name this class; a nested type (ARRAY's item) names its
    // own while it is read, then this one again.
    const SqlType *const outer = std::exchange(m_class, &type);
    std::optional<SqlType> built = bindArguments(type, *constructor, where, call, depth);
    m_class = outer;
    return built;
}

// CPython's argument binding of a type's constructor, with its messages (counts include
// `self`), then each bound argument applied to `type`.
std::optional<SqlType> TypeReader::bindArguments(SqlType &type, const TypeConstructor &constructor,
                                                 const Expression &where, const Expression *call, int depth)
{
    const std::span<const Expression> positional = call ? call->arguments() : std::span<const Expression>();
    const std::span<const Python::KeywordArgument> keywords
        = call ? std::span<const Python::KeywordArgument>(call->keywords)
               : std::span<const Python::KeywordArgument>();
    const bool flattened = !constructor.accepts.empty();
    const std::span<const TypeParameter> parameters
        = flattened ? constructor.accepts : constructor.parameters;
    // The function CPython's TypeErrors name, only built for one of them.
    const auto function = [&]() -> QString {
        return (flattened && !constructor.acceptsName.isEmpty() ? constructor.acceptsName
                                                                : constructor.qualifiedName)
               + "()"_L1;
    };
    qsizetype takes = 0, takesAtLeast = 0;
    const TypeParameter *rest = nullptr;
    for (const TypeParameter &parameter : parameters) {
        if (parameter.kind == TypeParameter::PositionalOrKeyword) {
            ++takes;
            takesAtLeast += parameter.required ? 1 : 0;
        }
        if (parameter.kind == TypeParameter::VarPositional)
            rest = &parameter;
    }
    const auto given = qsizetype(positional.size());
    if (given > takes && !rest) {
        const QString range = takesAtLeast == takes ? QString::number(takes + 1)
                                                    : u"from %1 to %2"_s.arg(takesAtLeast + 1).arg(takes + 1);
        return fail(where,
                    u"%1 takes %2 positional argument%3 but %4 were given"_s
                        .arg(function(), range, takes == 0 && takesAtLeast == takes ? QString() : u"s"_s)
                        .arg(given + 1));
    }
    // Parameters are named by the constructor tables' static strings: nothing is copied.
    QVarLengthArray<std::pair<QLatin1StringView, const Expression *>, 8> bound;
    const auto isBound = [&](QLatin1StringView parameterName) {
        return std::any_of(bound.cbegin(), bound.cend(),
                           [&](const auto &b) { return b.first == parameterName; });
    };
    qsizetype next = 0;
    for (const TypeParameter &parameter : parameters) {
        if (parameter.kind == TypeParameter::PositionalOrKeyword && next < given)
            bound.append({parameter.name, &positional[std::size_t(next++)]});
    }
    // Whatever *rest gathers, as one argument per item (Enum's values): positional[next…].
    const std::span<const Expression> restArguments = positional.subspan(std::size_t(std::min(next, given)));

    for (const Python::KeywordArgument &keyword : keywords) {
        const auto named = std::find_if(parameters.begin(), parameters.end(), [&](const TypeParameter &p) {
            return (p.kind == TypeParameter::PositionalOrKeyword || p.kind == TypeParameter::KeywordOnly)
                   && p.name == keyword.name;
        });
        if (named == parameters.end()) {
            if (flattened && constructor.unknownKeyword.isEmpty())
                continue; // Enum and postgresql.ENUM silently drop keywords they do not know
            if (constructor.unknownKeyword == "object.__init__"_L1)
                return fail(where,
                            u"object.__init__() takes exactly one argument (the instance to initialize)"_s);
            const QString receiver = flattened ? constructor.unknownKeyword + "()"_L1 : function();
            return fail(where, u"%1 got an unexpected keyword argument '%2'"_s.arg(receiver, keyword.name));
        }
        if (isBound(named->name))
            return fail(where, u"%1 got multiple values for argument '%2'"_s.arg(function(), keyword.name));
        bound.append({named->name, &keyword.value});
    }
    const bool anyMissing = std::any_of(parameters.begin(), parameters.end(), [&](const TypeParameter &p) {
        return p.required && !isBound(p.name);
    });
    if (anyMissing) {
        QStringList missing;
        for (const TypeParameter &parameter : parameters) {
            if (parameter.required && !isBound(parameter.name))
                missing.append(QString(parameter.name));
        }
        return fail(where, u"%1 missing %2 required positional argument%3: %4"_s.arg(
                               function(), QString::number(missing.size()),
                               missing.size() == 1 ? QString() : u"s"_s, listNames(missing)));
    }

    if (rest) {
        for (const Expression &argument : restArguments) {
            const Expression &value = literal(argument);
            if (value.kind != ExpressionKind::String)
                return fail(argument,
                            u"argument '%1' of %2: each value must be a string literal, not %3"_s.arg(
                                rest->name, className(), value.dump()));
            type.values.append(value.text);
        }
    }
    // mysql's _StringType lets `collate=` win over `collation=`: it is applied last.
    const auto applyAll = [&](bool collate) {
        for (const auto &[parameter, value] : bound) {
            if ((parameter == "collate"_L1) == collate && !apply(type, parameter, *value, depth))
                return false;
        }
        return true;
    };
    if (!applyAll(false) || !applyAll(true))
        return std::nullopt;
    if (!type.itemType.empty() && !type.itemType.front().itemType.empty())
        return fail(
            where,
            u"Do not nest ARRAY types; ARRAY(basetype) handles multi-dimensional arrays of basetype"_s);
    return std::move(type);
}

bool TypeReader::apply(SqlType &type, QLatin1StringView parameter, const Expression &written, int depth)
{
    const Expression &value = literal(written);
    const bool isNone = value.kind == ExpressionKind::None;
    const auto wrong = [&](const char *expected) {
        if (value.binding == Python::NameBinding::Local) {
            failure = {written.line,
                       u"argument '%1' of %2 is '%3', a variable of the function: only literals and "
                       "module-level constants are read"_s.arg(parameter, className(), value.text)};
            return false;
        }
        failure = {written.line, u"argument '%1' of %2 must be %3, not %4"_s.arg(
                                     parameter, className(), QLatin1StringView(expected), value.dump())};
        return false;
    };
    const auto integer = [&](std::optional<int> &field) {
        if (isNone) {
            field.reset();
            return true;
        }
        const bool negative = value.kind == ExpressionKind::Negative;
        const Expression &number = negative ? value.operand() : value;
        const std::optional<qlonglong> n
            = number.kind == ExpressionKind::Number ? number.toInteger() : std::nullopt;
        if (!n || *n > std::numeric_limits<int>::max())
            return wrong("an integer literal or None");
        field = int(negative ? -*n : *n);
        return true;
    };
    const auto flag = [&](bool &field) {
        if (value.kind != ExpressionKind::Boolean)
            return wrong("True or False");
        field = value.text == "True"_L1;
        return true;
    };
    const auto optionalFlag = [&](std::optional<bool> &field) {
        bool set = false;
        if (!flag(set))
            return false;
        field = set;
        return true;
    };
    const auto text = [&](QString &field) {
        if (isNone) {
            field.clear();
            return true;
        }
        if (value.kind != ExpressionKind::String)
            return wrong("a string literal or None");
        field = value.text;
        return true;
    };
    const auto optionalText = [&](std::optional<QString> &field) {
        QString set;
        if (!text(set))
            return false;
        field = isNone ? std::nullopt : std::optional<QString>(set);
        return true;
    };
    const auto is = [&](QLatin1StringView name) {
        return parameter == name;
    };

    if (is("length"_L1))
        return integer(type.length);
    if (is("collation"_L1) || is("collate"_L1))
        return text(type.collation);
    if (is("charset"_L1))
        return text(type.charset);
    if (is("national"_L1))
        return flag(type.national);
    if (is("ascii"_L1))
        return flag(type.ascii);
    if (is("unicode"_L1))
        return flag(type.unicode);
    if (is("binary"_L1))
        return flag(type.binary);
    if (is("varying"_L1))
        return flag(type.varying);
    if (is("precision"_L1))
        return integer(type.precision);
    if (is("scale"_L1))
        return integer(type.scale);
    if (is("asdecimal"_L1))
        return optionalFlag(type.asdecimal);
    if (is("display_width"_L1))
        return integer(type.displayWidth);
    if (is("unsigned"_L1))
        return flag(type.isUnsigned);
    if (is("zerofill"_L1))
        return flag(type.zerofill);
    if (is("timezone"_L1))
        return flag(type.timezone);
    if (is("fsp"_L1))
        return integer(type.fsp);
    if (is("storage_format"_L1))
        return optionalText(type.storageFormat);
    if (is("fields"_L1))
        return text(type.intervalFields);
    if (is("native"_L1))
        return flag(type.native);
    if (is("second_precision"_L1))
        return integer(type.secondPrecision);
    if (is("day_precision"_L1))
        return integer(type.dayPrecision);
    if (is("name"_L1))
        return text(type.typeName);
    if (is("schema"_L1))
        return text(type.schema);
    if (is("native_enum"_L1))
        return flag(type.nativeEnum);
    if (is("create_type"_L1))
        return flag(type.createType);
    if (is("create_constraint"_L1))
        return flag(type.createConstraint);
    if (is("as_uuid"_L1))
        return flag(type.asUuid);
    if (is("native_uuid"_L1))
        return flag(type.nativeUuid);
    if (is("dimensions"_L1))
        return integer(type.dimensions);
    if (is("item_type"_L1)) {
        std::optional<SqlType> item = read(written, depth + 1);
        if (!item)
            return false;
        type.itemType = {*item};
        return true;
    }
    // Types that only shape Python-side expressions (JSONB's `->>` results, HSTORE's
    // values): read, so that a mistake in them is still reported, then dropped.
    if (is("astext_type"_L1) || is("text_type"_L1))
        return isNone || read(written, depth + 1).has_value();
    // Accepted and dropped because SQLAlchemy never lets them reach DDL: they govern how
    // Python values are converted (decimal_return_scale, none_as_null, as_tuple,
    // zero_indexes, protocol, pickler, comparator, regexp, retrieve_as_bitwise),
    // checked (validate_strings) or ordered (sort_key_function), and omit_aliases only
    // matters for a PEP 435 enum class, which is refused above as a non-string value.
    static const QLatin1StringView pythonSide[] = {"decimal_return_scale"_L1,
                                                   "none_as_null"_L1,
                                                   "as_tuple"_L1,
                                                   "zero_indexes"_L1,
                                                   "protocol"_L1,
                                                   "pickler"_L1,
                                                   "comparator"_L1,
                                                   "regexp"_L1,
                                                   "retrieve_as_bitwise"_L1,
                                                   "validate_strings"_L1,
                                                   "sort_key_function"_L1,
                                                   "omit_aliases"_L1};
    if (std::find(std::begin(pythonSide), std::end(pythonSide), parameter) != std::end(pythonSide)) {
        if (!value.isLiteral())
            return wrong("a literal");
        return true;
    }
    // The rest can change the DDL (impl, metadata, inherit_schema, quote,
    // truncate_microseconds, values_callable, the private _create_events…) and is not
    // modelled: refused, by name.
    failure = {written.line, u"argument '%1' of %2 is not read: it can change the DDL, and Alembic Studio "
                             "does not model it"_s.arg(parameter, className())};
    return false;
}

} // namespace

SqlTypeReading sqlTypeFromExpression(const Python::Expression &expression, const TypeExpressionScope &scope)
{
    TypeReader reader(scope);
    std::optional<SqlType> type = reader.read(expression);
    if (!type)
        return {std::nullopt, reader.failure.line, reader.failure.reason};
    return {std::move(type), 0, {}};
}

} // namespace Migrations
