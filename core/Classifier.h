#pragma once

#include "ModelManifest.h"
#include "Preprocess.h"
#include "Result.h"

#include <QImage>
#include <QString>

#include <memory>
#include <vector>

namespace dermaedge {

/// Result of screening one image.
struct ScreeningResult
{
    QString modelId;
    double probability = 0.0; ///< calibrated probability of melanoma, 0..1
    double threshold = 0.5;
    bool malignant = false;   ///< probability >= threshold
    double networkMs = 0.0;   ///< network forward pass alone
    double totalMs = 0.0;     ///< decode, preprocessing and network
};

struct ClassifierOptions
{
    int threads = 0; ///< intra-op threads; 0 uses every core
    bool verifyChecksum = true; ///< compare the archive's SHA-256 to the manifest before loading
};

/// A loaded model variant ready to screen images.
///
/// Loading verifies the archive against the manifest, loads it with
/// torch::jit, and for fp32 models freezes and optimizes it for inference.
/// A Classifier may be used from one thread at a time.
class Classifier
{
public:
    ~Classifier();
    Classifier(const Classifier&) = delete;
    Classifier& operator=(const Classifier&) = delete;

    static Result<std::unique_ptr<Classifier>> load(const ModelManifest& manifest,
                                                    const ClassifierOptions& options = {});

    const ModelManifest& manifest() const;

    /// Decodes and screens an image file; errors name the file.
    Result<ScreeningResult> screenFile(const QString& path);

    /// Screens an already decoded RGB image.
    Result<ScreeningResult> screenImage(const QImage& rgb);

    /// Screens preprocessed inputs in one forward pass and returns one result
    /// per input, in order. Each input must be 3 x S x S values, S being the
    /// manifest's input size. An input of another shape fails alone, and a
    /// failed forward pass fails every input. networkMs and totalMs of each
    /// result are the forward pass's time divided by the number of inputs.
    std::vector<Result<ScreeningResult>> screenInputs(const std::vector<InputTensor>& inputs);

private:
    struct Private;
    explicit Classifier(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/// Sets LibTorch's intra-op thread count; 0 means one per core.
void setInferenceThreads(int threads);

/// Versions of LibTorch and OpenCV this build uses, e.g. "LibTorch 1.13.1, OpenCV 4.6.0".
QString runtimeVersions();

} // namespace dermaedge
