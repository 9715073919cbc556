#include "revisiongraphview.h"

#include "revisiongraphdelegate.h"
#include "revisiongraphmodel.h"

#include <migrations/scriptdirectory.h>

#include <QAction>
#include <QClipboard>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Studio {

RevisionGraphView::RevisionGraphView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RevisionGraphModel(this))
    , m_delegate(new RevisionGraphDelegate(this))
    , m_filter(new QLineEdit(this))
    , m_matchCount(new QLabel(this))
    , m_goTo(new QLineEdit(this))
    , m_messageBar(new QFrame(this))
    , m_message(new QLabel(m_messageBar))
    , m_tree(new QTreeView(this))
{
    m_filter->setObjectName(u"revisionFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by message, id or label (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Rows that do not match are dimmed; Enter goes to the next match."));
    m_goTo->setObjectName(u"goToRevision"_s);
    m_goTo->setPlaceholderText(tr("Go to revision (Ctrl+L)"));
    m_goTo->setToolTip(tr("An id or its start, a branch label, head, heads, base, label@head, label@base"));
    // A warning strip between the fields and the list: why a go-to failed, or why the graph
    // cannot be used.
    m_message->setObjectName(u"revisionGraphMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto messageFrame = static_cast<QFrame *>(m_messageBar);
    messageFrame->setFrameShape(QFrame::StyledPanel);
    messageFrame->setBackgroundRole(QPalette::AlternateBase);
    messageFrame->setAutoFillBackground(true);
    auto messageIcon = new QLabel(m_messageBar);
    const int iconSize = m_message->fontMetrics().height();
    messageIcon->setPixmap(QIcon(u":/icons/dialog-warning.svg"_s).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    auto messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(iconSize / 2, iconSize / 4, iconSize / 2, iconSize / 4);
    messageLayout->addWidget(messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_message, 1);
    m_messageBar->setVisible(false);

    m_tree->setObjectName(u"revisionGraph"_s);
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(m_delegate);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true); // what keeps 10,000 rows cheap to lay out
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(RevisionGraphModel::GraphColumn, QHeaderView::Stretch);
    m_tree->installEventFilter(this);
    setFocusProxy(m_tree); // focusing the view puts the keys in the list
    sizeColumns();

    auto bar = new QHBoxLayout;
    bar->addWidget(m_filter, 3);
    bar->addWidget(m_matchCount);
    bar->addWidget(m_goTo, 2);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_tree);

    createActions();

    connect(m_filter, &QLineEdit::textChanged, this, [this] { applyFilter(false); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { applyFilter(true); });
    connect(m_goTo, &QLineEdit::returnPressed, this, &RevisionGraphView::goTo);
    connect(m_tree, &QTreeView::doubleClicked, this, &RevisionGraphView::activate);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_tree->indexAt(pos);
        if (!index.isValid())
            return;
        m_tree->setCurrentIndex(index);
        std::unique_ptr<QMenu> menu(createContextMenu(this));
        menu->exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        const QString id = currentRevision();
        if (id != m_lastCurrent) {
            m_lastCurrent = id;
            Q_EMIT currentRevisionChanged(id);
        }
    });
    updateActions();
}

RevisionGraphView::~RevisionGraphView() = default;

