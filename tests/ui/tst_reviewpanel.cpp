// The review panel on the sample project, offscreen: the SQL appears without blocking, a
// dialect change redoes it, a stale review never overwrites a newer one, the SQL is saved
// and copied, and the downgrade that drops users is called out with its rows counted on a
// database real Alembic migrated.

#include "../migrations/projectcopy.h"

#include <ui/colorscheme.h>
#include <ui/reviewpages.h>
#include <ui/reviewpanel.h>
#include <ui/sqlview.h>

#include <migrations/connection.h>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QApplication>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Migrations::Dialect;
using Migrations::MigrationStep;
using Studio::ReviewPanel;

namespace {

const QString sample = QStringLiteral(SAMPLE_DIR);

// A SQLite database in `work` that real Alembic upgraded to the sample's heads.
std::optional<Migrations::ConnectionSettings> migratedDatabase(const QString &work)
{
    const QString url = u"sqlite:///"_s + work + u"/scribes.db"_s;
    const QString folder = TestSupport::copyProject(sample, work, url);
    QProcess alembic;
    alembic.setWorkingDirectory(folder);
    alembic.start(u"python3"_s, {u"-m"_s, u"alembic"_s, u"upgrade"_s, u"heads"_s});
    if (!alembic.waitForFinished(120000) || alembic.exitCode() != 0) {
        qWarning("alembic upgrade heads failed: %s", alembic.readAllStandardError().constData());
        return std::nullopt;
    }
    QString error;
    return Migrations::connectionSettingsFromUrl(url, folder, &error);
}

bool waitForReview(const ReviewPanel &panel)
{
    return QTest::qWaitFor([&] { return !panel.isBusy(); }, QDeadlineTimer(60000));
}

} // namespace

class tst_ReviewPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheSqlOfARevision();
    void dialectChangesTheSql();
    void staleResultNeverWins();
    void savesAsSql();
    void copiesAll();
    void downgradeDroppingUsersIsCalledOut();
    void showsAPlan();
    void rowsCountedWhenConnected();
    void screenshots_data();
    void screenshots();

private:
    void setSample(ReviewPanel &panel) const { panel.setProject(m_directory, m_project->config, m_scope); }

    std::optional<TestSupport::Project> m_project;
    std::shared_ptr<const Migrations::ScriptDirectory> m_directory;
    std::shared_ptr<const Migrations::ProjectScope> m_scope;
    std::unique_ptr<ReviewPanel> m_panel;
};

void tst_ReviewPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_project = TestSupport::loadProject(sample, &error);
    QVERIFY2(m_project, qPrintable(error));
    m_directory = std::make_shared<const Migrations::ScriptDirectory>(m_project->directory);
    m_scope = std::make_shared<const Migrations::ProjectScope>(m_project->scope);
}

void tst_ReviewPanel::init()
{
    Studio::applyColorScheme(Studio::ColorScheme::Light);
    m_panel = std::make_unique<ReviewPanel>();
    m_panel->resize(600, 700);
    setSample(*m_panel);
    m_panel->show();
}

void tst_ReviewPanel::cleanup()
{
    m_panel.reset();
}

void tst_ReviewPanel::showsTheSqlOfARevision()
{
    ReviewPanel &panel = *m_panel;
    QVERIFY(!panel.isBusy()); // nothing asked yet
    panel.showRevision(u"477813475405"_s);
    QVERIFY(panel.isBusy()); // the work is on a worker: the call returned at once
    QVERIFY(waitForReview(panel));
    const QString upgrade = panel.upgradePage()->view()->toPlainText();
    QVERIFY2(upgrade.contains(u"ALTER TABLE audit_log ADD COLUMN request_ip VARCHAR(45);"_s),
             qPrintable(upgrade));
    QCOMPARE(upgrade, panel.review().upgrade.sql);
    QVERIFY(panel.downgradePage()->view()->toPlainText().contains(
        u"ALTER TABLE audit_log DROP COLUMN request_ip;"_s));
    QVERIFY(panel.upgradePage()->engineText().contains(u"native"_s));
    QVERIFY(panel.upgradePage()->errorText().isEmpty());
    // The schema tab shows the column that comes in.
    const QList<QTreeWidgetItem *> found
        = panel.schemaPage()->tree()->findItems(u"request_ip"_s, Qt::MatchRecursive | Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->text(3), u"VARCHAR(45)"_s);
}

