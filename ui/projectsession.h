#pragma once

#include <migrations/diagnostic.h>
#include <migrations/projectload.h>

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Studio {

// The project the window shows: loaded on a worker (reading thousands of script headers
// must not freeze the window), and loaded again by itself when its files change on disk —
// a `git checkout`, a revision written by `alembic revision`, an edit saved elsewhere.
// Until a new load is done the previous project stays in place, so views never see a
// half-read project.
class ProjectSession final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    // Opens the project at `path`: an alembic.ini, a pyproject.toml or their folder.
    // loaded() or loadFailed() follows.
    void open(const QString &path);
    // Reads the same project again (what the file watcher does, a little later).
    void reload();

    // The last project loaded (null before the first load). Shared: a worker that plans a
    // run keeps the version it started with while the session moves on.
    std::shared_ptr<const Migrations::LoadedProject> project() const { return m_project; }
    // What the user opened, as given to open().
    QString path() const { return m_path; }
    // Until loaded() or loadFailed() is emitted, not only while the worker reads.
    bool isLoading() const { return m_busy; }

Q_SIGNALS:
    // project() is the newly read one; `reloaded` when it is the same project read again.
    void loaded(bool reloaded);
    // The project at path() could not be read (its configuration is broken): the previous
    // one, if any, stays.
    void loadFailed(const Migrations::Diagnostic &error);

private:
    struct Load
    {
        std::shared_ptr<const Migrations::LoadedProject> project;
        Migrations::Diagnostic error;
    };
    void startLoad();
    void finishLoad();
    void watch(const Migrations::LoadedProject &project);

    QString m_path;
    bool m_sameProject = false;
    bool m_loadAgain = false; // files changed while a load was running
    bool m_busy = false;
    std::shared_ptr<const Migrations::LoadedProject> m_project;
    QFutureWatcher<Load> m_loading;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // editors and git write several files at once: load once they are done
};

} // namespace Studio
