#include "commandline.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct OptionSpec
{
    QStringList names; // "-r", "--rev-range"
    QString dest;      // "rev_range"
    QString metavar;   // empty: a flag
    QString help;
    bool append = false; // argparse action="append": every value kept, in order
};

struct CommandSpec
{
    QString name;
    QList<OptionSpec> options;
    QStringList positionals;
    QString help;
    bool lastPositionalRepeats = false; // argparse nargs="+"
    QStringList positionalHelp = {};    // one per positional, when argparse has one
};

const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options = {
        {{u"--version"_s}, u"version"_s, {}, u"show program's version number and exit"_s},
        {{u"-c"_s, u"--config"_s}, u"config"_s, u"CONFIG"_s,
         u"Alternate config file; defaults to value of ALEMBIC_CONFIG environment variable, or \"alembic.ini\""_s},
        {{u"-n"_s, u"--name"_s}, u"name"_s, u"NAME"_s, u"Name of section in .ini file to use for Alembic config"_s},
        {{u"-x"_s}, u"x"_s, u"X"_s,
         u"Additional arguments consumed by custom env.py scripts, e.g. -x setting1=somesetting -x "
         "setting2=somesetting"_s},
        {{u"--raiseerr"_s}, u"raiseerr"_s, {}, u"Raise a full stack trace on error"_s},
        {{u"-q"_s, u"--quiet"_s}, u"quiet"_s, {}, u"Do not log to std output."_s},
        // Alembic Studio's own: listed in the help, never in the usage line, which stays
        // Alembic's word for word.
        {{u"--python"_s}, u"python"_s, u"PATH"_s,
         u"A Python interpreter with Alembic (the project's virtualenv): the steps the native engine "
         "cannot run are run by that Alembic, or with --sql rendered by it"_s},
        {{u"--url"_s}, u"url"_s, u"URL"_s,
         u"The database URL, in place of the configuration's sqlalchemy.url (for --sql, it chooses the dialect)"_s},
        {{u"--url-env"_s}, u"url_env"_s, u"NAME"_s,
         u"The environment variable that holds the database URL, in place of sqlalchemy.url"_s},
        {{u"--progress"_s}, u"progress"_s, {},
         u"Show the progress of upgrade, downgrade and stamp on the terminal (standard error)"_s},
        {{u"--lock-timeout"_s}, u"lock_timeout"_s, u"SECONDS"_s,
         u"How long a run waits for another run on the same database to finish; default 60"_s},
    };
    return options;
}

const OptionSpec verbose{{u"-v"_s, u"--verbose"_s}, u"verbose"_s, {}, u"Use more verbose output"_s};
const OptionSpec sql{{u"--sql"_s}, u"sql"_s, {},
                     u"Don't emit SQL to database - dump to standard output/file instead. See docs on offline mode."_s};
const OptionSpec tag{{u"--tag"_s}, u"tag"_s, u"TAG"_s, u"Arbitrary 'tag' name - can be used by custom env.py scripts."_s};

const OptionSpec branchLabel{{u"--branch-label"_s}, u"branch_label"_s, u"BRANCH_LABEL"_s,
                             u"Specify a branch label to apply to the new revision"_s};
