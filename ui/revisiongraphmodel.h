#pragma once

#include "revisionlanes.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Migrations {
class ScriptDirectory;
}

namespace Studio {

// The enums of this header have no fixed underlying type on purpose: lupdate (Qt 6.8) misreads
// `enum E : T {` here and then files every RevisionGraphModel::tr() under a context that is
// never looked up, so the graph's headers and states would stay untranslated.

// Where a revision stands in the connected database.
enum class RevisionState {
    Unknown, // not connected
    Pending, // not applied yet
    Applied, // an ancestor of a head in alembic_version (through depends_on too)
    Current, // in alembic_version
};

// What a row shows, computed once per load: rows are compared as values so that a reload
// touches only the rows that changed.
struct RevisionGraphRow
{
    enum class Kind {
        Revision,
        Unreadable, // a script the reader could not read (ScriptDirectory::diagnostics())
        GraphError, // the graph as a whole is refused (RevisionGraph::error())
    };
    enum Marker {
        Head = 0x1,
        Base = 0x2,
        BranchPoint = 0x4,
        Merge = 0x8,
        BrokenLink = 0x10, // a parent or a dependency that is not there
    };

    Kind kind = Kind::Revision;
    QString id;             // the revision id; the file name for an unreadable script
    QString message;        // the first line of the doc; the reason for a problem row
    QString doc;            // the whole doc (tooltip)
    QStringList declaredLabels; // `branch_labels` as this script declares them
    QStringList branchLabels;   // with those spread from its branch (Alembic's branch_labels)
    QDateTime created;
    QString path;           // the script, or the file a problem is about
    int line = 0;           // the problem's line (1-based), 0 for a revision
    quint8 markers = 0;
    LaneRow lanes;          // empty for problem rows
    QStringList parents;    // down_revision ids, for the tooltip and for navigation
    QStringList dependencies;

    bool operator==(const RevisionGraphRow &) const = default;
};

// The revisions of a project as a flat list, newest first, one row per revision with its
// lanes, then a row per script that could not be read and one for a graph error. Shown by
// RevisionGraphView in a QTreeView; column Graph is painted by RevisionGraphDelegate.
class RevisionGraphModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { GraphColumn, RevisionColumn, BranchLabelsColumn, CreatedColumn, StateColumn, ColumnCount };
    enum Role {
        RevisionIdRole = Qt::UserRole + 1, // QString, empty for a problem row
        LaneRowRole,                       // Studio::LaneRow
        MaxLaneCountRole,                  // int, the widest row's lanes (any row)
        MarkersRole,                       // int, RevisionGraphRow::Marker flags
        StateRole,                         // int, RevisionState
        RowKindRole,                       // int, RevisionGraphRow::Kind
        FilePathRole,                      // QString
        LineRole,                          // int
        MatchesFilterRole,                 // bool: the filter is empty or the row matches it
    };

    explicit RevisionGraphModel(QObject *parent = nullptr);
    ~RevisionGraphModel() override;

    // Rows that stay the same keep their indexes (persistent ones too): only the runs of rows
    // between the unchanged start and end are removed and inserted, and rows whose content
    // changed in place get dataChanged.
    void setDirectory(std::shared_ptr<const Migrations::ScriptDirectory> directory);
    std::shared_ptr<const Migrations::ScriptDirectory> directory() const { return m_directory; }

    // The ids in alembic_version; nullopt when not connected. Ids the graph does not know
    // are ignored here (the status bar reports them).
    void setDatabaseHeads(const std::optional<QStringList> &heads);
    std::optional<QStringList> databaseHeads() const { return m_databaseHeads; }

    // Case-insensitive, on the message, the id and the branch labels.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    const RevisionGraphRow &rowAt(int row) const { return m_rows[size_t(row)]; }
    int rowOfRevision(const QString &id) const; // -1 when not there
    RevisionState stateAt(int row) const;
    bool matchesFilter(int row) const { return m_matches.empty() || m_matches[size_t(row)]; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString stateName(RevisionState state);

private:
    void setRows(std::vector<RevisionGraphRow> rows);
    void updateStates();
    bool rowMatchesText(const RevisionGraphRow &row) const;
    QString toolTip(const RevisionGraphRow &row) const;

    std::shared_ptr<const Migrations::ScriptDirectory> m_directory;
    std::vector<RevisionGraphRow> m_rows;
    QHash<QString, int> m_rowOfId;
    std::vector<RevisionState> m_states;
    std::vector<char> m_matches; // empty while there is no filter
    std::optional<QStringList> m_databaseHeads;
    QString m_filterText;
    int m_maxLaneCount = 1;
};

} // namespace Studio

Q_DECLARE_METATYPE(Studio::LaneRow)
