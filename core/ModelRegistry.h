#pragma once

#include "ModelManifest.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dermaedge {

/// A manifest file that could not be registered, with the reason.
struct RegistryProblem
{
    QString path;
    QString message;
};

/// Lists the model variants found in a set of folders.
///
/// Each `*.json` file in those folders is read as a manifest; a broken one is
/// reported as a problem and does not hide the others. When two folders hold the
/// same id, the first folder wins.
class ModelRegistry
{
public:
    /// Uses the shipped models folder and the user's data folder.
    ModelRegistry();
    explicit ModelRegistry(QStringList folders);

    /// Rescans the folders.
    void refresh();

    const std::vector<ModelManifest>& models() const { return m_models; }
    const std::vector<RegistryProblem>& problems() const { return m_problems; }
    const QStringList& folders() const { return m_folders; }

    std::optional<ModelManifest> find(const QString& id) const;

    /// The default variant: the first fp32 model, else the first one.
    std::optional<ModelManifest> defaultModel() const;

    /// Folders searched by default: $DERMAEDGE_MODELS_DIR if set, the models
    /// folder shipped beside the executable (build tree or install prefix),
    /// and <AppDataLocation>/models.
    static QStringList defaultFolders();

    /// Folder where variants created by the user are written.
    static QString userModelsFolder();

private:
    QStringList m_folders;
    std::vector<ModelManifest> m_models;
    std::vector<RegistryProblem> m_problems;
};

} // namespace dermaedge
