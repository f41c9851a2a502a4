#include "Evaluation.h"
#include "ModelRegistry.h"
#include "Optimizer.h"
#include "Trainer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <torch/script.h>

using namespace dermaedge;

class TestOptimizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quantizesCloseToBaseline_data();
    void quantizesCloseToBaseline();
    void variantThresholdKeepsSensitivity_data();
    void variantThresholdKeepsSensitivity();
    void unstructuredSparsityIsExact_data();
    void unstructuredSparsityIsExact();
    void structuredPruningNarrowsChannels();
    void structuredInt8CombinesBoth();
    void foreignModelReportsLimit();
    void foreignTwoClassModelQuantizes();
    void distillTrainsNarrowStudent_data();
    void distillTrainsNarrowStudent();
    void distillWithoutWeightFails();
    void prunedFineTuningDistils();
    void cancelLeavesNothingBehind();
    void rejectsUnknownMethod();

private:
    OptimizeParams params(const QString& method, const QString& output) const;
    QTemporaryDir m_dir;
    ModelManifest m_baseline;
};

void TestOptimizer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QRandomGenerator random(5);
    for (const QString& label : {QStringLiteral("benign"), QStringLiteral("malignant")}) {
        QDir().mkpath(m_dir.filePath(QStringLiteral("data/") + label));
        for (int i = 0; i < 40; ++i)
            QVERIFY(test::trainingLesion(label == QStringLiteral("malignant"), random)
                        .save(m_dir.filePath(QStringLiteral("data/%1/%2.png").arg(label).arg(i))));
    }
    TrainParams train;
    train.dataFolder = m_dir.filePath(QStringLiteral("data"));
    train.outputFolder = m_dir.filePath(QStringLiteral("models"));
    train.modelId = QStringLiteral("small-fp32");
    train.network.stemChannels = 16;
    train.network.stageChannels = {16, 32};
    train.inputSize = 32;
    train.epochs = 4;
    train.batchSize = 16;
    train.learningRate = 5e-3;
    train.threads = 2;
    train.validationFraction = 0.3;
    train.duplicateHashBits = -1; // synthetic lesions look alike to a perceptual hash
    const auto report = trainClassifier(train);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    m_baseline = loadManifest(report->manifestPath).value();
    // Validation ROC points of the baseline, which variants must not inherit.
    m_baseline.validationRoc.points = {{0.6, 0.5, 0.9}, {0.4, 0.9, 0.6}};
}

OptimizeParams TestOptimizer::params(const QString& method, const QString& output) const
{
    OptimizeParams params;
    params.method = method;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    params.outputFolder = m_dir.filePath(output);
    params.calibrationImages = 32;
    params.fineTuneEpochs = 1;
    params.keepFailed = true; // tiny synthetic models: check mechanics, not accuracy
    params.threads = 2;
    return params;
}

void TestOptimizer::quantizesCloseToBaseline_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("observer");
    QTest::addColumn<double>("minCosine");
    QTest::newRow("static, percentile") << "int8-static" << "percentile" << 0.98;
    QTest::newRow("static, min-max") << "int8-static" << "minmax" << 0.98;
    QTest::newRow("dynamic linear") << "int8-dynamic" << "percentile" << 0.999;
}

void TestOptimizer::quantizesCloseToBaseline()
{
    QFETCH(QString, method);
    QFETCH(QString, observer);
    QFETCH(double, minCosine);
    OptimizeParams p = params(method, QStringLiteral("quantized-") + observer + method);
    p.observer = observer;
    const auto report = optimizeModel(m_baseline, p);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->registered, qPrintable(report->outcome));
    QVERIFY2(report->logitCosine >= minCosine, qPrintable(QString::number(report->logitCosine)));
    QVERIFY(report->decisionAgreement >= 0.9);
    QVERIFY(report->details.value(QStringLiteral("quantized_ops")).toInt() > 0);
    QCOMPARE(report->details.value(QStringLiteral("reload_max_probability_delta")).toDouble(), 0.0);
    if (method == QStringLiteral("int8-static")) {
        QCOMPARE(report->details.value(QStringLiteral("engine")).toString(), QStringLiteral("onednn"));
        QVERIFY(report->variantBytes < report->baselineBytes);
    } else {
        QVERIFY(report->warnings.join(u' ').contains(QStringLiteral("linear layers only")));
    }

    const ModelRegistry registry({p.outputFolder});
    const auto variant = registry.find(report->variantId);
    QVERIFY(variant.has_value());
    QCOMPARE(variant->kind, method);
    QCOMPARE(variant->threshold, report->threshold);
    QVERIFY(variant->validationRoc.isEmpty());
    QVERIFY(QFile::exists(report->reportPath));
}

