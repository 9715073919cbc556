#include "projectcopy.h"

#include <ui/revisiongraphmodel.h>

#include <migrations/projectconfig.h>
#include <migrations/scriptdirectory.h>
#include <migrations/scriptheader.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Studio::RevisionGraphModel;
using Studio::RevisionGraphRow;
using Studio::RevisionState;

namespace {


std::shared_ptr<const Migrations::ScriptDirectory> loadVersions(const QString &versions)
{
    return std::make_shared<const Migrations::ScriptDirectory>(Migrations::ScriptDirectory::load({versions}, false,
                                                                                                 false));
}

QString pythonTuple(const QStringList &ids)
{
    if (ids.isEmpty())
        return u"None"_s;
    if (ids.size() == 1)
        return u"'%1'"_s.arg(ids.first());
    return u"(%1)"_s.arg(u"'"_s + ids.join(u"', '"_s) + u"'"_s);
}

// A revision script as `alembic revision` writes one (the parts the reader looks at).
void writeScript(const QString &folder, const QString &id, const QStringList &down, const QString &message,
                 const QStringList &dependsOn = {}, const QStringList &labels = {})
{
    QFile file(folder + u'/' + id + u"_rev.py"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QString text = u"\"\"\"%1\n\nRevision ID: %2\nRevises: %3\nCreate Date: 2026-01-02 03:04:05.123456\n\n\"\"\"\n"
                         "revision = '%2'\ndown_revision = %4\nbranch_labels = %6\ndepends_on = %5\n\n\n"
                         "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n"_s
                             .arg(message, id, down.join(u", "_s), pythonTuple(down), pythonTuple(dependsOn),
                                  pythonTuple(labels));
    file.write(text.toUtf8());
}

QStringList idsOf(const RevisionGraphModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, RevisionGraphModel::RevisionColumn).data().toString());
    return ids;
}

} // namespace

class TestRevisionGraphModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleRows();
    void states_data();
    void states();
    void reloadKeepsRows();
    void unreadableScriptIsARow();
    void brokenLinkIsShown();
    void filterMatchesMessageIdAndLabel();
    void cycleStillDraws();
    void manyLabelsAreShortened();
    void createDate_data();
    void createDate();
};

