#pragma once

#include "JobControl.h"
#include "ModelManifest.h"
#include "Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace dermaedge {

/// Parameters of a latency benchmark; every field has a usable default.
struct BenchmarkParams
{
    int warmupRuns = 10; ///< untimed runs before each timed series
    int runs = 50;       ///< timed runs of each series
    int threads = 0;     ///< intra-op threads; 0 uses every core
    int batchSize = 8;   ///< batch of the throughput series
    QString imagePath;   ///< image for the end-to-end series; empty writes a synthetic JPEG
};

/// Summary of a series of latencies, all in milliseconds.
struct LatencyStats
{
    int count = 0;
    double p50Ms = 0.0;
    double p90Ms = 0.0;
    double p99Ms = 0.0;
    double meanMs = 0.0;
    double stdMs = 0.0; ///< sample standard deviation (n - 1 denominator); 0 for one sample
    double minMs = 0.0;
    double maxMs = 0.0;
};

/// Measurements of one model variant on this machine.
struct BenchmarkReport
{
    QString modelId;
    QString kind;
    int inputSize = 0;   ///< network input side in pixels
    int warmupRuns = 0;
    int runs = 0;
    int batchSize = 0;
    QString imageSource; ///< the image file of the end-to-end series, or a description of the synthetic one

    LatencyStats network;   ///< network forward pass alone, batch 1
    LatencyStats endToEnd;  ///< decode + preprocessing + network, from the image file
    double throughputBatch1 = 0.0; ///< images per second at batch 1
    double throughputBatch = 0.0;  ///< images per second at batchSize

    /// torch::jit::load, eval, freeze and optimize. Classifier::load also runs
    /// two throw-away passes, which firstInferenceMs and the warm-up runs cover.
    double loadMs = 0.0;
    double firstInferenceMs = 0.0; ///< first forward pass after loading, batch 1
    /// Peak resident memory during the benchmark above the resident size
    /// before loading, in bytes, or -1 when /proc/self/status is unreadable.
    /// The first model benchmarked in a process also pays LibTorch's one-time
    /// initialization, so its figure, and its loadMs, are higher than when it
    /// follows another model.
    qint64 peakRssAddedBytes = -1;
    bool peakRssWasReset = false; ///< false: the peak could not be reset, so the value is a lower bound

    qint64 archiveBytes = 0;
    qint64 archiveCompressedBytes = 0; ///< zlib level 9 of the whole archive

    qint64 parameters = 0;        ///< float parameters plus weights and biases of packed quantized layers
    qint64 nonZeroParameters = 0;
    qint64 macs = -1;             ///< multiply-accumulates of one batch-1 forward pass; -1 when unknown
    QStringList notes;            ///< what the parameter and MAC counts could not include, if anything

    /// Mean number of cores other processes kept busy during the timed series
    /// (from /proc/stat); -1 when unknown. Anything well above 0 slows the
    /// latencies down and spreads them out.
    double otherProcessesCores = -1.0;

    QString quantizedEngine; ///< at::globalContext().qEngine() during the run
    int threads = 0;         ///< intra-op threads during the run
    QString cpuModel;
    QString versions;        ///< runtimeVersions()
};

/// Checks the ranges of the parameters: runs 1 to 100,000, warm-up runs 0 to
/// 100,000, batch size 1 to 1024, threads 0 to 1024. The message names the
/// rejected value and the accepted range.
Status validateBenchmarkParams(const BenchmarkParams& params);

/// Computes the statistics of a series of latencies.
///
/// Percentiles interpolate linearly between the closest ranks of the sorted
/// samples: the p-th percentile of n samples sits at rank p / 100 * (n - 1),
/// counted from 0 (NumPy's default "linear" method). An empty series gives
/// all zeros and count 0.
LatencyStats latencyStats(std::vector<double> samplesMs);

/// Monotonic clock in nanoseconds.
using ClockNs = std::function<qint64()>;

/// A clock over std::chrono::steady_clock.
ClockNs steadyClock();

