#pragma once

#include "connectionprofile.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Studio {

class PasswordStore;

// The result of one Test Connection: what the worker thread found.
struct ConnectionTestResult
{
    bool connected = false;
    QString message; // the server's version, or the one-sentence reason it failed
};

// Edits one connection profile: its name; its URL either as a line or as the fields of its
// dialect (a SQLite file; a server's host, port, user and database), each kept in step
// with the other through the core's URL composition; its password (into the keychain,
// never into the URL); the Python interpreter; the protected flag. Test Connection opens
// the connection on a worker thread.
class ConnectionEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionEditor(PasswordStore *passwords, QWidget *parent = nullptr);
    ~ConnectionEditor() override;

    void setProfile(const ConnectionProfile &profile);
    const ConnectionProfile &profile() const { return m_profile; }

    // Where relative SQLite paths lead (the project's folder).
    void setWorkingDirectory(const QString &folder);

    // Opens the connection on a worker thread; testFinished() tells the result.
    void testConnection();
    bool isTesting() const;

Q_SIGNALS:
    // After each change the user made (never with a password in the URL).
    void profileEdited(const Studio::ConnectionProfile &profile);
    void testFinished(const Studio::ConnectionTestResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fieldsFromUrl();
    void urlFromFields();
    void urlEdited();
    void commitUrl();
    void commitPassword();
    void showPassword();
    void validate();
    void showDialectRows();
    void browseSqliteFile();
    void browseInterpreter();
    void showMessage(QLabel *icon, QLabel *text, bool ok, const QString &message);
    void testDone();
    void emitEdited();

    PasswordStore *m_passwords;
    ConnectionProfile m_profile;
    QString m_workingDirectory;
    bool m_updating = false;

    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_dialect;
    QLineEdit *m_sqliteFile;
    QWidget *m_sqliteRow;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_user;
    QLineEdit *m_database;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLineEdit *m_url;
    QWidget *m_validationRow;
    QLabel *m_validationIcon;
    QLabel *m_validation;
    QLineEdit *m_interpreter;
    QCheckBox *m_protected;
    QPushButton *m_test;
    QLabel *m_testIcon;
    QLabel *m_testResult;
    QFutureWatcher<ConnectionTestResult> m_testWatcher;
    QString m_testedProfileId;
};

} // namespace Studio
