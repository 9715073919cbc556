#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real alembic-studio executable the way tests, docs and display-less users do.
class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesPngOfRequestedSize_data();
    void writesPngOfRequestedSize();
    void darkSchemeIsDark();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
    void helpNeedsNoDisplayAndIsTranslated_data();
    void helpNeedsNoDisplayAndIsTranslated();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray standardError;
        QByteArray standardOutput;
    };
    Run run(const QStringList &arguments, const QString &language = u"C.UTF-8"_s);
    static double meanLightness(const QImage &image);

    QTemporaryDir m_dir;
};

void TestScreenshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestScreenshot::Run TestScreenshot::run(const QStringList &arguments, const QString &language)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No display and no platform named: --screenshot must manage on its own.
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    // The user's settings must not change the picture (nor be changed by it).
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    // A first run installs the sample project in the data folder: this one, not the user's.
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    environment.insert(u"LANG"_s, language);
    environment.remove(u"LANGUAGE"_s);
    environment.remove(u"LC_ALL"_s);
    environment.remove(u"LC_MESSAGES"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ALEMBIC_STUDIO_GUI), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardError(), process.readAllStandardOutput()};
}

double TestScreenshot::meanLightness(const QImage &image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            sum += image.pixelColor(x, y).lightnessF();
    }
    return sum / ((image.height() + 3) / 4 * ((image.width() + 3) / 4));
}

void TestScreenshot::writesPngOfRequestedSize_data()
{
    QTest::addColumn<QStringList>("sizeArguments");
    QTest::addColumn<QSize>("expected");
    QTest::addRow("default size") << QStringList() << QSize(1280, 800);
    QTest::addRow("laptop") << QStringList{u"--size"_s, u"1280x800"_s} << QSize(1280, 800);
    QTest::addRow("small") << QStringList{u"--size"_s, u"800x600"_s} << QSize(800, 600);
    QTest::addRow("wide") << QStringList{u"--size=1920x1080"_s} << QSize(1920, 1080);
}

void TestScreenshot::writesPngOfRequestedSize()
{
    QFETCH(QStringList, sizeArguments);
    QFETCH(QSize, expected);

    const QString png = m_dir.filePath(u"%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    const Run result = run(QStringList{u"--screenshot"_s, png} + sizeArguments);
    QVERIFY2(result.exitCode == 0, result.standardError.constData());

    QImage image;
    QVERIFY(image.load(png, "PNG"));
    QCOMPARE(image.size(), expected);
    // A real window, not a blank canvas: menus, toolbar, editor and panes give many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(u"only %1 colours"_s.arg(colours.size())));
}

void TestScreenshot::darkSchemeIsDark()
{
    const QString light = m_dir.filePath(u"light.png"_s);
    const QString dark = m_dir.filePath(u"dark.png"_s);
    QCOMPARE(run({u"--screenshot"_s, light, u"--color-scheme"_s, u"light"_s}).exitCode, 0);
    QCOMPARE(run({u"--screenshot"_s, dark, u"--color-scheme"_s, u"dark"_s}).exitCode, 0);
    const double lightMean = meanLightness(QImage(light));
    const double darkMean = meanLightness(QImage(dark));
    QVERIFY2(lightMean > 0.7 && darkMean < 0.3,
             qPrintable(u"light %1, dark %2"_s.arg(lightMean).arg(darkMean)));
}

void TestScreenshot::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("malformed size") << QStringList{u"--size"_s, u"big"_s} << u"\"big\""_s;
    QTest::addRow("unknown color scheme") << QStringList{u"--color-scheme"_s, u"sepia"_s} << u"\"sepia\""_s;
    QTest::addRow("missing file") << QStringList{u"/nonexistent/a1_users.py"_s} << u"/nonexistent/a1_users.py"_s;
}

void TestScreenshot::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const QString png = m_dir.filePath(u"rejected.png"_s);
    const Run result = run(QStringList{u"--screenshot"_s, png} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.standardError).contains(message), result.standardError.constData());
    QVERIFY(!QFile::exists(png));
}

void TestScreenshot::helpNeedsNoDisplayAndIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sizeHelp");
    QTest::addRow("english") << u"C.UTF-8"_s << u"Window size, e.g. 1280x800."_s;
    // The catalogues are compiled into the executable and found for the user's locale.
    QTest::addRow("german") << u"de_DE.UTF-8"_s << u"Fenstergröße, z. B. 1280x800."_s;
    QTest::addRow("french") << u"fr_FR.UTF-8"_s << u"Taille de la fenêtre, par ex. 1280x800."_s;
}

void TestScreenshot::helpNeedsNoDisplayAndIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, sizeHelp);

    const Run result = run({u"--help"_s}, language);
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QVERIFY2(QString::fromUtf8(result.standardOutput).contains(sizeHelp), result.standardOutput.constData());
}

void TestScreenshot::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    // Every spelling the executable must answer without a display (see needsNoDisplay()).
    QTest::addRow("-h") << u"-h"_s << u"--screenshot <file>"_s;
    QTest::addRow("--help-all") << u"--help-all"_s << u"--screenshot <file>"_s;
    QTest::addRow("-v") << u"-v"_s << u"alembic-studio "_s;
    QTest::addRow("--version") << u"--version"_s << u"alembic-studio "_s;
}

void TestScreenshot::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);

    const Run result = run({option});
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QVERIFY2(QString::fromUtf8(result.standardOutput).contains(expected), result.standardOutput.constData());
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
