#include <migrations/projectconfig.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Migrations::Diagnostic;
using Migrations::ProjectConfig;
using Migrations::ProjectConfigSource;

namespace {

// A project laid out in a temporary folder: "path" → contents, or a folder when the path
// ends with "/".
using Files = QList<std::pair<QString, QString>>;

void writeFiles(const QString &root, const Files &files)
{
    for (const auto &[path, contents] : files) {
        const QString full = root + u'/' + path;
        if (path.endsWith(u'/')) {
            QDir().mkpath(full);
            continue;
        }
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile file(full);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(full));
    }
}

// A description whose paths name the project folder $BASE, one "key=value" per line.
QStringList describe(const ProjectConfig &config, const QString &base)
{
    const auto relative = [&](QString path) { return path.replace(base, u"$BASE"_s); };
    QStringList directories;
    for (const QString &directory : config.versionDirectories)
        directories.append(relative(directory));
    QStringList locations;
    for (const QString &location : config.versionLocations)
        locations.append(relative(location));
    return {
        u"script_directory="_s + relative(config.scriptDirectory),
        u"version_locations="_s + locations.join(u" | "_s),
        u"version_directories="_s + directories.join(u" | "_s),
        u"recursive="_s + (config.recursiveVersionLocations ? u"true"_s : u"false"_s),
        u"url="_s + relative(config.sqlalchemyUrl.value_or(u"(none)"_s)),
        u"file_template="_s + config.fileTemplate,
        u"truncate_slug_length="_s + QString::number(config.truncateSlugLength),
        u"timezone="_s + config.timezone.value_or(u"(none)"_s),
        u"revision_environment="_s + (config.revisionEnvironment ? u"true"_s : u"false"_s),
        u"sourceless="_s + (config.sourceless ? u"true"_s : u"false"_s),
        u"output_encoding="_s + config.outputEncoding,
        u"ini="_s + relative(config.iniPath),
        u"pyproject="_s + relative(config.pyprojectPath),
        u"python_path="_s + relative(config.pythonPath.join(u" | "_s)),
        u"project_types="_s + relative(config.projectTypesPath),
    };
}

// What real Alembic 1.13 makes of the ini, run in the project folder as its CLI would be.
constexpr auto referenceScript = R"(
import json, os, sys
from alembic.config import Config
from alembic.script import ScriptDirectory
try:
    sd = ScriptDirectory.from_config(Config(sys.argv[1], ini_section=sys.argv[2]))
    print(json.dumps({
        'script_directory': os.path.abspath(sd.dir),
        'version_locations': list(sd.version_locations or []),
        'version_directories': list(sd._version_locations),
        'recursive': sd.recursive_version_locations,
        'file_template': sd.file_template,
        'truncate_slug_length': sd.truncate_slug_length,
        'timezone': sd.timezone,
        'sourceless': sd.sourceless,
        'output_encoding': sd.output_encoding,
    }))
except Exception as e:
    print(json.dumps({'error': type(e).__name__ + ': ' + str(e)}))
)";

QJsonObject toJson(const ProjectConfig &config)
{
    return {
        {u"script_directory"_s, config.scriptDirectory},
        {u"version_locations"_s, QJsonArray::fromStringList(config.versionLocations)},
        {u"version_directories"_s, QJsonArray::fromStringList(config.versionDirectories)},
        {u"recursive"_s, config.recursiveVersionLocations},
        {u"file_template"_s, config.fileTemplate},
        {u"truncate_slug_length"_s, config.truncateSlugLength},
        {u"timezone"_s, config.timezone ? QJsonValue(*config.timezone) : QJsonValue()},
        {u"sourceless"_s, config.sourceless},
        {u"output_encoding"_s, config.outputEncoding},
    };
}

const QString scriptFolders = u"alembic/versions/"_s;

} // namespace

class TestProjectConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void rejects_data();
    void rejects();
    void commandLineSource();
    void agreesWithAlembicOnGeneratedValues();

private:
    void addRows(bool valid);
};

struct ConfigRow
{
    const char *name;
    Files files;
    QString ini;        // relative to the project folder; empty: none
    QString section;
    QStringList expected; // lines of describe(), or for a rejection: "line N" and a fragment
    bool comparesWithAlembic = true; // Alembic 1.13 reads the ini alone
};

