#include <migrations/migrationplan.h>
#include <migrations/versiontablesql.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

// The step plans of upgrade, downgrade and stamp (offline mode), written compactly: each
// step as "name from -> to [changes]" with +row inserted, -row deleted, old>new updated;
// "DROP" when the version table ends empty. The expectations are what Alembic 1.13 prints
// for the same graphs (the fidelity tests compare whole projects; these pin the shapes).
namespace {

struct Node
{
    QString id;
    QStringList down;
    QStringList labels;
    QStringList dependsOn;
};

RevisionGraph graphOf(const QList<Node> &nodes)
{
    QList<RevisionScript> scripts;
    for (const Node &node : nodes) {
        RevisionScript script;
        script.path = u"/versions/%1.py"_s.arg(node.id);
        script.revision = node.id;
        script.downRevisions = node.down;
        script.branchLabels = node.labels;
        script.dependsOn = node.dependsOn;
        scripts.append(script);
    }
    return RevisionGraph::build(scripts);
}

QString describe(const MigrationPlan &plan)
{
    if (plan.error && plan.steps.isEmpty())
        return u"error: "_s + plan.error->message;
    QStringList steps;
    for (const MigrationStep &step : plan.steps) {
        QStringList changes;
        for (const VersionChange &change : step.changes) {
            switch (change.kind) {
            case VersionChange::Insert:
                changes.append(u"+"_s + change.version);
                break;
            case VersionChange::Delete:
                changes.append(u"-"_s + change.version);
                break;
            case VersionChange::Update:
                changes.append(change.previous + u'>' + change.version);
                break;
            }
        }
        steps.append(u"%1 [%2]"_s.arg(step.shortLog(), changes.join(u' ')));
    }
    if (plan.dropsVersionTable)
        steps.append(u"DROP"_s);
    if (plan.error)
        steps.append(u"crash"_s);
    return steps.join(u"; "_s);
}

// a - b - c(feat) ─┐
//      \─ d ───────┴ e - f
const QList<Node> diamond = {{u"a"_s, {}, {}, {}},           {u"b"_s, {u"a"_s}, {}, {}},
                             {u"c"_s, {u"b"_s}, {u"feat"_s}, {}}, {u"d"_s, {u"b"_s}, {}, {}},
                             {u"e"_s, {u"c"_s, u"d"_s}, {}, {}}, {u"f"_s, {u"e"_s}, {}, {}}};
// two heads on one base, and a second root that depends on the first line
const QList<Node> forked = {{u"a"_s, {}, {}, {}},
                            {u"b"_s, {u"a"_s}, {}, {}},
                            {u"c"_s, {u"a"_s}, {u"side"_s}, {}},
                            {u"p"_s, {}, {u"plugin"_s}, {u"b"_s}}};

} // namespace

class TestMigrationPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plans_data();
    void plans();
    void rendersVersionTableStatements();
};

