#include "commands.h"

#include "scriptdirectory.h"
#include "scriptformat.h"

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// ScriptDirectory._catch_revision_errors: revision errors reworded for the command line.
// `start`/`end` are the bounds a walk was asked for; empty when not walking a range.
QString commandMessage(const RevisionError &error, const RevisionErrorWording &wording)
{
    const QString &start = wording.start, &end = wording.end;
    switch (error.kind) {
    case RevisionError::RangeNotAncestor:
        if (!wording.ancestor.isEmpty())
            return wording.ancestor.arg(end.isEmpty() ? error.upper : end);
        return u"Requested range %1:%2 does not refer to ancestor/descendant revisions along the same branch"_s.arg(
            start.isEmpty() ? error.lower : start, end.isEmpty() ? error.upper : end);
    case RevisionError::MultipleHeads: {
        if (!wording.multipleHeads.isEmpty())
            return wording.multipleHeads;
        const QString argument = end.isEmpty() ? error.argument : end;
        return u"Multiple head revisions are present for given argument '%1'; please specify a specific "
               "target revision, '<branchname>@%1' to narrow to a specific head, or 'heads' for all heads"_s
            .arg(argument);
    }
    case RevisionError::Resolution:
        return u"Can't locate revision identified by '%1'"_s.arg(error.argument);
    case RevisionError::Revision:
    case RevisionError::Crash:
        break;
    }
    return error.message;
}

CommandOutput crashed(const QString &message)
{
    return commandCrashed(message);
}

CommandOutput failed(const RevisionError &error, const QString &start = {}, const QString &end = {})
{
    return revisionFailure(error, {start, end, {}, {}});
}

void printLine(CommandOutput &output, const QString &text)
{
    output.standardOutput += text;
    output.standardOutput += u'\n';
}

} // namespace

CommandOutput commandCrashed(const QString &message)
{
    return {{}, u"error: %1\n"_s.arg(message), 1};
}

CommandOutput revisionFailure(const RevisionError &error, const RevisionErrorWording &wording)
{
    return error.kind == RevisionError::Crash ? commandCrashed(error.message)
                                              : commandFailed(commandMessage(error, wording));
}

// The graph itself may be one Alembic refuses; every command fails on it first. A script
// that cannot be read is where Alembic's import of it would raise.
std::optional<CommandOutput> graphFailure(const ScriptDirectory &directory)
{
    if (!directory.diagnostics().isEmpty()) {
        const Diagnostic &first = directory.diagnostics().first();
        return crashed(first.line > 0 ? u"%1:%2: %3"_s.arg(first.file).arg(first.line).arg(first.message)
                                      : u"%1: %2"_s.arg(first.file, first.message));
    }
    if (const auto &error = directory.graph().error())
        return failed(*error);
    return std::nullopt;
}

CommandOutput commandFailed(const QString &message)
{
    return {u"FAILED: %1\n"_s.arg(message), {}, 255};
}

CommandOutput historyCommand(const ScriptDirectory &directory, const QString &revisionRange, bool verbose,
                             const std::optional<QStringList> &currents)
{
    QString base, head;
    if (!revisionRange.isNull()) {
        const QStringList bounds = revisionRange.trimmed().split(u':');
        if (bounds.size() == 1)
            return commandFailed(u"History range requires [start]:[end], [start]:, or :[end]"_s);
        if (bounds.size() > 2) // Python unpacks into two names and fails
            return commandFailed(u"History range has more than one ':' in \"%1\""_s.arg(revisionRange));
        base = bounds[0];
        head = bounds[1];
    }
    if (auto failure = graphFailure(directory))
        return *failure;
    if (base.isEmpty())
        base = u"base"_s;
    if (head.isEmpty())
        head = u"heads"_s;
    // "current" as a bound is the database's heads (history runs env.py for it). One head
    // is a revision; none is the base.
    for (QString *bound : {&base, &head}) {
        if (*bound != "current"_L1)
            continue;
        if (!currents) {
            return commandFailed(u"'current' in a history range needs the database: it is read by history "
                                 "--indicate-current"_s);
        }
        if (currents->size() > 1)
            return commandCrashed(u"'current' names %1 heads; give one of them in the range"_s.arg(currents->size()));
        *bound = currents->isEmpty() ? u"base"_s : currents->first();
    }

    const RevisionRange range = directory.graph().iterateUpgradeRevisions(head, base, true, false, false);
    if (range.error)
        return failed(*range.error, base, head);
    const ScriptFormat format{.verbose = verbose, .includeBranches = true, .includeDoc = true, .includeParents = true};
    // The lines first, joined once: a long history is megabytes of text, which growing one
    // string line by line copied over and over (and touched twice the memory).
    QStringList lines;
    lines.reserve(range.revisions.size() + 1);
    const RevisionGraph &graph = directory.graph();
    for (int revision : range.revisions) {
        const bool current = currents && currents->contains(graph.revisions()[revision].id);
        lines.append(formatRevision(directory, revision, format, current));
    }
    lines.append(QString()); // the last line's line break
    CommandOutput output;
    output.standardOutput = lines.join(u'\n');
    return output;
}