static QList<ConfigRow> validRows()
{
    const QString ini = u"alembic.ini"_s;
    const QString a = u"alembic"_s;
    return {
        {"relative script_location", {{u"alembic/versions/"_s, {}}, {ini, u"[alembic]\nscript_location = alembic\n"_s}}, ini, a,
         {u"script_directory=$BASE/alembic"_s, u"version_directories=$BASE/alembic/versions"_s, u"version_locations="_s,
          u"recursive=false"_s, u"file_template=%(rev)s_%(slug)s"_s, u"truncate_slug_length=40"_s,
          u"output_encoding=utf-8"_s, u"url=(none)"_s, u"timezone=(none)"_s, u"python_path=$BASE"_s,
          u"project_types=$BASE/alembic-studio-types.json"_s}},
        {"here", {{u"sub/alembic/versions/"_s, {}}, {u"sub/alembic.ini"_s, u"[alembic]\nscript_location = %(here)s/alembic\n"_s}},
         u"sub/alembic.ini"_s, a, {u"script_directory=$BASE/sub/alembic"_s, u"ini=$BASE/sub/alembic.ini"_s,
                                   u"project_types=$BASE/sub/alembic-studio-types.json"_s}},
        {"types file named", {{scriptFolders, {}}, {u"sub/alembic.ini"_s, u"[alembic]\nscript_location = alembic\n"
                                                                         "alembic_studio_types = %(here)s/conf/t.json\n"_s}},
         u"sub/alembic.ini"_s, a, {u"project_types=$BASE/sub/conf/t.json"_s}},
        {"types file relative", {{scriptFolders, {}}, {u"sub/alembic.ini"_s, u"[alembic]\nscript_location = alembic\n"
                                                                            "alembic_studio_types = conf/t.json\n"_s}},
         u"sub/alembic.ini"_s, a, {u"project_types=$BASE/conf/t.json"_s}},
        {"named section", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = nowhere\n[second]\nscript_location = alembic\n"_s}},
         ini, u"second"_s, {u"script_directory=$BASE/alembic"_s}},
        {"from DEFAULT", {{scriptFolders, {}}, {ini, u"[DEFAULT]\nscript_location = alembic\n[alembic]\n"_s}}, ini, a,
         {u"script_directory=$BASE/alembic"_s}},
        {"package form", {{u"myapp/__init__.py"_s, {}}, {u"myapp/migrations/versions/"_s, {}},
                          {ini, u"[alembic]\nscript_location = myapp:migrations\nprepend_sys_path = .\n"_s}},
         ini, a, {u"script_directory=$BASE/myapp/migrations"_s, u"version_directories=$BASE/myapp/migrations/versions"_s}},
        {"package under prepend_sys_path", {{u"src/myapp/__init__.py"_s, {}}, {u"src/myapp/migrations/versions/"_s, {}},
                                            {ini, u"[alembic]\nscript_location = myapp:migrations\nprepend_sys_path = . src\n"_s}},
         ini, a, {u"script_directory=$BASE/src/myapp/migrations"_s, u"python_path=$BASE | $BASE/src | $BASE"_s}},
        {"first package on the path wins", {{u"lib/myapp/__init__.py"_s, {}}, {u"lib/myapp/m/"_s, {}}, {u"myapp/__init__.py"_s, {}}, {u"myapp/m/"_s, {}},
                                            {ini, u"[alembic]\nscript_location = myapp:m\nprepend_sys_path = lib:.\n"_s}},
         ini, a, {u"script_directory=$BASE/lib/myapp/m"_s}},
        {"dotted package form", {{u"a/__init__.py"_s, {}}, {u"a/b/__init__.py"_s, {}}, {u"a/b/m/"_s, {}},
                                 {ini, u"[alembic]\nscript_location = a.b:m\n"_s}},
         ini, a, {u"script_directory=$BASE/a/b/m"_s}},
        {"legacy split", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = alembic\nversion_locations = x y,z, w  ,v\n"_s}}, ini, a,
         {u"version_locations=x | y | z | w |  | v"_s, u"version_directories=$BASE/x | $BASE/y | $BASE/z | $BASE/w | $BASE | $BASE/v"_s}},
        {"separator os", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = alembic\nversion_path_separator = os\nversion_locations = %(here)s/a b::c\n"_s}}, ini, a,
         {u"version_locations=$BASE/a b | c"_s}},
        {"separator space", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = alembic\nversion_path_separator = space\nversion_locations = a  b,c\n"_s}}, ini, a,
         {u"version_locations=a | b,c"_s}},
        {"separator semicolon keeps spaces", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = alembic\nversion_path_separator = ;\nversion_locations = a; b\n"_s}}, ini, a,
         {u"version_locations=a |  b"_s}},
        {"separator colon", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = alembic\nversion_path_separator = :\nversion_locations = a:b\n"_s}}, ini, a,
         {u"version_locations=a | b"_s}},
        {"separator without locations", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = alembic\nversion_path_separator = bogus\n"_s}}, ini, a,
         {u"version_locations="_s}},
        {"multi-line locations split by os", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = alembic\nversion_path_separator = os\nversion_locations = a\n  b\n"_s}}, ini, a,
         {u"version_locations=a\nb"_s}},
        {"package version location", {{scriptFolders, {}}, {u"pkg/__init__.py"_s, {}}, {u"pkg/v/"_s, {}},
                                      {ini, u"[alembic]\nscript_location = alembic\nversion_locations = pkg:v\n"_s}},
         ini, a, {u"version_directories=$BASE/pkg/v"_s}},
        {"flags exactly true", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = alembic\nrecursive_version_locations = true\nsourceless = True\n"_s}}, ini, a,
         {u"recursive=true"_s, u"sourceless=false"_s}},
        {"other options", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = alembic\nsqlalchemy.url = sqlite:///%(here)s/app.db\n"
                                                     "file_template = %%(year)d_%%(rev)s\ntruncate_slug_length = 0\ntimezone = UTC\n"
                                                     "revision_environment = Yes\noutput_encoding = latin-1\n"_s}}, ini, a,
         {u"url=sqlite:///$BASE/app.db"_s, u"file_template=%(year)d_%(rev)s"_s, u"truncate_slug_length=40"_s,
          u"timezone=UTC"_s, u"revision_environment=true"_s, u"output_encoding=latin-1"_s}},
        {"int() rules", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = alembic\ntruncate_slug_length = +1_0\n"_s}}, ini, a,
         {u"truncate_slug_length=10"_s}},
        {"pyproject only", {{scriptFolders, {}}, {u"pyproject.toml"_s, u"[tool.alembic]\nscript_location = \"%(here)s/alembic\"\n"
                                                                      "version_locations = [\"%(here)s/v1\", \"v2\"]\nrecursive_version_locations = true\n"
                                                                      "truncate_slug_length = 20\nfile_template = \"%%(rev)s\"\nsourceless = true\n"_s}},
         u"alembic.ini"_s, a,
         {u"script_directory=$BASE/alembic"_s, u"version_locations=$BASE/v1 | v2"_s, u"version_directories=$BASE/v1 | $BASE/v2"_s,
          u"recursive=true"_s, u"truncate_slug_length=20"_s, u"file_template=%(rev)s"_s, u"sourceless=true"_s,
          u"ini="_s, u"pyproject=$BASE/pyproject.toml"_s, u"project_types=$BASE/alembic-studio-types.json"_s}, false},
        {"ini wins over pyproject", {{scriptFolders, {}}, {u"other/"_s, {}},
                                     {u"pyproject.toml"_s, u"[tool.alembic]\nscript_location = \"other\"\ntimezone = \"UTC\"\n"_s},
                                     {ini, u"[alembic]\nscript_location = alembic\nsqlalchemy.url = sqlite://\n"_s}},
         ini, a, {u"script_directory=$BASE/alembic"_s, u"timezone=UTC"_s, u"url=sqlite://"_s}, false},
        {"empty ini locations fall back to pyproject", {{scriptFolders, {}}, {u"pyproject.toml"_s, u"[tool.alembic]\nversion_locations = [\"v\"]\n"_s},
                                                        {ini, u"[alembic]\nscript_location = alembic\nversion_locations =\n"_s}},
         ini, a, {u"version_locations=v"_s, u"version_directories=$BASE/v"_s}, false},
        {"pyproject without alembic table", {{scriptFolders, {}}, {u"pyproject.toml"_s, u"[project]\nname = \"x\"\n"_s},
                                             {ini, u"[alembic]\nscript_location = alembic\n"_s}},
         ini, a, {u"pyproject="_s}, false},
    };
}

