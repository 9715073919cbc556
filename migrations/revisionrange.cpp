#include "revisiongraph.h"
#include "revisionancestry.h"

#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

// Walking the graph and collecting ranges, ported from RevisionMap._walk,
// _parse_upgrade_target, _parse_downgrade_target, _collect_upgrade_revisions and
// _topological_sort (Alembic 1.13). The order of what comes out is Alembic's.

namespace Migrations {

namespace {

// _relative_destination: [label@][symbol](+|-)N, matched at the start only, as re.match does.
struct RelativeDestination
{
    QString branchLabel, symbol, relative;
    int steps = 0;
};

std::optional<RelativeDestination> matchRelative(const QString &target)
{
    static const QRegularExpression pattern(u"^(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)"_s,
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = pattern.match(target);
    if (!match.hasMatch())
        return std::nullopt;
    RelativeDestination destination{match.captured(1), match.captured(2), match.captured(3), 0};
    destination.steps = destination.relative.toInt();
    return destination;
}

RevisionError didNotProduce(const QString &relative, int steps)
{
    return RevisionError::plain(
        u"Relative revision %1 didn't produce %2 migrations"_s.arg(relative).arg(std::abs(steps)));
}

} // namespace

QList<int> RevisionGraph::walk(const QList<int> &targets, QList<int> Revision::*edges,
                               std::optional<RevisionError> *overlap) const
{
    // _iterate_related_revisions: a stack (Python's deque.pop() takes the newest), each
    // revision yielded once, when popped.
    QList<int> order;
    std::vector<char> seen(size_t(m_revisions.size()), 0);
    QList<int> todo;
    for (int target : targets) {
        todo.append(target);
        QSet<int> perTarget;
        while (!todo.isEmpty()) {
            const int current = todo.takeLast();
            if (overlap)
                perTarget.insert(current);
            if (seen[size_t(current)])
                continue;
            seen[size_t(current)] = 1;
            todo.append(m_revisions[current].*edges);
            order.append(current);
        }
        if (overlap && !*overlap) {
            QStringList overlaps;
            for (int other : targets) {
                if (other != target && perTarget.contains(other))
                    overlaps.append(m_revisions[other].id);
            }
            if (!overlaps.isEmpty()) {
                *overlap = RevisionError::plain(u"Requested revision %1 overlaps with other requested revisions %2"_s.arg(
                    m_revisions[target].id, overlaps.join(u", "_s)));
            }
        }
    }
    return order;
}

std::optional<int> RevisionGraph::walkSteps(int start, int steps, const QString &branchLabel,
                                            bool noOverwalk, std::optional<RevisionError> *error) const
{
    int initial = start;
    for (int step = 0; step < std::abs(steps); ++step) {
        QList<int> children;
        if (steps > 0) {
            // Alembic asserts it never walks up from "base"; from there, as from before the
            // first revision, the way up is through the bases.
            const QStringList up = initial < 0 ? bases() : idsOf(m_revisions[initial].nextIndexes);
            const RevisionResolution walkUp = revisionsForIds(up);
            if (walkUp.error) {
                *error = walkUp.error;
                return std::nullopt;
            }
            children = branchLabel.isEmpty() ? walkUp.revisions
                                             : filterForLineage(walkUp.revisions, branchLabel, error);
            if (*error)
                return std::nullopt;
        } else if (initial != BaseRevision) {
            const RevisionResolution down = revisionsForIds(
                initial == NoRevision ? heads() : m_revisions[initial].downRevisions);
            if (down.error) {
                *error = down.error;
                return std::nullopt;
            }
            children = down.revisions.isEmpty() ? QList<int>{BaseRevision} : down.revisions;
        }
        if (children.isEmpty())
            return noOverwalk ? NoRevision : initial;
        if (children.size() > 1) {
            *error = RevisionError::plain(u"Ambiguous walk"_s);
            return std::nullopt;
        }
        initial = children.first();
    }
    return initial;
}

RevisionResolution RevisionGraph::resolveBound(const RevisionBound &bound) const
{
    if (!bound.tuple)
        return resolve(bound.symbols.value(0));
    RevisionResolution all;
    for (const QString &symbol : bound.symbols) {
        const RevisionResolution one = resolve(symbol);
        if (one.error)
            return one;
        all.revisions += one.revisions;
    }
    return all;
}

RevisionResolution RevisionGraph::parseUpgradeTarget(const RevisionBound &currentRevisions, const QString &target,
                                                     bool assertRelativeLength) const
{
    const std::optional<RelativeDestination> relative = matchRelative(target);
    if (!relative)
        return resolve(target);

    std::optional<RevisionError> error;
    if (relative->steps > 0) {
        int start = NoRevision;
        if (!relative->symbol.isEmpty()) {
            const RevisionResolution symbol = resolveOne(relative->symbol);
            if (symbol.error)
                return symbol;
            start = symbol.revisions.first();
        } else {
            // Upgrading by +N from the current revisions (`lower` for history): each one
            // as _walk will resolve it.
            QList<int> startRevisions;
            if (currentRevisions.isEmpty())
                startRevisions = {NoRevision};
            for (const QString &symbol : currentRevisions.symbols) {
                const RevisionResolution current = resolveOne(symbol);
                if (current.error)
                    return current;
                startRevisions += current.revisions;
            }
            if (!relative->branchLabel.isEmpty()) {
                QList<int> real;
                for (int r : std::as_const(startRevisions)) {
                    if (r >= 0)
                        real.append(r);
                }
                startRevisions = filterForLineage(real, relative->branchLabel, &error);
                if (error)
                    return {{}, error};
                if (startRevisions.isEmpty()) {
                    // None of the current revisions is on the branch: start from the newest
                    // of their ancestors that are.
                    const QList<int> active = filterForLineage(ancestors(real, true), relative->branchLabel, &error);
                    if (error)
                        return {{}, error};
                    QSet<QString> parents;
                    for (int r : active) {
                        for (const QString &down : m_revisions[r].normalizedDownRevisions())
                            parents.insert(down);
                    }
                    for (int r : active) {
                        if (!parents.contains(m_revisions[r].id))
                            startRevisions.append(r);
                    }
                }
                if (startRevisions.isEmpty())
                    startRevisions = {NoRevision};
            }
            if (startRevisions.size() > 1)
                return {{}, RevisionError::plain(u"Ambiguous upgrade from multiple current revisions"_s)};
            start = startRevisions.first();
        }
        const std::optional<int> end = walkSteps(start, relative->steps, relative->branchLabel,
                                                 assertRelativeLength, &error);
        if (error)
            return {{}, error};
        if (relative->symbol.isEmpty() && end == NoRevision)
            return {{}, didNotProduce(relative->relative, relative->steps)};
        return {{*end}, std::nullopt};
    }

    if (relative->symbol.isEmpty())
        return {{}, didNotProduce(QString::number(relative->steps), relative->steps)};
    return walkFromSymbol(relative->branchLabel, relative->symbol, relative->steps, assertRelativeLength);
}

RevisionResolution RevisionGraph::walkFromSymbol(const QString &branchLabel, const QString &symbol, int steps,
                                                 bool noOverwalk) const
{
    const RevisionResolution start = resolveOne(branchLabel.isEmpty() ? symbol : branchLabel + u'@' + symbol);
    if (start.error)
        return start;
    std::optional<RevisionError> error;
    const std::optional<int> end = walkSteps(start.revisions.first(), steps, {}, noOverwalk, &error);
    if (error)
        return {{}, error};
    return {{*end}, std::nullopt};
}

RevisionResolution RevisionGraph::parseDowngradeTarget(const RevisionBound &currentRevisions, const QString &target,
                                                       bool assertRelativeLength, QString *branchLabelOut,
                                                       QStringList *warnings) const
{
    std::optional<RevisionError> error;
    QString unusedLabel;
    QString &returnedLabel = branchLabelOut ? *branchLabelOut : unusedLabel;
    if (const std::optional<RelativeDestination> relative = matchRelative(target)) {
        returnedLabel = relative->branchLabel;
        if (relative->steps >= 0) {
            if (relative->symbol.isEmpty())
                return {{}, didNotProduce(relative->relative, relative->steps)};
            const RevisionResolution start = resolveOne(relative->symbol);
            if (start.error)
                return start;
            const std::optional<int> end = walkSteps(start.revisions.first(), relative->steps,
                                                     relative->branchLabel, assertRelativeLength, &error);
            if (error)
                return {{}, error};
            if (end == NoRevision)
                return {{}, RevisionError::plain(u"Walked too far"_s)};
            return {{*end}, std::nullopt};
        }
        QString symbol = relative->symbol;
        QString branchLabel = relative->branchLabel;
        const bool relativeRevision = symbol.isEmpty();
        if (relativeRevision) {
            // Downgrading by -N from the current revisions (`upper` for history).
            if (branchLabel.isEmpty()) {
                if (currentRevisions.isEmpty())
                    return {{}, didNotProduce(relative->relative, relative->steps)};
                const QStringList &current = currentRevisions.symbols;
                if (warnings && QSet<QString>(current.cbegin(), current.cend()).size() > 1) {
                    warnings->append(u"downgrade -1 from multiple heads is ambiguous; this usage will be "
                                     "disallowed in a future release."_s);
                }
                // The first row, and only its branch.
                symbol = current.first();
                branchLabel = symbol;
            } else if (currentRevisions.tuple && !currentRevisions.isEmpty()) {
                // label@-N from the version table's rows: the one on the label's line, or
                // (none is) the tip of what is applied on it.
                const RevisionResolution current = resolveBound(currentRevisions);
                if (current.error)
                    return current;
                QList<int> onLine = filterForLineage(current.revisions, branchLabel, &error);
                if (error)
                    return {{}, error};
                if (onLine.isEmpty()) {
                    const QList<int> applied = filterForLineage(ancestors(current.revisions, true), branchLabel, &error);
                    if (error)
                        return {{}, error};
                    QSet<int> parents;
                    for (int r : applied)
                        parents.unite(QSet<int>(m_revisions[r].normalizedDownIndexes.cbegin(),
                                                m_revisions[r].normalizedDownIndexes.cend()));
                    for (int r : applied) {
                        if (!parents.contains(r))
                            onLine.append(r);
                    }
                }
                if (onLine.size() != 1) {
                    return {{}, RevisionError::crash(u"'%1' from %2: %3 applied revisions are on that branch's line, "
                                                     "where Alembic asserts there is one"_s
                                                         .arg(target, currentRevisions.text())
                                                         .arg(onLine.size()))};
                }
                symbol = m_revisions[onLine.first()].id;
            } else {
                if (currentRevisions.isEmpty())
                    return {{}, didNotProduce(relative->relative, relative->steps)};
                symbol = currentRevisions.symbols.first();
            }
        }
        returnedLabel = branchLabel;
        const RevisionResolution walked = walkFromSymbol(branchLabel, symbol, relative->steps, assertRelativeLength);
        if (!walked.error && walked.revisions.first() == NoRevision) {
            return {{}, relativeRevision ? didNotProduce(relative->relative, relative->steps)
                                         : RevisionError::plain(u"Walked too far"_s)};
        }
        return walked;
    }
    // An absolute target: `label@symbol` split at the last '@' (rpartition); the symbol
    // alone is resolved, the label only narrows which branches a downgrade takes.
    const qsizetype at = target.lastIndexOf(u'@');
    returnedLabel = at < 0 ? QString() : target.first(at);
    return resolveOne(at < 0 ? target : target.sliced(at + 1));
}

RevisionRange RevisionGraph::iterateUpgradeRevisions(const QString &upper, const QString &lower, bool inclusive,
                                                     bool implicitBase, bool assertRelativeLength) const
{
    return iterateUpgradeRevisions(upper, RevisionBound::string(lower), inclusive, implicitBase, assertRelativeLength);
}

RevisionRange RevisionGraph::iterateUpgradeRevisions(const QString &upper, const RevisionBound &lowerBound,
                                                     bool inclusive, bool implicitBase,
                                                     bool assertRelativeLength) const
{
    // _collect_upgrade_revisions
    const QString lower = lowerBound.tuple ? QString() : lowerBound.symbols.value(0);
    const RevisionResolution parsedTargets = parseUpgradeTarget(lowerBound, upper, assertRelativeLength);
    if (parsedTargets.error)
        return {{}, parsedTargets.error};
    QList<int> targets;
    for (int target : parsedTargets.revisions) {
        if (target < 0)
            return {{}, RevisionError::crash(u"Relative revision %1 didn't produce any revision"_s.arg(upper))};
        targets.append(target);
    }
    if (const qsizetype at = lower.indexOf(u'@'); !lowerBound.tuple && at >= 0) {
        // With `label@…` as lower bound only targets on that branch count.
        QString branch = lower.first(at);
        const RevisionResolution branchRevision = resolveOne(branch);
        if (branchRevision.error)
            return {{}, branchRevision.error};
        const int named = branchRevision.revisions.first();
        if (named >= 0 && m_revisions[named].id == branch && m_revisions[named].branchLabels.size() == 1)
            branch = m_revisions[named].branchLabels.first();
        targets.removeIf([&](int t) { return !m_revisions[t].branchLabels.contains(branch); });
    }

    std::optional<RevisionError> error;
    QSet<int> required;
    for (int r : walk(targets, &Revision::normalizedDownIndexes, &error))
        required.insert(r);
    if (error)
        return {{}, error};

    RevisionResolution current = resolveBound(lowerBound);
    if (current.error)
        return {{}, current.error};
    QString lowerId = lower;
    if (!implicitBase) {
        for (int r : std::as_const(current.revisions)) {
            if (r != NoRevision && (r < 0 || !required.contains(r))) {
                RevisionError notAncestor{RevisionError::RangeNotAncestor,
                                          u"Revision %1 is not an ancestor of revision %2"_s.arg(
                                              lower.isEmpty() ? u"base"_s : lower, upper.isEmpty() ? u"base"_s : upper),
                                          {}, {}, lower, upper};
                return {{}, notAncestor};
            }
        }
    }
    if (!current.revisions.isEmpty() && current.revisions.first() == NoRevision) {
        const RevisionResolution downgrade
            = parseDowngradeTarget(RevisionBound::string(upper), lower, assertRelativeLength);
        if (downgrade.error)
            return {{}, downgrade.error};
        const int reached = downgrade.revisions.first();
        if (reached == BaseRevision || reached == NoRevision) {
            current.revisions.clear();
            lowerId.clear();
        } else {
            current.revisions = {reached};
            lowerId = m_revisions[reached].id;
        }
    }

    QSet<int> currentNodes;
    for (int r : walk(current.revisions, &Revision::normalizedDownIndexes, &error))
        currentNodes.insert(r);
    if (error)
        return {{}, error};
    QSet<int> needs = required - currentNodes;
    if (inclusive && !lowerId.isEmpty()) {
        const RevisionResolution lowerRevisions = resolve(lowerId);
        if (lowerRevisions.error)
            return {{}, lowerRevisions.error};
        for (int r : lowerRevisions.revisions) {
            if (r >= 0)
                needs.insert(r);
        }
    }
    if (!current.revisions.isEmpty() && !implicitBase) {
        QSet<int> lowerDescendants;
        for (int r : walk(current.revisions, &Revision::nextIndexes, &error))
            lowerDescendants.insert(r);
        if (error)
            return {{}, error};
        needs &= lowerDescendants;
    }
    QList<int> ordered = topologicalSort(needs, targets, &error);
    if (error)
        return {{}, error};
    return {ordered, std::nullopt};
}

QList<int> RevisionGraph::topologicalSort(const QSet<int> &revisions, const QList<int> &heads,
                                          std::optional<RevisionError> *error) const
{
    // Emits each head's line down to where another head still needs a revision, then
    // switches to that head: Alembic's order, children always before their parents.
    //
    // Alembic keeps each head's ancestors as a set, takes the emitted revision out of it
    // when the head moves down a plain line, and recomputes it at branches and merges; so
    // the set is always exactly the current head and its ancestors, which the ancestry
    // index answers without building it.
    const std::optional<QList<int>> parentsFirst = parentsFirstOrder(m_revisions, &Revision::normalizedDownIndexes);
    if (!parentsFirst) {
        *error = RevisionError::crash(u"Cycle is detected in revisions"_s); // refused when the graph was built
        return {};
    }
    const RevisionAncestry ancestry(m_revisions, &Revision::normalizedDownIndexes, *parentsFirst);

    QSet<int> todo = revisions;
    QList<int> currentHeads;
    for (int head : heads) {
        if (todo.contains(head) && !currentHeads.contains(head))
            currentHeads.append(head);
    }
    // Pre-sorted by the map's key order, which for revisions is the order they were read.
    std::sort(currentHeads.begin(), currentHeads.end(), [this](int a, int b) {
        return m_map.value(m_revisions[a].id) < m_map.value(m_revisions[b].id);
    });

    QList<int> output;
    qsizetype candidateIndex = 0;
    while (!currentHeads.isEmpty()) {
        const int candidate = currentHeads[candidateIndex];
        bool blocked = false;
        for (qsizetype check = 0; check < currentHeads.size(); ++check) {
            if (check != candidateIndex && ancestry.isAncestorOrSelf(candidate, currentHeads[check])) {
                candidateIndex = check; // another head needs us: that head goes first
                blocked = true;
                break;
            }
        }
        if (blocked)
            continue;
        if (todo.remove(candidate))
            output.append(candidate);
        QList<int> headsToAdd;
        for (int down : m_revisions[candidate].normalizedDownIndexes) {
            if (todo.contains(down) && !currentHeads.contains(down))
                headsToAdd.append(down);
        }
        if (headsToAdd.isEmpty()) {
            currentHeads.removeAt(candidateIndex);
            candidateIndex = std::max<qsizetype>(candidateIndex - 1, 0);
        } else {
            currentHeads[candidateIndex] = headsToAdd.first();
            currentHeads.append(headsToAdd.sliced(1));
        }
    }
    if (!todo.isEmpty()) {
        QStringList left = idsOf(QList<int>(todo.cbegin(), todo.cend()));
        left.sort();
        *error = RevisionError::crash(
            u"Revisions %1 are in the requested range but not below its upper revisions, so they "
            "cannot be put in order"_s.arg(left.join(u", "_s)));
        return {};
    }
    return output;
}

} // namespace Migrations
