#pragma once

#include "problemsmodel.h"

#include <migrations/connection.h>
#include <migrations/dialect.h>
#include <migrations/projectload.h>

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QTreeView;

namespace Studio {

// The problems list: every diagnostic of the project (its configuration, unreadable
// scripts, a graph Alembic refuses, several heads, steps only Python can run when no
// interpreter is set), each row leading to its file and line or its revision.
class ProblemsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    // Checks the project: at once for what its loading found, on a worker for which steps
    // only Python can run (that reads every script's body) — unless `pythonInterpreter`.
    void setProject(std::shared_ptr<const Migrations::LoadedProject> project, Migrations::Dialect dialect,
                    bool pythonInterpreter);
    // Compares the database with the schema model at the revision(s) it holds (check-drift),
    // on a worker with a connection of its own; each difference is a problem. Null: no
    // database, no drift problems.
    void checkDrift(const std::optional<Migrations::ConnectionSettings> &database);
    // The project's configuration cannot be read: the one problem that stops everything.
    void setLoadFailure(const Migrations::Diagnostic &error);

    ProblemsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Either check (steps needing Python, drift) is still going.
    bool isChecking() const { return m_busy || m_driftBusy; }

Q_SIGNALS:
    void fileActivated(const QString &file, int line);
    void revisionActivated(const QString &revision);
    // The counts changed (for the dock's title and the status bar).
    void countsChanged(int errors, int warnings);

private:
    void startEngineCheck();
    void startDriftCheck();
    void finishDriftCheck();
    void finishEngineCheck();
    void updateSummary();

    ProblemsModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    std::shared_ptr<const Migrations::LoadedProject> m_project;
    Migrations::Dialect m_dialect = Migrations::Dialect::SQLite;
    bool m_checkAgain = false;
    bool m_busy = false;
    QFutureWatcher<QList<Migrations::Diagnostic>> m_checking;
    std::optional<Migrations::ConnectionSettings> m_database;
    bool m_driftAgain = false;
    bool m_driftBusy = false;
    QFutureWatcher<QList<Problem>> m_drifting;
};

} // namespace Studio
