#include "CliCommon.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace dermaedge::cli {

namespace {
const QString kAll = QStringLiteral("all");
} // namespace

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int parseOrExit(QCommandLineParser& parser, const QStringList& arguments, const QString& usage)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << "\n" << "Run '" << usage << " --help' for usage.\n";
        err().flush();
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt names the executable's path in the usage line; show the command instead.
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), usage);
        out() << help;
        out().flush();
        return ExitOk;
    }
    return -1;
}

bool readWholeNumber(const QCommandLineParser& parser, const QCommandLineOption& option, int& target,
                     int min, int max)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (ok && value >= min && value <= max) {
        target = value;
        return true;
    }
    err() << "Invalid --" << option.names().constFirst() << " value \"" << parser.value(option) << "\": ";
    if (max == std::numeric_limits<int>::max())
        err() << "expected a whole number >= " << min << ".\n";
    else
        err() << "expected a whole number from " << min << " to " << max << ".\n";
    return false;
}

Result<ModelManifest> resolveModel(const QString& idOrPath, const ModelRegistry& registry)
{
    if (idOrPath.isEmpty()) {
        if (auto model = registry.defaultModel())
            return *model;
        return Result<ModelManifest>::failure(
            QStringLiteral("no model is registered in %1").arg(registry.folders().join(QStringLiteral(", "))));
    }
    if (auto model = registry.find(idOrPath))
        return *model;
    if (idOrPath.endsWith(QStringLiteral(".json")) || QFileInfo(idOrPath).isFile())
        return loadManifest(idOrPath);

    QStringList ids;
    for (const ModelManifest& model : registry.models())
        ids << model.id;
    return Result<ModelManifest>::failure(QStringLiteral("model \"%1\" not found; registered: %2")
                                              .arg(idOrPath, ids.join(QStringLiteral(", "))));
}

Result<std::vector<ModelManifest>> selectModels(const ModelRegistry& registry, const QString& model,
                                                const QString& baselineOption, bool alwaysAddBaseline,
                                                QString& baselineId)
{
    using Selection = Result<std::vector<ModelManifest>>;
    std::optional<ModelManifest> baseline;
    if (!baselineOption.isEmpty()) {
        auto resolved = resolveModel(baselineOption, registry);
        if (!resolved)
            return Selection::failure(QStringLiteral("baseline: %1").arg(resolved.error()));
        baseline = resolved.value();
    } else if (model == kAll || alwaysAddBaseline) {
        baseline = registry.defaultModel();
    }
    baselineId = baseline ? baseline->id : QString();

    std::vector<ModelManifest> models;
    if (model == kAll) {
        models = registry.models();
        if (models.empty())
            return Selection::failure(QStringLiteral("no model is registered in %1")
                                          .arg(registry.folders().join(QStringLiteral(", "))));
    } else {
        auto resolved = resolveModel(model, registry);
        if (!resolved)
            return Selection::failure(resolved.error());
        models.push_back(resolved.value());
    }
    // The baseline runs first, also when it was named only by --baseline.
    const auto isBaseline = [&](const ModelManifest& manifest) { return manifest.id == baselineId; };
    const auto found = std::find_if(models.begin(), models.end(), isBaseline);
    if (baseline && found == models.end())
        models.insert(models.begin(), *baseline);
    else if (found != models.end())
        std::rotate(models.begin(), found, found + 1);
    return models;
}

std::unique_ptr<ResultStore> openResultStore()
{
    auto store = ResultStore::open(ResultStore::defaultPath());
    if (!store) {
        err() << "Warning: results are not stored: " << store.error() << "\n";
        return nullptr;
    }
    return std::move(store).value();
}

void storeResult(ResultStore* store, const ResultKey& key, const QJsonObject& payload)
{
    if (store == nullptr)
        return;
    if (auto saved = store->save(key, payload); !saved)
        err() << "Warning: " << saved.error() << "\n";
}

} // namespace dermaedge::cli
