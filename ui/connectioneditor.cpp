#include "connectioneditor.h"

#include "passwordstore.h"
#include "workerpool.h"

#include <migrations/connection.h>

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

// The backends the fields can edit, as SQLAlchemy names them.
struct Backend
{
    const char *name;
    const char *title;
    const char *driver; // the DBAPI the team's Alembic most likely has; empty: SQLAlchemy's default
};
constexpr Backend backends[] = {
    {"sqlite", "SQLite", ""},
    {"postgresql", "PostgreSQL", ""},
    {"mysql", "MySQL", "pymysql"},
    {"mariadb", "MariaDB", "pymysql"},
};

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

// A field with a "Browse…" button after it.
QWidget *withBrowseButton(QLineEdit *edit, const QString &buttonName, QWidget *parent, QPushButton **button)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    *button = new QPushButton(ConnectionEditor::tr("Browse…"), row);
    (*button)->setObjectName(buttonName);
    layout->addWidget(*button);
    return row;
}

// The icon and words of a message, side by side: a state is never told by colour alone.
QWidget *messageLine(const QString &name, QWidget *parent, QLabel **icon, QLabel **text)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    *icon = new QLabel(row);
    (*icon)->setObjectName(name + u"Icon"_s);
    const int size = row->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, row);
    (*icon)->setFixedSize(size, size);
    (*icon)->hide(); // until there is something to say
    *text = new QLabel(row);
    (*text)->setObjectName(name);
    (*text)->setWordWrap(true);
    (*text)->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    (*text)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(*icon, 0, Qt::AlignTop);
    layout->addWidget(*text, 1);
    return row;
}

// Runs on a worker thread: a QSqlDatabase belongs to the thread that opened it.
ConnectionTestResult openAndAskVersion(const Migrations::ConnectionSettings &settings)
{
    QString error;
    const std::unique_ptr<Migrations::DatabaseConnection> connection = Migrations::DatabaseConnection::open(settings,
                                                                                                          &error);
    if (!connection)
        return {false, error};
    return {true, connection->serverVersion()};
}

} // namespace

