#include "revisioncreation.h"

#include "inifile.h"
#include "projectconfig.h"
#include "pythontext.h"
#include "revisionfilename.h"
#include "scriptdirectory.h"
#include "scripttemplate.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringEncoder>
#include <QTimeZone>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

const QString multipleHeadsWording = u"Multiple heads are present; please specify the head revision on which the new "
                                     "revision should be based, or perform a merge."_s;

CommandOutput refused(const QString &why)
{
    return commandFailed(why);
}

struct Project
{
    std::optional<IniFile> ini;
    QString section;
};

// The ini file as Alembic's Config holds it, for get_main_option() and the hooks.
std::optional<Project> readIni(const ProjectConfig &config, const QString &section, QString *why)
{
    Project project{std::nullopt, section};
    if (config.iniPath.isEmpty())
        return project;
    Diagnostic error;
    project.ini = IniFile::read(config.iniPath, {{u"here"_s, QFileInfo(config.iniPath).absolutePath()}}, &error);
    if (!project.ini) {
        *why = error.message;
        return std::nullopt;
    }
    return project;
}


// os.path.join
QString joinPath(const QString &folder, const QString &name)
{
    if (QDir::isAbsolutePath(name))
        return name;
    return folder.isEmpty() || folder.endsWith(u'/') ? folder + name : folder + u'/' + name;
}

