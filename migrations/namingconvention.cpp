#include "namingconvention.h"

#include "projectconfig.h"
#include "textfile.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// "file:line" of the first `naming_convention` in the text, or empty.
QString findIn(const QString &path, const QString &text)
{
    const qsizetype at = text.indexOf("naming_convention"_L1);
    if (at < 0)
        return {};
    return u"%1:%2"_s.arg(path).arg(QStringView(text).first(at).count(u'\n') + 1);
}

// Folders no project keeps its own models in: virtual environments, caches, tools.
bool skipped(const QString &name)
{
    static const QStringList names = {u"site-packages"_s, u"node_modules"_s, u"__pycache__"_s, u"venv"_s,
                                      u"env"_s, u"build"_s, u"dist"_s};
    return name.startsWith(u'.') || names.contains(name);
}

// The first `naming_convention` in the .py files under root, leaving out the migration
// scripts themselves (a revision defines no metadata, and may well mention one).
QString searchFolder(const QString &root, const QStringList &versionDirectories)
{
    QStringList folders = {root};
    while (!folders.isEmpty()) {
        const QDir folder(folders.takeFirst());
        for (const QFileInfo &entry : folder.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot,
                                                           QDir::Name)) {
            if (entry.isDir()) {
                if (!skipped(entry.fileName()) && !entry.isSymLink()
                    && !versionDirectories.contains(QDir::cleanPath(entry.absoluteFilePath())))
                    folders.append(entry.filePath());
            } else if (entry.suffix() == "py"_L1) {
                QString error;
                if (const std::optional<TextFile> file = readTextFile(entry.filePath(), &error)) {
                    if (QString found = findIn(entry.filePath(), file->text); !found.isEmpty())
                        return found;
                }
            }
        }
    }
    return {};
}

} // namespace

QString namingConventionSource(const ProjectConfig &config)
{
    const QString envPath = QDir(config.scriptDirectory).filePath(u"env.py"_s);
    QString error;
    const std::optional<TextFile> env = readTextFile(envPath, &error);
    if (!env)
        return {};
    // The stock env.py's `target_metadata = None`, at module level: no convention but the
    // default one, which this engine applies.
    static const QRegularExpression assignment(u"^target_metadata\\s*(?::[^=]*)?=\\s*(.*?)\\s*(?:#.*)?$"_s,
                                               QRegularExpression::MultilineOption);
    QString value;
    for (auto match = assignment.globalMatch(env->text); match.hasNext();)
        value = match.next().captured(1);
    if (value.isEmpty() || value == "None"_L1)
        return {};
    if (QString found = findIn(envPath, env->text); !found.isEmpty())
        return found;
    QStringList versions;
    for (const QString &directory : config.versionDirectories)
        versions.append(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()));
    for (const QString &folder : config.pythonPath) {
        if (QString found = searchFolder(folder, versions); !found.isEmpty())
            return found;
    }
    return {};
}

} // namespace Migrations