void TestOptimizer::variantThresholdKeepsSensitivity_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<double>("minSensitivity");
    QTest::newRow("int8, sensitivity 0.9") << "int8-static" << 0.9;
    QTest::newRow("int8, every melanoma") << "int8-static" << 1.0;
    QTest::newRow("pruned, sensitivity 0.9") << "prune-structured" << 0.9;
    QTest::newRow("int8, baseline's threshold") << "int8-static" << 0.0;
}

void TestOptimizer::variantThresholdKeepsSensitivity()
{
    QFETCH(QString, method);
    QFETCH(double, minSensitivity);
    OptimizeParams p = params(method, QStringLiteral("threshold-") + QTest::currentDataTag());
    p.minSensitivity = minSensitivity;
    const auto report = optimizeModel(m_baseline, p);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->registered, qPrintable(report->outcome));
    const auto variant = loadManifest(report->manifestPath);
    QVERIFY2(variant.ok(), qPrintable(variant.error()));
    QCOMPARE(variant->threshold, report->threshold);
    if (minSensitivity == 0.0)
        QCOMPARE(variant->threshold, m_baseline.threshold);

    // Screening the validation images again must give the sensitivity the threshold was chosen for.
    EvaluateParams evaluate;
    evaluate.dataFolder = p.dataFolder;
    evaluate.splitCsv = m_dir.filePath(QStringLiteral("models/small-fp32-split.csv"));
    const auto evaluation = evaluateModel(variant.value(), evaluate);
    QVERIFY2(evaluation.ok(), qPrintable(evaluation.error()));
    const BinaryMetrics& measured = evaluation->results.front().atThreshold;
    QVERIFY2(measured.sensitivity >= minSensitivity,
             qPrintable(QStringLiteral("sensitivity %1 at threshold %2").arg(measured.sensitivity).arg(variant->threshold)));
    QCOMPARE(measured.sensitivity, report->sensitivity);
    QCOMPARE(measured.specificity, report->specificity);
}

void TestOptimizer::unstructuredSparsityIsExact_data()
{
    QTest::addColumn<double>("sparsity");
    QTest::newRow("half") << 0.5;
    QTest::newRow("ninety percent") << 0.9;
}

void TestOptimizer::unstructuredSparsityIsExact()
{
    QFETCH(double, sparsity);
    OptimizeParams p = params(QStringLiteral("prune-unstructured"), QStringLiteral("sparse-%1").arg(sparsity));
    p.sparsity = sparsity;
    const auto report = optimizeModel(m_baseline, p);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    // Fine-tuning keeps pruned weights at zero; ties at the cut may add a few more.
    QVERIFY2(qAbs(report->sparsity - sparsity) < 0.002, qPrintable(QString::number(report->sparsity)));
    QVERIFY(report->variantCompressedBytes < report->variantBytes);
}

void TestOptimizer::structuredPruningNarrowsChannels()
{
    OptimizeParams p = params(QStringLiteral("prune-structured"), QStringLiteral("narrow"));
    p.channelFraction = 0.5;
    const auto report = optimizeModel(m_baseline, p);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->registered, qPrintable(report->outcome));
    QCOMPARE(report->details.value(QStringLiteral("stem_channels")).toInt(), 8);
    QCOMPARE(report->details.value(QStringLiteral("stage_channels")).toArray(), QJsonArray({8, 16}));
    QCOMPARE(report->details.value(QStringLiteral("inner_channels")).toArray(), QJsonArray({8, 16}));
    QVERIFY(report->variantBytes < report->baselineBytes * 0.5);

    auto module = torch::jit::load(report->manifestPath.chopped(5).toStdString() + ".pt");
    for (const auto& parameter : module.named_parameters()) {
        if (parameter.name == "layer2.block0.conv1.weight")
            QCOMPARE(parameter.value.sizes().vec(), (std::vector<int64_t>{16, 8, 3, 3}));
        if (parameter.name == "fc.weight")
            QCOMPARE(parameter.value.sizes().vec(), (std::vector<int64_t>{1, 16}));
    }
}

