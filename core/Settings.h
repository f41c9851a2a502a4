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

    QStringList recentFiles() const;
    void addRecentFile(const QString& path); ///< most recent first, without duplicates
    void clearRecentFiles();

    QString lastFolder() const;
    void setLastFolder(const QString& folder);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
};

} // namespace dermaedge
