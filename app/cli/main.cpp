// alembic-studio-cli: Alembic's command line, run by Alembic Studio's core. For the same
// project it prints what `alembic` prints, byte for byte, with the same exit codes.

#include "commandline.h"
#include "terminalprogress.h"

#include <migrations/commands.h>
#include <migrations/projectconfig.h>
#include <migrations/pythonengine.h>
#include <migrations/revisioncreation.h>
#include <migrations/runner.h>
#include <migrations/scriptdirectory.h>
#include <migrations/studioversion.h>

#include <QCoreApplication>
#include <QDir>

#include <QScopeGuard>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Migrations;

namespace {

void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

// Ends the process once the output is written, without freeing what the command built
// piece by piece: a big project's scripts, their texts and namespaces took longer to free
// than the output took to write. Sanitizer builds end normally, so that leaks are still
// looked for.
#if defined(__SANITIZE_ADDRESS__)
#define ALEMBIC_STUDIO_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ALEMBIC_STUDIO_SANITIZED 1
#endif
#endif

[[noreturn]] void exitNow(int code)
{
    std::fflush(stdout);
    std::fflush(stderr);
#ifdef ALEMBIC_STUDIO_SANITIZED
    std::exit(code);
#else
    std::_Exit(code);
#endif
}

// Ctrl-C during a run: the first asks the runner to stop before its next statement and
// roll back what is not committed (it then says where the database is); a second one
// ends the process at once, as it would have without this.
std::atomic<MigrationRunner *> interruptedRunner{nullptr};

extern "C" void interrupt(int)
{
    if (MigrationRunner *runner = interruptedRunner.exchange(nullptr)) {
        runner->cancel(); // an atomic store: safe in a signal handler
        return;
    }
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
}

int usageError(const UsageError &error)
{
    write(stderr, error.usage + u"%1: error: %2\n"_s.arg(error.prog, error.message));
    return 2;
}

// The project's revisions as Alembic's ScriptDirectory.from_config would find them.
std::optional<ScriptDirectory> loadProject(const CommandLine &line, CommandOutput *failure,
                                           std::optional<ProjectConfig> *loadedConfig)
{
    const ProjectConfigSource source = ProjectConfigSource::forCommandLine(
        QDir::currentPath(), line.config, line.name, QProcessEnvironment::systemEnvironment());
    Diagnostic diagnostic;
    const std::optional<ProjectConfig> config = readProjectConfig(source, &diagnostic);
    if (!config) {
        *failure = commandFailed(diagnostic.message);
        return std::nullopt;
    }
    *loadedConfig = config;
    // The commands that read the steps' bodies read them from the text loaded here.
    const bool readsBodies = line.command == "upgrade"_L1 || line.command == "downgrade"_L1
                             || line.command == "schema"_L1 || line.command == "check-drift"_L1;
    return ScriptDirectory::load(config->versionDirectories, !config->versionLocations.isEmpty(),
                                 config->recursiveVersionLocations,
                                 readsBodies ? ScriptSources::Keep : ScriptSources::Drop);
}

// `directory` is the caller's: see exitNow().
CommandOutput run(const CommandLine &line, std::optional<ScriptDirectory> &directory)
{
    CommandOutput failure;
    std::optional<ProjectConfig> config;
    directory = loadProject(line, &failure, &config);
    if (!directory)
        return failure;
    // -x KEY=URL where env.py reads its URL from -x; --url-env; --url: what the stock
    // env.py takes from sqlalchemy.url (the Python engine passes it on), in that order of
    // precedence.
    if (const std::optional<QString> fromX = urlFromXArguments(*config, line.x))
        config->sqlalchemyUrl = *fromX;
    if (!line.urlEnvironment.isEmpty()) {
        const QByteArray variable = line.urlEnvironment.toLocal8Bit();
        if (!qEnvironmentVariableIsSet(variable.constData()))
            return commandCrashed(u"--url-env %1: the environment has no variable %1"_s.arg(line.urlEnvironment));
        config->sqlalchemyUrl = qEnvironmentVariable(variable.constData());
    }
    if (!line.url.isEmpty())
        config->sqlalchemyUrl = line.url;
    OnlineOptions onlineOptions;
    if (!line.lockTimeout.isEmpty()) {
        bool ok = false;
        const double seconds = line.lockTimeout.toDouble(&ok);
        if (!ok || seconds < 0)
            return commandCrashed(u"--lock-timeout %1 is not a number of seconds"_s.arg(line.lockTimeout));
        onlineOptions.lockTimeoutMs = int(seconds * 1000);
    }
    // Online runs write Alembic's log as they go, and --progress draws below it.
    MigrationRunner runner;
    interruptedRunner = &runner;
    std::signal(SIGINT, interrupt);
    const auto restoreInterrupt = qScopeGuard([] {
        interruptedRunner = nullptr;
        std::signal(SIGINT, SIG_DFL);
    });
    std::optional<TerminalProgress> progress;
    onlineOptions.runner = &runner;
    if (line.progress) {
        progress.emplace(runner, stderr);
        onlineOptions.writeLog = [&progress](const QString &text) { progress->writeLog(text); };
    } else {
        onlineOptions.writeLog = [](const QString &text) {
            write(stderr, text);
            std::fflush(stderr);
        };
    }
    // --python: Alembic run as it would be run here, with this command line's options.
    const PythonAlembic pythonAlembic{line.python, QDir::currentPath(), line.config, line.name, line.x};
    const PythonAlembic *python = line.python.isEmpty() ? nullptr : &pythonAlembic;
    // Alembic's warnings (a file loaded twice, a duplicate id) go to standard error, before
    // anything a command logs — right away when the command logs as it goes.
    QString warnings;
    for (const Diagnostic &warning : directory->warnings())
        warnings += u"warning: %1\n"_s.arg(warning.message);
    const bool runs = line.command == "upgrade"_L1 || line.command == "downgrade"_L1 || line.command == "stamp"_L1;
    const bool logsLive = (runs && !line.flag(u"sql"_s)) || line.command == "current"_L1
                          || line.flag(u"indicate_current"_s)
                          || (line.command == "show"_L1 && line.positionals.first() == "current"_L1);
    if (logsLive) {
        onlineOptions.writeLog(warnings);
        warnings.clear();
    }
    CommandOutput output;
    if (line.command == "history"_L1) {
        if (line.flag(u"indicate_current"_s)) {
            output = indicatedHistoryCommand(*directory, *config, line.options.value(u"rev_range"_s),
                                             line.flag(u"verbose"_s), onlineOptions);
        } else {
            output = historyCommand(*directory, line.options.value(u"rev_range"_s), line.flag(u"verbose"_s));
        }
    } else if (line.command == "current"_L1) {
        output = currentCommand(*directory, *config, line.flag(u"verbose"_s), line.flag(u"check_heads"_s), onlineOptions);
    } else if (line.command == "heads"_L1) {
        output = headsCommand(*directory, line.flag(u"verbose"_s), line.flag(u"resolve_dependencies"_s));
    } else if (line.command == "branches"_L1) {
        output = branchesCommand(*directory, line.flag(u"verbose"_s));
    } else if (line.command == "show"_L1) {
        output = line.positionals.first() == "current"_L1 ? showCurrentCommand(*directory, *config, onlineOptions)
                                                          : showCommand(*directory, line.positionals.first());
    } else if (line.command == "upgrade"_L1) {
        // --tag is only for custom env.py scripts; the stock one ignores it.
        output = upgradeCommand(*directory, *config, line.positionals.first(), line.flag(u"sql"_s), python, onlineOptions);
    } else if (line.command == "downgrade"_L1) {
        output = downgradeCommand(*directory, *config, line.positionals.first(), line.flag(u"sql"_s), python, onlineOptions);
    } else if (line.command == "stamp"_L1) {
        output = stampCommand(*directory, *config, line.positionals, line.flag(u"sql"_s), line.flag(u"purge"_s),
                              onlineOptions);
    } else if (line.command == "revision"_L1) {
        RevisionRequest request;
        if (line.options.contains(u"message"_s))
            request.message = line.options.value(u"message"_s);
        if (line.options.contains(u"head"_s))
            request.heads = {line.options.value(u"head"_s)};
        request.splice = line.flag(u"splice"_s);
        if (line.options.contains(u"branch_label"_s))
            request.branchLabel = line.options.value(u"branch_label"_s);
        request.versionPath = line.options.value(u"version_path"_s);
        request.revisionId = line.options.value(u"rev_id"_s);
        request.dependsOn = line.lists.value(u"depends_on"_s);
        request.autogenerate = line.flag(u"autogenerate"_s);
        request.sql = line.flag(u"sql"_s);
        request.iniSection = line.name;
        output = revisionCommand(*directory, *config, request);
    } else if (line.command == "merge"_L1) {
        const QHash<QString, QString> &options = line.options;
        output = mergeCommand(*directory, *config, line.positionals,
                              options.contains(u"message"_s) ? std::optional(options.value(u"message"_s)) : std::nullopt,
                              options.contains(u"branch_label"_s) ? std::optional(options.value(u"branch_label"_s))
                                                                  : std::nullopt,
                              options.value(u"rev_id"_s), line.name);
    } else if (line.command == "schema"_L1) {
        output = schemaCommand(*directory, *config, line.positionals.first(), line.options.value(u"dialect"_s));
    } else if (line.command == "check-drift"_L1) {
        output = checkDriftCommand(*directory, *config);
    }
    output.standardError.prepend(warnings);
    return output;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"alembic-studio-cli"_s);
    QCoreApplication::setApplicationVersion(Migrations::studioVersion());

    UsageError usage;
    const std::optional<CommandLine> line = parseCommandLine(QCoreApplication::arguments().sliced(1), &usage);
    if (!line)
        return usageError(usage);
    if (line->help) {
        write(stdout, helpText(line->command));
        return 0;
    }
    if (line->version) {
        write(stdout, u"%1 %2\n"_s.arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
        return 0;
    }
    if (!isImplemented(line->command)) {
        write(stderr, u"%1: '%2' is one of Alembic's commands, but this version of Alembic Studio does not "
                      "run it yet\n"_s.arg(QCoreApplication::applicationName(), line->command));
        return 2;
    }

    std::optional<ScriptDirectory> directory;
    CommandOutput output = run(*line, directory);
    if (line->raiseErr && output.exitCode == 255) {
        // --raiseerr: Alembic lets the CommandError escape as a traceback, status 1.
        output = {{}, u"CommandError: %1"_s.arg(output.standardOutput.sliced(8)), 1};
    }
    if (!line->quiet) // -q silences everything Alembic prints, the FAILED line too
        write(stdout, output.standardOutput);
    write(stderr, output.standardError);
    exitNow(output.exitCode);
}