void TestRevisionGraphModel::sampleRows()
{
    RevisionGraphModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirectory(TestSupport::loadedDirectory(QStringLiteral(SAMPLE_PROJECT)));

    // `alembic history`'s order: the merge on top, each branch below it, the base last.
    QCOMPARE(idsOf(model), (QStringList{u"d1ae55532612"_s, u"477813475405"_s, u"33308e344afd"_s,
                                        u"87ae05677138"_s, u"3989d12410a0"_s, u"f9f69d583261"_s}));
    QCOMPARE(model.columnCount(), int(RevisionGraphModel::ColumnCount));
    QCOMPARE(model.index(0, RevisionGraphModel::GraphColumn).data().toString(), u"merge audit branch into main"_s);
    QCOMPARE(model.index(5, RevisionGraphModel::CreatedColumn).data().toString(), u"2026-11-24 18:54"_s);
    QCOMPARE(model.index(2, RevisionGraphModel::BranchLabelsColumn).data().toString(), u"audit"_s);

    const auto markersAt = [&](int row) {
        return model.index(row, 0).data(RevisionGraphModel::MarkersRole).toInt();
    };
    QVERIFY(markersAt(0) & RevisionGraphRow::Head);
    QVERIFY(markersAt(0) & RevisionGraphRow::Merge);
    QVERIFY(markersAt(5) & RevisionGraphRow::Base);
    QVERIFY(!(markersAt(3) & (RevisionGraphRow::Head | RevisionGraphRow::Base | RevisionGraphRow::Merge)));
    QCOMPARE(model.rowOfRevision(u"3989d12410a0"_s), 4);

    // The audit branch depends on the users table's revision: a dashed line, whole.
    const auto lanes = model.index(2, 0).data(RevisionGraphModel::LaneRowRole).value<Studio::LaneRow>();
    QVERIFY(std::any_of(lanes.edges.cbegin(), lanes.edges.cend(), [](const Studio::LaneEdge &edge) {
        return edge.kind == Studio::LaneEdge::Kind::Dependency && edge.span == Studio::LaneEdge::Span::FromNode;
    }));
    // The tooltip names both parents (as rich text: a message may hold "<").
    const QString toolTip = model.index(0, RevisionGraphModel::GraphColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(toolTip.contains(u"477813475405"_s));
    QVERIFY(toolTip.contains(u"87ae05677138"_s));
}

void TestRevisionGraphModel::states_data()
{
    QTest::addColumn<std::optional<QStringList>>("heads");
    QTest::addColumn<QStringList>("states"); // per row, in the sample's row order

    QTest::addRow("%s", "not connected") << std::optional<QStringList>()
                                         << QStringList(6, RevisionGraphModel::stateName(RevisionState::Unknown));
    const QString current = RevisionGraphModel::stateName(RevisionState::Current);
    const QString applied = RevisionGraphModel::stateName(RevisionState::Applied);
    const QString pending = RevisionGraphModel::stateName(RevisionState::Pending);
    QTest::addRow("%s", "empty database") << std::optional<QStringList>(QStringList())
                                          << QStringList(6, pending);
    QTest::addRow("%s", "main branch") << std::optional<QStringList>(QStringList{u"87ae05677138"_s})
                                       << QStringList{pending, pending, pending, current, applied, applied};
    // The audit branch depends on f9f69d583261: Alembic counts it as applied too.
    QTest::addRow("%s", "through depends_on") << std::optional<QStringList>(QStringList{u"477813475405"_s})
                                              << QStringList{pending, current, applied, pending, pending, applied};
    QTest::addRow("%s", "two heads") << std::optional<QStringList>(QStringList{u"477813475405"_s, u"3989d12410a0"_s})
                                     << QStringList{pending, current, applied, pending, current, applied};
    QTest::addRow("%s", "all") << std::optional<QStringList>(QStringList{u"d1ae55532612"_s})
                               << QStringList{current, applied, applied, applied, applied, applied};
    QTest::addRow("%s", "unknown id") << std::optional<QStringList>(QStringList{u"ffffffffffff"_s})
                                      << QStringList(6, pending);
}

void TestRevisionGraphModel::states()
{
    QFETCH(std::optional<QStringList>, heads);
    QFETCH(QStringList, states);
    RevisionGraphModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirectory(TestSupport::loadedDirectory(QStringLiteral(SAMPLE_PROJECT)));
    // From everything applied: only the rows whose state moves are reported.
    model.setDatabaseHeads(QStringList{u"d1ae55532612"_s});
    QStringList before;
    for (int row = 0; row < model.rowCount(); ++row)
        before.append(model.index(row, RevisionGraphModel::StateColumn).data().toString());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDatabaseHeads(heads);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, RevisionGraphModel::StateColumn);
        shown.append(index.data().toString());
        // Not by colour alone: each state has its own icon, and its own shape in the graph.
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(row, 0).data(RevisionGraphModel::StateRole).toInt(), int(model.stateAt(row)));
    }
    QCOMPARE(shown, states);
    // Exactly the rows that moved are reported, a run of them at a time.
    QStringList reported = before;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const int first = signal.at(0).value<QModelIndex>().row();
        const int last = signal.at(1).value<QModelIndex>().row();
        for (int row = first; row <= last; ++row) {
            QVERIFY(before[row] != states[row]);
            reported[row] = states[row];
        }
    }
    QCOMPARE(reported, states);
}

