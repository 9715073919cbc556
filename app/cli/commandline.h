#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// Alembic's command line (alembic/config.py CommandLine), parsed the way argparse parses
// it: global options before the command, the command's own options after it, unique
// prefixes of long options, `-cFILE` and `--config=FILE`, `-x` repeated.
struct CommandLine
{
    QString config;        // -c/--config, else $ALEMBIC_CONFIG, else "alembic.ini"
    QString name = QStringLiteral("alembic"); // -n/--name: the ini section
    QStringList x;         // -x, repeated
    bool raiseErr = false; // --raiseerr
    bool quiet = false;    // -q/--quiet
    QString python;        // --python PATH, Alembic Studio's own: the Python engine's interpreter
    QString url;           // --url URL, Alembic Studio's own: in place of sqlalchemy.url
    QString urlEnvironment; // --url-env NAME, Alembic Studio's own: the variable holding the URL
    bool progress = false; // --progress, Alembic Studio's own: a progress bar on standard error
    QString lockTimeout;   // --lock-timeout SECONDS, Alembic Studio's own
    bool version = false;  // --version
    bool help = false;     // -h/--help, global or after the command

    QString command;
    QHash<QString, QString> options; // the command's options by dest name; flags hold "1"
    QHash<QString, QStringList> lists; // the options given repeatedly (action="append")
    QStringList positionals;

    bool flag(const QString &dest) const { return options.contains(dest); }
};

// A usage error as argparse reports it: the usage line of the parser at fault and the
// message; the command line exits with 2 after printing both to standard error.
struct UsageError
{
    QString usage;
    QString prog;    // "alembic-studio-cli", or "alembic-studio-cli history" for a command's
    QString message;
};

// Parses argv (without the program name). On a usage error returns nothing and fills
// *error.
std::optional<CommandLine> parseCommandLine(const QStringList &arguments, UsageError *error);

// The help text for the program or, when `command` is set, for one command.
QString helpText(const QString &command);

// The commands Alembic has, whether or not this version runs them.
const QStringList &alembicCommands();
bool isImplemented(const QString &command);
