// Literal values as SQLAlchemy renders them inline in --sql mode: Python's float repr
// (checked against python3 itself on random doubles) and a row value per column type and
// dialect, as Alembic 1.13 printed them for op.bulk_insert.
#include <migrations/sqlliteral.h>

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;
using Migrations::Dialect;
using Migrations::RowValue;
using Migrations::SqlType;
using Migrations::TypeModule;

namespace {

RowValue none()
{
    return {};
}

RowValue boolean(bool value)
{
    RowValue row;
    row.kind = RowValue::Kind::Boolean;
    row.boolean = value;
    return row;
}

RowValue integer(qlonglong value)
{
    RowValue row;
    row.kind = RowValue::Kind::Integer;
    row.integer = value;
    return row;
}

RowValue real(double value)
{
    RowValue row;
    row.kind = RowValue::Kind::Float;
    row.real = value;
    return row;
}

RowValue string(const QString &value)
{
    RowValue row;
    row.kind = RowValue::Kind::String;
    row.text = value;
    return row;
}

std::optional<SqlType> type(TypeModule module, const char *name, QStringList values = {})
{
    SqlType type;
    type.module = module;
    type.name = QString::fromLatin1(name);
    type.values = std::move(values);
    return type;
}

std::optional<SqlType> sa(const char *name, QStringList values = {})
{
    return type(TypeModule::SqlAlchemy, name, std::move(values));
}

} // namespace

Q_DECLARE_METATYPE(RowValue)
Q_DECLARE_METATYPE(std::optional<SqlType>)
Q_DECLARE_METATYPE(Dialect)

class TestSqlLiteral : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floatRepr_data();
    void floatRepr();
    void floatReprMatchesPython();
    void literal_data();
    void literal();
};

void TestSqlLiteral::floatRepr_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("repr");
    const auto row = [](const char *name, double value, const char *repr) {
        QTest::addRow("%s", name) << value << QString::fromLatin1(repr);
    };
    row("zero", 0.0, "0.0");
    row("negative zero", -0.0, "-0.0");
    row("one", 1.0, "1.0");
    row("a half", 2.5, "2.5");
    row("a tenth", 0.1, "0.1");
    row("10 to the 15th is still fixed", 1e15, "1000000000000000.0");
    row("10 to the 16th is scientific", 1e16, "1e+16");
    row("1e-4 is fixed", 0.0001, "0.0001");
    row("1e-5 is scientific", 1e-05, "1e-05");
    row("several digits with an exponent", 1.5e-07, "1.5e-07");
    row("three-digit exponent", 1e100, "1e+100");
    row("the shortest digits", 0.30000000000000004, "0.30000000000000004");
    row("a large integral value", 123456789012345678.0, "1.2345678901234568e+17");
    row("negative", -2.75, "-2.75");
    row("smallest subnormal", 5e-324, "5e-324");
}

void TestSqlLiteral::floatRepr()
{
    QFETCH(double, value);
    QFETCH(QString, repr);
    QCOMPARE(Migrations::pythonFloatRepr(value), repr);
}

