#pragma once

#include <migrations/diagnostic.h>

#include <QAbstractTableModel>
#include <QList>

namespace Studio {

// One thing wrong, or worth knowing, about the project or its database, and where to go
// to see it: a file and line, or a revision of the graph.
struct Problem
{
    enum Severity { Error, Warning, Information };
    enum Source { Configuration, Script, Graph, Heads, Engine, Drift };

    Severity severity = Warning;
    Source source = Script;
    QString message;
    QString file;     // empty: not about a file
    int line = 0;     // 1-based; 0: the whole file
    QString revision; // empty: not about one revision

    bool operator==(const Problem &) const = default;
};

// The problems list: each source's problems are replaced as a whole when it is checked
// again (the project reloaded, the engine check done, the drift read), and the rows stay
// sorted by severity, then file and line.
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MessageColumn, LocationColumn, ColumnCount };
    enum Role { FileRole = Qt::UserRole + 1, LineRole, RevisionRole, SeverityRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setProblems(Problem::Source source, const QList<Problem> &problems);
    const QList<Problem> &problems() const { return m_problems; }
    int count(Problem::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Problems from diagnostics, all of one severity and source.
    static QList<Problem> fromDiagnostics(const QList<Migrations::Diagnostic> &diagnostics,
                                          Problem::Severity severity, Problem::Source source);

private:
    QList<Problem> m_problems;
};

} // namespace Studio
