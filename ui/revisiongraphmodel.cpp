#include "revisiongraphmodel.h"

#include <migrations/scriptdirectory.h>
#include <migrations/scriptheader.h>

#include <QFileInfo>
#include <QIcon>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    return (end < 0 ? text : text.left(end)).trimmed();
}

std::vector<RevisionGraphRow> rowsOf(const Migrations::ScriptDirectory &directory)
{
    const Migrations::RevisionGraph &graph = directory.graph();
    QList<int> revisionOfNode;
    const QList<LaneNode> nodes = laneNodesOf(graph, &revisionOfNode);
    const QList<LaneRow> lanes = assignLanes(nodes);

    std::vector<RevisionGraphRow> rows;
    rows.reserve(size_t(lanes.size() + directory.diagnostics().size() + 1));
    for (const LaneRow &laneRow : lanes) {
        const int index = revisionOfNode[laneRow.node];
        const Migrations::Revision &revision = graph.revisions()[index];
        RevisionGraphRow row;
        row.id = revision.id;
        row.lanes = laneRow;
        // The node's index in this load's list says nothing across loads: left out, so that
        // a row compares equal when what it draws is the same.
        row.lanes.node = 0;
        row.branchLabels = revision.branchLabels;
        row.declaredLabels = revision.originalBranchLabels;
        row.parents = revision.downRevisions;
        row.dependencies = revision.dependencies;
        if (revision.script >= 0) {
            const Migrations::RevisionScript &script = directory.scripts()[revision.script];
            row.doc = script.doc();
            row.message = firstLine(row.doc);
            row.created = Migrations::createDate(script);
            row.path = script.path;
            row.line = script.revisionLine;
        }
        if (revision.isHead())
            row.markers |= RevisionGraphRow::Head;
        if (revision.isBase())
            row.markers |= RevisionGraphRow::Base;
        if (revision.isBranchPoint())
            row.markers |= RevisionGraphRow::BranchPoint;
        if (revision.isMergePoint())
            row.markers |= RevisionGraphRow::Merge;
        for (const LaneEdge &edge : std::as_const(laneRow.edges)) {
            if (edge.span == LaneEdge::Span::ToMissing)
                row.markers |= RevisionGraphRow::BrokenLink;
        }
        rows.push_back(std::move(row));
    }
    for (const Migrations::Diagnostic &diagnostic : directory.diagnostics()) {
        RevisionGraphRow row;
        row.kind = RevisionGraphRow::Kind::Unreadable;
        row.id = QFileInfo(diagnostic.file).fileName();
        row.message = diagnostic.message;
        row.path = diagnostic.file;
        row.line = diagnostic.line;
        rows.push_back(std::move(row));
    }
    if (graph.error()) {
        RevisionGraphRow row;
        row.kind = RevisionGraphRow::Kind::GraphError;
        row.message = graph.error()->message;
        rows.push_back(std::move(row));
    }
    return rows;
}

// What identifies a row across reloads: a revision by its id, a problem by its file and text.
bool sameRow(const RevisionGraphRow &a, const RevisionGraphRow &b)
{
    if (a.kind != b.kind)
        return false;
    if (a.kind == RevisionGraphRow::Kind::Revision)
        return a.id == b.id;
    return a.path == b.path && a.message == b.message;
}

} // namespace

RevisionGraphModel::RevisionGraphModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

RevisionGraphModel::~RevisionGraphModel() = default;

void RevisionGraphModel::setDirectory(std::shared_ptr<const Migrations::ScriptDirectory> directory)
{
    m_directory = std::move(directory);
    setRows(m_directory ? rowsOf(*m_directory) : std::vector<RevisionGraphRow>());
}

