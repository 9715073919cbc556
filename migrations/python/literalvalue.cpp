#include "literalvalue.h"

#include "stringliteral.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace Migrations::Python {

QString identifier(QStringView text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x80)
            return text.toString().normalized(QString::NormalizationForm_KC);
    return text.toString();
}

qsizetype NameBindings::indexOf(QStringView name) const
{
    if (!m_index.isEmpty())
        return m_index.value(name, -1);
    for (qsizetype i = 0; i < m_bindings.size(); ++i) {
        const QStringView bound = m_bindings[i].name;
        // The length and the first character first: most names differ there, without a call.
        if (bound.size() == name.size() && bound.front() == name.front() && bound == name)
            return i;
    }
    return -1;
}

void NameBindings::insert(QStringView name, LiteralValue value)
{
    if (const qsizetype i = indexOf(name); i >= 0) {
        m_bindings[i].value = std::move(value);
        return;
    }
    if (m_bindings.isEmpty())
        m_bindings.reserve(scanLimit);
    m_bindings.append({name, std::move(value)});
    if (!m_index.isEmpty()) {
        m_index.insert(name, m_bindings.size() - 1);
    } else if (m_bindings.size() > scanLimit) {
        for (qsizetype i = 0; i < m_bindings.size(); ++i)
            m_index.insert(m_bindings[i].name, i);
    }
}

void NameBindings::remove(QStringView name)
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return;
    // The last binding takes the removed one's place: no order is promised.
    const qsizetype last = m_bindings.size() - 1;
    if (i != last) {
        m_bindings[i] = std::move(m_bindings[last]);
        if (!m_index.isEmpty())
            m_index.insert(m_bindings[i].name, i);
    }
    m_bindings.removeLast();
    m_index.remove(name);
}

QStringView NameBindings::keep(QString name)
{
    // A view into the list's string stays valid as the list grows: QString's characters do
    // not move when the QString object itself does.
    m_keptNames.append(std::move(name));
    return m_keptNames.constLast();
}

qsizetype LiteralEvaluator::matchingBracket(qsizetype open, qsizetype end) const
{
    // The closing bracket is the next token back at the opening bracket's depth.
    for (qsizetype i = open + 1; i < end; ++i)
        if (token(i).depth == token(open).depth)
            return i;
    return end;
}

LiteralValue LiteralEvaluator::evaluate(qsizetype begin, qsizetype end, bool *isTuple) const
{
    if (begin >= end)
        return LiteralValue::unknown(u"no value"_s, begin > 0 ? token(begin - 1).line : 0);
    const int depth = token(begin).depth;
    QVarLengthArray<qsizetype, 8> commas;
    for (qsizetype i = begin; i < end; ++i)
        if (token(i).depth == depth && isOp(i, ","_L1))
            commas.append(i);
    if (isTuple)
        *isTuple = !commas.isEmpty();
    if (commas.isEmpty())
        return evaluateSingle(begin, end);
    LiteralValue tuple;
    tuple.kind = LiteralValue::Sequence;
    commas.append(end);
    qsizetype itemBegin = begin;
    for (qsizetype comma : commas) {
        if (comma == end && itemBegin == end)
            break; // a trailing comma
        LiteralValue item = evaluateSingle(itemBegin, comma);
        if (item.kind == LiteralValue::Unknown)
            return item;
        if (item.kind != LiteralValue::String)
            return LiteralValue::unknown(u"a tuple item that is not a string"_s, token(itemBegin).line);
        tuple.items.append(item.string);
        itemBegin = comma + 1;
    }
    return tuple;
}

