#include <migrations/operationsignature.h>
#include <migrations/python/migrationbody.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Migrations;

// Alembic's operation methods as tst_operationsignature knows them, checked against the
// real ones: their parameters against inspect.signature(), and binding calls (what goes
// to which parameter, or CPython's TypeError) against calling them.
class TestOperationSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signatures_data();
    void signatures();
    void calls_data();
    void calls();

private:
    struct Call
    {
        const char *name;
        OperationTarget target;
        QString method;
        QString arguments; // as written between the brackets
    };
    static QList<Call> callRows();
    static QString targetName(OperationTarget target)
    {
        return target == OperationTarget::Operations ? u"Operations"_s : u"BatchOperations"_s;
    }
    QJsonObject m_alembic;
};

QList<TestOperationSignature::Call> TestOperationSignature::callRows()
{
    constexpr auto op = OperationTarget::Operations;
    constexpr auto batch = OperationTarget::BatchOperations;
    return {
        {"create_table, columns and kwargs", op, u"create_table"_s,
         u"'users', sa.Column('id', sa.Integer(), nullable=False), sa.PrimaryKeyConstraint('id'), mysql_engine='InnoDB'"_s},
        {"create_table without a name", op, u"create_table"_s, u""_s},
        {"create_table named twice", op, u"create_table"_s, u"'a', table_name='b'"_s},
        {"create_index positional", op, u"create_index"_s, u"op.f('ix_users_email'), 'users', ['email'], unique=True"_s},
        {"create_index by keyword", op, u"create_index"_s,
         u"index_name='ix', table_name='t', columns=['a'], postgresql_where=sa.text('a > 1')"_s},
        {"create_index missing columns", op, u"create_index"_s, u"'ix', 'users'"_s},
        {"create_index missing two", op, u"create_index"_s, u"'ix'"_s},
        {"create_index missing three", op, u"create_index"_s, u""_s},
        {"create_index with schema positional", op, u"create_index"_s, u"'ix', 't', ['a'], 'public'"_s},
        {"drop_index with the table", op, u"drop_index"_s, u"op.f('ix_users_email'), table_name='users'"_s},
        {"drop_index positional table", op, u"drop_index"_s, u"'ix', 'users'"_s},
        {"drop_index too many", op, u"drop_index"_s, u"'ix', 'users', 'public'"_s},
        {"drop_constraint with type", op, u"drop_constraint"_s, u"'fk', 'posts', 'foreignkey'"_s},
        {"drop_constraint type_ by keyword", op, u"drop_constraint"_s, u"'uq', 'users', type_='unique', schema='s'"_s},
        {"drop_constraint unknown keyword", op, u"drop_constraint"_s, u"'uq', 'users', kind='unique'"_s},
        {"add_column", op, u"add_column"_s, u"'users', sa.Column('age', sa.Integer(), nullable=True)"_s},
        {"add_column schema positional", op, u"add_column"_s, u"'users', sa.Column('age'), 'public'"_s},
        {"alter_column everything", op, u"alter_column"_s,
         u"'users', 'name', existing_type=sa.VARCHAR(length=50), type_=sa.String(length=100), nullable=False, "
         "existing_nullable=True, server_default='x', new_column_name='full_name', comment='c', "
         "existing_comment=None, existing_server_default=None, schema='s', postgresql_using='name::text'"_s},
        {"alter_column nullable positional", op, u"alter_column"_s, u"'users', 'name', False"_s},
        {"drop_column", op, u"drop_column"_s, u"'users', 'age', schema=None, mssql_drop_default=True"_s},
        {"drop_table", op, u"drop_table"_s, u"'users', if_exists=True"_s},
        {"rename_table", op, u"rename_table"_s, u"'old', 'new', schema='s'"_s},
        {"execute a string", op, u"execute"_s, u"'DELETE FROM users'"_s},
        {"execute with options", op, u"execute"_s, u"sa.text('x'), execution_options={'a': 1}"_s},
        {"execute twice given", op, u"execute"_s, u"'a', sqltext='b'"_s},
        {"bulk_insert", op, u"bulk_insert"_s, u"sa.table('t', sa.column('a')), [{'a': 1}], multiinsert=False"_s},
        {"create_foreign_key", op, u"create_foreign_key"_s,
         u"'fk', 'posts', 'users', ['user_id'], ['id'], ondelete='CASCADE', deferrable=True, postgresql_not_valid=True"_s},
        {"create_foreign_key without remote columns", op, u"create_foreign_key"_s, u"None, 'posts', 'users', ['user_id']"_s},
        {"create_unique_constraint", op, u"create_unique_constraint"_s, u"None, 'users', ['email'], schema='s', deferrable=True"_s},
        {"create_check_constraint", op, u"create_check_constraint"_s, u"'ck', 'users', 'age > 0'"_s},
        {"create_primary_key", op, u"create_primary_key"_s, u"'pk', 'users', ['id']"_s},
        {"create_primary_key extra keyword", op, u"create_primary_key"_s, u"'pk', 'users', ['id'], deferrable=True"_s},
        {"create_table_comment", op, u"create_table_comment"_s, u"'users', 'People', existing_comment=None"_s},
        {"drop_table_comment", op, u"drop_table_comment"_s, u"'users', existing_comment='People'"_s},
        {"create_exclude_constraint", op, u"create_exclude_constraint"_s, u"'ex', 't', ('period', '&&'), where='x'"_s},
        {"batch_alter_table positional", op, u"batch_alter_table"_s, u"'users', None, 'always'"_s},
        {"batch_alter_table unknown", op, u"batch_alter_table"_s, u"'users', recreate_mode='always'"_s},
        {"f", op, u"f"_s, u"'ix_users_email'"_s},
        {"inline_literal with type", op, u"inline_literal"_s, u"'x', sa.String()"_s},
        {"batch add_column", batch, u"add_column"_s, u"sa.Column('age', sa.Integer()), insert_after='name'"_s},
        {"batch add_column with a table", batch, u"add_column"_s, u"'users', sa.Column('age', sa.Integer())"_s},
        {"batch alter_column", batch, u"alter_column"_s, u"'name', existing_type=sa.VARCHAR(), nullable=False"_s},
        {"batch drop_column", batch, u"drop_column"_s, u"'age'"_s},
        {"batch drop_column with a table", batch, u"drop_column"_s, u"'users', 'age'"_s},
        {"batch create_index", batch, u"create_index"_s, u"batch_op.f('ix_a'), ['a'], unique=False"_s},
        {"batch drop_index", batch, u"drop_index"_s, u"batch_op.f('ix_a')"_s},
        {"batch create_foreign_key", batch, u"create_foreign_key"_s, u"'fk', 'users', ['user_id'], ['id'], ondelete='CASCADE'"_s},
        {"batch drop_constraint", batch, u"drop_constraint"_s, u"'fk', type_='foreignkey'"_s},
        {"batch create_unique_constraint", batch, u"create_unique_constraint"_s, u"'uq', ['a', 'b']"_s},
        {"batch create_check_constraint", batch, u"create_check_constraint"_s, u"'ck', 'a > 0'"_s},
        {"batch create_primary_key", batch, u"create_primary_key"_s, u"'pk', ['id']"_s},
        {"batch drop_table_comment positional", batch, u"drop_table_comment"_s, u"'x'"_s},
        {"batch create_table_comment", batch, u"create_table_comment"_s, u"'c'"_s},
    };
}

