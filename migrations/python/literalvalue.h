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

    // How the name got its value, for readers that look past literals (the migration body
    // reader): whatever `kind` says, an import, a plain assignment at module level, or a
    // `def`/`class` statement. Other: any other way (in a block, by unpacking, …).
    enum class Binding : quint8 { Other, Assignment, Import, Function, Class };
    Binding binding = Binding::Other;
    // Binding::Import: the dotted path the name refers to (`import sqlalchemy as sa` → sa is
    // "sqlalchemy"; `from alembic import op` → "alembic.op"; relative imports keep their dots).
    QString importPath;
    // Binding::Assignment: the source range of the assigned expression, from the start of
    // its first token to the end of its last. Binding::Function and Class at module level:
    // valueBegin is where the statement starts, at its first decorator if it has any (-1 in
    // a block), so that a reader can start there.
    qsizetype valueBegin = 0;
    qsizetype valueEnd = 0;

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

// The names bound in a module and their last values, in the order they were first bound.
// A name is a view: into the module's text when it is written in NFKC form already (every
// ASCII name), or into a normalised copy kept here, so binding a name allocates nothing
// and the text a module was read from must outlive its bindings. A module binds a handful
// of names: they are scanned, and indexed by a hash only when there are many.
class NameBindings
{
public:
    const LiteralValue *find(QStringView name) const
    {
        const qsizetype i = indexOf(name);
        return i < 0 ? nullptr : &m_bindings[i].value;
    }
    bool contains(QStringView name) const { return indexOf(name) >= 0; }
    qsizetype size() const { return m_bindings.size(); }
    bool isEmpty() const { return m_bindings.isEmpty(); }

    // Binds `name` (a view that lives as long as these bindings: see above) to `value`,
    // replacing the value it had.
    void insert(QStringView name, LiteralValue value);
    void remove(QStringView name);
    // Keeps a name that is not in the text (an NFKC-normalised one) and gives its view.
    QStringView keep(QString name);

    // Calls function(QStringView name, LiteralValue &value) for every binding.
    template<typename Function>
    void forEach(Function function)
    {
        for (Binding &binding : m_bindings)
            function(binding.name, binding.value);
    }

private:
    qsizetype indexOf(QStringView name) const;

    struct Binding
    {
        QStringView name;
        LiteralValue value;
    };
    // Past this many names, a hash finds one faster than a scan compares them.
    static constexpr qsizetype scanLimit = 16;

    QList<Binding> m_bindings;
    QHash<QStringView, qsizetype> m_index; // name → position, once there are more than scanLimit
    QStringList m_keptNames;
};

// Evaluates an expression written as literals, over a range of one logical line's tokens:
// strings (implicitly concatenated), None, tuples, lists, parentheses, and names already
// bound to such literals. Anything else is Unknown with the line and the reason.
class LiteralEvaluator
{
public:
    LiteralEvaluator(QStringView text, std::span<const Token> tokens, const NameBindings &names)
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
    const NameBindings &m_names;
};

} // namespace Migrations::Python
