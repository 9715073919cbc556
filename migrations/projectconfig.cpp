#include "projectconfig.h"

#include "inifile.h"
#include "pyprojectoptions.h"
#include "pythontext.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <limits>
#include <variant>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// One option as Alembic finds it: the ini's (a string, interpolated) or pyproject.toml's
// (typed), with where it was written so that a bad value can be pointed at.
struct Setting
{
    std::variant<QString, QStringList, bool, qint64> value;
    QString file;
    int line = 0;
    bool fromIni = false;
};


// os.path.abspath() on POSIX. QDir would take a path beginning with ":" for a Qt resource,
// which to Python is a relative path (and to Alembic a package:path location).
QString absolutePath(const QString &base, const QString &path)
{
    return QDir::cleanPath(path.startsWith(u'/') ? path : base + u'/' + path);
}

// Alembic's re.split(r", *|(?: +)") (and with colonSeparates, r", *|(?: +)|\:"): a comma
// and the spaces after it, a run of spaces, or a colon; empty pieces are kept and
// newlines split nothing.
QStringList splitOnSpaceComma(const QString &text, bool colonSeparates)
{
    QStringList pieces;
    QString piece;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u',' && c != u' ' && !(colonSeparates && c == u':')) {
            piece.append(c);
            continue;
        }
        if (c != u':') {
            while (i + 1 < text.size() && text[i + 1] == u' ')
                ++i;
        }
        pieces.append(piece);
        piece.clear();
    }
    pieces.append(piece);
    return pieces;
}

class ConfigReader
{
public:
    ConfigReader(const ProjectConfigSource &source, Diagnostic *error)
        : m_source(source)
        , m_error(error)
    {}

    std::optional<ProjectConfig> read();

private:
    bool fail(const QString &file, int line, const QString &message)
    {
        if (m_error)
            *m_error = {file, line, message};
        return false;
    }
    bool fail(const Setting &setting, const QString &message)
    {
        return fail(setting.file, setting.line, message);
    }
    bool openFiles();
    // False on an error; *setting is left empty when neither file has the option.
    bool get(const QString &name, std::optional<Setting> *setting);
    bool getString(const QString &name, std::optional<QString> *value, Setting *where = nullptr);
    bool getFlag(const QString &name, bool *value);
    bool readTruncateSlugLength(ProjectConfig *config);
    bool splitVersionLocations(ProjectConfig *config, Setting *where);
    bool readRevisionEnvironment(ProjectConfig *config);
    bool resolve(const QString &location, const Setting &where, QString *path);
    bool readPackageRoots();

    const ProjectConfigSource &m_source;
    Diagnostic *m_error;
    std::optional<IniFile> m_ini;
    std::optional<PyprojectOptions> m_pyproject;
    QStringList m_packageRoots;
};

bool ConfigReader::openFiles()
{
    const QString iniPath = m_source.iniPath.isEmpty()
                                ? QString()
                                : absolutePath(m_source.baseDirectory, m_source.iniPath);
    // configparser.read() skips a file it cannot open, so a missing ini is no error yet.
    if (!iniPath.isEmpty() && QFileInfo(iniPath).isFile()) {
        Diagnostic error;
        const QMap<QString, QString> defaults{{u"here"_s, QFileInfo(iniPath).absolutePath()}};
        m_ini = IniFile::read(iniPath, defaults, &error);
        if (!m_ini)
            return fail(error.file, error.line, error.message);
    }
    const QString pyprojectPath = m_source.pyprojectPath.isEmpty()
                                      ? QString()
                                      : absolutePath(m_source.baseDirectory, m_source.pyprojectPath);
    if (!pyprojectPath.isEmpty() && QFileInfo(pyprojectPath).isFile()) {
        Diagnostic error;
        m_pyproject = readPyprojectOptions(pyprojectPath, &error);
        if (!m_pyproject)
            return fail(error.file, error.line, error.message);
        if (!m_pyproject->hasAlembicTable)
            m_pyproject.reset();
    }
    if (m_ini && !m_ini->hasSection(m_source.iniSection))
        m_ini.reset();
    if (!m_ini && !m_pyproject) {
        return fail(iniPath, 0, u"No config file '%1' found, or file has no '[%2]' section"_s
                                    .arg(m_source.iniPath, m_source.iniSection));
    }
    return true;
}

