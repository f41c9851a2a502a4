#pragma once

#include "Explainer.h"
#include "HeatmapControls.h"
#include "ModelManifest.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class QAction;

namespace dermaedge {

class ImageView;

/// Computes the explanation heatmap of a screened image on the global thread
/// pool and shows it as an overlay on an ImageView.
///
/// The heatmap comes from the FP32 model that explanationModelFor() picks for
/// the screened variant. One job runs at a time, so the cached Explainer is
/// never used from two threads. A request made while a job runs waits, and a
/// newer one replaces it. Results of requests that clear() or a newer request
/// superseded are dropped. The toggle action, the opacity and the visibility
/// are stored in Settings.
class ExplanationController : public QObject
{
    Q_OBJECT

public:
    explicit ExplanationController(ImageView* view, QObject* parent = nullptr);
    /// Waits for a running job, because it may still use the cached Explainer.
    ~ExplanationController() override;

    /// Checkable action that shows or hides the heatmap (Ctrl+H).
    QAction* toggleAction() const { return m_toggleAction; }

    /// The panel section with the toggle, opacity slider and status. It has no
    /// parent until the caller puts it into a layout.
    HeatmapControls* controls() const { return m_controls; }

    /// Explains `image`, which `screened` has just screened. `registered` lists
    /// the models among which the FP32 baseline is looked up.
    void explain(const QImage& image, const ModelManifest& screened,
                 const std::vector<ModelManifest>& registered);

    /// Removes the heatmap and drops any pending or running request's result.
    void clear();

    bool isBusy() const { return m_running; }
    const std::optional<Explanation>& explanation() const { return m_explanation; }
    QString statusText() const;

Q_SIGNALS:
    /// Emitted when a request's result arrives, with `ok` false when it failed.
    void finished(bool ok);

private:
    struct Request
    {
        QImage image;
        ModelManifest screened;
        ModelManifest explaining;
        quint64 generation = 0;
        int threads = 0;
    };

    struct JobOutput
    {
        quint64 generation = 0;
        qint64 imageKey = 0;
        std::optional<Explanation> explanation;
        QString error;
        std::shared_ptr<Explainer> explainer;
    };

    void start(Request request);
    void onJobFinished();
    void setStatus(const QString& text);
    QString resultText(const Explanation& explanation, const ModelManifest& screened) const;
    static JobOutput runJob(const Request& request, std::shared_ptr<Explainer> explainer);

    ImageView* m_view = nullptr;
    QAction* m_toggleAction = nullptr;
    QPointer<HeatmapControls> m_controls;
    QFutureWatcher<JobOutput> m_watcher;
    bool m_running = false;
    std::optional<Request> m_pending;
    quint64 m_generation = 0;
    std::optional<ModelManifest> m_runningScreened;

    std::shared_ptr<Explainer> m_explainer; ///< last loaded, reused while its digest matches
    std::optional<Explanation> m_explanation;
    qint64 m_explainedImageKey = 0;
};

} // namespace dermaedge
