#pragma once

#include "diagnostic.h"
#include "revisionerror.h"
#include "revisionscript.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Migrations {

// One node of the graph: Alembic's `Revision`, with what RevisionMap computes for it.
// Collections that Alembic keeps as Python sets (whose order changes from run to run) are
// kept sorted, so that everything derived from them is stable.
struct Revision
{
    QString id;
    QStringList downRevisions;     // `down_revision` as a tuple: the "versioned" parents
    QStringList dependencies;      // `depends_on` as written: ids, partial ids or labels
    QStringList originalBranchLabels;
    QStringList branchLabels;      // after labels spread over their branch (sorted)
    QStringList resolvedDependencies;
    QStringList normalizedResolvedDependencies; // minus what an ancestor depends on already
    int script = -1;               // index of the RevisionScript it was read from

    // The edges, as indexes into RevisionGraph::revisions() (set once the graph is linked):
    // parents in the order written, without repeats; children sorted by id.
    QList<int> downIndexes;           // through `down_revision`
    QList<int> allDownIndexes;        // through `down_revision` and the resolved dependencies
    QList<int> normalizedDownIndexes; // the same with only the dependencies no ancestor has
    QList<int> nextIndexes;           // children through `down_revision`
    QList<int> allNextIndexes;        // children through `down_revision` or `depends_on`

    bool isBase() const { return downRevisions.isEmpty(); }
    bool isRealBase() const { return downRevisions.isEmpty() && dependencies.isEmpty(); }
    bool isHead() const { return nextIndexes.isEmpty(); }
    bool isRealHead() const { return allNextIndexes.isEmpty(); }
    bool isBranchPoint() const { return nextIndexes.size() > 1; }
    bool isRealBranchPoint() const { return allNextIndexes.size() > 1; }
    bool isMergePoint() const { return downRevisions.size() > 1; }
    // `down_revision` plus the resolved dependencies, without repeats (`_all_down_revisions`).
    QStringList allDownRevisions() const;
    // The same with only the dependencies no ancestor has (`_normalized_down_revisions`).
    QStringList normalizedDownRevisions() const;
};

// An identifier resolved against the graph (Alembic's `_resolve_revision_number` and
// `get_revisions`): the revisions it names, or nothing for `base`, or an error in the
// words Alembic uses.
struct RevisionResolution
{
    // Indexes into RevisionGraph::revisions(). A relative walk (`-2`) can also end before
    // the first revision, which Alembic gives as None (NoRevision) or "base" (BaseRevision).
    QList<int> revisions;
    std::optional<RevisionError> error;
};

constexpr int NoRevision = -1;
constexpr int BaseRevision = -2;

// The revisions between two identifiers in the order Alembic's iterate_revisions yields
// them (newest first), or the error it raises.
struct RevisionRange
{
    QList<int> revisions;
    std::optional<RevisionError> error;
    QStringList warnings = {}; // util.warn on the way ("downgrade -1 from multiple heads …")
};

// A bound of Alembic's range functions (_RevisionIdentifierType): a string as a command
// line gives it ("heads", "label@base", an id), or a tuple of ids, as the version table's
// rows are given (the current heads, several with several branches).
struct RevisionBound
{
    QStringList symbols; // the string, alone; or the tuple's items
    bool tuple = false;

    static RevisionBound string(const QString &text) { return {{text}, false}; }
    static RevisionBound rows(const QStringList &ids) { return {ids, true}; }
    bool isEmpty() const { return tuple ? symbols.isEmpty() : symbols.value(0).isEmpty(); }
    QString text() const { return symbols.join(u", "); }
};

// Alembic's RevisionMap: the revisions of a project and everything known about how they
// relate — heads, bases, branch points, merges, labels and dependencies.
class RevisionGraph
{
public:
    // Builds the graph from scripts in the order Alembic loads them (version locations in
    // order, files sorted by name in each folder). A graph Alembic refuses (a cycle, a
    // label used twice, a parent that is not there) gives error(); duplicates and other
    // things Alembic only warns about are warnings().
    static RevisionGraph build(const QList<RevisionScript> &scripts);

    const std::optional<RevisionError> &error() const { return m_error; }
    const QList<Diagnostic> &warnings() const { return m_warnings; }

    // Every revision read, in load order; a duplicated id appears once per file.
    const QList<Revision> &revisions() const { return m_revisions; }
    // The revision an id or a branch label stands for (the last one read, for duplicates).
    const Revision *revision(const QString &idOrLabel) const;
    int indexOf(const QString &idOrLabel) const { return m_map.value(idOrLabel, -1); }

    // Heads and bases as Alembic orders them (load order). The "real" ones count
    // `depends_on` as an edge too.
    QStringList heads() const { return idsOf(m_heads); }
    QStringList realHeads() const { return idsOf(m_realHeads); }
    QStringList bases() const { return idsOf(m_bases); }
    // The ids of revisions given by index (children, parents, walks).
    QStringList idsOf(const QList<int> &indexes) const;
    QStringList realBases() const { return idsOf(m_realBases); }

    // Depth-first walks as Alembic's `_iterate_related_revisions` does them, from the
    // targets, each revision once, in the order Alembic yields them.
    QList<int> descendants(const QList<int> &targets, bool includeDependencies) const;
    QList<int> ancestors(const QList<int> &targets, bool includeDependencies) const;

