#include <ui/revisionlanes.h>

#include <migrations/revisiongraph.h>

#include <QTest>

using namespace Qt::StringLiterals;
using Studio::LaneEdge;
using Studio::LaneNode;
using Studio::LaneRow;
using Studio::MissingNode;

namespace {

using Span = LaneEdge::Span;
using Kind = LaneEdge::Kind;

// The pieces of a row, named as a reader of the graph would: a line passing through, a
// line coming into the node, one leaving it, one to a revision that is not there; `d…` for
// the dashed depends_on lines.
LaneEdge pass(int lane, int colour) { return {Span::Pass, Kind::Parent, lane, lane, colour}; }
LaneEdge into(int from, int to, int colour) { return {Span::IntoNode, Kind::Parent, from, to, colour}; }
LaneEdge out(int from, int to, int colour) { return {Span::FromNode, Kind::Parent, from, to, colour}; }
LaneEdge missing(int from, int to, int colour) { return {Span::ToMissing, Kind::Parent, from, to, colour}; }
LaneEdge dmissing(int from, int to, int colour) { return {Span::ToMissing, Kind::Dependency, from, to, colour}; }
LaneEdge dpass(int lane, int colour) { return {Span::Pass, Kind::Dependency, lane, lane, colour}; }
LaneEdge dinto(int from, int to, int colour) { return {Span::IntoNode, Kind::Dependency, from, to, colour}; }
LaneEdge dout(int from, int to, int colour) { return {Span::FromNode, Kind::Dependency, from, to, colour}; }

LaneNode node(const char *id, QList<int> parents = {}, QList<int> dependencies = {})
{
    return {QString::fromLatin1(id), parents, dependencies};
}

LaneRow row(int nodeIndex, int lane, int colour, int laneCount, QList<LaneEdge> edges)
{
    return {nodeIndex, lane, colour, laneCount, edges};
}

// One line per row, so that a failure shows the whole graph and where it went wrong.
QString describe(const QList<LaneRow> &rows)
{
    static const char *spans[] = {"pass", "into", "out", "missing"};
    QStringList lines;
    for (const LaneRow &each : rows) {
        QStringList edges;
        for (const LaneEdge &edge : each.edges) {
            edges.append(u"%1%2 %3>%4 c%5"_s.arg(edge.kind == Kind::Dependency ? u"d"_s : QString(),
                                                  QLatin1StringView(spans[int(edge.span)]))
                             .arg(edge.fromLane)
                             .arg(edge.toLane)
                             .arg(edge.colour));
        }
        lines.append(u"node %1 lane %2 c%3 width %4: %5"_s.arg(each.node)
                         .arg(each.lane)
                         .arg(each.colour)
                         .arg(each.laneCount)
                         .arg(edges.join(u", "_s)));
    }
    return lines.join(u'\n');
}

struct LaneCase
{
    QList<LaneNode> nodes;
    QList<LaneRow> rows;
};

} // namespace

Q_DECLARE_METATYPE(LaneCase)

class TestRevisionLanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assignLanes_data();
    void assignLanes();
    void childrenFirstOrder_data();
    void childrenFirstOrder();
    void nodesOfAGraph();
};

