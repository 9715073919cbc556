#include "revisionlanes.h"

#include <migrations/revisiongraph.h>

#include <QVarLengthArray>

#include <functional>
#include <queue>
#include <vector>

namespace Studio {

QList<int> childrenFirstOrder(const QList<LaneNode> &nodes)
{
    // Kahn's algorithm, always taking the ready node that comes first in the given order:
    // an order that is already children-first is kept as it is, and any other changes only
    // where a child has to move above its parent.
    const qsizetype count = nodes.size();
    std::vector<int> pendingChildren(size_t(count), 0);
    const auto isLink = [count](int target) { return target >= 0 && target < count; };
    for (const LaneNode &node : nodes) {
        for (int parent : node.parents) {
            if (isLink(parent))
                ++pendingChildren[size_t(parent)];
        }
        for (int dependency : node.dependencies) {
            if (isLink(dependency))
                ++pendingChildren[size_t(dependency)];
        }
    }

    std::priority_queue<int, std::vector<int>, std::greater<>> ready;
    for (int i = 0; i < count; ++i) {
        if (pendingChildren[size_t(i)] == 0)
            ready.push(i);
    }
    QList<int> order;
    order.reserve(count);
    std::vector<char> placed(size_t(count), 0);
    const auto release = [&](int target) {
        if (isLink(target) && --pendingChildren[size_t(target)] == 0)
            ready.push(target);
    };
    while (!ready.empty()) {
        const int current = ready.top();
        ready.pop();
        placed[size_t(current)] = 1;
        order.append(current);
        for (int parent : nodes[current].parents)
            release(parent);
        for (int dependency : nodes[current].dependencies)
            release(dependency);
    }
    // A cycle leaves its nodes waiting for each other: they still get rows.
    for (int i = 0; i < count; ++i) {
        if (!placed[size_t(i)])
            order.append(i);
    }
    return order;
}

namespace {

// A lane that awaits a node further down, or nothing (free).
struct LaneSlot
{
    int awaited = -1;
    LaneEdge::Kind kind = LaneEdge::Kind::Parent;
    int colour = 0;
};

class LaneAssigner
{
public:
    explicit LaneAssigner(const QList<LaneNode> &nodes)
        : m_nodes(nodes)
    {}

    QList<LaneRow> run()
    {
        const QList<int> order = childrenFirstOrder(m_nodes);
        m_rowOf.assign(size_t(m_nodes.size()), 0);
        for (int row = 0; row < order.size(); ++row)
            m_rowOf[size_t(order[row])] = row;

        QList<LaneRow> rows;
        rows.reserve(order.size());
        for (int row = 0; row < order.size(); ++row) {
            m_currentRow = row;
            rows.append(assignRow(order[row]));
        }
        return rows;
    }

private:
    // A link can be drawn only downwards: to a node that is there and placed below.
    bool isDrawable(int target) const
    {
        return target >= 0 && target < m_nodes.size() && m_rowOf[size_t(target)] > m_currentRow;
    }

    int takeFreeLane(const LaneSlot &slot)
    {
        for (int lane = 0; lane < m_active.size(); ++lane) {
            if (m_active[lane].awaited < 0) {
                m_active[lane] = slot;
                return lane;
            }
        }
        m_active.append(slot);
        return int(m_active.size()) - 1;
    }

    int laneAwaiting(int node, LaneEdge::Kind kind) const
    {
        for (int lane = 0; lane < m_active.size(); ++lane) {
            if (m_active[lane].awaited == node && m_active[lane].kind == kind)
                return lane;
        }
        return -1;
    }

