#pragma once

#include "expression.h"
#include "tokenizer.h"

#include <QString>

#include <array>
#include <functional>
#include <span>

namespace Migrations::Python {

// Why a piece of Python cannot be read without running it: where, and a short reason.
struct NeedsPython
{
    int line = 0;
    int column = 0;
    QString reason;

    bool operator==(const NeedsPython &) const = default;
};

// The identifiers and dotted import paths a module's nodes hold, each allocated once and
// then shared: a module writes `sa`, `Column` or `sqlalchemy.Column` dozens of times. A
// small direct-mapped cache (a slot per hash, the last string wins it): a hash table cost
// more to look up than the copies it saved. Not shared by threads.
class IdentifierTable
{
public:
    // identifier(written): Python's form of the name written.
    QString identifier(QStringView written);
    // `object.attribute`, the path an attribute of an import names.
    QString attributePath(const QString &object, const QString &attribute);
    // `written` itself: a number as written, a string literal's plain value.
    QString text(QStringView written);

private:
    static constexpr size_t slotCount = 64;
    struct Path
    {
        QString object;
        QString attribute;
        QString path;
    };
    std::array<QString, slotCount> m_identifiers;
    std::array<QString, slotCount> m_texts;
    std::array<Path, slotCount> m_paths;
};

// Reads one expression from a logical line's tokens (comments and NL tokens left out) into
// an Expression tree, accepting only what a migration body may hold (see expression.h).
// Every name met is handed to the resolver, which binds it or refuses it.
class ExpressionParser
{
public:
    // Binds `name` (a Name node) or fills *why and returns false.
    using NameResolver = std::function<bool(Expression &name, NeedsPython *why)>;

    // Nesting beyond this many brackets, calls or unary operators is a verdict: it keeps
    // the recursion here and over the tree bounded whatever the input.
    static constexpr int maximumDepth = 64;

    ExpressionParser(QStringView text, std::span<const Token> tokens, NameResolver resolver)
        : m_text(text)
        , m_tokens(tokens)
        , m_resolver(std::move(resolver))
    {}

    // Parses tokens [begin, end) as a whole expression; with `allowTuple`, `a, b` is a
    // tuple (as on the right of `=`). Returns false and sets failure() otherwise.
    bool parse(qsizetype begin, qsizetype end, bool allowTuple, Expression *result);
    const NeedsPython &failure() const { return m_failure; }

    // The value a bound name holds (null: none known), for `*name` in a call's arguments;
    // without one, only literal displays are spread.
    using ValueLookup = std::function<const Expression *(const Expression &name)>;
    void setValueLookup(ValueLookup lookup) { m_valueLookup = std::move(lookup); }
    // Names and paths are taken from `identifiers` (null: each node gets its own copy).
    void setIdentifierTable(IdentifierTable *identifiers) { m_identifiers = identifiers; }

private:
    bool parseExpression(Expression &out, int depth);
    bool parsePrimary(Expression &out, int depth);
    bool parseAtom(Expression &out, int depth);
    bool parseStrings(Expression &out);
    bool parseItems(Expression &out, QLatin1StringView close, int depth);
    bool parseDict(Expression &out, int depth);
    bool parseArguments(Expression &call, int depth);
    void reserveArguments(Expression &call) const;
    bool spreadName(Expression &spread);
    bool expectClose(QLatin1StringView close);
    bool resolveNames(Expression &expression);

    bool fail(const Token &at, const QString &reason);
    bool failUnexpected(const Token &at);
    bool atEnd() const { return m_pos >= m_end; }
    const Token &current() const;
    bool isOp(QLatin1StringView op) const { return !atEnd() && current().isOp(m_text, op); }
    bool isKeyword(QLatin1StringView word) const;
    Expression node(ExpressionKind kind, const Token &at) const;
    QString identifierOf(const Token &token);

    QStringView m_text;
    std::span<const Token> m_tokens;
    NameResolver m_resolver;
    ValueLookup m_valueLookup;
    IdentifierTable *m_identifiers = nullptr;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    NeedsPython m_failure;
};

// Python's reserved words (hard keywords): never a name.
bool isPythonKeyword(QStringView word);

} // namespace Migrations::Python
