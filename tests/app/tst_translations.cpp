#include <ui/revisiongraphmodel.h>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The German and French catalogues: every message translated, its placeholders, accelerator,
// markup and ellipsis kept, and the compiled catalogue the application embeds answering
// every message in the context the code looks it up in.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void compiledCatalogueAnswersEveryMessage_data();
    void compiledCatalogueAnswersEveryMessage();
    void cataloguesHoldTheSameMessages();
    void contextsAreClassNames();
    void codeFindsItsTranslations();

private:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        QString type;      // the <translation>'s type: unfinished, vanished, obsolete or empty
        QStringList forms; // the translation, or its numerus forms
        qint64 line = 0;   // in the .ts, for the failure message
    };
    struct Catalogue
    {
        QString language;
        QList<Message> messages;
        QString error;
    };
    static Catalogue read(const QString &language);
    static void addLanguageRows();
};

TestTranslations::Catalogue TestTranslations::read(const QString &language)
{
    Catalogue catalogue;
    QFile file(QStringLiteral(ALEMBIC_STUDIO_TS_DIR) + u"/alembic-studio_"_s + language + u".ts"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "message"_L1) {
            catalogue.messages.append(message);
            inMessage = false;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == "TS"_L1) {
            catalogue.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1 && !inMessage) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{
                context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {}, xml.lineNumber()};
            inMessage = true;
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            // A numerus translation holds <numerusform>s, read as their own elements.
            if (!message.numerus)
                message.forms.append(xml.readElementText());
        } else if (name == "numerusform"_L1) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        catalogue.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

void TestTranslations::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("locale");
    QTest::addRow("german") << u"de"_s << u"de_DE"_s;
    QTest::addRow("french") << u"fr"_s << u"fr_FR"_s;
}

void TestTranslations::everyMessageIsTranslated_data()
{
    addLanguageRows();
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, locale);

    const Catalogue catalogue = read(language);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QCOMPARE(catalogue.language, locale);
    QVERIFY(catalogue.messages.size() > 100);

    static const QRegularExpression placeholder(u"%[1-9n]"_s);
    // A mnemonic: an & not doubled (&& is a literal ampersand).
    static const QRegularExpression mnemonic(u"(?<!&)&(?!&)"_s);
    static const QRegularExpression markup(u"</?(?:b|i|p|br|h[1-6]|a|tt|code)\\b[^>]*>"_s);
    const auto all = [](const QRegularExpression &expression, const QString &text) {
        QStringList found;
        for (const QRegularExpressionMatch &match : expression.globalMatch(text))
            found.append(match.captured());
        return found;
    };

    QStringList problems;
    for (const Message &message : catalogue.messages) {
        const QString where
            = u"line %1 (%2, \"%3\")"_s.arg(message.line).arg(message.context, message.source);
        if (!message.type.isEmpty())
            problems.append(where + u": translation is "_s + message.type);
        // German and French both have two forms: one, and the others.
        if (message.forms.size() != (message.numerus ? 2 : 1)) {
            problems.append(where + u": %1 forms"_s.arg(message.forms.size()));
            continue;
        }
        QStringList placeholders = all(placeholder, message.source);
        placeholders.sort();
        placeholders.removeDuplicates();
        const QStringList sourceMarkup = all(markup, message.source);
        for (const QString &form : message.forms) {
            if (form.trimmed().isEmpty()) {
                problems.append(where + u": empty translation"_s);
                continue;
            }
            QStringList used = all(placeholder, form);
            used.sort();
            used.removeDuplicates();
            if (used != placeholders) {
                problems.append(where
                                + u": placeholders %1 in the source, %2 in \"%3\""_s.arg(
                                    placeholders.join(u' '), used.join(u' '), form));
            }
            if (mnemonic.match(message.source).hasMatch() != mnemonic.match(form).hasMatch())
                problems.append(where + u": the accelerator is lost or added in \"%1\""_s.arg(form));
            if (all(markup, form) != sourceMarkup)
                problems.append(where + u": markup differs in \"%1\""_s.arg(form));
            if (message.source.endsWith(u'…') != form.endsWith(u'…'))
                problems.append(where + u": the ellipsis is lost or added in \"%1\""_s.arg(form));
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.first(std::min<qsizetype>(problems.size(), 20)).join(u'\n')));
}