ConnectionEditor::ConnectionEditor(PasswordStore *passwords, QWidget *parent)
    : QWidget(parent)
    , m_passwords(passwords)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = lineEdit(u"name"_s, this);
    m_form->addRow(tr("&Name:"), m_name);

    m_dialect = new QComboBox(this);
    m_dialect->setObjectName(u"dialect"_s);
    for (const Backend &backend : backends)
        m_dialect->addItem(QString::fromLatin1(backend.title), QString::fromLatin1(backend.name));
    m_form->addRow(tr("&Database:"), m_dialect);

    QPushButton *browseFile = nullptr;
    m_sqliteFile = lineEdit(u"sqliteFile"_s, this);
    m_sqliteFile->setPlaceholderText(tr("app.db (relative to the project's folder), or an absolute path"));
    m_sqliteRow = withBrowseButton(m_sqliteFile, u"browseSqliteFile"_s, this, &browseFile);
    m_form->addRow(tr("&File:"), m_sqliteRow);

    m_host = lineEdit(u"host"_s, this);
    m_host->setPlaceholderText(u"localhost"_s);
    m_form->addRow(tr("&Host:"), m_host);
    m_port = lineEdit(u"port"_s, this);
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setPlaceholderText(tr("default"));
    m_form->addRow(tr("P&ort:"), m_port);
    m_user = lineEdit(u"user"_s, this);
    m_form->addRow(tr("&User:"), m_user);
    m_password = lineEdit(u"password"_s, this);
    m_password->setEchoMode(QLineEdit::Password);
    m_form->addRow(tr("Pass&word:"), m_password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_remember->setObjectName(u"remember"_s);
    m_form->addRow(QString(), m_remember);
    m_database = lineEdit(u"database"_s, this);
    m_form->addRow(tr("Data&base name:"), m_database);

    m_url = lineEdit(u"url"_s, this);
    m_url->setPlaceholderText(u"postgresql+psycopg2://user@host:5432/database"_s);
    m_url->setToolTip(tr("The SQLAlchemy URL, as in alembic.ini's sqlalchemy.url. A password typed here is "
                         "moved to the password field."));
    m_form->addRow(tr("UR&L:"), m_url);
    m_validationRow = messageLine(u"validation"_s, this, &m_validationIcon, &m_validation);
    m_form->addRow(QString(), m_validationRow);

    QPushButton *browseInterpreter = nullptr;
    m_interpreter = lineEdit(u"pythonInterpreter"_s, this);
    m_interpreter->setPlaceholderText(tr("None: steps only Python can run are refused"));
    m_interpreter->setToolTip(tr("The Python that runs the steps Alembic Studio cannot run natively. It needs "
                                 "Alembic and the database's driver."));
    m_form->addRow(tr("P&ython:"), withBrowseButton(m_interpreter, u"browseInterpreter"_s, this, &browseInterpreter));

    m_protected = new QCheckBox(tr("&Protected: a shared or production database"), this);
    m_protected->setObjectName(u"protected"_s);
    m_protected->setToolTip(tr("Reset is disabled on a protected database, and runs ask for a stronger "
                               "confirmation."));
    m_form->addRow(QString(), m_protected);

    auto *testRow = new QWidget(this);
    auto *testLayout = new QHBoxLayout(testRow);
    testLayout->setContentsMargins(0, 0, 0, 0);
    m_test = new QPushButton(tr("&Test Connection"), testRow);
    m_test->setObjectName(u"testConnection"_s);
    testLayout->addWidget(m_test, 0, Qt::AlignTop);
    testLayout->addWidget(messageLine(u"testResult"_s, testRow, &m_testIcon, &m_testResult), 1);
    m_form->addRow(QString(), testRow);

    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        m_profile.name = name.trimmed().isEmpty() ? m_profile.name : name.trimmed();
        emitEdited();
    });
    connect(m_dialect, &QComboBox::activated, this, [this] {
        showDialectRows();
        urlFromFields();
    });
    for (QLineEdit *field : {m_sqliteFile, m_host, m_port, m_user, m_database})
        connect(field, &QLineEdit::textEdited, this, &ConnectionEditor::urlFromFields);
    connect(m_url, &QLineEdit::textEdited, this, &ConnectionEditor::urlEdited);
    connect(m_url, &QLineEdit::editingFinished, this, &ConnectionEditor::commitUrl);
    connect(m_password, &QLineEdit::editingFinished, this, [this] {
        if (m_password->isModified())
            commitPassword();
        m_password->setModified(false);
    });
    connect(m_remember, &QCheckBox::clicked, this, &ConnectionEditor::commitPassword);
    connect(m_interpreter, &QLineEdit::textEdited, this, [this](const QString &path) {
        m_profile.pythonInterpreter = path.trimmed();
        emitEdited();
    });
    connect(m_protected, &QCheckBox::clicked, this, [this](bool checked) {
        m_profile.isProtected = checked;
        emitEdited();
    });
    connect(browseFile, &QPushButton::clicked, this, &ConnectionEditor::browseSqliteFile);
    connect(browseInterpreter, &QPushButton::clicked, this, &ConnectionEditor::browseInterpreter);
    connect(m_test, &QPushButton::clicked, this, &ConnectionEditor::testConnection);
    connect(&m_testWatcher, &QFutureWatcher<ConnectionTestResult>::finished, this, &ConnectionEditor::testDone);

    const auto showKeychain = [this](PasswordStore::Keychain keychain) {
        const bool works = keychain != PasswordStore::Keychain::Unavailable;
        m_remember->setEnabled(works);
        m_remember->setChecked(works);
        m_remember->setToolTip(works ? QString()
                                     : tr("No system keychain is available (%1): the password is kept until "
                                          "Alembic Studio quits.")
                                           .arg(m_passwords->keychainError()));
    };
    connect(m_passwords, &PasswordStore::keychainChanged, this, showKeychain);
    // A password copied by Duplicate, or asked for by the resolver, shows up here.
    connect(m_passwords, &PasswordStore::passwordChanged, this, [this](const QString &key) {
        if (key == m_profile.id)
            showPassword();
    });
    showKeychain(m_passwords->keychain());
    m_passwords->probe(this, [](bool) {}); // keychainChanged() tells the answer
    setEnabled(false);
}

