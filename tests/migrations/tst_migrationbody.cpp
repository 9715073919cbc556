#include <migrations/migrationbody.h>

#include <QTest>

using namespace Qt::StringLiterals;
using Migrations::MigrationBody;
using Migrations::readMigrationBody;

// Which upgrade()/downgrade() bodies are empty (pass, docstrings, comments) and, for the
// others, which line the native engine names as the first thing it cannot render.
class TestMigrationBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodies_data();
    void bodies();
};

void TestMigrationBody::bodies_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("firstLine"); // 0: empty
    QTest::addColumn<QString>("firstStatement");

    const QString tail = u"\n\ndef downgrade() -> None:\n    op.drop_table('t')\n"_s;
    QTest::addRow("alembic's template") << u"def upgrade() -> None:\n    pass\n"_s + tail << true << 0 << QString();
    QTest::addRow("comments and blank lines")
        << u"def upgrade():\n    # ### commands auto generated ###\n\n    pass\n    # ### end ###\n"_s + tail << true
        << 0 << QString();
    QTest::addRow("docstring over lines")
        << u"def upgrade():\n    \"\"\"Nothing to do.\n\ndef not_code(): still the docstring\n    \"\"\"\n"_s + tail
        << true << 0 << QString();
    QTest::addRow("docstring and pass on one line") << u"def upgrade(): pass  # nothing\n"_s + tail << true << 0
                                                    << QString();
    QTest::addRow("a signature over lines")
        << u"def upgrade(\n    engine_name: str = '',\n) -> None:\n    pass\n"_s + tail << true << 0 << QString();
    QTest::addRow("an operation") << u"def upgrade():\n    pass\n    op.add_column('t', sa.Column('c'))\n"_s + tail
                                  << true << 3 << u"op.add_column('t', sa.Column('c'))"_s;
    QTest::addRow("an operation on the header line") << u"def upgrade(): op.execute('x')\n"_s + tail << true << 1
                                                     << u"def upgrade(): op.execute('x')"_s;
    QTest::addRow("pass then more on the line") << u"def upgrade():\n    pass; op.execute('x')\n"_s + tail << true
                                                << 2 << u"pass; op.execute('x')"_s;
    QTest::addRow("a string that is an argument")
        << u"def upgrade():\n    'x'.join([])\n"_s + tail << true << 2 << u"'x'.join([])"_s;
    QTest::addRow("the last definition counts")
        << u"def upgrade():\n    op.execute('x')\n\n\ndef upgrade():\n    pass\n"_s + tail << true << 0 << QString();
    QTest::addRow("CRLF") << u"def upgrade():\r\n    op.execute('x')\r\n"_s + tail << true << 2
                          << u"op.execute('x')"_s;
    QTest::addRow("no upgrade()") << u"def downgrade():\n    pass\n"_s << false << 0 << QString();
    QTest::addRow("a nested def is not the function")
        << u"class X:\n    def upgrade(self):\n        pass\n"_s << false << 0 << QString();
}

void TestMigrationBody::bodies()
{
    QFETCH(QString, source);
    QFETCH(bool, found);
    QFETCH(int, firstLine);
    QFETCH(QString, firstStatement);

    const MigrationBody body = readMigrationBody(source, u"upgrade");
    QCOMPARE(body.found, found);
    QCOMPARE(body.empty, firstLine == 0);
    QCOMPARE(body.firstLine, firstLine);
    QCOMPARE(body.firstStatement, firstStatement);
}

QTEST_GUILESS_MAIN(TestMigrationBody)
#include "tst_migrationbody.moc"
