// The problems list: what loading the project found, several heads, steps only Python can
// run — each row leading to its file and line or its revision.

#include "projectcopy.h"

#include <migrations/projectload.h>
#include <ui/problemspanel.h>

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;


class TestProblemsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleHasNone();
    void findsEveryKind();
    void interpreterSilencesEngineWarnings();
    void activationLeadsThere();
    void driftIsListed();
};

void TestProblemsPanel::sampleHasNone()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    Studio::ProblemsPanel panel;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setProject(TestSupport::loadedProject(copy.path()), Migrations::Dialect::SQLite, false);
    QVERIFY(QTest::qWaitFor([&] { return !panel.isChecking(); }, QDeadlineTimer(20000)));
    QCOMPARE(panel.model()->rowCount(), 0);
}

void TestProblemsPanel::findsEveryKind()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    // A second head, whose upgrade only Python can run (a loop over the connection).
    copy.writeRevision(u"0a1b2c3d4e5f"_s, u"f9f69d583261"_s,
                       u"for row in op.get_bind().execute(sa.text(\"SELECT 1\")):\n    pass"_s);
    // A script whose header cannot be read.
    QFile broken(copy.filePath(u"versions/broken.py"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("revision = make_id()\ndown_revision = None\n");
    broken.close();

    Studio::ProblemsPanel panel;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setProject(TestSupport::loadedProject(copy.path()), Migrations::Dialect::PostgreSQL, false);
    QVERIFY(QTest::qWaitFor([&] { return !panel.isChecking(); }, QDeadlineTimer(20000)));

    const QList<Studio::Problem> &problems = panel.model()->problems();
    const auto count = [&](Studio::Problem::Source source) {
        return std::count_if(problems.cbegin(), problems.cend(),
                             [source](const Studio::Problem &p) { return p.source == source; });
    };
    QCOMPARE(count(Studio::Problem::Script), 1);
    QCOMPARE(count(Studio::Problem::Heads), 2);
    QCOMPARE(count(Studio::Problem::Engine), 1);
    // Errors come first.
    QCOMPARE(problems.first().severity, Studio::Problem::Error);
    QCOMPARE(problems.first().file, copy.filePath(u"versions/broken.py"_s));
    QCOMPARE(problems.first().line, 1);
    for (const Studio::Problem &problem : problems) {
        if (problem.source == Studio::Problem::Engine) {
            QCOMPARE(problem.file, copy.filePath(u"versions/0a1b2c3d4e5f_test.py"_s));
            QCOMPARE(problem.line, 15);
            QVERIFY(problem.message.startsWith(u"Needs Python"_s));
        }
        if (problem.source == Studio::Problem::Heads)
            QVERIFY(problem.revision == u"0a1b2c3d4e5f"_s || problem.revision == u"d1ae55532612"_s);
    }
    QCOMPARE(panel.model()->count(Studio::Problem::Warning), 3);
}

void TestProblemsPanel::interpreterSilencesEngineWarnings()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    copy.writeRevision(u"0a1b2c3d4e5f"_s, u"d1ae55532612"_s,
                       u"for row in op.get_bind().execute(sa.text(\"SELECT 1\")):\n    pass"_s);
    Studio::ProblemsPanel panel;
    panel.setProject(TestSupport::loadedProject(copy.path()), Migrations::Dialect::SQLite, true);
    QVERIFY(QTest::qWaitFor([&] { return !panel.isChecking(); }, QDeadlineTimer(20000)));
    QCOMPARE(panel.model()->rowCount(), 0);
}

void TestProblemsPanel::activationLeadsThere()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    copy.writeRevision(u"0a1b2c3d4e5f"_s, u"f9f69d583261"_s, u"pass"_s);
    QFile broken(copy.filePath(u"versions/broken.py"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("x = 1\n");
    broken.close();
    Studio::ProblemsPanel panel;
    QSignalSpy files(&panel, &Studio::ProblemsPanel::fileActivated);
    QSignalSpy revisions(&panel, &Studio::ProblemsPanel::revisionActivated);
    panel.setProject(TestSupport::loadedProject(copy.path()), Migrations::Dialect::SQLite, false);
    QVERIFY(QTest::qWaitFor([&] { return !panel.isChecking(); }, QDeadlineTimer(20000)));
    QTreeView *view = panel.view();
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        Q_EMIT view->activated(panel.model()->index(row, 0));
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().first().toString(), copy.filePath(u"versions/broken.py"_s));
    QCOMPARE(revisions.size(), 2);
}

void TestProblemsPanel::driftIsListed()
{
    const TestSupport::ProjectCopy copy(QStringLiteral(SAMPLE_DIR));
    const auto project = TestSupport::loadedProject(copy.path());
    QString error;
    const auto settings = Migrations::connectionSettingsFromUrl(u"sqlite:///"_s + copy.filePath(u"drift.db"_s),
                                                                copy.path(), &error);
    QVERIFY(settings);
    // The database at the first revision, as Alembic leaves it, plus a table by hand.
    {
        const auto connection = Migrations::DatabaseConnection::open(*settings, &error);
        QVERIFY2(connection, qPrintable(error));
        QSqlQuery query(connection->database());
        for (const QString &statement :
             {u"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
              "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"_s,
              u"INSERT INTO alembic_version (version_num) VALUES ('f9f69d583261')"_s,
              u"CREATE TABLE made_by_hand (id INTEGER)"_s})
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    }
    Studio::ProblemsPanel panel;
    panel.setProject(project, Migrations::Dialect::SQLite, false);
    panel.checkDrift(*settings);
    QVERIFY(QTest::qWaitFor([&] { return !panel.isChecking(); }, QDeadlineTimer(20000)));
    QStringList drift;
    for (const Studio::Problem &problem : panel.model()->problems()) {
        if (problem.source == Studio::Problem::Drift) {
            drift.append(problem.message);
            QCOMPARE(problem.revision, u"f9f69d583261"_s);
        }
    }
    // The users table the first revision makes is missing, and made_by_hand is extra.
    QVERIFY2(drift.size() >= 2, qPrintable(drift.join(u'\n')));
    QVERIFY(drift.join(u'\n').contains(u"made_by_hand"_s));
    QVERIFY(drift.join(u'\n').contains(u"users"_s));
    // No database: no drift problems.
    panel.checkDrift(std::nullopt);
    for (const Studio::Problem &problem : panel.model()->problems())
        QVERIFY(problem.source != Studio::Problem::Drift);
}

QTEST_MAIN(TestProblemsPanel)
#include "tst_problemspanel.moc"
