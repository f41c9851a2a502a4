#include "Benchmark.h"
#include "Network.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <torch/csrc/jit/passes/freeze_module.h>
#include <torch/script.h>

#include <cmath>

using namespace dermaedge;

using Samples = std::vector<double>;
Q_DECLARE_METATYPE(Samples)

namespace {

// A clock that advances by the next scripted duration on every second read,
// so that each start/end pair of timeRepeated() measures one duration.
class ScriptedClock
{
public:
    explicit ScriptedClock(Samples durationsMs) : m_durationsMs(std::move(durationsMs)) {}

    ClockNs clock()
    {
        return [this]() {
            if (m_reads++ % 2 == 1 && m_next < m_durationsMs.size())
                m_nowNs += qint64(std::llround(m_durationsMs[m_next++] * 1e6));
            return m_nowNs;
        };
    }
    int reads() const { return m_reads; }

private:
    Samples m_durationsMs;
    size_t m_next = 0;
    int m_reads = 0;
    qint64 m_nowNs = 1'000'000'000;
};

ModelManifest writeManifest(const QString& archive, const QString& id, const QString& kind, int inputSize)
{
    ModelManifest manifest;
    manifest.id = id;
    manifest.displayName = id;
    manifest.kind = kind;
    manifest.archive = QFileInfo(archive).fileName();
    manifest.sha256 = sha256OfFile(archive).value();
    manifest.preprocessing.inputSize = inputSize;
    manifest.preprocessing.resizeShorter = inputSize;
    const QString path = QFileInfo(archive).absoluteDir().filePath(id + QStringLiteral(".json"));
    if (!saveManifest(manifest, path))
        qFatal("cannot write manifest %s", qPrintable(path));
    return loadManifest(path).value();
}

// Copies the tiny model with every convolution weight set to zero; returns how many weights it zeroed.
qint64 writeZeroedCopy(const ModelManifest& dense, const QString& archive)
{
    torch::jit::Module module = torch::jit::load(dense.archivePath().toStdString());
    qint64 zeroed = 0;
    torch::NoGradGuard noGrad;
    for (const auto& parameter : module.named_parameters(/*recurse=*/true)) {
        if (parameter.value.dim() == 4) {
            parameter.value.zero_();
            zeroed += parameter.value.numel();
        }
    }
    module.save(archive.toStdString());
    return zeroed;
}

// Copies the tiny model frozen, so its weights become constants of the forward
// graph. Numerical optimizations are off, so that batch norms stay unfolded
// and the parameter count stays that of the unfrozen model.
void writeFrozenCopy(const ModelManifest& model, const QString& archive)
{
    torch::jit::Module module = torch::jit::load(model.archivePath().toStdString());
    module.eval();
    torch::jit::freeze(module, c10::nullopt, /*optimize_numerics=*/false).save(archive.toStdString());
}

// Input side, channel counts and counts of the hand-built INT8 model below.
constexpr int kQuantizedInput = 16;
constexpr int kQuantizedChannels = 8;
// Cout * Cin*kh*kw * Hout*Wout for both convolutions, then in_features * out_features.
constexpr qint64 kQuantizedMacs = 8 * (3 * 3 * 3) * (8 * 8) + 8 * (8 * 3 * 3) * (8 * 8) + 512 * 1;
constexpr qint64 kQuantizedParameters = (8 * 27 + 8) + (8 * 72 + 8) + (512 + 1); // weights and biases
constexpr qint64 kQuantizedNonZero = (4 * 27 + 8) + (8 * 72 + 8) + (512 + 1);    // half the first filters are zero

// Resolves `torch.x` to aten::x and `quantized.x` to quantized::x in TorchScript
// compiled from C++, whose default resolver resolves only `torch`.
struct QuantizedOpsResolver : torch::jit::Resolver
{
    std::shared_ptr<torch::jit::SugaredValue> resolveValue(const std::string& name, torch::jit::GraphFunction&,
                                                           const torch::jit::SourceRange&) override
    {
        if (name == "torch")
            return std::make_shared<torch::jit::BuiltinModule>("aten");
        if (name == "quantized")
            return std::make_shared<torch::jit::BuiltinModule>("quantized");
        return nullptr;
    }
};

c10::IValue callOperator(const char* name, torch::jit::Stack stack)
{
    c10::Dispatcher::singleton().findSchemaOrThrow(name, "").callBoxed(stack);
    return stack.at(0);
}

c10::IValue packedConvolution(torch::Tensor weight, int64_t stride)
{
    const std::vector<int64_t> strides{stride, stride};
    const std::vector<int64_t> padding{1, 1};
    const std::vector<int64_t> dilation{1, 1};
    return callOperator("quantized::conv2d_prepack",
                        {torch::quantize_per_tensor(weight, 0.01, 0, torch::kQInt8),
                         torch::full({weight.size(0)}, 0.1), strides, padding, dilation, int64_t(1)});
}

// Builds two quantized::conv2d_relu layers (3 -> 8 channels with stride 2,
// then 8 -> 8) and a quantized::linear (512 -> 1) from packed weights, the
// operators that the graph-mode INT8 passes produce, and saves the module as
// a TorchScript archive. Weights lie in 0.1..1 so that none rounds to zero,
// except the first four filters, which are zero.
void writeQuantizedModel(const QString& archive)
{
    torch::manual_seed(3);
    torch::Tensor stemWeight = torch::rand({kQuantizedChannels, 3, 3, 3}) * 0.9 + 0.1;
    stemWeight.slice(0, 0, kQuantizedChannels / 2).zero_();
    const c10::IValue stemPacked = packedConvolution(stemWeight, 2);
    const c10::IValue convPacked =
        packedConvolution(torch::rand({kQuantizedChannels, kQuantizedChannels, 3, 3}) * 0.9 + 0.1, 1);
    const torch::Tensor linearWeight = torch::rand({1, 8 * 8 * kQuantizedChannels}) * 0.9 + 0.1;
    const c10::IValue linearPacked = callOperator(
        "quantized::linear_prepack",
        {torch::quantize_per_tensor(linearWeight, 0.01, 0, torch::kQInt8), torch::full({1}, 0.1)});

    torch::jit::Module module("__torch__.dermaedge.test.TinyQuantized");
    module.register_attribute("training", c10::BoolType::get(), false);
    module.register_attribute("stem_packed", stemPacked.type(), stemPacked);
    module.register_attribute("conv_packed", convPacked.type(), convPacked);
    module.register_attribute("fc_packed", linearPacked.type(), linearPacked);
    // 13 is torch.quint8, because TorchScript compiled from C++ has no dtype names.
    module.define(R"(
def forward(self, x: Tensor) -> Tensor:
    q = torch.quantize_per_tensor(x, 0.05, 128, 13)
    y = quantized.conv2d_relu(q, self.stem_packed, 0.1, 0)
    y = quantized.conv2d_relu(y, self.conv_packed, 0.1, 0)
    flat = torch.quantize_per_tensor(torch.flatten(torch.dequantize(y), 1), 0.1, 0, 13)
    return torch.dequantize(quantized.linear(flat, self.fc_packed, 0.2, 128))
)", std::make_shared<QuantizedOpsResolver>());
    module.save(archive.toStdString());
}

BenchmarkParams quickParams()
{
    BenchmarkParams params;
    params.warmupRuns = 2;
    params.runs = 5;
    params.batchSize = 4;
    params.threads = 1;
    return params;
}

} // namespace

