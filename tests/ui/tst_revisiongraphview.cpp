#include "projectcopy.h"

#include <ui/colorscheme.h>
#include <ui/revisiongraphdelegate.h>
#include <ui/revisiongraphmodel.h>
#include <ui/revisiongraphview.h>

#include <migrations/projectconfig.h>
#include <migrations/scriptdirectory.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Studio::RevisionGraphModel;
using Studio::RevisionGraphView;

namespace {


std::shared_ptr<const Migrations::ScriptDirectory> sample()
{
    static const auto directory = TestSupport::loadedDirectory(QStringLiteral(SAMPLE_PROJECT));
    return directory;
}

} // namespace

class TestRevisionGraphView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void filterDimsAndSelects();
    void goTo_data();
    void goTo();
    void goToShortcutAndField();
    void keyboardNavigation();
    void contextMenuActions();
    void copyPutsTheIdOnTheClipboard();
    void problemRowsOpenTheirFile();
    void reloadKeepsTheCurrentRevision();
    void reloadKeepsSelectionAndScroll();
    void paintsNodesByState_data();
    void paintsNodesByState();
    void screenshots();

private:
    std::unique_ptr<RevisionGraphView> m_view;
};

void TestRevisionGraphView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestRevisionGraphView::init()
{
    Studio::applyColorScheme(Studio::ColorScheme::Light);
    m_view = std::make_unique<RevisionGraphView>();
    m_view->resize(1000, 320);
    m_view->setDirectory(sample());
}

void TestRevisionGraphView::cleanup()
{
    m_view.reset();
}

void TestRevisionGraphView::filterDimsAndSelects()
{
    QAbstractItemModelTester tester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy current(m_view.get(), &RevisionGraphView::currentRevisionChanged);
    m_view->filterEdit()->setText(u"refresh"_s);
    QCOMPARE(m_view->currentRevision(), u"3989d12410a0"_s);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.first().first().toString(), u"3989d12410a0"_s);
    // Every row stays, the others are dimmed.
    QCOMPARE(m_view->treeView()->model()->rowCount(), 6);
    QVERIFY(!m_view->model()->index(0, 0).data(RevisionGraphModel::MatchesFilterRole).toBool());

    // Enter goes on to the next match, round to the top.
    m_view->filterEdit()->setText(u"audit"_s);
    QCOMPARE(m_view->currentRevision(), u"d1ae55532612"_s);
    QTest::keyClick(m_view->filterEdit(), Qt::Key_Return);
    QCOMPARE(m_view->currentRevision(), u"477813475405"_s);
    QTest::keyClick(m_view->filterEdit(), Qt::Key_Return);
    QCOMPARE(m_view->currentRevision(), u"33308e344afd"_s);
    QTest::keyClick(m_view->filterEdit(), Qt::Key_Return);
    QCOMPARE(m_view->currentRevision(), u"d1ae55532612"_s);

    m_view->filterEdit()->setText(u"no such thing"_s);
    QCOMPARE(m_view->currentRevision(), u"d1ae55532612"_s); // nothing to go to: stays
    m_view->filterEdit()->clear();
    QVERIFY(m_view->model()->index(0, 0).data(RevisionGraphModel::MatchesFilterRole).toBool());
}

void TestRevisionGraphView::goTo_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("selected"); // empty: not resolved
    QTest::addColumn<QString>("messageHas");

    QTest::addRow("%s", "full id") << u"3989d12410a0"_s << u"3989d12410a0"_s << QString();
    QTest::addRow("%s", "partial id") << u"87ae"_s << u"87ae05677138"_s << QString();
    // A label names the revision that carries it; spread over its branch, it reaches the
    // merge, which is the branch's head.
    QTest::addRow("%s", "label") << u"audit"_s << u"33308e344afd"_s << QString();
    QTest::addRow("%s", "label@head") << u"audit@head"_s << u"d1ae55532612"_s << QString();
    QTest::addRow("%s", "label@id") << u"audit@4778"_s << u"477813475405"_s << QString();
    QTest::addRow("%s", "label@base") << u"audit@base"_s << QString() << u"audit@base"_s;
    QTest::addRow("%s", "head") << u"head"_s << u"d1ae55532612"_s << QString();
    QTest::addRow("%s", "spaces around") << u"  f9f6 "_s << u"f9f69d583261"_s << QString();
    QTest::addRow("%s", "unknown") << u"zzzz"_s << QString() << u"zzzz"_s;
    QTest::addRow("%s", "base") << u"base"_s << QString() << u"base"_s;
    QTest::addRow("%s", "unknown label") << u"nope@head"_s << QString() << u"nope"_s;
}

