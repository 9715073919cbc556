#include "revisiongraph.h"

#include "revisionancestry.h"
#include "revisionbits.h"

#include <QSet>

#include <vector>

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

// A port of the parts of Alembic 1.13's alembic/script/revision.py that build the map and
// resolve identifiers. Method names follow Alembic's so the two can be read side by side.

namespace Migrations {

namespace {

QStringList dedupe(const QStringList &list)
{
    if (list.size() < 2)
        return list;
    QStringList result;
    for (const QString &item : list) {
        if (!result.contains(item))
            result.append(item);
    }
    return result;
}

// Alembic forbids these in ids because they mean something in identifiers (label@rev,
// rev+N, rev-N).
constexpr QStringView illegalRevisionCharacters = u"+-@";

} // namespace

QStringList Revision::allDownRevisions() const
{
    return dedupe(downRevisions + resolvedDependencies);
}

QStringList Revision::normalizedDownRevisions() const
{
    return dedupe(downRevisions + normalizedResolvedDependencies);
}

RevisionGraph RevisionGraph::build(const QList<RevisionScript> &scripts)
{
    RevisionGraph graph;
    graph.m_revisions.reserve(scripts.size());
    graph.m_map.reserve(scripts.size());
    QList<int> withLabels;
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        const RevisionScript &script = scripts[i];
        // Revision.__init__'s own checks come first, per script, as Alembic loads them.
        if (script.downRevisions.contains(script.revision)) {
            graph.m_error = RevisionError::plain(u"Self-loop is detected in revisions (%1)"_s.arg(script.revision));
            return graph;
        }
        if (script.dependsOn.contains(script.revision)) {
            graph.m_error = RevisionError::plain(u"Dependency self-loop is detected in revisions (%1)"_s.arg(script.revision));
            return graph;
        }
        QStringList illegal;
        for (QChar c : illegalRevisionCharacters) {
            if (script.revision.contains(c))
                illegal.append(QString(c));
        }
        if (!illegal.isEmpty()) {
            graph.m_error = RevisionError::plain(u"Character(s) '%1' not allowed in revision identifier '%2'"_s.arg(
                illegal.join(u", "_s), script.revision));
            return graph;
        }

        Revision revision;
        revision.id = script.revision;
        revision.downRevisions = script.downRevisions;
        revision.dependencies = script.dependsOn;
        revision.originalBranchLabels = script.branchLabels;
        revision.branchLabels = script.branchLabels;
        revision.branchLabels.sort();
        revision.branchLabels.removeDuplicates();
        revision.script = int(i);
        const int index = int(graph.m_revisions.size());
        if (graph.m_map.contains(revision.id)) {
            graph.m_warnings.append({script.path, script.revisionLine,
                                     u"Revision %1 is present more than once"_s.arg(revision.id)});
        } else {
            graph.m_mapKeys.append(revision.id);
        }
        graph.m_map.insert(revision.id, index);
        if (!revision.branchLabels.isEmpty())
            withLabels.append(index);
        const bool isBase = revision.isBase(), isRealBase = revision.isRealBase();
        graph.m_revisions.append(std::move(revision));
        // Every revision starts as a head; linking discards those that have children.
        graph.m_heads.append(index);
        graph.m_realHeads.append(index);
        if (isBase)
            graph.m_bases.append(index);
        if (isRealBase)
            graph.m_realBases.append(index);
    }

    // _map_branch_labels: labels join the map, and may not shadow an id or another label.
    for (int index : std::as_const(withLabels)) {
        const Revision &revision = graph.m_revisions[index];
        for (const QString &label : revision.originalBranchLabels) {
            if (const auto existing = graph.m_map.constFind(label); existing != graph.m_map.cend()) {
                graph.m_error = RevisionError::plain(u"Branch name '%1' in revision %2 already used by revision %3"_s.arg(
                    label, revision.id, graph.m_revisions[*existing].id));
                return graph;
            }
            graph.m_map.insert(label, index);
            graph.m_mapKeys.append(label);
        }
    }

    graph.resolveDependencies();
    if (!graph.m_error)
        graph.link();
    if (graph.m_error)
        return graph;
    graph.indexEdges();
    // Kahn's order over down_revision edges, for every revision read (a duplicate too, as
    // Alembic normalizes each script's dependencies); none with a cycle, which
    // detectCycles then reports in Alembic's words.
    const std::optional<QList<int>> parentsFirst = parentsFirstOrder(graph.m_revisions, &Revision::downIndexes);
    graph.normalizeDependencies(parentsFirst);
    graph.detectCycles();
    if (!graph.m_error && parentsFirst)
        graph.spreadBranchLabels(*parentsFirst);
    return graph;
}

