#pragma once

#include <QVarLengthArray>
#include <QString>
#include <QStringView>

#include <type_traits>

namespace Migrations::Python {

// The token types of Python's `tokenize` module, with the same meaning: NEWLINE ends a
// logical line, NL is a line break that does not (blank line, comment line, or inside
// brackets), and INDENT/DEDENT bracket the blocks.
enum class TokenKind {
    Name,
    Number,
    String,
    Op,
    Newline,
    Nl,
    Indent,
    Dedent,
    Comment,
    EndMarker,
    Error, // the text cannot be tokenized; Tokenizer::errorString() says why, nothing follows
};

struct Token
{
    TokenKind kind = TokenKind::EndMarker;
    int line = 0;       // 1-based line of the first character
    int column = 0;     // 1-based column (UTF-16 code units from the line's start)
    qsizetype begin = 0; // the source range [begin, end) in the text given to the tokenizer
    qsizetype end = 0;
    // Bracket nesting the token sits in: 0 at statement level. An opening bracket and its
    // closing bracket carry the same depth (the depth outside them).
    int depth = 0;
    // For STRING tokens: an f-string, and whether it has {…} fields (its value then needs
    // Python). decodeStringLiteral() gives the value of the others.
    bool isFString = false;
    bool hasReplacementFields = false;

    QStringView text(QStringView source) const { return source.sliced(begin, end - begin); }
    bool isOp(QStringView source, QLatin1StringView op) const
    {
        // The length first: most tokens differ there.
        return kind == TokenKind::Op && end - begin == op.size() && equalsAscii(source, op);
    }
    // The token's text is `word`, an ASCII keyword or operator of the caller's. Compared
    // inline: they are a few characters, and the library call cost more than comparing.
    bool equalsAscii(QStringView source, QLatin1StringView word) const
    {
        if (end - begin != word.size())
            return false;
        for (qsizetype i = 0; i < word.size(); ++i)
            if (source[begin + i].unicode() != char16_t(word[i].unicode()))
                return false;
        return true;
    }
};

// Tokens are copied and put back by the readers at every step: a plain value, with no
// string inside (the error text lives in the tokenizer), keeps each copy a few moves.
static_assert(std::is_trivially_copyable_v<Token>);

// Python 3's lexical rules on text already decoded (a byte-order mark at the start is
// skipped; CRLF, CR and LF all end lines). Lazy: each next() scans only as far as the next
// token, so a reader can stop early and allocates nothing per character.
class Tokenizer
{
public:
    explicit Tokenizer(QStringView source);
    // Starts at `from`, the start of line `line` of a statement at module level (no block
    // open, no bracket): the tokens are those tokenizing the whole source gives from there.
    Tokenizer(QStringView source, qsizetype from, int line);

    Token next();
    QStringView source() const { return m_source; }
    // Why the text cannot be tokenized, worded as CPython words it: set when next() has
    // returned a TokenKind::Error token, empty before.
    const QString &errorString() const { return m_error; }

private:
    Token make(TokenKind kind, qsizetype begin, qsizetype end, int line, qsizetype lineStart);
    Q_DECL_COLD_FUNCTION Token fail(const QString &message, int line, qsizetype position,
                                    qsizetype lineStart);
    Q_DECL_COLD_FUNCTION Token failNeverClosed();
    Q_DECL_COLD_FUNCTION Token failInvalidCharacter(char32_t cp, qsizetype units);
    Token atLineStart();
    Token scanString(qsizetype begin, qsizetype quote);
    Token scanNumber(qsizetype begin);
    Token scanName(qsizetype begin, qsizetype firstUnits);
    Token scanOperator(qsizetype begin);
    bool atEnd() const { return m_pos >= m_source.size(); }
    char16_t peek(qsizetype offset = 0) const;
    // Consumes a line break at m_pos if there is one (CRLF counts once).
    bool consumeLineBreak();

    struct Bracket
    {
        char16_t ch;
        int line;
        qsizetype position;
        qsizetype lineStart;
    };

    QStringView m_source;
    QString m_error;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    bool m_atLineStart = true;
    bool m_lineHasContent = false; // a token other than a comment since the last NEWLINE
    bool m_finished = false;
    int m_pendingDedents = 0;
    // Small fixed buffers: a tokenizer per file must not cost heap allocations.
    QVarLengthArray<int, 16> m_indents{0};    // columns with tabs to multiples of 8, as CPython
    QVarLengthArray<int, 16> m_altIndents{0}; // the same with tabs as 1 column (inconsistent tabs)
    QVarLengthArray<Bracket, 16> m_brackets;
};

} // namespace Migrations::Python
