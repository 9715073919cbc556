// The main window's connection: the profile chosen in the toolbar (or remembered for the
// project, or made for it), its password found, and the database it names put to work.

#include "mainwindow.h"

#include "connectionchooser.h"
#include "connectionprofile.h"
#include "connectionresolver.h"
#include "connectionsdialog.h"
#include "passwordstore.h"
#include "projectsession.h"
#include "reviewpanel.h"
#include "sampleproject.h"

#include <migrations/projectscope.h>
#include <migrations/scriptdirectory.h>

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

bool isSampleProject(const QString &path)
{
    const QString sample = QFileInfo(sampleProjectFolder()).canonicalFilePath();
    const QString opened = QFileInfo(path).canonicalFilePath();
    return !sample.isEmpty() && (opened == sample || opened.startsWith(sample + u'/'));
}

} // namespace

void MainWindow::createConnectionChooser()
{
    m_chooser = new ConnectionChooser(m_profiles, this);
    m_chooser->setToolTip(tr("The database the graph, the review and the runs are about"));
    m_chooser->setMinimumContentsLength(18);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_chooser, &ConnectionChooser::profileChanged, this, &MainWindow::useProfile);
    connect(m_chooser, &ConnectionChooser::manageConnectionsRequested, this, &MainWindow::showConnectionsDialog);
}

void MainWindow::showConnectionsDialog()
{
    ConnectionsDialog dialog(m_profiles, m_passwords, this);
    if (const auto project = m_session->project())
        dialog.setWorkingDirectory(project->source.baseDirectory);
    dialog.selectProfile(m_chooser->currentProfileId());
    dialog.exec();
    // The profile in use may have been edited (its URL, its flag): take it again.
    useProfile(m_chooser->currentProfileId());
}

void MainWindow::chooseConnectionForProject()
{
    const auto project = m_session->project();
    QString id = m_profiles->lastProfileFor(m_session->path());
    if (!m_profiles->findById(id))
        id.clear();
    if (const QString preferred = std::exchange(m_preferredConnection, QString()); !preferred.isEmpty()) {
        if (const auto profile = m_profiles->findByName(preferred))
            id = profile->id;
        else
            statusBar()->showMessage(tr("There is no connection named \"%1\".").arg(preferred), 10000);
    }
    if (id.isEmpty() && isSampleProject(m_session->path()))
        id = m_profiles->ensureSampleProjectProfile();
    if (id.isEmpty() && project->config.sqlalchemyUrl) {
        // The project's own database, as its alembic.ini names it: made a profile so the
        // user can find it in the chooser, rename or protect it. Its password, if the URL
        // has one, stays in memory for this session only.
        QString error;
        const QString url = *project->config.sqlalchemyUrl;
        const auto bare = Migrations::urlWithoutPassword(url, &error);
        const auto parts = Migrations::urlParts(url, &error);
        if (bare && parts && Migrations::connectionSettingsFromUrl(url, project->source.baseDirectory, &error)) {
            const QString name
                = m_profiles->uniqueName(tr("%1 (alembic.ini)").arg(QFileInfo(project->source.baseDirectory).fileName()));
            id = m_profiles->add(ConnectionProfile::create(name, *bare));
            if (parts->password)
                m_passwords->write(id, *parts->password, PasswordStore::Persistence::Session);
        } else {
            statusBar()->showMessage(tr("The project's sqlalchemy.url cannot be used: %1").arg(error), 8000);
        }
    }
    if (!id.isEmpty())
        m_profiles->setLastProfileFor(m_session->path(), id);
    m_chooser->setCurrentProfileId(id);
    useProfile(id);
}

void MainWindow::useConnectionProfile(const QString &id)
{
    m_chooser->setCurrentProfileId(id);
    useProfile(id);
}

void MainWindow::useProfile(const QString &id)
{
    const std::optional<ConnectionProfile> profile = m_profiles->findById(id);
    const auto project = m_session->project();
    if (!profile || !project) {
        setConnection(std::nullopt);
        return;
    }
    m_profiles->setLastProfileFor(m_session->path(), id);
    m_resolver->resolve(*profile, project->source.baseDirectory, this,
                        [this, id](std::optional<ResolvedConnection> resolved, const QString &error) {
                            // The user may have picked another profile while this one resolved.
                            if (m_chooser->currentProfileId() != id)
                                return;
                            if (!resolved) {
                                setConnection(std::nullopt);
                                if (!error.isEmpty())
                                    statusBar()->showMessage(error, 8000);
                                return;
                            }
                            setConnection(*resolved);
                        });
}

void MainWindow::updateReviewProject()
{
    const auto project = m_session->project();
    if (!project || !project->scope) {
        m_review->clear();
        return;
    }
    m_review->setProject(project->directory, project->config, project->scope);
    updateReviewConnection();
}

void MainWindow::updateReviewConnection()
{
    // Without a connection the SQL is the dialect sqlalchemy.url names, else SQLite's.
    Migrations::Dialect dialect = Migrations::Dialect::SQLite;
    const auto project = m_session->project();
    if (m_connection) {
        dialect = m_connection->settings.dialect;
    } else if (project && project->config.sqlalchemyUrl) {
        QString ignored;
        if (const auto settings = Migrations::connectionSettingsFromUrl(*project->config.sqlalchemyUrl,
                                                                        project->source.baseDirectory, &ignored))
            dialect = settings->dialect;
    }
    m_review->setDialect(dialect);
    m_review->setPythonInterpreter(m_connection ? m_connection->pythonInterpreter : QString());
    m_review->setConnection(m_connection ? std::optional(m_connection->settings) : std::nullopt);
}

} // namespace Studio
