// Measurement of what the benchmark harness adds to the latency it reports.

#include "Benchmark.h"

#include "Classifier.h"
#include "private/BenchmarkSupport.h"
#include "private/ModelLoading.h"
#include "private/OpenCvImage.h"
#include "private/TorchImage.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QTemporaryDir>

#include <ATen/Parallel.h>
#include <torch/script.h>

#include <algorithm>
#include <numeric>

namespace dermaedge {

namespace {

constexpr int kEmptySteps = 100'000;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

// One round's two measurements of the same number of forward passes.
struct RoundTimes
{
    double bareMeanMs = 0.0;
    double harnessMeanMs = 0.0;
    double harnessP50Ms = 0.0;
};

class OverheadRun
{
public:
    OverheadRun(torch::jit::Module& module, const torch::Tensor& input, int calls, const QString& modelId,
                const CancelCallback& cancel)
        : m_module(module), m_input(input), m_calls(calls), m_modelId(modelId), m_cancel(cancel)
    {
    }

    double bareMeanMs()
    {
        c10::InferenceMode guard;
        const qint64 start = m_clock();
        for (int i = 0; i < m_calls; ++i)
            m_module.forward({m_input});
        return double(m_clock() - start) / 1e6 / double(m_calls);
    }

    // The benchmark's own series timing, with a progress receiver that does
    // what the GUI's does: format the message and hand it over under a lock.
    Result<std::vector<double>> harnessSamples()
    {
        c10::InferenceMode guard;
        const auto step = [this]() {
            m_module.forward({m_input});
            return Status::success();
        };
        const auto report = [this](const QString& message) {
            const QMutexLocker locker(&m_mutex);
            m_lastMessage = message;
        };
        return detail::timeSeries(QStringLiteral("Network, batch 1"), step, 0, m_calls, m_clock, report, m_cancel,
                                  m_modelId);
    }

    // Mean sample of a step that does nothing, in nanoseconds.
    Result<double> emptyStepNs(int calls)
    {
        const auto nothing = []() { return Status::success(); };
        const auto report = [this](const QString& message) {
            const QMutexLocker locker(&m_mutex);
            m_lastMessage = message;
        };
        const Result<std::vector<double>> samples =
            detail::timeSeries(QStringLiteral("Empty step"), nothing, 0, calls, m_clock, report, m_cancel, m_modelId);
        if (!samples)
            return Result<double>::failure(samples.error());
        return latencyStats(samples.value()).meanMs * 1e6;
    }

    Result<RoundTimes> round(bool bareFirst)
    {
        RoundTimes times;
        if (bareFirst)
            times.bareMeanMs = bareMeanMs();
        const Result<std::vector<double>> samples = harnessSamples();
        if (!samples)
            return Result<RoundTimes>::failure(samples.error());
        if (!bareFirst)
            times.bareMeanMs = bareMeanMs();
        const LatencyStats stats = latencyStats(samples.value());
        times.harnessMeanMs = stats.meanMs;
        times.harnessP50Ms = stats.p50Ms;
        return times;
    }

private:
    torch::jit::Module& m_module;
    const torch::Tensor& m_input;
    const int m_calls;
    const QString& m_modelId;
    const CancelCallback& m_cancel;
    const ClockNs m_clock = steadyClock();
    QMutex m_mutex;
    QString m_lastMessage;
};

} // namespace

Result<HarnessOverheadReport> measureHarnessOverhead(const ModelManifest& manifest,
                                                     const HarnessOverheadParams& params,
                                                     const CancelCallback& cancel)
{
    using OverheadResult = Result<HarnessOverheadReport>;
    if (params.rounds < 1 || params.callsPerRound < 1 || params.warmupRuns < 0)
        return OverheadResult::failure(QStringLiteral("invalid overhead parameters: rounds and calls per round "
                                                      "must be at least 1, warm-up runs at least 0"));
    if (Status verified = detail::verifyArchive(manifest); !verified)
        return OverheadResult::failure(verified.error());
    QTemporaryDir temporary;
    const QString imagePath = QDir(temporary.path()).filePath(QStringLiteral("synthetic-lesion.jpg"));
    if (!temporary.isValid())
        return OverheadResult::failure(QStringLiteral("cannot create a temporary folder (%1)").arg(temporary.errorString()));
    if (Status written = detail::writeSyntheticImage(imagePath); !written)
        return OverheadResult::failure(written.error());

    HarnessOverheadReport report;
    report.modelId = manifest.id;
    report.rounds = params.rounds;
    report.callsPerRound = params.callsPerRound;
    try {
        setInferenceThreads(params.threads);
        report.threads = at::get_num_threads();
        auto decoded = detail::decodeImageFile(imagePath);
        if (!decoded)
            return OverheadResult::failure(decoded.error());
        const torch::Tensor input = detail::networkInput(decoded.value(), manifest.preprocessing);
        torch::jit::Module module = detail::prepareForInference(detail::loadEvalModule(manifest), manifest.kind);
        {
            c10::InferenceMode guard;
            for (int i = 0; i < params.warmupRuns; ++i)
                module.forward({input});
        }
        report.loadAverageBefore = loadAverage();
        const detail::CpuUsage cpuBefore = detail::readCpuUsage();
        OverheadRun run(module, input, params.callsPerRound, manifest.id, cancel);
        std::vector<double> ratios;
        for (int round = 0; round < params.rounds; ++round) {
            const Result<RoundTimes> times = run.round(round % 2 == 0);
            if (!times)
                return OverheadResult::failure(times.error());
            report.bareMeanMs.push_back(times->bareMeanMs);
            report.harnessMeanMs.push_back(times->harnessMeanMs);
            report.harnessP50Ms.push_back(times->harnessP50Ms);
            ratios.push_back(times->harnessMeanMs / times->bareMeanMs - 1.0);
        }
        const Result<double> emptyStep = run.emptyStepNs(kEmptySteps);
        if (!emptyStep)
            return OverheadResult::failure(emptyStep.error());
        report.emptyStepNs = emptyStep.value();
        report.loadAverageAfter = loadAverage();
        report.otherProcessesCores = detail::otherProcessesCores(cpuBefore, detail::readCpuUsage());
        report.bareMedianMs = median(report.bareMeanMs);
        report.harnessMedianMs = median(report.harnessMeanMs);
        report.overheadFraction = median(ratios);
        report.emptyStepFraction = report.emptyStepNs / 1e6 / report.bareMedianMs;
    } catch (const c10::Error& error) {
        return OverheadResult::failure(QStringLiteral("%1: overhead measurement failed (%2)")
                                           .arg(manifest.archivePath(),
                                                QString::fromStdString(error.what_without_backtrace())));
    }
    return report;
}

} // namespace dermaedge
