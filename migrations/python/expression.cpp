#include "expression.h"

#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Migrations::Python {

namespace {

// Python's float.hex(): `0x1.8000000000000p+0`, 13 hexadecimal digits of mantissa always.
QString floatHex(double value)
{
    if (std::isnan(value))
        return u"nan"_s;
    QString out = std::signbit(value) ? u"-"_s : QString();
    if (std::isinf(value))
        return out + u"inf"_s;
    const auto bits = std::bit_cast<quint64>(value);
    const int biased = int((bits >> 52) & 0x7ff);
    const quint64 mantissa = bits & ((quint64(1) << 52) - 1);
    if (biased == 0 && mantissa == 0)
        return out + u"0x0.0p+0"_s;
    const int exponent = biased == 0 ? -1022 : biased - 1023;
    out += biased == 0 ? u"0x0."_s : u"0x1."_s;
    out += u"%1"_s.arg(qulonglong(mantissa), 13, 16, QChar(u'0'));
    out += exponent < 0 ? u"p-"_s : u"p+"_s;
    out += QString::number(std::abs(exponent));
    return out;
}

void dumpList(QString &out, std::span<const Expression> items)
{
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += u", "_s;
        out += items[i].dump();
    }
}

} // namespace

QString jsonQuoted(QStringView value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (QChar c : value) {
        switch (c.unicode()) {
        case u'"': out += u"\\\""_s; break;
        case u'\\': out += u"\\\\"_s; break;
        case u'\n': out += u"\\n"_s; break;
        case u'\r': out += u"\\r"_s; break;
        case u'\t': out += u"\\t"_s; break;
        case u'\b': out += u"\\b"_s; break;
        case u'\f': out += u"\\f"_s; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() > 0x7e)
                out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

bool Expression::isLiteral() const
{
    switch (kind) {
    case ExpressionKind::String:
    case ExpressionKind::Number:
    case ExpressionKind::Boolean:
    case ExpressionKind::None:
        return true;
    case ExpressionKind::Negative:
        return operand().kind == ExpressionKind::Number;
    default:
        return false;
    }
}

std::span<const Expression> Expression::arguments() const
{
    if (kind != ExpressionKind::Call || operands.empty())
        return {};
    return std::span<const Expression>(operands).subspan(1);
}

const Expression *Expression::keyword(QStringView name) const
{
    for (const KeywordArgument &argument : keywords)
        if (argument.name == name)
            return &argument.value;
    return nullptr;
}

const Expression *Expression::argument(qsizetype position, QStringView name) const
{
    const auto positional = arguments();
    if (position >= 0 && size_t(position) < positional.size())
        return &positional[size_t(position)];
    return keyword(name);
}

QString Expression::dottedName() const
{
    if (kind == ExpressionKind::Name)
        return text;
    if (kind != ExpressionKind::Attribute)
        return {};
    const QString prefix = object().dottedName();
    return prefix.isEmpty() ? QString() : prefix + u'.' + text;
}

bool Expression::isCallTo(QStringView path) const
{
    return kind == ExpressionKind::Call && callee().binding == NameBinding::Import
        && callee().resolved == path;
}

std::optional<qlonglong> Expression::toInteger() const
{
    if (kind != ExpressionKind::Number)
        return std::nullopt;
    QString digits = text;
    digits.remove(u'_');
    int base = 10;
    if (digits.size() > 2 && digits[0] == u'0') {
        const QChar prefix = digits[1].toLower();
        base = prefix == u'x' ? 16 : prefix == u'o' ? 8 : prefix == u'b' ? 2 : 10;
        if (base != 10)
            digits = digits.sliced(2);
    }
    bool ok = false;
    const qlonglong value = digits.toLongLong(&ok, base);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<double> Expression::toDouble() const
{
    if (kind != ExpressionKind::Number)
        return std::nullopt;
    if (const auto integer = toInteger())
        return double(*integer);
    QString digits = text;
    digits.remove(u'_');
    bool ok = false;
    const double value = digits.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

QString Expression::dump() const
{
    switch (kind) {
    case ExpressionKind::String:
        return jsonQuoted(text);
    case ExpressionKind::Number:
        if (const auto integer = toInteger())
            return QString::number(*integer);
        if (const auto real = toDouble())
            return u"float:"_s + floatHex(*real);
        return u"number:"_s + text;
    case ExpressionKind::Boolean:
        return text;
    case ExpressionKind::None:
        return u"None"_s;
    case ExpressionKind::Name:
        return text;
    case ExpressionKind::Attribute:
        return u"attr(%1, %2)"_s.arg(object().dump(), text);
    case ExpressionKind::Call: {
        QString out = u"call("_s + callee().dump() + u"; "_s;
        dumpList(out, arguments());
        out += u"; "_s;
        for (size_t i = 0; i < keywords.size(); ++i) {
            if (i > 0)
                out += u", "_s;
            out += keywords[i].name + u'=' + keywords[i].value.dump();
        }
        return out + u')';
    }
    case ExpressionKind::Tuple:
    case ExpressionKind::List: {
        QString out = kind == ExpressionKind::Tuple ? u"tuple("_s : u"list("_s;
        dumpList(out, operands);
        return out + u')';
    }
    case ExpressionKind::Dict: {
        QString out = u"dict("_s;
        for (size_t i = 0; i + 1 < operands.size(); i += 2) {
            if (i > 0)
                out += u", "_s;
            out += operands[i].dump() + u": "_s + operands[i + 1].dump();
        }
        return out + u')';
    }
    case ExpressionKind::Negative:
        return u"neg("_s + operand().dump() + u')';
    }
    return {};
}

} // namespace Migrations::Python
