#include "connectionchooser.h"

#include "connectionprofile.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

// The data of the "Manage Connections…" item: no profile id is ever empty-braced like this.
const QString manageItem = u"{manage}"_s;

} // namespace

ConnectionChooser::ConnectionChooser(ConnectionProfileModel *profiles, QWidget *parent)
    : QComboBox(parent)
    , m_profiles(profiles)
{
    setObjectName(u"connectionChooser"_s);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("The database the project is run against"));
    connect(m_profiles, &QAbstractItemModel::modelReset, this, &ConnectionChooser::rebuild);
    connect(m_profiles, &QAbstractItemModel::rowsInserted, this, &ConnectionChooser::rebuild);
    connect(m_profiles, &QAbstractItemModel::rowsRemoved, this, &ConnectionChooser::rebuild);
    connect(m_profiles, &QAbstractItemModel::rowsMoved, this, &ConnectionChooser::rebuild);
    connect(m_profiles, &QAbstractItemModel::dataChanged, this, &ConnectionChooser::rebuild);
    connect(this, &QComboBox::activated, this, &ConnectionChooser::chosen);
    rebuild();
}

QString ConnectionChooser::currentProfileId() const
{
    return m_currentId;
}

void ConnectionChooser::setCurrentProfileId(const QString &id)
{
    m_currentId = m_profiles->rowOf(id) >= 0 ? id : QString();
    m_rebuilding = true;
    setCurrentIndex(findData(m_currentId));
    m_rebuilding = false;
}

void ConnectionChooser::rebuild()
{
    m_rebuilding = true;
    clear();
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        if (profile.isProtected)
            addItem(QIcon(u":/icons/lock.svg"_s), tr("%1 (protected)").arg(profile.name), profile.id);
        else
            addItem(profile.name, profile.id);
        setItemData(count() - 1, profile.url, Qt::ToolTipRole);
    }
    if (count() > 0)
        insertSeparator(count());
    addItem(tr("Manage Connections…"), manageItem);
    const QString previous = m_currentId;
    if (m_profiles->rowOf(previous) < 0)
        m_currentId.clear();
    setCurrentIndex(findData(m_currentId));
    m_rebuilding = false;
    if (m_currentId != previous)
        emit profileChanged(m_currentId); // the shown profile was removed
}

void ConnectionChooser::chosen(int index)
{
    if (m_rebuilding)
        return;
    const QString chosenId = itemData(index).toString();
    if (chosenId == manageItem) {
        // Not a choice: the shown profile stays until the dialog changes something.
        setCurrentIndex(findData(m_currentId));
        emit manageConnectionsRequested();
        return;
    }
    if (chosenId == m_currentId)
        return;
    m_currentId = chosenId;
    emit profileChanged(m_currentId);
}

} // namespace Studio