void RevisionGraphModel::setRows(std::vector<RevisionGraphRow> rows)
{
    // As Qt Creator's git graph does it, with the end kept too: a new revision lands at the
    // top, and everything below it keeps its indexes, selection and scroll position.
    const auto [oldPrefixEnd, newPrefixEnd] = std::mismatch(m_rows.cbegin(), m_rows.cend(), rows.cbegin(),
                                                            rows.cend(), sameRow);
    const qsizetype prefix = oldPrefixEnd - m_rows.cbegin();
    const qsizetype maxSuffix = qsizetype(std::min(m_rows.size(), rows.size())) - prefix;
    const auto [oldSuffixEnd, newSuffixEnd] = std::mismatch(m_rows.crbegin(), m_rows.crbegin() + maxSuffix,
                                                            rows.crbegin(), rows.crbegin() + maxSuffix, sameRow);
    const qsizetype suffix = oldSuffixEnd - m_rows.crbegin();
    const qsizetype oldMiddle = qsizetype(m_rows.size()) - prefix - suffix;
    const qsizetype newMiddle = qsizetype(rows.size()) - prefix - suffix;

    if (oldMiddle > 0) {
        beginRemoveRows({}, int(prefix), int(prefix + oldMiddle - 1));
        m_rows.erase(m_rows.begin() + prefix, m_rows.begin() + prefix + oldMiddle);
        // The states stay aligned with the rows, so updateStates() can tell which changed.
        if (m_states.size() == m_rows.size() + size_t(oldMiddle))
            m_states.erase(m_states.begin() + prefix, m_states.begin() + prefix + oldMiddle);
        m_matches.clear();
        endRemoveRows();
    }
    // Now m_rows is the kept prefix and suffix: the same rows as in `rows` minus the middle.
    QList<qsizetype> changed;
    for (qsizetype i = 0; i < qsizetype(m_rows.size()); ++i) {
        const qsizetype newRow = i < prefix ? i : i + newMiddle;
        if (!(m_rows[size_t(i)] == rows[size_t(newRow)]))
            changed.append(newRow);
    }
    if (newMiddle > 0) {
        beginInsertRows({}, int(prefix), int(prefix + newMiddle - 1));
        m_rows = std::move(rows);
        if (m_states.size() + size_t(newMiddle) == m_rows.size())
            m_states.insert(m_states.begin() + prefix, size_t(newMiddle), RevisionState::Unknown);
        m_matches.clear();
        endInsertRows();
    } else {
        m_rows = std::move(rows);
    }

    m_rowOfId.clear();
    m_rowOfId.reserve(qsizetype(m_rows.size()));
    m_maxLaneCount = 1;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_rows[size_t(row)].kind == RevisionGraphRow::Kind::Revision) {
            m_rowOfId.insert(m_rows[size_t(row)].id, row);
            m_maxLaneCount = std::max(m_maxLaneCount, m_rows[size_t(row)].lanes.laneCount);
        }
    }
    for (qsizetype row : std::as_const(changed))
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    updateStates();
    setFilterText(m_filterText);
}

void RevisionGraphModel::setDatabaseHeads(const std::optional<QStringList> &heads)
{
    m_databaseHeads = heads;
    updateStates();
}

void RevisionGraphModel::updateStates()
{
    std::vector<RevisionState> states(m_rows.size(), RevisionState::Unknown);
    if (m_databaseHeads && m_directory) {
        const Migrations::RevisionGraph &graph = m_directory->graph();
        for (size_t row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].kind == RevisionGraphRow::Kind::Revision)
                states[row] = RevisionState::Pending;
        }
        QList<int> heads;
        for (const QString &id : std::as_const(*m_databaseHeads)) {
            const int index = graph.indexOf(id);
            if (index >= 0)
                heads.append(index);
        }
        // What Alembic counts as applied: the heads and everything below them, through
        // depends_on too (an upgrade to a revision runs what it depends on).
        for (int index : graph.ancestors(heads, true)) {
            const int row = m_rowOfId.value(graph.revisions()[index].id, -1);
            if (row >= 0)
                states[size_t(row)] = RevisionState::Applied;
        }
        for (int index : std::as_const(heads)) {
            const int row = m_rowOfId.value(graph.revisions()[index].id, -1);
            if (row >= 0)
                states[size_t(row)] = RevisionState::Current;
        }
    }
    const bool rowsKept = states.size() == m_states.size();
    std::swap(states, m_states);
    if (m_rows.empty())
        return;
    if (!rowsKept) { // rows came and went: the old states say nothing about the new rows
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    // Only the rows whose state moved, one signal per run of them: a stamp changes a
    // handful of 10,000 rows, connecting changes them all at once.
    size_t row = 0;
    while (row < m_rows.size()) {
        if (states[row] == m_states[row]) {
            ++row;
            continue;
        }
        const size_t first = row;
        while (row < m_rows.size() && states[row] != m_states[row])
            ++row;
        Q_EMIT dataChanged(index(int(first), 0), index(int(row) - 1, ColumnCount - 1));
    }
}

