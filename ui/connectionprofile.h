#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <optional>

namespace Studio {

// A database the user connects to, by name. Stored with QSettings (a group per profile)
// and never with its password: that lives in the system keychain (passwordstore.h), and
// the URL here has none.
struct ConnectionProfile
{
    QString id;   // stable across renames (a QUuid): keychain entries and the last choice use it
    QString name; // what the toolbar shows
    QString url;  // SQLAlchemy's URL, without a password
    QString pythonInterpreter; // for the Python engine (the project's virtualenv); empty: none
    // A shared or production database: no one-click Reset, stronger confirmations.
    bool isProtected = false;

    bool operator==(const ConnectionProfile &) const = default;

    // A new profile with a fresh id.
    static ConnectionProfile create(const QString &name, const QString &url);
};

// The sample project's own database: a SQLite file in the user's data folder (the folder
// is made here, so that the first upgrade can create the file).
ConnectionProfile sampleProjectProfile();
QString sampleProjectProfileName();

// The profiles, in the user's order, as a list model for the chooser and the dialog. The
// model is the only way to change them and saves every change at once to QSettings
// (the application's default settings unless a QSettings file is given).
class ConnectionProfileModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        UrlRole,
        ProtectedRole,
    };

    // Reads the profiles from the default QSettings.
    explicit ConnectionProfileModel(QObject *parent = nullptr);
    // Reads them from (and saves them to) that file, in INI format: for tests and tools.
    explicit ConnectionProfileModel(const QString &settingsFile, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    ConnectionProfile profileAt(int row) const { return m_profiles.value(row); }
    int rowOf(const QString &id) const; // -1 when there is none
    std::optional<ConnectionProfile> findById(const QString &id) const;
    std::optional<ConnectionProfile> findByName(const QString &name) const;

    // Appends the profile (given an id when it has none) and returns its id.
    QString add(ConnectionProfile profile);
    // Replaces the profile with the same id; false when there is none.
    bool update(const ConnectionProfile &profile);
    // Removes it (its keychain entry is the caller's: PasswordStore::remove).
    bool remove(const QString &id);

    // The profile last used with a project (by its folder or file), or empty.
    QString lastProfileFor(const QString &projectPath) const;
    void setLastProfileFor(const QString &projectPath, const QString &id);

    // The sample project's profile (sampleProjectProfile()): the one already there (by its
    // URL), else a new one. Returns its id.
    QString ensureSampleProjectProfile();

    // A name no profile has yet: "base", else "base (2)", "base (3)", ...
    QString uniqueName(const QString &base) const;

private:
    void load();
    void save(const ConnectionProfile &profile);
    void saveOrder();

    QString m_settingsFile; // empty: the application's QSettings
    QList<ConnectionProfile> m_profiles;
};

} // namespace Studio
