#include "Metrics.h"

#include <QTest>

#include <cmath>

using namespace dermaedge;

using Doubles = std::vector<double>;
using Ints = std::vector<int>;
Q_DECLARE_METATYPE(Doubles)
Q_DECLARE_METATYPE(Ints)

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rocAucCases_data();
    void rocAucCases();
    void rocAucUndefinedForOneClass();
    void binaryMetricsAtThreshold();
    void calibrationError_data();
    void calibrationError();
    void thresholdMeetsSensitivity();
    void temperatureRecovered();
};

void TestMetrics::rocAucCases_data()
{
    QTest::addColumn<Doubles>("scores");
    QTest::addColumn<Ints>("labels");
    QTest::addColumn<double>("expected");
    QTest::newRow("perfect") << Doubles{0.1, 0.2, 0.8, 0.9} << Ints{0, 0, 1, 1} << 1.0;
    QTest::newRow("inverted") << Doubles{0.9, 0.8, 0.2, 0.1} << Ints{0, 0, 1, 1} << 0.0;
    QTest::newRow("all tied") << Doubles{0.5, 0.5, 0.5, 0.5} << Ints{0, 1, 0, 1} << 0.5;
    // Pairs (pos, neg): (0.8 vs 0.1, 0.4) wins 2, (0.4 vs 0.1) wins, (0.4 vs 0.4) ties: 3.5 / 4.
    QTest::newRow("one tie") << Doubles{0.1, 0.4, 0.4, 0.8} << Ints{0, 0, 1, 1} << 0.875;
}

void TestMetrics::rocAucCases()
{
    QFETCH(Doubles, scores);
    QFETCH(Ints, labels);
    QFETCH(double, expected);
    QCOMPARE(rocAuc(scores, labels), expected);
}

void TestMetrics::rocAucUndefinedForOneClass()
{
    QVERIFY(std::isnan(rocAuc({0.1, 0.7}, {1, 1})));
    QVERIFY(std::isnan(rocAuc({}, {})));
}

void TestMetrics::binaryMetricsAtThreshold()
{
    const BinaryMetrics m = binaryMetrics({0.9, 0.6, 0.4, 0.7, 0.2, 0.1}, {1, 1, 1, 0, 0, 0}, 0.5);
    QCOMPARE(m.truePositives, 2);
    QCOMPARE(m.falseNegatives, 1);
    QCOMPARE(m.falsePositives, 1);
    QCOMPARE(m.trueNegatives, 2);
    QCOMPARE(m.sensitivity, 2.0 / 3.0);
    QCOMPARE(m.specificity, 2.0 / 3.0);
    QCOMPARE(m.balancedAccuracy, 2.0 / 3.0);
    QVERIFY(std::isnan(binaryMetrics({0.3}, {0}, 0.5).sensitivity));
}

void TestMetrics::calibrationError_data()
{
    QTest::addColumn<Doubles>("probabilities");
    QTest::addColumn<Ints>("labels");
    QTest::addColumn<double>("expected");
    QTest::newRow("perfectly calibrated") << Doubles{0.0, 1.0} << Ints{0, 1} << 0.0;
    QTest::newRow("overconfident") << Doubles{0.95, 0.95} << Ints{1, 0} << 0.45;
    // Bin 0.2-0.3 contains {0.25, 0.25} with one positive, giving |0.5 - 1| / 4. Bin 0.9-1 contains
    // {0.95, 0.95} with two positives: |1.9 - 2| / 4.
    QTest::newRow("two bins") << Doubles{0.25, 0.25, 0.95, 0.95} << Ints{0, 1, 1, 1} << 0.15;
}

void TestMetrics::calibrationError()
{
    QFETCH(Doubles, probabilities);
    QFETCH(Ints, labels);
    QFETCH(double, expected);
    QVERIFY(qAbs(expectedCalibrationError(probabilities, labels) - expected) < 1e-12);
}

void TestMetrics::thresholdMeetsSensitivity()
{
    const Doubles scores{0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05};
    const Ints labels{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0};
    const double threshold = thresholdForSensitivity(scores, labels, 0.9);
    QCOMPARE(threshold, 0.2);
    QVERIFY(binaryMetrics(scores, labels, threshold).sensitivity >= 0.9);
    QVERIFY(binaryMetrics(scores, labels, 0.21).sensitivity < 0.9);
}

void TestMetrics::temperatureRecovered()
{
    // Labels drawn deterministically so that P(y=1) = sigmoid(z / 2) in each bucket.
    Doubles logits;
    Ints labels;
    for (int bucket = -8; bucket <= 8; ++bucket) {
        const double z = bucket * 0.75;
        const double p = 1.0 / (1.0 + std::exp(-z / 2.0));
        const int positives = int(std::lround(p * 200));
        for (int i = 0; i < 200; ++i) {
            logits.push_back(z);
            labels.push_back(i < positives ? 1 : 0);
        }
    }
    QVERIFY(qAbs(fitTemperature(logits, labels) - 2.0) < 0.05);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "TestMetrics.moc"
