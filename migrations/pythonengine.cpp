#include "pythonengine.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// How a step's body is cut out of Alembic's output. Between two steps Alembic prints the
// "-- Running …" comment, the step's version-table statements (which of a merge's rows is
// updated and which deleted follows Python's set order), CREATE/DROP TABLE alembic_version
// where the table starts or ends empty, and with transaction_per_migration BEGIN;/COMMIT;
// per step on dialects with transactional DDL; a body may print anything, SQL that looks
// like those included (a print() writes without the blank line). Counting lines or
// matching those statements would be fragile, so this wraps each step's function, inside
// the real Alembic's own run, in two marker comments of a token made for this run, written
// as Alembic writes its comment (impl.static_output: the text and a blank line):
//     -- <token> begin <revision>\n\n<what the function printed>-- <token> end <revision>\n\n
// What lies between them is exactly what the function printed, byte for byte.
//
// The same wrapper calls only the wanted steps' functions: the others print nothing and
// cannot fail, so one run serves every wanted step of the command, however the range
// reaches it (a merge's other parents, a branch, dependencies, downgrades). The run is
// the command the user gave, so Alembic plans the very steps the native plan has.
//
// The settings come in the environment (the URL may hold a password, which the process
// list would show), and are removed before Alembic starts. Otherwise this is
// `python -m alembic` itself: runpy runs alembic/__main__.py with the arguments after it.
const QString &bootstrap()
{
    static const QString code = uR"py(
import functools, os, runpy, sys
from alembic.config import Config
from alembic.runtime import migration

marker = os.environ.pop("ALEMBIC_STUDIO_MARKER")
url = os.environ.pop("ALEMBIC_STUDIO_URL")
wanted = set(os.environ.pop("ALEMBIC_STUDIO_REVISIONS").split("\n"))

# The URL the command uses, where the stock env.py reads it.
main_option = Config.get_main_option
def get_main_option(self, name, default=None):
    return url if name == "sqlalchemy.url" else main_option(self, name, default)
Config.get_main_option = get_main_option

step_init = migration.RevisionStep.__init__
def init(self, *args, **kwargs):
    step_init(self, *args, **kwargs)
    revision, function = self.revision.revision, self.migration_fn
    @functools.wraps(function)  # short_log names the step by __name__
    def run(*args, **kwargs):
        if revision not in wanted:
            return None
        from alembic import op
        impl = op.get_context().impl
        impl.static_output("-- %s begin %s" % (marker, revision))
        function(*args, **kwargs)
        impl.static_output("-- %s end %s" % (marker, revision))
    self.migration_fn = run
migration.RevisionStep.__init__ = init

sys.argv[0] = "alembic"
runpy.run_module("alembic", run_name="__main__", alter_sys=True)
)py"_s;
    return code;
}

// The last lines of what the interpreter wrote on standard error, without Alembic's log
// lines: the end of a traceback says what went wrong.
QString standardErrorTail(const QByteArray &bytes)
{
    static const QRegularExpression logLine(u"^(INFO |WARNI|ERROR|DEBUG) \\[[\\w.]+\\]"_s);
    QStringList lines;
    for (QString line : QString::fromUtf8(bytes).split(u'\n')) {
        while (!line.isEmpty() && line.back().isSpace()) // \r, and spaces nobody sees
            line.chop(1);
        if (!line.isEmpty() && !logLine.match(line).hasMatch())
            lines.append(u"    "_s + line); // a traceback's own indentation kept
    }
    if (lines.isEmpty())
        return u"    (nothing)"_s;
    return lines.sliced(qMax(qsizetype(0), lines.size() - 5)).join(u'\n');
}

} // namespace

QHash<QString, QString> cutStepBodies(const QString &output, const QString &marker,
                                      const QStringList &revisions, QString *unfinished)
{
    QHash<QString, QString> bodies;
    for (const QString &revision : revisions) {
        const QString begin = u"-- %1 begin %2\n\n"_s.arg(marker, revision);
        const QString end = u"-- %1 end %2\n\n"_s.arg(marker, revision);
        const qsizetype from = output.indexOf(begin);
        const qsizetype to = from < 0 ? -1 : output.indexOf(end, from + begin.size());
        if (to < 0) {
            if (unfinished && unfinished->isEmpty())
                *unfinished = revision;
            continue;
        }
        bodies.insert(revision, output.sliced(from + begin.size(), to - from - begin.size()));
    }
    return bodies;
}

AlembicStepBodies renderWithAlembic(const PythonAlembic &python, const AlembicOfflineRun &run)
{
    const QString marker = u"alembic-studio-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ALEMBIC_STUDIO_MARKER"_s, marker);
    environment.insert(u"ALEMBIC_STUDIO_URL"_s, run.url);
    environment.insert(u"ALEMBIC_STUDIO_REVISIONS"_s, run.revisions.join(u'\n'));
    environment.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s); // what we decode, whatever the locale
    // Reading a project must not leave __pycache__ folders in its versions folder.
    environment.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);

    // Option values attached (`--config=…`, `-x…`), so that one starting with "-" is
    // still a value to argparse.
    QStringList arguments{u"-c"_s, bootstrap(), u"--config="_s + python.configFile,
                          u"--name="_s + python.iniSection};
    for (const QString &x : python.xArguments)
        arguments.append(u"-x"_s + x);
    arguments += {run.command, run.revision, u"--sql"_s};

    QProcess process;
    process.setProgram(python.interpreter);
    process.setArguments(arguments);
    process.setWorkingDirectory(python.workingDirectory);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice()); // nothing may wait for input
    process.start();
    const QString first = run.revisions.value(0);
    if (!process.waitForStarted(-1)) {
        return {{},
                u"the Python interpreter %1 could not be started to render the SQL of revision %2 (%3)"_s.arg(
                    python.interpreter, first, process.errorString())};
    }
    process.waitForFinished(-1);

    QString unfinished;
    AlembicStepBodies result;
    result.bodies = cutStepBodies(QString::fromUtf8(process.readAllStandardOutput()), marker, run.revisions,
                                  &unfinished);
    // Every wanted body complete is the answer even if Alembic failed afterwards: only its
    // bookkeeping can fail then (a merge of three parents), which the native plan repeats.
    if (unfinished.isEmpty())
        return result;
    QString how;
    if (process.exitStatus() == QProcess::CrashExit)
        how = u"it crashed"_s;
    else if (process.exitCode() != 0)
        how = u"exit code %1"_s.arg(process.exitCode());
    else
        how = u"it printed no SQL for that step"_s;
    result.bodies.clear();
    result.error
        = u"the Python interpreter %1 could not render the SQL of revision %2 with Alembic (%3); its "
          "standard error ends with:\n%4"_s.arg(python.interpreter, unfinished, how,
                                                standardErrorTail(process.readAllStandardError()));
    return result;
}

} // namespace Migrations
