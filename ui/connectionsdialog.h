#pragma once

#include <QDialog>

class QListView;
class QPushButton;

namespace Studio {

class ConnectionEditor;
class ConnectionProfileModel;
class PasswordStore;

// Manages the connection profiles: the list on the left, the selected one's editor on the
// right (connectioneditor.h), Add / Duplicate / Remove. Every edit goes to the model at
// once (and so to QSettings and to the toolbar's chooser); passwords go to the store.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectionsDialog(ConnectionProfileModel *profiles, PasswordStore *passwords, QWidget *parent = nullptr);

    // Where relative SQLite paths lead: the open project's folder.
    void setWorkingDirectory(const QString &folder);

    void selectProfile(const QString &id);
    QString currentProfileId() const;

    ConnectionEditor *editor() const { return m_editor; }

    // Adds a new SQLite profile and selects it; returns its id.
    QString addProfile();
    // Copies the selected profile (and its password) under a new name; returns the copy's id.
    QString duplicateProfile();
    // Asks, then removes the selected profile and its password.
    void removeProfile();

private:
    void currentChanged();

    ConnectionProfileModel *m_profiles;
    PasswordStore *m_passwords;
    QListView *m_list;
    ConnectionEditor *m_editor;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
};

} // namespace Studio