void TestMigrationPlan::plans_data()
{
    QTest::addColumn<QList<Node>>("nodes");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("destinations");
    QTest::addColumn<QStringList>("current");
    QTest::addColumn<QString>("expected");

    struct Row
    {
        const char *name;
        QList<Node> nodes;
        const char *operation;
        QStringList destinations, current;
        const char *expected;
    };
    const Row rows[] = {
        {"upgrade through a branch point and a merge", diamond, "upgrade", {u"heads"_s}, {},
         "upgrade  -> a [+a]; upgrade a -> b [a>b]; upgrade b -> d [b>d]; upgrade b -> c [+c]; "
         "upgrade c, d -> e [-c d>e]; upgrade e -> f [e>f]"},
        {"upgrade from a revision", diamond, "upgrade", {u"e"_s}, {u"c"_s},
         "upgrade b -> d [+d]; upgrade c, d -> e [-c d>e]"},
        {"upgrade by a relative step", diamond, "upgrade", {u"+1"_s}, {u"a"_s}, "upgrade a -> b [a>b]"},
        {"a relative step across a branch point", diamond, "upgrade", {u"+2"_s}, {u"a"_s}, "error: Ambiguous walk"},
        {"upgrade a label's head", diamond, "upgrade", {u"feat@head"_s}, {},
         "upgrade  -> a [+a]; upgrade a -> b [a>b]; upgrade b -> d [b>d]; upgrade b -> c [+c]; "
         "upgrade c, d -> e [-c d>e]; upgrade e -> f [e>f]"},
        {"upgrade to what is there", diamond, "upgrade", {u"f"_s}, {u"f"_s}, ""},
        {"upgrade base to base drops the table", diamond, "upgrade", {u"base"_s}, {}, "DROP"},
        {"upgrade an unknown revision", diamond, "upgrade", {u"zzzz"_s}, {},
         "error: No such revision or branch 'zzzz'"},
        {"downgrade through a merge to base", diamond, "downgrade", {u"base"_s}, {u"f"_s},
         "downgrade f -> e [f>e]; downgrade e -> c, d [+c e>d]; downgrade c -> b [-c]; "
         "downgrade d -> b [d>b]; downgrade b -> a [b>a]; downgrade a ->  [-a]; DROP"},
        {"downgrade to a branch point", diamond, "downgrade", {u"b"_s}, {u"f"_s},
         "downgrade f -> e [f>e]; downgrade e -> c, d [+c e>d]; downgrade c -> b [-c]; downgrade d -> b [d>b]"},
        {"downgrade by one", diamond, "downgrade", {u"-1"_s}, {u"f"_s}, "downgrade f -> e [f>e]"},
        {"downgrade to what is not below", diamond, "downgrade", {u"f"_s}, {u"c"_s},
         "error: Nothing to drop"},
        {"downgrade with nothing applied", diamond, "downgrade", {u"-1"_s}, {},
         "error: Relative revision -1 didn't produce 1 migrations"},
        {"downgrade one of two heads", forked, "downgrade", {u"a"_s}, {u"b"_s},
         "downgrade b -> a [b>a]"},
        {"downgrade a dependent root", forked, "downgrade", {u"base"_s}, {u"p"_s},
         "downgrade p ->  [p>b]; downgrade b -> a [b>a]; downgrade a ->  [-a]; DROP"},
        {"upgrade pulls in a dependency", forked, "upgrade", {u"plugin@head"_s}, {},
         "upgrade  -> a [+a]; upgrade a -> b [a>b]; upgrade  -> p [b>p]"},
        // Online, the version table may hold several heads: all of them are where the run starts.
        {"upgrade from two applied heads", diamond, "upgrade", {u"heads"_s}, {u"c"_s, u"d"_s},
         "upgrade c, d -> e [-c d>e]; upgrade e -> f [e>f]"},
        {"upgrade one line of two applied", forked, "upgrade", {u"plugin@head"_s}, {u"b"_s, u"c"_s},
         "upgrade  -> p [b>p]"},
        {"a relative upgrade from two heads", diamond, "upgrade", {u"+1"_s}, {u"c"_s, u"d"_s},
         "error: Ambiguous upgrade from multiple current revisions"},
        {"downgrade by one from two heads takes the first row's", forked, "downgrade", {u"-1"_s}, {u"b"_s, u"c"_s},
         "downgrade b -> a [-b]"},
        {"downgrade a label by one from two heads", forked, "downgrade", {u"side@-1"_s}, {u"b"_s, u"c"_s},
         "downgrade c -> a [-c]"},
        {"downgrade one head of two to the branch point", forked, "downgrade", {u"a"_s}, {u"b"_s, u"c"_s},
         "downgrade b -> a [-b]; downgrade c -> a [c>a]"},
        {"stamp from nothing", diamond, "stamp", {u"f"_s}, {}, "stamp_revision  -> f [+f]"},
        {"stamp up", diamond, "stamp", {u"f"_s}, {u"b"_s}, "stamp_revision b -> f [b>f]"},
        {"stamp down", diamond, "stamp", {u"b"_s}, {u"f"_s}, "stamp_revision f -> b [f>b]"},
        {"stamp base", diamond, "stamp", {u"base"_s}, {u"f"_s}, "stamp_revision f ->  [-f]; DROP"},
        {"stamp what is there", diamond, "stamp", {u"f"_s}, {u"f"_s}, ""},
        {"stamp two heads", forked, "stamp", {u"b"_s, u"c"_s}, {},
         "stamp_revision  -> b [+b]; stamp_revision  -> c [+c]"},
        {"stamp the same revision twice", diamond, "stamp", {u"f"_s, u"f"_s}, {},
         "stamp_revision  -> f [+f]; stamp_revision  -> f []; crash"},
        {"stamp an ambiguous head", forked, "stamp", {u"head"_s}, {},
         "error: Multiple heads are present for given argument 'head'; b, c, p"},
    };
    for (const Row &row : rows) {
        QTest::addRow("%s", row.name) << row.nodes << QString::fromLatin1(row.operation) << row.destinations
                                      << row.current << QString::fromUtf8(row.expected);
    }
}

void TestMigrationPlan::plans()
{
    QFETCH(QList<Node>, nodes);
    QFETCH(QString, operation);
    QFETCH(QStringList, destinations);
    QFETCH(QStringList, current);
    QFETCH(QString, expected);

    const RevisionGraph graph = graphOf(nodes);
    QVERIFY(!graph.error());
    MigrationPlan plan;
    if (operation == "upgrade"_L1)
        plan = planUpgrade(graph, destinations.first(), current);
    else if (operation == "downgrade"_L1)
        plan = planDowngrade(graph, destinations.first(), current);
    else
        plan = planStamp(graph, destinations, current);
    QCOMPARE(describe(plan), expected);
    // Alembic warns when `-N` has several heads to start from, and only then.
    const bool ambiguous = operation == "downgrade"_L1 && destinations.first().startsWith(u'-') && current.size() > 1;
    QCOMPARE(plan.warnings.size(), ambiguous ? 1 : 0);
}

void TestMigrationPlan::rendersVersionTableStatements()
{
    const VersionChange insert{VersionChange::Insert, u"ab12"_s, {}};
    QCOMPARE(versionChangeSql(Dialect::SQLite, insert),
             u"INSERT INTO alembic_version (version_num) VALUES ('ab12') RETURNING version_num;"_s);
    QCOMPARE(versionChangeSql(Dialect::PostgreSQL, insert),
             u"INSERT INTO alembic_version (version_num) VALUES ('ab12') RETURNING alembic_version.version_num;"_s);
    QCOMPARE(versionChangeSql(Dialect::MySQL, insert), u"INSERT INTO alembic_version (version_num) VALUES ('ab12');"_s);
    QCOMPARE(versionChangeSql(Dialect::MariaDB, insert), versionChangeSql(Dialect::MySQL, insert));
    QCOMPARE(versionChangeSql(Dialect::PostgreSQL, {VersionChange::Update, u"cd34"_s, u"ab12"_s}),
             u"UPDATE alembic_version SET version_num='cd34' WHERE alembic_version.version_num = 'ab12';"_s);
    QCOMPARE(versionChangeSql(Dialect::SQLite, {VersionChange::Delete, u"ab12"_s, {}}),
             u"DELETE FROM alembic_version WHERE alembic_version.version_num = 'ab12';"_s);
}

QTEST_GUILESS_MAIN(TestMigrationPlan)
#include "tst_migrationplan.moc"