void TestRevisionGraphView::goTo()
{
    QFETCH(QString, identifier);
    QFETCH(QString, selected);
    QFETCH(QString, messageHas);
    m_view->selectRevision(u"3989d12410a0"_s);
    if (selected == u"3989d12410a0"_s)
        m_view->selectRevision(u"f9f69d583261"_s);

    QCOMPARE(m_view->selectRevision(identifier), !selected.isEmpty());
    if (selected.isEmpty()) {
        QVERIFY(m_view->currentRevision() == u"3989d12410a0"_s);
        QVERIFY2(m_view->message().contains(messageHas), qPrintable(m_view->message()));
    } else {
        QCOMPARE(m_view->currentRevision(), selected);
        QVERIFY(m_view->message().isEmpty());
    }
}

void TestRevisionGraphView::goToShortcutAndField()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->treeView()->setFocus();
    QTest::keyClick(m_view->treeView(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_view->goToEdit()->hasFocus());
    QTest::keyClicks(m_view->goToEdit(), u"audit"_s);
    QTest::keyClick(m_view->goToEdit(), Qt::Key_Return);
    QCOMPARE(m_view->currentRevision(), u"33308e344afd"_s);
    QVERIFY(m_view->treeView()->hasFocus()); // back to the list, ready for the keys

    QTest::keyClick(m_view->treeView(), Qt::Key_L, Qt::ControlModifier);
    QTest::keyClicks(m_view->goToEdit(), u"bogus"_s);
    QTest::keyClick(m_view->goToEdit(), Qt::Key_Return);
    QCOMPARE(m_view->currentRevision(), u"33308e344afd"_s);
    const auto message = m_view->findChild<QLabel *>(u"revisionGraphMessage"_s);
    QVERIFY(message && message->isVisible());
    QVERIFY(message->text().contains(u"bogus"_s));

    QTest::keyClick(m_view->treeView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_view->filterEdit()->hasFocus());
}

void TestRevisionGraphView::keyboardNavigation()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTreeView *tree = m_view->treeView();
    tree->setFocus();
    m_view->selectRevision(u"d1ae55532612"_s);
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(m_view->currentRevision(), u"477813475405"_s);
    QTest::keyClick(tree, Qt::Key_End);
    QCOMPARE(m_view->currentRevision(), u"f9f69d583261"_s);
    QTest::keyClick(tree, Qt::Key_Home);
    QCOMPARE(m_view->currentRevision(), u"d1ae55532612"_s);

    // Alt+Down follows down_revision (the first written), Alt+Up goes back to a child.
    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_view->currentRevision(), u"477813475405"_s);
    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_view->currentRevision(), u"33308e344afd"_s);
    QTest::keyClick(tree, Qt::Key_Down, Qt::AltModifier); // a base: nowhere to go
    QCOMPARE(m_view->currentRevision(), u"33308e344afd"_s);
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_view->currentRevision(), u"477813475405"_s);

    QSignalSpy open(m_view.get(), &RevisionGraphView::openInEditorRequested);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), u"477813475405"_s);
    const QRect rect = tree->visualRect(tree->currentIndex());
    // A double-click comes after a click: the view only acts on the item it was pressed on.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.count(), 2);
}

void TestRevisionGraphView::contextMenuActions()
{
    using Action = RevisionGraphView::Action;
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(nullptr));
    const QList<QAction *> actions = menu->actions();
    for (Action which : {Action::UpgradeToHere, Action::DowngradeToHere, Action::StampHere, Action::ShowSql,
                         Action::OpenInEditor, Action::CopyRevisionId})
        QVERIFY(actions.contains(m_view->action(which)));

    // Nothing selected: nothing to act on.
    QVERIFY(!m_view->action(Action::UpgradeToHere)->isEnabled());

    m_view->selectRevision(u"87ae05677138"_s);
    const struct
    {
        Action action;
        void (RevisionGraphView::*signal)(const QString &);
    } cases[] = {
        {Action::UpgradeToHere, &RevisionGraphView::upgradeRequested},
        {Action::DowngradeToHere, &RevisionGraphView::downgradeRequested},
        {Action::StampHere, &RevisionGraphView::stampRequested},
        {Action::ShowSql, &RevisionGraphView::showSqlRequested},
        {Action::OpenInEditor, &RevisionGraphView::openInEditorRequested},
    };
    for (const auto &each : cases) {
        QSignalSpy spy(m_view.get(), each.signal);
        QVERIFY(m_view->action(each.action)->isEnabled());
        m_view->action(each.action)->trigger();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), u"87ae05677138"_s);
    }
}

