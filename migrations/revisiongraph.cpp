#include "revisiongraph.h"

#include <QSet>

#include <vector>

#include <algorithm>

using namespace Qt::StringLiterals;

// A port of the parts of Alembic 1.13's alembic/script/revision.py that build the map and
// resolve identifiers. Method names follow Alembic's so the two can be read side by side.

namespace Migrations {

namespace {

QStringList dedupe(const QStringList &list)
{
    QStringList result;
    for (const QString &item : list) {
        if (!result.contains(item))
            result.append(item);
    }
    return result;
}

void insertSorted(QStringList &list, const QString &value)
{
    const auto at = std::lower_bound(list.begin(), list.end(), value);
    if (at == list.end() || *at != value)
        list.insert(at, value);
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
        graph.m_revisions.append(revision);
        // Every revision starts as a head; linking discards those that have children.
        graph.m_heads.append(index);
        graph.m_realHeads.append(index);
        if (revision.isBase())
            graph.m_bases.append(index);
        if (revision.isRealBase())
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
    if (!graph.m_error)
        graph.indexEdges();
    if (!graph.m_error)
        graph.normalizeDependencies();
    if (!graph.m_error)
        graph.detectCycles();
    if (!graph.m_error)
        graph.spreadBranchLabels();
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
    // more per label, which changes nothing as every step here is idempotent.
    QSet<int> discardedHeads, discardedRealHeads;
    for (const QString &key : std::as_const(m_mapKeys)) {
        const int index = m_map.value(key);
        const Revision &revision = m_revisions[index];
        for (const QString &downId : revision.allDownRevisions()) {
            const int down = m_map.value(downId, -1);
            if (down < 0) {
                m_error = RevisionError::crash(u"Revision %1 referenced from %2 is not present"_s.arg(downId, revision.id));
                return;
            }
            Revision &parent = m_revisions[down];
            insertSorted(parent.allNextRevisions, revision.id);
            if (revision.downRevisions.contains(parent.id))
                insertSorted(parent.nextRevisions, revision.id);
            if (revision.downRevisions.contains(downId))
                discardedHeads.insert(down);
            discardedRealHeads.insert(down);
        }
    }
    m_heads.removeIf([&](int i) { return discardedHeads.contains(i); });
    m_realHeads.removeIf([&](int i) { return discardedRealHeads.contains(i); });
}

void RevisionGraph::normalizeDependencies()
{
    // _normalize_depends_on: a dependency an ancestor already has adds no edge of its own.
    for (qsizetype index = 0; index < m_revisions.size(); ++index) {
        Revision &revision = m_revisions[index];
        if (revision.resolvedDependencies.isEmpty())
            continue;
        QStringList normalized = dedupe(revision.resolvedDependencies);
        for (int ancestor : ancestors({int(index)}, false)) {
            if (ancestor == index)
                continue;
            for (const QString &dependency : std::as_const(m_revisions[ancestor].resolvedDependencies))
                normalized.removeAll(dependency);
        }
        normalized.sort();
        revision.normalizedResolvedDependencies = normalized;
    }
    for (Revision &revision : m_revisions)
        revision.normalizedDownIndexes = indexesOf(revision.normalizedDownRevisions());
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
    for (Revision &revision : m_revisions) {
        revision.downIndexes = indexesOf(revision.downRevisions);
        revision.allDownIndexes = indexesOf(revision.allDownRevisions());
        revision.normalizedDownIndexes = revision.downIndexes; // until normalizeDependencies
        revision.nextIndexes = indexesOf(revision.nextRevisions);
        revision.allNextIndexes = indexesOf(revision.allNextRevisions);
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
        QSet<QString> fromTops, both;
        for (int i : walk(tops, up))
            fromTops.insert(m_revisions[i].id);
        for (int i : walk(bottoms, down)) {
            if (fromTops.contains(m_revisions[i].id))
                both.insert(m_revisions[i].id);
        }
        QStringList lost;
        for (const QString &id : std::as_const(m_mapKeys)) {
            if (m_map.contains(id) && m_revisions[m_map.value(id)].id == id && !both.contains(id))
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

void RevisionGraph::spreadBranchLabels()
{
    // _add_branches: a label covers every descendant of the revision that carries it, and
    // upwards from the last one reached, every ancestor until a branch point or a merge.
    //
    // Labels are interned as bits, numbered in name order, so that spreading is a bitwise
    // OR per revision and each revision's labels come out sorted for free. (Spreading
    // strings cost 85% of loading a project whose labels reach most revisions.)
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
    const qsizetype words = (names.size() + 63) / 64;
    std::vector<quint64> bits(size_t(m_revisions.size() * words), 0);
    const auto labelsOf = [&](qsizetype revision) { return bits.data() + revision * words; };
    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        for (const QString &label : std::as_const(m_revisions[i].branchLabels)) {
            const int bit = bitOf.value(label);
            labelsOf(i)[bit / 64] |= quint64(1) << (bit % 64);
        }
    }
    const auto addLabels = [&](qsizetype to, const std::vector<quint64> &labels) {
        quint64 *target = labelsOf(to);
        for (qsizetype w = 0; w < words; ++w)
            target[w] |= labels[size_t(w)];
    };

    for (qsizetype index = 0; index < m_revisions.size(); ++index) {
        if (m_revisions[index].originalBranchLabels.isEmpty() || m_map.value(m_revisions[index].id) != index)
            continue;
        // The labels this revision has now, including any spread to it already, as in Alembic.
        const std::vector<quint64> labels(labelsOf(index), labelsOf(index) + words);
        const QList<int> reached = descendants({int(index)}, false);
        for (int node : reached)
            addLabels(node, labels);
        int parent = reached.isEmpty() ? -1 : reached.last();
        while (parent >= 0 && !m_revisions[parent].isRealBranchPoint() && !m_revisions[parent].isMergePoint()) {
            addLabels(parent, labels);
            const QList<int> &down = m_revisions[parent].downIndexes;
            parent = down.isEmpty() ? -1 : down.first();
        }
    }

    for (qsizetype i = 0; i < m_revisions.size(); ++i) {
        QStringList labels;
        const quint64 *word = labelsOf(i);
        for (qsizetype bit = 0; bit < names.size(); ++bit) {
            if (word[bit / 64] & (quint64(1) << (bit % 64)))
                labels.append(names[bit]);
        }
        m_revisions[i].branchLabels = labels;
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
