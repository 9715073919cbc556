#include "problemsmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Studio {

void ProblemsModel::setProblems(Problem::Source source, const QList<Problem> &problems)
{
    QList<Problem> next;
    for (const Problem &problem : std::as_const(m_problems)) {
        if (problem.source != source)
            next.append(problem);
    }
    next += problems;
    std::stable_sort(next.begin(), next.end(), [](const Problem &a, const Problem &b) {
        return std::tie(a.severity, a.file, a.line) < std::tie(b.severity, b.file, b.line);
    });
    if (next == m_problems)
        return; // a reload that changed nothing keeps the selection where it is
    beginResetModel();
    m_problems = std::move(next);
    endResetModel();
}

int ProblemsModel::count(Problem::Severity severity) const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                             [severity](const Problem &problem) { return problem.severity == severity; }));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem &problem = m_problems[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MessageColumn)
            return problem.message;
        if (problem.file.isEmpty())
            return problem.revision;
        return problem.line > 0 ? u"%1:%2"_s.arg(QFileInfo(problem.file).fileName()).arg(problem.line)
                                : QFileInfo(problem.file).fileName();
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? problem.message : QDir::toNativeSeparators(problem.file);
    case Qt::DecorationRole:
        if (index.column() != MessageColumn)
            return {};
        switch (problem.severity) {
        case Problem::Error:
            return QIcon(u":/icons/dialog-error.svg"_s);
        case Problem::Warning:
            return QIcon(u":/icons/dialog-warning.svg"_s);
        case Problem::Information:
            return QIcon(u":/icons/dialog-information.svg"_s);
        }
        return {};
    case FileRole:
        return problem.file;
    case LineRole:
        return problem.line;
    case RevisionRole:
        return problem.revision;
    case SeverityRole:
        return int(problem.severity);
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == MessageColumn ? tr("Problem") : tr("Where");
}

QList<Problem> ProblemsModel::fromDiagnostics(const QList<Migrations::Diagnostic> &diagnostics,
                                              Problem::Severity severity, Problem::Source source)
{
    QList<Problem> problems;
    problems.reserve(diagnostics.size());
    for (const Migrations::Diagnostic &diagnostic : diagnostics)
        problems.append({severity, source, diagnostic.message, diagnostic.file, diagnostic.line, {}});
    return problems;
}

} // namespace Studio
