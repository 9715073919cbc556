#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Migrations {

struct ProjectConfig;

// What Alembic logs while it runs migrations ("Context impl SQLiteImpl.", "Running upgrade
// a -> b, doc", a CommandError's ERROR line), as the stock env.py's
// `fileConfig(config.config_file_name)` sets Python's logging up from the ini's [loggers],
// [handlers] and [formatters]: which records pass the loggers' levels (a logger the ini does
// not name, nor any of its parents, is disabled by fileConfig), which handlers write them,
// and in what format.
//
// Only StreamHandlers on standard error are followed, with formats made of %(levelname)s,
// %(name)s, %(levelno)s and %(message)s (widths and precisions included); a handler that
// writes elsewhere or formats a time is left out, so what is written is what Alembic writes
// or nothing.
class MigrationLog
{
public:
    MigrationLog() = default; // logs nothing
    static MigrationLog fromConfig(const ProjectConfig &config);

    // The lines, each ending in "\n", that a record of `logger` at `level` ("INFO", "ERROR")
    // writes to standard error.
    QString record(const QString &logger, const QString &level, const QString &message) const;

    // A format as supportedFormat() allows it, taken apart once: the text between the fields
    // and each field with its flags, so that writing a record is only appending.
    struct FormatPiece
    {
        enum Field : quint8 { Text, LevelName, Name, LevelNumber, Message };
        Field field = Text;
        bool leftAligned = false; // `-` among the flags
        int width = 0;
        int precision = -1; // none
        QString text;       // Text: written as it is
    };
    using Format = QList<FormatPiece>;

private:
    struct Logger
    {
        QString name; // qualname; empty for root
        int level = 0;
        bool propagate = true;
        QList<Format> formats; // its handlers' formats that reach standard error, by handler
        QList<int> handlerLevels;
    };
    QList<Logger> m_loggers;
    bool m_configured = false;
};

} // namespace Migrations