void TestOperationSignature::initTestCase()
{
    QJsonArray calls;
    for (const Call &call : callRows())
        calls.append(QJsonArray{targetName(call.target), call.method, call.arguments});
    QJsonObject methods;
    for (OperationTarget target : {OperationTarget::Operations, OperationTarget::BatchOperations}) {
        QJsonArray names;
        for (const OperationSignature &signature : operationSignatures(target))
            names.append(QString(signature.name));
        methods.insert(targetName(target), names);
    }
    QProcess python;
    python.start(u"python3"_s, {QStringLiteral(OPERATION_CALLS_SCRIPT)});
    python.write(QJsonDocument(QJsonObject{{u"calls"_s, calls}, {u"methods"_s, methods}}).toJson());
    python.closeWriteChannel();
    QVERIFY(python.waitForFinished(120000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    m_alembic = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QVERIFY(!m_alembic.isEmpty());
}

void TestOperationSignature::signatures_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("method");
    for (OperationTarget target : {OperationTarget::Operations, OperationTarget::BatchOperations}) {
        for (const OperationSignature &signature : operationSignatures(target)) {
            QTest::addRow("%s.%s", qPrintable(targetName(target)), signature.name.data())
                << int(target) << QString(signature.name);
        }
    }
}

void TestOperationSignature::signatures()
{
    QFETCH(int, target);
    QFETCH(QString, method);
    const auto which = OperationTarget(target);
    const OperationSignature *signature = operationSignature(which, method);
    QVERIFY(signature);
    static const QStringList kinds = {u"POSITIONAL_OR_KEYWORD"_s, u"VAR_POSITIONAL"_s, u"KEYWORD_ONLY"_s,
                                      u"VAR_KEYWORD"_s};
    QStringList ours, alembics;
    for (const OperationParameter &parameter : signature->parameters)
        ours.append(u"%1 %2%3"_s.arg(parameter.name, kinds[parameter.kind], parameter.required ? u" required"_s : QString()));
    const QJsonArray parameters = m_alembic[u"signatures"_s][targetName(which)][method].toArray();
    for (const QJsonValue &parameter : parameters) {
        const QJsonArray p = parameter.toArray();
        alembics.append(u"%1 %2%3"_s.arg(p[0].toString(), p[1].toString(), p[2].toBool() ? u" required"_s : QString()));
    }
    QCOMPARE(ours, alembics);
}

void TestOperationSignature::calls_data()
{
    QTest::addColumn<int>("row");
    const QList<Call> rows = callRows();
    for (qsizetype i = 0; i < rows.size(); ++i)
        QTest::addRow("%s", rows[i].name) << int(i);
}

void TestOperationSignature::calls()
{
    QFETCH(int, row);
    const Call call = callRows().at(row);
    // The call as a migration body holds it, read by the body reader.
    const QString indent = call.target == OperationTarget::Operations ? u"    op."_s : u"        batch_op."_s;
    const QString prefix = indent + call.method + u'(';
    QString text = u"from alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade():\n"_s;
    if (call.target == OperationTarget::BatchOperations)
        text += u"    with op.batch_alter_table('users') as batch_op:\n"_s;
    text += prefix + call.arguments + u")\n"_s;
    int errorLine = 0;
    QString error;
    const auto module = Python::readMigrationModule(text, &errorLine, &error);
    QVERIFY2(module, qPrintable(error));
    const Python::MigrationFunction *upgrade = module->function(u"upgrade");
    QVERIFY(upgrade);
    QVERIFY2(!upgrade->needsPython, qPrintable(upgrade->needsPython ? upgrade->needsPython->reason : QString()));
    const Python::Statement *statement = &upgrade->body.front();
    if (call.target == OperationTarget::BatchOperations)
        statement = &statement->body.front();

    const OperationSignature *signature = operationSignature(call.target, call.method);
    QVERIFY(signature);
    const OperationBinding binding = bindOperation(*signature, statement->expression);
    const QJsonObject expected = m_alembic[u"calls"_s].toArray().at(row).toObject();
    if (expected.contains(u"error"_s)) {
        QCOMPARE(binding.error, expected[u"error"_s].toString());
        QVERIFY(!binding.bound);
        return;
    }
    QVERIFY2(binding.bound, qPrintable(binding.error));
    // Each argument known by the column it starts at, as the reference gives its offset.
    const auto offset = [&](const Python::Expression *argument) { return argument->column - 1 - int(prefix.size()); };
    QStringList ours, alembics;
    for (auto it = binding.bound->arguments.cbegin(); it != binding.bound->arguments.cend(); ++it)
        ours.append(u"%1@%2"_s.arg(it.key()).arg(offset(it.value())));
    const QJsonObject bound = expected[u"bound"_s].toObject();
    for (auto it = bound.constBegin(); it != bound.constEnd(); ++it)
        alembics.append(u"%1@%2"_s.arg(it.key()).arg(it.value().toInt()));
    ours.sort();
    alembics.sort();
    QCOMPARE(ours, alembics);
    QCOMPARE(qsizetype(binding.bound->extraPositional.size()), expected[u"rest"_s].toInteger());
    QStringList extra;
    for (const Python::KeywordArgument *keyword : binding.bound->extraKeywords)
        extra.append(keyword->name);
    QStringList expectedExtra;
    for (const QJsonValue &name : expected[u"extra"_s].toArray())
        expectedExtra.append(name.toString());
    QCOMPARE(extra, expectedExtra);
}

QTEST_GUILESS_MAIN(TestOperationSignature)
#include "tst_operationsignature.moc"
