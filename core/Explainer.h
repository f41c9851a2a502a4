#pragma once

#include "ModelManifest.h"
#include "Result.h"

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace dermaedge {

/// Method that computed a heatmap.
enum class ExplanationMethod {
    /// Grad-CAM on the last convolutional stage: ReLU(sum over channels of the
    /// mean gradient of the melanoma logit times the feature map), upsampled.
    GradCam,
    /// Absolute gradient of the melanoma logit with respect to the input
    /// pixels (largest over the colour channels), lightly smoothed. Used for
    /// imported models whose layers are not DermaEdge's.
    InputGradient,
};

/// Short user-facing name of a method, e.g. "Grad-CAM".
QString explanationMethodName(ExplanationMethod method);

/// Heatmap of the image regions that raised a model's melanoma score.
struct Explanation
{
    QString modelId; ///< model whose gradients produced the heatmap
    ExplanationMethod method = ExplanationMethod::GradCam;
    QString layerName;  ///< feature stage used by Grad-CAM, e.g. "layer4"; empty otherwise
    QString note;       ///< why another model or a fallback method was used; empty otherwise
    double probability = 0.0; ///< the explaining model's calibrated melanoma probability
    /// Drawing strength of the heatmap, kFaintestHeatmap..1: the probability
    /// divided by the explaining model's threshold. Every map is scaled to its
    /// own peak, so without this a low-risk image would show hot spots as
    /// bright as a high-risk one.
    double strength = 1.0;

    QSize imageSize;    ///< size of the explained image
    /// Part of the image the network saw (the centre crop of preprocessing),
    /// in image pixels. The heatmap covers this rectangle only.
    QRectF inputRect;
    int width = 0;      ///< heatmap columns (the network's input size)
    int height = 0;     ///< heatmap rows
    /// Row-major, 0..1: each value divided by the largest, so 1 marks the
    /// strongest contribution and 0 none. All zeros when the map is flat.
    std::vector<float> values;
    /// True when no region raised the score (the map is all zeros), for
    /// example when every feature lowers the melanoma logit.
    bool flat = false;

    bool isNull() const { return values.empty(); }
    float valueAt(int x, int y) const { return values[size_t(y) * size_t(width) + size_t(x)]; }

    /// Centre of the heatmap's largest cell, in image pixels.
    QPointF peakPosition() const;

    /// True when the heatmap is drawn fainter because the risk is below the threshold.
    bool isFaded() const { return strength < 1.0; }

    /// The heatmap coloured with heatmapColour() and its alpha multiplied by
    /// strength, one pixel per heatmap cell. Returns a null image when the
    /// explanation is empty.
    QImage heatmapImage() const;

    /// A copy of `image` (the explained image) with the heatmap drawn over
    /// inputRect at `opacity` (0..1) and the rectangle outlined.
    QImage renderOverlay(const QImage& image, double opacity) const;
};

/// Lowest Explanation::strength, so that a low-risk image still shows where
/// its small score came from.
inline constexpr double kFaintestHeatmap = 0.25;

/// Strength of the heatmap of an image with melanoma `probability` under
/// `threshold`: probability / threshold, clamped to kFaintestHeatmap..1.
double heatmapStrength(double probability, double threshold);

/// Colour of a heatmap value in 0..1: a blue-cyan-yellow-red scale whose
/// alpha equals the value, so that regions that did not raise the score keep
/// their true colours under the overlay. The colour is premultiplied for
/// QImage::Format_ARGB32_Premultiplied.
QRgb heatmapColour(float value);

struct ExplainOptions
{
    int threads = 0;            ///< intra-op threads; 0 uses every core
    bool verifyChecksum = true; ///< compare the archive's SHA-256 to the manifest before loading
};

/// Computes heatmaps with one FP32 model.
///
/// Loading rejects quantized models, because INT8 operators have no
/// gradients; explanationModelFor() finds the FP32 baseline to use instead.
/// The archive is loaded without freezing, so that its submodules can be
/// called one by one. For a network built by DermaEdge (stem, stages layer1
/// to layerN, a linear head `fc` after global average pooling) it uses
/// Grad-CAM on the last stage. Other networks get input-gradient saliency,
/// which Explanation::method and Explanation::note state.
/// Preprocessing is the Classifier's, so the heatmap belongs to the same input.
/// An Explainer may be used from one thread at a time.
class Explainer
{
public:
    ~Explainer();
    Explainer(const Explainer&) = delete;
    Explainer& operator=(const Explainer&) = delete;

    /// Loads `manifest`'s archive. Fails, naming the archive, when the model is
    /// quantized, damaged or does not accept an input of the manifest's size.
    static Result<std::unique_ptr<Explainer>> load(const ModelManifest& manifest,
                                                   const ExplainOptions& options = {});

    const ModelManifest& manifest() const;
    ExplanationMethod method() const;

    /// Explains the melanoma score of a decoded RGB image.
    Result<Explanation> explain(const QImage& rgb);

private:
    struct Private;
    explicit Explainer(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/// Loads `fp32Manifest` and explains one image: Explainer::load() then explain().
Result<Explanation> explain(const ModelManifest& fp32Manifest, const QImage& rgb,
                            const ExplainOptions& options = {});

/// Returns true when the model's operators are quantized, so that it has no
/// gradients and explanationModelFor() picks its FP32 baseline.
bool isQuantizedModel(const ModelManifest& manifest);

/// Chooses the model that explains a screening with `screened`.
///
/// An fp32 model explains itself. A derived variant (INT8, pruned, distilled)
/// is explained by its FP32 baseline: the registered model named by the
/// variant's metrics "baseline_id", else by the first word of its provenance
/// source. When the manifest records "baseline_sha256", the registered
/// baseline must still have that digest. A non-quantized variant whose
/// baseline is not registered explains itself. Fails with a message naming the
/// variant and the missing or changed baseline otherwise.
Result<ModelManifest> explanationModelFor(const ModelManifest& screened,
                                          const std::vector<ModelManifest>& registered);

} // namespace dermaedge