void RevisionGraph::resolveDependencies()
{
    // _add_depends_on: dependencies may name labels or ids; they resolve to ids.
    for (Revision &revision : m_revisions) {
        for (const QString &dependency : std::as_const(revision.dependencies)) {
            const int target = m_map.value(dependency, -1);
            if (target < 0) {
                m_error = RevisionError::crash(u"Revision %1 depends on %2, which is not present"_s.arg(revision.id, dependency));
                return;
            }
            revision.resolvedDependencies.append(m_revisions[target].id);
        }
    }
}

void RevisionGraph::link()
{
    // Alembic walks map_.values(): each id's (last) revision, and a labelled revision once
    // more per label, which changes nothing as every step here is idempotent. A parent
    // that is not there is reported for the first revision in that order.
    RevisionBits linked(m_revisions.size()), discardedHeads(m_revisions.size()),
        discardedRealHeads(m_revisions.size());
    for (const QString &key : std::as_const(m_mapKeys)) {
        const int index = m_map.value(key);
        if (linked.contains(index))
            continue;
        linked.insert(index);
        const Revision &revision = m_revisions[index];
        // Children are known by id, as Alembic's next_rev sets hold ids.
        const int child = m_map.value(revision.id);
        for (const QString &downId : revision.allDownRevisions()) {
            const int down = m_map.value(downId, -1);
            if (down < 0) {
                m_error = RevisionError::crash(u"Revision %1 referenced from %2 is not present"_s.arg(downId, revision.id));
                return;
            }
            Revision &parent = m_revisions[down];
            parent.allNextIndexes.append(child);
            if (revision.downRevisions.contains(parent.id))
                parent.nextIndexes.append(child);
            if (revision.downRevisions.contains(downId))
                discardedHeads.insert(down);
            discardedRealHeads.insert(down);
        }
    }
    m_heads.removeIf([&](int i) { return discardedHeads.contains(i); });
    m_realHeads.removeIf([&](int i) { return discardedRealHeads.contains(i); });

    // Alembic keeps children as sets; they are sorted by id here so that everything
    // derived from them is stable.
    const auto byId = [this](int a, int b) { return m_revisions[a].id < m_revisions[b].id; };
    const auto sortChildren = [&](QList<int> &children) {
        if (children.size() < 2)
            return;
        std::sort(children.begin(), children.end(), byId);
        children.erase(std::unique(children.begin(), children.end()), children.end());
    };
    for (Revision &revision : m_revisions) {
        sortChildren(revision.nextIndexes);
        sortChildren(revision.allNextIndexes);
    }
}

void RevisionGraph::normalizeDependencies(const std::optional<QList<int>> &parentsFirst)
{
    // _normalize_depends_on: a dependency that an ancestor (through down_revision) has
    // already adds no edge of its own. Alembic walks every revision's ancestors; here what
    // the ancestors depend on is inherited parents first, as one bit per revision that
    // anything depends on, in slices so that a project where everything depends on
    // something still fits in memory.
    QHash<QString, int> bitOf;
    for (Revision &revision : m_revisions) {
        for (const QString &dependency : std::as_const(revision.resolvedDependencies)) {
            if (!bitOf.contains(dependency))
                bitOf.insert(dependency, int(bitOf.size()));
        }
        QStringList normalized = dedupe(revision.resolvedDependencies);
        normalized.sort();
        revision.normalizedResolvedDependencies = normalized;
    }
    // With a cycle there is no order to inherit in, and the graph is refused anyway.
    if (parentsFirst) {
        constexpr qsizetype slice = 1024;
        for (qsizetype first = 0; first < bitOf.size(); first += slice) {
            const auto inSlice = [&](const QString &dependency) {
                const qsizetype bit = bitOf.value(dependency) - first;
                return bit >= 0 && bit < slice ? bit : -1;
            };
            // Each row: what the revision's ancestors depend on, then (once its own
            // dependencies are filtered) what it depends on as well, for its children.
            BitRows known(m_revisions.size(), std::min(slice, bitOf.size() - first));
            for (int index : *parentsFirst) {
                Revision &revision = m_revisions[index];
                for (int parent : std::as_const(revision.downIndexes))
                    known.unite(index, parent);
                revision.normalizedResolvedDependencies.removeIf([&](const QString &dependency) {
                    const qsizetype bit = inSlice(dependency);
                    return bit >= 0 && known.test(index, bit);
                });
                for (const QString &dependency : std::as_const(revision.resolvedDependencies)) {
                    if (const qsizetype bit = inSlice(dependency); bit >= 0)
                        known.set(index, bit);
                }
            }
        }
    }
    for (Revision &revision : m_revisions) {
        if (revision.downRevisions.size() > 1 || !revision.normalizedResolvedDependencies.isEmpty())
            revision.normalizedDownIndexes = indexesOf(revision.normalizedDownRevisions());
    }
}

