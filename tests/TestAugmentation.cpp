#include "ImageTransform.h"
#include "ModelManifest.h"
#include "TrainingData.h"

#include <QTest>

#include <torch/torch.h>

#include <algorithm>
#include <numeric>

using namespace dermaedge;

/// White-box test of the training augmentation in core/private/TrainingData.
class TestAugmentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchHasInputShape_data();
    void batchHasInputShape();
    void shadesOfGrayEqualizesIlluminant();
    void seedReproducesBatch();
    void cameraChangesSoftenDetail();
    void mixupBlendsPairs_data();
    void mixupBlendsPairs();
};

namespace {

constexpr int kStoredSide = 80;

// Stored training pixels: smooth colour gradients with noise, uint8 [N, 3, S, S].
torch::Tensor storedPixels(int count)
{
    torch::manual_seed(3);
    const torch::Tensor ramp = torch::linspace(0.0, 1.0, kStoredSide);
    const torch::Tensor base =
        (ramp.view({1, 1, 1, -1}) * 120.0 + ramp.view({1, 1, -1, 1}) * 80.0 + 30.0)
            .expand({count, 3, kStoredSide, kStoredSide});
    const torch::Tensor tint = torch::tensor({1.0f, 0.8f, 0.6f}).view({1, 3, 1, 1});
    const torch::Tensor noise = torch::randn({count, 3, kStoredSide, kStoredSide}) * 10.0;
    return (base * tint + noise).clamp(0.0, 255.0).to(torch::kUInt8);
}

Preprocessing preprocessing(int inputSize, int shadesOfGrayPower)
{
    Preprocessing settings;
    settings.inputSize = inputSize;
    settings.resizeShorter = inputSize;
    settings.shadesOfGrayPower = shadesOfGrayPower;
    return settings;
}

// The batch turned back into 0..1 values.
torch::Tensor unnormalized(const torch::Tensor& batch, const Preprocessing& settings)
{
    const auto& m = settings.mean;
    const auto& s = settings.std;
    return batch * torch::tensor({s[0], s[1], s[2]}).view({1, 3, 1, 1}) +
           torch::tensor({m[0], m[1], m[2]}).view({1, 3, 1, 1});
}

} // namespace

void TestAugmentation::batchHasInputShape_data()
{
    QTest::addColumn<int>("inputSize");
    QTest::addColumn<double>("temperatureJitter");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<bool>("cameraChanges");

    QTest::newRow("plain, 64 px") << 64 << 0.0 << 4 << false;
    QTest::newRow("colour temperature jitter") << 64 << 0.1 << 4 << false;
    QTest::newRow("upscaled to 96 px") << 96 << 0.0 << 3 << false;
    QTest::newRow("single image") << 32 << 0.1 << 1 << false;
    QTest::newRow("camera changes") << 64 << 0.1 << 6 << true;
}

void TestAugmentation::batchHasInputShape()
{
    QFETCH(int, inputSize);
    QFETCH(double, temperatureJitter);
    QFETCH(int, batchSize);
    QFETCH(bool, cameraChanges);
    const torch::Tensor pixels = storedPixels(6);
    const Preprocessing settings = preprocessing(inputSize, 0);
    std::vector<int64_t> indices;
    for (int i = 0; i < batchSize; ++i)
        indices.push_back(5 - i);
    std::mt19937_64 random(7);

    const torch::Tensor batch = dermaedge::detail::augmentedBatch(pixels, indices, settings, random,
                                                                  temperatureJitter, cameraChanges);
    QCOMPARE(batch.sizes().vec(), (std::vector<int64_t>{batchSize, 3, inputSize, inputSize}));
    QCOMPARE(batch.scalar_type(), torch::kFloat32);
    QVERIFY(torch::isfinite(batch).all().item<bool>());
    // Without colour constancy every pixel stays within 0..1 before normalization.
    const torch::Tensor values = unnormalized(batch, settings);
    QVERIFY2(values.min().item<double>() >= -1e-5,
             qPrintable(QString::number(values.min().item<double>())));
    QVERIFY2(values.max().item<double>() <= 1.0 + 1e-5,
             qPrintable(QString::number(values.max().item<double>())));
}

void TestAugmentation::shadesOfGrayEqualizesIlluminant()
{
    const int power = 6;
    const Preprocessing settings = preprocessing(64, power);
    std::mt19937_64 random(11);
    const torch::Tensor batch =
        dermaedge::detail::augmentedBatch(storedPixels(4), {0, 1, 2, 3}, settings, random, 0.1);

    // Whatever cast the augmentation gave an image, each channel's Minkowski
    // mean ends up at the same grey level.
    const torch::Tensor values = unnormalized(batch, settings);
    const torch::Tensor illuminant = values.pow(double(power)).mean({2, 3}).pow(1.0 / power);
    const double spread =
        (illuminant - dermaedge::detail::kShadesOfGrayGrey).abs().max().item<double>();
    QVERIFY2(spread < 1e-3, qPrintable(QString::number(spread)));
}

