#include "operationbody.h"

#include <migrations/createtable.h>
#include <migrations/schemamodel.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

// The schema model after the operations of a body: each table as SQLite's CREATE TABLE
// (and CREATE INDEX) would write it, then "! why" for each operation it could not follow.
namespace {

QString schemaAfter(const QString &body)
{
    QString refusal;
    const QList<Operation> operations = operationsOf(body, &refusal);
    if (!refusal.isEmpty())
        return refusal;
    SchemaModel model(Dialect::SQLite);
    QStringList problems;
    for (const Operation &operation : operations) {
        const QString problem = model.apply(operation);
        if (!problem.isEmpty())
            problems.append(u"! line %1: %2"_s.arg(operation.line).arg(problem));
    }
    QStringList statements;
    for (const TableDefinition &table : model.tables())
        statements += createTable(table, Dialect::SQLite, nullptr).statements;
    return (statements + problems).join(u";\n"_s).replace(u'\t', "    "_L1).replace(u", \n    "_s, u", "_s)
        .replace(u"(\n    "_s, u"("_s).replace(u"\n)"_s, u")"_s);
}

} // namespace

class tst_SchemaModel : public QObject
{
    Q_OBJECT

private slots:
    void apply_data();
    void apply();
};

void tst_SchemaModel::apply_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const QString &body, const QString &expected) {
        QTest::addRow("%s", name) << body << expected;
    };
    const QString users = u"    op.create_table('users', sa.Column('id', sa.Integer, primary_key=True),\n"
                          "                    sa.Column('email', sa.String(50), index=True))\n"_s;
    row("created", users, u"CREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(50), PRIMARY KEY (id));\n"
                          "CREATE INDEX ix_users_email ON users (email)"_s);
    row("column added and dropped",
        users + u"    op.add_column('users', sa.Column('name', sa.Text, nullable=False, server_default=''))\n"
                "    op.drop_column('users', 'email')"_s,
        u"CREATE TABLE users (id INTEGER NOT NULL, name TEXT DEFAULT '' NOT NULL, PRIMARY KEY (id))"_s);
    row("index by convention dropped", users + u"    op.drop_index('ix_users_email', table_name='users')"_s,
        u"CREATE TABLE users (id INTEGER NOT NULL, email VARCHAR(50), PRIMARY KEY (id))"_s);
    row("renamed, constraints added",
        users + u"    op.rename_table('users', 'people')\n"
                "    op.create_unique_constraint('uq_people_email', 'people', ['email'])\n"
                "    op.create_check_constraint('ck_id', 'people', 'id > 0')\n"
                "    op.create_index('ix_both', 'people', ['id', 'email'], unique=True)"_s,
        u"CREATE TABLE people (id INTEGER NOT NULL, email VARCHAR(50), PRIMARY KEY (id), "
        "CONSTRAINT uq_people_email UNIQUE (email), CONSTRAINT ck_id CHECK (id > 0));\n"
        "CREATE INDEX ix_users_email ON people (email);\n"
        "CREATE UNIQUE INDEX ix_both ON people (id, email)"_s);
    row("constraint dropped by name",
        u"    op.create_table('t', sa.Column('a', sa.Integer, sa.CheckConstraint('a > 1', name='ck_a')),\n"
        "                    sa.Column('b', sa.Integer), sa.UniqueConstraint('b', name='uq_b'))\n"
        "    op.drop_constraint('ck_a', 't', type_='check')\n"
        "    op.drop_constraint('uq_b', 't', type_='unique')"_s,
        u"CREATE TABLE t (a INTEGER, b INTEGER)"_s);
    row("dropped column takes its index and keys",
        u"    op.create_table('t', sa.Column('a', sa.Integer), sa.Column('b', sa.Integer),\n"
        "                    sa.UniqueConstraint('a', 'b'), sa.Index('ix_t_ab', 'a', 'b'))\n"
        "    op.drop_column('t', 'b')"_s,
        u"CREATE TABLE t (a INTEGER)"_s);
    row("column altered and table commented",
        users + u"    op.alter_column('users', 'email', new_column_name='mail', nullable=False,\n"
                "                    type_=sa.String(80), server_default='x', comment='where')\n"
                "    op.create_table_comment('users', 'people')\n"
                "    op.create_unique_constraint('uq_mail', 'users', ['mail'])"_s,
        u"CREATE TABLE users (id INTEGER NOT NULL, mail VARCHAR(80) DEFAULT 'x' NOT NULL, PRIMARY KEY (id), "
        "CONSTRAINT uq_mail UNIQUE (mail));\nCREATE INDEX ix_users_email ON users (mail)"_s);
    row("what it cannot follow",
        users + u"    op.add_column('nowhere', sa.Column('x', sa.Integer))\n"
                "    op.execute('ALTER TABLE users ADD COLUMN y INTEGER')\n"
                "    op.drop_constraint('nameless', 'users', type_='unique')\n"
                "    op.create_table('users', sa.Column('id', sa.Integer))\n"
                "    op.drop_index('ix_none')\n"
                "    op.drop_table('users')"_s,
        u"! line 9: there is no table nowhere at this point;\n"
        "! line 10: op.execute() runs SQL the model does not follow;\n"
        "! line 11: the table users has no constraint named nameless in the model;\n"
        "! line 12: the table users exists already;\n"
        "! line 13: there is no index ix_none at this point"_s);
}

void tst_SchemaModel::apply()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);
    QCOMPARE(schemaAfter(body), expected);
}

QTEST_GUILESS_MAIN(tst_SchemaModel)
#include "tst_schemamodel.moc"