void RevisionGraphView::createActions()
{
    const auto make = [this](Action which, const QString &text, const QString &name) {
        auto action = new QAction(text, this);
        action->setObjectName(name);
        m_actions[int(which)] = action;
        return action;
    };
    const auto withId = [this](void (RevisionGraphView::*signal)(const QString &)) {
        return [this, signal] {
            const QString id = currentRevision();
            if (!id.isEmpty())
                Q_EMIT(this->*signal)(id);
        };
    };
    connect(make(Action::UpgradeToHere, tr("&Upgrade to Here"), u"upgradeToHere"_s), &QAction::triggered, this,
            withId(&RevisionGraphView::upgradeRequested));
    connect(make(Action::DowngradeToHere, tr("&Downgrade to Here"), u"downgradeToHere"_s), &QAction::triggered,
            this, withId(&RevisionGraphView::downgradeRequested));
    connect(make(Action::StampHere, tr("S&tamp Here"), u"stampHere"_s), &QAction::triggered, this,
            withId(&RevisionGraphView::stampRequested));
    connect(make(Action::ShowSql, tr("Show &SQL"), u"showSql"_s), &QAction::triggered, this,
            withId(&RevisionGraphView::showSqlRequested));
    QAction *open = make(Action::OpenInEditor, tr("&Open in Editor"), u"openInEditor"_s);
    open->setIcon(QIcon(u":/icons/document-open.svg"_s));
    connect(open, &QAction::triggered, this, [this] { activate(m_tree->currentIndex()); });
    QAction *copy = make(Action::CopyRevisionId, tr("&Copy Revision ID"), u"copyRevisionId"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copy); // Ctrl+C in the list copies the id
    connect(copy, &QAction::triggered, this, [this] {
        const QString id = currentRevision();
        if (!id.isEmpty())
            QGuiApplication::clipboard()->setText(id);
    });

    auto find = new QAction(tr("Filter Revisions"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    auto goTo = new QAction(tr("Go to Revision"), this);
    goTo->setShortcut(Qt::CTRL | Qt::Key_L);
    goTo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(goTo);
    connect(goTo, &QAction::triggered, this, [this] {
        m_goTo->setFocus(Qt::ShortcutFocusReason);
        m_goTo->selectAll();
    });
}

QAction *RevisionGraphView::action(Action which) const
{
    return m_actions[int(which)];
}

QMenu *RevisionGraphView::createContextMenu(QWidget *parent)
{
    auto menu = new QMenu(parent);
    menu->addAction(action(Action::UpgradeToHere));
    menu->addAction(action(Action::DowngradeToHere));
    menu->addAction(action(Action::StampHere));
    menu->addSeparator();
    menu->addAction(action(Action::ShowSql));
    menu->addAction(action(Action::OpenInEditor));
    menu->addSeparator();
    menu->addAction(action(Action::CopyRevisionId));
    return menu;
}

void RevisionGraphView::updateActions()
{
    const bool revision = !currentRevision().isEmpty();
    for (Action which : {Action::UpgradeToHere, Action::DowngradeToHere, Action::StampHere, Action::ShowSql,
                         Action::CopyRevisionId})
        action(which)->setEnabled(revision);
    // A problem row opens its file at the line.
    action(Action::OpenInEditor)->setEnabled(m_tree->currentIndex().isValid()
                                             && !m_tree->currentIndex().data(RevisionGraphModel::FilePathRole)
                                                     .toString().isEmpty());
}

void RevisionGraphView::sizeColumns()
{
    // From the font, not from the contents: measuring 10,000 rows to size a column would
    // cost more than showing them.
    const QFontMetrics fm(m_tree->font());
    const int padding = fm.height() * 2;
    QHeaderView *header = m_tree->header();
    header->resizeSection(RevisionGraphModel::RevisionColumn, fm.horizontalAdvance(u"0123456789abc"_s) + padding);
    const QString labelsTitle = m_model->headerData(RevisionGraphModel::BranchLabelsColumn, Qt::Horizontal).toString();
    header->resizeSection(RevisionGraphModel::BranchLabelsColumn, fm.horizontalAdvance(labelsTitle) + padding);
    header->resizeSection(RevisionGraphModel::CreatedColumn, fm.horizontalAdvance(u"0000-00-00 00:00"_s) + padding);
    int state = 0;
    for (RevisionState each : {RevisionState::Unknown, RevisionState::Pending, RevisionState::Applied,
                               RevisionState::Current})
        state = std::max(state, fm.horizontalAdvance(RevisionGraphModel::stateName(each)));
    header->resizeSection(RevisionGraphModel::StateColumn, state + fm.height() + padding);
}

void RevisionGraphView::setDirectory(std::shared_ptr<const Migrations::ScriptDirectory> directory)
{
    const QString current = currentRevision();
    const QModelIndex top = m_tree->indexAt(QPoint(0, 0));
    const QString topId = top.data(RevisionGraphModel::RevisionIdRole).toString();

    m_model->setDirectory(std::move(directory));

    // Rows that survived kept their indexes; rows inserted above the viewport would still
    // push it down, so the revision at the top is put back there.
    if (!topId.isEmpty()) {
        const int row = m_model->rowOfRevision(topId);
        if (row >= 0)
            m_tree->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
    }
    if (!current.isEmpty() && currentRevision() != current) {
        const int row = m_model->rowOfRevision(current);
        if (row >= 0)
            m_tree->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                                 | QItemSelectionModel::Rows);
    }
    const auto loaded = m_model->directory();
    if (loaded && loaded->graph().error())
        showMessage(tr("The revision graph is broken: %1").arg(loaded->graph().error()->message));
    else
        showMessage({});
    updateActions();
}

void RevisionGraphView::setDatabaseHeads(const std::optional<QStringList> &heads)
{
    m_model->setDatabaseHeads(heads);
}

QString RevisionGraphView::currentRevision() const
{
    return m_tree->currentIndex().data(RevisionGraphModel::RevisionIdRole).toString();
}

QString RevisionGraphView::message() const
{
    return m_message->text();
}

void RevisionGraphView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_messageBar->setVisible(!text.isEmpty());
}