void tst_ReviewPanel::dialectChangesTheSql()
{
    ReviewPanel &panel = *m_panel;
    panel.showRevision(u"f9f69d583261"_s);
    QVERIFY(waitForReview(panel));
    const QString sqlite = panel.upgradePage()->view()->toPlainText();
    QVERIFY(!sqlite.startsWith(u"BEGIN;"_s)); // SQLite's impl is not transactional
    QCOMPARE(panel.upgradePage()->view()->highlighter()->definition().name(), u"SQL"_s);

    QSignalSpy shown(&panel, &ReviewPanel::reviewShown);
    panel.setDialect(Dialect::PostgreSQL);
    QVERIFY(waitForReview(panel));
    QCOMPARE(shown.size(), 1);
    const QString postgresql = panel.upgradePage()->view()->toPlainText();
    QVERIFY(postgresql.startsWith(u"BEGIN;"_s));
    QVERIFY(postgresql.contains(u"TIMESTAMP WITH TIME ZONE"_s));
    QCOMPARE(panel.upgradePage()->view()->highlighter()->definition().name(), u"SQL (PostgreSQL)"_s);

    panel.setDialect(Dialect::MySQL);
    QVERIFY(waitForReview(panel));
    QVERIFY(panel.upgradePage()->view()->toPlainText().contains(u"DATETIME"_s));
    QVERIFY(panel.upgradePage()->view()->toPlainText() != sqlite);
}

// A then B at once: only B is ever shown, though A's review ran and ended first.
void tst_ReviewPanel::staleResultNeverWins()
{
    ReviewPanel &panel = *m_panel;
    QSignalSpy shown(&panel, &ReviewPanel::reviewShown);
    panel.showRevision(u"f9f69d583261"_s);
    panel.showRevision(u"3989d12410a0"_s);
    panel.setDialect(Dialect::PostgreSQL);
    panel.showRevision(u"87ae05677138"_s);
    QVERIFY(waitForReview(panel));
    QCOMPARE(shown.size(), 1);
    QVERIFY(panel.review().title.contains(u"87ae05677138"_s));
    QVERIFY(panel.upgradePage()->view()->toPlainText().contains(u"INSERT INTO users"_s));
    QVERIFY(panel.upgradePage()->view()->toPlainText().startsWith(u"BEGIN;"_s));
    // Nothing later arrives to overwrite it.
    QTest::qWait(200);
    QCOMPARE(shown.size(), 1);
}

void tst_ReviewPanel::savesAsSql()
{
    ReviewPanel &panel = *m_panel;
    panel.showRevision(u"3989d12410a0"_s);
    QVERIFY(waitForReview(panel));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"down.sql"_s);
    QString error;
    QVERIFY2(panel.saveSql(path, MigrationStep::Downgrade, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(file.readAll());
    QCOMPARE(saved, panel.review().downgrade.sql);
    QVERIFY(saved.contains(u"DROP TABLE refresh_tokens;"_s));
    // A folder that is not there: refused with a reason, nothing thrown.
    QVERIFY(!panel.saveSql(folder.filePath(u"missing/down.sql"_s), MigrationStep::Downgrade, &error));
    QVERIFY(!error.isEmpty());
}

void tst_ReviewPanel::copiesAll()
{
    ReviewPanel &panel = *m_panel;
    panel.showRevision(u"3989d12410a0"_s);
    QVERIFY(waitForReview(panel));
    panel.tabs()->setCurrentIndex(1);
    QCOMPARE(panel.currentDirection(), MigrationStep::Downgrade);
    panel.copyAll();
    QCOMPARE(QApplication::clipboard()->text(), panel.review().downgrade.sql);
    // Ctrl+C in the view copies the selection only.
    Studio::SqlView *view = panel.downgradePage()->view();
    view->selectAll();
    QTextCursor cursor = view->textCursor();
    cursor.setPosition(0);
    cursor.movePosition(QTextCursor::EndOfLine, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), cursor.selectedText());
}

// The sample's first revision: its downgrade drops users, which the warnings say.
void tst_ReviewPanel::downgradeDroppingUsersIsCalledOut()
{
    ReviewPanel &panel = *m_panel;
    panel.showRevision(u"f9f69d583261"_s);
    QVERIFY(waitForReview(panel));
    QTreeWidget *tree = panel.warningsPage()->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = tree->topLevelItem(0);
    QCOMPARE(item->text(0),
             Studio::ReviewWarningsPage::kindText(Migrations::DestructiveFinding::Kind::DropTable));
    QCOMPARE(item->text(1), u"users"_s);
    QCOMPARE(item->text(2), u"Downgrade"_s);
    QCOMPARE(item->text(3), u"not connected"_s);
    QVERIFY(!item->icon(0).isNull());
    QVERIFY(tree->isVisibleTo(&panel) || panel.tabs()->currentIndex() != 3);
    QCOMPARE(panel.tabs()->tabText(3), u"Warnings (1)"_s);
    // Said above the downgrade's SQL too, and not above the upgrade's.
    QVERIFY(panel.downgradePage()->findingsText().contains(u"users"_s));
    QVERIFY(panel.upgradePage()->findingsText().isEmpty());
}

