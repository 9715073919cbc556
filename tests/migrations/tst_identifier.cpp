#include <migrations/identifier.h>
#include <migrations/reservedwords.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

// Identifier quoting against SQLAlchemy's own preparers, on every dialect: the reserved
// words (migrations/reservedwords.cpp is generated from them) and how names come out.
class TestIdentifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reservedWords_data();
    void reservedWords();
    void quoting();

private:
    static QJsonDocument runReference(const QStringList &arguments, const QByteArray &input = {});
};

namespace {

const QList<std::pair<const char *, Dialect>> dialects = {
    {"sqlite", Dialect::SQLite}, {"postgresql", Dialect::PostgreSQL}, {"mysql", Dialect::MySQL},
    {"mariadb", Dialect::MariaDB}};

} // namespace

QJsonDocument TestIdentifier::runReference(const QStringList &arguments, const QByteArray &input)
{
    QProcess python;
    python.start(u"python3"_s, QStringList{QStringLiteral(IDENTIFIERS_SCRIPT)} + arguments);
    python.write(input);
    python.closeWriteChannel();
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        qFatal("identifiers.py failed: %s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput());
}

void TestIdentifier::reservedWords_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("name");
    for (const auto &[name, dialect] : dialects)
        QTest::addRow("%s", name) << int(dialect) << QString::fromLatin1(name);
}

void TestIdentifier::reservedWords()
{
    QFETCH(int, dialect);
    QFETCH(QString, name);
    static const QJsonObject words = runReference({u"words"_s}).object();
    QStringList theirs;
    for (const QJsonValue &word : words[name].toArray())
        theirs.append(word.toString());
    QStringList ours;
    for (QLatin1StringView word : Migrations::reservedWords(Dialect(dialect)))
        ours.append(QString(word));
    // Sorted as the lookup's binary search needs them.
    QVERIFY(std::is_sorted(ours.begin(), ours.end()));
    QCOMPARE(ours, theirs);
}

void TestIdentifier::quoting()
{
    // Names with every reason to quote, or not: reserved words of one dialect and not
    // another, case, digits, `$`, spaces, quotes of both kinds, non-ASCII letters (the
    // three Python's IGNORECASE folds to ASCII among them), a final newline.
    const QStringList names = {
        u"users"_s, u"user"_s, u"order"_s, u"Order"_s, u"ORDER"_s, u"select"_s, u"group"_s, u"key"_s,
        u"status"_s, u"comment"_s, u"offset"_s, u"limit"_s, u"analyze"_s, u"authorization"_s, u"binary"_s,
        u"column"_s, u"current_user"_s, u"fulltext"_s, u"interval"_s, u"range"_s, u"rows"_s, u"window"_s,
        u"autoincrement"_s, u"abort"_s, u"reindex"_s, u"sql_big_result"_s, u"returning"_s, u"email"_s,
        u"ix_users_email"_s, u"ix_users_Email"_s, u"_private"_s, u"a$b"_s, u"$a"_s, u"1a"_s, u"a1"_s,
        u"a b"_s, u"a-b"_s, u"a.b"_s, u"a\"b"_s, u"a`b"_s, u"caf\u00e9"_s, u"\u0131d"_s, u"\u017Fet"_s,
        u"\u212Aelvin"_s, u"name\n"_s, u"x"_s, u"X"_s, u"_"_s, u"$"_s, u"refresh_tokens"_s,
        u"fk_refresh_tokens_user_id_users"_s, u"uq_users_username"_s};
    const QJsonObject theirs = runReference({u"quote"_s}, QJsonDocument(QJsonArray::fromStringList(names)).toJson())
                                   .object();
    for (const auto &[dialectName, dialect] : dialects) {
        const QJsonArray expected = theirs[QString::fromLatin1(dialectName)].toArray();
        QCOMPARE(expected.size(), names.size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString ours = quoteName(names[i], dialect);
            if (ours != expected[i].toString()) {
                QFAIL(qPrintable(u"%1 on %2: alembic-studio %3, SQLAlchemy %4"_s.arg(
                    names[i], QString::fromLatin1(dialectName), ours, expected[i].toString())));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestIdentifier)
#include "tst_identifier.moc"
