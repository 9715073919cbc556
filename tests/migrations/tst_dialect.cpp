#include <migrations/dialect.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

// SQLAlchemy URLs as env.py passes them to Alembic, and the dialect each names.
class TestDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls_data();
    void urls();
};

void TestDialect::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("dialect"); // empty: refused
    QTest::addColumn<QString>("driver");

    QTest::addRow("sqlite file") << u"sqlite:///x.db"_s << u"sqlite"_s << QString();
    QTest::addRow("sqlite memory") << u"sqlite://"_s << u"sqlite"_s << QString();
    QTest::addRow("sqlite driver") << u"sqlite+pysqlite:///x.db"_s << u"sqlite"_s << u"pysqlite"_s;
    QTest::addRow("postgresql") << u"postgresql://u:p@h/db"_s << u"postgresql"_s << QString();
    QTest::addRow("postgresql driver") << u"postgresql+psycopg2://u:p@h:5432/db"_s << u"postgresql"_s
                                       << u"psycopg2"_s;
    QTest::addRow("mysql driver") << u"mysql+pymysql://u:p@h/db"_s << u"mysql"_s << u"pymysql"_s;
    QTest::addRow("mariadb") << u"mariadb://u:p@h/db"_s << u"mariadb"_s << QString();
    QTest::addRow("postgres is not a name") << u"postgres://u@h/db"_s << QString() << QString();
    QTest::addRow("names are case-sensitive") << u"SQLite:///x.db"_s << QString() << QString();
    QTest::addRow("oracle is not rendered") << u"oracle://u:p@h/db"_s << QString() << QString();
    QTest::addRow("not a URL") << u"notaurl"_s << QString() << QString();
}

void TestDialect::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, dialect);
    QFETCH(QString, driver);

    const DialectUrl parsed = dialectFromUrl(url);
    QCOMPARE(parsed.dialect ? dialectName(*parsed.dialect) : QString(), dialect);
    QCOMPARE(parsed.error.isEmpty(), !dialect.isEmpty());
    if (parsed.dialect)
        QCOMPARE(parsed.driver, driver);
}

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