const OptionSpec revId{{u"--rev-id"_s}, u"rev_id"_s, u"REV_ID"_s,
                       u"Specify a hardcoded revision id instead of generating one"_s};

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs = {
        {u"branches"_s, {verbose}, {}, u"Show current branch points."_s},
        {u"heads"_s,
         {verbose,
          {{u"--resolve-dependencies"_s}, u"resolve_dependencies"_s, {}, u"Treat dependency versions as down revisions"_s}},
         {},
         u"Show current available heads in the script directory."_s},
        {u"history"_s,
         {{{u"-r"_s, u"--rev-range"_s}, u"rev_range"_s, u"REV_RANGE"_s,
           u"Specify a revision range; format is [start]:[end]"_s},
          verbose,
          {{u"-i"_s, u"--indicate-current"_s}, u"indicate_current"_s, {}, u"Indicate the current revision"_s}},
         {},
         u"List changeset scripts in chronological order."_s},
        {u"current"_s,
         {verbose,
          // Alembic 1.17.1's, which the reference Alembic (1.13) does not have yet.
          {{u"--check-heads"_s}, u"check_heads"_s, {}, u"Check if all head revisions are applied to the database."_s}},
         {},
         u"Display the current revision for a database."_s},
        {u"show"_s, {}, {u"rev"_s}, u"Show the revision(s) denoted by the given symbol."_s},
        {u"upgrade"_s, {sql, tag}, {u"revision"_s}, u"Upgrade to a later version."_s},
        {u"downgrade"_s, {sql, tag}, {u"revision"_s}, u"Revert to a previous version."_s},
        {u"stamp"_s,
         {sql, tag,
          {{u"--purge"_s}, u"purge"_s, {}, u"Unconditionally erase the version table before stamping"_s}},
         {u"revisions"_s},
         u"'stamp' the revision table with the given revision; don't run any migrations."_s,
         true},
        {u"revision"_s,
         {{{u"-m"_s, u"--message"_s}, u"message"_s, u"MESSAGE"_s, u"Message string to use with 'revision'"_s},
          {{u"--autogenerate"_s}, u"autogenerate"_s, {},
           u"Populate revision script with candidate migration operations, based on comparison of database to model."_s},
          sql,
          {{u"--head"_s}, u"head"_s, u"HEAD"_s,
           u"Specify head revision or <branchname>@head to base new revision on."_s},
          {{u"--splice"_s}, u"splice"_s, {}, u"Allow a non-head revision as the 'head' to splice onto"_s},
          branchLabel,
          {{u"--version-path"_s}, u"version_path"_s, u"VERSION_PATH"_s,
           u"Specify specific path from config for version file"_s},
          revId,
          {{u"--depends-on"_s}, u"depends_on"_s, u"DEPENDS_ON"_s,
           u"Specify one or more revision identifiers which this revision should depend on."_s, true}},
         {},
         u"Create a new revision file."_s},
        {u"merge"_s,
         {{{u"-m"_s, u"--message"_s}, u"message"_s, u"MESSAGE"_s, u"Message string to use with 'revision'"_s},
          branchLabel,
          revId},
         {u"revisions"_s},
         u"Merge two revisions together.  Creates a new migration file."_s,
         true,
         {u"one or more revisions, or 'heads' for all heads"_s}},
        // Alembic Studio's own commands.
        {u"schema"_s,
         {{{u"--dialect"_s}, u"dialect"_s, u"DIALECT"_s,
           u"sqlite, postgresql, mysql or mariadb; defaults to the dialect of sqlalchemy.url"_s}},
         {u"revision"_s},
         u"Show the schema the migrations build up to a revision, as CREATE statements."_s},
        {u"check-drift"_s,
         {},
         {},
         u"List how the database's schema differs from the one its current revision's migrations build."_s},
    };
    return specs;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &spec : commandSpecs()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

// argparse takes "-1" or "-.5" as a value, not as an option, when no option looks like one.
bool looksLikeNegativeNumber(const QString &argument)
{
    static const QRegularExpression number(u"^-\\d+$|^-\\d*\\.\\d+$"_s);
    return number.match(argument).hasMatch();
}

QString programName()
{
    return QCoreApplication::applicationName();
}

QString globalUsage()
{
    return u"usage: %1 [-h] [--version] [-c CONFIG] [-n NAME] [-x X] [--raiseerr] [-q]\n"
           "%2{%3} ...\n"_s.arg(programName(), QString(programName().size() + 8, u' '),
                                alembicCommands().join(u','));
}