void TestOptimizer::structuredInt8CombinesBoth()
{
    const auto report = optimizeModel(m_baseline, params(QStringLiteral("prune-structured-int8"), QStringLiteral("both")));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->registered, qPrintable(report->outcome));
    QVERIFY(report->details.value(QStringLiteral("quantized_ops")).toInt() > 0);
    QCOMPARE(report->details.value(QStringLiteral("stem_channels")).toInt(), 8);
    const auto variant = ModelRegistry({report->manifestPath.section(u'/', 0, -2)}).find(report->variantId);
    QVERIFY(variant.has_value());
    QCOMPARE(variant->kind, QStringLiteral("pruned-structured-int8"));
}

void TestOptimizer::foreignModelReportsLimit()
{
    // A TorchScript classifier with other layer names: quantizable, but not
    // prunable by channel, and the report must give the reason.
    const QString folder = m_dir.filePath(QStringLiteral("foreign"));
    QDir().mkpath(folder);
    torch::jit::Module foreign(c10::QualifiedName("__torch__.Foreign"));
    foreign.register_parameter("kernel", torch::randn({4, 3, 3, 3}), false);
    foreign.register_parameter("head", torch::randn({1, 4}), false);
    foreign.define(R"(
def forward(self, x: Tensor) -> Tensor:
    y = torch.relu(torch.conv2d(x, self.kernel))
    return torch.matmul(torch.flatten(torch.adaptive_avg_pool2d(y, [1, 1]), 1), self.head.t())
)");
    const QString archive = folder + QStringLiteral("/foreign.pt");
    foreign.save(archive.toStdString());
    ModelManifest manifest = m_baseline;
    manifest.id = QStringLiteral("foreign");
    manifest.archive = QStringLiteral("foreign.pt");
    manifest.sha256 = sha256OfFile(archive).value();
    manifest.manifestPath = folder + QStringLiteral("/foreign.json");
    QVERIFY(saveManifest(manifest, manifest.manifestPath).ok());

    OptimizeParams p = params(QStringLiteral("prune-structured"), QStringLiteral("foreign-out"));
    p.splitCsv = m_baseline.manifestPath.chopped(5) + QStringLiteral("-split.csv");
    const auto report = optimizeModel(manifest, p);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(!report->registered);
    QVERIFY2(report->outcome.contains(QStringLiteral("DermaEdge's ResNet architecture only")), qPrintable(report->outcome));
    QVERIFY(QFile::exists(report->reportPath));
    QVERIFY(!QFile::exists(p.outputFolder + QStringLiteral("/foreign-pruned-structured.pt")));
}

void TestOptimizer::foreignTwoClassModelQuantizes()
{
    // A classifier with two class scores and layer names of its own: static
    // INT8 must still quantize its convolution and compare melanoma logits.
    const QString folder = m_dir.filePath(QStringLiteral("two-class"));
    QDir().mkpath(folder);
    torch::manual_seed(3);
    torch::jit::Module foreign(c10::QualifiedName("__torch__.TwoClass"));
    foreign.register_parameter("kernel", torch::randn({8, 3, 3, 3}) * 0.3, false);
    foreign.register_parameter("head", torch::randn({2, 8}) * 0.3, false);
    foreign.define(R"(
def forward(self, x: Tensor) -> Tensor:
    y = torch.relu(torch.conv2d(x, self.kernel))
    return torch.matmul(torch.flatten(torch.adaptive_avg_pool2d(y, [1, 1]), 1), self.head.t())
)");
    const QString archive = folder + QStringLiteral("/two-class.pt");
    foreign.save(archive.toStdString());
    ModelManifest manifest = m_baseline;
    manifest.id = QStringLiteral("two-class");
    manifest.archive = QStringLiteral("two-class.pt");
    manifest.sha256 = sha256OfFile(archive).value();
    manifest.manifestPath = folder + QStringLiteral("/two-class.json");
    QVERIFY(saveManifest(manifest, manifest.manifestPath).ok());

    OptimizeParams p = params(QStringLiteral("int8-static"), QStringLiteral("two-class-out"));
    p.splitCsv = m_baseline.manifestPath.chopped(5) + QStringLiteral("-split.csv");
    const auto report = optimizeModel(manifest, p);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->registered, qPrintable(report->outcome));
    QVERIFY(report->details.value(QStringLiteral("quantized_ops")).toInt() > 0);
    QVERIFY(report->baselineAuc >= 0.0 && report->baselineAuc <= 1.0);
    QVERIFY2(report->logitCosine > 0.95, qPrintable(QString::number(report->logitCosine)));
}

