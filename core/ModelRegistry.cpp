#include "ModelRegistry.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace dermaedge {

ModelRegistry::ModelRegistry() : ModelRegistry(defaultFolders()) {}

ModelRegistry::ModelRegistry(QStringList folders) : m_folders(std::move(folders))
{
    refresh();
}

void ModelRegistry::refresh()
{
    m_models.clear();
    m_problems.clear();
    QSet<QString> seenIds;
    for (const QString& folder : std::as_const(m_folders)) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& name : names) {
            auto manifest = loadManifest(dir.absoluteFilePath(name));
            if (!manifest) {
                qCWarning(lcModels) << "skipping manifest:" << manifest.error();
                m_problems.push_back({dir.absoluteFilePath(name), manifest.error()});
                continue;
            }
            if (seenIds.contains(manifest->id)) {
                qCInfo(lcModels) << "ignoring duplicate model id" << manifest->id << "in" << folder;
                continue;
            }
            seenIds.insert(manifest->id);
            m_models.push_back(std::move(manifest).value());
        }
    }
}

std::optional<ModelManifest> ModelRegistry::find(const QString& id) const
{
    for (const ModelManifest& manifest : m_models) {
        if (manifest.id == id)
            return manifest;
    }
    return std::nullopt;
}

std::optional<ModelManifest> ModelRegistry::defaultModel() const
{
    for (const ModelManifest& manifest : m_models) {
        if (manifest.kind == QStringLiteral("fp32"))
            return manifest;
    }
    if (m_models.empty())
        return std::nullopt;
    return m_models.front();
}

QStringList ModelRegistry::defaultFolders()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("DERMAEDGE_MODELS_DIR");
    if (!fromEnvironment.isEmpty())
        folders << fromEnvironment;

    // An installed binary sits in <prefix>/bin with models in <prefix>/share;
    // a build-tree binary uses the source tree's models folder.
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString installed = QDir(appDir).absoluteFilePath(QStringLiteral("../share/dermaedge/models"));
    if (QFileInfo::exists(installed))
        folders << QDir::cleanPath(installed);
    else if (QFileInfo::exists(QStringLiteral(DERMAEDGE_SOURCE_MODELS_DIR)))
        folders << QStringLiteral(DERMAEDGE_SOURCE_MODELS_DIR);
    else
        folders << QStringLiteral(DERMAEDGE_INSTALL_MODELS_DIR);

    folders << userModelsFolder();
    return folders;
}

QString ModelRegistry::userModelsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/models");
}

} // namespace dermaedge
