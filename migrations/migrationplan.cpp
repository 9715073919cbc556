#include "migrationplan.h"

#include "revisionancestry.h"

#include <QSet>

using namespace Qt::StringLiterals;

// Ported from alembic/runtime/migration.py (Alembic 1.13): RevisionStep, StampStep and
// HeadMaintainer, and ScriptDirectory._stamp_revs. The rows in the version table are
// tracked as HeadMaintainer tracks them, so every INSERT, UPDATE and DELETE is the one
// Alembic emits; where Alembic would fail an assertion or a set.remove, so does the plan.

namespace Migrations {

QString MigrationStep::shortLog() const
{
    static const QString names[] = {u"upgrade"_s, u"downgrade"_s, u"stamp_revision"_s};
    return u"%1 %2 -> %3"_s.arg(names[kind], from.join(u", "_s), to.join(u", "_s));
}

namespace {

// HeadMaintainer: the rows of the version table and the changes made to them.
class HeadMaintainer
{
public:
    explicit HeadMaintainer(const QStringList &heads)
        : m_heads(heads)
        , m_rows(heads.cbegin(), heads.cend())
    {
    }
    const QStringList &heads() const { return m_heads; }
    bool contains(const QString &id) const { return m_rows.contains(id); }

    void insert(const QString &version, MigrationStep *step)
    {
        if (m_error)
            return;
        if (contains(version))
            return fail(u"%1 is in the version table already"_s.arg(version));
        add(version);
        step->changes.append({VersionChange::Insert, version, {}});
    }
    void remove(const QString &version, MigrationStep *step)
    {
        if (m_error)
            return;
        if (!take(version))
            return fail(u"%1 is not in the version table to be deleted"_s.arg(version));
        step->changes.append({VersionChange::Delete, version, {}});
    }
    void update(const QString &from, const QString &to, MigrationStep *step)
    {
        if (m_error)
            return;
        if (contains(to))
            return fail(u"%1 is in the version table already"_s.arg(to));
        if (!take(from))
            return fail(u"%1 is not in the version table to be updated"_s.arg(from));
        add(to);
        step->changes.append({VersionChange::Update, to, from});
    }
    void fail(const QString &why)
    {
        if (!m_error)
            m_error = RevisionError::crash(u"Alembic's own bookkeeping fails on this plan: %1"_s.arg(why));
    }
    const std::optional<RevisionError> &error() const { return m_error; }

private:
    void add(const QString &version)
    {
        m_heads.append(version);
        m_rows.insert(version);
    }
    bool take(const QString &version)
    {
        if (!m_rows.remove(version))
            return false;
        m_heads.removeOne(version);
        return true;
    }

    // The rows in the order Alembic's list holds them, and the same as a set: a long
    // history keeps dozens of branches open, and every step asks about its rows.
    QStringList m_heads;
    QSet<QString> m_rows;
    std::optional<RevisionError> m_error;
};

class Planner
{
public:
    explicit Planner(const RevisionGraph &graph)
        : m_graph(graph)
        , m_parentsFirst(parentsFirstOrder(graph.revisions(), &Revision::normalizedDownIndexes).value_or(QList<int>{}))
        , m_ancestry(graph.revisions(), &Revision::normalizedDownIndexes, m_parentsFirst)
    {
    }

    MigrationPlan run(const QList<int> &revisions, bool upgrade, const QStringList &current) const
    {
        HeadMaintainer heads(current);
        MigrationPlan plan;
        for (int revision : revisions) {
            const Revision &r = m_graph.revisions()[revision];
            MigrationStep step;
            step.kind = upgrade ? MigrationStep::Upgrade : MigrationStep::Downgrade;
            step.revision = revision;
            step.from = upgrade ? r.downRevisions : QStringList{r.id};
            step.to = upgrade ? QStringList{r.id} : r.downRevisions;
            step.createsVersionTable = heads.heads().isEmpty();
            updateToRevisionStep(r, upgrade, &heads, &step);
            plan.steps.append(std::move(step));
            if (heads.error()) {
                plan.error = heads.error();
                return plan;
            }
        }
        plan.dropsVersionTable = heads.heads().isEmpty();
        return plan;
    }

