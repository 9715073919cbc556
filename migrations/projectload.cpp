#include "projectload.h"

#include "projectscope.h"
#include "scriptdirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Migrations {

std::optional<ProjectConfigSource> projectSourceForPath(const QString &path, Diagnostic *error)
{
    const QFileInfo info(path);
    ProjectConfigSource source;
    if (info.isDir()) {
        const QDir folder(info.absoluteFilePath());
        source.baseDirectory = folder.absolutePath();
        if (folder.exists(u"alembic.ini"_s))
            source.iniPath = folder.absoluteFilePath(u"alembic.ini"_s);
        if (folder.exists(u"pyproject.toml"_s))
            source.pyprojectPath = folder.absoluteFilePath(u"pyproject.toml"_s);
        if (source.iniPath.isEmpty() && source.pyprojectPath.isEmpty()) {
            *error = {info.absoluteFilePath(), 0,
                      QCoreApplication::translate("Migrations::ProjectLoad",
                                                  "This folder holds neither an alembic.ini nor a pyproject.toml.")};
            return std::nullopt;
        }
        return source;
    }
    if (!info.isFile()) {
        *error = {info.absoluteFilePath(), 0,
                  QCoreApplication::translate("Migrations::ProjectLoad", "There is no such file or folder.")};
        return std::nullopt;
    }
    const QDir folder = info.absoluteDir();
    source.baseDirectory = folder.absolutePath();
    if (info.fileName() == "pyproject.toml"_L1) {
        source.pyprojectPath = info.absoluteFilePath();
        // The ini file `alembic` would read from the same folder.
        if (folder.exists(u"alembic.ini"_s))
            source.iniPath = folder.absoluteFilePath(u"alembic.ini"_s);
        return source;
    }
    if (info.suffix() != "ini"_L1) {
        *error = {info.absoluteFilePath(), 0,
                  QCoreApplication::translate("Migrations::ProjectLoad",
                                              "An Alembic project is opened from its alembic.ini, its "
                                              "pyproject.toml or their folder.")};
        return std::nullopt;
    }
    source.iniPath = info.absoluteFilePath();
    if (folder.exists(u"pyproject.toml"_s))
        source.pyprojectPath = folder.absoluteFilePath(u"pyproject.toml"_s);
    return source;
}

std::optional<LoadedProject> loadProject(const ProjectConfigSource &source, Diagnostic *error)
{
    std::optional<ProjectConfig> config = readProjectConfig(source, error);
    if (!config)
        return std::nullopt;
    LoadedProject project;
    project.source = source;
    project.config = *config;
    project.directory = std::make_shared<const ScriptDirectory>(
        ScriptDirectory::load(config->versionDirectories, !config->versionLocations.isEmpty(),
                              config->recursiveVersionLocations));
    if (std::optional<ProjectScope> scope = loadProjectScope(*config, &project.scopeError))
        project.scope = std::make_shared<const ProjectScope>(std::move(*scope));
    return project;
}

} // namespace Migrations
