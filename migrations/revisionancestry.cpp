#include "revisionancestry.h"

namespace Migrations {

std::optional<QList<int>> parentsFirstOrder(const QList<Revision> &revisions, QList<int> Revision::*edges)
{
    const auto count = size_t(revisions.size());
    std::vector<int> waitingFor(count, 0);
    std::vector<int> childStart(count + 1, 0);
    for (size_t i = 0; i < count; ++i) {
        const QList<int> &parents = revisions[qsizetype(i)].*edges;
        waitingFor[i] = int(parents.size());
        for (int parent : parents)
            ++childStart[size_t(parent) + 1];
    }
    for (size_t i = 0; i < count; ++i)
        childStart[i + 1] += childStart[i];
    std::vector<int> children(size_t(childStart.back()));
    std::vector<int> filled(childStart.begin(), childStart.end() - 1);
    for (size_t i = 0; i < count; ++i) {
        for (int parent : revisions[qsizetype(i)].*edges)
            children[size_t(filled[size_t(parent)]++)] = int(i);
    }

    QList<int> order;
    order.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        if (waitingFor[i] == 0)
            order.append(int(i));
    }
    for (qsizetype next = 0; next < order.size(); ++next) {
        const auto parent = size_t(order[next]);
        for (int c = childStart[parent]; c < childStart[parent + 1]; ++c) {
            const auto child = size_t(children[size_t(c)]);
            if (--waitingFor[child] == 0)
                order.append(int(child));
        }
    }
    if (size_t(order.size()) != count)
        return std::nullopt;
    return order;
}

namespace {

qsizetype countLines(const QList<Revision> &revisions, QList<int> Revision::*edges, std::vector<int> *childCount)
{
    qsizetype lines = 0;
    for (const Revision &revision : revisions) {
        for (int parent : revision.*edges)
            ++(*childCount)[size_t(parent)];
    }
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        const QList<int> &parents = revisions[i].*edges;
        if (parents.size() != 1 || (*childCount)[size_t(parents.first())] != 1)
            ++lines;
    }
    return lines;
}

} // namespace

RevisionAncestry::RevisionAncestry(const QList<Revision> &revisions, QList<int> Revision::*edges,
                                   const QList<int> &parentsFirst)
    : m_line(size_t(revisions.size()), 0)
    , m_position(size_t(revisions.size()), 0)
    , m_linesBelow(0, 0)
{
    std::vector<int> childCount(size_t(revisions.size()), 0);
    const qsizetype lines = countLines(revisions, edges, &childCount);
    m_linesBelow = BitRows(lines, lines);
    // Lines are numbered as their lowest revision comes up parents first, so the lines
    // below a line's lowest revision are complete when that line is numbered.
    int nextLine = 0;
    for (int index : parentsFirst) {
        const QList<int> &parents = revisions[index].*edges;
        if (parents.size() == 1 && childCount[size_t(parents.first())] == 1) {
            m_line[size_t(index)] = m_line[size_t(parents.first())];
            m_position[size_t(index)] = m_position[size_t(parents.first())] + 1;
            continue;
        }
        const int line = nextLine++;
        m_line[size_t(index)] = line;
        for (int parent : parents) {
            const int below = m_line[size_t(parent)];
            m_linesBelow.unite(line, below);
            m_linesBelow.set(line, below);
        }
    }
}

} // namespace Migrations