QString commandUsage(const CommandSpec &spec)
{
    QString usage = u"usage: %1 %2 [-h]"_s.arg(programName(), spec.name);
    for (const OptionSpec &option : spec.options)
        usage += option.metavar.isEmpty() ? u" [%1]"_s.arg(option.names.first())
                                          : u" [%1 %2]"_s.arg(option.names.first(), option.metavar);
    for (const QString &positional : spec.positionals)
        usage += u' ' + positional;
    if (spec.lastPositionalRepeats)
        usage += u" [%1 ...]"_s.arg(spec.positionals.last());
    return usage + u'\n';
}

// argparse's matching of one argument against options: exact names, `--long=value`,
// `-sVALUE`, and unique prefixes of long names.
struct Match
{
    const OptionSpec *spec = nullptr;
    std::optional<QString> attachedValue;
    QString error;
};

Match matchOption(const QString &argument, const QList<OptionSpec> &options)
{
    QString name = argument;
    std::optional<QString> attached;
    if (argument.startsWith("--"_L1)) {
        if (const qsizetype equals = argument.indexOf(u'='); equals >= 0) {
            name = argument.first(equals);
            attached = argument.sliced(equals + 1);
        }
    }
    QList<const OptionSpec *> prefixed;
    for (const OptionSpec &option : options) {
        if (option.names.contains(name))
            return {&option, attached, {}};
        if (!argument.startsWith("--"_L1) && name.size() > 2) {
            // -cFILE: a short option with its value attached
            if (option.names.contains(name.first(2)) && !option.metavar.isEmpty())
                return {&option, name.sliced(2), {}};
        }
        for (const QString &optionName : option.names) {
            if (argument.startsWith("--"_L1) && optionName.startsWith(name))
                prefixed.append(&option);
        }
    }
    if (prefixed.size() == 1)
        return {prefixed.first(), attached, {}};
    if (prefixed.size() > 1) {
        QStringList names;
        for (const OptionSpec *option : prefixed)
            names.append(option->names.last());
        return {nullptr, {}, u"ambiguous option: %1 could match %2"_s.arg(name, names.join(u", "_s))};
    }
    return {};
}

} // namespace

const QStringList &alembicCommands()
{
    static const QStringList commands = {
        u"branches"_s, u"check"_s, u"current"_s, u"downgrade"_s, u"edit"_s, u"ensure_version"_s, u"heads"_s,
        u"history"_s, u"init"_s, u"list_templates"_s, u"merge"_s, u"revision"_s, u"show"_s, u"stamp"_s,
        u"upgrade"_s};
    return commands;
}

bool isImplemented(const QString &command)
{
    return findCommand(command) != nullptr;
}

