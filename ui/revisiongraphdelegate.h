#pragma once

#include <QStyledItemDelegate>

namespace Studio {

struct LaneRow;

// Paints RevisionGraphModel's first column: the lanes (straight where a line keeps its lane,
// curved where it bends into or out of a node), the node — filled when applied, hollow when
// pending, ringed when it is the database's current revision, a diamond for a merge, a bar
// under a base — then a "head" tag and the message. `depends_on` lines are dashed; a link to
// a revision that is not there ends in a cross. Rows outside the filter are dimmed. Sizes
// come from the font, colours from the palette (light or dark).
class RevisionGraphDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RevisionGraphDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the node of the row at `index` is drawn inside `option.rect` (for tests, and
    // for anyone placing something next to it).
    QRectF nodeRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // The colour of lane colour `colour`: hues that stay apart, lightened on a dark base.
    static QColor laneColour(int colour, const QPalette &palette);

private:
    void paintLanes(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                    const LaneRow &row) const;
};

} // namespace Studio
