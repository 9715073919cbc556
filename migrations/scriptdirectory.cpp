#include "scriptdirectory.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentMap>
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

ScriptDirectory ScriptDirectory::load(const QStringList &versionLocations, bool explicitLocations, bool recursive,
                                      ScriptSources sources)
{
    ScriptDirectory directory;
    QSet<QString> seen;
    QStringList paths;
    for (const QString &location : versionLocations) {
        if (explicitLocations && !QFileInfo::exists(location))
            continue;
        directory.listFolder(location, recursive, &seen, &paths);
    }

    // Reading scripts is most of loading and each file stands alone, so they are read on
    // every core; the results are taken in listing order, which is what the graph needs.
    struct Read
    {
        std::optional<RevisionScript> script;
        Diagnostic diagnostic;
    };
    const bool keepSources = sources == ScriptSources::Keep;
    const QList<Read> reads = QtConcurrent::blockingMapped(paths, [keepSources](const QString &path) {
        Read read;
        read.script = readRevisionScript(path, &read.diagnostic, keepSources);
        return read;
    });
    directory.m_scripts.reserve(reads.size());
    for (const Read &read : reads) {
        if (read.script)
            directory.m_scripts.append(*read.script);
        else
            directory.m_diagnostics.append(read.diagnostic);
    }
    directory.m_graph = RevisionGraph::build(directory.m_scripts);
    directory.m_warnings.append(directory.m_graph.warnings());
    return directory;
}

void ScriptDirectory::listFolder(const QString &folder, bool recursive, QSet<QString> *seen, QStringList *paths)
{
    // os.walk(topdown=True): this folder's files first, then each sub-folder in turn.
    // Like os.walk it does not descend into linked folders, and skips __pycache__.
    if (folder.endsWith("__pycache__"_L1))
        return;
    const QDir dir(folder);
    // Unsorted, as the names are sorted below: QDir's own name sort builds a QFileInfo per
    // entry and compares them as QDir does, which cost more than the rest of the listing.
    // The infos come with what the directory listing said about each entry (a link or not)
    // without another call to the file system.
    struct Entry
    {
        QString name;
        bool isSymLink = false;
    };
    QList<Entry> files;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Unsorted))
        files.append({info.fileName(), info.isSymLink()});
    // In code-unit order, as sortedNames() sorts.
    std::sort(files.begin(), files.end(), [](const Entry &a, const Entry &b) { return a.name < b.name; });
    // Alembic keys each file by os.path.realpath. Through a folder resolved once, a file
    // that is not itself a link resolves to that folder and its own name; only links (and
    // a folder that cannot be resolved) are resolved file by file.
    QString realFolder = QFileInfo(folder).canonicalFilePath();
    if (!realFolder.isEmpty() && !realFolder.endsWith(u'/'))
        realFolder += u'/';
    seen->reserve(seen->size() + files.size()); // one table for the folder, not a rehash per doubling
    for (const Entry &file : std::as_const(files)) {
        const QString &name = file.name;
        QString key;
        if (!realFolder.isEmpty() && !file.isSymLink) {
            key = realFolder + name;
        } else {
            const QString path = dir.filePath(name);
            const QString realPath = QFileInfo(path).canonicalFilePath();
            key = realPath.isEmpty() ? path : realPath;
        }
        if (seen->contains(key)) {
            m_warnings.append({key, 0, u"File %1 loaded twice! ignoring. Please ensure version_locations is unique."_s.arg(key)});
            continue;
        }
        seen->insert(key);
        if (isRevisionFileName(name))
            paths->append(key);
    }
    if (!recursive)
        return;
    const QStringList folders = sortedNames(dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden));
    for (const QString &name : folders) {
        const QFileInfo info(dir.filePath(name));
        if (!info.isSymLink())
            listFolder(info.filePath(), true, seen, paths);
    }
}

} // namespace Migrations
