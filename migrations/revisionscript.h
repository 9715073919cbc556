#pragma once

#include "diagnostic.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Migrations {

namespace Python {
struct ModuleNamespace;
}

// The header of one revision script, read statically (never executed), holding what
// Alembic's `Script` takes from the imported module.
struct RevisionScript
{
    QString path;                // absolute path of the .py file
    QString revision;            // module-level `revision`
    QStringList downRevisions;   // `down_revision` as a tuple: empty for a base, 2+ for a merge
    QStringList branchLabels;    // `branch_labels` as a tuple (in the order written)
    QStringList dependsOn;       // `depends_on` as a tuple
    // The module docstring exactly as Python's `__doc__` holds it (only a string literal that
    // is the module's first statement is one), or nothing when there is none.
    std::optional<QString> docstring;
    int revisionLine = 0;        // where `revision` is assigned, for diagnostics on the graph
    // The file's text, when the directory was loaded with ScriptSources::Keep: commands that
    // go on to read the bodies read them from the text the header came from, so each file is
    // read once and the header and the body can never come from two versions of the file.
    std::optional<QString> source;
    // With `source`: the module's namespace as the header pass read it from that text, import
    // paths included, for the body reader (Python::readMigrationModule) to start from.
    std::shared_ptr<const Python::ModuleNamespace> moduleNamespace;

    // Alembic's `Script.longdoc`: the docstring stripped, or "" when there is none.
    QString longDoc() const;
    // Alembic's `Script.doc`: `longdoc` up to its first blank line ("\n\n").
    QString doc() const;

    bool operator==(const RevisionScript &) const = default;
};

// Reads the header of the revision script at `path`. A file that cannot be read, or whose
// header cannot be known without running Python, gives nothing and a diagnostic with the
// file, the line and the reason.
// With `keepSource`, the script holds the file's text in `source` and its namespace.
std::optional<RevisionScript> readRevisionScript(const QString &path, Diagnostic *diagnostic,
                                                 bool keepSource = false);

// The same, for text already in memory (`path` is only used to name things).
// With `keptNamespace`, the module's namespace (import paths included) is also kept there.
std::optional<RevisionScript> parseRevisionScript(QStringView text, const QString &path,
                                                  Diagnostic *diagnostic,
                                                  std::shared_ptr<const Python::ModuleNamespace> *keptNamespace = nullptr);

} // namespace Migrations
