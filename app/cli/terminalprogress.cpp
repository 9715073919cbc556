#include "terminalprogress.h"

#include <migrations/runner.h>

#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Migrations::MigrationRunner;

namespace {

void put(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

constexpr int barWidth = 30;
constexpr qint64 redrawMs = 50; // thousands of statements a second would otherwise be thousands of redraws

} // namespace

TerminalProgress::TerminalProgress(MigrationRunner &runner, std::FILE *stream)
    : m_stream(stream)
    , m_terminal(isatty(fileno(stream)) == 1)
{
    m_elapsed.start();
    QObject::connect(&runner, &MigrationRunner::planned, &runner, [this](int steps, int statements) {
        m_steps = steps;
        m_statements = statements;
        draw();
    }, Qt::DirectConnection);
    QObject::connect(&runner, &MigrationRunner::stepStarted, &runner, [this](int, const QString &description) {
        m_current = description;
        draw();
    }, Qt::DirectConnection);
    QObject::connect(&runner, &MigrationRunner::stepFinished, &runner, [this](int step, qint64 elapsedMs) {
        m_done = step + 1;
        if (!m_terminal) {
            put(m_stream, u"[%1/%2] %3 (%4 ms)\n"_s.arg(m_done).arg(m_steps).arg(m_current).arg(elapsedMs));
            std::fflush(m_stream);
        }
        draw();
    }, Qt::DirectConnection);
    QObject::connect(&runner, &MigrationRunner::statementFinished, &runner, [this](int, int, qint64) {
        ++m_statementsDone;
        draw();
    }, Qt::DirectConnection);
    QObject::connect(&runner, &MigrationRunner::waitingForLock, &runner, [this](const QString &message) {
        writeLog(u"waiting: %1\n"_s.arg(message));
    }, Qt::DirectConnection);
}

TerminalProgress::~TerminalProgress()
{
    if (m_drawn) {
        m_lastDraw = -1;
        draw(); // the final state stays on screen
        put(m_stream, u"\n"_s);
        std::fflush(m_stream);
    }
}

void TerminalProgress::writeLog(const QString &text)
{
    clear();
    put(m_stream, text);
    std::fflush(m_stream);
    m_lastDraw = -1;
    if (m_drawn)
        draw();
}

void TerminalProgress::clear()
{
    if (m_terminal && m_drawn)
        put(m_stream, u"\r\x1b[2K"_s);
}

void TerminalProgress::draw()
{
    if (!m_terminal || m_steps == 0)
        return;
    const qint64 now = m_elapsed.elapsed();
    if (m_lastDraw >= 0 && now - m_lastDraw < redrawMs && m_done < m_steps)
        return;
    m_lastDraw = now;
    const int filled = m_steps ? barWidth * m_done / m_steps : barWidth;
    QString line = u"[%1%2] %3/%4 steps, %5/%6 statements, %7 s  %8"_s.arg(QString(filled, u'#'),
                                                                         QString(barWidth - filled, u' '))
                       .arg(m_done)
                       .arg(m_steps)
                       .arg(m_statementsDone)
                       .arg(m_statements)
                       .arg(double(now) / 1000.0, 0, 'f', 1)
                       .arg(m_current);
    // A line longer than the terminal wraps, and "\r" then redraws only its last part.
    winsize size{};
    const int width = ioctl(fileno(m_stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 10 ? size.ws_col : 80;
    if (line.size() >= width)
        line = line.first(width - 2) + u"…"_s;
    clear();
    put(m_stream, line);
    std::fflush(m_stream);
    m_drawn = true;
}
