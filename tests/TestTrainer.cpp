#include "Classifier.h"
#include "ModelManifest.h"
#include "Trainer.h"
#include "TestSupport.h"
#include "NetworkBuilder.h"
#include "TrainerSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace dermaedge;

class TestTrainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trainsSyntheticLesions();
    void cancelBeforeFirstEpochFails();
    void rejectsFolderWithoutClasses();
    void weightAverageBlends_data();
    void weightAverageBlends();
    void averageDecayGrows_data();
    void averageDecayGrows();
    void resumeMatchesUninterruptedRun_data();
    void resumeMatchesUninterruptedRun();
    void resumeRejectsOtherOptions_data();
    void resumeRejectsOtherOptions();
    void trainsWithMixupOrTeacher_data();
    void trainsWithMixupOrTeacher();
    void rejectsUnsuitableTeacher_data();
    void rejectsUnsuitableTeacher();

private:
    TrainParams tinyParams(const QString& output) const;
    QString teacherManifest();
    QString m_teacherManifest;
    QTemporaryDir m_dir;
};

void TestTrainer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QRandomGenerator random(3);
    for (const QString& label : {QStringLiteral("benign"), QStringLiteral("malignant")}) {
        QDir().mkpath(m_dir.filePath(QStringLiteral("data/") + label));
        for (int i = 0; i < 40; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("data/%1/%2.png").arg(label).arg(i));
            QVERIFY(test::trainingLesion(label == QStringLiteral("malignant"), random).save(path));
        }
    }
    test::writeBytes(m_dir.filePath(QStringLiteral("data/benign/unreadable.jpg")), "not a jpeg");
}

TrainParams TestTrainer::tinyParams(const QString& output) const
{
    TrainParams params;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    params.outputFolder = output;
    params.modelId = QStringLiteral("tiny-trained");
    params.network.stemChannels = 8;
    params.network.stageChannels = {8, 16};
    params.inputSize = 32;
    params.epochs = 6;
    params.batchSize = 16;
    params.learningRate = 5e-3;
    params.patience = 6;
    params.threads = 2;
    params.validationFraction = 0.25;
    params.duplicateHashBits = -1; // synthetic lesions look alike to a perceptual hash
    return params;
}

void TestTrainer::trainsSyntheticLesions()
{
    const QString output = m_dir.filePath(QStringLiteral("out"));
    int progressCalls = 0;
    const auto report = trainClassifier(tinyParams(output), [&](const JobProgress&) { ++progressCalls; });
    QVERIFY2(report.ok(), qPrintable(report.error()));

    QCOMPARE(report->skippedImages.size(), 1);
    QVERIFY(report->skippedImages.constFirst().contains(QStringLiteral("unreadable.jpg")));
    QCOMPARE(report->trainImages + report->validationImages, 80);
    QVERIFY(progressCalls > report->epochsRun);
    QCOMPARE(report->epochLosses.size(), size_t(report->epochsRun));
    QVERIFY2(report->epochLosses.back() < report->epochLosses.front(),
             qPrintable(QStringLiteral("first %1, last %2").arg(report->epochLosses.front()).arg(report->epochLosses.back())));
    QVERIFY2(report->validationAuc > 0.8, qPrintable(QString::number(report->validationAuc)));
    QVERIFY(report->sensitivity >= 0.9);
    QVERIFY(report->temperature > 0.0);

    const auto manifest = loadManifest(report->manifestPath);
    QVERIFY2(manifest.ok(), qPrintable(manifest.error()));
    QCOMPARE(manifest->threshold, report->threshold);
    QCOMPARE(manifest->metrics.value(QStringLiteral("validation_auc")).toDouble(), report->validationAuc);
    QVERIFY(QFile::exists(report->modelCardPath));
    QVERIFY(QFile::exists(output + QStringLiteral("/tiny-trained-split.csv")));

    auto classifier = Classifier::load(manifest.value());
    QVERIFY2(classifier.ok(), qPrintable(classifier.error()));
    const auto result = classifier.value()->screenFile(m_dir.filePath(QStringLiteral("data/malignant/0.png")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY(result->probability >= 0.0 && result->probability <= 1.0);
}

void TestTrainer::cancelBeforeFirstEpochFails()
{
    const QString output = m_dir.filePath(QStringLiteral("cancelled"));
    const auto report = trainClassifier(tinyParams(output), {}, [] { return true; });
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QStringLiteral("cancelled")), qPrintable(report.error()));
    QVERIFY(!QFile::exists(output + QStringLiteral("/tiny-trained.pt")));
}