QList<int> RevisionGraph::indexesOf(const QStringList &ids) const
{
    QList<int> indexes;
    indexes.reserve(ids.size());
    for (const QString &id : ids) {
        const int index = m_map.value(id, -1);
        if (index >= 0)
            indexes.append(index);
    }
    return indexes;
}

void RevisionGraph::indexEdges()
{
    // Children were indexed while linking; parents are indexed here. `down_revision` keeps
    // any repeat, as Alembic's walks push it twice; the other lists have none. A revision
    // with one parent and no dependencies (most of them) shares one list for all three.
    for (Revision &revision : m_revisions) {
        revision.downIndexes = indexesOf(revision.downRevisions);
        const bool plain = revision.downRevisions.size() < 2 && revision.resolvedDependencies.isEmpty();
        revision.allDownIndexes = plain ? revision.downIndexes : indexesOf(revision.allDownRevisions());
        revision.normalizedDownIndexes = revision.downIndexes; // until normalizeDependencies
    }
}

void RevisionGraph::detectCycles()
{
    // _detect_cycles: everything must be reachable both down from a head and up from a
    // base; what is not lies on a cycle. Alembic checks parent edges, then all edges.
    if (m_mapKeys.isEmpty())
        return;
    const auto unreachable = [this](const QList<int> &tops, const QList<int> &bottoms,
                                     QList<int> Revision::*up, QList<int> Revision::*down) {
        // Alembic compares ids: a duplicate script (a head or base of its own) counts as
        // the revision the map has for its id. Only what is reached matters here, not the
        // order, so a plain depth-first search does.
        const auto reached = [this](const QList<int> &from, QList<int> Revision::*edges) {
            RevisionBits seen(m_revisions.size()), ids(m_revisions.size());
            std::vector<int> stack(from.cbegin(), from.cend());
            while (!stack.empty()) {
                const int current = stack.back();
                stack.pop_back();
                if (seen.contains(current))
                    continue;
                seen.insert(current);
                ids.insert(m_map.value(m_revisions[current].id));
                for (int next : m_revisions[current].*edges) {
                    if (!seen.contains(next))
                        stack.push_back(next);
                }
            }
            return ids;
        };
        const RevisionBits fromTops = reached(tops, up), fromBottoms = reached(bottoms, down);
        const auto both = [&](int index) { return fromTops.contains(index) && fromBottoms.contains(index); };
        QStringList lost;
        for (const QString &id : std::as_const(m_mapKeys)) {
            const int index = m_map.value(id, -1);
            if (index >= 0 && m_revisions[index].id == id && !both(index))
                lost.append(id);
        }
        lost.sort();
        return lost;
    };
    const auto allIds = [this] {
        QStringList ids;
        for (const QString &key : std::as_const(m_mapKeys)) {
            if (m_revisions[m_map.value(key)].id == key)
                ids.append(key);
        }
        return ids;
    };

    if (m_heads.isEmpty() || m_bases.isEmpty()) {
        m_error = RevisionError::plain(u"Cycle is detected in revisions (%1)"_s.arg(allIds().join(u", "_s)));
        return;
    }
    if (const QStringList lost = unreachable(m_heads, m_bases, &Revision::downIndexes, &Revision::nextIndexes);
        !lost.isEmpty()) {
        m_error = RevisionError::plain(u"Cycle is detected in revisions (%1)"_s.arg(lost.join(u", "_s)));
        return;
    }
    if (m_realHeads.isEmpty() || m_realBases.isEmpty()) {
        m_error = RevisionError::plain(u"Dependency cycle is detected in revisions (%1)"_s.arg(allIds().join(u", "_s)));
        return;
    }
    if (const QStringList lost = unreachable(m_realHeads, m_realBases, &Revision::allDownIndexes,
                                             &Revision::allNextIndexes);
        !lost.isEmpty()) {
        m_error = RevisionError::plain(u"Dependency cycle is detected in revisions (%1)"_s.arg(lost.join(u", "_s)));
    }
}

