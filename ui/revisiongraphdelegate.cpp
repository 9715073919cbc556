#include "revisiongraphdelegate.h"

#include "colorscheme.h"
#include "revisiongraphmodel.h"
#include "revisionlanes.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QVarLengthArray>

#include <array>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

// All sizes derive from the font's height, so the graph scales with the font and the
// screen (QPainter works in device-independent pixels; high-DPI screens just get sharper).
// Lane centres fall on pixel boundaries (or centres, for odd pen widths), so that the
// straight lines, drawn without antialiasing, are crisp and meet the curves exactly.
struct Metrics
{
    explicit Metrics(const QFontMetricsF &fm)
        : lane(std::round(fm.height() * 1.1))
        , radius(fm.height() * 0.3)
        , pen(std::max(1.0, std::round(fm.height() / 9.0)))
        , margin(std::round(fm.height() * 0.4))
        , offset(int(pen) % 2 ? 0.5 : 0.0)
    {}
    qreal lane;   // the width of one lane
    qreal radius; // the node's
    qreal pen;    // line width
    qreal margin; // left of the first lane and right of the last
    qreal offset;

    qreal laneX(const QRectF &rect, int index) const
    {
        return std::floor(rect.left()) + margin + index * lane + std::floor(lane / 2) + offset;
    }
    qreal graphWidth(int lanes) const { return 2 * margin + lanes * lane; }
    // A row wider than half its cell is cut there: the message must stay readable, and a
    // project with a hundred open branches would push it out of sight.
    int visibleLanes(const QRectF &rect, int laneCount) const
    {
        const int fitting = int((rect.width() / 2 - 2 * margin) / lane);
        return std::clamp(fitting, 3, std::max(laneCount, 3));
    }
};

bool isRevisionRow(const QModelIndex &index)
{
    return index.data(RevisionGraphModel::RowKindRole).toInt() == int(RevisionGraphRow::Kind::Revision);
}

} // namespace

RevisionGraphDelegate::RevisionGraphDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor RevisionGraphDelegate::laneColour(int colour, const QPalette &palette)
{
    // Hues far apart in order, so that neighbouring branches (which get consecutive
    // colours) never look alike: blue, orange, green, magenta, teal, red, purple, olive.
    static constexpr int hues[] = {212, 28, 130, 320, 180, 0, 270, 60};
    const int hue = hues[size_t(colour) % std::size(hues)];
    return isDark(palette) ? QColor::fromHsl(hue, 170, 165) : QColor::fromHsl(hue, 200, 95);
}

QSize RevisionGraphDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetricsF fm(option.font);
    // Room for the lines to bend between nodes: a bit more than a line of text.
    size.setHeight(std::max(size.height(), int(std::ceil(fm.height() * 1.55))));
    if (index.column() == RevisionGraphModel::GraphColumn && isRevisionRow(index)) {
        const Metrics metrics(fm);
        const LaneRow row = index.data(RevisionGraphModel::LaneRowRole).value<LaneRow>();
        size.rwidth() += int(std::ceil(metrics.graphWidth(row.laneCount)));
    }
    return size;
}

QRectF RevisionGraphDelegate::nodeRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Metrics metrics{QFontMetricsF(option.font)};
    const LaneRow row = index.data(RevisionGraphModel::LaneRowRole).value<LaneRow>();
    const int lane = std::min(row.lane, metrics.visibleLanes(option.rect, row.laneCount) - 1);
    const QPointF centre(metrics.laneX(option.rect, lane), QRectF(option.rect).center().y());
    return {centre.x() - metrics.radius, centre.y() - metrics.radius, 2 * metrics.radius, 2 * metrics.radius};
}

void RevisionGraphDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool matches = index.data(RevisionGraphModel::MatchesFilterRole).toBool();
    if (!matches) {
        // Dimmed rather than hidden: hiding rows would cut the lanes that run through them.
        const QColor dim = opt.palette.color(QPalette::PlaceholderText);
        opt.palette.setColor(QPalette::Text, dim);
        opt.palette.setColor(QPalette::WindowText, dim);
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    if (index.column() != RevisionGraphModel::GraphColumn || !isRevisionRow(index)) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }

    // The background (selection, hover) across the whole cell, then the graph, then the
    // text to the right of this row's lanes.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const LaneRow row = index.data(RevisionGraphModel::LaneRowRole).value<LaneRow>();
    painter->save();
    if (!matches)
        painter->setOpacity(0.35);
    paintLanes(painter, opt, index, row);
    painter->restore();

    const QFontMetricsF fm(opt.font);
    const Metrics metrics(fm);
    QRect textRect = opt.rect;
    textRect.setLeft(opt.rect.left()
                     + int(std::ceil(metrics.graphWidth(std::min(row.laneCount, metrics.visibleLanes(opt.rect, row.laneCount))))));

    const int markers = index.data(RevisionGraphModel::MarkersRole).toInt();
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColour = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (markers & RevisionGraphRow::Head) {
        // A tag, as Git tools show a branch tip: a word, not a colour, says it is a head.
        QFont tagFont = opt.font;
        tagFont.setPointSizeF(opt.font.pointSizeF() * 0.85);
        tagFont.setBold(true);
        const QFontMetricsF tagMetrics(tagFont);
        const QString tag = tr("head");
        const qreal padding = tagMetrics.height() * 0.35;
        const QRectF tagRect(textRect.left(), opt.rect.center().y() - tagMetrics.height() / 2 - 1,
                             tagMetrics.horizontalAdvance(tag) + 2 * padding, tagMetrics.height() + 2);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor border = laneColour(row.colour, opt.palette);
        if (!matches)
            painter->setOpacity(0.35);
        painter->setPen(QPen(border, 1));
        QColor fill = border;
        fill.setAlphaF(0.18f);
        painter->setBrush(fill);
        painter->drawRoundedRect(tagRect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->setFont(tagFont);
        painter->setPen(textColour);
        painter->drawText(tagRect, Qt::AlignCenter, tag);
        painter->restore();
        textRect.setLeft(int(std::ceil(tagRect.right() + fm.height() * 0.4)));
    }

    // The text without its background: the cell's was drawn above, under the graph.
    opt.rect = textRect;
    opt.backgroundBrush = Qt::NoBrush;
    opt.showDecorationSelected = false;
    const QString text = fm.elidedText(opt.text, opt.textElideMode, textRect.width() - 2 * fm.height() * 0.2);
    painter->save();
    painter->setPen(matches ? textColour : opt.palette.color(QPalette::PlaceholderText));
    painter->setFont(opt.font);
    painter->drawText(QRectF(textRect).adjusted(fm.height() * 0.2, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

void RevisionGraphDelegate::paintLanes(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index, const LaneRow &row) const
{
    const Metrics metrics{QFontMetricsF(option.font)};
    const QRectF rect = option.rect;
    const qreal top = rect.top();
    const qreal bottom = rect.bottom() + 1; // lines run into the next row without a gap
    const qreal middle = rect.center().y();
    const int visible = metrics.visibleLanes(rect, row.laneCount);
    const bool cut = row.laneCount > visible;
    if (cut)
        painter->setClipRect(QRectF(rect.left(), rect.top(), metrics.graphWidth(visible), rect.height()));

    const auto penFor = [&](LaneEdge::Kind kind, int colour) {
        QPen pen(laneColour(colour, option.palette), metrics.pen, Qt::SolidLine, Qt::FlatCap);
        if (kind == LaneEdge::Kind::Dependency)
            pen.setDashPattern({2.5, 2.0});
        return pen;
    };

    // The lines passing through, most of a big graph: straight, so drawn unsmoothed and
    // batched per colour, which keeps a frame of a hundred lanes cheap.
    constexpr int colourKinds = 2 * 8;
    std::array<QVarLengthArray<QLineF, 8>, colourKinds> passes;
    for (const LaneEdge &edge : row.edges) {
        if (edge.span != LaneEdge::Span::Pass || edge.fromLane > visible)
            continue;
        const qreal x = metrics.laneX(rect, edge.fromLane);
        passes[size_t((edge.colour % 8) * 2 + int(edge.kind))].append(QLineF(x, top, x, bottom));
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (int group = 0; group < colourKinds; ++group) {
        if (passes[size_t(group)].isEmpty())
            continue;
        painter->setPen(penFor(LaneEdge::Kind(group % 2), group / 2));
        painter->drawLines(passes[size_t(group)].constData(), int(passes[size_t(group)].size()));
    }

    painter->setRenderHint(QPainter::Antialiasing);
    for (const LaneEdge &edge : row.edges) {
        if (edge.span == LaneEdge::Span::Pass || std::min(edge.fromLane, edge.toLane) > visible)
            continue;
        painter->setPen(penFor(edge.kind, edge.colour));
        painter->setBrush(Qt::NoBrush);
        const qreal from = metrics.laneX(rect, edge.fromLane);
        const qreal to = metrics.laneX(rect, edge.toLane);
        QPainterPath path;
        switch (edge.span) {
        case LaneEdge::Span::Pass:
            break;
        case LaneEdge::Span::IntoNode:
            // Down the lane, then a quarter bend into the node's side.
            path.moveTo(from, top);
            if (from == to)
                path.lineTo(to, middle);
            else
                path.cubicTo(from, middle, from, middle, to + (from < to ? -metrics.radius : metrics.radius), middle);
            break;
        case LaneEdge::Span::FromNode:
            path.moveTo(from, middle);
            if (from == to)
                path.lineTo(to, bottom);
            else
                path.cubicTo(to, middle, to, middle, to, bottom);
            break;
        case LaneEdge::Span::ToMissing: {
            // A dotted stub that stops short of where the revision should have been, and a
            // cross there: the link is broken, not just drawn short.
            const QPointF start(from, middle);
            const QPointF target(from == to ? from : to, bottom);
            const QPointF end = start + (target - start) * (from == to ? 0.62 : 0.7);
            QPen pen = penFor(edge.kind, edge.colour);
            pen.setDashPattern({1.2, 1.6});
            painter->setPen(pen);
            painter->drawLine(start, end);
            const qreal arm = metrics.radius * 0.75;
            painter->setPen(QPen(option.palette.color(QPalette::Text), metrics.pen, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(end + QPointF(-arm, -arm), end + QPointF(arm, arm));
            painter->drawLine(end + QPointF(-arm, arm), end + QPointF(arm, -arm));
            continue;
        }
        }
        painter->drawPath(path);
    }
    if (cut) {
        // Where the cut is, lines fade out rather than stop dead.
        painter->setClipping(false);
        const qreal edgeX = rect.left() + metrics.graphWidth(visible);
        QLinearGradient fade(edgeX - metrics.lane, 0, edgeX, 0);
        QColor base = option.palette.color(QPalette::Base);
        QColor clear = base;
        clear.setAlpha(0);
        fade.setColorAt(0, clear);
        fade.setColorAt(1, base);
        if (!(option.state & QStyle::State_Selected))
            painter->fillRect(QRectF(edgeX - metrics.lane, top, metrics.lane, rect.height()), fade);
    }

    // The node on top of its lines.
    // A node beyond the cut is pinned at its edge, so that every row shows its state.
    const QColor colour = laneColour(row.colour, option.palette);
    const QPointF centre(metrics.laneX(rect, std::min(row.lane, visible - 1)), middle);
    const qreal r = metrics.radius;
    const int markers = index.data(RevisionGraphModel::MarkersRole).toInt();
    const auto state = RevisionState(index.data(RevisionGraphModel::StateRole).toInt());

    QPainterPath shape;
    if (markers & RevisionGraphRow::Merge) {
        const qreal d = r * 1.3;
        shape.moveTo(centre.x(), centre.y() - d);
        shape.lineTo(centre.x() + d, centre.y());
        shape.lineTo(centre.x(), centre.y() + d);
        shape.lineTo(centre.x() - d, centre.y());
        shape.closeSubpath();
    } else {
        shape.addEllipse(centre, r, r);
    }
    // Filled: applied (or nothing known); hollow: pending; ringed: in alembic_version.
    const bool hollow = state == RevisionState::Pending;
    painter->setPen(QPen(colour, metrics.pen));
    painter->setBrush(hollow ? option.palette.color(QPalette::Base) : colour);
    painter->drawPath(shape);
    if (state == RevisionState::Current) {
        const qreal ring = r + metrics.pen * 1.6;
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option.palette.color(QPalette::Text), metrics.pen * 0.9));
        if (markers & RevisionGraphRow::Merge) {
            const qreal d = ring * 1.3;
            painter->drawPolygon(QPolygonF({QPointF(centre.x(), centre.y() - d), QPointF(centre.x() + d, centre.y()),
                                            QPointF(centre.x(), centre.y() + d), QPointF(centre.x() - d, centre.y())}));
        } else {
            painter->drawEllipse(centre, ring, ring);
        }
    }
    if (markers & RevisionGraphRow::Base) {
        // A ground bar under the node: nothing comes before it.
        const qreal y = centre.y() + r * ((markers & RevisionGraphRow::Merge) ? 1.3 : 1.0) + metrics.pen * 2.2;
        painter->setPen(QPen(colour, metrics.pen, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(centre.x() - r * 1.3, y), QPointF(centre.x() + r * 1.3, y));
    }
}

} // namespace Studio
