#include <migrations/migrationlog.h>
#include <migrations/projectconfig.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

// The log lines fileConfig(alembic.ini) would have Python write to standard error for one
// record, from the ini's logging sections. The stock sections are `alembic init`'s.
namespace {

const QString stock = u"[loggers]\nkeys = root,sqlalchemy,alembic\n\n[handlers]\nkeys = console\n\n"
                      "[formatters]\nkeys = generic\n\n[logger_root]\nlevel = WARN\nhandlers = console\n"
                      "qualname =\n\n[logger_sqlalchemy]\nlevel = WARN\nhandlers =\nqualname = sqlalchemy.engine\n\n"
                      "[logger_alembic]\nlevel = INFO\nhandlers =\nqualname = alembic\n\n[handler_console]\n"
                      "class = StreamHandler\nargs = (sys.stderr,)\nlevel = NOTSET\nformatter = generic\n\n"
                      "[formatter_generic]\nformat = %(levelname)-5.5s [%(name)s] %(message)s\ndatefmt = %H:%M:%S\n"_s;

} // namespace

class tst_MigrationLog : public QObject
{
    Q_OBJECT

private slots:
    void record_data();
    void record();
};

void tst_MigrationLog::record_data()
{
    QTest::addColumn<QString>("ini");
    QTest::addColumn<QString>("logger");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QString &ini, const QString &logger, const QString &level,
                        const QString &expected) { QTest::addRow("%s", name) << ini << logger << level << expected; };
    const QString migration = u"alembic.runtime.migration"_s;
    row("stock info", stock, migration, u"INFO"_s, u"INFO  [alembic.runtime.migration] message\n"_s);
    row("stock error", stock, u"alembic.util.messaging"_s, u"ERROR"_s,
        u"ERROR [alembic.util.messaging] message\n"_s);
    row("below the logger's level", QString(stock).replace(u"level = INFO"_s, u"level = WARN"_s), migration,
        u"INFO"_s, QString());
    row("alembic not named: disabled by fileConfig",
        QString(stock).replace(u"keys = root,sqlalchemy,alembic"_s, u"keys = root,sqlalchemy"_s), migration,
        u"ERROR"_s, QString());
    row("handler level", QString(stock).replace(u"level = NOTSET"_s, u"level = ERROR"_s), migration, u"INFO"_s,
        QString());
    row("to standard output: left out", QString(stock).replace(u"(sys.stderr,)"_s, u"(sys.stdout,)"_s), migration,
        u"INFO"_s, QString());
    row("a time in the format: left out",
        QString(stock).replace(u"%(levelname)-5.5s"_s, u"%(asctime)s %(levelname)s"_s), migration, u"INFO"_s,
        QString());
    row("widths, precision and percent",
        QString(stock).replace(u"%(levelname)-5.5s [%(name)s] %(message)s"_s,
                               u"%(levelname)7s|%(name).7s|%(levelno)d%% %(message)s"_s),
        migration, u"INFO"_s, u"   INFO|alembic|20% message\n"_s);
    row("a handler of its own, not propagated",
        QString(stock).replace(u"[logger_alembic]\nlevel = INFO\nhandlers =\n"_s,
                               u"[logger_alembic]\nlevel = INFO\nhandlers = console\npropagate = 0\n"_s),
        migration, u"INFO"_s, u"INFO  [alembic.runtime.migration] message\n"_s);
    row("a handler of its own, propagated too",
        QString(stock).replace(u"[logger_alembic]\nlevel = INFO\nhandlers =\n"_s,
                               u"[logger_alembic]\nlevel = INFO\nhandlers = console\n"_s),
        migration, u"INFO"_s,
        u"INFO  [alembic.runtime.migration] message\nINFO  [alembic.runtime.migration] message\n"_s);
    row("no logging sections", u"[alembic]\nscript_location = x\n"_s, migration, u"INFO"_s, QString());
}

void tst_MigrationLog::record()
{
    QFETCH(QString, ini);
    QFETCH(QString, logger);
    QFETCH(QString, level);
    QFETCH(QString, expected);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile file(folder.filePath(u"alembic.ini"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ini.toUtf8());
    file.close();
    ProjectConfig config;
    config.iniPath = file.fileName();
    QCOMPARE(MigrationLog::fromConfig(config).record(logger, level, u"message"_s), expected);
}

QTEST_GUILESS_MAIN(tst_MigrationLog)
#include "tst_migrationlog.moc"