void TestAugmentation::seedReproducesBatch()
{
    const torch::Tensor pixels = storedPixels(4);
    const Preprocessing settings = preprocessing(48, 0);
    std::mt19937_64 first(21);
    std::mt19937_64 again(21);
    std::mt19937_64 other(22);

    const torch::Tensor a =
        dermaedge::detail::augmentedBatch(pixels, {0, 1, 2, 3}, settings, first, 0.1);
    const torch::Tensor b =
        dermaedge::detail::augmentedBatch(pixels, {0, 1, 2, 3}, settings, again, 0.1);
    const torch::Tensor c =
        dermaedge::detail::augmentedBatch(pixels, {0, 1, 2, 3}, settings, other, 0.1);
    QVERIFY(torch::equal(a, b));
    QVERIFY(!torch::equal(a, c));
}

void TestAugmentation::cameraChangesSoftenDetail()
{
    // Blur and lower resolution remove fine detail from some images, so the
    // mean difference between neighbouring pixels falls.
    const torch::Tensor pixels = storedPixels(40);
    const Preprocessing settings = preprocessing(64, 0);
    std::vector<int64_t> indices(40);
    std::iota(indices.begin(), indices.end(), 0);
    std::mt19937_64 plainRandom(5);
    std::mt19937_64 changedRandom(5);
    const torch::Tensor plain =
        dermaedge::detail::augmentedBatch(pixels, indices, settings, plainRandom, 0.0, false);
    const torch::Tensor changed =
        dermaedge::detail::augmentedBatch(pixels, indices, settings, changedRandom, 0.0, true);

    const auto detail = [](const torch::Tensor& batch) {
        return (batch.slice(3, 1) - batch.slice(3, 0, -1)).abs().mean().item<double>();
    };
    QVERIFY2(detail(changed) < 0.85 * detail(plain),
             qPrintable(QStringLiteral("%1 vs %2").arg(detail(changed)).arg(detail(plain))));
}

void TestAugmentation::mixupBlendsPairs_data()
{
    QTest::addColumn<double>("alpha");
    QTest::addColumn<int>("batchSize");

    QTest::newRow("alpha 0.2, batch of 8") << 0.2 << 8;
    QTest::newRow("alpha 1 (uniform weight), batch of 5") << 1.0 << 5;
    QTest::newRow("alpha 4 (weights near 0.5), batch of 2") << 4.0 << 2;
}

void TestAugmentation::mixupBlendsPairs()
{
    QFETCH(double, alpha);
    QFETCH(int, batchSize);
    torch::manual_seed(9);
    const torch::Tensor inputs = torch::randn({batchSize, 3, 8, 8});
    const torch::Tensor targets = (torch::arange(batchSize) % 2).to(torch::kFloat32).view({-1, 1});

    std::vector<double> weights;
    for (int draw = 0; draw < 200; ++draw) {
        std::mt19937_64 random(draw);
        const auto mixed = dermaedge::detail::mixBatch(inputs, targets, alpha, random);
        QVERIFY(mixed.weight >= 0.0);
        QVERIFY(mixed.weight <= 1.0);
        std::vector<int64_t> sorted = mixed.partners;
        std::sort(sorted.begin(), sorted.end());
        std::vector<int64_t> rows(static_cast<size_t>(batchSize));
        std::iota(rows.begin(), rows.end(), 0);
        QCOMPARE(sorted, rows);
        // Every row is the stated blend of itself and its partner, labels too.
        for (int row = 0; row < batchSize; ++row) {
            const int64_t partner = mixed.partners[size_t(row)];
            const double weight = mixed.weight;
            const torch::Tensor expectedInput = inputs[row] * weight + inputs[partner] * (1.0 - weight);
            QVERIFY(torch::allclose(mixed.inputs[row], expectedInput, 1e-5, 1e-5));

            const double expectedTarget = targets[row][0].item<double>() * weight
                                          + targets[partner][0].item<double>() * (1.0 - weight);
            QVERIFY(qAbs(mixed.targets[row][0].item<double>() - expectedTarget) < 1e-6);
        }
        weights.push_back(mixed.weight);
    }
    // Beta(alpha, alpha) has mean 0.5 and variance 1 / (4 (2 alpha + 1)).
    const double mean = std::accumulate(weights.begin(), weights.end(), 0.0) / double(weights.size());
    double variance = 0.0;
    for (double w : weights)
        variance += (w - mean) * (w - mean) / double(weights.size());
    const double expected = 1.0 / (4.0 * (2.0 * alpha + 1.0));
    QVERIFY2(qAbs(mean - 0.5) < 0.07, qPrintable(QString::number(mean)));
    QVERIFY2(variance > 0.7 * expected && variance < 1.3 * expected,
             qPrintable(QStringLiteral("variance %1, expected %2").arg(variance).arg(expected)));
}

QTEST_GUILESS_MAIN(TestAugmentation)
#include "TestAugmentation.moc"
