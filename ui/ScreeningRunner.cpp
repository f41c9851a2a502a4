#include "ScreeningRunner.h"

#include "ImageIo.h"
#include "Logging.h"
#include "Settings.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <utility>

namespace dermaedge {

ScreeningRunner::ScreeningRunner(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<JobOutput>::finished, this,
            &ScreeningRunner::onJobFinished);
}

ScreeningRunner::~ScreeningRunner()
{
    m_watcher.waitForFinished();
}

bool ScreeningRunner::isBusy() const
{
    return !m_runningPath.isEmpty();
}

QString ScreeningRunner::queuedPath() const
{
    return m_queued ? m_queued->path : QString();
}

void ScreeningRunner::submit(ScreeningRequest request)
{
    if (!isBusy()) {
        start(std::move(request));
        return;
    }
    const QString replacedPath = queuedPath();
    const QString path = request.path;
    m_queued = std::move(request);
    Q_EMIT queued(path, replacedPath);
}

std::shared_ptr<Classifier>
ScreeningRunner::cachedClassifier(const std::optional<ModelManifest>& manifest) const
{
    if (!manifest)
        return nullptr;
    const auto it = m_classifiers.find(manifest->id);
    // A changed digest means the archive was replaced, so the cached copy is stale.
    if (it == m_classifiers.end() || it->second.sha256 != manifest->sha256)
        return nullptr;
    return it->second.classifier;
}

void ScreeningRunner::start(ScreeningRequest request)
{
    m_runningPath = request.path;
    const QString variantName = request.manifest ? request.manifest->displayName : QString();
    std::shared_ptr<Classifier> classifier = cachedClassifier(request.manifest);
    const int threads = Settings().threads();

    // Image paths stay out of the log because they can name patients.
    if (!request.manifest) {
        qCInfo(lcInference).noquote() << "Decoding an image without a model variant";
    } else {
        qCInfo(lcInference).noquote() << "Screening an image with" << request.manifest->id
                                      << (classifier ? "(loaded)" : "(loading it first)");
    }
    m_watcher.setFuture(QtConcurrent::run(&ScreeningRunner::runJob, std::move(request),
                                          std::move(classifier), threads));
    Q_EMIT started(m_runningPath, variantName);
}

void ScreeningRunner::onJobFinished()
{
    JobOutput output = m_watcher.result();
    const ScreeningOutcome& outcome = output.outcome;
    if (output.classifier && outcome.manifest)
        m_classifiers[outcome.manifest->id] = {outcome.manifest->sha256, output.classifier};

    if (outcome.ok()) {
        qCInfo(lcInference).noquote() << "Screened an image: probability"
                                      << outcome.result->probability << "in"
                                      << outcome.result->totalMs << "ms";
    } else {
        // The error names the file, so the log keeps only its cause.
        QString cause = outcome.error;
        cause.replace(outcome.path, QStringLiteral("<image>"));
        qCWarning(lcInference).noquote()
            << "Screening an image with"
            << (outcome.manifest ? outcome.manifest->id : QStringLiteral("no model variant"))
            << "failed:" << cause;
    }

    // Finish this job before starting the queued one, so that listeners see
    // finished() for it before started() for the next. A request submitted from
    // a finished() handler is newer than the queued one and replaces it.
    std::optional<ScreeningRequest> next = std::exchange(m_queued, std::nullopt);
    m_runningPath.clear();
    Q_EMIT finished(outcome);
    if (next && !isBusy())
        start(std::move(*next));
}

bool ScreeningRunner::decodeImage(const ScreeningRequest& request, ScreeningOutcome& outcome)
{
    if (!request.image.isNull()) {
        outcome.image = request.image;
        return true;
    }
    Result<QImage> image = loadImageRgb(request.path);
    if (!image) {
        outcome.error = image.error();
        return false;
    }
    outcome.image = std::move(image).value();
    return true;
}

// Runs on a pool thread. It touches no QObject, and it catches every exception,
// because one escaping a QtConcurrent job would be rethrown by result() on the
// GUI thread.
ScreeningRunner::JobOutput ScreeningRunner::runJob(const ScreeningRequest& request,
                                                   std::shared_ptr<Classifier> classifier,
                                                   int threads)
{
    JobOutput output;
    ScreeningOutcome& outcome = output.outcome;
    outcome.path = request.path;
    outcome.manifest = request.manifest;
    const QString fileName = QFileInfo(request.path).fileName();

    try {
        if (!decodeImage(request, outcome))
            return output;
        if (!request.manifest) {
            outcome.error = request.noModelMessage;
            return output;
        }
        const ModelManifest& manifest = *request.manifest;

        if (!classifier) {
            ClassifierOptions options;
            options.threads = threads;
            Result<std::unique_ptr<Classifier>> loaded = Classifier::load(manifest, options);
            if (!loaded) {
                outcome.error = tr("Model variant \"%1\" (%2) failed to load, so %3 was not "
                                   "screened: %4")
                                    .arg(manifest.displayName, manifest.id, fileName,
                                         loaded.error());
                return output;
            }
            classifier = std::move(loaded).value();
        }
        output.classifier = classifier;

        Result<ScreeningResult> result = classifier->screenImage(outcome.image);
        if (!result) {
            outcome.error = tr("Screening %1 failed: %2").arg(fileName, result.error());
            return output;
        }
        outcome.result = std::move(result).value();
    } catch (const std::exception& error) {
        outcome.error = tr("Screening %1 failed with an unexpected error: %2")
                            .arg(fileName, QString::fromLocal8Bit(error.what()));
    } catch (...) {
        outcome.error = tr("Screening %1 failed with an unknown error.").arg(fileName);
    }
    return output;
}

} // namespace dermaedge
