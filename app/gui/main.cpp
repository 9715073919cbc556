// alembic-studio: the desktop application. Everything it shows lives in ui/.

#include <migrations/studioversion.h>
#include <ui/colorscheme.h>
#include <ui/databaseheads.h>
#include <ui/mainwindow.h>
#include <ui/problemspanel.h>
#include <ui/projectsession.h>
#include <ui/sampleproject.h>
#include <ui/windowsize.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>

#include <cstdio>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

// Before QApplication exists no Qt parser can run, but the platform must be chosen by then:
// a screenshot, --help and --version need no display, so they get the offscreen platform
// unless one was named. (Without it, QApplication aborts where there is no display.)
bool needsNoDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument == "--screenshot" || argument.starts_with("--screenshot=") || argument == "-h"
            || argument == "--help" || argument == "--help-all" || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

// --lang, read before QApplication parses anything: the translators must be in place
// for --help's own text.
QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (argument.starts_with("--lang="))
            return QString::fromLocal8Bit(argument.substr(7));
    }
    return {};
}

void installTranslators(QApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"alembic-studio"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
}

// A screenshot shows the project as a user sees it once it is there: loaded, its
// database's state read, its problems checked — all of which happen on workers.
void settle(Studio::MainWindow &window)
{
    const QDeadlineTimer deadline(20000);
    const auto busy = [&window] {
        return window.projectSession()->isLoading() || window.databaseHeads()->isReading()
               || window.problemsPanel()->isChecking();
    };
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    } while (busy() && !deadline.hasExpired());
}

int fail(const QString &message)
{
    std::fprintf(stderr, "alembic-studio: %s\n", qPrintable(message));
    return 2;
}

// Lays the window out at the size it already has, renders it and writes the picture. Used
// by tests, by the documentation and by anyone without a display.
int saveScreenshot(Studio::MainWindow &window, const QString &path)
{
    window.show();
    settle(window);
    // Two rounds: the first delivers show and layout events, the second the resizes they post.
    for (int round = 0; round < 2; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    const QPixmap picture = window.grab();
    if (!picture.save(path)) {
        std::fprintf(stderr, "alembic-studio: %s\n",
                     qPrintable(QCoreApplication::translate("main", "cannot write the screenshot to %1").arg(path)));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (needsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"alembic-studio"_s);
    QCoreApplication::setApplicationName(u"alembic-studio"_s);
    QCoreApplication::setApplicationVersion(Migrations::studioVersion());
    QGuiApplication::setApplicationDisplayName(u"Alembic Studio"_s);
    // The desktop entry's id (packaging/linux), so that the desktop matches windows to it.
    QGuiApplication::setDesktopFileName(u"io.github.alembic_studio.AlembicStudio"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/alembic-studio.svg"_s));
    const QString language = languageArgument(argc, argv);
    installTranslators(app, language.isEmpty() ? QLocale() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A desktop manager for Alembic database migrations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate("main", "Lay the window out, save a PNG picture of it to <file> and exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption sizeOption(
        u"size"_s, QCoreApplication::translate("main", "Window size, e.g. 1280x800."),
        QCoreApplication::translate("main", "WxH"));
    const QCommandLineOption colorSchemeOption(
        u"color-scheme"_s,
        QCoreApplication::translate("main", "Color scheme for this run: system, light or dark."),
        QCoreApplication::translate("main", "scheme"));
    const QCommandLineOption languageOption(
        u"lang"_s, QCoreApplication::translate("main", "Language of the interface, e.g. de or fr."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption connectionOption(
        u"connection"_s,
        QCoreApplication::translate("main", "The connection profile to open the project on, by its name."),
        QCoreApplication::translate("main", "name"));
    parser.addOptions({screenshotOption, sizeOption, colorSchemeOption, languageOption, connectionOption});
    parser.addPositionalArgument(
        u"project"_s,
        QCoreApplication::translate("main", "The Alembic project to open (its alembic.ini, pyproject.toml or "
                                            "folder), and revision scripts (.py) or SQL files (.sql) to open in "
                                            "it. Without a project, the last one opened, or the sample."),
        u"[project] [files...]"_s);
    parser.process(app);

    std::optional<QSize> size;
    if (parser.isSet(sizeOption)) {
        size = Studio::parseWindowSize(parser.value(sizeOption));
        if (!size)
            return fail(QCoreApplication::translate("main", "--size wants WIDTHxHEIGHT, such as 1280x800, not \"%1\".")
                            .arg(parser.value(sizeOption)));
    }
    const QString schemeName = parser.isSet(colorSchemeOption)
                                   ? parser.value(colorSchemeOption)
                                   : QSettings().value(u"appearance/colorScheme"_s, u"system"_s).toString();
    const auto scheme = Studio::parseColorScheme(schemeName);
    if (!scheme)
        return fail(QCoreApplication::translate("main", "--color-scheme is system, light or dark, not \"%1\".")
                        .arg(schemeName));
    Studio::applyColorScheme(*scheme);

    Studio::MainWindow window;
    QStringList errors;
    QString project;
    QStringList files;
    for (const QString &argument : parser.positionalArguments()) {
        const bool isFile = argument.endsWith(".py"_L1, Qt::CaseInsensitive)
                            || argument.endsWith(".sql"_L1, Qt::CaseInsensitive);
        if (isFile)
            files.append(argument);
        else if (project.isEmpty())
            project = argument;
        else
            errors.append(QCoreApplication::translate("main", "Only one project can be opened: \"%1\" is a second.")
                              .arg(argument));
    }
    if (project.isEmpty() && files.isEmpty())
        project = QSettings().value(u"project/recent"_s).toStringList().value(0);
    if (project.isEmpty() && files.isEmpty()) {
        // A first run: the sample, so that the window shows something real.
        QString error;
        project = Studio::installSampleProject(&error);
        if (project.isEmpty())
            errors.append(error);
    }
    if (parser.isSet(connectionOption))
        window.setPreferredConnection(parser.value(connectionOption));
    if (!project.isEmpty())
        window.openProject(project);
    for (const QString &file : std::as_const(files)) {
        QString error;
        if (!window.openFile(file, &error))
            errors.append(error);
    }

    // A screenshot looks the same on every machine: 1280x800 unless --size says otherwise,
    // never the geometry this user last left the window at.
    if (!size && parser.isSet(screenshotOption))
        size = QSize(1280, 800);
    // Sized here, once, so that the screenshot tests cover what a normal start does.
    if (size)
        window.resize(*size);

    if (parser.isSet(screenshotOption)) {
        // Nobody is there to read a dialog: a project or file that did not open fails the run.
        settle(window);
        if (!project.isEmpty() && !window.projectSession()->project())
            errors.append(QCoreApplication::translate("main", "Cannot open the project %1: %2")
                              .arg(project, window.statusBar()->currentMessage()));
        if (!errors.isEmpty())
            return fail(errors.join(u'\n'));
        return saveScreenshot(window, parser.value(screenshotOption));
    }

    window.show();
    if (!errors.isEmpty()) {
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Cannot Open File"),
                             errors.join(u"\n\n"_s));
    }
    return QApplication::exec();
}