    LaneRow assignRow(int node)
    {
        LaneRow row;
        row.node = node;
        const LaneNode &current = m_nodes[node];

        // The lanes that end here, and the one the node sits on: the first parent line from
        // a child, so that a branch keeps its lane and colour down to its base.
        QVarLengthArray<int, 8> arriving;
        int nodeLane = -1;
        for (int lane = 0; lane < m_active.size(); ++lane) {
            if (m_active[lane].awaited != node)
                continue;
            arriving.append(lane);
            if (nodeLane < 0 && m_active[lane].kind == LaneEdge::Kind::Parent)
                nodeLane = lane;
        }
        QVarLengthArray<LaneSlot, 8> arrivingSlots;
        for (int lane : std::as_const(arriving))
            arrivingSlots.append(m_active[lane]);
        // Every lane still open passes through this row: one edge each.
        row.edges.reserve(m_active.size() + current.parents.size() + current.dependencies.size() + 1);
        for (int lane : std::as_const(arriving))
            m_active[lane] = {};
        // Reached by no parent line (a head, or a revision only depended on): a new branch,
        // on the first free lane — which may be one a dependency line just freed, so that
        // line then runs straight into the node.
        if (nodeLane < 0)
            nodeLane = takeFreeLane({node, LaneEdge::Kind::Parent, m_nextColour++});
        else
            m_active[nodeLane] = arrivingSlots[arriving.indexOf(nodeLane)];
        row.lane = nodeLane;
        row.colour = m_active[nodeLane].colour;
        for (int i = 0; i < arriving.size(); ++i) {
            row.edges.append({LaneEdge::Span::IntoNode, arrivingSlots[i].kind, arriving[i], nodeLane,
                              arrivingSlots[i].colour});
        }

        // Lanes that start at this node draw no Pass here.
        QVarLengthArray<int, 8> startingHere = arriving;
        const auto leave = [&](LaneEdge::Kind kind, int lane, int colour) {
            row.edges.append({LaneEdge::Span::FromNode, kind, nodeLane, lane, colour});
            startingHere.append(lane);
        };

        // The first parent carries the branch on in the node's own lane; other parents join
        // a line already waiting for them, or start one. Other parents come first while the
        // node's lane still awaits the node, so it cannot be handed out to them.
        for (int p = 1; p < current.parents.size(); ++p) {
            const int parent = current.parents[p];
            // A missing other parent or dependency leans right, as its line would have;
            // a missing first parent goes straight down. No lane is kept for either.
            if (!isDrawable(parent)) {
                row.edges.append({LaneEdge::Span::ToMissing, LaneEdge::Kind::Parent, nodeLane, nodeLane + 1, row.colour});
                continue;
            }
            int lane = laneAwaiting(parent, LaneEdge::Kind::Parent);
            if (lane < 0) {
                lane = takeFreeLane({parent, LaneEdge::Kind::Parent, m_nextColour++});
                leave(LaneEdge::Kind::Parent, lane, m_active[lane].colour);
            } else {
                row.edges.append({LaneEdge::Span::FromNode, LaneEdge::Kind::Parent, nodeLane, lane,
                                  m_active[lane].colour});
            }
        }
        const int firstParent = current.parents.value(0, -2);
        if (firstParent != -2 && isDrawable(firstParent)) {
            m_active[nodeLane] = {firstParent, LaneEdge::Kind::Parent, row.colour};
            leave(LaneEdge::Kind::Parent, nodeLane, row.colour);
        } else {
            if (firstParent != -2)
                row.edges.append({LaneEdge::Span::ToMissing, LaneEdge::Kind::Parent, nodeLane, nodeLane, row.colour});
            m_active[nodeLane] = {}; // a base: its lane is free for what follows
        }

        for (int dependency : current.dependencies) {
            if (!isDrawable(dependency)) {
                row.edges.append({LaneEdge::Span::ToMissing, LaneEdge::Kind::Dependency, nodeLane, nodeLane + 1, row.colour});
                continue;
            }
            int lane = laneAwaiting(dependency, LaneEdge::Kind::Dependency);
            if (lane < 0) {
                lane = takeFreeLane({dependency, LaneEdge::Kind::Dependency, row.colour});
                leave(LaneEdge::Kind::Dependency, lane, row.colour);
            } else {
                row.edges.append({LaneEdge::Span::FromNode, LaneEdge::Kind::Dependency, nodeLane, lane,
                                  m_active[lane].colour});
            }
        }

        for (int lane = 0; lane < m_active.size(); ++lane) {
            if (m_active[lane].awaited >= 0 && !startingHere.contains(lane))
                row.edges.append({LaneEdge::Span::Pass, m_active[lane].kind, lane, lane, m_active[lane].colour});
        }
        // Free lanes at the right end are forgotten, so rows below get no wider than needed.
        while (!m_active.isEmpty() && m_active.last().awaited < 0)
            m_active.removeLast();

        row.laneCount = nodeLane + 1;
        for (const LaneEdge &edge : std::as_const(row.edges))
            row.laneCount = std::max({row.laneCount, edge.fromLane + 1, edge.toLane + 1});
        return row;
    }

    const QList<LaneNode> &m_nodes;
    QList<LaneSlot> m_active;
    int m_nextColour = 0;
    int m_currentRow = 0;
    std::vector<int> m_rowOf; // node → its row
};

} // namespace

QList<LaneRow> assignLanes(const QList<LaneNode> &nodes)
{
    return LaneAssigner(nodes).run();
}

QList<LaneNode> laneNodesOf(const Migrations::RevisionGraph &graph, QList<int> *revisionOfNode)
{
    const QList<Migrations::Revision> &revisions = graph.revisions();
    QList<int> order;
    order.reserve(revisions.size());
    std::vector<char> listed(size_t(revisions.size()), 0);
    if (!graph.error()) {
        // `alembic history`'s order: what the graph's rows should look like to its users.
        const Migrations::RevisionRange history = graph.iterateUpgradeRevisions(
            QStringLiteral("heads"), QStringLiteral("base"), true, false, false);
        if (!history.error) {
            for (int index : history.revisions) {
                if (index >= 0 && !listed[size_t(index)]) {
                    listed[size_t(index)] = 1;
                    order.append(index);
                }
            }
        }
    }
    // What the walk did not reach (an earlier copy of a duplicated id, a graph with an error):
    // newest file first is as good a guess as any, the sort puts children above parents.
    for (qsizetype i = revisions.size() - 1; i >= 0; --i) {
        if (!listed[size_t(i)])
            order.append(int(i));
    }

    std::vector<int> nodeOfRevision(size_t(revisions.size()), MissingNode);
    for (int node = 0; node < order.size(); ++node)
        nodeOfRevision[size_t(order[node])] = node;
    const auto nodeOf = [&](const QString &id) {
        const int index = graph.indexOf(id);
        return index < 0 ? MissingNode : nodeOfRevision[size_t(index)];
    };

    QList<LaneNode> nodes;
    nodes.reserve(order.size());
    for (int index : std::as_const(order)) {
        const Migrations::Revision &revision = revisions[index];
        LaneNode node;
        node.id = revision.id;
        for (const QString &parent : revision.downRevisions) {
            const int target = nodeOf(parent);
            if (!node.parents.contains(target) || target == MissingNode)
                node.parents.append(target);
        }
        // As written (resolved to ids); a dependency that is also a parent is drawn once.
        const QStringList &dependencies = revision.resolvedDependencies.isEmpty() ? revision.dependencies
                                                                                  : revision.resolvedDependencies;
        for (const QString &dependency : dependencies) {
            const int target = nodeOf(dependency);
            if (target == MissingNode || (!node.parents.contains(target) && !node.dependencies.contains(target)))
                node.dependencies.append(target);
        }
        nodes.append(node);
    }
    if (revisionOfNode)
        *revisionOfNode = order;
    return nodes;
}

} // namespace Studio
