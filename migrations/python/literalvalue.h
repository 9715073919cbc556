#pragma once

#include "tokenizer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <span>

namespace Migrations::Python {

// What a module-level name holds after import, as far as it can be known without running
// Python: a literal, or Unknown with the line and the reason.
struct LiteralValue
{
    enum Kind { Unknown, None, String, Sequence };
    Kind kind = Unknown;
    QString string;
    QStringList items;
    QString why;
    int line = 0; // the assignment's line, or for Unknown the line of what needs Python

    static LiteralValue unknown(const QString &why, int line)
    {
        LiteralValue value;
        value.why = why;
        value.line = line;
        return value;
    }
};

// Python compares identifiers after NFKC normalisation (PEP 3131).
QString identifier(QStringView text);

// Evaluates an expression written as literals, over a range of one logical line's tokens:
// strings (implicitly concatenated), None, tuples, lists, parentheses, and names already
// bound to such literals. Anything else is Unknown with the line and the reason.
class LiteralEvaluator
{
public:
    LiteralEvaluator(QStringView text, std::span<const Token> tokens,
                     const QHash<QString, LiteralValue> &names)
        : m_text(text)
        , m_line(tokens)
        , m_names(names)
    {}

    // An expression list: `a`, `a, b`, `a,` (a tuple when there is a comma at its level).
    LiteralValue evaluate(qsizetype begin, qsizetype end, bool *isTuple = nullptr) const;
    // The index of the bracket closing the one at `open`, or `end` when it is not in range.
    qsizetype matchingBracket(qsizetype open, qsizetype end) const;

private:
    LiteralValue evaluateSingle(qsizetype begin, qsizetype end) const;
    LiteralValue whatFollows(qsizetype at) const;
    bool isOp(qsizetype i, QLatin1StringView op) const { return token(i).isOp(m_text, op); }
    const Token &token(qsizetype i) const { return m_line[size_t(i)]; }

    QStringView m_text;
    std::span<const Token> m_line;
    const QHash<QString, LiteralValue> &m_names;
};

} // namespace Migrations::Python