bool ConfigReader::get(const QString &name, std::optional<Setting> *setting)
{
    setting->reset();
    // As Alembic 1.16's get_alembic_option: the ini's value (DEFAULT included) first.
    if (m_ini && m_ini->hasOption(m_source.iniSection, name)) {
        Diagnostic error;
        const std::optional<QString> value = m_ini->value(m_source.iniSection, name, &error);
        if (!value)
            return fail(error.file, error.line, error.message);
        *setting = Setting{*value, m_ini->path(), m_ini->line(m_source.iniSection, name), true};
        return true;
    }
    if (m_pyproject) {
        const auto it = m_pyproject->options.constFind(name);
        if (it != m_pyproject->options.cend())
            *setting = Setting{it->value, m_pyproject->path, it->line, false};
    }
    return true;
}

bool ConfigReader::getString(const QString &name, std::optional<QString> *value, Setting *where)
{
    std::optional<Setting> setting;
    if (!get(name, &setting))
        return false;
    if (setting) {
        // pyprojectoptions.cpp types every string option, so only strings arrive here.
        *value = std::get<QString>(setting->value);
        if (where)
            *where = *setting;
    }
    return true;
}

// The ini's flags are true only when they read exactly "true" (from_config compares
// strings); pyproject.toml's are TOML booleans.
bool ConfigReader::getFlag(const QString &name, bool *value)
{
    std::optional<Setting> setting;
    if (!get(name, &setting))
        return false;
    if (setting)
        *value = setting->fromIni ? std::get<QString>(setting->value) == "true"_L1
                                  : std::get<bool>(setting->value);
    return true;
}

// util.coerce_resource_to_filename, then os.path.abspath against the base directory. A
// relative location with a colon is "package:path"; Alembic imports the package, we find
// it as a folder with an __init__.py under the base directory, as `prepend_sys_path = .`
// makes Python find it.
bool ConfigReader::resolve(const QString &location, const Setting &where, QString *path)
{
    if (location.startsWith(u'/') || !location.contains(u':')) {
        *path = absolutePath(m_source.baseDirectory, location);
        return true;
    }
    QStringList tokens = location.split(u':');
    const QString package = tokens.takeFirst();
    const QStringList modules = package.split(u'.');
    if (package.isEmpty() || modules.contains(QString())) {
        return fail(where, u"'%1' is not a valid package:path location: '%2' is not a Python "
                           "package name"_s.arg(location, package));
    }
    // The first folder on the search path that holds the package wins, as for an import.
    QStringList tried;
    for (const QString &root : std::as_const(m_packageRoots)) {
        const QString packageDirectory = absolutePath(root, modules.join(u'/'));
        if (QFileInfo(packageDirectory + "/__init__.py"_L1).isFile()) {
            *path = QDir::cleanPath((QStringList{packageDirectory} + tokens).join(u'/'));
            return true;
        }
        tried.append(packageDirectory + "/__init__.py"_L1);
    }
    tried.removeDuplicates();
    return fail(where, u"'%1' names the Python package '%2', which was not found: there is no %3"_s
                           .arg(location, package, tried.join(u" nor "_s)));
}

// Where a package of a package:path location may live: prepend_sys_path's folders, which
// from_config() puts in front of sys.path before it imports the package, then the base
// directory. (Packages installed in an interpreter are beyond a static reader.)
bool ConfigReader::readPackageRoots()
{
    std::optional<Setting> setting;
    if (!get(u"prepend_sys_path"_s, &setting))
        return false;
    QStringList entries;
    if (setting && !setting->fromIni) {
        entries = std::get<QStringList>(setting->value);
    } else if (setting && !std::get<QString>(setting->value).isEmpty()) {
        // An empty sys.path entry is the current directory, so empty pieces count.
        entries = splitOnSpaceComma(std::get<QString>(setting->value), true);
    }
    for (const QString &entry : std::as_const(entries))
        m_packageRoots.append(absolutePath(m_source.baseDirectory, entry));
    m_packageRoots.append(QDir::cleanPath(m_source.baseDirectory));
    return true;
}