void TestTrainer::rejectsFolderWithoutClasses()
{
    TrainParams params = tinyParams(m_dir.filePath(QStringLiteral("none")));
    params.dataFolder = m_dir.filePath(QStringLiteral("data/benign"));
    const auto report = trainClassifier(params);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QStringLiteral("malignant/")), qPrintable(report.error()));
}

void TestTrainer::weightAverageBlends_data()
{
    QTest::addColumn<double>("decay");
    QTest::newRow("even") << 0.5;
    QTest::newRow("slow") << 0.9;
    QTest::newRow("takes the new weights") << 0.0;
}

void TestTrainer::weightAverageBlends()
{
    QFETCH(double, decay);
    NetworkSpec spec;
    spec.stemChannels = 4;
    spec.stageChannels = {4};
    torch::jit::Module net = dermaedge::detail::NetworkBuilder(1).build(spec);
    dermaedge::detail::WeightSnapshot average = dermaedge::detail::WeightSnapshot::take(net);
    const dermaedge::detail::WeightSnapshot before = dermaedge::detail::WeightSnapshot::take(net);
    {
        torch::NoGradGuard noGrad;
        for (const auto& parameter : net.named_parameters())
            parameter.value.add_(1.0);
        for (const auto& buffer : net.named_buffers())
            buffer.value.add_(1);
    }
    average.blend(net, decay);
    const dermaedge::detail::WeightSnapshot after = dermaedge::detail::WeightSnapshot::take(net);
    int floating = 0;
    for (const auto& [name, tensor] : average.tensors()) {
        if (!tensor.is_floating_point()) {
            // Batch counts are copied, not averaged.
            QVERIFY2(torch::equal(tensor, after.tensors().at(name)), name.c_str());
            continue;
        }
        const torch::Tensor expected = before.tensors().at(name) + (1.0 - decay);
        QVERIFY2(torch::allclose(tensor, expected, 1e-5, 1e-6), name.c_str());
        ++floating;
    }
    QVERIFY(floating > 4);
}

void TestTrainer::averageDecayGrows_data()
{
    QTest::addColumn<qint64>("step");
    QTest::addColumn<double>("expected");
    QTest::newRow("first step") << qint64(0) << 0.1;
    QTest::newRow("step 90") << qint64(90) << 0.91;
    QTest::newRow("capped") << qint64(100000) << 0.998;
}

void TestTrainer::averageDecayGrows()
{
    QFETCH(qint64, step);
    QFETCH(double, expected);
    QVERIFY(qAbs(dermaedge::detail::averageDecayAt(0.998, step) - expected) < 1e-12);
}

void TestTrainer::resumeMatchesUninterruptedRun_data()
{
    QTest::addColumn<double>("weightAverage");
    QTest::newRow("plain weights") << 0.0;
    QTest::newRow("weight average") << 0.9;
}