    MigrationPlan stamp(const QStringList &destinations, const QStringList &current) const;

private:
    // Whether `revision` is one of `heads` or below one of them (_get_ancestor_nodes).
    bool belowAny(const QString &revision, const QStringList &heads) const
    {
        const int index = m_graph.indexOf(revision);
        for (const QString &head : heads) {
            if (m_ancestry.isAncestorOrSelf(index, m_graph.indexOf(head)))
                return true;
        }
        return false;
    }

    // RevisionStep._unmerge_to_revisions: the parents a downgrade of `r` leaves as rows.
    QStringList unmergeTo(const Revision &r, const HeadMaintainer &heads) const
    {
        const QStringList parents = r.normalizedDownRevisions();
        QStringList others = heads.heads();
        others.removeAll(r.id);
        QStringList kept;
        for (const QString &parent : parents) {
            bool covered = false;
            if (!others.isEmpty()) {
                covered = belowAny(parent, others); // another row implies it already
            } else {
                // a parent below another parent is implied by that one
                for (const QString &other : parents) {
                    if (other != parent
                        && m_ancestry.isAncestorOrSelf(m_graph.indexOf(parent), m_graph.indexOf(other)))
                        covered = true;
                }
            }
            if (!covered)
                kept.append(parent);
        }
        return kept;
    }

    void updateToRevisionStep(const Revision &r, bool upgrade, HeadMaintainer *heads, MigrationStep *step) const
    {
        const QStringList parents = r.normalizedDownRevisions();
        QStringList parentRows;
        for (const QString &parent : parents) {
            if (heads->contains(parent))
                parentRows.append(parent);
        }
        if (!upgrade && heads->contains(r.id) && (parents.isEmpty() || unmergeTo(r, *heads).isEmpty())) {
            heads->remove(r.id, step); // should_delete_branch
        } else if (upgrade && parentRows.isEmpty()) {
            heads->insert(r.id, step); // should_create_branch: a base, or no parent applied
        } else if (upgrade && parents.size() > 1 && parentRows.size() > 1) {
            // should_merge_branches: keep one parent's row (updated), delete the others'
            QStringList others = heads->heads();
            QStringList from = parents;
            others.removeIf([&](const QString &head) { return parents.contains(head); });
            if (!others.isEmpty())
                from.removeIf([&](const QString &parent) { return belowAny(parent, others); });
            if (from.isEmpty())
                return heads->fail(u"merging into %1 leaves no row to update"_s.arg(r.id));
            for (const QString &parent : from.first(from.size() - 1))
                heads->remove(parent, step);
            heads->update(from.last(), r.id, step);
        } else if (!upgrade && heads->contains(r.id) && parents.size() > 1) {
            // should_unmerge_branches: one parent takes the row, the others are inserted
            const QStringList to = unmergeTo(r, *heads);
            for (const QString &parent : to.first(to.size() - 1))
                heads->insert(parent, step);
            heads->update(r.id, to.last(), step);
        } else {
            QString parent;
            if (parents.size() == 1) {
                parent = parents.first();
            } else if (parentRows.size() == 1) {
                parent = parentRows.first();
            } else {
                return heads->fail(u"Can't do an UPDATE because downrevision is ambiguous (%1)"_s.arg(r.id));
            }
            if (upgrade)
                heads->update(parent, r.id, step);
            else
                heads->update(r.id, parent, step);
        }
    }

    const RevisionGraph &m_graph;
    QList<int> m_parentsFirst;
    RevisionAncestry m_ancestry;
};

// StampStep through HeadMaintainer.update_to_step.
void updateToStampStep(const MigrationStep &stamp, bool isUpgrade, bool branchMove, HeadMaintainer *heads,
                       MigrationStep *step)
{
    const auto anyMissing = [&](const QStringList &ids) {
        return std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return !heads->contains(id); });
    };
    if (!isUpgrade && branchMove) {
        if (stamp.from.size() != 1)
            return heads->fail(u"a stamp deletes one row at a time"_s);
        heads->remove(stamp.from.first(), step);
    } else if (isUpgrade && (branchMove || anyMissing(stamp.from)) && anyMissing(stamp.to)) {
        if (stamp.to.size() != 1)
            return heads->fail(u"a stamp inserts one row at a time"_s);
        heads->insert(stamp.to.first(), step);
    } else if (stamp.from.size() > 1) {
        for (const QString &from : stamp.from.first(stamp.from.size() - 1))
            heads->remove(from, step);
        heads->update(stamp.from.last(), stamp.to.first(), step);
    } else if (stamp.to.size() > 1) {
        for (const QString &to : stamp.to.first(stamp.to.size() - 1))
            heads->insert(to, step);
        heads->update(stamp.from.first(), stamp.to.last(), step);
    } else {
        if (stamp.from.size() != 1 || stamp.to.size() != 1)
            return heads->fail(u"a stamp updates one row to one row"_s);
        heads->update(stamp.from.first(), stamp.to.first(), step);
    }
}

