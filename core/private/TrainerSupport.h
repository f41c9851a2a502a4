#pragma once

#include "ModelManifest.h"
#include "Split.h"
#include "Trainer.h"
#include "TrainingData.h"

#include <torch/optim/adamw.h>
#include <torch/script.h>

#include <QElapsedTimer>

#include <functional>
#include <random>

#include <map>
#include <string>
#include <vector>

namespace dermaedge::detail {

/// Turns the graph executor's optimizations off while training and back on
/// when destroyed. The profiling executor's re-optimized training graphs ran
/// several times slower here than the plain interpreter, but frozen INT8
/// modules only run with optimizations on (their submodule calls are not inlined otherwise).
class TrainingExecutorMode
{
public:
    TrainingExecutorMode();
    ~TrainingExecutorMode();
    TrainingExecutorMode(const TrainingExecutorMode&) = delete;
    TrainingExecutorMode& operator=(const TrainingExecutorMode&) = delete;
};

/// Copies of a module's parameters and buffers, to keep the best epoch's weights.
class WeightSnapshot
{
public:
    static WeightSnapshot take(const torch::jit::Module& module);
    void restore(torch::jit::Module& module) const;
    static WeightSnapshot fromTensors(std::map<std::string, torch::Tensor> tensors);
    /// Moves each floating-point tensor towards the module's: t = decay * t + (1 - decay) * m.
    /// Other tensors (batch counts) are copied.
    void blend(const torch::jit::Module& module, double decay);
    bool isEmpty() const { return m_tensors.empty(); }
    const std::map<std::string, torch::Tensor>& tensors() const { return m_tensors; }

private:
    std::map<std::string, torch::Tensor> m_tensors;
};

/// Preprocessing the trainer uses: the image (or its lesion frame, when the
/// margin is above 0) resized to the input size with no extra crop, ImageNet
/// mean and standard deviation, and Shades of Gray when the power is above 0.
Preprocessing trainingPreprocessing(int inputSize, int shadesOfGrayPower, double lesionCropMargin);

/// Up to `maxImages` items drawn at random (all when 0), in a seeded order.
std::vector<LabelledImage> sampleImages(const std::vector<LabelledImage>& items, int maxImages,
                                        quint64 seed);

/// 1 for paths in the split's validation list, 0 otherwise.
std::vector<int> validationMask(const std::vector<QString>& paths, const DataSplit& split);

/// Mean loss of one training epoch, and whether it was cancelled midway.
struct EpochOutcome
{
    double meanLoss = 0.0;
    bool cancelled = false;
};

/// Returns the weight-average decay after `step` optimizer steps. It starts low,
/// so the first steps' random weights fade quickly, and grows towards `decay`.
double averageDecayAt(double decay, int64_t step);

/// Probabilities sigmoid(logit / temperature) of each logit.
std::vector<double> calibratedProbabilities(const std::vector<double>& logits, double temperature);

/// Learning rate at a fractional epoch: linear warm-up, then cosine decay to 2% of the peak.
double scheduledRate(const TrainParams& params, double epoch);

/// Knowledge distillation: a teacher network whose softened probabilities the
/// student also learns from.
struct Distillation
{
    torch::jit::Module* teacher = nullptr; ///< in eval mode; null turns distillation off
    double weight = 0.0;                   ///< share of the loss from the teacher's soft targets
    double temperature = 2.0;              ///< divides both logits before they are compared
};

/// Runs one epoch of augmented mini-batch training with a class-weighted
/// binary cross-entropy. With a teacher, that loss is mixed with the binary
/// cross-entropy against the teacher's softened probability, scaled by the
/// temperature squared so its gradients keep their size. `afterStep`, when
/// set, runs after every optimizer step.
EpochOutcome trainOneEpoch(torch::jit::Module& net, torch::optim::AdamW& optimizer,
                           const ImageSet& data, const std::vector<int64_t>& trainIndices,
                           const TrainParams& params, const Preprocessing& preprocessing, int epoch,
                           std::mt19937_64& random, const torch::Tensor& positiveWeight,
                           const ProgressCallback& progress, const CancelCallback& cancel,
                           const std::function<void()>& afterStep, const Distillation& distillation = {});

/// Network logits for a stack of inputs, in eval mode without gradients.
std::vector<double> predictLogits(torch::jit::Module& net, const torch::Tensor& inputs, int batchSize);

struct TrainingState;

/// Inputs of the epoch loop; they outlive the loop.
struct EpochLoop
{
    torch::jit::Module& net;
    torch::optim::AdamW& optimizer;
    const ImageSet& data;
    const std::vector<int64_t>& trainIndices;
    const torch::Tensor& validationInputs;
    const std::vector<int>& validationLabels;
    const Preprocessing& preprocessing;
    const torch::Tensor& positiveWeight;
    QString checkpointPath;
    QString fingerprint;
    Distillation distillation; ///< off unless the parameters name a teacher
};

/// End of the epoch loop: by itself (all epochs or early stop), or stopped
/// by cancel or the time limit.
enum class LoopEnd { Finished, Stopped };

/// Trains epoch after epoch from `state`, keeping the best weights by
/// validation AUC and saving a checkpoint after each epoch.
LoopEnd runEpochs(const EpochLoop& loop, const TrainParams& params, TrainingState& state,
                  const QElapsedTimer& clock, const ProgressCallback& progress, const CancelCallback& cancel);

/// Calibrates the trained network, picks the threshold, and writes archive,
/// manifest and model card.
Result<TrainReport> finishTraining(torch::jit::Module& net, const TrainParams& params,
                                   const Preprocessing& preprocessing,
                                   const torch::Tensor& validationInputs,
                                   const std::vector<int>& validationLabels,
                                   const QString& splitPath, TrainReport report);

} // namespace dermaedge::detail