void TestRevisionGraphView::copyPutsTheIdOnTheClipboard()
{
    QApplication::clipboard()->clear();
    m_view->selectRevision(u"audit"_s);
    m_view->action(RevisionGraphView::Action::CopyRevisionId)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"33308e344afd"_s);

    // And with Ctrl+C in the list.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->treeView()->setFocus();
    m_view->selectRevision(u"head"_s);
    QTest::keyClick(m_view->treeView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), u"d1ae55532612"_s);
}

void TestRevisionGraphView::problemRowsOpenTheirFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QFile file(dir.filePath(u"computed.py"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("import uuid\nrevision = uuid.uuid4().hex[:12]\ndown_revision = None\n");
    }
    m_view->setDirectory(std::make_shared<const Migrations::ScriptDirectory>(
        Migrations::ScriptDirectory::load({dir.path()}, false, false)));
    QCOMPARE(m_view->model()->rowCount(), 1);
    QTreeView *tree = m_view->treeView();
    tree->setCurrentIndex(m_view->model()->index(0, 0));
    QVERIFY(m_view->currentRevision().isEmpty());
    QVERIFY(!m_view->action(RevisionGraphView::Action::UpgradeToHere)->isEnabled());
    QVERIFY(m_view->action(RevisionGraphView::Action::OpenInEditor)->isEnabled());

    QSignalSpy activated(m_view.get(), &RevisionGraphView::diagnosticActivated);
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toString(), dir.filePath(u"computed.py"_s));
    QVERIFY(activated.first().at(1).toInt() > 0);
}

void TestRevisionGraphView::reloadKeepsTheCurrentRevision()
{
    m_view->selectRevision(u"3989d12410a0"_s);
    QSignalSpy current(m_view.get(), &RevisionGraphView::currentRevisionChanged);
    m_view->setDirectory(TestSupport::loadedDirectory(QStringLiteral(SAMPLE_PROJECT)));
    QCOMPARE(m_view->currentRevision(), u"3989d12410a0"_s);
    QCOMPARE(current.count(), 0);
}

void TestRevisionGraphView::reloadKeepsSelectionAndScroll()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](int number) {
        const QString id = u"f0000000%1"_s.arg(number, 4, 10, QChar(u'0'));
        const QString down = number == 1 ? u"None"_s : u"'f0000000%1'"_s.arg(number - 1, 4, 10, QChar(u'0'));
        QFile file(dir.filePath(id + u".py"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"\"\"\"step %1\"\"\"\nrevision = '%2'\ndown_revision = %3\n"_s.arg(number).arg(id, down).toUtf8());
    };
    for (int number = 1; number <= 80; ++number)
        write(number);
    const auto load = [&] {
        return std::make_shared<const Migrations::ScriptDirectory>(
            Migrations::ScriptDirectory::load({dir.path()}, false, false));
    };
    m_view->setDirectory(load());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTreeView *tree = m_view->treeView();
    QVERIFY(m_view->selectRevision(u"f00000000050"_s));
    tree->scrollTo(m_view->model()->index(m_view->model()->rowOfRevision(u"f00000000040"_s), 0),
                   QAbstractItemView::PositionAtTop);
    const auto topId = [&] {
        return tree->indexAt(QPoint(1, 1)).data(RevisionGraphModel::RevisionIdRole).toString();
    };
    QCOMPARE(topId(), u"f00000000040"_s);

    // Three new revisions on top: the rows shift down, the view does not move.
    write(81);
    write(82);
    write(83);
    QSignalSpy current(m_view.get(), &RevisionGraphView::currentRevisionChanged);
    m_view->setDirectory(load());
    QCOMPARE(m_view->model()->rowCount(), 83);
    QCOMPARE(m_view->currentRevision(), u"f00000000050"_s);
    QCOMPARE(topId(), u"f00000000040"_s);
    QCOMPARE(current.count(), 0);
    QCOMPARE(tree->selectionModel()->selectedRows().size(), 1);
}

void TestRevisionGraphView::paintsNodesByState_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("%s", "light") << false;
    QTest::addRow("%s", "dark") << true;
}

