#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

namespace Migrations {
class MigrationRunner;
}

// `--progress`: a run's progress on standard error. On a terminal, one line redrawn in
// place (a bar, steps done of all, the step running, elapsed time), with Alembic's log
// lines written above it; elsewhere (a CI log), a plain line per finished step.
class TerminalProgress
{
public:
    TerminalProgress(Migrations::MigrationRunner &runner, std::FILE *stream);
    ~TerminalProgress();

    // Alembic's log lines, written above the bar.
    void writeLog(const QString &text);

private:
    void draw();
    void clear();

    std::FILE *m_stream;
    bool m_terminal = false;
    int m_steps = 0;
    int m_done = 0;
    int m_statements = 0;
    int m_statementsDone = 0;
    QString m_current;
    QElapsedTimer m_elapsed;
    qint64 m_lastDraw = -1;
    bool m_drawn = false;
};
