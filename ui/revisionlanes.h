#pragma once

#include <QList>
#include <QString>

namespace Migrations {
class RevisionGraph;
}

namespace Studio {

// The lane graph of a revision history, as Qt Creator's git graph draws commits: rows sorted
// so that every node comes after all of its children (newest first, as `alembic history`
// prints them), lanes handed out row by row, and each row holding the pieces of line to draw
// inside it. Pure data, no painting: RevisionGraphDelegate draws what this computes.

// A node as the lane assignment sees it: indexes into the list it belongs to.
constexpr int MissingNode = -1; // a link to a revision that is not there (a broken link)

struct LaneNode
{
    QString id;
    QList<int> parents;      // `down_revision`, in the order written; MissingNode when broken
    QList<int> dependencies; // `depends_on` not already a parent; MissingNode when broken

    bool operator==(const LaneNode &) const = default;
};

// One piece of line inside a row. Lanes are numbered from the left; "top" and "bottom" are the
// row's edges, "node" its circle. A line crossing several rows is one Pass per row between
// the FromNode of the child's row and the IntoNode of the parent's row.
struct LaneEdge
{
    enum class Span : quint8 {
        Pass,      // top of fromLane to bottom of toLane (the same lane: lanes never move)
        IntoNode,  // top of fromLane into the node (toLane is the node's lane)
        FromNode,  // from the node (fromLane) to the bottom of toLane
        ToMissing, // from the node towards a parent or dependency that is not there: toLane
                   // is the node's for a first parent, the next one right for the others
    };
    enum class Kind : quint8 {
        Parent,     // down_revision
        Dependency, // depends_on: drawn dashed
    };

    Span span = Span::Pass;
    Kind kind = Kind::Parent;
    int fromLane = 0;
    int toLane = 0;
    int colour = 0; // an index into the delegate's colours; stays with a branch's lane

    bool operator==(const LaneEdge &) const = default;
};

struct LaneRow
{
    int node = 0;      // index into the nodes given to assignLanes()
    int lane = 0;      // where the node's circle is
    int colour = 0;    // the colour of the node's branch
    int laneCount = 1; // lanes this row draws in (for its width)
    QList<LaneEdge> edges;

    bool operator==(const LaneRow &) const = default;
};

// Children before parents, keeping the given order wherever it already allows that: a list
// that is already in that order (Alembic's history order) comes back unchanged. Nodes on a
// cycle, which no order can satisfy, come last in their given order.
QList<int> childrenFirstOrder(const QList<LaneNode> &nodes);

// Sorts with childrenFirstOrder() and assigns the lanes: one row per node. Invariants the
// delegate relies on: every lane a Pass or FromNode leaves at the bottom of a row is entered
// at the top of the next row by a Pass or an IntoNode on the same lane; a freed lane is
// taken again by the next line that needs one, lowest first. A link to a node placed above
// (only possible on a cycle) is drawn as ToMissing.
QList<LaneRow> assignLanes(const QList<LaneNode> &nodes);

// The nodes of a graph, in Alembic's history order (its heads-to-base walk) when the graph
// has no error, the rest (or all, with an error) in reverse load order. Node i stands for
// revisions()[(*revisionOfNode)[i]]. Links to revisions that are not there are MissingNode.
QList<LaneNode> laneNodesOf(const Migrations::RevisionGraph &graph, QList<int> *revisionOfNode);

} // namespace Studio
