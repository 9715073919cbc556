#pragma once

#include "diagnostic.h"
#include "projectconfig.h"

#include <QString>

#include <memory>
#include <optional>

namespace Migrations {

class ScriptDirectory;
struct ProjectScope;

// Where the configuration of the project at `path` comes from, as a user names a project:
// its ini file (any name), its pyproject.toml, or the folder holding either. The ini file
// wins in a folder that has both, and pyproject.toml beside a chosen ini is read with it
// (Alembic 1.16 reads both, the ini's options first). Relative paths start at the folder.
// Null with *error naming the path when it is none of these.
std::optional<ProjectConfigSource> projectSourceForPath(const QString &path, Diagnostic *error);

// A project read whole, as the GUI holds it: immutable once loaded, so that a worker can
// load the next version while the window still shows this one.
struct LoadedProject
{
    ProjectConfigSource source;
    ProjectConfig config;
    std::shared_ptr<const ScriptDirectory> directory;
    // What the bodies may import from the project (null, with scopeError, when its type
    // mapping cannot be read: the graph still shows, the SQL cannot be made).
    std::shared_ptr<const ProjectScope> scope;
    QString scopeError;
};

// Reads the configuration and every revision script's header. Null with *error (file,
// line, reason) when the configuration cannot be read; unreadable scripts do not fail it:
// they are the directory's diagnostics.
std::optional<LoadedProject> loadProject(const ProjectConfigSource &source, Diagnostic *error);

} // namespace Migrations
