#include "databaseheads.h"

#include "workerpool.h"

#include <migrations/versiontable.h>

#include <QtConcurrent/QtConcurrentRun>

namespace Studio {

DatabaseHeads::DatabaseHeads(QObject *parent)
    : QObject(parent)
{
    connect(&m_reading, &QFutureWatcher<Answer>::finished, this, &DatabaseHeads::finish);
}

DatabaseHeads::~DatabaseHeads()
{
    // The read holds a connection of its own; it ends by itself (the driver's timeouts).
    m_reading.waitForFinished();
}

void DatabaseHeads::read(const Migrations::ConnectionSettings &settings)
{
    m_settings = settings;
    m_heads.reset();
    m_error.clear();
    Q_EMIT changed();
    start();
}

void DatabaseHeads::clear()
{
    m_settings.reset();
    m_heads.reset();
    m_error.clear();
    Q_EMIT changed();
}

void DatabaseHeads::start()
{
    if (m_reading.isRunning()) {
        m_readAgain = true;
        return;
    }
    m_readAgain = false;
    m_busy = true;
    m_reading.setFuture(QtConcurrent::run(workerPool(), [settings = *m_settings]() -> Answer {
        Answer answer;
        const std::unique_ptr<Migrations::DatabaseConnection> connection
            = Migrations::DatabaseConnection::open(settings, &answer.error);
        if (connection)
            answer.heads = Migrations::readCurrentHeads(connection->database(), settings.dialect, &answer.error);
        return answer;
    }));
}

void DatabaseHeads::finish()
{
    m_busy = false;
    if (m_readAgain || !m_settings) {
        if (m_settings)
            start();
        return;
    }
    const Answer answer = m_reading.result();
    m_heads = answer.heads;
    m_error = answer.error;
    Q_EMIT changed();
}

} // namespace Studio
