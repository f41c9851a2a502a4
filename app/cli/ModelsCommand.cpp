#include "CliCommon.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dermaedge::cli {

int runModels(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the registered model variants."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    parser.addOption(json);
    if (int code = parseOrExit(parser, arguments, QStringLiteral("dermaedge-cli models")); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        err() << "Unexpected argument \"" << parser.positionalArguments().constFirst()
              << "\". Usage: dermaedge-cli models [--json]\n";
        return ExitUsage;
    }

    const ModelRegistry registry;
    if (parser.isSet(json)) {
        QJsonArray models;
        for (const ModelManifest& model : registry.models()) {
            models.append(QJsonObject{{QStringLiteral("id"), model.id},
                                      {QStringLiteral("display_name"), model.displayName},
                                      {QStringLiteral("kind"), model.kind},
                                      {QStringLiteral("archive"), model.archivePath()},
                                      {QStringLiteral("size_bytes"), QFileInfo(model.archivePath()).size()},
                                      {QStringLiteral("threshold"), model.threshold},
                                      {QStringLiteral("metrics"), model.metrics}});
        }
        out() << QJsonDocument(models).toJson(QJsonDocument::Indented);
    } else {
        if (registry.models().empty())
            out() << "No model is registered. Searched: " << registry.folders().join(QStringLiteral(", ")) << "\n";
        for (const ModelManifest& model : registry.models()) {
            const double megabytes = QFileInfo(model.archivePath()).size() / 1e6;
            out() << model.id << "  [" << model.kind << "]  " << model.displayName << "\n"
                  << "    archive " << model.archivePath() << " (" << QString::number(megabytes, 'f', 2)
                  << " MB), threshold " << model.threshold;
            if (model.metrics.contains(QStringLiteral("validation_auc")))
                out() << ", validation AUC "
                      << QString::number(model.metrics.value(QStringLiteral("validation_auc")).toDouble(), 'f', 4);
            out() << "\n";
        }
    }
    for (const RegistryProblem& problem : registry.problems())
        err() << "Skipped " << problem.message << "\n";
    out().flush();
    return registry.problems().empty() ? ExitOk : ExitFailure;
}

} // namespace dermaedge::cli
