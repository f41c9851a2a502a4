#pragma once

#include "Classifier.h"
#include "ModelManifest.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace dermaedge {

/// One screening to run: an image file and the variant to screen it with.
struct ScreeningRequest
{
    QString path;
    QImage image; ///< `path` already decoded by loadImageRgb, or null to decode it in the job
    std::optional<ModelManifest> manifest; ///< empty when no variant is available
    QString noModelMessage;                ///< error reported when `manifest` is empty
};

/// Output of one screening. `image` is set whenever the file was decoded, even
/// when the model then failed, so the caller can still show the image.
struct ScreeningOutcome
{
    QString path;
    QImage image;
    std::optional<ModelManifest> manifest;
    std::optional<ScreeningResult> result; ///< empty on failure
    QString error;                         ///< names the file and the cause; empty on success

    bool ok() const { return result.has_value(); }
};

/// Runs screenings on the global thread pool, one at a time, and keeps each
/// loaded Classifier for reuse by later screenings with the same variant.
///
/// Because only one job runs at a time, a cached Classifier is never used from
/// two threads at once. A request submitted while a job runs waits in a queue of
/// one, and a newer request replaces it.
class ScreeningRunner : public QObject
{
    Q_OBJECT

public:
    explicit ScreeningRunner(QObject* parent = nullptr);
    /// Waits for a running job, because it may still use a cached Classifier.
    ~ScreeningRunner() override;

    /// Starts `request` now, or queues it when a job is running.
    void submit(ScreeningRequest request);

    bool isBusy() const;
    QString runningPath() const { return m_runningPath; } ///< empty when idle
    QString queuedPath() const;                          ///< empty when nothing waits

Q_SIGNALS:
    void started(const QString& path, const QString& variantName);
    /// Emitted when `path` is queued behind a running job. `replacedPath` is the
    /// queued request it replaced, or empty.
    void queued(const QString& path, const QString& replacedPath);
    void finished(const dermaedge::ScreeningOutcome& outcome);

private:
    /// Job result passed to the GUI thread, with the Classifier the job used or loaded.
    struct JobOutput
    {
        ScreeningOutcome outcome;
        std::shared_ptr<Classifier> classifier;
    };

    struct CachedClassifier
    {
        QString sha256; ///< archive digest the Classifier was loaded from
        std::shared_ptr<Classifier> classifier;
    };

    void start(ScreeningRequest request);
    void onJobFinished();
    std::shared_ptr<Classifier> cachedClassifier(const std::optional<ModelManifest>& manifest) const;

    static JobOutput runJob(const ScreeningRequest& request, std::shared_ptr<Classifier> classifier,
                            int threads);
    static bool decodeImage(const ScreeningRequest& request, ScreeningOutcome& outcome);

    QFutureWatcher<JobOutput> m_watcher;
    std::map<QString, CachedClassifier> m_classifiers; ///< by model id
    QString m_runningPath;
    std::optional<ScreeningRequest> m_queued;
};

} // namespace dermaedge
