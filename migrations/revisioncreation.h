#pragma once

#include "commands.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Migrations {

class ScriptDirectory;
struct ProjectConfig;

// What `alembic revision` and `alembic merge` are given (alembic/command.py). A merge is
// a revision whose heads are the revisions merged.
struct RevisionRequest
{
    std::optional<QString> message;   // -m; none: "empty message"
    QStringList heads{QStringLiteral("head")};    // --head, or merge's revisions (each resolved, results joined)
    bool merge = false;               // merge: the heads are a list, as `alembic merge` passes them
    bool splice = false;              // --splice
    std::optional<QString> branchLabel; // --branch-label
    QString versionPath;              // --version-path, absolute or relative to the current folder
    QString revisionId;               // --rev-id; empty: a new one as Alembic's rev_id() makes it
    QStringList dependsOn;            // --depends-on, repeated
    bool autogenerate = false;        // refused: Alembic Studio does not compare with a database
    bool sql = false;                 // --sql
    QString iniSection = QStringLiteral("alembic"); // -n: where config.get_main_option() and the hooks are read
};

// The file a request would write, worked out without touching the disk: what the dialogs
// preview, and what the commands write.
struct RevisionDraft
{
    QString revisionId;
    QString path;               // absolute
    QString text;               // the rendered script
    QByteArray bytes;           // the text in output_encoding
    QString directoryToCreate;  // a version location Alembic creates first ("Creating directory")
    // Where Alembic stops after writing the file: a check on the written script fails
    // (`failure`: exit 255), a label is taken (`crash`: exit 1), or the id is there already
    // (`warning`, Alembic writes anyway). The dialogs refuse all three; the CLI follows Alembic.
    QString failure;
    QString crash;
    QString warning;
};

// Alembic's util.rev_id(): the last 12 hex digits of a random UUID.
QString newRevisionId();
// Alembic's file name slug of a message: its \w+ words joined by "_", lower case, cut at
// the last "_" within truncate_slug_length (with a trailing "_") when longer.
QString revisionSlug(const QString &message, int truncateSlugLength);
// str(datetime) of the create date: "2026-11-25 07:32:34.532538", with "+01:00" when a
// timezone is configured. `microseconds` of the second, as Python's now() has them.
QString pythonDateTime(const QDateTime &dateTime, int microseconds, bool withOffset);

// Works out the new script: its id, path and text, or why Alembic would refuse (a
// CommandOutput as the command prints it; `output->standardOutput` may begin with lines
// printed before the failure). `now` is the create date's instant (UTC).
std::optional<RevisionDraft> draftRevision(const ScriptDirectory &directory, const ProjectConfig &config,
                                           const RevisionRequest &request, const QDateTime &now,
                                           int microseconds, CommandOutput *failure);

// The same at this instant, as revisionCommand takes it: what the dialogs preview and write.
std::optional<RevisionDraft> draftRevisionNow(const ScriptDirectory &directory, const ProjectConfig &config,
                                              const RevisionRequest &request, CommandOutput *failure);
// Why a command failed, in one sentence for a dialog: its "FAILED: …" or "error: …" line,
// without the prefix and the progress lines before it.
QString failureMessage(const CommandOutput &output);
// What a draft's post-writing check says, empty when none: the dialogs refuse such drafts.
QString draftProblem(const RevisionDraft &draft);

// `alembic revision` / `alembic merge`: drafts, creates the version location if Alembic
// would, writes the file and prints what Alembic prints ("Generating /abs/path.py ...  done").
// Refused with a clear message where Alembic would run env.py (revision_environment,
// --autogenerate) or post-write hooks.
CommandOutput revisionCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                              const RevisionRequest &request);
// `alembic merge REVISIONS`: revisionCommand with the revisions as the heads.
CommandOutput mergeCommand(const ScriptDirectory &directory, const ProjectConfig &config,
                           const QStringList &revisions, const std::optional<QString> &message,
                           const std::optional<QString> &branchLabel, const QString &revisionId,
                           const QString &iniSection = QStringLiteral("alembic"));

// Writes a draft as revisionCommand does (the directory, then the file) and returns what is
// printed. Used by the dialogs after they showed the draft.
CommandOutput writeRevisionDraft(const RevisionDraft &draft);

} // namespace Migrations
