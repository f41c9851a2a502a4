#pragma once

#include "ModelManifest.h"
#include "Split.h"
#include "Trainer.h"

#include <torch/script.h>

#include <map>
#include <string>
#include <vector>

namespace dermaedge::detail {

/// Copies of a module's parameters and buffers, to keep the best epoch's weights.
class WeightSnapshot
{
public:
    static WeightSnapshot take(const torch::jit::Module& module);
    void restore(torch::jit::Module& module) const;
    bool isEmpty() const { return m_tensors.empty(); }

private:
    std::map<std::string, torch::Tensor> m_tensors;
};

/// Preprocessing the trainer uses: the whole image resized to the input size
/// (no extra crop margin) with ImageNet mean and standard deviation.
Preprocessing trainingPreprocessing(int inputSize);

/// Up to `maxImages` items drawn at random (all when 0), in a seeded order.
std::vector<LabelledImage> sampleImages(const std::vector<LabelledImage>& items, int maxImages,
                                        quint64 seed);

/// 1 for paths in the split's validation list, 0 otherwise.
std::vector<int> validationMask(const std::vector<QString>& paths, const DataSplit& split);

/// Network logits for a stack of inputs, in eval mode without gradients.
std::vector<double> predictLogits(torch::jit::Module& net, const torch::Tensor& inputs, int batchSize);

/// Calibrates the trained network, picks the threshold, and writes archive,
/// manifest and model card.
Result<TrainReport> finishTraining(torch::jit::Module& net, const TrainParams& params,
                                   const Preprocessing& preprocessing,
                                   const torch::Tensor& validationInputs,
                                   const std::vector<int>& validationLabels,
                                   const QString& splitPath, TrainReport report);

} // namespace dermaedge::detail