void RevisionGraphView::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

bool RevisionGraphView::selectRevision(const QString &identifier)
{
    const QString wanted = identifier.trimmed();
    const auto directory = m_model->directory();
    if (wanted.isEmpty())
        return false;
    if (!directory) {
        showMessage(tr("No project is open."));
        return false;
    }
    // A full id is the common case (status bar, problems panel): no resolution needed.
    int row = m_model->rowOfRevision(wanted);
    if (row < 0) {
        const Migrations::RevisionResolution resolution = directory->graph().resolve(wanted);
        if (resolution.error) {
            showMessage(tr("“%1” does not name a revision: %2").arg(wanted, resolution.error->message));
            return false;
        }
        if (resolution.revisions.isEmpty()) {
            showMessage(tr("“%1” names no revision (it stands for before the first one).").arg(wanted));
            return false;
        }
        const int index = resolution.revisions.first();
        if (index < 0) {
            showMessage(tr("“%1” names no revision (it stands for before the first one).").arg(wanted));
            return false;
        }
        row = m_model->rowOfRevision(directory->graph().revisions()[index].id);
        if (row < 0)
            return false;
        if (resolution.revisions.size() > 1) {
            showMessage(tr("“%1” names %n revisions; the first is selected.", nullptr,
                           int(resolution.revisions.size())).arg(wanted));
        } else {
            showMessage({});
        }
    } else {
        showMessage({});
    }
    selectRow(row);
    return true;
}

void RevisionGraphView::goTo()
{
    if (selectRevision(m_goTo->text()))
        m_tree->setFocus(Qt::OtherFocusReason);
}

void RevisionGraphView::applyFilter(bool next)
{
    m_model->setFilterText(m_filter->text());
    const int rows = m_model->rowCount();
    if (m_model->filterText().isEmpty()) {
        m_matchCount->clear();
        return;
    }
    int count = 0;
    for (int row = 0; row < rows; ++row)
        count += m_model->matchesFilter(row) ? 1 : 0;
    m_matchCount->setText(count == 0 ? tr("No match") : tr("%n match(es)", nullptr, count));
    if (count == 0)
        return;
    // From the current row on (after it when asked for the next), round to the top.
    const int current = m_tree->currentIndex().isValid() ? m_tree->currentIndex().row() : 0;
    const int start = next ? current + 1 : current;
    for (int step = 0; step < rows; ++step) {
        const int row = (start + step) % rows;
        if (m_model->matchesFilter(row)) {
            if (row != current || !m_tree->currentIndex().isValid())
                selectRow(row);
            return;
        }
    }
}

void RevisionGraphView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString id = index.data(RevisionGraphModel::RevisionIdRole).toString();
    if (!id.isEmpty()) {
        Q_EMIT openInEditorRequested(id);
        return;
    }
    const QString file = index.data(RevisionGraphModel::FilePathRole).toString();
    if (!file.isEmpty())
        Q_EMIT diagnosticActivated(file, index.data(RevisionGraphModel::LineRole).toInt());
}

void RevisionGraphView::followEdge(bool towardsParent)
{
    const QString id = currentRevision();
    const auto directory = m_model->directory();
    if (id.isEmpty() || !directory)
        return;
    const Migrations::RevisionGraph &graph = directory->graph();
    const Migrations::Revision *revision = graph.revision(id);
    if (!revision)
        return;
    // The first parent as written, or the first child (children are sorted by id).
    const QList<int> &next = towardsParent ? revision->downIndexes : revision->nextIndexes;
    if (next.isEmpty())
        return;
    const int row = m_model->rowOfRevision(graph.revisions()[next.first()].id);
    if (row >= 0)
        selectRow(row);
}

bool RevisionGraphView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_tree->currentIndex());
            return true;
        }
        // Along the graph rather than the list: Alt+Down to the parent, Alt+Up to a child.
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            followEdge(key->key() == Qt::Key_Down);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Studio