class TestBenchmark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void latencyStatistics_data();
    void latencyStatistics();
    void emptySeriesGivesZeros();
    void timeRepeatedDropsWarmups_data();
    void timeRepeatedDropsWarmups();
    void timeRepeatedStopsOnCancel();
    void timeRepeatedPassesStepFailure();
    void fakeClockReachesReport();
    void progressIsNotTimed();
    void harnessOverheadReportComplete();
    void tinyModelReportIsSane_data();
    void tinyModelReportIsSane();
    void zeroedWeightsCompressSmaller();
    void frozenModelCountsConstants();
    void quantizedModelCountsPackedLayers();
    void rejectsInvalidInput_data();
    void rejectsInvalidInput();
    void cancelStopsBenchmark();

private:
    QTemporaryDir m_dir;
    ModelManifest m_tiny;
};

void TestBenchmark::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tiny = test::writeTinyModel(m_dir.filePath(QStringLiteral("tiny")), QStringLiteral("tiny"));
}

void TestBenchmark::latencyStatistics_data()
{
    QTest::addColumn<Samples>("samples");
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p90");
    QTest::addColumn<double>("p99");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("std");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");

    // Ranks are p / 100 * (n - 1), and standard deviations divide by n - 1.
    QTest::newRow("single sample") << Samples{7.5} << 7.5 << 7.5 << 7.5 << 7.5 << 0.0 << 7.5 << 7.5;
    QTest::newRow("two samples") << Samples{4, 2} << 3.0 << 3.8 << 3.98 << 3.0 << std::sqrt(2.0) << 2.0 << 4.0;
    // Ranks 2, 3.6 and 3.96 of 1..5, and squared deviations sum to 10.
    QTest::newRow("odd count, unsorted")
        << Samples{5, 1, 4, 2, 3} << 3.0 << 4.6 << 4.96 << 3.0 << std::sqrt(10.0 / 4.0) << 1.0 << 5.0;
    // Ranks 1.5, 2.7 and 2.97, and squared deviations 225 + 25 + 25 + 225.
    QTest::newRow("even count")
        << Samples{40, 10, 30, 20} << 25.0 << 37.0 << 39.7 << 25.0 << std::sqrt(500.0 / 3.0) << 10.0 << 40.0;
    // Ranks 4.5, 8.1 and 8.91: the outlier pulls p90 and p99 but not p50.
    QTest::newRow("nine ties and an outlier")
        << Samples{1, 1, 1, 1, 100, 1, 1, 1, 1, 1} << 1.0 << 1.0 + 0.1 * 99.0 << 1.0 + 0.91 * 99.0 << 10.9
        << std::sqrt((9 * 9.9 * 9.9 + 89.1 * 89.1) / 9.0) << 1.0 << 100.0;
}

