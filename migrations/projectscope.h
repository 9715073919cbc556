#pragma once

#include "projecttypes.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Migrations {

struct ProjectConfig;

// What a project adds to what its migration bodies may use. Names imported from its own
// top-level packages are read (`from myapp.types import GUID`), and the column types among
// them render through its type mapping; anything else imported stays Python's.
struct ProjectScope
{
    QStringList packages; // "myapp" for myapp/__init__.py or myapp.py on the project's Python path
    ProjectTypes types;
    // Where a naming convention may name unnamed constraints (namingconvention.h), or empty.
    // Looked for on first call only (it may read the project's Python files), then kept.
    std::function<QString()> namingConvention;
};

// The packages on config.pythonPath and the mapping at config.projectTypesPath (empty when
// there is no such file); null with *errorString when the mapping cannot be read.
std::optional<ProjectScope> loadProjectScope(const ProjectConfig &config, QString *errorString);

} // namespace Migrations
