#pragma once

// An Alembic project for a test: a copy of one with its own sqlalchemy.url, and the project
// read as the CLI reads it.

#include <migrations/projectconfig.h>
#include <migrations/projectscope.h>
#include <migrations/scriptdirectory.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace TestSupport {

using namespace Qt::StringLiterals;

// A copy of an Alembic project in `work`, with sqlalchemy.url pointed at `url`.
inline QString copyProject(const QString &source, const QString &work, const QString &url)
{
    const QString target = work + u"/project"_s;
    QDirIterator it(source, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.contains(u"__pycache__"_s) || file.endsWith(u".db"_s))
            continue;
        const QString copy = target + file.mid(source.size());
        QDir().mkpath(QFileInfo(copy).absolutePath());
        QFile::copy(file, copy);
    }
    QFile ini(target + u"/alembic.ini"_s);
    if (!ini.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(ini.readAll()).split(u'\n');
    ini.close();
    for (QString &line : lines) {
        if (line.startsWith(u"sqlalchemy.url"_s))
            line = u"sqlalchemy.url = "_s + url;
    }
    if (!ini.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    ini.write(lines.join(u'\n').toUtf8());
    return target;
}

struct Project
{
    Migrations::ProjectConfig config;
    Migrations::ScriptDirectory directory;
    Migrations::ProjectScope scope;
};

// The project in `folder` (its alembic.ini), or null with *error.
inline std::optional<Project> loadProject(const QString &folder, QString *error)
{
    using namespace Migrations;
    const ProjectConfigSource source
        = ProjectConfigSource::forCommandLine(folder, u"alembic.ini"_s, u"alembic"_s, QProcessEnvironment());
    Diagnostic diagnostic;
    const std::optional<ProjectConfig> config = readProjectConfig(source, &diagnostic);
    if (!config) {
        *error = diagnostic.message;
        return std::nullopt;
    }
    std::optional<ProjectScope> scope = loadProjectScope(*config, error);
    if (!scope)
        return std::nullopt;
    return Project{*config,
                   ScriptDirectory::load(config->versionDirectories, !config->versionLocations.isEmpty(),
                                         config->recursiveVersionLocations, ScriptSources::Keep),
                   *scope};
}

} // namespace TestSupport
