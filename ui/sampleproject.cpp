#include "sampleproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Studio {

namespace {

constexpr auto resourceRoot = ":/sample/scribes"_L1;

} // namespace

QString sampleProjectFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sample/scribes"_s;
}

QString installSampleProject(QString *error)
{
    const QDir target(sampleProjectFolder());
    // Once there, the sample is the user's: revisions added or removed stay so.
    if (target.exists(u"alembic.ini"_s))
        return target.filePath(u"alembic.ini"_s);
    // alembic.ini goes last: its presence says the copy is whole.
    QStringList sources;
    QDirIterator files(resourceRoot, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        sources.append(files.next());
    std::stable_partition(sources.begin(), sources.end(),
                          [](const QString &source) { return !source.endsWith(u"/alembic.ini"_s); });
    for (const QString &source : std::as_const(sources)) {
        const QString destination = target.filePath(source.mid(resourceRoot.size() + 1));
        QFile::remove(destination); // left by a copy that failed half-way
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()) || !QFile::copy(source, destination)) {
            *error = QCoreApplication::translate("Studio::SampleProject", "Cannot copy the sample project to %1.")
                         .arg(QDir::toNativeSeparators(destination));
            return {};
        }
        // Files copied out of the resources are read-only; the sample is for editing.
        QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return target.filePath(u"alembic.ini"_s);
}

} // namespace Studio
