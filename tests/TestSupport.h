#pragma once

#include "ModelManifest.h"
#include "Network.h"

#include <QColor>
#include <QImage>
#include <QRandomGenerator>
#include <QString>

namespace dermaedge::test {

/// Synthetic "lesion": a dark ellipse on skin-coloured background with a
/// marker in the top-left corner, so orientation changes are detectable.
QImage syntheticLesion(int width, int height, QColor lesion = QColor(90, 50, 40));

/// Shape of the network writeTinyModel() saves: a 4-channel stem and stages of 4 and 8 channels.
NetworkSpec tinyNetworkSpec(quint64 seed = 7);

/// A small untrained network (inputs of `inputSize` pixels) saved with its
/// manifest into `folder`; returns the manifest as loaded back from disk.
ModelManifest writeTinyModel(const QString& folder, const QString& id, int inputSize = 32,
                             quint64 seed = 7);

/// A 48 x 48 training image for a two-class toy task: benign lesions are
/// light and round, malignant ones dark and rectangular with a blue-black spot,
/// at random places.
QImage trainingLesion(bool malignant, QRandomGenerator& random);

/// Writes raw bytes to a file; fails the test when it cannot.
void writeBytes(const QString& path, const QByteArray& bytes);

/// Folder with the ISIC training images (benign/, malignant/), or empty when absent.
QString datasetFolder();

} // namespace dermaedge::test
