#include "scriptformat.h"

#include "scriptdirectory.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// Ported from alembic/script/base.py (Script.log_entry, _head_only, cmd_format,
// _format_down_revision), 1.13.

namespace Migrations {

QString formatAsComma(const QStringList &values)
{
    // QStringList::join appends item by item through QString::append; label lists of a few
    // hundred names are common enough in `history` to be worth one allocation and a copy
    // per item.
    constexpr QStringView separator = u", ";
    if (values.isEmpty())
        return {};
    qsizetype length = separator.size() * (values.size() - 1);
    for (const QString &value : values)
        length += value.size();
    QString text(length, Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out = std::copy(separator.begin(), separator.end(), out);
        out = std::copy(values[i].cbegin(), values[i].cend(), out);
    }
    return text;
}

QStringList pythonSplitLines(QStringView text)
{
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool boundary = c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == 0x1c || c == 0x1d
                              || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
        if (!boundary)
            continue;
        lines.append(text.sliced(start, i - start).toString());
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i; // \r\n is one boundary
        start = i + 1;
    }
    if (start < text.size())
        lines.append(text.sliced(start).toString());
    return lines;
}

namespace {

QString formatDownRevision(const Revision &revision)
{
    return revision.downRevisions.isEmpty() ? u"<base>"_s : formatAsComma(revision.downRevisions);
}

const QString &joinedLabels(const Revision &revision, const ScriptFormat &format)
{
    auto found = format.joinedLabels.constFind(revision.branchLabels.constData());
    if (found == format.joinedLabels.cend())
        found = format.joinedLabels.insert(revision.branchLabels.constData(), formatAsComma(revision.branchLabels));
    return *found;
}

QString logEntry(const ScriptDirectory &directory, int index, bool current, const ScriptFormat &format)
{
    const Revision &revision = directory.graph().revisions()[index];
    const RevisionScript &script = directory.script(index);
    QString entry = u"Rev: %1%2%3%4%5\n"_s.arg(revision.id, revision.isHead() ? u" (head)"_s : QString(),
                                                revision.isBranchPoint() ? u" (branchpoint)"_s : QString(),
                                                revision.isMergePoint() ? u" (mergepoint)"_s : QString(),
                                                current ? u" (current)"_s : QString());
    entry += (revision.isMergePoint() ? u"Merges: %1\n"_s : u"Parent: %1\n"_s).arg(formatDownRevision(revision));
    if (!revision.dependencies.isEmpty())
        entry += u"Also depends on: %1\n"_s.arg(formatAsComma(revision.dependencies));
    if (revision.isBranchPoint())
        entry += u"Branches into: %1\n"_s.arg(formatAsComma(directory.graph().idsOf(revision.nextIndexes)));
    if (!revision.branchLabels.isEmpty())
        entry += u"Branch names: %1\n"_s.arg(joinedLabels(revision, format));
    entry += u"Path: %1\n"_s.arg(script.path);
    QStringList paragraphs;
    for (const QString &line : pythonSplitLines(script.longDoc()))
        paragraphs.append(u"    "_s + line);
    entry += u"\n%1\n"_s.arg(paragraphs.join(u'\n'));
    return entry;
}

} // namespace

QString logEntry(const ScriptDirectory &directory, int index, bool current)
{
    return logEntry(directory, index, current, ScriptFormat{});
}

QString formatRevision(const ScriptDirectory &directory, int index, const ScriptFormat &format, bool current)
{
    if (format.verbose)
        return logEntry(directory, index, current, format);
    // Appended piece by piece rather than through QString::arg: `history` formats every
    // revision of a project, and a line can carry hundreds of branch labels.
    const Revision &revision = directory.graph().revisions()[index];
    QString text;
    if (format.includeParents) {
        text += formatDownRevision(revision);
        if (!revision.dependencies.isEmpty()) {
            text += " ("_L1;
            text += formatAsComma(revision.dependencies);
            text += u')';
        }
        text += " -> "_L1;
    }
    text += revision.id;
    if (format.includeBranches && !revision.branchLabels.isEmpty()) {
        text += " ("_L1;
        text += joinedLabels(revision, format);
        text += u')';
    }
    // Head indicators are always on in cmd_format; tree indicators only when asked.
    if (revision.isRealHead())
        text += " (head)"_L1;
    if (revision.isHead() && !revision.isRealHead())
        text += " (effective head)"_L1;
    if (current)
        text += " (current)"_L1;
    if (format.treeIndicators) {
        if (revision.isBranchPoint())
            text += " (branchpoint)"_L1;
        if (revision.isMergePoint())
            text += " (mergepoint)"_L1;
    }
    if (format.includeDoc) {
        text += ", "_L1;
        text += directory.script(index).doc();
    }
    return text;
}

} // namespace Migrations