MigrationPlan Planner::stamp(const QStringList &destinations, const QStringList &current) const
{
    // ScriptDirectory._stamp_revs
    QList<int> headRevisions;
    for (const QString &id : current) {
        const RevisionResolution head = m_graph.resolve(id);
        if (head.error)
            return {{}, false, head.error};
        headRevisions += head.revisions;
    }
    QList<int> filtered;
    for (const QString &destination : destinations) {
        if (destination.isEmpty())
            continue;
        std::optional<RevisionError> error;
        for (int head : m_graph.filterForLineage(headRevisions, destination, &error, true)) {
            if (!filtered.contains(head))
                filtered.append(head);
        }
        if (error)
            return {{}, false, error};
    }
    QList<int> dests;
    for (const QString &destination : destinations) {
        const RevisionResolution resolved = m_graph.resolve(destination);
        if (resolved.error)
            return {{}, false, resolved.error};
        dests += resolved.revisions;
    }
    if (dests.isEmpty())
        dests.append(NoRevision);

    struct Stamp
    {
        QStringList from, to;
        bool isUpgrade, branchMove;
    };
    QList<Stamp> stamps;
    for (int dest : std::as_const(dests)) {
        if (dest < 0) { // base: every selected row goes
            for (int head : std::as_const(filtered))
                stamps.append({{m_graph.revisions()[head].id}, {}, false, true});
            continue;
        }
        if (filtered.contains(dest))
            continue; // already there
        const QStringList filteredIds = m_graph.idsOf(filtered);
        const QList<int> above = m_graph.descendants({dest}, true);
        const QList<int> below = m_graph.ancestors({dest}, true);
        const auto meets = [&](const QList<int> &nodes) {
            return std::any_of(filtered.cbegin(), filtered.cend(), [&](int head) { return nodes.contains(head); });
        };
        const QString destId = m_graph.revisions()[dest].id;
        if (meets(above))
            stamps.append({filteredIds, {destId}, false, false}); // rows above: a downgrade
        else if (meets(below))
            stamps.append({filteredIds, {destId}, true, false}); // rows below: an upgrade
        else
            stamps.append({{}, {destId}, true, true}); // a branch not in the table yet
    }

    HeadMaintainer heads(current);
    MigrationPlan plan;
    for (const Stamp &stamp : std::as_const(stamps)) {
        MigrationStep step;
        step.kind = MigrationStep::Stamp;
        step.from = stamp.from;
        step.to = stamp.to;
        step.createsVersionTable = heads.heads().isEmpty();
        updateToStampStep(step, stamp.isUpgrade, stamp.branchMove, &heads, &step);
        plan.steps.append(step);
        if (heads.error()) {
            plan.error = heads.error();
            return plan;
        }
    }
    plan.dropsVersionTable = heads.heads().isEmpty();
    return plan;
}

} // namespace

MigrationPlan planUpgrade(const RevisionGraph &graph, const QString &destination, const QStringList &current)
{
    const RevisionRange range = graph.upgradeRevisions(destination, current);
    if (range.error)
        return {{}, false, range.error};
    return Planner(graph).run(range.revisions, true, current);
}

MigrationPlan planDowngrade(const RevisionGraph &graph, const QString &destination, const QStringList &current)
{
    const RevisionRange range = graph.downgradeRevisions(destination, current);
    if (range.error)
        return {{}, false, range.error, range.warnings};
    MigrationPlan plan = Planner(graph).run(range.revisions, false, current);
    plan.warnings = range.warnings;
    return plan;
}

MigrationPlan planStamp(const RevisionGraph &graph, const QStringList &destinations, const QStringList &current)
{
    return Planner(graph).stamp(destinations, current);
}

} // namespace Migrations