// os.path.normpath(os.path.abspath(path))
QString absolutePath(const QString &path)
{
    return QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

// post_write_hooks run the project's own tools (black, ruff…) from its Python environment,
// as Alembic finds them: not something to imitate. The hooks configured, or "".
QString configuredHooks(const Project &project)
{
    if (!project.ini || !project.ini->hasSection(u"post_write_hooks"_s))
        return {};
    Diagnostic ignored;
    const QString hooks = project.ini->value(u"post_write_hooks"_s, u"hooks"_s, &ignored).value_or(QString());
    // _split_on_space_comma, empty names skipped as _run_hooks skips them
    static const QRegularExpression separator(u", *| +"_s);
    return hooks.split(separator, Qt::SkipEmptyParts).join(u", "_s);
}

// What Alembic checks once the file is written: it reads it back as a revision
// (Script._from_path), then adds it to the map (a taken label raises, an id already there
// warns).
void checkWrittenScript(const RevisionGraph &graph, const RevisionRequest &request, const QString &alembicPath,
                        RevisionDraft *result)
{
    Diagnostic unreadable;
    const std::optional<RevisionScript> written = parseRevisionScript(result->text, result->path, &unreadable);
    if (!written) {
        result->failure = unreadable.message;
    } else if (request.branchLabel && !request.branchLabel->isEmpty() && written->branchLabels.isEmpty()) {
        result->failure = u"Version %1 specified branch_labels %2, however the migration file %3 does not have them; "
                          "have you upgraded your script.py.mako to include the 'branch_labels' section?"_s
                              .arg(written->revision, *request.branchLabel, alembicPath);
    } else {
        for (const QString &label : written->branchLabels) {
            const int taken = graph.indexOf(label);
            if (taken >= 0 && graph.revisions()[taken].id != written->revision) {
                result->crash = u"Branch name '%1' in revision %2 already used by revision %3"_s.arg(
                    label, written->revision, graph.revisions()[taken].id);
                break;
            }
        }
        for (const Revision &revision : graph.revisions()) {
            if (revision.id == written->revision)
                result->warning = u"Revision %1 is present more than once"_s.arg(revision.id);
        }
    }
}

std::optional<RevisionDraft> draft(const ScriptDirectory &directory, const ProjectConfig &config,
                                   const RevisionRequest &request, const QDateTime &now, int microseconds,
                                   CommandOutput *failure, QString *directoryBeforeFailure)
{
    // command.revision's own checks, before anything is loaded.
    if (request.autogenerate && request.sql) {
        *failure = commandFailed(u"Using --sql with --autogenerate does not make any sense"_s);
        return std::nullopt;
    }
    if (request.sql && !config.revisionEnvironment) {
        *failure = commandFailed(u"Using --sql with the revision command when revision_environment is not "
                                 "configured does not make any sense"_s);
        return std::nullopt;
    }
    if (request.autogenerate || request.sql || config.revisionEnvironment) {
        // Each runs the project's env.py, which only Python can.
        *failure = refused(
            request.autogenerate
                ? QCoreApplication::translate("Migrations::RevisionCreation",
                                              "Alembic Studio does not autogenerate revisions (it would run env.py "
                                              "against a database); run `alembic revision --autogenerate`")
                : QCoreApplication::translate("Migrations::RevisionCreation",
                                              "revision_environment is set: Alembic would run env.py to write this "
                                              "revision, which Alembic Studio does not; run `alembic %1`")
                      .arg(request.merge ? u"merge"_s : u"revision"_s));
        return std::nullopt;
    }

    RevisionDraft result;
    result.revisionId = request.revisionId.isEmpty() ? newRevisionId() : request.revisionId;
    // Script.verify_rev_id
    QStringList illegal;
    for (const QChar c : {u'+', u'-', u'@'}) {
        if (result.revisionId.contains(c))
            illegal.append(c);
    }
    if (!illegal.isEmpty()) {
        *failure = commandFailed(u"Character(s) '%1' not allowed in revision identifier '%2'"_s.arg(
            illegal.join(u", "_s), result.revisionId));
        return std::nullopt;
    }
    if (const std::optional<CommandOutput> graph = graphFailure(directory)) {
        *failure = *graph;
        return std::nullopt;
    }

    // The heads the new revision is built on: get_revisions(head); `base` names none.
    const RevisionGraph &graph = directory.graph();
    QList<int> heads;
    bool baseNamed = false;
    for (const QString &head : request.heads) {
        const RevisionResolution resolution = graph.resolve(head);
        if (resolution.error) {
            *failure = revisionFailure(*resolution.error, {{}, {}, {}, multipleHeadsWording});
            return std::nullopt;
        }
        if (resolution.revisions.isEmpty() && (head == u"base" || head.endsWith(u"@base")))
            baseNamed = true;
        for (const int index : resolution.revisions) {
            if (index < 0) {
                baseNamed = true;
                continue;
            }
            if (heads.contains(index)) {
                *failure = commandFailed(u"Duplicate head revisions specified"_s);
                return std::nullopt;
            }
            heads.append(index);
        }
    }
    if (baseNamed && request.merge) {
        *failure = refused(QCoreApplication::translate("Migrations::RevisionCreation",
                                                       "Alembic Studio does not merge with base"));
        return std::nullopt;
    }

    QString why;
    const std::optional<QDateTime> date = createDate(config, now, &why);
    if (!date) {
        *failure = commandFailed(why);
        return std::nullopt;
    }

    // The version location: --version-path, else the first head's folder when there are
    // several locations, else <script_location>/versions as Alembic joins it.
    const QStringList locations = config.versionDirectories.isEmpty()
                                      ? QStringList{absolutePath(joinPath(config.scriptDirectory, u"versions"_s))}
                                      : config.versionDirectories;
    const bool severalLocations = locations.size() > 1;
    QString versionPath = request.versionPath;
    if (versionPath.isEmpty()) {
        if (severalLocations) {
            if (heads.isEmpty()) {
                *failure = commandFailed(u"Multiple version locations present, please specify --version-path"_s);
                return std::nullopt;
            }
            versionPath = QFileInfo(directory.script(heads.first()).path).path();
        } else {
            // ScriptDirectory.versions: the one location, absolute.
            versionPath = locations.first();
        }
    }
    const QString normalized = absolutePath(versionPath);
    bool represented = false;
    for (const QString &location : locations)
        represented = represented || QDir::cleanPath(location) == normalized;
    if (!represented) {
        *failure = commandFailed(u"Path %1 is not represented in current version locations"_s.arg(versionPath));
        return std::nullopt;
    }
    if (!config.versionLocations.isEmpty() && !QFileInfo::exists(normalized)) {
        result.directoryToCreate = normalized;
        *directoryBeforeFailure = normalized;
    }

    // _rev_path
    QHash<QString, FormatValue> values;
    values.insert(u"rev"_s, result.revisionId);
    values.insert(u"slug"_s, revisionSlug(request.message.value_or(QString()), config.truncateSlugLength));
    values.insert(u"epoch"_s, date->toSecsSinceEpoch());
    values.insert(u"year"_s, date->date().year());
    values.insert(u"month"_s, date->date().month());
    values.insert(u"day"_s, date->date().day());
    values.insert(u"hour"_s, date->time().hour());
    values.insert(u"minute"_s, date->time().minute());
    values.insert(u"second"_s, date->time().second());
    const std::optional<QString> fileName = percentFormat(config.fileTemplate, values, &why);
    if (!fileName) {
        *failure = commandCrashed(why);
        return std::nullopt;
    }
    const QString alembicPath = joinPath(versionPath, *fileName + u".py"_s);
    result.path = absolutePath(alembicPath);

    if (!request.splice) {
        for (const int head : std::as_const(heads)) {
            if (!graph.revisions()[head].isHead()) {
                *failure = commandFailed(u"Revision %1 is not a head revision; please specify --splice to create a "
                                         "new branch from this revision"_s.arg(graph.revisions()[head].id));
                return std::nullopt;
            }
        }
    }

    // depends_on: partial ids resolved, branch labels kept as written.
    QStringList dependsOn;
    for (const QString &dependency : request.dependsOn) {
        const RevisionResolution resolution = graph.resolveOne(dependency);
        if (resolution.error) {
            *failure = revisionFailure(*resolution.error);
            return std::nullopt;
        }
        if (resolution.revisions.isEmpty() || resolution.revisions.first() < 0) {
            *failure = commandCrashed(u"AssertionError: --depends-on %1 names no revision"_s.arg(dependency));
            return std::nullopt;
        }
        const Revision &revision = graph.revisions()[resolution.revisions.first()];
        dependsOn.append(revision.branchLabels.contains(dependency) ? dependency : revision.id);
    }

    const std::optional<Project> project = readIni(config, request.iniSection, &why);
    if (!project) {
        *failure = commandFailed(why);
        return std::nullopt;
    }

    // The template's arguments, as generate_revision passes them.
    QStringList downRevisions;
    for (const int head : std::as_const(heads))
        downRevisions.append(graph.revisions()[head].id);
    // revision.tuple_rev_as_scalar
    const auto scalar = [](const QStringList &ids, bool list) {
        if (ids.isEmpty())
            return TemplateValue::none();
        if (ids.size() == 1)
            return TemplateValue::string(ids.first());
        return list ? TemplateValue::list(ids) : TemplateValue::tuple(ids);
    };
    TemplateArguments arguments;
    arguments.values.insert(u"up_revision"_s, TemplateValue::string(result.revisionId));
    arguments.values.insert(u"down_revision"_s, scalar(downRevisions, false));
    arguments.values.insert(u"branch_labels"_s, request.branchLabel ? TemplateValue::tuple({*request.branchLabel})
                                                                     : TemplateValue::none());
    arguments.values.insert(u"depends_on"_s, scalar(dependsOn, true));
    arguments.values.insert(u"create_date"_s, TemplateValue::string(pythonDateTime(*date, microseconds, config.timezone.has_value())));
    arguments.values.insert(u"message"_s, TemplateValue::string(request.message.value_or(u"empty message"_s)));
    if (project->ini) {
        arguments.mainOption = [project](const QString &name) -> std::optional<QString> {
            Diagnostic ignored;
            return project->ini->value(project->section, name, &ignored);
        };
    }

    const QString templatePath = QDir(config.scriptDirectory).filePath(u"script.py.mako"_s);
    const QString generating = u"Generating %1 ...  FAILED\n"_s.arg(result.path);
    Diagnostic error;
    const std::optional<TextFile> source = readTextFile(templatePath, &why);
    if (!source) {
        // Where Mako's open() raises.
        *failure = commandCrashed(QFileInfo::exists(templatePath)
                                      ? why
                                      : u"[Errno 2] No such file or directory: %1"_s.arg(pythonRepr(templatePath)));
        failure->standardOutput.prepend(generating);
        return std::nullopt;
    }
    const std::optional<QString> text = renderScriptTemplate(source->text, templatePath, arguments, &error);
    if (!text) {
        *failure = commandFailed(error.message);
        failure->standardOutput.prepend(generating);
        return std::nullopt;
    }
    result.text = *text;
    QStringEncoder encoder(config.outputEncoding.toLatin1().constData());
    if (!encoder.isValid()) {
        *failure = commandFailed(u"output_encoding %1: Alembic Studio does not know this encoding"_s.arg(config.outputEncoding));
        return std::nullopt;
    }
    result.bytes = encoder.encode(result.text);
    if (encoder.hasError()) {
        *failure = commandFailed(u"The new script cannot be written in %1 (output_encoding)"_s.arg(config.outputEncoding));
        failure->standardOutput.prepend(generating);
        return std::nullopt;
    }

    if (const QString hooks = configuredHooks(*project); !hooks.isEmpty()) {
        *failure = refused(QCoreApplication::translate("Migrations::RevisionCreation",
                                                       "post_write_hooks (%1) are configured: Alembic would run "
                                                       "them on the new file, which Alembic Studio does not; run "
                                                       "`alembic %2`")
                               .arg(hooks, request.merge ? u"merge"_s : u"revision"_s));
        return std::nullopt;
    }
    checkWrittenScript(graph, request, alembicPath, &result);
    return result;
}

} // namespace