void TestTrainer::resumeMatchesUninterruptedRun()
{
    QFETCH(double, weightAverage);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    TrainParams params = tinyParams(m_dir.filePath(QStringLiteral("whole-") + tag));
    params.epochs = 4;
    params.weightAverageDecay = weightAverage;
    params.threads = 1; // one thread keeps the float sums in the same order in both runs
    const auto whole = trainClassifier(params);
    QVERIFY2(whole.ok(), qPrintable(whole.error()));
    QCOMPARE(whole->epochsRun, 4);
    QVERIFY(!QFile::exists(params.outputFolder + QStringLiteral("/checkpoints/tiny-trained.ckpt")));

    // Stop after the second epoch, as Ctrl+C would.
    params.outputFolder = m_dir.filePath(QStringLiteral("resumed-") + tag);
    bool stop = false;
    const auto watchEpochs = [&stop](const JobProgress& progress) {
        if (progress.message.startsWith(QStringLiteral("epoch 2/4:")))
            stop = true;
    };
    const auto stopped = trainClassifier(params, watchEpochs, [&stop] { return stop; });
    QVERIFY2(stopped.ok(), qPrintable(stopped.error()));
    QCOMPARE(stopped->epochsRun, 2);
    const QString checkpoint = params.outputFolder + QStringLiteral("/checkpoints/tiny-trained.ckpt");
    QVERIFY(QFile::exists(checkpoint));

    params.resume = true;
    const auto resumed = trainClassifier(params);
    QVERIFY2(resumed.ok(), qPrintable(resumed.error()));
    QCOMPARE(resumed->resumedAfterEpoch, 2);
    QCOMPARE(resumed->epochsRun, 4);
    QCOMPARE(resumed->epochLosses.size(), whole->epochLosses.size());
    for (size_t epoch = 0; epoch < whole->epochLosses.size(); ++epoch) {
        QVERIFY2(qAbs(resumed->epochLosses[epoch] - whole->epochLosses[epoch]) < 1e-6,
                 qPrintable(QStringLiteral("epoch %1: loss %2 resumed, %3 whole")
                                .arg(epoch + 1)
                                .arg(resumed->epochLosses[epoch])
                                .arg(whole->epochLosses[epoch])));
        QCOMPARE(resumed->epochAucs[epoch], whole->epochAucs[epoch]);
    }
    QCOMPARE(resumed->validationAuc, whole->validationAuc);
    QVERIFY(!QFile::exists(checkpoint));
}

void TestTrainer::resumeRejectsOtherOptions_data()
{
    QTest::addColumn<double>("learningRate");
    QTest::addColumn<double>("weightDecay");
    QTest::addColumn<bool>("stopFirst");
    QTest::addColumn<QString>("expectedError");

    const double decay = TrainParams().weightDecay;
    QTest::newRow("no checkpoint") << 5e-3 << decay << false << QStringLiteral("no checkpoint to resume from");
    QTest::newRow("other learning rate") << 1e-3 << decay << true << QStringLiteral("other data or options");
    QTest::newRow("other weight decay") << 5e-3 << 0.05 << true << QStringLiteral("other data or options");
}

void TestTrainer::resumeRejectsOtherOptions()
{
    QFETCH(double, learningRate);
    QFETCH(double, weightDecay);
    QFETCH(bool, stopFirst);
    QFETCH(QString, expectedError);

    TrainParams params = tinyParams(m_dir.filePath(QStringLiteral("mismatch-%1").arg(QTest::currentDataTag())));
    params.epochs = 3;
    if (stopFirst) {
        bool stop = false;
        const auto watchEpochs = [&stop](const JobProgress& progress) {
            stop = progress.message.startsWith(QStringLiteral("epoch 1/3:"));
        };
        QVERIFY(trainClassifier(params, watchEpochs, [&stop] { return stop; }).ok());
    }
    params.learningRate = learningRate;
    params.weightDecay = weightDecay;
    params.resume = true;
    const auto report = trainClassifier(params);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(expectedError), qPrintable(report.error()));
    QVERIFY2(report.error().contains(QStringLiteral("tiny-trained.ckpt")), qPrintable(report.error()));
}

// A tiny model trained once, the teacher of the distillation tests.
QString TestTrainer::teacherManifest()
{
    if (m_teacherManifest.isEmpty()) {
        TrainParams params = tinyParams(m_dir.filePath(QStringLiteral("teacher")));
        params.modelId = QStringLiteral("tiny-teacher");
        params.epochs = 3;
        const auto report = trainClassifier(params);
        if (report)
            m_teacherManifest = report->manifestPath;
        else
            qWarning().noquote() << report.error();
    }
    return m_teacherManifest;
}

