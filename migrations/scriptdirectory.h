#pragma once

#include "diagnostic.h"
#include "revisiongraph.h"
#include "revisionscript.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Migrations {

// The revision scripts of a project and their graph, loaded as Alembic's
// ScriptDirectory._load_revisions loads them: version locations in order (those that do
// not exist skipped), `*.py` files sorted by name in each folder, sub-folders in name order
// when recursive, a file reached twice (through links) read once.
// Whether the scripts keep their files' text (RevisionScript::source): only commands that
// go on to read the bodies want it, and a big project's text is megabytes.
enum class ScriptSources : bool { Drop, Keep };

class ScriptDirectory
{
public:
    // `versionLocations` are absolute folders; `explicitLocations` says they came from the
    // `version_locations` option (missing ones are then skipped silently, as in Alembic).
    static ScriptDirectory load(const QStringList &versionLocations, bool explicitLocations, bool recursive,
                                ScriptSources sources = ScriptSources::Drop);

    const QList<RevisionScript> &scripts() const { return m_scripts; }
    const RevisionGraph &graph() const { return m_graph; }
    // Files that could not be read: each names the file, the line and why. Alembic would
    // stop at the first; the GUI shows them all, the CLI fails on any.
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    // Things Alembic only warns about (a file loaded twice, an id present twice).
    const QList<Diagnostic> &warnings() const { return m_warnings; }

    const RevisionScript &script(int revisionIndex) const
    {
        return m_scripts[m_graph.revisions()[revisionIndex].script];
    }

private:
    // Lists the revision files of a folder in Alembic's order into *paths.
    void listFolder(const QString &folder, bool recursive, QSet<QString> *seen, QStringList *paths);

    QList<RevisionScript> m_scripts;
    RevisionGraph m_graph;
    QList<Diagnostic> m_diagnostics;
    QList<Diagnostic> m_warnings;
};

} // namespace Migrations