static QList<ConfigRow> invalidRows()
{
    const QString ini = u"alembic.ini"_s;
    const QString a = u"alembic"_s;
    return {
        {"no ini and no pyproject", {}, ini, a, {u"line 0"_s, u"No config file 'alembic.ini' found, or file has no '[alembic]' section"_s}},
        {"no such section", {{ini, u"[other]\nscript_location = x\n"_s}}, ini, a, {u"line 0"_s, u"no '[alembic]' section"_s}},
        {"no script_location", {{ini, u"[alembic]\nx = 1\n"_s}}, ini, a, {u"line 0"_s, u"No 'script_location' key"_s}},
        {"script folder missing", {{ini, u"[alembic]\n\nscript_location = gone\n"_s}}, ini, a, {u"line 3"_s, u"Path doesn't exist"_s}},
        {"empty script_location", {{ini, u"[alembic]\nscript_location =\n"_s}}, ini, a, {u"line 2"_s, u"Path doesn't exist"_s}},
        {"package missing", {{ini, u"[alembic]\nscript_location = nopkg:migrations\n"_s}}, ini, a, {u"line 2"_s, u"__init__.py"_s}},
        {"bad separator", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = alembic\nversion_locations = a,b\nversion_path_separator = ,\n"_s}}, ini, a,
         {u"line 4"_s, u"',' is not a valid value for version_path_separator; expected 'space', 'os', ':', ';'"_s}},
        {"interpolation error", {{ini, u"[alembic]\nscript_location = %(nothing)s/x\n"_s}}, ini, a, {u"line 2"_s, u"InterpolationMissingOptionError"_s}},
        {"parse error", {{ini, u"[alembic]\nscript_location\n"_s}}, ini, a, {u"line 2"_s, u"ParsingError"_s}},
        {"bad truncate_slug_length", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = alembic\ntruncate_slug_length = 4O\n"_s}}, ini, a,
         {u"line 3"_s, u"invalid literal for int()"_s}},
        {"bad revision_environment", {{scriptFolders, {}}, {ini, u"[alembic]\nscript_location = alembic\nrevision_environment = maybe\n"_s}}, ini, a,
         {u"line 3"_s, u"String is not true/false"_s}, false},
        {"invalid toml", {{u"pyproject.toml"_s, u"[tool.alembic]\nscript_location = \n"_s}}, ini, a, {u"line 2"_s, u"not valid TOML"_s}, false},
        {"toml type", {{scriptFolders, {}}, {u"pyproject.toml"_s, u"[tool.alembic]\nscript_location = \"alembic\"\n\nversion_locations = \"v\"\n"_s}},
         ini, a, {u"line 4"_s, u"version_locations must be a list of strings"_s}, false},
        {"toml boolean", {{scriptFolders, {}}, {u"pyproject.toml"_s, u"[tool.alembic]\nscript_location = \"alembic\"\nsourceless = \"true\"\n"_s}},
         ini, a, {u"line 3"_s, u"boolean value expected"_s}, false},
        {"toml bad percent", {{scriptFolders, {}}, {u"pyproject.toml"_s, u"[tool.alembic]\nscript_location = \"%(root)s/alembic\"\n"_s}},
         ini, a, {u"line 2"_s, u"%(here)s"_s}, false},
    };
}

