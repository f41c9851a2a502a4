#include "Settings.h"

#include <QSettings>

namespace dermaedge {

// NOTE: QSettings (Qt 6.4) writes through QSaveFile, so a killed process or a
// read-only folder leaves the old file intact, but on a full disk its INI
// writer ignores a short write and the truncated file replaces the old one.
// TestDataSafety records this as an expected failure.

namespace {
const QString kThreads = QStringLiteral("inference/threads");
const QString kModelId = QStringLiteral("inference/modelId");
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kLastFolder = QStringLiteral("files/lastFolder");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
} // namespace

int Settings::threads() const
{
    return qMax(0, QSettings().value(kThreads, 0).toInt());
}

void Settings::setThreads(int threads)
{
    QSettings().setValue(kThreads, qMax(0, threads));
}

QString Settings::modelId() const
{
    return QSettings().value(kModelId).toString();
}

void Settings::setModelId(const QString& id)
{
    QSettings().setValue(kModelId, id);
}

QStringList Settings::recentFiles() const
{
    return QSettings().value(kRecentFiles).toStringList();
}

void Settings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentFiles, files);
}

void Settings::clearRecentFiles()
{
    QSettings().remove(kRecentFiles);
}

QString Settings::lastFolder() const
{
    return QSettings().value(kLastFolder).toString();
}

void Settings::setLastFolder(const QString& folder)
{
    QSettings().setValue(kLastFolder, folder);
}

QByteArray Settings::windowGeometry() const
{
    return QSettings().value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return QSettings().value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    QSettings().setValue(kState, state);
}

} // namespace dermaedge