// Random bit patterns and random "human" values against python3's repr().
void TestSqlLiteral::floatReprMatchesPython()
{
    QRandomGenerator random(20261124);
    QList<double> values;
    while (values.size() < 4000) {
        const double value = values.size() % 2 ? std::bit_cast<double>(random.generate64())
                                               : double(random.bounded(2000000)) / std::pow(10.0, random.bounded(12));
        if (std::isfinite(value))
            values.append(value);
    }
    QString input;
    for (double value : values)
        input += QString::number(std::bit_cast<quint64>(value)) + u'\n';
    QProcess python;
    python.start(u"python3"_s, {u"-c"_s, u"import struct, sys\n"
                                         "for line in sys.stdin:\n"
                                         "    print(repr(struct.unpack('<d', struct.pack('<Q', int(line)))[0]))\n"_s});
    QVERIFY(python.waitForStarted());
    python.write(input.toLatin1());
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 0);
    const QStringList expected = QString::fromLatin1(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(expected.size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        QCOMPARE(Migrations::pythonFloatRepr(values[i]), expected[i]);
}

void TestSqlLiteral::literal_data()
{
    QTest::addColumn<RowValue>("value");
    QTest::addColumn<std::optional<SqlType>>("type");
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("sql");   // when rendered
    QTest::addColumn<QString>("error"); // the start of the error otherwise
    QTest::addColumn<bool>("unsupported");
    const auto rendered = [](const char *name, RowValue value, std::optional<SqlType> type, Dialect dialect,
                             const QString &sql) {
        QTest::addRow("%s", name) << value << type << dialect << sql << QString() << false;
    };
    const auto fails = [](const char *name, RowValue value, std::optional<SqlType> type, Dialect dialect,
                          const QString &error) {
        QTest::addRow("%s", name) << value << type << dialect << QString() << error << false;
    };
    const auto refused = [](const char *name, RowValue value, std::optional<SqlType> type, Dialect dialect,
                            const QString &error) {
        QTest::addRow("%s", name) << value << type << dialect << QString() << error << true;
    };
    const Dialect lite = Dialect::SQLite, pg = Dialect::PostgreSQL, my = Dialect::MySQL;

    rendered("None is NULL whatever the type", none(), sa("JSON"), pg, u"NULL"_s);
    rendered("None without a type", none(), std::nullopt, lite, u"NULL"_s);
    fails("a value without a type", string(u"x"_s), std::nullopt, pg, u"No literal value renderer"_s);

    rendered("string quotes doubled", string(u"it's"_s), sa("String"), lite, u"'it''s'"_s);
    rendered("backslash kept on SQLite", string(u"a\\b"_s), sa("Unicode"), lite, u"'a\\b'"_s);
    rendered("backslash doubled on PostgreSQL", string(u"a\\b"_s), sa("Text"), pg, u"'a\\\\b'"_s);
    rendered("backslash doubled on MySQL", string(u"a\\b"_s), sa("VARCHAR"), my, u"'a\\\\b'"_s);
    rendered("percent and colon as written", string(u"100% :x"_s), sa("String"), pg, u"'100% :x'"_s);
    fails("an int for a string", integer(5), sa("String"), lite, u"Could not render literal value 5"_s);

    rendered("an enum's label", string(u"b"_s), sa("Enum", {u"a"_s, u"b"_s}), my, u"'b'"_s);
    refused("not a label of the enum", string(u"zz"_s), sa("Enum", {u"a"_s}), pg, u"'zz' is not a label"_s);
    fails("an int for an enum", integer(1), sa("Enum", {u"a"_s}), lite, u"Could not render"_s);

    rendered("an int", integer(-2), sa("Integer"), pg, u"-2"_s);
    rendered("True for an integer", boolean(true), sa("BigInteger"), lite, u"1"_s);
    rendered("a float truncated for an integer", real(-2.7), sa("INTEGER"), my, u"-2"_s);
    rendered("a large float for an integer", real(1e18), sa("SMALLINT"), pg, u"1000000000000000000"_s);
    refused("a string for an integer", string(u"5"_s), sa("Integer"), pg, u"int() of the string '5'"_s);
    refused("a float beyond 64 bits", real(1e19), sa("Integer"), pg, u"int() of 1e+19 is beyond 64 bits"_s);

    rendered("True on SQLite", boolean(true), sa("Boolean"), lite, u"1"_s);
    rendered("False on PostgreSQL", boolean(false), sa("Boolean"), pg, u"false"_s);
    rendered("1 is True", integer(1), sa("BOOLEAN"), my, u"true"_s);
    rendered("-0.0 is False", real(-0.0), sa("Boolean"), lite, u"0"_s);
    fails("2 is not a boolean", integer(2), sa("Boolean"), pg, u"Could not render literal value 2"_s);
    fails("a string is not a boolean", string(u"yes"_s), sa("Boolean"), pg, u"Could not render"_s);

    rendered("a float", real(1e16), sa("Float"), lite, u"1e+16"_s);
    rendered("an int for a numeric", integer(3), sa("Numeric"), pg, u"3"_s);
    rendered("True for a numeric is str(True)", boolean(true), sa("Numeric"), my, u"True"_s);
    rendered("a string for a numeric is written unquoted", string(u"a\\b"_s), sa("DECIMAL"), pg, u"a\\\\b"_s);

    SqlType variant = *sa("BigInteger");
    variant = variant.withVariant(*sa("String"), {u"sqlite"_s});
    rendered("the dialect's variant decides", string(u"x"_s), variant, lite, u"'x'"_s);
    rendered("other dialects keep the base type", integer(5), variant, pg, u"5"_s);
    fails("an int for the variant", integer(5), variant, lite, u"Could not render"_s);
    refused("a type whose literals are not rendered yet", string(u"2020-01-01"_s), sa("DateTime"), pg,
            u"a value for a sa.DateTime column is not rendered yet"_s);
    refused("a dialect's own type", string(u"x"_s), type(TypeModule::MySQL, "VARCHAR"), my,
            u"a value for a mysql.VARCHAR column"_s);
    rendered("a re-exported generic type", string(u"x"_s), type(TypeModule::PostgreSQL, "VARCHAR"), pg, u"'x'"_s);
}

void TestSqlLiteral::literal()
{
    QFETCH(RowValue, value);
    QFETCH(std::optional<SqlType>, type);
    QFETCH(Dialect, dialect);
    QFETCH(QString, sql);
    QFETCH(QString, error);
    QFETCH(bool, unsupported);
    const Migrations::LiteralSql literal = Migrations::literalSql(value, type, dialect);
    QCOMPARE(literal.sql, sql);
    QVERIFY2(error.isEmpty() ? literal.error.isEmpty() : literal.error.startsWith(error), qPrintable(literal.error));
    QCOMPARE(literal.unsupported, unsupported);
}

QTEST_APPLESS_MAIN(TestSqlLiteral)

#include "tst_sqlliteral.moc"
