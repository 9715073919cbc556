#pragma once

#include <QString>
#include <QStringList>

namespace Migrations {

// A revision error as Alembic raises it. `message` is the exception's own text; the kind,
// argument and heads let the command line reword it as Alembic's
// ScriptDirectory._catch_revision_errors does.
struct RevisionError
{
    enum Kind {
        Revision,         // RevisionError (and cycles, loops, label clashes)
        Resolution,       // ResolutionError: an identifier names nothing, or too much
        MultipleHeads,    // MultipleHeads: `head` where there are several
        RangeNotAncestor, // RangeNotAncestorError: lower:upper not along one branch
        // Where Alembic itself stops with an uncaught Python exception (a KeyError for a
        // missing parent, a failed assertion): the command line exits with 1, as Python
        // does, and says in plain words what is wrong.
        Crash,
    };

    Kind kind = Revision;
    QString message;
    QString argument;   // the identifier at fault (Resolution, MultipleHeads)
    QStringList heads;  // MultipleHeads
    QString lower, upper; // RangeNotAncestor

    // A plain RevisionError: a message and nothing to reword.
    static RevisionError plain(const QString &text) { return {Revision, text, {}, {}, {}, {}}; }
    static RevisionError crash(const QString &text) { return {Crash, text, {}, {}, {}, {}}; }

    bool operator==(const RevisionError &) const = default;
};

} // namespace Migrations
