#include "operationcall.h"

#include "schemaitemreader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Migrations {

using Python::Expression;
using Python::ExpressionKind;

void OperationCall::name(QStringView parameter, QString *out, bool required, bool noneAllowed)
{
    if (m_batch && (parameter == u"table_name" || parameter == u"source_table")) {
        *out = m_batch->table;
        return;
    }
    if (m_batch && (parameter == u"schema" || parameter == u"source_schema")) {
        *out = m_batch->schema;
        return;
    }
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

void OperationCall::names(QStringView parameter, QStringList *out)
{
    const std::optional<QStringList> names = namesOf(take(parameter));
    if (m_unsupported)
        return;
    if (names)
        *out = *names;
    else
        fail(u"%1 is not a list of column names (expressions are not rendered yet)"_s.arg(parameter));
}

void OperationCall::flag(QStringView parameter, bool *out)
{
    const Expression *value = take(parameter);
    if (m_unsupported || !value)
        return;
    if (value->kind == ExpressionKind::Boolean)
        *out = value->text == "True"_L1;
    else
        fail(u"%1 is not True or False"_s.arg(parameter));
}

namespace {

// Whether LocalNames::literal() could give back anything but the value as written: only
// a literal that names a local or a module constant, itself or inside a tuple, list or
// dict. Anything else it copies unchanged or refuses, and the value is used as written.
bool namesALiteral(const Expression &value)
{
    switch (value.kind) {
    case ExpressionKind::Name:
        return value.binding == Python::NameBinding::Local
               || value.binding == Python::NameBinding::ModuleConstant;
    case ExpressionKind::Tuple:
    case ExpressionKind::List:
    case ExpressionKind::Dict:
        return std::any_of(value.operands.cbegin(), value.operands.cend(), namesALiteral);
    default:
        return false;
    }
}

} // namespace

const Expression *OperationCall::resolved(const Expression *value)
{
    // Most arguments are written in place: no copy of them, and no reason why they are not
    // a literal (a call's), which would be built only to be dropped.
    if (!value || !namesALiteral(*value))
        return value;
    auto literal = m_locals.literal(*value);
    if (auto *resolved = std::get_if<Expression>(&literal)) {
        m_resolved.push_back(std::make_unique<Expression>(std::move(*resolved)));
        return m_resolved.back().get();
    }
    return value;
}

std::optional<ReadOperations::Unsupported> OperationCall::finish()
{
    if (m_unsupported)
        return m_unsupported;
    // Each argument is taken once at most: when as many were taken as the call has,
    // nothing is left, and the arguments need not be walked to find one.
    const auto given = m_bound.arguments.size() + qsizetype(m_bound.extraKeywords.size());
    if (m_taken.size() == given && m_bound.extraPositional.empty())
        return std::nullopt;
    const QLatin1StringView method = m_bound.signature->name;
    for (auto it = m_bound.arguments.cbegin(); it != m_bound.arguments.cend(); ++it) {
        if (!m_taken.contains(it.value()))
            return ReadOperations::Unsupported{m_line, u"op.%1(%2=…) is not rendered yet"_s.arg(method, it.key())};
    }
    for (const Python::KeywordArgument *keyword : m_bound.extraKeywords) {
        if (!m_taken.contains(&keyword->value))
            return ReadOperations::Unsupported{m_line, u"op.%1(%2=…) is not rendered yet"_s.arg(method, keyword->name)};
    }
    if (!m_bound.extraPositional.empty())
        return ReadOperations::Unsupported{m_line, u"op.%1 with more arguments is not rendered yet"_s.arg(method)};
    return std::nullopt;
}

const Expression *OperationCall::take(QStringView parameter)
{
    // Remembered once each, however often it is taken: finish() counts them.
    const auto remember = [this](const Expression *argument) {
        if (!m_taken.contains(argument))
            m_taken.append(argument);
    };
    if (const Expression *named = m_bound.argument(parameter)) {
        remember(named);
        return resolved(named);
    }
    // Every keyword of that name counts as read; the first is the one read.
    const Expression *first = nullptr;
    for (const Python::KeywordArgument *keyword : m_bound.extraKeywords) {
        if (keyword->name == parameter) {
            remember(&keyword->value);
            first = first ? first : &keyword->value;
        }
    }
    return first ? resolved(first) : nullptr;
}

void OperationCall::fail(const QString &why)
{
    if (!m_unsupported)
        m_unsupported = ReadOperations::Unsupported{m_line, u"op.%1: %2"_s.arg(m_bound.signature->name, why)};
}

} // namespace Migrations
