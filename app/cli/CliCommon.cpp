#include "CliCommon.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace dermaedge::cli {

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

} // namespace dermaedge::cli