void TestTrainer::trainsWithMixupOrTeacher_data()
{
    QTest::addColumn<double>("mixupAlpha");
    QTest::addColumn<bool>("withTeacher");
    QTest::addColumn<QString>("cardLine");

    QTest::newRow("mixup") << 0.4 << false << QStringLiteral("- Mixup: ");
    QTest::newRow("teacher") << 0.0 << true << QStringLiteral("- Distillation: 0.5 of the loss");
    QTest::newRow("mixup and teacher") << 0.4 << true << QStringLiteral("- Distillation: ");
}

void TestTrainer::trainsWithMixupOrTeacher()
{
    QFETCH(double, mixupAlpha);
    QFETCH(bool, withTeacher);
    QFETCH(QString, cardLine);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');

    TrainParams plain = tinyParams(m_dir.filePath(QStringLiteral("plain-") + tag));
    plain.epochs = 4;
    plain.threads = 1; // one thread sums floats in a fixed order, so a loss difference comes from the option
    const auto plainReport = trainClassifier(plain);
    QVERIFY2(plainReport.ok(), qPrintable(plainReport.error()));

    TrainParams params = plain;
    params.outputFolder = m_dir.filePath(QStringLiteral("with-") + tag);
    params.mixupAlpha = mixupAlpha;
    if (withTeacher) {
        params.teacherManifest = teacherManifest();
        QVERIFY(!params.teacherManifest.isEmpty());
    }
    const auto report = trainClassifier(params);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->epochLosses.back() < report->epochLosses.front(),
             qPrintable(QStringLiteral("first %1, last %2").arg(report->epochLosses.front()).arg(report->epochLosses.back())));
    QVERIFY2(qAbs(report->epochLosses.front() - plainReport->epochLosses.front()) > 1e-6,
             "the option did not change the training loss");
    QVERIFY2(report->validationAuc > 0.7, qPrintable(QString::number(report->validationAuc)));
    QFile card(report->modelCardPath);
    QVERIFY(card.open(QIODevice::ReadOnly));
    QVERIFY2(QString::fromUtf8(card.readAll()).contains(cardLine), qPrintable(cardLine));
}

void TestTrainer::rejectsUnsuitableTeacher_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("missing manifest") << QStringLiteral("missing") << QStringLiteral("absent.json");
    QTest::newRow("other input size") << QStringLiteral("input size") << QStringLiteral("input size: teacher 32, this run 48");
    QTest::newRow("other colour constancy") << QStringLiteral("shades of gray") << QStringLiteral("Shades of Gray power: teacher 0, this run 6");
    QTest::newRow("quantized teacher") << QStringLiteral("quantized") << QStringLiteral("must be an FP32 model");
    QTest::newRow("archive altered") << QStringLiteral("altered") << QStringLiteral("tiny-teacher.pt");
}

void TestTrainer::rejectsUnsuitableTeacher()
{
    QFETCH(QString, change);
    QFETCH(QString, expectedError);
    const QString original = teacherManifest();
    QVERIFY(!original.isEmpty());
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    TrainParams params = tinyParams(m_dir.filePath(QStringLiteral("student-") + tag));
    params.teacherManifest = original;

    if (change == QStringLiteral("missing")) {
        params.teacherManifest = m_dir.filePath(QStringLiteral("absent.json"));
    } else if (change == QStringLiteral("input size")) {
        params.inputSize = 48;
    } else if (change == QStringLiteral("shades of gray")) {
        params.shadesOfGrayPower = 6;
    } else {
        // A copy of the teacher manifest beside its archive, with the field this row changes.
        auto manifest = loadManifest(original);
        QVERIFY2(manifest.ok(), qPrintable(manifest.error()));
        if (change == QStringLiteral("quantized"))
            manifest->kind = QStringLiteral("int8-static");
        else
            manifest->sha256 = QString(64, u'0');
        params.teacherManifest = QFileInfo(original).absolutePath() + QStringLiteral("/changed-") + tag + QStringLiteral(".json");
        QVERIFY(saveManifest(manifest.value(), params.teacherManifest).ok());
    }
    const auto report = trainClassifier(params);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(expectedError), qPrintable(report.error()));
    QVERIFY(!QFile::exists(params.outputFolder + QStringLiteral("/tiny-trained.pt")));
}

QTEST_GUILESS_MAIN(TestTrainer)
#include "TestTrainer.moc"