/// Runs `step` warmupRuns + runs times and returns the duration of each of the
/// last `runs` calls in milliseconds, read from `nowNs` just before and just
/// after each call. Returns a failure when `cancel` returns true (polled
/// before every call) and passes on a failure returned by `step`.
Result<std::vector<double>> timeRepeated(const std::function<Status()>& step, int warmupRuns,
                                         int runs, const ClockNs& nowNs,
                                         const CancelCallback& cancel = {});

/// Benchmarks one model variant: loads it the way Classifier does, then times
/// the network alone at batch 1 and at params.batchSize and the end-to-end
/// path from an image file, and counts size, parameters and MACs.
///
/// Sets LibTorch's intra-op thread count to params.threads for the whole
/// process, and for quantized kinds selects the ONEDNN quantized engine when
/// supported. Run one benchmark at a time: the memory and latency figures
/// are process-wide. Failures name the archive or image file involved.
Result<BenchmarkReport> benchmarkModel(const ModelManifest& manifest, const BenchmarkParams& params,
                                       const ProgressCallback& progress = {},
                                       const CancelCallback& cancel = {});

/// Parameters of measureHarnessOverhead(); every field has a usable default.
struct HarnessOverheadParams
{
    int rounds = 15;         ///< alternating pairs of a bare loop and a harness series
    int callsPerRound = 100; ///< forward passes in each loop and series
    int warmupRuns = 20;     ///< untimed forward passes after loading
    int threads = 0;         ///< intra-op threads; 0 uses every core
};

/// Time the benchmark harness adds to the latency it reports.
struct HarnessOverheadReport
{
    QString modelId;
    int rounds = 0;
    int callsPerRound = 0;
    int threads = 0;
    /// Per round: one clock reading before and one after callsPerRound bare
    /// forward passes, divided by callsPerRound.
    std::vector<double> bareMeanMs;
    /// Per round: mean of the per-call samples that the benchmark's series
    /// timing recorded for the same number of forward passes.
    std::vector<double> harnessMeanMs;
    std::vector<double> harnessP50Ms; ///< per round: median of those samples
    double bareMedianMs = 0.0;        ///< median of bareMeanMs
    double harnessMedianMs = 0.0;     ///< median of harnessMeanMs
    /// Median over rounds of harnessMeanMs / bareMeanMs - 1 (0.01 is 1%).
    double overheadFraction = 0.0;
    /// Mean sample, in nanoseconds, that the series timing records for a step
    /// that does nothing: the time it adds to every measured latency, which
    /// machine load hardly changes.
    double emptyStepNs = 0.0;
    /// emptyStepNs relative to bareMedianMs (0.01 is 1%).
    double emptyStepFraction = 0.0;
    QString loadAverageBefore; ///< /proc/loadavg before the rounds, empty when unreadable
    QString loadAverageAfter;
    /// Mean number of cores other processes kept busy during the rounds; -1 when unknown.
    double otherProcessesCores = -1.0;
};

/// Measures the benchmark harness's overhead on one model. Each round runs a
/// bare loop of forward passes and the series timing that benchmarkModel()
/// uses (progress callback included), in alternating order, so that a change
/// of machine load affects both alike. It also times 100,000 empty steps
/// through the same series timing.
Result<HarnessOverheadReport> measureHarnessOverhead(const ModelManifest& manifest,
                                                     const HarnessOverheadParams& params,
                                                     const CancelCallback& cancel = {});

namespace detail {

/// Times one series of benchmarkModel(): runs `step` warmupRuns + runs times
/// through timeRepeated(). Before each call, outside the timed interval, it
/// passes a "label: run i of n" message to `reportStep` and polls `cancel`.
/// A cancelled series fails with a message naming `modelId`.
Result<std::vector<double>> timeSeries(const QString& label, const std::function<Status()>& step, int warmupRuns,
                                       int runs, const ClockNs& nowNs,
                                       const std::function<void(const QString&)>& reportStep,
                                       const CancelCallback& cancel, const QString& modelId);

/// benchmarkModel() with an injected clock, so tests can check the timing path.
Result<BenchmarkReport> benchmarkModelWithClock(const ModelManifest& manifest,
                                                const BenchmarkParams& params,
                                                const ProgressCallback& progress,
                                                const CancelCallback& cancel, const ClockNs& nowNs);

} // namespace detail

} // namespace dermaedge
