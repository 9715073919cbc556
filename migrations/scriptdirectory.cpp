#include "scriptdirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// Alembic's _only_source_rev_file, matched from the start as re.match does.
bool isRevisionFileName(const QString &name)
{
    return name.endsWith(".py"_L1) && !name.startsWith(".#"_L1) && !name.startsWith("__init__"_L1);
}

// Python's sorted() compares code points; UTF-16 order differs from it only past the
// Basic Multilingual Plane, which file names in version folders do not reach in practice.
QStringList sortedNames(QStringList names)
{
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

ScriptDirectory ScriptDirectory::load(const QStringList &versionLocations, bool explicitLocations, bool recursive)
{
    ScriptDirectory directory;
    QSet<QString> seen;
    for (const QString &location : versionLocations) {
        if (explicitLocations && !QFileInfo::exists(location))
            continue;
        directory.loadFolder(location, recursive, &seen);
    }
    directory.m_graph = RevisionGraph::build(directory.m_scripts);
    directory.m_warnings.append(directory.m_graph.warnings());
    return directory;
}

void ScriptDirectory::loadFolder(const QString &folder, bool recursive, QSet<QString> *seen)
{
    // os.walk(topdown=True): this folder's files first, then each sub-folder in turn.
    // Like os.walk it does not descend into linked folders, and skips __pycache__.
    if (folder.endsWith("__pycache__"_L1))
        return;
    const QDir dir(folder);
    const QStringList files = sortedNames(dir.entryList(QDir::Files | QDir::Hidden | QDir::System));
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        const QString realPath = QFileInfo(path).canonicalFilePath();
        const QString key = realPath.isEmpty() ? path : realPath;
        if (seen->contains(key)) {
            m_warnings.append({key, 0, u"File %1 loaded twice! ignoring. Please ensure version_locations is unique."_s.arg(key)});
            continue;
        }
        seen->insert(key);
        if (isRevisionFileName(name))
            loadFile(key);
    }
    if (!recursive)
        return;
    const QStringList folders = sortedNames(dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden));
    for (const QString &name : folders) {
        const QFileInfo info(dir.filePath(name));
        if (!info.isSymLink())
            loadFolder(info.filePath(), true, seen);
    }
}

void ScriptDirectory::loadFile(const QString &path)
{
    Diagnostic diagnostic;
    std::optional<RevisionScript> script = readRevisionScript(path, &diagnostic);
    if (!script) {
        m_diagnostics.append(diagnostic);
        return;
    }
    m_scripts.append(*script);
}

} // namespace Migrations
