// Pictures of the window's main states at 1280×800, light and dark, written into the build
// folder (screenshots/) for people to look at and for the README: the graph with what a
// database has applied, a finished run, a script in the editor, and a failed run.

#include "../db/scratchdatabase.h"
#include "projectcopy.h"

#include <ui/colorscheme.h>
#include <ui/connectionprofile.h>
#include <ui/databaseheads.h>
#include <ui/mainwindow.h>
#include <ui/problemspanel.h>
#include <ui/projectsession.h>
#include <ui/reviewpanel.h>
#include <ui/revisiongraphview.h>
#include <ui/runcontroller.h>
#include <ui/runview.h>
#include <ui/welcomepanel.h>

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

double meanLightness(const QImage &image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 8) {
        for (int x = 0; x < image.width(); x += 8, ++count)
            sum += image.pixelColor(x, y).lightnessF();
    }
    return sum / count;
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainStates_data();
    void mainStates();

private:
    bool settle(Studio::MainWindow &window);
    bool save(Studio::MainWindow &window, const QString &name, bool dark);
    QDir m_folder;
    QMap<QString, double> m_lightness;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_folder = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR));
    QVERIFY(m_folder.mkpath(u"screenshots"_s));
    QVERIFY(m_folder.cd(u"screenshots"_s));
}

bool TestScreenshots::settle(Studio::MainWindow &window)
{
    return QTest::qWaitFor(
        [&] {
            return !window.projectSession()->isLoading() && !window.databaseHeads()->isReading()
                   && !window.problemsPanel()->isChecking() && !window.reviewPanel()->isBusy();
        },
        QDeadlineTimer(20000));
}

bool TestScreenshots::save(Studio::MainWindow &window, const QString &name, bool dark)
{
    if (!settle(window))
        return false;
    QTest::qWait(50); // the last repaints
    const QImage image = window.grab().toImage();
    const QString file = u"main-%1-%2.png"_s.arg(name, dark ? u"dark"_s : u"light"_s);
    if (image.size() != QSize(1280, 800) || !image.save(m_folder.filePath(file)))
        return false;
    m_lightness.insert(file, meanLightness(image));
    return true;
}

void TestScreenshots::mainStates_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << false;
    QTest::addRow("dark") << true;
}

void TestScreenshots::mainStates()
{
    QFETCH(bool, dark);
    Studio::applyColorScheme(dark ? Studio::ColorScheme::Dark : Studio::ColorScheme::Light);
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    QString error;
    const auto scratch = TestSupport::ScratchDatabase::create(u"sqlite"_s, u"screenshots"_s, &error);
    QVERIFY2(scratch, qPrintable(error));

    Studio::MainWindow window;
    // These are pictures of the window at work, for the README; the first run's welcome
    // is in the picture `alembic-studio --screenshot` takes with no settings.
    window.welcomePanel()->dismiss();
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(window.projectSession(), &Studio::ProjectSession::loaded);
    window.openProject(copy.path());
    QVERIFY(loaded.wait(10000));
    const QString id = window.connectionProfiles()->add(Studio::ConnectionProfile::create(u"dev"_s, scratch->url()));
    window.useConnectionProfile(id);
    QVERIFY(QTest::qWaitFor([&] { return window.connection() && window.connection()->name == u"dev"_s; },
                            QDeadlineTimer(10000)));

    // Part of the history applied: current, applied and pending revisions side by side.
    QSignalSpy ended(&window, &Studio::MainWindow::runEnded);
    window.previewRun({Migrations::RunTarget::Upgrade, {u"87ae05677138"_s}, false});
    QVERIFY(QTest::qWaitFor([&] { return window.runView()->runButton()->isEnabled(); }, QDeadlineTimer(20000)));
    window.runView()->runButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return !ended.isEmpty(); }, QDeadlineTimer(60000)));
    QVERIFY(settle(window));
    QVERIFY(window.graphView()->selectRevision(u"d1ae55532612"_s));
    QVERIFY(save(window, u"graph"_s, dark));

    // The plan of the rest, reviewed before it runs.
    window.previewRun({Migrations::RunTarget::Upgrade, {u"heads"_s}, false});
    QVERIFY(QTest::qWaitFor([&] { return window.runView()->runButton()->isEnabled(); }, QDeadlineTimer(20000)));
    QVERIFY(save(window, u"plan"_s, dark));
    window.runView()->runButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return ended.size() == 2; }, QDeadlineTimer(60000)));
    QVERIFY(save(window, u"run"_s, dark));

    // A script in the editor, beside the graph.
    QVERIFY(window.graphView()->selectRevision(u"3989d12410a0"_s));
    window.findChild<QDockWidget *>(u"scriptDock"_s)->raise();
    QVERIFY(save(window, u"script"_s, dark));

    // A run that fails at a statement.
    copy.writeRevision(u"badbadbadbad"_s, u"d1ae55532612"_s,
                       u"op.add_column('users', sa.Column('email', sa.String(100)))"_s);
    QVERIFY(QTest::qWaitFor([&] { return window.graphView()->selectRevision(u"badbadbadbad"_s); },
                            QDeadlineTimer(10000)));
    window.previewRun({Migrations::RunTarget::Upgrade, {u"heads"_s}, false});
    QVERIFY(QTest::qWaitFor([&] { return window.runView()->runButton()->isEnabled(); }, QDeadlineTimer(20000)));
    window.runView()->runButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return ended.size() == 3; }, QDeadlineTimer(60000)));
    QCOMPARE(ended.last().first().value<Studio::RunOutcome>().result.outcome, Migrations::RunResult::Failed);
    QVERIFY(save(window, u"failure"_s, dark));

    // Each dark picture is darker than its light one (when both have been taken).
    if (dark) {
        for (const QString &name : {u"graph"_s, u"plan"_s, u"run"_s, u"script"_s, u"failure"_s}) {
            const QString light = u"main-%1-light.png"_s.arg(name);
            const QString darkFile = u"main-%1-dark.png"_s.arg(name);
            if (m_lightness.contains(light))
                QVERIFY2(m_lightness.value(darkFile) < m_lightness.value(light) - 0.3, qPrintable(name));
        }
    }
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
