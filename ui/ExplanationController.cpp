#include "ExplanationController.h"

#include "HeatmapControls.h"
#include "ImageView.h"
#include "Logging.h"
#include "Settings.h"

#include <QAction>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <utility>

namespace dermaedge {

ExplanationController::ExplanationController(ImageView* view, QObject* parent)
    : QObject(parent), m_view(view)
{
    const Settings settings;
    m_toggleAction = new QAction(tr("Show &Heatmap"), this);
    m_toggleAction->setCheckable(true);
    m_toggleAction->setChecked(settings.heatmapVisible());
    m_toggleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_toggleAction->setToolTip(tr("Show the regions that raised the melanoma score over the image"));
    m_toggleAction->setStatusTip(m_toggleAction->toolTip());

    m_controls = new HeatmapControls(m_toggleAction);
    m_controls->setOpacity(settings.heatmapOpacity());
    m_view->setOverlayVisible(settings.heatmapVisible());
    m_view->setOverlayOpacity(settings.heatmapOpacity());
    m_controls->setStatus(tr("A heatmap appears after screening."));

    connect(m_toggleAction, &QAction::toggled, this, [this](bool visible) {
        m_view->setOverlayVisible(visible);
        Settings().setHeatmapVisible(visible);
    });
    connect(m_controls, &HeatmapControls::opacityChanged, this, [this](double opacity) {
        m_view->setOverlayOpacity(opacity);
        Settings().setHeatmapOpacity(opacity);
    });
    connect(&m_watcher, &QFutureWatcher<JobOutput>::finished, this,
            &ExplanationController::onJobFinished);
}

ExplanationController::~ExplanationController()
{
    m_watcher.waitForFinished();
    if (m_controls && !m_controls->parent())
        delete m_controls;
}

QString ExplanationController::statusText() const
{
    return m_controls ? m_controls->statusText() : QString();
}

void ExplanationController::setStatus(const QString& text)
{
    if (m_controls)
        m_controls->setStatus(text);
}

void ExplanationController::explain(const QImage& image, const ModelManifest& screened,
                                    const std::vector<ModelManifest>& registered)
{
    ++m_generation;
    m_pending.reset();
    const Result<ModelManifest> explaining = explanationModelFor(screened, registered);
    if (!explaining) {
        m_explanation.reset();
        m_view->clearOverlay();
        setStatus(tr("No heatmap: %1").arg(explaining.error()));
        Q_EMIT finished(false);
        return;
    }
    // Another variant with the same baseline would compute the same heatmap again.
    if (m_explanation && m_explainedImageKey == image.cacheKey() && !m_running
        && m_explanation->modelId == explaining->id && m_explainer
        && m_explainer->manifest().sha256 == explaining->sha256) {
        setStatus(resultText(*m_explanation, screened));
        Q_EMIT finished(true);
        return;
    }

    Request request{image, screened, explaining.value(), m_generation, Settings().threads()};
    if (m_running) {
        m_pending = std::move(request);
        return;
    }
    start(std::move(request));
}

void ExplanationController::clear()
{
    ++m_generation;
    m_pending.reset();
    m_explanation.reset();
    m_explainedImageKey = 0;
    m_view->clearOverlay();
    setStatus(tr("A heatmap appears after screening."));
}

void ExplanationController::start(Request request)
{
    m_running = true;
    m_runningScreened = request.screened;
    std::shared_ptr<Explainer> explainer = m_explainer;
    if (explainer && (explainer->manifest().id != request.explaining.id
                      || explainer->manifest().sha256 != request.explaining.sha256))
        explainer.reset();
    setStatus(tr("Computing the heatmap with %1…").arg(request.explaining.id));
    m_watcher.setFuture(QtConcurrent::run(&ExplanationController::runJob, std::move(request),
                                          std::move(explainer)));
}

void ExplanationController::onJobFinished()
{
    JobOutput output = m_watcher.result();
    m_running = false;
    if (output.explainer)
        m_explainer = output.explainer;

    if (output.generation == m_generation) {
        if (output.explanation) {
            m_explanation = std::move(output.explanation);
            m_explainedImageKey = output.imageKey;
            m_view->setOverlay(m_explanation->heatmapImage(), m_explanation->inputRect);
            setStatus(resultText(*m_explanation, *m_runningScreened));
        } else {
            m_explanation.reset();
            m_view->clearOverlay();
            qCWarning(lcInference).noquote() << "Explanation failed:" << output.error;
            setStatus(tr("No heatmap: %1").arg(output.error));
        }
        Q_EMIT finished(m_explanation.has_value());
    }
    if (m_pending)
        start(*std::exchange(m_pending, std::nullopt));
}

QString ExplanationController::resultText(const Explanation& explanation,
                                          const ModelManifest& screened) const
{
    QString text = tr("Explained with %1 (%2).")
                       .arg(explanation.modelId, explanationMethodName(explanation.method));
    if (explanation.modelId != screened.id && isQuantizedModel(screened)) {
        text += QLatin1Char(' ') + tr("The screened variant %1 is quantized and has no gradients, "
                                      "so its FP32 baseline computed the heatmap.")
                                       .arg(screened.id);
    } else if (explanation.modelId != screened.id) {
        text += QLatin1Char(' ') + tr("The screened variant %1 was made from this FP32 baseline, "
                                      "which computed the heatmap. The variant may weigh regions "
                                      "differently.")
                                       .arg(screened.id);
    }
    if (explanation.modelId != screened.id) {
        text += QLatin1Char(' ') + tr("The baseline's own melanoma probability for this image is %1 %.")
                                       .arg(QLocale().toString(explanation.probability * 100.0, 'f', 1));
    }
    if (!explanation.note.isEmpty())
        text += QLatin1Char(' ') + tr("Note: %1.").arg(explanation.note);
    if (explanation.flat)
        text += QLatin1Char(' ') + tr("No region raised the melanoma score, so the heatmap is empty.");
    else if (explanation.isFaded())
        text += QLatin1Char(' ') + tr("The risk is below the threshold, so the heatmap is drawn "
                                      "fainter: its regions raised a low score.");
    return text;
}

// Runs on a pool thread. It touches no QObject and catches every exception,
// because one escaping a QtConcurrent job would be rethrown on the GUI thread.
ExplanationController::JobOutput ExplanationController::runJob(const Request& request,
                                                               std::shared_ptr<Explainer> explainer)
{
    JobOutput output;
    output.generation = request.generation;
    output.imageKey = request.image.cacheKey();
    try {
        if (!explainer) {
            ExplainOptions options;
            options.threads = request.threads;
            auto loaded = Explainer::load(request.explaining, options);
            if (!loaded) {
                output.error = loaded.error();
                return output;
            }
            explainer = std::move(loaded).value();
        }
        output.explainer = explainer;
        auto explanation = explainer->explain(request.image);
        if (!explanation)
            output.error = explanation.error();
        else
            output.explanation = std::move(explanation).value();
    } catch (const std::exception& error) {
        output.error = QString::fromLocal8Bit(error.what());
    } catch (...) {
        output.error = QStringLiteral("unknown error");
    }
    return output;
}

} // namespace dermaedge
