#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Migrations {

// The Python engine for offline SQL: the real Alembic, in the interpreter the user names
// (`--python PATH`, typically the project's virtualenv), renders the bodies of the steps
// the native engine cannot. How to run `alembic` as the user would on this project:
struct PythonAlembic
{
    QString interpreter;      // a path, or a name looked up on PATH
    QString workingDirectory; // where `alembic` runs: relative paths in the ini start here
    QString configFile;       // -c, as given
    QString iniSection = QStringLiteral("alembic"); // -n
    QStringList xArguments;                         // -x, each one
};

// One run of `alembic upgrade|downgrade …` in offline mode (`--sql`), as the command was
// given, with the URL the command uses.
struct AlembicOfflineRun
{
    QString command;  // "upgrade" or "downgrade"
    QString revision; // its argument: "base:head", "head", "ae10:-1"…
    QString url;
    QStringList revisions; // the steps wanted: only their functions are called
};

// What each wanted step's upgrade()/downgrade() printed, exactly, without the
// "-- Running …" comment before it or the version-table statement after it; or, when it
// could not be had, one sentence that names the interpreter, the revision and the end of
// what the interpreter wrote on standard error.
struct AlembicStepBodies
{
    QHash<QString, QString> bodies; // revision id → its body's output
    QString error;
};

// Runs the interpreter once for all the wanted steps and waits for it.
AlembicStepBodies renderWithAlembic(const PythonAlembic &python, const AlembicOfflineRun &run);

// The cut itself, on what the interpreter printed (see pythonengine.cpp): the body of each
// revision between its markers. A revision whose markers are missing or unterminated is
// left out, and *unfinished names the first such one (in the order of `revisions`).
QHash<QString, QString> cutStepBodies(const QString &output, const QString &marker,
                                      const QStringList &revisions, QString *unfinished);

} // namespace Migrations
