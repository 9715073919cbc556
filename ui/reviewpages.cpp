#include "reviewpages.h"

#include "sqlview.h"

#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Migrations::DestructiveFinding;
using Migrations::SchemaChange;

namespace Studio {

namespace {

const QString destructiveIcon = u":/icons/review-destructive.svg"_s;
const QString noteIcon = u":/icons/review-note.svg"_s;

QLabel *fixedWidthLabel(QWidget *parent)
{
    auto label = new QLabel(parent);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

ReviewBanner::ReviewBanner(const QString &iconPath, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    auto icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(QIcon(iconPath).pixmap(size, size, QIcon::Normal));
    icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void ReviewBanner::setText(const QString &text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString ReviewBanner::text() const
{
    return m_text->text();
}

ReviewSqlPage::ReviewSqlPage(QWidget *parent)
    : QWidget(parent)
    , m_error(new ReviewBanner(destructiveIcon, this))
    , m_findings(new ReviewBanner(destructiveIcon, this))
    , m_command(fixedWidthLabel(this))
    , m_engines(new QLabel(this))
    , m_view(new SqlView(this))
{
    m_engines->setWordWrap(true);
    m_engines->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_command);
    layout->addWidget(m_engines);
    layout->addWidget(m_error);
    layout->addWidget(m_findings);
    layout->addWidget(m_view, 1);
}

void ReviewSqlPage::showFindings(const QStringList &sentences)
{
    m_findings->setText(sentences.join(u'\n'));
}

QString ReviewSqlPage::findingsText() const
{
    return m_findings->text();
}

void ReviewSqlPage::showSql(const Migrations::ReviewSql &sql, const QList<Migrations::StepEngine> &engines,
                            Migrations::Dialect dialect)
{
    m_view->setDialect(dialect);
    m_view->setPlainText(sql.sql);
    m_command->setText(sql.command);
    m_command->setVisible(!sql.command.isEmpty());
    m_error->setText(sql.error);

    // All native: one line. Otherwise a line per step that is not, saying why.
    QStringList lines;
    qsizetype native = 0;
    for (const Migrations::StepEngine &engine : engines) {
        switch (engine.engine) {
        case Migrations::StepEngine::Native:
            ++native;
            break;
        case Migrations::StepEngine::Python:
            lines.append(tr("Python engine: %1 (%2)").arg(engine.description, engine.reason));
            break;
        case Migrations::StepEngine::Unavailable:
            lines.append(tr("Cannot run: %1 needs Python and no interpreter is configured (%2)")
                             .arg(engine.description, engine.reason));
            break;
        }
    }
    if (native == engines.size() && native > 0)
        lines.prepend(tr("Engine: native"));
    else if (native > 0)
        lines.prepend(tr("Engine: native, except:"));
    m_engines->setText(lines.join(u'\n'));
    m_engines->setVisible(!lines.isEmpty());
}

void ReviewSqlPage::clear()
{
    showSql({}, {}, Migrations::Dialect::SQLite);
    showFindings({});
}

QString ReviewSqlPage::engineText() const
{
    return m_engines->text();
}

QString ReviewSqlPage::errorText() const
{
    return m_error->text();
}

ReviewSchemaPage::ReviewSchemaPage(QWidget *parent)
    : QWidget(parent)
    , m_notFollowed(new ReviewBanner(noteIcon, this))
    , m_tree(new QTreeWidget(this))
    , m_sideLabel(new QLabel(this))
    , m_side(new QComboBox(this))
    , m_view(new SqlView(this))
{
    m_tree->setHeaderLabels({tr("Table / column"), tr("Change"), tr("Before"), tr("After")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_side->addItem(tr("After"));
    m_side->addItem(tr("Before"));
    auto sideRow = new QHBoxLayout;
    m_sideLabel->setBuddy(m_side);
    sideRow->addWidget(m_sideLabel);
    sideRow->addWidget(m_side);
    sideRow->addStretch(1);
    auto bottom = new QWidget(this);
    auto bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(sideRow);
    bottomLayout->addWidget(m_view, 1);
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_notFollowed);
    layout->addWidget(splitter, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ReviewSchemaPage::showCreateText);
    connect(m_side, &QComboBox::currentIndexChanged, this, &ReviewSchemaPage::showCreateText);
}

void ReviewSchemaPage::showSchema(const Migrations::SchemaDiff &diff, Migrations::Dialect dialect)
{
    m_diff = diff;
    m_view->setDialect(dialect);
    m_tree->clear();
    // The change in words and a sign, never by colour alone.
    const auto changeText = [](SchemaChange::Kind kind) {
        switch (kind) {
        case SchemaChange::Added:
            return tr("+ added");
        case SchemaChange::Removed:
            return tr("− removed");
        case SchemaChange::Changed:
            return tr("~ changed");
        }
        return QString();
    };
    for (qsizetype i = 0; i < diff.tables.size(); ++i) {
        const Migrations::TableChange &table = diff.tables[i];
        auto tableItem = new QTreeWidgetItem(m_tree, {table.table, changeText(table.kind)});
        tableItem->setData(0, Qt::UserRole, int(i));
        QFont bold = tableItem->font(0);
        bold.setBold(true);
        tableItem->setFont(0, bold);
        for (const QList<SchemaChange> *changes : {&table.columns, &table.others}) {
            for (const SchemaChange &change : *changes) {
                auto item = new QTreeWidgetItem(
                    tableItem, {change.name, changeText(change.kind), change.before, change.after});
                item->setData(0, Qt::UserRole, int(i));
            }
        }
        // Tables that come or go are long lists of added or removed columns: shut when many.
        tableItem->setExpanded(table.kind == SchemaChange::Changed || diff.tables.size() <= 2);
    }
    if (diff.tables.isEmpty())
        new QTreeWidgetItem(m_tree, {tr("No table changes.")});
    QStringList notes = diff.notFollowed;
    if (!notes.isEmpty())
        notes.prepend(tr("The schema model could not follow:"));
    m_notFollowed->setText(notes.join(u'\n'));
    showCreateText();
}

void ReviewSchemaPage::clear()
{
    showSchema({}, Migrations::Dialect::SQLite);
}

void ReviewSchemaPage::showCreateText()
{
    const bool after = m_side->currentIndex() == 0;
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QVariant index = item ? item->data(0, Qt::UserRole) : QVariant();
    if (!index.isValid() || index.toInt() >= m_diff.tables.size()) {
        m_sideLabel->setText(tr("CREATE statements of the whole schema:"));
        m_view->setPlainText(after ? m_diff.allAfter : m_diff.allBefore);
        return;
    }
    const Migrations::TableChange &table = m_diff.tables[index.toInt()];
    m_sideLabel->setText(tr("CREATE statements of %1:").arg(table.table));
    const QString text = after ? table.createAfter : table.createBefore;
    m_view->setPlainText(
        text.isEmpty() ? (after ? tr("-- %1 is not there after.\n") : tr("-- %1 is not there before.\n"))
                             .arg(table.table)
                       : text);
}

ReviewWarningsPage::ReviewWarningsPage(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_detail(new QLabel(this))
{
    m_tree->setHeaderLabels({tr("Finding"), tr("Where"), tr("Direction"), tr("Rows"), tr("What it does")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_empty->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_detail);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ReviewWarningsPage::showDetail);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item->data(0, Qt::UserRole).toInt();
        if (index >= 0 && index < m_findings.size() && !m_findings[index].path.isEmpty())
            emit openScriptRequested(m_findings[index].path, m_findings[index].line);
    });
}

QString ReviewWarningsPage::kindText(DestructiveFinding::Kind kind)
{
    switch (kind) {
    case DestructiveFinding::Kind::DropTable:
        return tr("Drops a table");
    case DestructiveFinding::Kind::DropColumn:
        return tr("Drops a column");
    case DestructiveFinding::Kind::NarrowingTypeChange:
        return tr("Narrows a type");
    case DestructiveFinding::Kind::NotNullWithoutDefault:
        return tr("NOT NULL without default");
    case DestructiveFinding::Kind::RawSql:
        return tr("Raw SQL");
    case DestructiveFinding::Kind::NotReviewed:
        return tr("Not reviewed");
    }
    return {};
}

QString ReviewWarningsPage::rowsText(qint64 rows)
{
    // No plural forms without an English translation: one and many are said apart.
    return rows == 1 ? tr("1 row") : tr("%1 rows").arg(QLocale().toString(rows));
}

bool ReviewWarningsPage::isDestructive(DestructiveFinding::Kind kind)
{
    return kind != DestructiveFinding::Kind::RawSql && kind != DestructiveFinding::Kind::NotReviewed;
}

void ReviewWarningsPage::showDetail()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const int index = item ? item->data(0, Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= m_findings.size()) {
        m_detail->clear();
        return;
    }
    const DestructiveFinding &finding = m_findings[index];
    const QString place = finding.line > 0 ? u"%1:%2"_s.arg(finding.path).arg(finding.line) : finding.path;
    m_detail->setText(tr("%1\n%2, revision %3 (double-click to open the script)")
                          .arg(finding.sentence, QDir::toNativeSeparators(place), finding.revision));
}

void ReviewWarningsPage::showFindings(const QList<DestructiveFinding> &findings)
{
    m_findings = findings;
    m_tree->clear();
    m_destructive = 0;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const DestructiveFinding &finding = findings[i];
        const bool note = finding.kind == DestructiveFinding::Kind::RawSql
                          || finding.kind == DestructiveFinding::Kind::NotReviewed;
        m_destructive += note ? 0 : 1;
        QString where = finding.schema.isEmpty() ? finding.table : finding.schema + u'.' + finding.table;
        if (!finding.column.isEmpty())
            where += u'.' + finding.column;
        auto item = new QTreeWidgetItem(
            m_tree,
            {kindText(finding.kind), where,
             finding.direction == Migrations::MigrationStep::Downgrade ? tr("Downgrade") : tr("Upgrade"),
             QString(), finding.sentence});
        item->setIcon(0, QIcon(note ? noteIcon : destructiveIcon));
        item->setData(0, Qt::UserRole, int(i));
        const QString place
            = finding.line > 0 ? u"%1:%2"_s.arg(finding.path).arg(finding.line) : finding.path;
        for (int column = 0; column < m_tree->columnCount(); ++column)
            item->setToolTip(column,
                             tr("%1\nin %2 (revision %3)").arg(finding.sentence, place, finding.revision));
    }
    m_tree->setVisible(!findings.isEmpty());
    m_detail->setVisible(!findings.isEmpty());
    if (!findings.isEmpty())
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    showDetail();
    m_empty->setText(findings.isEmpty()
                         ? tr("No destructive steps found: nothing is dropped, narrowed or made "
                              "NOT NULL without a default, either way.")
                         : QString());
    m_empty->setVisible(findings.isEmpty());
}

void ReviewWarningsPage::showRows(const QList<Migrations::AffectedRows> &rows, const QString &state)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const int index = item->data(0, Qt::UserRole).toInt();
        const DestructiveFinding &finding = m_findings[index];
        QString text;
        if (finding.rows == DestructiveFinding::Rows::None)
            text = tr("—");
        else if (index < rows.size() && rows[index].rows)
            text = *rows[index].rows == 1 ? tr("1 row")
                                          : tr("%1 rows").arg(QLocale().toString(*rows[index].rows));
        else if (index < rows.size())
            text = rows[index].note;
        else
            text = state;
        item->setText(3, text);
    }
}

void ReviewWarningsPage::clear()
{
    showFindings({});
}

QString ReviewWarningsPage::text() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        QStringList cells;
        for (int column = 0; column < m_tree->columnCount(); ++column)
            cells.append(item->text(column));
        lines.append(cells.join(u'\t'));
    }
    return lines.isEmpty() ? m_empty->text() : lines.join(u'\n') + u'\n';
}

} // namespace Studio
