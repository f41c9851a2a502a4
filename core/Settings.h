#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dermaedge {

/// Typed access to the user's settings; keys and defaults live in Settings.cpp only.
class Settings
{
public:
    static constexpr int kMaxRecentFiles = 10;

    int threads() const; ///< 0 means every core
    void setThreads(int threads);

    QString modelId() const; ///< last chosen variant; empty for the default
    void setModelId(const QString& id);

    /// Key of the chosen threshold preset (see operatingPresetKey()); empty for the manifest's threshold.
    QString operatingPreset() const;
    void setOperatingPreset(const QString& key);

    bool heatmapVisible() const; ///< whether the explanation overlay is shown; true by default
    void setHeatmapVisible(bool visible);
    double heatmapOpacity() const; ///< overlay opacity 0..1; 0.5 by default
    void setHeatmapOpacity(double opacity);

    QStringList recentFiles() const;
    void addRecentFile(const QString& path); ///< most recent first, without duplicates
    void clearRecentFiles();

    QString lastFolder() const;
    void setLastFolder(const QString& folder);

    /// Folder of the last exported report; empty before the first export.
    QString lastReportFolder() const;
    void setLastReportFolder(const QString& folder);

    /// Database ids of the patient and lesion that the last screening was saved
    /// to, so that the next save of the same lesion starts there; 0 when none.
    qint64 lastPatientId() const;
    qint64 lastLesionId() const;
    void setLastCase(qint64 patientId, qint64 lesionId);

    /// Interface language code ("en", "ca", "es"); empty follows the system locale.
    QString language() const;
    void setLanguage(const QString& code);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray casesWindowGeometry() const;
    void setCasesWindowGeometry(const QByteArray& geometry);
};

} // namespace dermaedge
