#pragma once

#include <QFrame>

class QPushButton;

namespace Studio {

// The welcome of a first run: a strip above the graph that says in a few lines what the
// window is for (browse the history, review before applying, reset a development
// database) and where to open one's own project. It never blocks: the window works
// around it until the user closes it, and then it stays closed (the settings remember)
// until Help ▸ Welcome shows it again.
class WelcomePanel final : public QFrame
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    // Whether the user has closed the welcome, in this or an earlier session.
    static bool wasDismissed();
    // Hides the panel and remembers not to show it again by itself.
    void dismiss();

    QPushButton *openProjectButton() const { return m_openProject; }
    QPushButton *dismissButton() const { return m_dismiss; }

Q_SIGNALS:
    // The Open Project… button: the window opens its own open-project dialog.
    void openProjectRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPushButton *m_openProject;
    QPushButton *m_dismiss;
};

} // namespace Studio