std::optional<RevisionDraft> draftRevision(const ScriptDirectory &directory, const ProjectConfig &config,
                                           const RevisionRequest &request, const QDateTime &now, int microseconds,
                                           CommandOutput *failure)
{
    QString ignored;
    return draft(directory, config, request, now, microseconds, failure, &ignored);
}

namespace {

// Alembic's util.status("Creating directory …")
std::optional<QString> createDirectory(const QString &path, QString *printed)
{
    *printed += u"Creating directory %1 ..."_s.arg(path);
    if (!QDir().mkpath(path)) {
        *printed += u"  FAILED\n"_s;
        return u"could not create the folder %1"_s.arg(path);
    }
    *printed += u"  done\n"_s;
    return std::nullopt;
}

} // namespace

CommandOutput writeRevisionDraft(const RevisionDraft &draft)
{
    CommandOutput output;
    if (!draft.directoryToCreate.isEmpty()) {
        if (const std::optional<QString> why = createDirectory(draft.directoryToCreate, &output.standardOutput)) {
            output.standardError = u"error: %1\n"_s.arg(*why);
            output.exitCode = 1;
            return output;
        }
    }
    output.standardOutput += u"Generating %1 ..."_s.arg(draft.path);
    QSaveFile file(draft.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(draft.bytes) != draft.bytes.size() || !file.commit()) {
        output.standardOutput += u"  FAILED\n"_s;
        output.standardError = u"error: %1: %2\n"_s.arg(draft.path, file.errorString());
        output.exitCode = 1;
        return output;
    }
    output.standardOutput += u"  done\n"_s;
    if (!draft.failure.isEmpty()) {
        output.standardOutput += u"FAILED: %1\n"_s.arg(draft.failure);
        output.exitCode = 255;
    } else if (!draft.crash.isEmpty()) {
        output.standardError += u"error: %1\n"_s.arg(draft.crash);
        output.exitCode = 1;
    } else if (!draft.warning.isEmpty()) {
        output.standardError += u"warning: %1\n"_s.arg(draft.warning);
    }
    return output;
}

