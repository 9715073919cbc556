#pragma once

#include <QComboBox>

namespace Studio {

class ConnectionProfileModel;

// The toolbar's choice of connection: the profiles by name (protected ones with a lock and
// "(protected)"), then "Manage Connections…", which opens the dialog instead of being
// chosen. It follows the model as profiles are added, renamed and removed.
class ConnectionChooser final : public QComboBox
{
    Q_OBJECT

public:
    explicit ConnectionChooser(ConnectionProfileModel *profiles, QWidget *parent = nullptr);

    QString currentProfileId() const;
    // Shows that profile (no signal when it is already shown); an unknown id shows none.
    void setCurrentProfileId(const QString &id);

Q_SIGNALS:
    // The user (or the removal of the shown profile) changed the profile; empty: none.
    void profileChanged(const QString &id);
    void manageConnectionsRequested();

private:
    void rebuild();
    void chosen(int index);

    ConnectionProfileModel *m_profiles;
    QString m_currentId;
    bool m_rebuilding = false;
};

} // namespace Studio
