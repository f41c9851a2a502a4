#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace dermaedge {

/// Steps that turn an image into the network's input tensor.
struct Preprocessing
{
    int resizeShorter = 128;  ///< shorter side after resizing, in pixels
    int inputSize = 128;      ///< side of the square centre crop fed to the network
    std::array<float, 3> mean{0.485f, 0.456f, 0.406f}; ///< per RGB channel, on 0..1 values
    std::array<float, 3> std{0.229f, 0.224f, 0.225f};
    /// Shades of Gray colour constancy with this Minkowski norm before normalizing;
    /// 0 leaves colours as the camera recorded them.
    int shadesOfGrayPower = 0;
    /// Lesion-centred cropping: the lesion's bounding box widened by this
    /// fraction of its longer side on each side is cut out before resizing, so
    /// the lesion fills the same share of the input at any magnification;
    /// 0 resizes the whole image.
    double lesionCropMargin = 0.0;
};

/// Origin of a model: the exact command and its inputs.
struct Provenance
{
    QString command;
    QString source;     ///< data set or parent model the variant was made from
    QString createdAt;  ///< ISO 8601 UTC
    QString software;   ///< DermaEdge version that made it
};

/// One point of a ROC curve: the decision rule "probability >= threshold"
/// and its sensitivity and specificity on labelled images.
struct RocPoint
{
    double threshold = 0.5;
    double sensitivity = 0.0;
    double specificity = 0.0;
};

/// ROC points measured on a validation split, from which operating points
/// (threshold presets) are chosen. Stored under "operating_points"; a
/// manifest without it is valid and offers only its own threshold.
struct ValidationRoc
{
    QString split;     ///< file name of the split CSV whose validation rows were screened
    int images = 0;
    int positives = 0; ///< malignant images
    int negatives = 0; ///< benign images
    QString createdAt; ///< ISO 8601 UTC
    QString command;   ///< command that measured the points
    /// One point at each distinct probability of a malignant image and one at
    /// the manifest's threshold, by falling threshold.
    std::vector<RocPoint> points;

    bool isEmpty() const { return points.empty(); }
};

/// Description of one model variant, stored as JSON beside its TorchScript archive.
struct ModelManifest
{
    QString id;
    QString displayName;
    QString kind; ///< fp32, int8-static, int8-dynamic, pruned-structured, ...
    QString archive;  ///< archive file name, relative to the manifest's folder
    QString sha256;   ///< lower-case hex digest of the archive
    QStringList labels{QStringLiteral("benign"), QStringLiteral("malignant")};
    double threshold = 0.5;   ///< probability of melanoma at or above which the decision is malignant
    double temperature = 1.0; ///< logit divisor fitted for calibration
    Preprocessing preprocessing;
    Provenance provenance;
    QJsonObject metrics;  ///< measured results, free-form, filled by evaluation and benchmarks
    ValidationRoc validationRoc; ///< empty unless measured with `evaluate --write-operating-points`

    QString manifestPath; ///< set when loaded from disk, not stored
    QString archivePath() const; ///< absolute path of the archive
};

/// Manifest kinds this version understands.
QStringList knownModelKinds();

/// Parses manifest JSON; `path` is used only in error messages and for archivePath().
Result<ModelManifest> parseManifest(const QByteArray& json, const QString& path);

/// Reads and parses a manifest file.
Result<ModelManifest> loadManifest(const QString& path);

/// Serializes a manifest to indented JSON.
QByteArray manifestToJson(const ModelManifest& manifest);

/// Writes a manifest atomically (a failed write leaves the previous file intact).
Status saveManifest(const ModelManifest& manifest, const QString& path);

/// Computes the lower-case hex SHA-256 of a file.
Result<QString> sha256OfFile(const QString& path);

} // namespace dermaedge
