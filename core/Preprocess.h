#pragma once

#include "ModelManifest.h"
#include "Result.h"

#include <QImage>

#include <vector>

namespace dermaedge {

/// A network input in CHW order, float, already normalized.
struct InputTensor
{
    int channels = 0;
    int height = 0;
    int width = 0;
    std::vector<float> values;
};

/// Resizes the shorter side, centre-crops and normalizes an RGB image as the
/// manifest's preprocessing block specifies.
Result<InputTensor> preprocessImage(const QImage& rgb, const Preprocessing& preprocessing);

} // namespace dermaedge