LiteralValue LiteralEvaluator::evaluateSingle(qsizetype begin, qsizetype end) const
{
    if (begin >= end)
        return LiteralValue::unknown(u"no value"_s, begin > 0 ? token(begin - 1).line : 0);
    const Token &first = token(begin);
    LiteralValue value;
    qsizetype after = begin + 1;
    if (first.kind == TokenKind::String) {
        value.kind = LiteralValue::String;
        for (after = begin; after < end && token(after).kind == TokenKind::String; ++after) {
            const auto literal = Python::decodeStringLiteral(token(after).text(m_text));
            const int line = token(after).line;
            if (!literal.error.isEmpty())
                return LiteralValue::unknown(literal.error, line);
            if (literal.hasReplacementFields)
                return LiteralValue::unknown(u"an f-string with replacement fields"_s, line);
            if (literal.unsupported)
                return LiteralValue::unknown(u"a \\N{…} escape"_s, line);
            if (literal.isBytes)
                return LiteralValue::unknown(u"a bytes literal, not a string"_s, line);
            value.string += literal.value;
        }
    } else if (first.isOp(m_text, "("_L1) || first.isOp(m_text, "["_L1)) {
        const qsizetype close = matchingBracket(begin, end);
        if (close >= end)
            return LiteralValue::unknown(u"an unclosed bracket"_s, first.line);
        after = close + 1;
        if (close == begin + 1) {
            value.kind = LiteralValue::Sequence; // () or []
        } else {
            bool isTuple = false;
            value = evaluate(begin + 1, close, &isTuple);
            if (value.kind == LiteralValue::Unknown)
                return value;
            if (first.isOp(m_text, "["_L1) && !isTuple) {
                // A one-item list: its item must be a string like any other.
                if (value.kind != LiteralValue::String)
                    return LiteralValue::unknown(u"a list item that is not a string"_s, first.line);
                value.kind = LiteralValue::Sequence;
                value.items = {value.string};
                value.string.clear();
            }
        }
    } else if (first.kind == TokenKind::Name && first.end - first.begin == 4
               && first.text(m_text) == "None"_L1) {
        // `None` as written, the usual value here, needs no normalised copy of the name.
        value.kind = LiteralValue::None;
    } else if (first.kind == TokenKind::Name) {
        const QString word = identifier(first.text(m_text));
        if (word == u"None"_s) {
            value.kind = LiteralValue::None;
        } else if (word == u"True"_s || word == u"False"_s) {
            return LiteralValue::unknown(u"a boolean, not a string"_s, first.line);
        } else if (word == u"lambda"_s || word == u"not"_s || word == u"await"_s
                   || word == u"yield"_s) {
            return LiteralValue::unknown(u"an expression (`%1`)"_s.arg(word), first.line);
        } else if (after < end && (isOp(after, "("_L1) || isOp(after, "."_L1))) {
            return whatFollows(after); // a call or an attribute: say that, not the name
        } else {
            const LiteralValue *it = m_names.find(word);
            if (!it)
                return LiteralValue::unknown(u"the name `%1` is not assigned a literal above"_s.arg(word),
                                      first.line);
            if (it->kind == LiteralValue::Unknown)
                return LiteralValue::unknown(u"the name `%1` is %2"_s.arg(word, it->why), first.line);
            value = *it;
        }
    } else if (first.kind == TokenKind::Number) {
        return LiteralValue::unknown(u"a number, not a string"_s, first.line);
    } else {
        return LiteralValue::unknown(u"an expression starting with `%1`"_s.arg(first.text(m_text)), first.line);
    }
    if (after < end)
        return whatFollows(after);
    return value;
}

// Why a literal followed by more tokens cannot be known statically.
LiteralValue LiteralEvaluator::whatFollows(qsizetype at) const
{
    const Token &next = token(at);
    const QStringView text = next.text(m_text);
    QString why;
    if (next.isOp(m_text, "("_L1))
        why = u"a function call"_s;
    else if (next.isOp(m_text, "."_L1))
        why = u"an attribute access"_s;
    else if (next.isOp(m_text, "["_L1))
        why = u"a subscript"_s;
    else if (text == u"if"_s)
        why = u"a conditional expression"_s;
    else if (next.kind == TokenKind::Op)
        why = u"the `%1` operator"_s.arg(text);
    else
        why = u"an expression (`%1`)"_s.arg(text);
    return LiteralValue::unknown(why, next.line);
}

} // namespace Migrations::Python
