#include "projectscope.h"

#include "namingconvention.h"
#include "projectconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// The top-level modules Python imports from one folder of sys.path: packages (a folder with
// an __init__.py) and single-file modules. Namespace packages (a folder without one) are
// left out: any folder could be one, a `docs` or a `node_modules` as well.
QStringList modulesIn(const QString &folder)
{
    static const QRegularExpression identifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    QStringList modules;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.isDir() ? entry.fileName() : entry.completeBaseName();
        if (!identifier.match(name).hasMatch())
            continue;
        if (entry.isDir() ? QFileInfo(entry.filePath() + "/__init__.py"_L1).isFile()
                          : entry.suffix() == "py"_L1)
            modules.append(name);
    }
    return modules;
}

} // namespace

std::optional<ProjectScope> loadProjectScope(const ProjectConfig &config, QString *errorString)
{
    std::optional<ProjectTypes> types = loadProjectTypes(config.projectTypesPath, errorString);
    if (!types)
        return std::nullopt;
    ProjectScope scope{{}, std::move(*types), {}};
    for (const QString &folder : config.pythonPath)
        scope.packages += modulesIn(folder);
    scope.packages.removeDuplicates();
    // Only an operation that leaves a name to a convention asks, and most runs have none.
    // The GUI plans on several workers from one scope at once: the search runs once.
    struct Found
    {
        std::once_flag once;
        QString source;
    };
    auto found = std::make_shared<Found>();
    scope.namingConvention = [found, config] {
        std::call_once(found->once, [&] { found->source = namingConventionSource(config); });
        return found->source;
    };
    return scope;
}

} // namespace Migrations
