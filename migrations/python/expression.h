#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <span>
#include <vector>

namespace Migrations::Python {

// The expressions a migration body may contain, as Python's `ast` names them. Anything
// else (operators, subscripts, comprehensions, lambdas, …) is never a node: the reader
// gives a "needs Python" verdict instead.
enum class ExpressionKind : quint8 {
    String,    // str literals, implicitly concatenated, and f-strings without {…} fields
    Number,    // int or float literal (`text` as written: see Expression::toInteger())
    Boolean,   // True / False (`text`)
    None,      // None
    Name,      // an identifier (`text`), bound as `binding` says
    Attribute, // `object().text`
    Call,      // `callee()(arguments…, keywords…)`
    Tuple,
    List,
    Dict,      // operands: key, value, key, value, …
    Negative,  // unary minus: `-operand()`
};

// What the name at the root of a Name or Attribute chain refers to when the body runs.
enum class NameBinding : quint8 {
    NotAName,       // a literal, a call, a container…
    Import,         // a module-level import: Expression::resolved is its dotted path
    Local,          // assigned earlier in the same function, or bound by `with … as name`
    ModuleConstant, // assigned at module level: MigrationModule::constants holds its value
};

struct KeywordArgument;

// One node of the tree. A plain value: nodes own their operands. The depth of a tree is
// bounded by the reader (see migrationbody.h), so recursion over it is safe.
struct Expression
{
    ExpressionKind kind = ExpressionKind::None;
    NameBinding binding = NameBinding::NotAName; // Name and Attribute: how the root name is bound
    int line = 0;   // 1-based, where the node's first token starts
    int column = 0; // 1-based, in UTF-16 code units as Token::column
    // String: the value. Number: the literal as written. Boolean: `True`/`False`.
    // Name: the identifier (NFKC-normalised). Attribute: the attribute's name.
    QString text;
    // Name and Attribute rooted at an import: the dotted path it names, as Python would
    // find it (`sa.Integer` → `sqlalchemy.Integer`, `JSONB` → `sqlalchemy.dialects.postgresql.JSONB`).
    QString resolved;
    // Attribute: [object]. Call: [callee, positional arguments…]. Tuple, List: the items.
    // Dict: key, value, key, value… Negative: [operand].
    std::vector<Expression> operands;
    std::vector<KeywordArgument> keywords; // Call: `name=value`, in the order written

    bool isLiteral() const;
    const Expression &object() const { return operands.front(); } // Attribute
    const Expression &callee() const { return operands.front(); } // Call
    const Expression &operand() const { return operands.front(); } // Negative
    std::span<const Expression> arguments() const;                // Call: positional ones
    // Call: the keyword argument `name`, or null.
    const Expression *keyword(QStringView name) const;
    // Call: the argument Python would bind to a parameter at `position` named `name`.
    const Expression *argument(qsizetype position, QStringView name) const;
    // `op.create_table` for a Name or a chain of attributes on a Name; empty otherwise.
    QString dottedName() const;
    // A Call whose callee resolves to `path` (e.g. u"sqlalchemy.Column").
    bool isCallTo(QStringView path) const;
    // Number: the value of an int literal (decimal, 0x, 0o, 0b, underscores), when it fits.
    std::optional<qlonglong> toInteger() const;
    std::optional<double> toDouble() const;

    // A compact, stable form of the tree, also written by tests/migrations/data/dump_body_ast.py
    // from Python's own `ast` so that the two readings can be compared.
    QString dump() const;
};

struct KeywordArgument
{
    QString name;
    Expression value;
    int line = 0;
    int column = 0;
};

// A string as json.dumps(value, ensure_ascii=True) writes it.
QString jsonQuoted(QStringView value);

} // namespace Migrations::Python
