#pragma once

#include <migrations/connection.h>

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Studio {

// What the connection's alembic_version holds, read on a worker with a connection of its
// own (a server that does not answer must not freeze the window). A read started while
// another runs replaces it: only the newest answer is kept.
class DatabaseHeads final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseHeads(QObject *parent = nullptr);
    ~DatabaseHeads() override;

    void read(const Migrations::ConnectionSettings &settings);
    // No connection: nothing is known of any database.
    void clear();

    // The heads (empty: base), or null when they are not known (no connection, still
    // reading, or the read failed: see error()).
    const std::optional<QStringList> &heads() const { return m_heads; }
    QString error() const { return m_error; }
    // Until changed() gives the answer, not only while the worker reads.
    bool isReading() const { return m_busy; }
    const std::optional<Migrations::ConnectionSettings> &settings() const { return m_settings; }

Q_SIGNALS:
    void changed();

private:
    struct Answer
    {
        std::optional<QStringList> heads;
        QString error;
    };
    void start();
    void finish();

    std::optional<Migrations::ConnectionSettings> m_settings;
    std::optional<QStringList> m_heads;
    QString m_error;
    bool m_readAgain = false;
    bool m_busy = false;
    QFutureWatcher<Answer> m_reading;
};

} // namespace Studio