bool ConfigReader::splitVersionLocations(ProjectConfig *config, Setting *where)
{
    std::optional<Setting> setting;
    if (!get(u"version_locations"_s, &setting))
        return false;
    // Alembic 1.16 falls back to pyproject.toml's list when the ini's value is empty.
    if (setting && setting->fromIni && std::get<QString>(setting->value).isEmpty() && m_pyproject) {
        const auto it = m_pyproject->options.constFind(u"version_locations"_s);
        if (it != m_pyproject->options.cend())
            setting = Setting{it->value, m_pyproject->path, it->line, false};
    }
    if (setting && !setting->fromIni) {
        config->versionLocations = std::get<QStringList>(setting->value);
    } else if (setting && !std::get<QString>(setting->value).isEmpty()) {
        const QString text = std::get<QString>(setting->value);
        std::optional<Setting> separatorSetting;
        if (!get(u"version_path_separator"_s, &separatorSetting))
            return false;
        if (!separatorSetting) {
            // The legacy rule, kept by Alembic for backwards compatibility.
            config->versionLocations = splitOnSpaceComma(text, false);
        } else {
            const QString separator = std::get<QString>(separatorSetting->value);
            QString splitOn;
            if (separator == "space"_L1)
                splitOn = u" "_s;
            else if (separator == "os"_L1)
                splitOn = QString(QDir::listSeparator());
            else if (separator == ":"_L1 || separator == ";"_L1)
                splitOn = separator;
            else
                return fail(*separatorSetting, u"'%1' is not a valid value for version_path_separator; "
                                               "expected 'space', 'os', ':', ';'"_s.arg(separator));
            config->versionLocations = text.split(splitOn, Qt::SkipEmptyParts);
        }
    }
    if (setting)
        *where = *setting;
    return true;
}

