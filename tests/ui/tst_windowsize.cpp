#include <ui/windowsize.h>

#include <QTest>

using namespace Qt::StringLiterals;

class TestWindowSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestWindowSize::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("expected"); // an invalid QSize: rejected

    struct Row
    {
        const char *name;
        QString text;
        QSize expected;
    };
    const Row rows[] = {
        {"laptop", u"1280x800"_s, QSize(1280, 800)},
        {"upper-case X", u"640X480"_s, QSize(640, 480)},
        {"smallest", u"1x1"_s, QSize(1, 1)},
        {"largest", u"16384x16384"_s, QSize(16384, 16384)},
        {"empty", u""_s, QSize()},
        {"no separator", u"1280"_s, QSize()},
        {"no width", u"x800"_s, QSize()},
        {"no height", u"1280x"_s, QSize()},
        {"zero", u"0x800"_s, QSize()},
        {"too large", u"16385x800"_s, QSize()},
        {"negative", u"-1280x800"_s, QSize()},
        {"plus sign", u"+1280x800"_s, QSize()},
        {"spaces", u"1280 x 800"_s, QSize()},
        {"two separators", u"1280x800x2"_s, QSize()},
        {"asterisk", u"1280*800"_s, QSize()},
        {"huge digits", u"99999999999x1"_s, QSize()},
    };
    for (const Row &row : rows)
        QTest::addRow("%s", row.name) << row.text << row.expected;
}

void TestWindowSize::parse()
{
    QFETCH(QString, text);
    QFETCH(QSize, expected);

    const std::optional<QSize> size = Studio::parseWindowSize(text);
    QCOMPARE(size.has_value(), expected.isValid());
    if (size)
        QCOMPARE(*size, expected);
}

QTEST_GUILESS_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