void TestRevisionGraphModel::reloadKeepsRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString versions = dir.path();
    writeScript(versions, u"aaaa00000001"_s, {}, u"first"_s);
    writeScript(versions, u"aaaa00000002"_s, {u"aaaa00000001"_s}, u"second"_s);
    writeScript(versions, u"aaaa00000003"_s, {u"aaaa00000002"_s}, u"third"_s);

    RevisionGraphModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirectory(loadVersions(versions));
    QCOMPARE(idsOf(model), (QStringList{u"aaaa00000003"_s, u"aaaa00000002"_s, u"aaaa00000001"_s}));
    const QPersistentModelIndex second(model.index(1, RevisionGraphModel::RevisionColumn));

    // Unchanged: nothing happens at all.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDirectory(loadVersions(versions));
    QCOMPARE(removed.count() + inserted.count() + changed.count(), 0);

    // A new head: one row inserted at the top, the old head changed in place (a line now
    // comes into it), the rest untouched.
    writeScript(versions, u"aaaa00000004"_s, {u"aaaa00000003"_s}, u"fourth"_s);
    model.setDirectory(loadVersions(versions));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QVERIFY(second.isValid());
    QCOMPARE(second.data().toString(), u"aaaa00000002"_s);
    QCOMPARE(second.row(), 2);

    // A revision removed in the middle: the rows around it stay.
    inserted.clear();
    changed.clear();
    QVERIFY(QFile::remove(versions + u"/aaaa00000002_rev.py"_s));
    writeScript(versions, u"aaaa00000003"_s, {u"aaaa00000001"_s}, u"third"_s);
    model.setDirectory(loadVersions(versions));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!second.isValid());
    QCOMPARE(idsOf(model), (QStringList{u"aaaa00000004"_s, u"aaaa00000003"_s, u"aaaa00000001"_s}));

    model.setDirectory(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestRevisionGraphModel::unreadableScriptIsARow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeScript(dir.path(), u"bbbb00000001"_s, {}, u"fine"_s);
    {
        // The id is computed: only running Python could tell it.
        QFile file(dir.filePath(u"cccc_computed.py"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("import uuid\nrevision = uuid.uuid4().hex[:12]\ndown_revision = None\n");
    }
    const auto directory = loadVersions(dir.path());
    QCOMPARE(directory->diagnostics().size(), 1);

    RevisionGraphModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirectory(directory);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex problem = model.index(1, RevisionGraphModel::GraphColumn);
    QCOMPARE(problem.data(RevisionGraphModel::RowKindRole).toInt(), int(RevisionGraphRow::Kind::Unreadable));
    QVERIFY(!problem.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(problem.data().toString(), directory->diagnostics().first().message);
    QVERIFY(problem.data(Qt::ToolTipRole).toString().contains(directory->diagnostics().first().message));
    QCOMPARE(problem.data(RevisionGraphModel::FilePathRole).toString(), directory->diagnostics().first().file);
    QCOMPARE(problem.data(RevisionGraphModel::LineRole).toInt(), directory->diagnostics().first().line);
    QCOMPARE(problem.data(RevisionGraphModel::RevisionIdRole).toString(), QString());
    QCOMPARE(model.index(1, RevisionGraphModel::RevisionColumn).data().toString(), u"cccc_computed.py"_s);
}

void TestRevisionGraphModel::brokenLinkIsShown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeScript(dir.path(), u"dddd00000001"_s, {}, u"base"_s);
    writeScript(dir.path(), u"dddd00000002"_s, {u"dddd00000001"_s, u"dddd0000dead"_s}, u"merge with a lost parent"_s);
    const auto directory = loadVersions(dir.path());
    QVERIFY(directory->graph().error());

    RevisionGraphModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirectory(directory);
    // Both revisions and a row saying why the graph cannot be used.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, RevisionGraphModel::RevisionColumn).data().toString(), u"dddd00000002"_s);
    QVERIFY(model.index(0, 0).data(RevisionGraphModel::MarkersRole).toInt() & RevisionGraphRow::BrokenLink);
    const QModelIndex error = model.index(2, 0);
    QCOMPARE(error.data(RevisionGraphModel::RowKindRole).toInt(), int(RevisionGraphRow::Kind::GraphError));
    QVERIFY(error.data().toString().contains(directory->graph().error()->message));
}

void TestRevisionGraphModel::cycleStillDraws()
{
    // Alembic refuses a cycle; the graph still shows every revision, the link that would
    // have to run upwards drawn as broken.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeScript(dir.path(), u"cccc00000001"_s, {u"cccc00000002"_s}, u"one"_s);
    writeScript(dir.path(), u"cccc00000002"_s, {u"cccc00000001"_s}, u"two"_s);
    writeScript(dir.path(), u"cccc00000003"_s, {}, u"apart"_s);
    const auto directory = loadVersions(dir.path());
    QVERIFY(directory->graph().error());
    RevisionGraphModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirectory(directory);
    QCOMPARE(model.rowCount(), 4); // three revisions and the error
    int broken = 0;
    for (int row = 0; row < 3; ++row) {
        const auto lanes = model.index(row, 0).data(RevisionGraphModel::LaneRowRole).value<Studio::LaneRow>();
        for (const Studio::LaneEdge &edge : lanes.edges)
            broken += edge.span == Studio::LaneEdge::Span::ToMissing ? 1 : 0;
    }
    QCOMPARE(broken, 1);
}

void TestRevisionGraphModel::filterMatchesMessageIdAndLabel()
{
    RevisionGraphModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirectory(TestSupport::loadedDirectory(QStringLiteral(SAMPLE_PROJECT)));
    const auto matching = [&] {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(RevisionGraphModel::MatchesFilterRole).toBool())
                ids.append(model.rowAt(row).id);
        }
        return ids;
    };
    QCOMPARE(matching().size(), 6);
    model.setFilterText(u"REFRESH"_s);
    QCOMPARE(matching(), QStringList{u"3989d12410a0"_s});
    model.setFilterText(u"87ae"_s);
    QCOMPARE(matching(), QStringList{u"87ae05677138"_s});
    model.setFilterText(u"audit"_s); // the label, spread over its branch, and messages
    QCOMPARE(matching(), (QStringList{u"d1ae55532612"_s, u"477813475405"_s, u"33308e344afd"_s}));
    model.setFilterText(QString());
    QCOMPARE(matching().size(), 6);
}