void RevisionGraph::spreadBranchLabels(const QList<int> &parentsFirst)
{
    // _add_branches: a label covers every descendant of the revision that carries it, and,
    // walking up from the last of those its depth-first walk reaches, every ancestor until
    // a real branch point or a merge. Alembic walks once per labelled revision; this gives
    // the same labels in two passes over the graph:
    //
    // 1. Downwards: a revision has its own labels and everything its parents have.
    // 2. The upward walk can add anything only when it climbs past the labelled revision
    //    itself. It can do that only when the labelled revision and all its descendants
    //    form a single line with no branch point or merge, ending in a head: the last
    //    revision reached is then that head, and the walk climbs the whole line up to the
    //    first real branch point or merge above it. Every revision of such a line ends up
    //    with the labels of its head, which step 1 gave the union of all labels on and
    //    above the line. (Labels that a revision receives from such a line after Alembic
    //    spread its own reach its descendants on the same line anyway, so the order in
    //    which Alembic visits labelled revisions — a Python set's — changes nothing.)
    //
    // Labels are numbered in name order, so each revision's labels come out sorted, and
    // revisions with the same labels share one list.
    QStringList names;
    for (const Revision &revision : std::as_const(m_revisions))
        names += revision.branchLabels;
    names.sort();
    names.removeDuplicates();
    if (names.isEmpty())
        return;
    QHash<QString, int> bitOf;
    for (qsizetype i = 0; i < names.size(); ++i)
        bitOf.insert(names[i], int(i));
    const auto spreads = [this](qsizetype index) {
        // A later script with the same id replaced this one in the map: nothing reaches it.
        return m_map.value(m_revisions[index].id) == index;
    };

    BitRows labels(m_revisions.size(), names.size());
    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        for (const QString &label : std::as_const(m_revisions[i].branchLabels))
            labels.set(i, bitOf.value(label));
    }
    for (int parent : parentsFirst) {
        for (int child : std::as_const(m_revisions[parent].nextIndexes))
            labels.unite(child, parent);
    }

    const auto endsLine = [this](int index) {
        return m_revisions[index].isRealBranchPoint() || m_revisions[index].isMergePoint();
    };
    QList<int> line;
    for (qsizetype head = 0; head < m_revisions.size(); ++head) {
        if (!m_revisions[head].nextIndexes.isEmpty() || !spreads(head))
            continue;
        line.clear();
        bool labelled = false;
        for (int index = int(head); index >= 0 && !endsLine(index);) {
            line.append(index);
            labelled = labelled || !m_revisions[index].originalBranchLabels.isEmpty();
            const QList<int> &down = m_revisions[index].downIndexes;
            index = down.isEmpty() ? -1 : down.first();
        }
        if (labelled) {
            for (int index : std::as_const(line))
                labels.assign(index, head);
        }
    }

    QHash<QByteArray, QStringList> shared;
    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        const quint64 *row = labels.row(i);
        const QByteArray key(reinterpret_cast<const char *>(row), labels.width() * qsizetype(sizeof(quint64)));
        auto found = shared.find(key);
        if (found == shared.end()) {
            QStringList list;
            qsizetype count = 0;
            for (qsizetype w = 0; w < labels.width(); ++w)
                count += std::popcount(row[w]);
            list.reserve(count);
            for (qsizetype bit = 0; bit < names.size(); ++bit) {
                if (labels.test(i, bit))
                    list.append(names[bit]);
            }
            found = shared.insert(key, list);
        }
        m_revisions[i].branchLabels = *found;
    }
}

QList<int> RevisionGraph::descendants(const QList<int> &targets, bool includeDependencies) const
{
    return walk(targets, includeDependencies ? &Revision::allNextIndexes : &Revision::nextIndexes);
}

QList<int> RevisionGraph::ancestors(const QList<int> &targets, bool includeDependencies) const
{
    return walk(targets, includeDependencies ? &Revision::normalizedDownIndexes : &Revision::downIndexes);
}

const Revision *RevisionGraph::revision(const QString &idOrLabel) const
{
    const int index = m_map.value(idOrLabel, -1);
    return index < 0 ? nullptr : &m_revisions[index];
}

QStringList RevisionGraph::idsOf(const QList<int> &indexes) const
{
    QStringList ids;
    ids.reserve(indexes.size());
    for (int index : indexes)
        ids.append(m_revisions[index].id);
    return ids;
}

} // namespace Migrations
