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
const QString kOperatingPreset = QStringLiteral("inference/operatingPreset");
const QString kHeatmapVisible = QStringLiteral("explanation/visible");
const QString kHeatmapOpacity = QStringLiteral("explanation/opacity");
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kLastFolder = QStringLiteral("files/lastFolder");
const QString kLastReportFolder = QStringLiteral("reports/lastFolder");
const QString kLastPatientId = QStringLiteral("cases/lastPatientId");
const QString kLastLesionId = QStringLiteral("cases/lastLesionId");
const QString kCasesGeometry = QStringLiteral("cases/windowGeometry");
const QString kLanguage = QStringLiteral("interface/language");
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

QString Settings::operatingPreset() const
{
    return QSettings().value(kOperatingPreset).toString();
}

void Settings::setOperatingPreset(const QString& key)
{
    QSettings().setValue(kOperatingPreset, key);
}

bool Settings::heatmapVisible() const
{
    return QSettings().value(kHeatmapVisible, true).toBool();
}

void Settings::setHeatmapVisible(bool visible)
{
    QSettings().setValue(kHeatmapVisible, visible);
}

double Settings::heatmapOpacity() const
{
    return qBound(0.0, QSettings().value(kHeatmapOpacity, 0.5).toDouble(), 1.0);
}

void Settings::setHeatmapOpacity(double opacity)
{
    QSettings().setValue(kHeatmapOpacity, qBound(0.0, opacity, 1.0));
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

QString Settings::language() const
{
    return QSettings().value(kLanguage).toString();
}

void Settings::setLanguage(const QString& code)
{
    if (code.isEmpty())
        QSettings().remove(kLanguage);
    else
        QSettings().setValue(kLanguage, code);
}

QString Settings::lastFolder() const
{
    return QSettings().value(kLastFolder).toString();
}

void Settings::setLastFolder(const QString& folder)
{
    QSettings().setValue(kLastFolder, folder);
}

QString Settings::lastReportFolder() const
{
    return QSettings().value(kLastReportFolder).toString();
}

void Settings::setLastReportFolder(const QString& folder)
{
    QSettings().setValue(kLastReportFolder, folder);
}

qint64 Settings::lastPatientId() const
{
    return qMax(qint64(0), QSettings().value(kLastPatientId, 0).toLongLong());
}

qint64 Settings::lastLesionId() const
{
    return qMax(qint64(0), QSettings().value(kLastLesionId, 0).toLongLong());
}

void Settings::setLastCase(qint64 patientId, qint64 lesionId)
{
    QSettings settings;
    settings.setValue(kLastPatientId, patientId);
    settings.setValue(kLastLesionId, lesionId);
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

QByteArray Settings::casesWindowGeometry() const
{
    return QSettings().value(kCasesGeometry).toByteArray();
}

void Settings::setCasesWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(kCasesGeometry, geometry);
}

} // namespace dermaedge
