#pragma once

#include <migrations/connection.h>
#include <migrations/destructivechange.h>
#include <migrations/dialect.h>
#include <migrations/projectconfig.h>
#include <migrations/revisionreview.h>
#include <migrations/runplan.h>

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Migrations {
class ScriptDirectory;
struct ProjectScope;
} // namespace Migrations

namespace Studio {

class ReviewSqlPage;
class ReviewSchemaPage;
class ReviewWarningsPage;

// What a reviewer reads before a migration runs, for the selected revision or a whole plan:
// its upgrade and downgrade SQL for the connection's dialect, which engine runs each step,
// the schema before and after, and the steps that can destroy data — with, when connected,
// how many rows each touches. Copy and "Save as .sql".
//
// All of it is worked out on a worker thread: the panel shows that it is busy and never
// blocks. Only the latest request is ever shown; one still running when another comes is
// left to finish and its result dropped (a generation counter tells them apart).
class ReviewPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    ~ReviewPanel() override;

    void setProject(std::shared_ptr<const Migrations::ScriptDirectory> directory,
                    const Migrations::ProjectConfig &config,
                    std::shared_ptr<const Migrations::ProjectScope> scope);
    // The connection's dialect, or sqlalchemy.url's when there is none.
    void setDialect(Migrations::Dialect dialect);
    // For row counts, opened on a worker; none: no counts.
    void setConnection(const std::optional<Migrations::ConnectionSettings> &connection);
    // The interpreter whose Alembic renders what the native engine cannot; empty: none.
    void setPythonInterpreter(const QString &path);

    void showRevision(const QString &revisionId);
    void showPlan(const Migrations::RunTarget &target, const QStringList &currentHeads);
    void clear();

    // What is shown, for the main window and for tests.
    bool isBusy() const;
    bool isCountingRows() const { return m_countingGeneration == m_generation && m_countingGeneration != 0; }
    const Migrations::RevisionReview &review() const { return m_review; }
    const QList<Migrations::AffectedRows> &affectedRows() const { return m_rows; }
    Migrations::Dialect dialect() const { return m_dialect; }
    QString sql(Migrations::MigrationStep::Kind direction) const;
    // The direction of the SQL tab shown (Upgrade when another tab is).
    Migrations::MigrationStep::Kind currentDirection() const;

    // The pages, for the main window's actions and for tests.
    QTabWidget *tabs() const { return m_tabs; }
    ReviewSqlPage *upgradePage() const { return m_upgradePage; }
    ReviewSqlPage *downgradePage() const { return m_downgradePage; }
    ReviewSchemaPage *schemaPage() const { return m_schemaPage; }
    ReviewWarningsPage *warningsPage() const { return m_warningsPage; }

    // Writes the SQL of `direction` with QSaveFile; false with *errorString on failure.
    bool saveSql(const QString &path, Migrations::MigrationStep::Kind direction, QString *errorString) const;
    // The current tab's text to the clipboard: its SQL, or the findings as lines.
    void copyAll() const;
    void saveSqlAs();

Q_SIGNALS:
    void reviewShown();
    void rowsCounted();
    // A finding or a step was activated: the script and line to open.
    void openScriptRequested(const QString &path, int line);

private:
    struct Request
    {
        bool plan = false;
        QString revision;
        Migrations::RunTarget target;
        QStringList heads;
    };

    void refresh();
    void startReview();
    void reviewDone(quint64 generation, const Migrations::RevisionReview &review);
    void startRowCount();
    void rowsDone(quint64 generation, const QList<Migrations::AffectedRows> &rows, const QString &error);
    void showDirectionFindings();
    void showBusy(const QString &what);
    void updateButtons();

    std::shared_ptr<const Migrations::ScriptDirectory> m_directory;
    Migrations::ProjectConfig m_config;
    std::shared_ptr<const Migrations::ProjectScope> m_scope;
    Migrations::Dialect m_dialect = Migrations::Dialect::SQLite;
    std::optional<Migrations::ConnectionSettings> m_connection;
    QString m_python;
    std::optional<Request> m_request;

    // Each request gets the next generation; a result of an older one is dropped.
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0;  // the review on the worker, 0: none
    quint64 m_countingGeneration = 0; // the row count on the worker, 0: none
    bool m_pending = false;           // a newer request waits for the running one to end

    Migrations::RevisionReview m_review;
    QList<Migrations::AffectedRows> m_rows;

    QLabel *m_title;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    QTabWidget *m_tabs;
    ReviewSqlPage *m_upgradePage;
    ReviewSqlPage *m_downgradePage;
    ReviewSchemaPage *m_schemaPage;
    ReviewWarningsPage *m_warningsPage;
    QPushButton *m_copyButton;
    QPushButton *m_saveButton;
};

} // namespace Studio