std::optional<CommandLine> parseCommandLine(const QStringList &arguments, UsageError *error)
{
    CommandLine line;
    line.config = qEnvironmentVariable("ALEMBIC_CONFIG", u"alembic.ini"_s);
    const CommandSpec *command = nullptr;
    QStringList unrecognized;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const QString usage = command ? commandUsage(*command) : globalUsage();
        const QString prog = command ? programName() + u' ' + command->name : programName();
        if (argument == "-h"_L1 || argument == "--help"_L1) {
            line.help = true;
            return line;
        }
        if (argument.startsWith(u'-') && argument.size() > 1 && !looksLikeNegativeNumber(argument)) {
            const Match match = matchOption(argument, command ? command->options : globalOptions());
            if (!match.error.isEmpty()) {
                *error = {usage, prog, match.error};
                return std::nullopt;
            }
            if (!match.spec) {
                unrecognized.append(argument);
                continue;
            }
            QString value = u"1"_s;
            if (!match.spec->metavar.isEmpty()) {
                if (match.attachedValue) {
                    value = *match.attachedValue;
                } else if (i + 1 < arguments.size()
                           && (!arguments[i + 1].startsWith(u'-') || looksLikeNegativeNumber(arguments[i + 1]))) {
                    value = arguments[++i];
                } else {
                    *error = {usage, prog, u"argument %1: expected one argument"_s.arg(match.spec->names.join(u'/'))};
                    return std::nullopt;
                }
            }
            const QString &dest = match.spec->dest;
            if (command && match.spec->append)
                line.lists[dest].append(value);
            if (command)
                line.options.insert(dest, value);
            else if (dest == "config"_L1)
                line.config = value;
            else if (dest == "name"_L1)
                line.name = value;
            else if (dest == "x"_L1)
                line.x.append(value);
            else if (dest == "raiseerr"_L1)
                line.raiseErr = true;
            else if (dest == "quiet"_L1)
                line.quiet = true;
            else if (dest == "python"_L1)
                line.python = value;
            else if (dest == "url"_L1)
                line.url = value;
            else if (dest == "url_env"_L1)
                line.urlEnvironment = value;
            else if (dest == "progress"_L1)
                line.progress = true;
            else if (dest == "lock_timeout"_L1)
                line.lockTimeout = value;
            else if (dest == "version"_L1) {
                line.version = true;
                return line;
            }
            continue;
        }
        if (!command && line.command.isEmpty()) {
            // Alembic's commands, and Alembic Studio's own (which Alembic's usage line does
            // not list, so that its errors stay Alembic's).
            if (!alembicCommands().contains(argument) && !findCommand(argument)) {
                *error = {usage, prog, u"argument {%1}: invalid choice: '%2' (choose from %3)"_s.arg(
                                     alembicCommands().join(u','), argument, alembicCommands().join(u", "_s))};
                return std::nullopt;
            }
            line.command = argument;
            command = findCommand(argument);
            if (!command)
                return line; // an Alembic command this version does not run: the caller says so
            continue;
        }
        line.positionals.append(argument);
    }

    if (line.command.isEmpty()) {
        *error = {globalUsage(), programName(), u"too few arguments"_s};
        return std::nullopt;
    }
    if (line.positionals.size() < command->positionals.size()) {
        QStringList missing = command->positionals.sliced(line.positionals.size());
        *error = {commandUsage(*command), programName() + u' ' + command->name,
                  u"the following arguments are required: %1"_s.arg(missing.join(u", "_s))};
        return std::nullopt;
    }
    if (!command->lastPositionalRepeats)
        unrecognized += line.positionals.sliced(command->positionals.size());
    if (!unrecognized.isEmpty()) {
        *error = {globalUsage(), programName(), u"unrecognized arguments: %1"_s.arg(unrecognized.join(u' '))};
        return std::nullopt;
    }
    return line;
}

QString helpText(const QString &commandName)
{
    const CommandSpec *command = findCommand(commandName);
    const QList<OptionSpec> &options = command ? command->options : globalOptions();
    QString text = command ? commandUsage(*command) : globalUsage();
    if (command && !command->positionals.isEmpty()) {
        text += u"\npositional arguments:\n"_s;
        for (qsizetype i = 0; i < command->positionals.size(); ++i) {
            const QString help = command->positionalHelp.value(i);
            text += help.isEmpty() ? u"  %1\n"_s.arg(command->positionals[i])
                                   : u"  %1%2\n"_s.arg(command->positionals[i].leftJustified(22), help);
        }
    }
    if (!command) {
        text += u"\npositional arguments:\n"_s;
        for (const CommandSpec &spec : commandSpecs())
            text += u"    %1%2\n"_s.arg(spec.name.leftJustified(20), spec.help);
    }
    text += u"\noptions:\n  -h, --help            show this help message and exit\n"_s;
    for (const OptionSpec &option : options) {
        QString names = option.names.join(u", "_s);
        if (!option.metavar.isEmpty())
            names += u' ' + option.metavar;
        text += names.size() <= 20 ? u"  %1%2\n"_s.arg(names.leftJustified(22), option.help)
                                   : u"  %1\n                        %2\n"_s.arg(names, option.help);
    }
    return text;
}
