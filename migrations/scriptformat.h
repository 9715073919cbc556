#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Migrations {

class ScriptDirectory;

// How Alembic's Script.cmd_format is asked to render a revision.
struct ScriptFormat
{
    bool verbose = false;          // the multi-line log entry instead of one line
    bool includeBranches = false;  // " (label, …)"
    bool includeDoc = false;       // ", message"
    bool includeParents = false;   // "parent -> revision"
    bool treeIndicators = true;    // " (branchpoint)", " (mergepoint)"
    // Revisions with the same labels share one list (RevisionGraph::spreadBranchLabels),
    // and a project whose labels cover most revisions would otherwise spend most of
    // `history` joining the same lists: each distinct list is joined once per format.
    mutable QHash<const QString *, QString> joinedLabels = {};
};

// One revision as Alembic prints it (Script.cmd_format); `current` adds " (current)".
QString formatRevision(const ScriptDirectory &directory, int revision, const ScriptFormat &format,
                       bool current = false);
// The verbose form (Script.log_entry), ending in a newline as Alembic's does.
QString logEntry(const ScriptDirectory &directory, int revision, bool current = false);

// util.format_as_comma.
QString formatAsComma(const QStringList &values);
// str.splitlines(): every line boundary Python knows, without the line ends.
QStringList pythonSplitLines(QStringView text);

} // namespace Migrations