// The worker keeps its own copy of the settings: leaving while it runs is safe, the
// result is dropped with the watcher.
ConnectionEditor::~ConnectionEditor() = default;

void ConnectionEditor::setProfile(const ConnectionProfile &profile)
{
    const bool sameProfile = profile.id == m_profile.id;
    m_profile = profile;
    m_updating = true;
    setEnabled(!profile.id.isEmpty());
    m_name->setText(profile.name);
    m_url->setText(profile.url);
    m_interpreter->setText(profile.pythonInterpreter);
    m_protected->setChecked(profile.isProtected);
    m_updating = false;
    fieldsFromUrl();
    if (sameProfile)
        return;
    m_testResult->clear();
    m_testIcon->clear();
    m_testIcon->hide();
    m_password->clear();
    m_password->setModified(false);
    if (profile.id.isEmpty())
        return;
    showPassword();
}

void ConnectionEditor::showPassword()
{
    const QString id = m_profile.id;
    m_passwords->read(id, this, [this, id](std::optional<QString> password) {
        // What the user is typing wins over what the store says.
        if (m_profile.id == id && !m_password->isModified() && m_password->text() != password.value_or(QString()))
            m_password->setText(password.value_or(QString()));
    });
}

void ConnectionEditor::setWorkingDirectory(const QString &folder)
{
    m_workingDirectory = folder;
    validate();
}

void ConnectionEditor::emitEdited()
{
    if (!m_updating)
        emit profileEdited(m_profile);
}

void ConnectionEditor::fieldsFromUrl()
{
    QString error;
    const std::optional<Migrations::UrlParts> parts = Migrations::urlParts(m_url->text().trimmed(), &error);
    m_updating = true;
    int backend = -1;
    if (parts)
        backend = m_dialect->findData(parts->backend);
    m_dialect->setCurrentIndex(backend);
    const bool sqlite = parts && parts->backend == "sqlite"_L1;
    m_sqliteFile->setText(sqlite ? parts->database.value_or(QString()) : QString());
    m_host->setText(parts && !sqlite ? parts->host.value_or(QString()) : QString());
    m_port->setText(parts && parts->port ? QString::number(*parts->port) : QString());
    m_user->setText(parts && !sqlite ? parts->userName.value_or(QString()) : QString());
    m_database->setText(parts && !sqlite ? parts->database.value_or(QString()) : QString());
    m_updating = false;
    showDialectRows();
    validate();
}

void ConnectionEditor::showDialectRows()
{
    const QString backend = m_dialect->currentData().toString();
    const bool sqlite = backend == "sqlite"_L1;
    const bool server = !backend.isEmpty() && !sqlite;
    m_form->setRowVisible(m_sqliteRow, sqlite);
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_user, m_password, m_remember, m_database})
        m_form->setRowVisible(field, server);
}

void ConnectionEditor::urlFromFields()
{
    if (m_updating)
        return;
    QString error;
    // The URL's driver and options stay: the fields edit what they show, nothing else.
    Migrations::UrlParts parts = Migrations::urlParts(m_url->text().trimmed(), &error).value_or(Migrations::UrlParts{});
    const int index = m_dialect->currentIndex();
    if (index < 0)
        return;
    const Backend &backend = backends[index];
    if (parts.backend != QLatin1StringView(backend.name)) {
        parts.backend = QString::fromLatin1(backend.name);
        parts.driver = QString::fromLatin1(backend.driver);
        parts.query.clear(); // one backend's options mean nothing to another's driver
    }
    const auto optional = [](const QLineEdit *edit) -> std::optional<QString> {
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    };
    parts.password.reset();
    if (parts.backend == "sqlite"_L1) {
        parts.userName.reset();
        parts.host.reset();
        parts.port.reset();
        parts.database = optional(m_sqliteFile);
    } else {
        parts.host = optional(m_host);
        parts.port = m_port->hasAcceptableInput() ? std::optional<int>(m_port->text().toInt()) : std::nullopt;
        parts.userName = optional(m_user);
        parts.database = optional(m_database);
    }
    m_url->setText(Migrations::composeUrl(parts));
    showDialectRows();
    commitUrl();
}

void ConnectionEditor::urlEdited()
{
    // The fields follow the line as it is typed; the profile takes it when it is a URL.
    const int cursor = m_url->cursorPosition();
    fieldsFromUrl();
    m_url->setCursorPosition(cursor);
}