// A whole plan from the database's head: its one direction, with the steps it runs.
void tst_ReviewPanel::showsAPlan()
{
    ReviewPanel &panel = *m_panel;
    panel.showPlan({Migrations::RunTarget::Upgrade, {u"heads"_s}, false}, {u"3989d12410a0"_s});
    QVERIFY(waitForReview(panel));
    QVERIFY(panel.review().title.startsWith(u"Plan: upgrade to heads from 3989d12410a0"_s));
    const QString sql = panel.upgradePage()->view()->toPlainText();
    QVERIFY(sql.contains(u"-- Running upgrade 3989d12410a0 -> 87ae05677138"_s));
    QVERIFY(sql.contains(u"CREATE TABLE audit_log"_s));
    QVERIFY(panel.downgradePage()->view()->toPlainText().isEmpty());
    QVERIFY(!panel.downgradePage()->errorText().isEmpty()); // it says why
}

// Connected to a SQLite database real Alembic migrated: the two seeded users are counted.
void tst_ReviewPanel::rowsCountedWhenConnected()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const std::optional<Migrations::ConnectionSettings> connection = migratedDatabase(work.path());
    QVERIFY(connection);
    ReviewPanel &panel = *m_panel;
    panel.setConnection(connection);
    QSignalSpy counted(&panel, &ReviewPanel::rowsCounted);
    panel.showRevision(u"f9f69d583261"_s);
    QVERIFY(waitForReview(panel));
    QVERIFY(QTest::qWaitFor([&] { return counted.size() == 1; }, QDeadlineTimer(30000)));
    QCOMPARE(panel.affectedRows().size(), 1);
    QCOMPARE(panel.affectedRows().first().rows, std::optional<qint64>(2));
    QCOMPARE(panel.warningsPage()->tree()->topLevelItem(0)->text(3), u"2 rows"_s);
    QVERIFY(panel.downgradePage()->findingsText().endsWith(u"(2 rows now)"_s));

    // Another connection: the review stands, only the rows are counted again.
    QSignalSpy shown(&panel, &ReviewPanel::reviewShown);
    panel.setConnection(std::nullopt);
    QVERIFY(!panel.isBusy());
    QCOMPARE(panel.warningsPage()->tree()->topLevelItem(0)->text(3), u"not connected"_s);
    QVERIFY(panel.downgradePage()->findingsText().endsWith(u"in it."_s));
    panel.setConnection(connection);
    QVERIFY(QTest::qWaitFor([&] { return counted.size() == 2; }, QDeadlineTimer(30000)));
    QCOMPARE(panel.warningsPage()->tree()->topLevelItem(0)->text(3), u"2 rows"_s);
    QCOMPARE(shown.size(), 0);
}

void tst_ReviewPanel::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << false;
    QTest::addRow("dark") << true;
}

// The panel as a user sees it, written next to the test for a person to judge: the
// revision whose downgrade drops users, its SQL for PostgreSQL, its rows counted on a
// SQLite database (the SQL is the review's dialect, the count the connection's), each tab.
void tst_ReviewPanel::screenshots()
{
    QFETCH(bool, dark);
    Studio::applyColorScheme(dark ? Studio::ColorScheme::Dark : Studio::ColorScheme::Light);
    ReviewPanel &panel = *m_panel;
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const std::optional<Migrations::ConnectionSettings> connection = migratedDatabase(work.path());
    QVERIFY(connection);
    panel.setConnection(connection);
    panel.setDialect(Dialect::PostgreSQL);
    QSignalSpy counted(&panel, &ReviewPanel::rowsCounted);
    panel.showRevision(u"f9f69d583261"_s);
    QVERIFY(waitForReview(panel));
    QVERIFY(QTest::qWaitFor([&] { return counted.size() == 1; }, QDeadlineTimer(30000)));
    const QString folder = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(folder));
    const char *const tabs[] = {"upgrade", "downgrade", "schema", "warnings"};
    for (int tab = 0; tab < 4; ++tab) {
        panel.tabs()->setCurrentIndex(tab);
        const QString path = u"%1/review-%2-%3.png"_s.arg(folder, QLatin1StringView(tabs[tab]),
                                                          dark ? "dark"_L1 : "light"_L1);
        QVERIFY(panel.grab().save(path));
        QVERIFY(QFileInfo(path).size() > 0);
    }
}

QTEST_MAIN(tst_ReviewPanel)
#include "tst_reviewpanel.moc"
