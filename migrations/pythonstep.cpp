#include "pythonstep.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Migrations {

namespace {

// Alembic's command line reads the options (-c, -n, -x) into a Config exactly as
// `python -m alembic` would; then, instead of a command, the environment runs with a
// migration function that yields the one step wanted. env.py connects and calls
// context.run_migrations(), which runs the step in its transaction and moves
// alembic_version as Alembic moves it. The URL comes in the environment (it may hold a
// password) and takes the place of sqlalchemy.url where the stock env.py reads it (the
// main option offline, the whole section online).
const QString &bootstrap()
{
    static const QString code = uR"py(
import os, sys
from alembic.config import CommandLine, Config
from alembic.runtime.environment import EnvironmentContext
from alembic.runtime.migration import RevisionStep
from alembic.script import ScriptDirectory
url = os.environ.pop("ALEMBIC_STUDIO_URL")
revision = os.environ.pop("ALEMBIC_STUDIO_REVISION")
upgrade = os.environ.pop("ALEMBIC_STUDIO_DIRECTION") == "upgrade"
main_option = Config.get_main_option
def get_main_option(self, name, default=None):
    return url if name == "sqlalchemy.url" else main_option(self, name, default)
Config.get_main_option = get_main_option
# The stock env.py online reads the whole section (engine_from_config).
get_section = Config.get_section
def get_section_with_url(self, name, default=None):
    section = get_section(self, name, default)
    if name == self.config_ini_section and section is not None:
        section = dict(section, **{"sqlalchemy.url": url})
    return section
Config.get_section = get_section_with_url
options = CommandLine(prog="alembic").parser.parse_args(sys.argv[1:] + ["current"])
config = Config(file_=options.config, ini_section=options.name, cmd_opts=options)
script = ScriptDirectory.from_config(config)
step = RevisionStep(script.revision_map, script.get_revision(revision), upgrade)
def one_step(heads, context):
    return [step]
with EnvironmentContext(config, script, fn=one_step):
    script.run_env()
)py"_s;
    return code;
}

// The lines the native run has written already, or writes itself.
bool nativeLogLine(const QString &line)
{
    static const QRegularExpression own(
        u"^INFO  \\[alembic\\.runtime\\.migration\\] (Context impl |Will assume |Running )"_s);
    return own.match(line).hasMatch();
}

} // namespace

bool runStepWithAlembic(const PythonAlembic &python, const AlembicOnlineStep &step,
                        const std::function<void(const QString &)> &output, const std::function<bool()> &cancelled,
                        QString *error)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ALEMBIC_STUDIO_URL"_s, step.url);
    environment.insert(u"ALEMBIC_STUDIO_REVISION"_s, step.revision);
    environment.insert(u"ALEMBIC_STUDIO_DIRECTION"_s, step.upgrade ? u"upgrade"_s : u"downgrade"_s);
    environment.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
    environment.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    QStringList arguments{u"-c"_s, bootstrap(), u"--config="_s + python.configFile,
                          u"--name="_s + python.iniSection};
    for (const QString &x : python.xArguments)
        arguments.append(u"-x"_s + x);

    QProcess process;
    process.setProgram(python.interpreter);
    process.setArguments(arguments);
    process.setWorkingDirectory(python.workingDirectory);
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::MergedChannels); // its prints and its log, in order
    const QString what = u"%1 %2"_s.arg(step.upgrade ? u"upgrade"_s : u"downgrade"_s, step.revision);
    process.start();
    if (!process.waitForStarted(-1)) {
        *error = u"the Python interpreter %1 could not be started to run %2 (%3)"_s.arg(python.interpreter, what,
                                                                                       process.errorString());
        return false;
    }
    QStringList tail; // the last lines, for the error
    QByteArray pending;
    const auto take = [&](bool all) {
        pending += process.readAll();
        for (qsizetype end = pending.indexOf('\n'); end >= 0 || (all && !pending.isEmpty());
             end = pending.indexOf('\n')) {
            const qsizetype cut = end < 0 ? pending.size() : end + 1;
            const QString line = QString::fromUtf8(pending.first(cut));
            pending.remove(0, cut);
            tail.append(line.trimmed());
            if (tail.size() > 5)
                tail.removeFirst();
            if (!nativeLogLine(line))
                output(line.endsWith(u'\n') ? line : line + u'\n');
        }
    };
    bool killed = false;
    while (process.state() != QProcess::NotRunning) {
        process.waitForFinished(100);
        take(false);
        if (!killed && cancelled && cancelled()) {
            process.kill();
            killed = true;
        }
    }
    take(true);
    if (killed) {
        *error = u"%1 was stopped while the real Alembic ran it; its transaction ended with its connection"_s.arg(
            what);
        return false;
    }
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    *error = u"the real Alembic failed to run %1 in %2 (%3); what it wrote ends with:\n    %4"_s.arg(
        what, python.interpreter,
        process.exitStatus() == QProcess::CrashExit ? u"it crashed"_s : u"exit code %1"_s.arg(process.exitCode()),
        tail.join(u"\n    "_s));
    return false;
}

} // namespace Migrations
