#include "MainWindow.h"
#include "ModelRegistry.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGui, "dermaedge.gui")

int main(int argc, char* argv[])
{
    // Sleeping idle OpenMP threads keep screening at a few milliseconds while
    // other programs load the CPU; spinning ones took 40 to 400 ms per image.
    // NOTE: libgomp reads OMP_WAIT_POLICY when it is loaded, before main()
    // runs, so this value does not reach it (OMP_DISPLAY_ENV=verbose still
    // shows GOMP_SPINCOUNT 300000); only a value set before start works.
    if (qEnvironmentVariableIsEmpty("OMP_WAIT_POLICY"))
        qputenv("OMP_WAIT_POLICY", "PASSIVE");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DermaEdge"));
    QApplication::setApplicationName(QStringLiteral("DermaEdge"));
    QApplication::setApplicationVersion(QStringLiteral(DERMAEDGE_VERSION));
    dermaedge::installTranslations(
        app, dermaedge::effectiveLanguage(dermaedge::Settings().language()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Melanoma screening decision support for dermoscopic images. "
                "Decision support only, not a diagnosis."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("images"),
        QApplication::translate("main", "Image files; the first one is opened and screened."),
        QStringLiteral("[images...]"));
    parser.process(app);

    dermaedge::ModelRegistry registry;
    for (const dermaedge::RegistryProblem& problem : registry.problems()) {
        qCWarning(lcGui).noquote() << "Skipped model manifest" << problem.path << "-"
                                   << problem.message;
    }
    qCInfo(lcGui).noquote() << "Found" << registry.models().size() << "model variant(s) in"
                            << registry.folders().join(QStringLiteral(", "));

    dermaedge::MainWindow window(std::move(registry));
    window.show();

    const QStringList images = parser.positionalArguments();
    if (!images.isEmpty())
        window.openImage(images.first());
    if (images.size() > 1) {
        qCWarning(lcGui) << "Only the first image is opened;" << images.size() - 1
                         << "further argument(s) ignored";
    }
    return app.exec();
}