void TestRevisionLanes::assignLanes_data()
{
    QTest::addColumn<LaneCase>("lanes");

    QTest::addRow("%s", "chain") << LaneCase{
        {node("c", {1}), node("b", {2}), node("a")},
        {row(0, 0, 0, 1, {out(0, 0, 0)}),
         row(1, 0, 0, 1, {into(0, 0, 0), out(0, 0, 0)}),
         row(2, 0, 0, 1, {into(0, 0, 0)})}};

    // Two separate lines of history: the second head opens lane 1 in a colour of its own.
    QTest::addRow("%s", "two heads") << LaneCase{
        {node("h1", {2}), node("h2", {3}), node("a"), node("b")},
        {row(0, 0, 0, 1, {out(0, 0, 0)}),
         row(1, 1, 1, 2, {out(1, 1, 1), pass(0, 0)}),
         row(2, 0, 0, 2, {into(0, 0, 0), pass(1, 1)}),
         row(3, 1, 1, 2, {into(1, 1, 1)})}};

    // Both heads' lines end in the branch point, which carries on in the first lane.
    QTest::addRow("%s", "branch point") << LaneCase{
        {node("h1", {2}), node("h2", {2}), node("bp", {3}), node("root")},
        {row(0, 0, 0, 1, {out(0, 0, 0)}),
         row(1, 1, 1, 2, {out(1, 1, 1), pass(0, 0)}),
         row(2, 0, 0, 2, {into(0, 0, 0), into(1, 0, 1), out(0, 0, 0)}),
         row(3, 0, 0, 1, {into(0, 0, 0)})}};

    // The merged-in parent gets a new lane and colour; the first parent keeps the merge's.
    QTest::addRow("%s", "merge of two") << LaneCase{
        {node("m", {1, 2}), node("a", {3}), node("b", {3}), node("root")},
        {row(0, 0, 0, 2, {out(0, 1, 1), out(0, 0, 0)}),
         row(1, 0, 0, 2, {into(0, 0, 0), out(0, 0, 0), pass(1, 1)}),
         row(2, 1, 1, 2, {into(1, 1, 1), out(1, 1, 1), pass(0, 0)}),
         row(3, 0, 0, 2, {into(0, 0, 0), into(1, 0, 1)})}};

    QTest::addRow("%s", "merge of three") << LaneCase{
        {node("m", {1, 2, 3}), node("a", {4}), node("b", {4}), node("c", {4}), node("root")},
        {row(0, 0, 0, 3, {out(0, 1, 1), out(0, 2, 2), out(0, 0, 0)}),
         row(1, 0, 0, 3, {into(0, 0, 0), out(0, 0, 0), pass(1, 1), pass(2, 2)}),
         row(2, 1, 1, 3, {into(1, 1, 1), out(1, 1, 1), pass(0, 0), pass(2, 2)}),
         row(3, 2, 2, 3, {into(2, 2, 2), out(2, 2, 2), pass(0, 0), pass(1, 1)}),
         row(4, 0, 0, 3, {into(0, 0, 0), into(1, 0, 1), into(2, 0, 2)})}};

    // A merge of two histories that began apart: each base ends its own lane.
    QTest::addRow("%s", "several bases") << LaneCase{
        {node("m", {1, 2}), node("a"), node("b")},
        {row(0, 0, 0, 2, {out(0, 1, 1), out(0, 0, 0)}),
         row(1, 0, 0, 2, {into(0, 0, 0), pass(1, 1)}),
         row(2, 1, 1, 2, {into(1, 1, 1)})}};

    // Lane 0 ends at a; the head that comes next takes it instead of opening lane 2.
    QTest::addRow("%s", "freed lane reused") << LaneCase{
        {node("h1", {2}), node("h2", {4}), node("a"), node("h3", {5}), node("b"), node("c")},
        {row(0, 0, 0, 1, {out(0, 0, 0)}),
         row(1, 1, 1, 2, {out(1, 1, 1), pass(0, 0)}),
         row(2, 0, 0, 2, {into(0, 0, 0), pass(1, 1)}),
         row(3, 0, 2, 2, {out(0, 0, 2), pass(1, 1)}),
         row(4, 1, 1, 2, {into(1, 1, 1), pass(0, 2)}),
         row(5, 0, 2, 1, {into(0, 0, 2)})}};

    // depends_on runs in a lane of its own, dashed, in the colour of the revision that
    // depends, and ends in the revision depended on like any line.
    QTest::addRow("%s", "depends_on beside a parent") << LaneCase{
        {node("c", {1}, {2}), node("b", {2}), node("a")},
        {row(0, 0, 0, 2, {out(0, 0, 0), dout(0, 1, 0)}),
         row(1, 0, 0, 2, {into(0, 0, 0), out(0, 0, 0), dpass(1, 0)}),
         row(2, 0, 0, 2, {into(0, 0, 0), dinto(1, 0, 0)})}};

    // A base that only depends on another (the sample's audit branch): the line goes
    // straight down the lane the base freed, and the revision depended on starts a branch.
    QTest::addRow("%s", "depends_on from a base") << LaneCase{
        {node("b", {}, {1}), node("a")},
        {row(0, 0, 0, 1, {dout(0, 0, 0)}),
         row(1, 0, 1, 1, {dinto(0, 0, 0)})}};

    // down_revision names a revision that is not there: a line to nowhere, no lane kept.
    QTest::addRow("%s", "broken link") << LaneCase{
        {node("c", {1}), node("b", {MissingNode}), node("a")},
        {row(0, 0, 0, 1, {out(0, 0, 0)}),
         row(1, 0, 0, 1, {into(0, 0, 0), missing(0, 0, 0)}),
         row(2, 0, 1, 1, {})}};

    QTest::addRow("%s", "merge with a broken parent") << LaneCase{
        {node("m", {1, MissingNode}), node("a")},
        {row(0, 0, 0, 2, {missing(0, 1, 0), out(0, 0, 0)}),
         row(1, 0, 0, 1, {into(0, 0, 0)})}};

    QTest::addRow("%s", "broken depends_on") << LaneCase{
        {node("b", {1}, {MissingNode}), node("a")},
        {row(0, 0, 0, 2, {out(0, 0, 0), dmissing(0, 1, 0)}),
         row(1, 0, 0, 1, {into(0, 0, 0)})}};

    // Given parents first: the rows still come children first.
    QTest::addRow("%s", "parents given first") << LaneCase{
        {node("a"), node("b", {0})},
        {row(1, 0, 0, 1, {out(0, 0, 0)}),
         row(0, 0, 0, 1, {into(0, 0, 0)})}};
}