void TestOptimizer::distillTrainsNarrowStudent_data()
{
    QTest::addColumn<double>("weight");
    QTest::newRow("soft targets only") << 1.0;
    QTest::newRow("mixed with labels") << 0.7;
}

void TestOptimizer::distillTrainsNarrowStudent()
{
    QFETCH(double, weight);
    OptimizeParams p = params(QStringLiteral("distill"), QStringLiteral("distill-%1").arg(weight));
    p.distillWeight = weight;
    p.fineTuneEpochs = 4;
    p.fineTuneLearningRate = 5e-3;
    const auto report = optimizeModel(m_baseline, p);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->registered, qPrintable(report->outcome));
    QCOMPARE(report->details.value(QStringLiteral("stem_channels")).toInt(), 8);
    QCOMPARE(report->details.value(QStringLiteral("distill_weight")).toDouble(), weight);
    const auto variant = ModelRegistry({p.outputFolder}).find(report->variantId);
    QVERIFY(variant.has_value());
    QCOMPARE(variant->kind, QStringLiteral("distilled"));

    // Trained from fresh weights, the student must have learned the lesions and follow its teacher.
    QVERIFY2(report->variantAuc > 0.75, qPrintable(QString::number(report->variantAuc)));
    QVERIFY2(report->logitCosine > 0.8, qPrintable(QString::number(report->logitCosine)));
}

void TestOptimizer::distillWithoutWeightFails()
{
    OptimizeParams p = params(QStringLiteral("distill"), QStringLiteral("distill-none"));
    p.distillWeight = 0.0;
    const auto report = optimizeModel(m_baseline, p);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(!report->registered);
    QVERIFY2(report->outcome.contains(QStringLiteral("distillation weight above 0")), qPrintable(report->outcome));
    QVERIFY(QFile::exists(report->reportPath));
}

void TestOptimizer::prunedFineTuningDistils()
{
    OptimizeParams p = params(QStringLiteral("prune-structured"), QStringLiteral("pruned-distilled"));
    p.distillWeight = 0.5;
    const auto report = optimizeModel(m_baseline, p);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->registered, qPrintable(report->outcome));
    QCOMPARE(report->details.value(QStringLiteral("distill_weight")).toDouble(), 0.5);
    QCOMPARE(report->details.value(QStringLiteral("distill_temperature")).toDouble(), p.distillTemperature);
    const auto variant = ModelRegistry({p.outputFolder}).find(report->variantId);
    QVERIFY(variant.has_value());
    QCOMPARE(variant->kind, QStringLiteral("pruned-structured"));
    QVERIFY2(variant->displayName.contains(QStringLiteral("distilled fine-tuning")), qPrintable(variant->displayName));
}

void TestOptimizer::cancelLeavesNothingBehind()
{
    OptimizeParams p = params(QStringLiteral("int8-static"), QStringLiteral("cancelled"));
    bool calibrating = false;
    const auto report = optimizeModel(
        m_baseline, p, [&](const JobProgress& step) { calibrating = calibrating || step.message == QStringLiteral("calibrating"); },
        [&] { return calibrating; });
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QStringLiteral("cancelled")), qPrintable(report.error()));
    QCOMPARE(QDir(p.outputFolder).entryList(QDir::Files), QStringList());
    QCOMPARE(QDir(p.outputFolder + QStringLiteral("/reports")).entryList(QDir::Files), QStringList());
}

void TestOptimizer::rejectsUnknownMethod()
{
    const auto report = optimizeModel(m_baseline, params(QStringLiteral("int4"), QStringLiteral("none")));
    QVERIFY(!report.ok());
    QVERIFY(report.error().contains(QStringLiteral("unknown method \"int4\"")));
}

QTEST_GUILESS_MAIN(TestOptimizer)
#include "TestOptimizer.moc"