void TestBenchmark::latencyStatistics()
{
    QFETCH(Samples, samples);
    QFETCH(double, p50);
    QFETCH(double, p90);
    QFETCH(double, p99);
    QFETCH(double, mean);
    QFETCH(double, std);
    QFETCH(double, min);
    QFETCH(double, max);

    const LatencyStats stats = latencyStats(samples);
    QCOMPARE(stats.count, int(samples.size()));
    QCOMPARE(stats.p50Ms, p50);
    QCOMPARE(stats.p90Ms, p90);
    QCOMPARE(stats.p99Ms, p99);
    QCOMPARE(stats.meanMs, mean);
    QCOMPARE(stats.stdMs, std);
    QCOMPARE(stats.minMs, min);
    QCOMPARE(stats.maxMs, max);
}

void TestBenchmark::emptySeriesGivesZeros()
{
    const LatencyStats stats = latencyStats({});
    QCOMPARE(stats.count, 0);
    QCOMPARE(stats.p50Ms, 0.0);
    QCOMPARE(stats.meanMs, 0.0);
    QCOMPARE(stats.stdMs, 0.0);
}

void TestBenchmark::timeRepeatedDropsWarmups_data()
{
    QTest::addColumn<int>("warmupRuns");
    QTest::addColumn<Samples>("durations");
    QTest::addColumn<Samples>("expected");
    QTest::newRow("no warm-up") << 0 << Samples{1.5, 2, 3} << Samples{1.5, 2, 3};
    QTest::newRow("two slow warm-ups") << 2 << Samples{100, 50, 1, 2, 3} << Samples{1, 2, 3};
    QTest::newRow("one timed run") << 3 << Samples{9, 9, 9, 0.25} << Samples{0.25};
}

void TestBenchmark::timeRepeatedDropsWarmups()
{
    QFETCH(int, warmupRuns);
    QFETCH(Samples, durations);
    QFETCH(Samples, expected);

    ScriptedClock clock(durations);
    int calls = 0;
    const auto samples = timeRepeated([&]() { ++calls; return Status::success(); }, warmupRuns,
                                      int(expected.size()), clock.clock());
    QVERIFY2(samples.ok(), qPrintable(samples.error()));
    QCOMPARE(samples.value(), expected);
    QCOMPARE(calls, int(durations.size()));
    QCOMPARE(clock.reads(), 2 * int(durations.size()));
}

void TestBenchmark::timeRepeatedStopsOnCancel()
{
    ScriptedClock clock({1, 1, 1, 1});
    int calls = 0;
    int polls = 0;
    const auto samples = timeRepeated([&]() { ++calls; return Status::success(); }, 1, 3, clock.clock(),
                                      [&]() { return ++polls == 3; });
    QVERIFY(!samples.ok());
    QVERIFY2(samples.error().contains(QStringLiteral("cancelled")), qPrintable(samples.error()));
    QCOMPARE(calls, 2);
}