void TestRevisionLanes::assignLanes()
{
    QFETCH(LaneCase, lanes);
    const QList<LaneRow> rows = Studio::assignLanes(lanes.nodes);
    QCOMPARE(describe(rows), describe(lanes.rows));
    QVERIFY(rows == lanes.rows);
}

void TestRevisionLanes::childrenFirstOrder_data()
{
    QTest::addColumn<QList<LaneNode>>("nodes");
    QTest::addColumn<QList<int>>("order");

    QTest::addRow("%s", "already in order") << QList<LaneNode>{node("m", {1, 2}), node("a", {3}), node("b", {3}),
                                                               node("r")}
                                            << QList<int>{0, 1, 2, 3};
    QTest::addRow("%s", "parents first") << QList<LaneNode>{node("r"), node("a", {0}), node("b", {1})}
                                         << QList<int>{2, 1, 0};
    // Only what must move moves: b stays ahead of a, which it does not depend on.
    QTest::addRow("%s", "stable") << QList<LaneNode>{node("b", {2}), node("r"), node("a", {1})}
                                  << QList<int>{0, 2, 1};
    QTest::addRow("%s", "dependency below its dependent") << QList<LaneNode>{node("x"), node("y", {}, {0})}
                                                          << QList<int>{1, 0};
    QTest::addRow("%s", "cycle kept at the end") << QList<LaneNode>{node("a", {1}), node("b", {0}), node("c")}
                                                 << QList<int>{2, 0, 1};
}

void TestRevisionLanes::childrenFirstOrder()
{
    QFETCH(QList<LaneNode>, nodes);
    QFETCH(QList<int>, order);
    QCOMPARE(Studio::childrenFirstOrder(nodes), order);
}

void TestRevisionLanes::nodesOfAGraph()
{
    // A merge whose second parent is missing is refused by Alembic, but must still draw.
    const auto script = [](const char *id, QStringList parents, QStringList depends = {}) {
        Migrations::RevisionScript s;
        s.path = u"/p/%1.py"_s.arg(QLatin1StringView(id));
        s.revision = QString::fromLatin1(id);
        s.downRevisions = parents;
        s.dependsOn = depends;
        return s;
    };
    const auto graph = Migrations::RevisionGraph::build({script("a", {}), script("b", {u"a"_s}),
                                                         script("c", {u"b"_s, u"gone"_s})});
    QVERIFY(graph.error());
    QList<int> revisionOfNode;
    const QList<LaneNode> nodes = Studio::laneNodesOf(graph, &revisionOfNode);
    QCOMPARE(nodes.size(), 3);
    QCOMPARE(revisionOfNode.size(), 3);
    const auto nodeOf = [&](const QString &id) {
        for (int i = 0; i < nodes.size(); ++i) {
            if (nodes[i].id == id)
                return i;
        }
        return -2;
    };
    QCOMPARE(nodes[nodeOf(u"c"_s)].parents, (QList<int>{nodeOf(u"b"_s), MissingNode}));
    QCOMPARE(nodes[nodeOf(u"b"_s)].parents, QList<int>{nodeOf(u"a"_s)});
    for (int i = 0; i < nodes.size(); ++i)
        QCOMPARE(graph.revisions()[revisionOfNode[i]].id, nodes[i].id);

    // A good graph comes in `alembic history`'s order, which is already children first.
    const auto good = Migrations::RevisionGraph::build({script("a", {}), script("b", {u"a"_s}),
                                                        script("c", {u"a"_s}, {u"b"_s})});
    QVERIFY(!good.error());
    const QList<LaneNode> goodNodes = Studio::laneNodesOf(good, nullptr);
    QList<int> identity;
    for (int i = 0; i < goodNodes.size(); ++i)
        identity.append(i);
    QCOMPARE(Studio::childrenFirstOrder(goodNodes), identity);
    QCOMPARE(goodNodes[0].id, u"c"_s);
    QCOMPARE(goodNodes[0].dependencies.size(), 1);
}

QTEST_GUILESS_MAIN(TestRevisionLanes)
#include "tst_revisionlanes.moc"
