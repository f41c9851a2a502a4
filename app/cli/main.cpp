// dermaedge-cli: the headless front end of DermaEdge. Each command runs the
// same core jobs as the GUI.

#include "CliCommon.h"

#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace dermaedge::cli;

namespace {

void printUsage(QTextStream& stream)
{
    stream << "Usage: dermaedge-cli COMMAND [options]\n\n"
           << "DermaEdge screens dermoscopic images for melanoma risk on this computer.\n"
           << "Results are decision support, not a diagnosis.\n\n"
           << "Commands:\n"
           << "  screen     Screen image files and print the melanoma probability of each\n"
           << "  models     List the registered model variants\n"
           << "  benchmark  Measure latency, throughput, memory, size and MACs of model variants\n"
           << "  train      Train a classifier on a labelled image folder\n"
           << "  optimize   Build an INT8-quantized or pruned variant of a model\n"
           << "  evaluate   Measure accuracy on labelled images, also under simulated camera changes\n"
           << "  report     Screen one image and write a PDF, HTML or CSV report\n"
           << "  explain    Write Grad-CAM heatmaps of the regions behind the melanoma score\n\n"
           << "Run 'dermaedge-cli COMMAND --help' for the options of a command.\n";
    stream.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    // PDF reports lay out text, which needs the font database of a
    // QGuiApplication. The offscreen platform needs no display.
    const bool needsGui = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (needsGui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DermaEdge"));
    QCoreApplication::setApplicationName(QStringLiteral("DermaEdge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DERMAEDGE_VERSION));

    QStringList arguments = app->arguments();
    if (arguments.size() < 2) {
        printUsage(err());
        return ExitUsage;
    }
    const QString command = arguments.at(1);
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        printUsage(out());
        return ExitOk;
    }
    if (command == QStringLiteral("--version")) {
        out() << "dermaedge-cli " << DERMAEDGE_VERSION << "\n";
        return ExitOk;
    }
    arguments.removeFirst(); // the command becomes argument 0 for its own parser
    if (command == QStringLiteral("screen")) {
        // Idle OpenMP threads that sleep instead of spinning cost about 1 ms per
        // image on an idle 2-core machine but kept screening at about 6 ms
        // instead of 40 to 400 ms while other programs loaded both cores.
        // NOTE: libgomp reads OMP_WAIT_POLICY when it is loaded, before main()
        // runs, so this value does not reach it (OMP_DISPLAY_ENV=verbose still
        // shows GOMP_SPINCOUNT 300000); only a value set before start works.
        if (qEnvironmentVariableIsEmpty("OMP_WAIT_POLICY"))
            qputenv("OMP_WAIT_POLICY", "PASSIVE");
        return runScreen(arguments);
    }
    if (command == QStringLiteral("models"))
        return runModels(arguments);
    if (command == QStringLiteral("train"))
        return runTrain(arguments);
    if (command == QStringLiteral("benchmark"))
        return runBenchmark(arguments);
    if (command == QStringLiteral("optimize"))
        return runOptimize(arguments);
    if (command == QStringLiteral("evaluate"))
        return runEvaluate(arguments);
    if (command == QStringLiteral("report"))
        return runReport(arguments);
    if (command == QStringLiteral("explain"))
        return runExplain(arguments);

    err() << "Unknown command \"" << command << "\".\n\n";
    printUsage(err());
    return ExitUsage;
}
