#pragma once

// A writable copy of an Alembic project for a GUI test, in a temporary folder of its own,
// and revision scripts written into it by hand.

#include <migrations/projectload.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

using namespace Qt::StringLiterals;

// The project at `path` (its alembic.ini, pyproject.toml or folder) read as the window
// reads it; null when it cannot be read.
inline std::shared_ptr<const Migrations::LoadedProject> loadedProject(const QString &path)
{
    Migrations::Diagnostic error;
    const auto source = Migrations::projectSourceForPath(path, &error);
    auto project = source ? Migrations::loadProject(*source, &error) : std::nullopt;
    return project ? std::make_shared<const Migrations::LoadedProject>(std::move(*project)) : nullptr;
}

// Only its scripts and graph; the test stops when the project cannot be read.
inline std::shared_ptr<const Migrations::ScriptDirectory> loadedDirectory(const QString &path)
{
    const auto project = loadedProject(path);
    if (!project)
        qFatal("cannot read the project %s", qPrintable(path));
    return project->directory;
}

class ProjectCopy
{
public:
    // Copies every file of `source` except Python's caches.
    explicit ProjectCopy(const QString &source)
    {
        QDirIterator files(source, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            if (file.contains(u"__pycache__"_s))
                continue;
            const QString destination = m_folder.filePath(QDir(source).relativeFilePath(file));
            QDir().mkpath(QFileInfo(destination).absolutePath());
            m_copied = QFile::copy(file, destination) && m_copied;
        }
    }

    bool isValid() const { return m_folder.isValid() && m_copied; }
    QString path() const { return m_folder.path(); }
    QString filePath(const QString &relative) const { return m_folder.filePath(relative); }

    // Writes versions/<id>_<slug>.py with `body` as upgrade()'s body (indented here).
    QString writeRevision(const QString &id, const QString &downRevision, const QString &upgradeBody,
                          const QString &downgradeBody = u"pass"_s) const
    {
        const QString path = m_folder.filePath(u"versions/%1_test.py"_s.arg(id));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        const QString indented = u"    "_s + QString(upgradeBody).replace(u"\n"_s, u"\n    "_s);
        const QString down = u"    "_s + QString(downgradeBody).replace(u"\n"_s, u"\n    "_s);
        const QString text = u"\"\"\"test revision %1\n\nRevision ID: %1\n\"\"\"\nfrom alembic import op\n"
                             "import sqlalchemy as sa\n\nrevision = '%1'\ndown_revision = %2\n"
                             "branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n%3\n\n\n"
                             "def downgrade():\n%4\n"_s
                                 .arg(id, downRevision.isEmpty() ? u"None"_s : u"'%1'"_s.arg(downRevision),
                                      indented, down);
        file.write(text.toUtf8());
        return path;
    }

private:
    QTemporaryDir m_folder;
    bool m_copied = true;
};

} // namespace TestSupport
