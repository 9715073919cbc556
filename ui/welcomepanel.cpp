#include "welcomepanel.h"

#include <QGridLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

constexpr auto settingsDismissed = "welcome/dismissed"_L1;

} // namespace

WelcomePanel::WelcomePanel(QWidget *parent)
    : QFrame(parent)
    , m_openProject(new QPushButton(QIcon(u":/icons/document-open.svg"_s), tr("&Open Project…"), this))
    , m_dismiss(new QPushButton(tr("&Got It"), this))
{
    setObjectName(u"welcomePanel"_s);
    setAccessibleName(tr("Welcome"));
    // Palette roles only, as the graph's message strip: it reads the same light or dark.
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    auto *title = new QLabel(tr("Welcome to Alembic Studio"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    title->setWordWrap(true); // in a narrow window the title gives way, not the buttons

    // Each use on one line, its name in bold and where to find it; the keys are those of
    // the menus, so that what is read here is what the menus show. Short lines: the panel
    // takes its height from the graph.
    auto *text = new QLabel(this);
    text->setObjectName(u"welcomeText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    const int gap = fontMetrics().height() / 2;
    const QString intro = tr("The sample project (File ▸ Open Sample Project) has a SQLite database of its "
                             "own: try anything on it.");
    const QStringList uses = {
        tr("<b>Browse the migration history</b>: heads, branches, and what the database has applied."),
        tr("<b>Review before applying</b>: select a revision and read its SQL for this database in Review "
           "(F7)."),
        tr("<b>Reset a development database</b>: Database ▸ Reset Database (Ctrl+Shift+R), with Undo Reset "
           "on SQLite."),
    };
    const QString ownProject = tr("Your own project: File ▸ Open Project (Ctrl+O), then its alembic.ini, "
                                  "pyproject.toml or folder.");
    const auto paragraph = [gap](const QString &body, bool last = false) {
        return u"<p style='margin-top:0; margin-bottom:%1px'>%2</p>"_s.arg(QString::number(last ? 0 : gap),
                                                                           body);
    };
    text->setText(paragraph(intro) + paragraph(uses.join(u"<br>"_s)) + paragraph(ownProject, true));

    const int iconSize = fontMetrics().height() * 2;
    auto *icon = new QLabel(this);
    icon->setPixmap(
        QIcon(u":/icons/alembic-studio.svg"_s).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));

    // The buttons on the title's line, so that the text has the panel's whole width.
    const int margin = fontMetrics().height() * 2 / 3;
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setHorizontalSpacing(margin);
    layout->setVerticalSpacing(gap);
    layout->addWidget(icon, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(title, 0, 1);
    layout->addWidget(m_openProject, 0, 2);
    layout->addWidget(m_dismiss, 0, 3);
    layout->addWidget(text, 1, 1, 1, 3);
    layout->setColumnStretch(1, 1);
    // It must never hold the window larger than it would be without it: in a small window
    // the panel is clipped rather than the window grown (its size is the layout's, as
    // long as there is room for it).
    setMinimumSize(1, 1);

    m_dismiss->setToolTip(tr("Close the welcome (Esc); Help ▸ Welcome shows it again"));
    connect(m_openProject, &QPushButton::clicked, this, &WelcomePanel::openProjectRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &WelcomePanel::dismiss);
}

bool WelcomePanel::wasDismissed()
{
    return QSettings().value(settingsDismissed, false).toBool();
}

void WelcomePanel::dismiss()
{
    QSettings().setValue(settingsDismissed, true);
    hide();
}

void WelcomePanel::keyPressEvent(QKeyEvent *event)
{
    // Escape from anywhere in the panel (its buttons pass the key up) closes it for good.
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Studio
