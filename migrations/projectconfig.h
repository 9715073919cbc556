#pragma once

#include <migrations/diagnostic.h>

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace Migrations {

// Where a project's configuration comes from: what Alembic's command line is given
// (-c FILE, -n NAME) plus the folder that relative paths are resolved against. Alembic's
// CLI resolves them against the current directory; the GUI passes the ini's folder.
struct ProjectConfigSource
{
    QString iniPath;           // alembic.ini; empty or missing: the project has none
    QString iniSection = QStringLiteral("alembic");
    QString pyprojectPath;     // pyproject.toml; empty or missing: none
    QString baseDirectory;     // absolute

    // What `alembic` itself would read when run in currentDirectory: -c, else the
    // ALEMBIC_CONFIG environment variable, else alembic.ini; -n, else "alembic"; and
    // pyproject.toml in the current directory (as Alembic 1.16 looks for it).
    static ProjectConfigSource forCommandLine(const QString &currentDirectory,
                                              const QString &configOption,
                                              const QString &nameOption,
                                              const QProcessEnvironment &environment);
};

// What ScriptDirectory.from_config() takes from the configuration, with paths resolved.
struct ProjectConfig
{
    QString iniPath;                 // empty when the project has no ini file
    QString pyprojectPath;           // empty when no [tool.alembic] was used
    QString scriptLocation;          // as configured, after %(here)s
    QString scriptDirectory;         // absolute folder script_location names
    QStringList versionLocations;    // as configured, split; empty when not configured
    QStringList versionDirectories;  // absolute: the configured ones, or <script>/versions
    bool recursiveVersionLocations = false;
    std::optional<QString> sqlalchemyUrl;
    QString fileTemplate = QStringLiteral("%(rev)s_%(slug)s");
    int truncateSlugLength = 40;
    std::optional<QString> timezone;
    bool revisionEnvironment = false;
    bool sourceless = false;
    QString outputEncoding = QStringLiteral("utf-8");
    // Where Python finds the project's own modules (`myapp` of `from myapp.types import
    // GUID`): prepend_sys_path's folders, then the base directory. Absolute.
    QStringList pythonPath;
    // Alembic Studio's own: the project's type mapping (projecttypes.h). The ini section's
    // `alembic_studio_types` if set (a path like Alembic's others: %(here)s, else relative
    // to the base directory), else alembic-studio-types.json beside the ini file (or
    // pyproject.toml). Absolute; the file need not exist.
    QString projectTypesPath;

    bool operator==(const ProjectConfig &) const = default;
};

// Reads the ini file (Alembic 1.13's rules: ConfigParser with here=<ini folder>,
// version_locations split per version_path_separator) and pyproject.toml's [tool.alembic]
// (Alembic 1.16's rules); an option in the ini wins over the same one in pyproject.toml.
// Returns nothing and sets *error, naming the file and line of the bad value, when Alembic
// would refuse the configuration or a path it names cannot be found.
std::optional<ProjectConfig> readProjectConfig(const ProjectConfigSource &source, Diagnostic *error);

} // namespace Migrations
