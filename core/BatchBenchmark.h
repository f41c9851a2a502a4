#pragma once

#include "BatchScreening.h"
#include "JobControl.h"
#include "ModelManifest.h"
#include "Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dermaedge {

/// Parameters of a throughput comparison between sequential and pipelined
/// screening of the same files with the same loaded model.
struct BatchBenchmarkParams
{
    QStringList files;
    int rounds = 5;       ///< timed rounds, 1 to 1,000; each screens the files once per mode
    int warmupRounds = 1; ///< untimed rounds before them, 0 to 100
    /// Intra-op threads of the sequential mode. 1 runs decoding, preprocessing
    /// and the network one after another on a single thread; 0 uses every core.
    int sequentialThreads = 1;
    PipelineOptions pipeline; ///< the pipelined mode
};

/// Timing of one mode in one round.
struct BatchModeTiming
{
    double seconds = 0.0;
    double imagesPerSecond = 0.0; ///< files screened or failed per second
    /// CPU time of this process divided by wall-clock time: the number of
    /// cores it kept busy on average.
    double processCores = 0.0;
    /// CPU time of this process per file, in milliseconds: the work one file
    /// costs, which other programs running at the same time distort less
    /// than they distort wall-clock time.
    double cpuMsPerImage = 0.0;
    /// CPU time of everything else on the machine (other processes, and time
    /// a hypervisor gave to other guests) divided by wall-clock time; -1 when
    /// it cannot be read.
    double otherCores = -1.0;
};

/// One round: both modes over the same files, one directly after the other.
struct BatchBenchmarkRound
{
    bool pipelinedFirst = false; ///< rounds alternate which mode runs first
    BatchModeTiming sequential;
    BatchModeTiming pipelined;
    double ratio = 0.0; ///< pipelined / sequential throughput
};

/// Result of benchmarkBatchScreening().
struct BatchBenchmarkReport
{
    QString modelId;
    QString kind;
    int files = 0;
    int failedFiles = 0; ///< files of the list that could not be screened, in the last round
    int sequentialThreads = 0;
    PipelineOptions pipeline;                ///< as resolvePipelineOptions() resolved it
    std::vector<BatchBenchmarkRound> rounds; ///< timed rounds only
    double medianSequentialImagesPerSecond = 0.0;
    double medianPipelinedImagesPerSecond = 0.0;
    double medianRatio = 0.0;       ///< median of the rounds' ratios
    double medianOtherCores = -1.0; ///< median load of other programs over both modes; -1 unknown
    QString cpuModel;
    int logicalCores = 0;
    QString versions; ///< runtimeVersions()
};

/// Checks the ranges of the parameters (the pipeline's as well); the message
/// names the rejected value and the accepted range.
Status validateBatchBenchmarkParams(const BatchBenchmarkParams& params);

/// Loads `manifest` once and times sequential and pipelined screening of
/// params.files in alternating order, round after round.
///
/// The sequential mode calls Classifier::screenFile() for one file after the
/// other on the calling thread. The pipelined mode runs screenFilesPipelined()
/// with one copy of the model per network thread.
/// Warm-up rounds run both modes and are discarded. Fails when the parameters
/// are invalid, the list is empty, the model does not load, or `cancel`
/// returns true (polled between files). Sets LibTorch's intra-op thread
/// count for the process.
Result<BatchBenchmarkReport> benchmarkBatchScreening(const ModelManifest& manifest,
                                                     const BatchBenchmarkParams& params,
                                                     const ProgressCallback& progress = {},
                                                     const CancelCallback& cancel = {});

} // namespace dermaedge
