#pragma once

#include "JobControl.h"
#include "Network.h"
#include "Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dermaedge {

/// Parameters of a training run; every field has a usable default.
struct TrainParams
{
    QString dataFolder;          ///< class subfolders benign/ and malignant/, or an ISIC-style CSV file
    QString imageFolder;         ///< images of a CSV data set; empty means the CSV's folder
    QString outputFolder;        ///< where the archive, manifest, card and split go
    QString modelId = QStringLiteral("dermaedge-resnet-fp32");
    QString displayName = QStringLiteral("DermaEdge ResNet (FP32)");
    QString command;             ///< command line recorded in the manifest
    NetworkSpec network;
    int inputSize = 128;         ///< network input side in pixels
    int epochs = 30;
    int batchSize = 32;
    double learningRate = 2e-3;  ///< peak AdamW learning rate
    double weightDecay = 5e-4;
    int warmupEpochs = 1;
    int patience = 8;            ///< epochs without validation AUC gain before stopping
    double validationFraction = 0.2;
    int duplicateHashBits = 4;   ///< dHash distance at or below which two images are one lesion; negative disables grouping
    quint64 seed = 42;
    int threads = 0;             ///< 0 uses every core
    int maxImages = 0;           ///< 0 uses all; a smaller number samples for quick runs
    double minSensitivity = 0.9; ///< operating point chosen on validation
    double timeLimitMinutes = 0; ///< 0 means no limit; stops after the epoch that passes it
    /// Largest opposite scaling of red and blue in augmentation (0 turns it off),
    /// simulating other cameras' white balance.
    double temperatureJitter = 0.0;
    /// Zoom-out, blur and resolution changes in augmentation, as other
    /// dermatoscopes give.
    bool cameraChanges = false;
    /// Minkowski norm of Shades of Gray colour constancy in preprocessing; 0 turns it off.
    int shadesOfGrayPower = 0;
    /// Lesion-centred cropping margin in preprocessing (see Preprocessing); 0 turns it off.
    double lesionCropMargin = 0.0;
    /// Decay of an exponential moving average of the weights, updated after
    /// every step. Validation, the best epoch and the saved model then use the
    /// averaged weights. 0 turns averaging off.
    double weightAverageDecay = 0.0;
    /// Mixup: each training batch is blended with a shuffled copy of itself,
    /// images and labels alike, by a weight drawn from Beta(alpha, alpha).
    /// 0 turns it off.
    double mixupAlpha = 0.0;
    /// Manifest of a trained FP32 model with the same preprocessing, whose
    /// softened probabilities the network also learns from (knowledge
    /// distillation). Empty turns distillation off.
    /// On the full data set, distilling the shipped baseline gained less than
    /// the AUC's standard error. The baseline's model card has the numbers.
    QString teacherManifest;
    double distillWeight = 0.5;      ///< share of the loss from the teacher's soft targets
    double distillTemperature = 2.0; ///< divides both networks' logits in that loss
    /// Continue from the checkpoint in <outputFolder>/checkpoints/, which every
    /// epoch rewrites; it is removed when training ends by itself.
    bool resume = false;
};

/// Files and measurements of a finished training run.
struct TrainReport
{
    QString archivePath;
    QString manifestPath;
    QString modelCardPath;
    int epochsRun = 0;
    int bestEpoch = 0;
    double validationAuc = 0.0;
    double balancedAccuracy = 0.0;
    double sensitivity = 0.0;
    double specificity = 0.0;
    double threshold = 0.5;
    double temperature = 1.0;
    double eceBefore = 0.0;
    double eceAfter = 0.0;
    double trainingSeconds = 0.0;
    int trainImages = 0;
    int validationImages = 0;
    std::vector<double> epochLosses; ///< mean training loss of each epoch run
    std::vector<double> epochAucs;   ///< validation ROC AUC after each epoch
    int resumedAfterEpoch = 0;       ///< epochs the resumed checkpoint had finished; 0 for a fresh run
    QStringList skippedImages; ///< unreadable files, each with its error
};

/// Trains the classifier and writes archive, manifest and model card.
/// Progress reports one step per batch. Cancelling stops after the current
/// batch; the best weights seen so far are then still saved.
Result<TrainReport> trainClassifier(const TrainParams& params,
                                    const ProgressCallback& progress = {},
                                    const CancelCallback& cancel = {});

} // namespace dermaedge