void TestRevisionGraphView::paintsNodesByState()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? Studio::darkPalette() : Studio::lightPalette();
    Studio::applyColorScheme(dark ? Studio::ColorScheme::Dark : Studio::ColorScheme::Light);
    QApplication::processEvents();
    // The main branch applied up to 87ae05677138, the audit branch and the merge pending.
    m_view->setDatabaseHeads(QStringList{u"87ae05677138"_s});
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));

    QTreeView *tree = m_view->treeView();
    const QImage image = tree->viewport()->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto pixelAt = [&](QPointF point) { return image.pixelColor((point * ratio).toPoint()); };
    const auto nodeOf = [&](const QString &id) {
        const QModelIndex index = m_view->model()->index(m_view->model()->rowOfRevision(id), 0);
        QStyleOptionViewItem option;
        option.rect = tree->visualRect(index);
        option.font = tree->font();
        return m_view->delegate()->nodeRect(option, index);
    };
    const QColor base = palette.color(QPalette::Base);

    // Applied: filled. Pending: hollow (the background shows in the middle) but outlined.
    const QRectF applied = nodeOf(u"3989d12410a0"_s);
    QVERIFY(pixelAt(applied.center()) != base);
    const QRectF pending = nodeOf(u"477813475405"_s);
    QCOMPARE(pixelAt(pending.center()), base);
    QVERIFY(pixelAt(QPointF(pending.left() + 0.5, pending.center().y())) != base);
    // Current: filled and ringed, the ring drawn in the text colour.
    const QRectF current = nodeOf(u"87ae05677138"_s);
    QVERIFY(pixelAt(current.center()) != base);
    const QColor ring = pixelAt(QPointF(current.center().x(), current.top() - 2.0));
    QVERIFY2(ring != base, qPrintable(ring.name()));

    // The colours of a lane are readable on the background of either palette.
    const QColor lane = Studio::RevisionGraphDelegate::laneColour(0, palette);
    QVERIFY(std::abs(lane.lightnessF() - base.lightnessF()) > 0.25);
}

void TestRevisionGraphView::screenshots()
{
    // Written next to the test for people to look at (issue 6: judge them as a user).
    for (const bool dark : {false, true}) {
        Studio::applyColorScheme(dark ? Studio::ColorScheme::Dark : Studio::ColorScheme::Light);
        QApplication::processEvents(); // the palette reaches the widgets through events
        m_view->resize(1100, 300);
        m_view->setDatabaseHeads(QStringList{u"87ae05677138"_s});
        m_view->selectRevision(u"3989d12410a0"_s);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        const QString path = QDir::current().filePath(dark ? u"revision-graph-dark.png"_s : u"revision-graph-light.png"_s);
        QVERIFY(m_view->grab().save(path));
    }

    // A project in trouble: a merge whose second parent is gone, a script only Python could
    // read, and the graph refused as a whole.
    Studio::applyColorScheme(Studio::ColorScheme::Light);
    QApplication::processEvents();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(u"a1_first.py"_s, "\"\"\"create accounts\n\nCreate Date: 2026-05-01 10:00:00\n\"\"\"\n"
                             "revision = 'a1a1a1a1a1a1'\ndown_revision = None\n");
    write(u"b2_second.py"_s, "\"\"\"add balance\n\nCreate Date: 2026-05-02 10:00:00\n\"\"\"\n"
                              "revision = 'b2b2b2b2b2b2'\ndown_revision = 'a1a1a1a1a1a1'\n");
    write(u"c3_merge.py"_s, "\"\"\"merge with a lost branch\n\nCreate Date: 2026-05-03 10:00:00\n\"\"\"\n"
                             "revision = 'c3c3c3c3c3c3'\ndown_revision = ('b2b2b2b2b2b2', 'deadbeef0000')\n");
    write(u"d4_computed.py"_s, "import uuid\nrevision = uuid.uuid4().hex[:12]\ndown_revision = 'c3c3c3c3c3c3'\n");
    m_view->setDirectory(std::make_shared<const Migrations::ScriptDirectory>(
        Migrations::ScriptDirectory::load({dir.path()}, false, false)));
    m_view->setDatabaseHeads(std::nullopt);
    QVERIFY(!m_view->message().isEmpty());
    QVERIFY(m_view->grab().save(QDir::current().filePath(u"revision-graph-broken.png"_s)));
}

QTEST_MAIN(TestRevisionGraphView)
#include "tst_revisiongraphview.moc"
