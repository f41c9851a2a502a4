#pragma once

#include "Result.h"
#include "Trainer.h"
#include "TrainerSupport.h"

#include <torch/optim/adamw.h>
#include <torch/script.h>

#include <random>
#include <vector>

namespace dermaedge::detail {

/// Everything the epoch loop carries from one epoch to the next.
struct TrainingState
{
    int epochsDone = 0;
    int bestEpoch = 0; ///< 1-based; 0 before the first epoch
    double bestAuc = 0.0;
    int epochsWithoutGain = 0;
    std::vector<double> losses;
    std::vector<double> aucs;
    WeightSnapshot best;
    WeightSnapshot average; ///< moving average of the weights; empty when averaging is off
    qint64 steps = 0;       ///< optimizer steps so far
    std::mt19937_64 random;
};

/// Returns the checkpoint path of training with these parameters.
QString checkpointPath(const TrainParams& params);

/// Text of the parameters a checkpoint must share with the run that resumes it.
QString checkpointFingerprint(const TrainParams& params);

/// Writes network, optimizer, best weights, random states and loop state to
/// `path` through a temporary file renamed over it, so a crash leaves the
/// previous checkpoint intact.
Status saveCheckpoint(const QString& path, const QString& fingerprint, const torch::jit::Module& net,
                      torch::optim::AdamW& optimizer, const TrainingState& state);

/// Restores what saveCheckpoint wrote into `net`, `optimizer` and `state`.
/// Fails, naming the file, when it is unreadable or was made with other parameters.
Status loadCheckpoint(const QString& path, const QString& fingerprint, torch::jit::Module& net,
                      torch::optim::AdamW& optimizer, TrainingState& state);

} // namespace dermaedge::detail
