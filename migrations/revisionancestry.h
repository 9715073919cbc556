#pragma once

#include "revisionbits.h"
#include "revisiongraph.h"

#include <QList>

#include <optional>
#include <vector>

namespace Migrations {

// Every revision after all its parents through `edges` (Kahn's algorithm), for every
// revision read; nothing when those edges form a cycle.
std::optional<QList<int>> parentsFirstOrder(const QList<Revision> &revisions, QList<int> Revision::*edges);

// "Is A below B?" for any two revisions of a graph, through `edges`, in constant time.
//
// Alembic's topological sort asks, for every revision it emits, whether another head it
// follows still has that revision among its ancestors, and recomputes a head's ancestors
// at every branch point and merge — quadratic on large projects. Here the graph is cut
// into lines (a revision joins its parent's line when it is that parent's only child and
// the parent is its only parent), and each line knows which lines lie wholly below it:
// anything reachable from a line's lowest revision is reachable from all of it, and a path
// out of a line can only leave through its top.
class RevisionAncestry
{
public:
    // `parentsFirst` must be parentsFirstOrder(revisions, edges).
    RevisionAncestry(const QList<Revision> &revisions, QList<int> Revision::*edges, const QList<int> &parentsFirst);

    // True when `ancestor` is `revision` or one of its ancestors.
    bool isAncestorOrSelf(int ancestor, int revision) const
    {
        const int line = m_line[size_t(ancestor)], other = m_line[size_t(revision)];
        if (line == other)
            return m_position[size_t(ancestor)] <= m_position[size_t(revision)];
        return m_linesBelow.test(other, line);
    }

private:
    std::vector<int> m_line;     // the line each revision is on
    std::vector<int> m_position; // its place on it, from 0 at the line's lowest revision
    BitRows m_linesBelow;        // per line, the lines wholly below it
};

} // namespace Migrations