namespace {

// Python's datetime.now() has microseconds; QDateTime has milliseconds.
std::pair<QDateTime, int> currentInstant()
{
    const auto sinceEpoch = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::system_clock::now().time_since_epoch()).count();
    return {QDateTime::fromMSecsSinceEpoch(sinceEpoch / 1000, QTimeZone::UTC), int(sinceEpoch % 1000000)};
}

} // namespace

std::optional<RevisionDraft> draftRevisionNow(const ScriptDirectory &directory, const ProjectConfig &config,
                                              const RevisionRequest &request, CommandOutput *failure)
{
    const auto [now, microseconds] = currentInstant();
    return draftRevision(directory, config, request, now, microseconds, failure);
}

QString failureMessage(const CommandOutput &output)
{
    for (const QString &line : output.standardOutput.split(u'\n')) {
        if (line.startsWith(u"FAILED: "_s))
            return line.sliced(8);
    }
    for (const QString &line : output.standardError.split(u'\n')) {
        if (line.startsWith(u"error: "_s))
            return line.sliced(7);
    }
    return (output.standardOutput + output.standardError).trimmed();
}

QString draftProblem(const RevisionDraft &draft)
{
    if (!draft.failure.isEmpty())
        return draft.failure;
    if (!draft.crash.isEmpty())
        return draft.crash;
    return draft.warning;
}

CommandOutput revisionCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                              const RevisionRequest &request)
{
    const auto [now, microseconds] = currentInstant();
    CommandOutput failure;
    QString directoryBeforeFailure;
    const std::optional<RevisionDraft> made = draft(directory, config, request, now, microseconds,
                                                    &failure, &directoryBeforeFailure);
    if (!made) {
        // Alembic creates a missing version location before its last checks.
        if (!directoryBeforeFailure.isEmpty()) {
            QString printed;
            if (!createDirectory(directoryBeforeFailure, &printed))
                failure.standardOutput.prepend(printed);
        }
        return failure;
    }
    return writeRevisionDraft(*made);
}

CommandOutput mergeCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                           const QStringList &revisions, const std::optional<QString> &message,
                           const std::optional<QString> &branchLabel, const QString &revisionId,
                           const QString &iniSection)
{
    RevisionRequest request;
    request.merge = true;
    request.heads = revisions;
    request.message = message;
    request.branchLabel = branchLabel;
    request.revisionId = revisionId;
    request.iniSection = iniSection;
    return revisionCommand(directory, config, request);
}

} // namespace Migrations
