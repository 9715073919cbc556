#include "projectsession.h"

#include "workerpool.h"

#include <migrations/scriptdirectory.h>

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

// inotify allows a limited number of watches per user, shared with every other program:
// past this many scripts only the folders are watched (which sees files added, removed
// and replaced by a rename, as git and most editors save, but not edits in place).
constexpr qsizetype maximumWatchedScripts = 2000;

} // namespace

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(250);
    connect(&m_settle, &QTimer::timeout, this, &ProjectSession::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_loading, &QFutureWatcher<Load>::finished, this, &ProjectSession::finishLoad);
}

ProjectSession::~ProjectSession()
{
    // The load reads files only; it cannot be interrupted, but it must end before its
    // watcher does.
    m_loading.waitForFinished();
}

void ProjectSession::open(const QString &path)
{
    m_path = path;
    m_sameProject = false;
    startLoad();
}

void ProjectSession::reload()
{
    if (m_path.isEmpty())
        return;
    m_sameProject = m_project != nullptr;
    startLoad();
}

void ProjectSession::startLoad()
{
    if (m_loading.isRunning()) {
        m_loadAgain = true; // what is being read may already be out of date
        return;
    }
    m_loadAgain = false;
    m_busy = true;
    m_loading.setFuture(QtConcurrent::run(workerPool(), [path = m_path]() -> Load {
        Load load;
        const std::optional<Migrations::ProjectConfigSource> source
            = Migrations::projectSourceForPath(path, &load.error);
        if (!source)
            return load;
        if (std::optional<Migrations::LoadedProject> project = Migrations::loadProject(*source, &load.error))
            load.project = std::make_shared<const Migrations::LoadedProject>(std::move(*project));
        return load;
    }));
}

void ProjectSession::finishLoad()
{
    const Load load = m_loading.result();
    if (m_loadAgain) {
        startLoad();
        return;
    }
    m_busy = false;
    if (!load.project) {
        Q_EMIT loadFailed(load.error);
        return;
    }
    m_project = load.project;
    watch(*m_project);
    Q_EMIT loaded(m_sameProject);
}

void ProjectSession::watch(const Migrations::LoadedProject &project)
{
    if (const QStringList watched = m_watcher.files() + m_watcher.directories(); !watched.isEmpty())
        m_watcher.removePaths(watched);
    QStringList paths;
    for (const QString &file : {project.config.iniPath, project.config.pyprojectPath, project.source.pyprojectPath}) {
        if (!file.isEmpty() && QFileInfo::exists(file))
            paths.append(file);
    }
    // The script folder holds script.py.mako and env.py, which the dialogs and the engines read.
    paths.append(project.config.scriptDirectory);
    for (const QString &folder : project.config.versionDirectories) {
        if (QFileInfo(folder).isDir())
            paths.append(folder);
    }
    const QList<Migrations::RevisionScript> &scripts = project.directory->scripts();
    if (scripts.size() <= maximumWatchedScripts) {
        for (const Migrations::RevisionScript &script : scripts)
            paths.append(script.path);
    }
    for (const Migrations::Diagnostic &diagnostic : project.directory->diagnostics())
        paths.append(diagnostic.file);
    paths.removeDuplicates();
    paths.removeIf([](const QString &path) { return path.isEmpty() || !QFileInfo::exists(path); });
    if (!paths.isEmpty())
        m_watcher.addPaths(paths);
}

} // namespace Studio
