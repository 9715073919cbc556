#include "connectionprofile.h"

#include <migrations/connection.h>

#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

// QSettings layout: connections/order lists the ids in the user's order; each profile is
// the group connections/<id>. The last profile per project is projectConnections/<key>,
// the key being the project's path in base64url (a path's '/' would make groups of it).
constexpr auto OrderKey = "connections/order"_L1;

QString profileGroup(const QString &id)
{
    return u"connections/"_s + id;
}

QString projectKey(const QString &projectPath)
{
    const QString path = QDir::cleanPath(QDir::fromNativeSeparators(projectPath));
    return u"projectConnections/"_s
           + QString::fromLatin1(path.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

ConnectionProfile ConnectionProfile::create(const QString &name, const QString &url)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    profile.url = url;
    return profile;
}

QString sampleProjectProfileName()
{
    return QCoreApplication::translate("Studio::ConnectionProfile", "Scribes sample (SQLite)");
}

ConnectionProfile sampleProjectProfile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    Migrations::UrlParts parts;
    parts.backend = u"sqlite"_s;
    parts.database = QDir(folder).filePath(u"scribes.db"_s);
    return ConnectionProfile::create(sampleProjectProfileName(), Migrations::composeUrl(parts));
}

ConnectionProfileModel::ConnectionProfileModel(QObject *parent)
    : QAbstractListModel(parent)
{
    load();
}

ConnectionProfileModel::ConnectionProfileModel(const QString &settingsFile, QObject *parent)
    : QAbstractListModel(parent)
    , m_settingsFile(settingsFile)
{
    load();
}

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

void ConnectionProfileModel::load()
{
    const auto settings = openSettings(m_settingsFile);
    const QStringList ids = settings->value(OrderKey).toStringList();
    for (const QString &id : ids) {
        settings->beginGroup(profileGroup(id));
        ConnectionProfile profile;
        profile.id = id;
        profile.name = settings->value(u"name"_s).toString();
        profile.url = settings->value(u"url"_s).toString();
        profile.pythonInterpreter = settings->value(u"pythonInterpreter"_s).toString();
        profile.isProtected = settings->value(u"protected"_s, false).toBool();
        settings->endGroup();
        // A group lost to a hand edit is skipped, not shown as a nameless profile.
        if (!profile.name.isEmpty() && rowOf(id) < 0)
            m_profiles.append(profile);
    }
}

void ConnectionProfileModel::save(const ConnectionProfile &profile)
{
    const auto settings = openSettings(m_settingsFile);
    settings->beginGroup(profileGroup(profile.id));
    settings->setValue(u"name"_s, profile.name);
    settings->setValue(u"url"_s, profile.url);
    settings->setValue(u"pythonInterpreter"_s, profile.pythonInterpreter);
    settings->setValue(u"protected"_s, profile.isProtected);
    settings->endGroup();
}

void ConnectionProfileModel::saveOrder()
{
    QStringList ids;
    for (const ConnectionProfile &profile : std::as_const(m_profiles))
        ids.append(profile.id);
    openSettings(m_settingsFile)->setValue(OrderKey, ids);
}

int ConnectionProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ConnectionProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionProfile &profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.name;
    case Qt::DecorationRole:
        if (profile.isProtected) {
            static const QIcon lock(u":/icons/lock.svg"_s);
            return lock;
        }
        return {};
    case Qt::ToolTipRole:
        return profile.isProtected ? tr("%1 (protected)").arg(profile.url) : profile.url;
    case IdRole:
        return profile.id;
    case UrlRole:
        return profile.url;
    case ProtectedRole:
        return profile.isProtected;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectionProfileModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "profileId");
    names.insert(UrlRole, "url");
    names.insert(ProtectedRole, "protected");
    return names;
}

int ConnectionProfileModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            return int(row);
    }
    return -1;
}

std::optional<ConnectionProfile> ConnectionProfileModel::findById(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_profiles.at(row);
}

std::optional<ConnectionProfile> ConnectionProfileModel::findByName(const QString &name) const
{
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

QString ConnectionProfileModel::add(ConnectionProfile profile)
{
    if (profile.id.isEmpty() || rowOf(profile.id) >= 0)
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const int row = int(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles.append(profile);
    endInsertRows();
    save(profile);
    saveOrder();
    return profile.id;
}

bool ConnectionProfileModel::update(const ConnectionProfile &profile)
{
    const int row = rowOf(profile.id);
    if (row < 0)
        return false;
    if (m_profiles.at(row) == profile)
        return true;
    m_profiles[row] = profile;
    save(profile);
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
    return true;
}

bool ConnectionProfileModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    endRemoveRows();
    openSettings(m_settingsFile)->remove(profileGroup(id));
    saveOrder();
    return true;
}

QString ConnectionProfileModel::lastProfileFor(const QString &projectPath) const
{
    return openSettings(m_settingsFile)->value(projectKey(projectPath)).toString();
}

void ConnectionProfileModel::setLastProfileFor(const QString &projectPath, const QString &id)
{
    openSettings(m_settingsFile)->setValue(projectKey(projectPath), id);
}

QString ConnectionProfileModel::ensureSampleProjectProfile()
{
    ConnectionProfile sample = sampleProjectProfile();
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        if (profile.url == sample.url)
            return profile.id; // perhaps renamed by the user: still the sample's
    }
    sample.name = uniqueName(sample.name);
    return add(sample);
}

QString ConnectionProfileModel::uniqueName(const QString &base) const
{
    QString name = base;
    for (int n = 2; findByName(name); ++n)
        name = tr("%1 (%2)").arg(base).arg(n);
    return name;
}

} // namespace Studio