void TestTranslations::compiledCatalogueAnswersEveryMessage_data()
{
    addLanguageRows();
}

// The .qm lrelease built from the catalogue (the one the application embeds as :/i18n)
// gives each message's translation.
void TestTranslations::compiledCatalogueAnswersEveryMessage()
{
    QFETCH(QString, language);

    const Catalogue catalogue = read(language);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QTranslator translator;
    QVERIFY(translator.load(u"alembic-studio_"_s + language, QStringLiteral(ALEMBIC_STUDIO_QM_DIR)));
    QCOMPARE(translator.language(), catalogue.language);

    QStringList problems;
    for (const Message &message : catalogue.messages) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char *disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
        // One, then more: the first form, then the second, in both languages.
        const QList<int> counts = message.numerus ? QList<int>{1, 2} : QList<int>{-1};
        for (qsizetype i = 0; i < counts.size() && i < message.forms.size(); ++i) {
            const QString got
                = translator.translate(context.constData(), source.constData(), disambiguation, counts[i]);
            if (got != message.forms[i]) {
                problems.append(u"line %1 (%2, \"%3\"): \"%4\" instead of \"%5\""_s.arg(message.line)
                                    .arg(message.context, message.source, got, message.forms[i]));
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.first(std::min<qsizetype>(problems.size(), 20)).join(u'\n')));
}

void TestTranslations::cataloguesHoldTheSameMessages()
{
    const auto keysOf = [](const Catalogue &catalogue) {
        QSet<QString> keys;
        for (const Message &message : catalogue.messages)
            keys.insert(message.context + u'\x1f' + message.source + u'\x1f' + message.comment);
        return keys;
    };
    const Catalogue german = read(u"de"_s);
    const Catalogue french = read(u"fr"_s);
    QVERIFY2(german.error.isEmpty() && french.error.isEmpty(), qPrintable(german.error + french.error));
    QCOMPARE(keysOf(german), keysOf(french));
}

// A tr() is looked up under its class's name (Q_OBJECT or Q_DECLARE_TR_FUNCTIONS), always
// Studio::Class or Migrations::Class here. lupdate files a message it cannot place under a
// bare namespace or class name instead ("Migrations", "RevisionGraphModel"): such a message is
// never found, and the text stays English however well it is translated.
void TestTranslations::contextsAreClassNames()
{
    static const QRegularExpression className(u"^(?:(?:Studio|Migrations)::[A-Z]\\w*|main)$"_s);
    const Catalogue catalogue = read(u"de"_s);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QSet<QString> misplaced;
    for (const Message &message : catalogue.messages) {
        if (!className.match(message.context).hasMatch())
            misplaced.insert(message.context);
    }
    QVERIFY2(misplaced.isEmpty(), qPrintable(misplaced.values().join(u", "_s)));
}

// The code itself finds a translation: the revision graph's states once stayed English
// because lupdate misread its header (see revisiongraphmodel.h).
void TestTranslations::codeFindsItsTranslations()
{
    QTranslator translator;
    QVERIFY(translator.load(u"alembic-studio_fr"_s, QStringLiteral(ALEMBIC_STUDIO_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString pending = Studio::RevisionGraphModel::stateName(Studio::RevisionState::Pending);
    Studio::RevisionGraphModel model;
    const QString header
        = model.headerData(Studio::RevisionGraphModel::StateColumn, Qt::Horizontal).toString();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(pending, u"En attente"_s);
    QCOMPARE(header, u"État"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
