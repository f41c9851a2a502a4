#pragma once

#include "Classifier.h"
#include "JobControl.h"
#include "ModelManifest.h"
#include "Result.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace dermaedge {

/// File extensions a folder scan picks up by default: those of
/// supportedImagePatterns(), lower case, without the dot.
QStringList defaultImageExtensions();

/// Thread layout of the screening pipeline; 0 selects a value from the number of cores.
///
/// Decoding threads read, decode and preprocess files into a queue. Network
/// threads take them from the queue and run the forward passes: with one
/// network thread that is the thread that runs the job, with more each has a
/// copy of the model and a thread of its own.
///
/// By default every core gets a decoding thread and a network thread with one
/// intra-op thread, so no OpenMP team starts. Threads that wait on the full or
/// empty queue sleep, so the busy stage gets the cores. Measured with
/// `dermaedge-cli benchmark --folder` on an idle 2-core virtual machine
/// (BENCHMARKS.md), this layout screened 2.0 times as many images per second
/// as one thread screening one file after another, for the same CPU time per
/// image. One network thread with 2 intra-op threads beside a decoding thread
/// reached 1.1 to 1.5 times, and its idle OpenMP threads spun and multiplied
/// its CPU time per image by 4 to 23 while other programs kept the cores busy.
struct PipelineOptions
{
    /// Threads reading, decoding and preprocessing files, 1 to 64; 0 uses one per core.
    int decodeThreads = 0;
    /// Threads running forward passes, 1 to 16, each with a copy of the model;
    /// 0 runs one per inference thread, at most 8.
    int networkThreads = 0;
    /// LibTorch intra-op threads of all network threads together, divided
    /// evenly (at least 1 each); 0 uses one per core.
    int inferenceThreads = 0;
    int queueDepth = 16;   ///< decoded images waiting for the network, at most; 1 to 4096
    int batchSize = 1;     ///< images per forward pass, 1 to 256
    int thumbnailSize = 0; ///< longer side of BatchItemResult::thumbnail in pixels; 0 for none
};

/// Parameters of a batch screening; set `manifest` and `files` or `folder`.
struct BatchScreeningParams
{
    QStringList files;      ///< screened first, in this order, whatever their extension
    QString folder;         ///< when set, its image files follow `files`, sorted by path
    bool recursive = false; ///< also scan the subfolders of `folder`
    QStringList extensions = defaultImageExtensions(); ///< matched case-insensitively, no dot
    ModelManifest manifest;
    bool verifyChecksum = true; ///< compare the archive's SHA-256 to the manifest before loading
    PipelineOptions pipeline;
};

/// Outcome of screening one file of a batch.
struct BatchItemResult
{
    int index = -1; ///< position of the file in the list being screened
    QString path;
    std::optional<ScreeningResult> result; ///< empty on failure
    QString error;                         ///< names the file and the cause; empty on success
    QImage thumbnail;                      ///< null unless requested and the file was decoded

    bool ok() const { return result.has_value(); }
};

/// Receives each file's outcome as soon as it is known. Called on the thread
/// that runs the job, one call at a time, in the order the outcomes complete:
/// with more than one decoding or network thread that is not always the order
/// of the files.
using BatchResultCallback = std::function<void(const BatchItemResult&)>;

/// Counts of a finished batch.
struct BatchSummary
{
    int total = 0;        ///< files in the list
    int screened = 0;     ///< files with a result
    int failed = 0;       ///< files with an error
    double seconds = 0.0; ///< wall-clock time of the pipeline, without loading the model
};

/// Checks the ranges of PipelineOptions; the message names the rejected value
/// and the accepted range.
Status validatePipelineOptions(const PipelineOptions& options);

/// The options with every 0 replaced by the value it selects on this
/// machine, and decoding and network threads limited to `files`.
PipelineOptions resolvePipelineOptions(const PipelineOptions& options, int files);

/// Lists the files below `folder` whose extension is in `extensions`, sorted
/// by path, case-insensitively and with numbers in names compared by value
/// ("2.jpg" before "10.jpg").
/// Hidden files are skipped, and a recursive scan does not follow symbolic
/// links to folders. Fails when `folder` is missing or not a folder.
Result<QStringList> listImageFiles(const QString& folder, bool recursive,
                                   const QStringList& extensions = defaultImageExtensions());

/// The files a batch screens: params.files, then the image files of
/// params.folder. Fails when the folder cannot be listed or nothing is left
/// to screen.
Result<QStringList> batchFileList(const BatchScreeningParams& params);

/// Loads params.manifest and screens every file of batchFileList(params)
/// through the pipeline, passing each outcome to `onResult`.
///
/// A file that cannot be read, decoded or screened gets an error naming it
/// and does not stop the others. The job fails when the options are invalid,
/// the file list is empty or the model does not load.
///
/// `cancel` is polled after every outcome. When it returns true, the job
/// passes on the rest of that outcome's batch and drops the batches other
/// network threads are running. It then returns a failure whose message states that it was
/// cancelled and how many files were screened. The job sets LibTorch's
/// intra-op thread count and restores the calling thread's count when it returns.
Result<BatchSummary> screenBatch(const BatchScreeningParams& params,
                                 const BatchResultCallback& onResult,
                                 const ProgressCallback& progress = {},
                                 const CancelCallback& cancel = {});

/// Screens `files` through the pipeline with already loaded classifiers, one
/// network thread per classifier, in place of options.networkThreads. The
/// classifiers must be distinct copies of one model. Restores the calling
/// thread's intra-op thread count afterwards; the rest as screenBatch(). An
/// empty list of files gives an empty summary.
Result<BatchSummary> screenFilesPipelined(const std::vector<Classifier*>& classifiers,
                                          const QStringList& files, const PipelineOptions& options,
                                          const BatchResultCallback& onResult,
                                          const ProgressCallback& progress = {},
                                          const CancelCallback& cancel = {});

/// screenFilesPipelined() with one classifier, whose forward passes run on the calling thread.
Result<BatchSummary> screenFilesPipelined(Classifier& classifier, const QStringList& files,
                                          const PipelineOptions& options,
                                          const BatchResultCallback& onResult,
                                          const ProgressCallback& progress = {},
                                          const CancelCallback& cancel = {});

} // namespace dermaedge