void TestBenchmark::timeRepeatedPassesStepFailure()
{
    ScriptedClock clock({1, 1});
    const auto samples = timeRepeated([]() { return Status::failure(QStringLiteral("image.png: file not found")); },
                                      0, 2, clock.clock());
    QVERIFY(!samples.ok());
    QCOMPARE(samples.error(), QStringLiteral("image.png: file not found"));
}

void TestBenchmark::fakeClockReachesReport()
{
    // Every read advances 2 ms, so every interval between two consecutive reads is 2 ms.
    qint64 nowNs = 0;
    const ClockNs clock = [&nowNs]() { return nowNs += 2'000'000; };
    std::vector<JobProgress> progress;
    const BenchmarkParams params = quickParams();

    const auto report = dermaedge::detail::benchmarkModelWithClock(
        m_tiny, params, [&](const JobProgress& step) { progress.push_back(step); }, {}, clock);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->network.count, params.runs);
    QCOMPARE(report->network.p50Ms, 2.0);
    QCOMPARE(report->network.p99Ms, 2.0);
    QCOMPARE(report->network.stdMs, 0.0);
    QCOMPARE(report->endToEnd.count, params.runs);
    QCOMPARE(report->endToEnd.meanMs, 2.0);
    QCOMPARE(report->throughputBatch1, 500.0);
    QCOMPARE(report->throughputBatch, 500.0 * params.batchSize);
    QCOMPARE(report->loadMs, 2.0);
    QCOMPARE(report->firstInferenceMs, 2.0);

    QVERIFY(!progress.empty());
    for (size_t i = 1; i < progress.size(); ++i)
        QVERIFY(progress[i].done >= progress[i - 1].done);
    QCOMPARE(progress.back().done, progress.back().total);
    QCOMPARE(qint64(progress.size()), progress.back().total + 1);
}

void TestBenchmark::progressIsNotTimed()
{
    // The clock advances 1 ms per step and 5 ms whenever progress is reported:
    // only the steps may show in the samples.
    qint64 nowNs = 0;
    const ClockNs clock = [&nowNs]() { return nowNs; };
    const auto step = [&nowNs]() {
        nowNs += 1'000'000;
        return Status::success();
    };
    QStringList messages;
    const auto report = [&](const QString& message) {
        nowNs += 5'000'000;
        messages << message;
    };
    const auto samples = dermaedge::detail::timeSeries(QStringLiteral("Network"), step, 1, 3, clock, report, {},
                                                       QStringLiteral("tiny"));
    QVERIFY2(samples.ok(), qPrintable(samples.error()));
    QCOMPARE(samples.value(), (Samples{1.0, 1.0, 1.0}));
    QCOMPARE(messages, (QStringList{QStringLiteral("Network: run 1 of 4"), QStringLiteral("Network: run 2 of 4"),
                                    QStringLiteral("Network: run 3 of 4"), QStringLiteral("Network: run 4 of 4")}));

    const auto cancelled = dermaedge::detail::timeSeries(QStringLiteral("Network"), step, 0, 3, clock, report,
                                                         [] { return true; }, QStringLiteral("tiny"));
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error(), QStringLiteral("benchmark of tiny cancelled"));
}

void TestBenchmark::harnessOverheadReportComplete()
{
    HarnessOverheadParams params;
    params.rounds = 3;
    params.callsPerRound = 4;
    params.warmupRuns = 1;
    params.threads = 1;
    const auto report = measureHarnessOverhead(m_tiny, params);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->modelId, m_tiny.id);
    QCOMPARE(report->threads, 1);
    QCOMPARE(report->bareMeanMs.size(), size_t(3));
    QCOMPARE(report->harnessMeanMs.size(), size_t(3));
    QCOMPARE(report->harnessP50Ms.size(), size_t(3));
    for (size_t i = 0; i < 3; ++i) {
        QVERIFY(report->bareMeanMs[i] > 0.0);
        QVERIFY(report->harnessMeanMs[i] > 0.0);
    }
    QVERIFY(report->bareMedianMs > 0.0);
    QVERIFY(report->emptyStepNs > 0.0);
    // A clock read and a function call cost well under a millisecond on any computer.
    QVERIFY2(report->emptyStepNs < 1e6, qPrintable(QString::number(report->emptyStepNs)));
    QVERIFY(std::isfinite(report->overheadFraction));

    params.rounds = 0;
    QVERIFY(!measureHarnessOverhead(m_tiny, params).ok());
}