CommandOutput headsCommand(const ScriptDirectory &directory, bool verbose, bool resolveDependencies)
{
    // Without --resolve-dependencies Alembic asks for get_heads(), which (unlike
    // get_revisions()) does not turn a revision error into a command error: a graph it
    // refuses ends `alembic heads` in a traceback, not in "FAILED: ...".
    if (const auto &error = directory.graph().error(); error && !resolveDependencies && directory.diagnostics().isEmpty())
        return crashed(error->message);
    if (auto failure = graphFailure(directory))
        return *failure;
    const RevisionGraph &graph = directory.graph();
    QList<int> heads;
    if (resolveDependencies) {
        const RevisionResolution resolved = graph.resolve(u"heads"_s);
        if (resolved.error)
            return failed(*resolved.error);
        heads = resolved.revisions;
    } else {
        for (const QString &id : graph.heads())
            heads.append(graph.indexOf(id));
    }
    CommandOutput output;
    const ScriptFormat format{.verbose = verbose, .includeBranches = true, .treeIndicators = false};
    for (int revision : std::as_const(heads))
        printLine(output, formatRevision(directory, revision, format));
    return output;
}

CommandOutput branchesCommand(const ScriptDirectory &directory, bool verbose)
{
    if (auto failure = graphFailure(directory))
        return *failure;
    const RevisionGraph &graph = directory.graph();
    const RevisionRange all = graph.iterateUpgradeRevisions(u"heads"_s, u"base"_s, true, false, false);
    if (all.error)
        return failed(*all.error, u"base"_s, u"heads"_s);
    CommandOutput output;
    for (int revision : all.revisions) {
        const Revision &branchPoint = graph.revisions()[revision];
        if (!branchPoint.isBranchPoint())
            continue;
        // The children, which Alembic lists in set order, come sorted here.
        QStringList children;
        for (int child : branchPoint.nextIndexes) {
            children.append(u"%1 -> %2"_s.arg(QString(branchPoint.id.size(), u' '),
                                              formatRevision(directory, child,
                                                             ScriptFormat{.includeBranches = true, .includeDoc = verbose})));
        }
        printLine(output, u"%1\n%2\n"_s.arg(formatRevision(directory, revision, ScriptFormat{.verbose = verbose, .includeBranches = true}),
                                             children.join(u'\n')));
    }
    return output;
}

CommandOutput showCommand(const ScriptDirectory &directory, const QString &revision)
{
    // `show current` reads the database: showCurrentCommand (the CLI sends it there).
    if (auto failure = graphFailure(directory))
        return *failure;
    const RevisionResolution resolved = directory.graph().resolve(revision);
    if (resolved.error)
        return failed(*resolved.error);
    CommandOutput output;
    for (int index : resolved.revisions) {
        // A relative walk that leaves the graph gives Python's None or "base": Alembic
        // fails on it (AttributeError) after printing the revisions before it.
        if (index < 0) {
            CommandOutput failure = crashed(
                u"'%1' walks past the base of a branch: there is no revision to show"_s.arg(revision));
            failure.standardOutput = output.standardOutput;
            return failure;
        }
        printLine(output, logEntry(directory, index));
    }
    return output;
}

} // namespace Migrations
