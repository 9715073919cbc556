// alembic-studio-cli: Alembic's command line, spoken by Alembic Studio's core.

#include <migrations/studioversion.h>

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"alembic-studio-cli"_s);
    QCoreApplication::setApplicationVersion(Migrations::studioVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Alembic's command line, run by Alembic Studio's core."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    // Commands arrive with the revision-graph work; until then only --help and --version exist.
    std::fputs(qPrintable(parser.helpText()), stderr);
    return 2;
}