void TestRevisionGraphModel::manyLabelsAreShortened()
{
    // Labels spread down their branches and pile up on a merge.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList bases;
    for (const QString &label : {u"alpha"_s, u"beta"_s, u"gamma"_s, u"delta"_s}) {
        const QString id = u"eeee0000%1"_s.arg(int(bases.size()) + 1, 4, 10, QChar(u'0'));
        writeScript(dir.path(), id, {}, label, {}, {label});
        bases.append(id);
    }
    writeScript(dir.path(), u"eeee00009999"_s, bases, u"merge all"_s);
    RevisionGraphModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirectory(loadVersions(dir.path()));
    QVERIFY(!model.directory()->graph().error());
    const int merge = model.rowOfRevision(u"eeee00009999"_s);
    QCOMPARE(model.rowAt(merge).branchLabels.size(), 4);
    QCOMPARE(model.index(merge, RevisionGraphModel::BranchLabelsColumn).data().toString(), u"alpha, beta, delta +1"_s);
    QCOMPARE(model.index(model.rowOfRevision(u"eeee00000002"_s), RevisionGraphModel::BranchLabelsColumn).data().toString(),
             u"beta"_s);
    model.setFilterText(u"gamma"_s); // the filter still sees every label
    QVERIFY(model.index(merge, 0).data(RevisionGraphModel::MatchesFilterRole).toBool());
}

void TestRevisionGraphModel::createDate_data()
{
    QTest::addColumn<QString>("docstring");
    QTest::addColumn<QString>("text");     // createDateText()
    QTest::addColumn<QString>("expected"); // createDate() as ISO, empty for invalid

    QTest::addRow("%s", "alembic revision") << u"msg\n\nRevision ID: a\nCreate Date: 2026-11-24 18:54:15.760604\n\n"_s
                                            << u"2026-11-24 18:54:15.760604"_s << u"2026-11-24T18:54:15Z"_s;
    QTest::addRow("%s", "with a timezone") << u"m\nCreate Date: 2026-03-01 08:05:00.5+01:00\n"_s
                                           << u"2026-03-01 08:05:00.5+01:00"_s << u"2026-03-01T08:05:00+01:00"_s;
    QTest::addRow("%s", "west of UTC") << u"Create Date: 2026-03-01 08:05:00-05:30"_s
                                       << u"2026-03-01 08:05:00-05:30"_s << u"2026-03-01T08:05:00-05:30"_s;
    QTest::addRow("%s", "no fraction") << u"Create Date:   2025-12-31 23:59:59  \n"_s << u"2025-12-31 23:59:59"_s
                                       << u"2025-12-31T23:59:59Z"_s;
    QTest::addRow("%s", "no line") << u"just a message"_s << QString() << QString();
    QTest::addRow("%s", "not at a line start") << u"see Create Date: 2026-01-01 00:00:00"_s << QString() << QString();
    QTest::addRow("%s", "free text") << u"Create Date: yesterday"_s << u"yesterday"_s << QString();
    QTest::addRow("%s", "impossible date") << u"Create Date: 2026-13-40 10:00:00"_s << u"2026-13-40 10:00:00"_s
                                           << QString();
}

void TestRevisionGraphModel::createDate()
{
    QFETCH(QString, docstring);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Migrations::RevisionScript script;
    script.docstring = docstring;
    QCOMPARE(Migrations::createDateText(script), text);
    const QDateTime date = Migrations::createDate(script);
    QCOMPARE(date.isValid() ? date.toString(Qt::ISODate) : QString(), expected);
    QVERIFY(!Migrations::createDate(Migrations::RevisionScript()).isValid());
}

QTEST_GUILESS_MAIN(TestRevisionGraphModel)
#include "tst_revisiongraphmodel.moc"