void TestBenchmark::tinyModelReportIsSane_data()
{
    QTest::addColumn<int>("inputSize");
    QTest::addColumn<bool>("realImage");
    QTest::addColumn<int>("batchSize");
    QTest::newRow("32 px, synthetic image, batch 4") << 32 << false << 4;
    QTest::newRow("33 px, PNG file, batch 2") << 33 << true << 2;
}

void TestBenchmark::tinyModelReportIsSane()
{
    QFETCH(int, inputSize);
    QFETCH(bool, realImage);
    QFETCH(int, batchSize);

    const QString folder = m_dir.filePath(QStringLiteral("sane-%1").arg(inputSize));
    const ModelManifest manifest = test::writeTinyModel(folder, QStringLiteral("sane"), inputSize);
    BenchmarkParams params = quickParams();
    params.batchSize = batchSize;
    if (realImage) {
        params.imagePath = QDir(folder).filePath(QStringLiteral("lesion.png"));
        QVERIFY(test::syntheticLesion(120, 90).save(params.imagePath));
    }

    const auto report = benchmarkModel(manifest, params);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const LatencyStats& network = report->network;
    QCOMPARE(network.count, params.runs);
    QVERIFY(network.minMs > 0.0);
    QVERIFY(network.minMs <= network.p50Ms);
    QVERIFY(network.p50Ms <= network.p90Ms);
    QVERIFY(network.p90Ms <= network.p99Ms);
    QVERIFY(network.p99Ms <= network.maxMs);
    QVERIFY(report->endToEnd.p50Ms > 0.0);
    QVERIFY(report->throughputBatch1 > 0.0);
    QVERIFY(report->throughputBatch > 0.0);
    QVERIFY(report->loadMs > 0.0);
    QVERIFY(report->firstInferenceMs > 0.0);
    QVERIFY(report->peakRssAddedBytes >= 0);
    QCOMPARE(report->archiveBytes, QFileInfo(manifest.archivePath()).size());
    QVERIFY(report->archiveCompressedBytes > 0);
    QCOMPARE(report->imageSource.isEmpty(), false);
    QCOMPARE(report->batchSize, batchSize);
    QCOMPARE(report->inputSize, inputSize);

    const NetworkSpec spec = test::tinyNetworkSpec();
    QVERIFY2(report->notes.isEmpty(), qPrintable(report->notes.join(QStringLiteral("; "))));
    QCOMPARE(report->macs, multiplyAccumulates(spec, inputSize));
    QCOMPARE(report->parameters, parameterCount(spec));
    QVERIFY(report->nonZeroParameters > 0);
    QVERIFY(report->nonZeroParameters < report->parameters); // zero-initialized biases and gammas
    QVERIFY(report->threads >= 1);
    QVERIFY(!report->quantizedEngine.isEmpty());
    QVERIFY(!report->cpuModel.isEmpty());
    QVERIFY(report->versions.contains(QStringLiteral("LibTorch")));
}

void TestBenchmark::zeroedWeightsCompressSmaller()
{
    const QString archive = m_dir.filePath(QStringLiteral("tiny/zeroed.pt"));
    const qint64 zeroedWeights = writeZeroedCopy(m_tiny, archive);
    const ModelManifest zeroed = writeManifest(archive, QStringLiteral("zeroed"), QStringLiteral("pruned-unstructured"),
                                               m_tiny.preprocessing.inputSize);

    const auto dense = benchmarkModel(m_tiny, quickParams());
    const auto sparse = benchmarkModel(zeroed, quickParams());
    QVERIFY2(dense.ok(), qPrintable(dense.error()));
    QVERIFY2(sparse.ok(), qPrintable(sparse.error()));
    QVERIFY(sparse->archiveCompressedBytes < sparse->archiveBytes);
    QVERIFY(sparse->archiveCompressedBytes < dense->archiveCompressedBytes);
    QCOMPARE(sparse->parameters, dense->parameters);
    QCOMPARE(sparse->nonZeroParameters, dense->nonZeroParameters - zeroedWeights);
    QCOMPARE(sparse->macs, dense->macs);
}