void TestProjectConfig::addRows(bool valid)
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("ini");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("comparesWithAlembic");
    for (const ConfigRow &row : valid ? validRows() : invalidRows())
        QTest::addRow("%s", row.name) << row.files << row.ini << row.section << row.expected << row.comparesWithAlembic;
}

void TestProjectConfig::reads_data() { addRows(true); }
void TestProjectConfig::rejects_data() { addRows(false); }

// The reference: Alembic 1.13 in python3, in the project folder, on the same ini.
static QJsonObject alembicReads(const QString &base, const QString &ini, const QString &section)
{
    QProcess python;
    python.setWorkingDirectory(base);
    python.start(u"python3"_s, {u"-c"_s, QString::fromUtf8(referenceScript), ini, section});
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        return {{u"error"_s, u"python3 failed: "_s + QString::fromUtf8(python.readAllStandardError())}};
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestProjectConfig::reads()
{
    QFETCH(Files, files);
    QFETCH(QString, ini);
    QFETCH(QString, section);
    QFETCH(QStringList, expected);
    QFETCH(bool, comparesWithAlembic);

    QTemporaryDir dir;
    const QString base = QDir(dir.path()).canonicalPath();
    writeFiles(base, files);
    const ProjectConfigSource source{ini, section, u"pyproject.toml"_s, base};
    Diagnostic error;
    const auto config = Migrations::readProjectConfig(source, &error);
    QVERIFY2(config, qPrintable(u"line %1: %2"_s.arg(error.line).arg(error.message)));
    const QStringList description = describe(*config, base);
    for (const QString &line : std::as_const(expected))
        QVERIFY2(description.contains(line), qPrintable(line + u"\nnot in\n"_s + description.join(u'\n')));

    if (comparesWithAlembic) {
        const QJsonObject alembic = alembicReads(base, ini, section);
        QCOMPARE(toJson(*config), alembic);
    }
}

void TestProjectConfig::rejects()
{
    QFETCH(Files, files);
    QFETCH(QString, ini);
    QFETCH(QString, section);
    QFETCH(QStringList, expected);
    QFETCH(bool, comparesWithAlembic);

    QTemporaryDir dir;
    const QString base = QDir(dir.path()).canonicalPath();
    writeFiles(base, files);
    const ProjectConfigSource source{ini, section, u"pyproject.toml"_s, base};
    Diagnostic error;
    QVERIFY(!Migrations::readProjectConfig(source, &error));
    QCOMPARE(u"line "_s + QString::number(error.line), expected.at(0));
    QVERIFY2(error.message.contains(expected.at(1)), qPrintable(error.message));
    QVERIFY2(error.file.startsWith(base), qPrintable(error.file));

    if (comparesWithAlembic) {
        const QJsonObject alembic = alembicReads(base, ini, section);
        QVERIFY2(alembic.contains(u"error"_s),
                 qPrintable(u"Alembic accepts what we reject: "_s + QString::fromUtf8(QJsonDocument(alembic).toJson())));
        qDebug().noquote() << "Alembic:" << alembic.value(u"error"_s).toString();
    }
}

void TestProjectConfig::commandLineSource()
{
    QProcessEnvironment environment;
    auto source = ProjectConfigSource::forCommandLine(u"/work"_s, {}, {}, environment);
    QCOMPARE(source.iniPath, u"alembic.ini"_s);
    QCOMPARE(source.iniSection, u"alembic"_s);
    QCOMPARE(source.baseDirectory, u"/work"_s);
    QCOMPARE(source.pyprojectPath, u"pyproject.toml"_s);

    environment.insert(u"ALEMBIC_CONFIG"_s, u"conf/db.ini"_s);
    source = ProjectConfigSource::forCommandLine(u"/work"_s, {}, u"second"_s, environment);
    QCOMPARE(source.iniPath, u"conf/db.ini"_s);
    QCOMPARE(source.iniSection, u"second"_s);

    source = ProjectConfigSource::forCommandLine(u"/work"_s, u"x.ini"_s, {}, environment);
    QCOMPARE(source.iniPath, u"x.ini"_s);
}

// Alembic 1.13 over many projects in one python3 run: each argument is a project folder,
// whose alembic.ini is read from inside it as the CLI would.
constexpr auto batchReferenceScript = R"(
import json, os, sys
from alembic.config import Config
from alembic.script import ScriptDirectory
out = {}
for folder in sys.argv[1:]:
    os.chdir(folder)
    try:
        sd = ScriptDirectory.from_config(Config('alembic.ini'))
        out[folder] = {
            'script_directory': os.path.abspath(sd.dir),
            'version_locations': list(sd.version_locations or []),
            'version_directories': list(sd._version_locations),
            'recursive': sd.recursive_version_locations,
            'file_template': sd.file_template,
            'truncate_slug_length': sd.truncate_slug_length,
            'timezone': sd.timezone,
            'sourceless': sd.sourceless,
            'output_encoding': sd.output_encoding,
        }
    except Exception as e:
        out[folder] = {'error': type(e).__name__ + ': ' + str(e)}
print(json.dumps(out))
)";

