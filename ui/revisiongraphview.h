#pragma once

#include <QWidget>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QTreeView;
QT_END_NAMESPACE

namespace Migrations {
class ScriptDirectory;
}

namespace Studio {

class RevisionGraphDelegate;
class RevisionGraphModel;

// The revision graph of a project: a filter box, a "go to revision" field, and the revisions
// as a list whose first column draws the lanes. Actions on a revision are offered here and
// carried out elsewhere: the view only emits what was asked for (except copying the id).
//
// The filter dims the rows that do not match instead of hiding them — hidden rows would cut
// the lanes that run through them — and moves the selection to the next match (Enter in the
// filter box goes on to the next one).
class RevisionGraphView final : public QWidget
{
    Q_OBJECT

public:
    enum class Action { UpgradeToHere, DowngradeToHere, StampHere, ShowSql, OpenInEditor, CopyRevisionId };

    explicit RevisionGraphView(QWidget *parent = nullptr);
    ~RevisionGraphView() override;

    // Keeps the current revision and the revision at the top of the viewport when they are
    // still there.
    void setDirectory(std::shared_ptr<const Migrations::ScriptDirectory> directory);
    // nullopt: not connected.
    void setDatabaseHeads(const std::optional<QStringList> &heads);

    QString currentRevision() const; // an id; empty when none or a problem row is current
    // Any identifier Alembic takes: a full or partial id, a label, head(s), base,
    // label@head, label@base, label@id. On failure the view says why and returns false.
    bool selectRevision(const QString &identifier);

    QTreeView *treeView() const { return m_tree; }
    RevisionGraphModel *model() const { return m_model; }
    RevisionGraphDelegate *delegate() const { return m_delegate; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLineEdit *goToEdit() const { return m_goTo; }
    // The last message the view showed (a go-to that failed, a graph error); empty if none.
    QString message() const;
    // The actions of the context menu, for a main window's menus too.
    QAction *action(Action which) const;
    // The context menu for the current row (the caller owns it).
    QMenu *createContextMenu(QWidget *parent);

Q_SIGNALS:
    void currentRevisionChanged(const QString &id);
    void openInEditorRequested(const QString &id);
    void upgradeRequested(const QString &id);
    void downgradeRequested(const QString &id);
    void stampRequested(const QString &id);
    void showSqlRequested(const QString &id);
    void diagnosticActivated(const QString &file, int line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void applyFilter(bool next);
    void goTo();
    void activate(const QModelIndex &index);
    void selectRow(int row);
    void followEdge(bool towardsParent);
    void showMessage(const QString &text);
    void updateActions();
    void sizeColumns();

    RevisionGraphModel *m_model;
    RevisionGraphDelegate *m_delegate;
    QLineEdit *m_filter;
    QLabel *m_matchCount;
    QLineEdit *m_goTo;
    QWidget *m_messageBar;
    QLabel *m_message;
    QTreeView *m_tree;
    QAction *m_actions[6] = {};
    QString m_lastCurrent;
};

} // namespace Studio