void ConnectionEditor::commitUrl()
{
    QString error;
    const QString text = m_url->text().trimmed();
    const std::optional<Migrations::UrlParts> parts = Migrations::urlParts(text, &error);
    if (!parts) {
        // Not a URL: not stored (it might hold a password no one can find in it); the
        // message says why.
        validate();
        return;
    }
    if (parts->password) {
        // A password typed into the URL goes where passwords go, never into the settings.
        m_password->setText(*parts->password);
        commitPassword();
        m_url->setText(Migrations::urlWithoutPassword(text, &error).value_or(QString()));
    }
    validate();
    if (m_profile.url != m_url->text()) {
        m_profile.url = m_url->text();
        emitEdited();
    }
}

void ConnectionEditor::commitPassword()
{
    if (m_profile.id.isEmpty())
        return;
    const QString password = m_password->text();
    if (password.isEmpty()) {
        m_passwords->remove(m_profile.id);
        return;
    }
    m_passwords->write(m_profile.id, password,
                       m_remember->isChecked() ? PasswordStore::Persistence::Keychain
                                               : PasswordStore::Persistence::Session);
}

void ConnectionEditor::validate()
{
    QString error;
    const QString text = m_url->text().trimmed();
    if (text.isEmpty()) {
        showMessage(m_validationIcon, m_validation, false, tr("Enter a URL or fill in the fields."));
        m_form->setRowVisible(m_validationRow, true);
        return;
    }
    if (!Migrations::connectionSettingsFromUrl(text, m_workingDirectory, &error)) {
        showMessage(m_validationIcon, m_validation, false, error);
        m_form->setRowVisible(m_validationRow, true);
        return;
    }
    m_form->setRowVisible(m_validationRow, false);
    m_validationIcon->clear();
    m_validationIcon->hide();
    m_validation->clear();
}

void ConnectionEditor::showMessage(QLabel *icon, QLabel *text, bool ok, const QString &message)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setFixedSize(size, size);
    icon->setPixmap(style()
                        ->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(size, size));
    icon->show();
    text->setText(message);
}

void ConnectionEditor::browseSqliteFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("SQLite Database"), m_sqliteFile->text(),
                                                      tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    m_sqliteFile->setText(file);
    urlFromFields();
}

void ConnectionEditor::browseInterpreter()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Python Interpreter"), m_interpreter->text());
    if (file.isEmpty())
        return;
    m_interpreter->setText(file);
    m_profile.pythonInterpreter = file;
    emitEdited();
}

bool ConnectionEditor::isTesting() const
{
    return m_testWatcher.isRunning();
}

void ConnectionEditor::testConnection()
{
    if (isTesting())
        return;
    commitUrl();
    QString error;
    std::optional<QString> url = m_url->text().trimmed();
    if (!m_password->text().isEmpty())
        url = Migrations::urlWithPassword(*url, m_password->text(), &error);
    std::optional<Migrations::ConnectionSettings> settings;
    if (url)
        settings = Migrations::connectionSettingsFromUrl(*url, m_workingDirectory, &error);
    if (!settings) {
        showMessage(m_testIcon, m_testResult, false, error);
        emit testFinished({false, error});
        return;
    }
    m_testedProfileId = m_profile.id;
    m_test->setEnabled(false);
    m_testIcon->clear();
    m_testIcon->hide();
    m_testResult->setText(tr("Connecting to %1…").arg(settings->displayUrl));
    m_testWatcher.setFuture(QtConcurrent::run(workerPool(), openAndAskVersion, *settings));
}

void ConnectionEditor::testDone()
{
    m_test->setEnabled(true);
    const ConnectionTestResult result = m_testWatcher.result();
    if (m_testedProfileId != m_profile.id)
        return; // another profile is shown now: this answer is not about it
    const QString message = result.connected
                                ? (result.message.isEmpty() ? tr("Connected.") : tr("Connected: %1.").arg(result.message))
                                : result.message;
    showMessage(m_testIcon, m_testResult, result.connected, message);
    emit testFinished({result.connected, message});
}

void ConnectionEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        validate(); // the icons come from the style
}

} // namespace Studio
