// The first run's welcome: shown in the window (never as a dialog) until the user closes
// it, remembered closed across windows, shown again from Help ▸ Welcome; its Open Project
// button is the window's own open-project action.

#include <ui/mainwindow.h>
#include <ui/revisiongraphview.h>
#include <ui/welcomepanel.h>

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWelcomePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void shownAboveTheGraphOnFirstRun();
    void openProjectIsTheWindowsAction();
    void namesTheWindowsOwnKeys();
    void buttonsAreReachedWithTab();
    void dismissedForGood_data();
    void dismissedForGood();
    void helpShowsItAgain();

private:
    static bool showWindow(Studio::MainWindow &window);
    QTemporaryDir m_settingsDir;
};

void TestWelcomePanel::initTestCase()
{
    // Settings of this test only: a first run is a run with none.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"alembic-studio-tests"_s);
    QCoreApplication::setApplicationName(u"tst_welcomepanel"_s);
}

void TestWelcomePanel::init()
{
    QSettings().clear();
}

bool TestWelcomePanel::showWindow(Studio::MainWindow &window)
{
    window.resize(1280, 800);
    window.show();
    return QTest::qWaitForWindowActive(&window);
}

void TestWelcomePanel::shownAboveTheGraphOnFirstRun()
{
    Studio::MainWindow window;
    QVERIFY(showWindow(window));
    const Studio::WelcomePanel *welcome = window.welcomePanel();
    QVERIFY(welcome->isVisible());
    // In the window, not a window of its own: nothing to close before the app is usable.
    QVERIFY(!welcome->isWindow());
    QVERIFY(window.centralWidget()->isAncestorOf(welcome));
    QVERIFY(window.graphView()->isVisible());
    QVERIFY(welcome->geometry().bottom() < window.graphView()->geometry().top());
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    // The keys start on it, so that Esc closes it at once.
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(welcome->openProjectButton()));
}

void TestWelcomePanel::openProjectIsTheWindowsAction()
{
    Studio::MainWindow window;
    QVERIFY(showWindow(window));
    QAction *open = window.openProjectAction();
    // The window's own handler would show a file dialog; only the action is under test.
    QVERIFY(QObject::disconnect(open, nullptr, &window, nullptr));
    QSignalSpy triggered(open, &QAction::triggered);
    window.welcomePanel()->openProjectButton()->click();
    QCOMPARE(triggered.size(), 1);
    // Opening a project is no dismissal: the welcome stays until it is closed.
    QVERIFY(window.welcomePanel()->isVisible());
}

// The welcome tells the keys in words; if an action's key changes, so must the text.
void TestWelcomePanel::namesTheWindowsOwnKeys()
{
    Studio::MainWindow window;
    const auto *text = window.welcomePanel()->findChild<QLabel *>(u"welcomeText"_s);
    QVERIFY(text);
    const QAction *actions[] = {
        window.openProjectAction(),
        window.resetAction(),
        window.graphView()->action(Studio::RevisionGraphView::Action::ShowSql),
    };
    for (const QAction *action : actions) {
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(!key.isEmpty(), qPrintable(action->text()));
        QVERIFY2(text->text().contains(u'(' + key + u')'), qPrintable(key));
    }
}

void TestWelcomePanel::buttonsAreReachedWithTab()
{
    Studio::MainWindow window;
    QVERIFY(showWindow(window));
    Studio::WelcomePanel *welcome = window.welcomePanel();
    welcome->openProjectButton()->setFocus();
    QVERIFY(welcome->openProjectButton()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(welcome->dismissButton()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(!welcome->isAncestorOf(QApplication::focusWidget()));
}

void TestWelcomePanel::dismissedForGood_data()
{
    QTest::addColumn<bool>("withEscape");
    QTest::addRow("Got It") << false;
    QTest::addRow("Escape") << true;
}

void TestWelcomePanel::dismissedForGood()
{
    QFETCH(bool, withEscape);
    {
        Studio::MainWindow window;
        QVERIFY(showWindow(window));
        Studio::WelcomePanel *welcome = window.welcomePanel();
        QVERIFY(welcome->isVisible());
        QVERIFY(!Studio::WelcomePanel::wasDismissed());
        if (withEscape) {
            welcome->openProjectButton()->setFocus();
            QTest::keyClick(welcome->openProjectButton(), Qt::Key_Escape);
        } else {
            QTest::mouseClick(welcome->dismissButton(), Qt::LeftButton);
        }
        QVERIFY(!welcome->isVisible());
        QVERIFY(Studio::WelcomePanel::wasDismissed());
        // The graph takes the room it leaves.
        QVERIFY(
            QTest::qWaitFor([&] { return window.graphView()->geometry().top() == 0; }, QDeadlineTimer(5000)));
    }
    // The next window, as the next session, starts without it.
    Studio::MainWindow next;
    QVERIFY(showWindow(next));
    QVERIFY(!next.welcomePanel()->isVisible());
}

void TestWelcomePanel::helpShowsItAgain()
{
    Studio::MainWindow window;
    QVERIFY(showWindow(window));
    window.welcomePanel()->dismiss();
    QVERIFY(!window.welcomePanel()->isVisible());

    // Help ▸ Welcome, found as the user finds it.
    QMenu *help = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text().remove(u'&') == u"Help"_s)
            help = menu->menu();
    }
    QVERIFY(help);
    QVERIFY(help->actions().contains(window.welcomeAction()));
    QCOMPARE(window.welcomeAction()->text().remove(u'&'), u"Welcome"_s);
    window.welcomeAction()->trigger();
    QVERIFY(window.welcomePanel()->isVisible());
    // The keys go to it, so that Esc closes it again at once.
    QVERIFY(window.welcomePanel()->openProjectButton()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!window.welcomePanel()->isVisible());
}

QTEST_MAIN(TestWelcomePanel)
#include "tst_welcomepanel.moc"
