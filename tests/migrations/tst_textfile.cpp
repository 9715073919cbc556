#include <migrations/textfile.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Migrations::TextFile;

class TestTextFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void rejects_data();
    void rejects();
    void writesBackWhatItRead_data();
    void writesBackWhatItRead();
    void keepsOldContentsWhenWriteFails();

private:
    QString writeBytes(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write test file %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;
};

void TestTextFile::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasByteOrderMark");

    struct Row
    {
        const char *name;
        QByteArray bytes;
        QString text;
        bool bom;
    };
    const Row rows[] = {
        {"empty", "", u""_s, false},
        {"ascii", "revision = 'a1'\n", u"revision = 'a1'\n"_s, false},
        {"non-ascii", "\"\"\"Ajoute l'\xC3\xA9t\xC3\xA9\"\"\"\n", u"\"\"\"Ajoute l'été\"\"\"\n"_s, false},
        {"byte order mark", "\xEF\xBB\xBFx = 1\n", u"x = 1\n"_s, true},
        {"crlf kept as is", "a\r\nb\r\n", u"a\r\nb\r\n"_s, false},
        {"only a byte order mark", "\xEF\xBB\xBF", u""_s, true},
        {"four-byte sequence", "# \xF0\x9F\x9A\x80\n", u"# \U0001F680\n"_s, false},
    };
    for (const Row &row : rows)
        QTest::addRow("%s", row.name) << row.bytes << row.text << row.bom;
}

void TestTextFile::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(bool, hasByteOrderMark);

    QString error;
    const auto file = Migrations::readTextFile(writeBytes(u"read.py"_s, bytes), &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->text, text);
    QCOMPARE(file->hasByteOrderMark, hasByteOrderMark);
}

void TestTextFile::rejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::addRow("latin-1 byte") << QByteArray("x = 'caf\xE9'\n") << u"invalid byte at offset 8"_s;
    QTest::addRow("after a byte order mark") << QByteArray("\xEF\xBB\xBF\xFF") << u"invalid byte at offset 3"_s;
    QTest::addRow("sequence cut short at the end") << QByteArray("ab\xC3") << u"invalid byte at offset 2"_s;
    QTest::addRow("overlong slash") << QByteArray("a\xC0\xAF") << u"invalid byte at offset 1"_s;
    QTest::addRow("three-byte overlong slash") << QByteArray("a\xE0\x80\xAF") << u"invalid byte at offset 1"_s;
    QTest::addRow("four-byte overlong slash") << QByteArray("a\xF0\x80\x80\xAF") << u"invalid byte at offset 1"_s;
    QTest::addRow("surrogate") << QByteArray("ab\xED\xA0\x80") << u"invalid byte at offset 2"_s;
    QTest::addRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << u"invalid byte at offset 0"_s;
    QTest::addRow("stray continuation") << QByteArray("ok\n\x80") << u"invalid byte at offset 3"_s;
}

void TestTextFile::rejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    const QString path = writeBytes(u"broken.py"_s, bytes);
    QString error;
    QVERIFY(!Migrations::readTextFile(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestTextFile::writesBackWhatItRead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("plain") << QByteArray("revision = 'a1'\n");
    QTest::addRow("byte order mark and crlf") << QByteArray("\xEF\xBB\xBFx = 1\r\ny = 2\r\n");
    QTest::addRow("no final newline") << QByteArray("pass");
}

void TestTextFile::writesBackWhatItRead()
{
    QFETCH(QByteArray, bytes);

    QString error;
    const QString source = writeBytes(u"source.py"_s, bytes);
    const auto file = Migrations::readTextFile(source, &error);
    QVERIFY2(file, qPrintable(error));
    const QString copy = m_dir.filePath(u"copy.py"_s);
    QVERIFY2(Migrations::writeTextFile(copy, *file, &error), qPrintable(error));
    QFile written(copy);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), bytes);
}

void TestTextFile::keepsOldContentsWhenWriteFails()
{
    // Root ignores permissions, so the write is made to fail by a name that fits the file
    // system but leaves no room for the temporary file QSaveFile writes beside it.
    const QString old = writeBytes(QString(250, u'o') + u".py"_s, "old = 1\n");
    QString error;
    QVERIFY(!Migrations::writeTextFile(old, {u"new = 2\n"_s, false}, &error));
    QVERIFY2(error.contains(old), qPrintable(error));
    QFile kept(old);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("old = 1\n"));

    const QString missingFolder = m_dir.filePath(u"no/such/folder/x.py"_s);
    QVERIFY(!Migrations::writeTextFile(missingFolder, {u"x"_s, false}, &error));
    QVERIFY2(error.contains(missingFolder), qPrintable(error));

    const QString missing = m_dir.filePath(u"missing.py"_s);
    QVERIFY(!Migrations::readTextFile(missing, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTextFile)
#include "tst_textfile.moc"