void TestBenchmark::frozenModelCountsConstants()
{
    const QString archive = m_dir.filePath(QStringLiteral("tiny/frozen.pt"));
    writeFrozenCopy(m_tiny, archive);
    const ModelManifest frozen =
        writeManifest(archive, QStringLiteral("frozen"), QStringLiteral("fp32"), m_tiny.preprocessing.inputSize);

    const auto report = benchmarkModel(frozen, quickParams());
    QVERIFY2(report.ok(), qPrintable(report.error()));
    const NetworkSpec spec = test::tinyNetworkSpec();
    QCOMPARE(report->parameters, parameterCount(spec));
    QCOMPARE(report->macs, multiplyAccumulates(spec, m_tiny.preprocessing.inputSize));
}

void TestBenchmark::quantizedModelCountsPackedLayers()
{
    const QString archive = m_dir.filePath(QStringLiteral("quantized/tiny-int8.pt"));
    QDir().mkpath(QFileInfo(archive).path());
    writeQuantizedModel(archive);
    const ModelManifest manifest =
        writeManifest(archive, QStringLiteral("tiny-int8"), QStringLiteral("int8-static"), kQuantizedInput);

    const auto report = benchmarkModel(manifest, quickParams());
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->notes.isEmpty(), qPrintable(report->notes.join(QStringLiteral("; "))));
    QCOMPARE(report->macs, kQuantizedMacs);
    QCOMPARE(report->parameters, kQuantizedParameters);
    QCOMPARE(report->nonZeroParameters, kQuantizedNonZero);
    QCOMPARE(report->quantizedEngine, QStringLiteral("ONEDNN"));
    QVERIFY(report->network.p50Ms > 0.0);
}

void TestBenchmark::rejectsInvalidInput_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("cause");
    QTest::newRow("zero runs") << "runs=0" << "invalid number of runs 0";
    QTest::newRow("negative warm-up") << "warmup=-1" << "invalid number of warm-up runs -1";
    QTest::newRow("zero batch") << "batch=0" << "invalid batch size 0";
    QTest::newRow("negative threads") << "threads=-2" << "invalid thread count -2";
    QTest::newRow("missing image") << "image=missing.jpg" << "file not found";
    QTest::newRow("text file as image") << "image=notes.txt" << "unknown file signature";
    QTest::newRow("archive replaced") << "archive=replaced" << "SHA-256 does not match";
    QTest::newRow("archive missing") << "archive=missing" << "model archive not found";
}

void TestBenchmark::rejectsInvalidInput()
{
    QFETCH(QString, change);
    QFETCH(QString, cause);

    const QString folder = m_dir.filePath(QStringLiteral("invalid-") + QString(QTest::currentDataTag()).replace(' ', '-'));
    ModelManifest manifest = test::writeTinyModel(folder, QStringLiteral("victim"));
    BenchmarkParams params = quickParams();
    const QString key = change.section('=', 0, 0);
    const QString value = change.section('=', 1);
    if (key == QStringLiteral("runs"))
        params.runs = value.toInt();
    else if (key == QStringLiteral("warmup"))
        params.warmupRuns = value.toInt();
    else if (key == QStringLiteral("batch"))
        params.batchSize = value.toInt();
    else if (key == QStringLiteral("threads"))
        params.threads = value.toInt();
    else if (key == QStringLiteral("image"))
        params.imagePath = QDir(folder).filePath(value);
    if (value == QStringLiteral("notes.txt"))
        test::writeBytes(params.imagePath, "not an image, just text\n");
    if (change == QStringLiteral("archive=replaced"))
        test::writeBytes(manifest.archivePath(), "replaced archive bytes");
    if (change == QStringLiteral("archive=missing"))
        QVERIFY(QFile::remove(manifest.archivePath()));

    const auto report = benchmarkModel(manifest, params);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(cause), qPrintable(report.error()));
}

void TestBenchmark::cancelStopsBenchmark()
{
    int polls = 0;
    const auto report = benchmarkModel(m_tiny, quickParams(), {}, [&]() { return ++polls > 4; });
    QVERIFY(!report.ok());
    QCOMPARE(report.error(), QStringLiteral("benchmark of tiny cancelled"));
}

QTEST_GUILESS_MAIN(TestBenchmark)
#include "TestBenchmark.moc"
