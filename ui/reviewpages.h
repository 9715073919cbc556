#pragma once

#include <migrations/destructivechange.h>
#include <migrations/revisionreview.h>
#include <migrations/schemadiff.h>

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace Studio {

class SqlView;

// A line of text with an icon in front, for what a page must say before its content (why
// the SQL is missing, what the schema model could not follow). Hidden when empty.
class ReviewBanner final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewBanner(const QString &iconPath, QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const;

private:
    QLabel *m_text;
};

// One direction's SQL: the equivalent command, which engine runs each step, the SQL.
class ReviewSqlPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewSqlPage(QWidget *parent = nullptr);

    void showSql(const Migrations::ReviewSql &sql, const QList<Migrations::StepEngine> &engines,
                 Migrations::Dialect dialect);
    // What of this direction can destroy data, a sentence each, said above its SQL (the
    // Warnings tab has more).
    void showFindings(const QStringList &sentences);
    void clear();
    SqlView *view() const { return m_view; }
    QString engineText() const;
    QString errorText() const;
    QString findingsText() const;

private:
    ReviewBanner *m_error;
    ReviewBanner *m_findings;
    QLabel *m_command;
    QLabel *m_engines;
    SqlView *m_view;
};

// The schema before and after: a tree of the tables and columns that change, and the
// CREATE statements of the one selected (of the whole schema when none is).
class ReviewSchemaPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewSchemaPage(QWidget *parent = nullptr);

    void showSchema(const Migrations::SchemaDiff &diff, Migrations::Dialect dialect);
    void clear();
    QTreeWidget *tree() const { return m_tree; }
    SqlView *view() const { return m_view; }

private:
    void showCreateText();

    Migrations::SchemaDiff m_diff;
    ReviewBanner *m_notFollowed;
    QTreeWidget *m_tree;
    QLabel *m_sideLabel;
    QComboBox *m_side;
    SqlView *m_view;
};

// The destructive findings, each with its icon and kind in words, where, which direction,
// and how many rows it touches when connected.
class ReviewWarningsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewWarningsPage(QWidget *parent = nullptr);

    void showFindings(const QList<Migrations::DestructiveFinding> &findings);
    // Rows per finding; `state` replaces them when there are none ("not connected").
    void showRows(const QList<Migrations::AffectedRows> &rows, const QString &state);
    void clear();
    QTreeWidget *tree() const { return m_tree; }
    // The findings as lines of tab-separated text, for the clipboard.
    QString text() const;
    // How many findings can destroy data (raw SQL and unreviewed steps are only notes).
    int destructiveCount() const { return m_destructive; }

    static QString kindText(Migrations::DestructiveFinding::Kind kind);
    // Whether it can destroy data, rather than being a note (raw SQL, a step not reviewed).
    static bool isDestructive(Migrations::DestructiveFinding::Kind kind);
    static QString rowsText(qint64 rows);

Q_SIGNALS:
    void openScriptRequested(const QString &path, int line);

private:
    void showDetail();

    QList<Migrations::DestructiveFinding> m_findings;
    QTreeWidget *m_tree;
    QLabel *m_empty;
    QLabel *m_detail; // the current finding in full, and where it is
    int m_destructive = 0;
};

} // namespace Studio