void RevisionGraphModel::setFilterText(const QString &text)
{
    m_filterText = text.trimmed();
    std::vector<char> matches;
    if (!m_filterText.isEmpty()) {
        matches.resize(m_rows.size());
        for (size_t row = 0; row < m_rows.size(); ++row)
            matches[row] = rowMatchesText(m_rows[row]);
    }
    const bool changed = matches != m_matches;
    m_matches = std::move(matches);
    if (changed && !m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

bool RevisionGraphModel::rowMatchesText(const RevisionGraphRow &row) const
{
    if (row.id.contains(m_filterText, Qt::CaseInsensitive) || row.message.contains(m_filterText, Qt::CaseInsensitive))
        return true;
    return std::any_of(row.branchLabels.cbegin(), row.branchLabels.cend(), [this](const QString &label) {
        return label.contains(m_filterText, Qt::CaseInsensitive);
    });
}

int RevisionGraphModel::rowOfRevision(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

RevisionState RevisionGraphModel::stateAt(int row) const
{
    return size_t(row) < m_states.size() ? m_states[size_t(row)] : RevisionState::Unknown;
}

QModelIndex RevisionGraphModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column);
}

QModelIndex RevisionGraphModel::parent(const QModelIndex &) const
{
    return {};
}

int RevisionGraphModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RevisionGraphModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags RevisionGraphModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString RevisionGraphModel::stateName(RevisionState state)
{
    switch (state) {
    case RevisionState::Unknown:
        return tr("Not connected");
    case RevisionState::Pending:
        return tr("Pending");
    case RevisionState::Applied:
        return tr("Applied");
    case RevisionState::Current:
        return tr("Current");
    }
    return {};
}

// Made once: a QIcon holds its rendered pixmaps, and an SVG icon made on every data() call
// would be parsed and rendered again on every paint of every row.
static QIcon stateIcon(RevisionState state)
{
    static const QIcon icons[] = {
        QIcon(u":/icons/state-unknown.svg"_s),
        QIcon(u":/icons/state-pending.svg"_s),
        QIcon(u":/icons/state-applied.svg"_s),
        QIcon(u":/icons/state-current.svg"_s),
    };
    return icons[int(state)];
}

static QIcon warningIcon()
{
    static const QIcon icon(u":/icons/dialog-warning.svg"_s);
    return icon;
}

// The labels a revision declares; else the few it has from its branch. Labels spread down a
// branch and pile up on merges: a revision of a big project can carry hundreds, which no
// column can show (and laying out such a text on every paint would make scrolling crawl).
static QString labelsText(const RevisionGraphRow &row)
{
    if (!row.declaredLabels.isEmpty())
        return row.declaredLabels.join(u", "_s);
    constexpr qsizetype shown = 3;
    if (row.branchLabels.size() <= shown)
        return row.branchLabels.join(u", "_s);
    return RevisionGraphModel::tr("%1 +%2").arg(row.branchLabels.first(shown).join(u", "_s))
        .arg(row.branchLabels.size() - shown);
}

QString RevisionGraphModel::toolTip(const RevisionGraphRow &row) const
{
    if (row.kind == RevisionGraphRow::Kind::Unreadable) {
        return row.line > 0 ? tr("%1, line %2: %3").arg(row.path).arg(row.line).arg(row.message)
                            : tr("%1: %2").arg(row.path, row.message);
    }
    if (row.kind == RevisionGraphRow::Kind::GraphError)
        return tr("The revision graph cannot be used: %1").arg(row.message);

    QStringList lines{tr("Revision %1").arg(row.id)};
    if (!row.parents.isEmpty())
        lines.append(tr("Revises: %1").arg(row.parents.join(u", "_s)));
    if (!row.dependencies.isEmpty())
        lines.append(tr("Depends on: %1").arg(row.dependencies.join(u", "_s)));
    if (!row.declaredLabels.isEmpty())
        lines.append(tr("Branch labels: %1").arg(row.declaredLabels.join(u", "_s)));
    if (row.branchLabels.size() > row.declaredLabels.size()) {
        constexpr qsizetype listed = 12;
        QString branches = row.branchLabels.first(std::min(listed, row.branchLabels.size())).join(u", "_s);
        if (row.branchLabels.size() > listed)
            branches = tr("%1 and %n more", nullptr, int(row.branchLabels.size() - listed)).arg(branches);
        lines.append(tr("On the branches of: %1").arg(branches));
    }
    QStringList markers;
    if (row.markers & RevisionGraphRow::Head)
        markers.append(tr("head"));
    if (row.markers & RevisionGraphRow::Base)
        markers.append(tr("base"));
    if (row.markers & RevisionGraphRow::BranchPoint)
        markers.append(tr("branch point"));
    if (row.markers & RevisionGraphRow::Merge)
        markers.append(tr("merge point"));
    if (row.markers & RevisionGraphRow::BrokenLink)
        markers.append(tr("broken link: a revision it names is not there"));
    if (!markers.isEmpty())
        lines.append(markers.join(u", "_s));
    if (!row.doc.isEmpty())
        lines.append(u"\n"_s + row.doc);
    if (!row.path.isEmpty())
        lines.append(u"\n"_s + row.path);
    return Qt::convertFromPlainText(lines.join(u'\n'));
}

QVariant RevisionGraphModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RevisionGraphRow &row = m_rows[size_t(index.row())];
    const bool isRevision = row.kind == RevisionGraphRow::Kind::Revision;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case GraphColumn:
            if (row.kind == RevisionGraphRow::Kind::GraphError)
                return tr("Broken revision graph: %1").arg(row.message);
            return row.message;
        case RevisionColumn:
            return row.id;
        case BranchLabelsColumn:
            return labelsText(row);
        case CreatedColumn:
            return row.created.isValid() ? row.created.toString(u"yyyy-MM-dd HH:mm"_s) : QString();
        case StateColumn:
            if (isRevision)
                return stateName(stateAt(index.row()));
            return row.kind == RevisionGraphRow::Kind::Unreadable ? tr("Unreadable") : tr("Error");
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StateColumn && isRevision)
            return stateIcon(stateAt(index.row()));
        if (index.column() == GraphColumn && !isRevision)
            return warningIcon();
        return {};
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::AccessibleTextRole:
        if (index.column() == GraphColumn && isRevision)
            return tr("%1, %2").arg(row.message, stateName(stateAt(index.row())));
        return {};
    case RevisionIdRole:
        return isRevision ? row.id : QString();
    case LaneRowRole:
        return isRevision ? QVariant::fromValue(row.lanes) : QVariant();
    case MaxLaneCountRole:
        return m_maxLaneCount;
    case MarkersRole:
        return int(row.markers);
    case StateRole:
        return int(stateAt(index.row()));
    case RowKindRole:
        return int(row.kind);
    case FilePathRole:
        return row.path;
    case LineRole:
        return row.line;
    case MatchesFilterRole:
        return matchesFilter(index.row());
    }
    return {};
}

QVariant RevisionGraphModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GraphColumn:
        return tr("Message");
    case RevisionColumn:
        return tr("Revision");
    case BranchLabelsColumn:
        return tr("Branch Labels");
    case CreatedColumn:
        return tr("Created");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace Studio
