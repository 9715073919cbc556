#include "migrationbody.h"

#include <QList>


using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

int indentation(QStringView line)
{
    int width = 0;
    while (width < line.size() && (line[width] == u' ' || line[width] == u'\t' || line[width] == u'\f'))
        ++width;
    return width;
}

bool isBlankOrComment(QStringView line)
{
    const QStringView stripped = line.trimmed();
    return stripped.isEmpty() || stripped.startsWith(u'#');
}

// After a statement: nothing, a comment, or a `;` and more of the same.
bool restIsEmpty(QStringView rest)
{
    rest = rest.trimmed();
    while (rest.startsWith(u';'))
        rest = rest.sliced(1).trimmed();
    return rest.isEmpty() || rest.startsWith(u'#');
}

// If `lines[*index]` (from `column`) opens a string literal statement, moves *index and
// *column past its end and returns true. Prefixes r, u, b, f in any case are allowed.
bool skipStringLiteral(const QList<QStringView> &lines, qsizetype *index, qsizetype *column)
{
    QStringView line = lines[*index].sliced(*column);
    qsizetype prefix = 0;
    while (prefix < line.size() && prefix < 2 && QStringView(u"rRuUbBfF").contains(line[prefix]))
        ++prefix;
    if (prefix >= line.size() || (line[prefix] != u'"' && line[prefix] != u'\''))
        return false;
    const QChar quote = line[prefix];
    const bool raw = line.first(prefix).contains(u'r', Qt::CaseInsensitive);
    const bool triple = line.sliced(prefix).startsWith(QString(3, quote));
    const QString closing = triple ? QString(3, quote) : QString(quote);
    qsizetype position = *column + prefix + closing.size();
    for (qsizetype i = *index; i < lines.size(); ++i) {
        const QStringView text = lines[i];
        for (qsizetype p = (i == *index ? position : 0); p < text.size(); ++p) {
            if (text[p] == u'\\' && !raw) {
                ++p;
                continue;
            }
            if (text.sliced(p).startsWith(closing)) {
                *index = i;
                *column = p + closing.size();
                return true;
            }
        }
        if (!triple)
            return false; // an unterminated single-quoted string: not ours to judge
    }
    return false;
}

// `def NAME(` or `async def NAME(` at the start of a line. (A regular expression built per
// file made this the slowest part of `upgrade --sql` on large projects.)
bool isDefinitionOf(QStringView line, QStringView name)
{
    if (line.startsWith("async"_L1) && line.size() > 5 && line[5].isSpace())
        line = line.sliced(5).trimmed();
    if (!line.startsWith("def"_L1) || line.size() < 4 || !line[3].isSpace())
        return false;
    line = line.sliced(3).trimmed();
    if (!line.startsWith(name))
        return false;
    line = line.sliced(name.size()).trimmed();
    return line.startsWith(u'(');
}

} // namespace

MigrationBody readMigrationBody(QStringView source, QStringView functionName)
{
    QList<QStringView> lines;
    for (QStringView line : source.tokenize(u'\n'))
        lines.append(line.endsWith(u'\r') ? line.chopped(1) : line);

    // The last top-level definition wins, as in Python.
    qsizetype start = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isDefinitionOf(lines[i], functionName))
            start = i;
    }
    MigrationBody body;
    if (start < 0)
        return body;
    body.found = true;

    // The signature may span lines: it ends at the ':' outside all brackets.
    int depth = 0;
    qsizetype index = start, column = 0;
    bool signatureDone = false;
    for (; index < lines.size() && !signatureDone; ++index) {
        const QStringView line = lines[index];
        for (column = (index == start ? line.indexOf(u'(') : 0); column < line.size(); ++column) {
            const QChar c = line[column];
            if (c == u'#')
                break;
            if (c == u'(' || c == u'[' || c == u'{')
                ++depth;
            else if (c == u')' || c == u']' || c == u'}')
                --depth;
            else if (c == u':' && depth == 0) {
                signatureDone = true;
                ++column;
                break;
            }
        }
        if (signatureDone)
            break;
    }
    if (!signatureDone)
        return body;

    // A statement at (*i, *col): true when it does nothing (`pass`, a string literal), and
    // then (*i, *col) is moved to its end, which for a triple-quoted string is lines below.
    const auto isNoOp = [&](qsizetype *i, qsizetype *col) {
        const QStringView text = lines[*i];
        qsizetype c = *col;
        while (c < text.size() && text[c].isSpace())
            ++c;
        const QStringView rest = text.sliced(c);
        if (rest.startsWith("pass"_L1) && (rest.size() == 4 || !(rest[4].isLetterOrNumber() || rest[4] == u'_')))
            return restIsEmpty(rest.sliced(4));
        qsizetype endLine = *i, endColumn = c;
        if (skipStringLiteral(lines, &endLine, &endColumn) && restIsEmpty(lines[endLine].sliced(endColumn))) {
            *i = endLine;
            *col = endColumn;
            return true;
        }
        return false;
    };
    const auto report = [&](qsizetype line) {
        body.empty = false;
        body.firstLine = int(line + 1);
        body.firstStatement = lines[line].trimmed().toString();
    };

    if (!isBlankOrComment(lines[index].sliced(column))) {
        // `def upgrade(): pass` — the body is on the header's line and nothing follows.
        qsizetype i = index, col = column;
        if (!isNoOp(&i, &col))
            report(index);
        return body;
    }
    for (qsizetype i = index + 1; i < lines.size(); ++i) {
        if (isBlankOrComment(lines[i]))
            continue;
        if (indentation(lines[i]) == 0)
            break; // the next top-level statement: the block has ended
        qsizetype line = i, col = 0;
        if (!isNoOp(&line, &col)) {
            report(i);
            return body;
        }
        i = line;
    }
    return body;
}

} // namespace Migrations
