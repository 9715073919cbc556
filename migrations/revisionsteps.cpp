#include "revisiongraph.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// Which revisions `upgrade` and `downgrade` run, and in which order: ported from
// ScriptDirectory._upgrade_revs / _downgrade_revs and RevisionMap._collect_downgrade_revisions
// (Alembic 1.13). The upgrade side reuses the history walk (_collect_upgrade_revisions);
// both end in the same topological sort, so the order is Alembic's.

namespace Migrations {

RevisionRange RevisionGraph::upgradeRevisions(const QString &destination, const QStringList &current) const
{
    // The version table's rows, as the tuple Alembic passes (none: the empty tuple).
    RevisionRange range = iterateUpgradeRevisions(destination, RevisionBound::rows(current), false, true, true);
    std::reverse(range.revisions.begin(), range.revisions.end());
    return range;
}

RevisionRange RevisionGraph::downgradeRevisions(const QString &destination, const QStringList &current) const
{
    QString branchLabel;
    QStringList warnings;
    const RevisionResolution parsed
        = parseDowngradeTarget(RevisionBound::rows(current), destination, true, &branchLabel, &warnings);
    if (parsed.error)
        return {{}, parsed.error, warnings};
    const int target = parsed.revisions.isEmpty() ? NoRevision : parsed.revisions.first();
    const bool toBase = target < 0; // "base", or a walk that ended there

    // The candidates to drop: every root when going to base, else the target's children.
    QList<int> roots;
    if (toBase) {
        for (qsizetype i = 0; i < m_revisions.size(); ++i) {
            if (m_revisions[i].isBase())
                roots.append(int(i));
        }
    } else {
        roots = m_revisions[target].nextIndexes;
    }
    std::optional<RevisionError> error;
    if (!branchLabel.isEmpty() && roots.size() > 1) {
        // Only the roots on the named branch (below its revision).
        const std::optional<int> branch = resolveBranch(branchLabel, &error);
        if (!branch)
            return {{}, error};
        const QList<int> below = ancestors({*branch}, false);
        roots.removeIf([&](int root) { return !below.contains(root); });
        if (roots.isEmpty())
            return {{}, RevisionError::plain(u"Not a valid downgrade target from current heads"_s)};
    }

    QList<int> heads;
    for (const QString &id : current) {
        const RevisionResolution head = resolve(id);
        if (head.error)
            return {{}, head.error};
        heads += head.revisions;
    }
    // What lies above the roots (dependents too) and is applied now.
    const QList<int> aboveRoots = descendants(roots, true);
    const QList<int> active = ancestors(heads, true);
    const QSet<int> activeSet(active.cbegin(), active.cend());
    QSet<int> drop;
    for (int revision : aboveRoots) {
        if (activeSet.contains(revision))
            drop.insert(revision);
    }
    if (!toBase && drop.isEmpty() && !heads.contains(target)) {
        return {{}, RevisionError{RevisionError::RangeNotAncestor, u"Nothing to drop"_s, {}, {},
                                  u"Nothing to drop"_s, current.join(u", "_s)}};
    }
    QList<int> ordered = topologicalSort(drop, heads, &error);
    if (error)
        return {{}, error, warnings};
    return {ordered, std::nullopt, warnings};
}

} // namespace Migrations