bool ConfigReader::readTruncateSlugLength(ProjectConfig *config)
{
    std::optional<Setting> setting;
    if (!get(u"truncate_slug_length"_s, &setting))
        return false;
    if (setting) {
        std::optional<qint64> length;
        if (setting->fromIni)
            length = pythonInt(std::get<QString>(setting->value));
        else
            length = std::get<qint64>(setting->value);
        if (!length) {
            fail(*setting, u"invalid literal for int() with base 10: '%1' (truncate_slug_length)"_s
                               .arg(std::get<QString>(setting->value)));
            return false;
        }
        // ScriptDirectory keeps `truncate_slug_length or 40`: zero means the default.
        if (*length != 0)
            config->truncateSlugLength = static_cast<int>(
                std::clamp<qint64>(*length, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    }

    return true;
}

bool ConfigReader::readRevisionEnvironment(ProjectConfig *config)
{
    std::optional<Setting> setting;
    // The revision command reads it with SQLAlchemy's asbool(), which refuses other words.
    if (!get(u"revision_environment"_s, &setting))
        return false;
    if (setting && setting->fromIni) {
        const QString word = std::get<QString>(setting->value).trimmed().toLower();
        static const QStringList yes{u"true"_s, u"yes"_s, u"on"_s, u"y"_s, u"t"_s, u"1"_s};
        static const QStringList no{u"false"_s, u"no"_s, u"off"_s, u"n"_s, u"f"_s, u"0"_s};
        if (!yes.contains(word) && !no.contains(word)) {
            fail(*setting, u"String is not true/false: '%1' (revision_environment)"_s.arg(word));
            return false;
        }
        config->revisionEnvironment = yes.contains(word);
    } else if (setting) {
        config->revisionEnvironment = std::get<bool>(setting->value);
    }
    return true;
}

// In the order ScriptDirectory.from_config() and its constructor check things, so that a
// file with several problems is reported by the one Alembic would name first.
std::optional<ProjectConfig> ConfigReader::read()
{
    if (!openFiles())
        return std::nullopt;

    ProjectConfig config;
    if (m_ini)
        config.iniPath = m_ini->path();
    if (m_pyproject)
        config.pyprojectPath = m_pyproject->path;

    Setting scriptWhere;
    std::optional<QString> scriptLocation;
    if (!getString(u"script_location"_s, &scriptLocation, &scriptWhere))
        return std::nullopt;
    if (!scriptLocation) {
        fail(m_ini ? m_ini->path() : m_pyproject->path, 0,
             u"No 'script_location' key found in configuration."_s);
        return std::nullopt;
    }
    config.scriptLocation = *scriptLocation;

    Setting versionsWhere;
    if (!readTruncateSlugLength(&config) || !splitVersionLocations(&config, &versionsWhere))
        return std::nullopt;
    if (!readPackageRoots())
        return std::nullopt;
    if (!getFlag(u"recursive_version_locations"_s, &config.recursiveVersionLocations)
        || !getFlag(u"sourceless"_s, &config.sourceless))
        return std::nullopt;

    std::optional<QString> text;
    if (!getString(u"file_template"_s, &text))
        return std::nullopt;
    if (text)
        config.fileTemplate = *text;
    text.reset();
    if (!getString(u"output_encoding"_s, &text))
        return std::nullopt;
    if (text)
        config.outputEncoding = *text;
    if (!getString(u"timezone"_s, &config.timezone))
        return std::nullopt;

    if (!resolve(config.scriptLocation, scriptWhere, &config.scriptDirectory))
        return std::nullopt;
    // os.access("", F_OK) is false: an empty script_location names no folder at all.
    if (config.scriptLocation.isEmpty() || !QFileInfo::exists(config.scriptDirectory)) {
        fail(scriptWhere, u"Path doesn't exist: '%1'.  Please use the 'init' command to create a new "
                          "scripts folder."_s.arg(config.scriptDirectory));
        return std::nullopt;
    }
    // Alembic resolves these only when it first loads revisions, after the checks above.
    for (const QString &location : std::as_const(config.versionLocations)) {
        QString directory;
        if (!resolve(location, versionsWhere, &directory))
            return std::nullopt;
        config.versionDirectories.append(directory);
    }
    if (config.versionLocations.isEmpty())
        config.versionDirectories = {config.scriptDirectory + "/versions"_L1};

    // Read by other commands than from_config(): sqlalchemy.url by env.py through
    // get_main_option (the ini file alone; Alembic 1.16 keeps it out of TOML), and
    // revision_environment by the revision command.
    if (m_ini && m_ini->hasOption(m_source.iniSection, u"sqlalchemy.url"_s)) {
        std::optional<QString> url;
        if (!getString(u"sqlalchemy.url"_s, &url))
            return std::nullopt;
        config.sqlalchemyUrl = url;
    }
    if (!readRevisionEnvironment(&config))
        return std::nullopt;
    config.pythonPath = m_packageRoots;
    std::optional<QString> typesPath;
    if (!getString(u"alembic_studio_types"_s, &typesPath))
        return std::nullopt;
    const QString configFolder = QFileInfo(m_ini ? m_ini->path() : m_pyproject->path).absolutePath();
    config.projectTypesPath = typesPath ? absolutePath(m_source.baseDirectory, *typesPath)
                                        : QDir(configFolder).filePath(u"alembic-studio-types.json"_s);
    return config;
}

} // namespace

ProjectConfigSource ProjectConfigSource::forCommandLine(const QString &currentDirectory,
                                                        const QString &configOption,
                                                        const QString &nameOption,
                                                        const QProcessEnvironment &environment)
{
    ProjectConfigSource source;
    source.baseDirectory = currentDirectory;
    source.iniPath = !configOption.isEmpty()
                         ? configOption
                         : environment.value(u"ALEMBIC_CONFIG"_s, u"alembic.ini"_s);
    if (!nameOption.isEmpty())
        source.iniSection = nameOption;
    source.pyprojectPath = u"pyproject.toml"_s;
    return source;
}

std::optional<ProjectConfig> readProjectConfig(const ProjectConfigSource &source, Diagnostic *error)
{
    return ConfigReader(source, error).read();
}

} // namespace Migrations
