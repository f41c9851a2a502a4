#pragma once

#include "Result.h"

#include <QString>

#include <vector>

namespace dermaedge {

/// Shape of the ResNet-style classifier DermaEdge trains: a 3x3 stem, then
/// stages of basic residual blocks (two 3x3 conv + batch norm + ReLU), global
/// average pooling and one linear layer giving the melanoma logit.
/// Plain dense convolutions and ReLU keep it fast under INT8 on oneDNN and
/// easy to prune channel by channel.
struct NetworkSpec
{
    int stemChannels = 32;
    std::vector<int> stageChannels{32, 64, 128, 256}; ///< first stage keeps stride 1
    int blocksPerStage = 1;
    /// Width of each block's inner convolution, stage by stage; empty means
    /// the stage's width. Structured pruning narrows these independently.
    std::vector<int> innerChannels;
    double dropout = 0.0; ///< before the linear layer, never in place
    quint64 seed = 1;     ///< weight initialization seed
};

/// Inner width of block `block` (counted over all stages) of a spec.
int innerWidth(const NetworkSpec& spec, int stage, int blockInStage);

/// Number of trainable parameters of a network of this shape.
qint64 parameterCount(const NetworkSpec& spec);

/// Multiply-accumulate operations of one forward pass at the given input size.
qint64 multiplyAccumulates(const NetworkSpec& spec, int inputSize);

/// Builds an untrained network with Kaiming-initialized weights and saves it
/// as a TorchScript archive. Used by tests to make small models.
Status saveUntrainedNetwork(const NetworkSpec& spec, const QString& archivePath);

} // namespace dermaedge