// Differential test: the values whose parsing is Alembic's own (version_locations and its
// separator, the "true" flags, int() of truncate_slug_length) drawn at random (fixed seed).
void TestProjectConfig::agreesWithAlembicOnGeneratedValues()
{
    const QStringList locationPieces{u"a"_s, u"b/c"_s, u" "_s, u"  "_s, u","_s, u", "_s, u";"_s,
                                     u":"_s, u"%(here)s/v"_s, u"\n  d"_s, u"/abs"_s};
    const QStringList separators{{}, u"space"_s, u"os"_s, u":"_s, u";"_s, u","_s, u"newline"_s, u"Space"_s};
    const QStringList flags{{}, u"true"_s, u"True"_s, u"1"_s, u"yes"_s, u"false"_s, u"  true  "_s};
    const QStringList lengths{{}, u"40"_s, u"0"_s, u"-3"_s, u"+1_0"_s, u"1__0"_s, u"x"_s, u" 7 "_s, u"_1"_s, u"007"_s};

    QTemporaryDir dir;
    QRandomGenerator random(1313);
    const auto pick = [&](const QStringList &list) { return list[random.bounded(list.size())]; };
    const auto line = [](const QString &name, const QString &value) {
        return value.isNull() ? QString() : name + u" = "_s + value + u'\n';
    };
    QStringList folders;
    for (int n = 0; n < 120; ++n) {
        const QString folder = QDir(dir.path()).canonicalPath() + u"/p%1"_s.arg(n);
        QString locations;
        const int count = random.bounded(6);
        for (int i = 0; i < count; ++i)
            locations += pick(locationPieces);
        const QString ini = u"[alembic]\nscript_location = alembic\n"_s
                            + line(u"version_locations"_s, count ? locations : QString())
                            + line(u"version_path_separator"_s, pick(separators))
                            + line(u"recursive_version_locations"_s, pick(flags))
                            + line(u"sourceless"_s, pick(flags))
                            + line(u"truncate_slug_length"_s, pick(lengths));
        writeFiles(folder, {{scriptFolders, {}}, {u"alembic.ini"_s, ini}});
        folders.append(folder);
    }

    QProcess python;
    python.start(u"python3"_s, QStringList{u"-c"_s, QString::fromUtf8(batchReferenceScript)} + folders);
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonObject reference = QJsonDocument::fromJson(python.readAllStandardOutput()).object();

    for (const QString &folder : std::as_const(folders)) {
        const QJsonObject alembic = reference.value(folder).toObject();
        Diagnostic error;
        const auto config = Migrations::readProjectConfig({u"alembic.ini"_s, u"alembic"_s, {}, folder}, &error);
        QFile iniFile(folder + u"/alembic.ini"_s);
        QVERIFY(iniFile.open(QIODevice::ReadOnly));
        const QString context = QString::fromUtf8(iniFile.readAll()) + u"Alembic says "_s
                                + QString::fromUtf8(QJsonDocument(alembic).toJson(QJsonDocument::Compact))
                                + u", we say "_s + (config ? u"fine"_s : error.message);
        if (alembic.contains(u"error"_s)) {
            QVERIFY2(!config, qPrintable(context));
            // The same problem is named first, in Alembic's words where it has its own.
            const QString alembicError = alembic.value(u"error"_s).toString();
            // importlib's errors (no such module, empty module name) are said our own way.
            if (alembicError.startsWith(u"ModuleNotFoundError: "_s) || alembicError.contains(u"module name"_s))
                QVERIFY2(error.message.contains(u"package"_s), qPrintable(context));
            else
                QVERIFY2(error.message.contains(alembicError.section(u": "_s, 1)), qPrintable(context));
            continue;
        }
        QVERIFY2(config, qPrintable(context));
        QCOMPARE(toJson(*config), alembic);
    }
}

QTEST_GUILESS_MAIN(TestProjectConfig)
#include "tst_projectconfig.moc"