    // Resolves one identifier: a full or partial id, a branch label, `head`, `heads`,
    // `base`, `label@head`, `label@heads`, `label@base`, `label@id`.
    RevisionResolution resolve(const QString &identifier) const;
    // The single head, or the MultipleHeads error (`get_current_head`).
    RevisionResolution currentHead(const QString &branchLabel = {}) const;
    // One revision (`get_revision`): MultipleHeads when the identifier names several.
    RevisionResolution resolveOne(const QString &identifier) const;

    // iterate_revisions(upper, lower) for an upgrade: what lies between lower and upper,
    // each revision once, children before parents. `history -r lower:upper` is
    // iterateUpgradeRevisions(upper, lower, inclusive=true, assertRelativeLength=false).
    RevisionRange iterateUpgradeRevisions(const QString &upper, const QString &lower, bool inclusive,
                                          bool implicitBase, bool assertRelativeLength) const;
    RevisionRange iterateUpgradeRevisions(const QString &upper, const RevisionBound &lower, bool inclusive,
                                          bool implicitBase, bool assertRelativeLength) const;

    // The revisions `alembic upgrade` runs to reach `destination` from `current` (the ids
    // in the version table; empty for none), in the order it runs them: parents first
    // (ScriptDirectory._upgrade_revs). Errors are Alembic's; the caller words them as
    // _upgrade_revs does.
    RevisionRange upgradeRevisions(const QString &destination, const QStringList &current) const;
    // The revisions `alembic downgrade` runs from `current` down to `destination`, in the
    // order it runs them: children first (_downgrade_revs, _collect_downgrade_revisions).
    RevisionRange downgradeRevisions(const QString &destination, const QStringList &current) const;
    // filter_for_lineage: the targets that share a line of descent with `checkAgainst`
    // (an id, a label, `label@…`), through `depends_on` too when asked.
    QList<int> filterForLineage(const QList<int> &targets, const QString &checkAgainst,
                                std::optional<RevisionError> *error, bool includeDependencies = false) const;

private:
    void link();
    void resolveDependencies();
    void normalizeDependencies(const std::optional<QList<int>> &parentsFirst);
    void detectCycles();
    void spreadBranchLabels(const QList<int> &parentsFirst);
    // With `overlap`, also Alembic's check=True: a target reached from another target is
    // the error "Requested revision … overlaps with other requested revisions …".
    QList<int> walk(const QList<int> &targets, QList<int> Revision::*edges,
                    std::optional<RevisionError> *overlap = nullptr) const;
    // Index edges from the id lists: `indexEdges` after linking, and the normalized
    // parents once dependencies are normalized.
    QList<int> indexesOf(const QStringList &ids) const;
    void indexEdges();

    struct ResolvedNumber
    {
        QStringList ids;
        QString branchLabel;
        std::optional<RevisionError> error;
    };
    ResolvedNumber resolveRevisionNumber(const QString &identifier) const;
    RevisionResolution revisionsForIds(const QStringList &ids) const;
    // _walk: `steps` children (+) or parents (-) from `start` (an index, NoRevision or
    // BaseRevision); NoRevision when it walks off the graph and `noOverwalk` is set.
    std::optional<int> walkSteps(int start, int steps, const QString &branchLabel, bool noOverwalk,
                                 std::optional<RevisionError> *error) const;
    // Resolves `[label@]symbol` with get_revision and walks `steps` from it (no label
    // filter on the walk): the shared tail of both target parsers.
    RevisionResolution walkFromSymbol(const QString &branchLabel, const QString &symbol, int steps,
                                      bool noOverwalk) const;
    RevisionResolution parseUpgradeTarget(const RevisionBound &currentRevisions, const QString &target,
                                          bool assertRelativeLength) const;
    // Also gives the branch label Alembic returns with the target, and its warnings, when
    // asked.
    RevisionResolution parseDowngradeTarget(const RevisionBound &currentRevisions, const QString &target,
                                            bool assertRelativeLength, QString *branchLabel = nullptr,
                                            QStringList *warnings = nullptr) const;
    // get_revisions(bound): each item of a tuple resolved, or the string.
    RevisionResolution resolveBound(const RevisionBound &bound) const;
    // _resolve_branch: a label, or an id (partial too) standing for its branch.
    std::optional<int> resolveBranch(const QString &branchLabel, std::optional<RevisionError> *error) const;
    // Children before parents; nothing (and `error`) when some revision of the set cannot be
    // reached from the heads, where Alembic fails on an assertion.
    QList<int> topologicalSort(const QSet<int> &revisions, const QList<int> &heads,
                               std::optional<RevisionError> *error) const;
    std::optional<int> revisionForIdent(const QString &id, const QString &checkBranch,
                                        std::optional<RevisionError> *error) const;
    bool sharesLineage(int target, const QList<int> &against, bool includeDependencies = false) const;

    QList<Revision> m_revisions;
    QHash<QString, int> m_map;  // revision ids and branch labels → index
    QStringList m_mapKeys;      // the keys in the order Alembic's map has them
    QList<int> m_heads, m_realHeads, m_bases, m_realBases;
    std::optional<RevisionError> m_error;
    QList<Diagnostic> m_warnings;
};

} // namespace Migrations
