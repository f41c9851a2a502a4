#include "Metrics.h"

#include <QTest>

#include <algorithm>
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
    void predictiveValues_data();
    void predictiveValues();
    void undefinedMetricsNamed_data();
    void undefinedMetricsNamed();
    void rocCurvePoints_data();
    void rocCurvePoints();
    void rocCurveEmptyForOneClass();
    void aucStandardErrorCases();
    void paretoFrontPoints_data();
    void paretoFrontPoints();
    void calibrationError_data();
    void calibrationError();
    void thresholdMeetsSensitivity_data();
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

void TestMetrics::predictiveValues_data()
{
    QTest::addColumn<Doubles>("probabilities");
    QTest::addColumn<Ints>("labels");
    QTest::addColumn<double>("ppv");
    QTest::addColumn<double>("npv");
    // Decisions at 0.5: malignant for 0.9, 0.6, 0.7 (TP, TP, FP); benign for 0.4, 0.2, 0.1 (FN, TN, TN).
    QTest::newRow("mixed") << Doubles{0.9, 0.6, 0.4, 0.7, 0.2, 0.1} << Ints{1, 1, 1, 0, 0, 0} << 2.0 / 3.0
                           << 2.0 / 3.0;
    // Every decision is benign: no malignant decision, so PPV is undefined; NPV = 2 TN / 3.
    QTest::newRow("no malignant decision") << Doubles{0.1, 0.2, 0.3} << Ints{1, 0, 0} << qQNaN() << 2.0 / 3.0;
    // Every decision is malignant: PPV = 1 TP / 2, NPV undefined.
    QTest::newRow("no benign decision") << Doubles{0.8, 0.9} << Ints{1, 0} << 0.5 << qQNaN();
    // A probability equal to the threshold counts as malignant.
    QTest::newRow("at threshold") << Doubles{0.5, 0.49} << Ints{1, 0} << 1.0 << 1.0;
}

void TestMetrics::predictiveValues()
{
    QFETCH(Doubles, probabilities);
    QFETCH(Ints, labels);
    QFETCH(double, ppv);
    QFETCH(double, npv);
    const BinaryMetrics m = binaryMetrics(probabilities, labels, 0.5);
    if (std::isnan(ppv))
        QVERIFY(std::isnan(m.ppv));
    else
        QCOMPARE(m.ppv, ppv);
    if (std::isnan(npv))
        QVERIFY(std::isnan(m.npv));
    else
        QCOMPARE(m.npv, npv);
}

void TestMetrics::undefinedMetricsNamed_data()
{
    QTest::addColumn<Doubles>("probabilities");
    QTest::addColumn<Ints>("labels");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("both classes") << Doubles{0.9, 0.1} << Ints{1, 0} << QStringList{};
    QTest::newRow("only benign") << Doubles{0.2, 0.7} << Ints{0, 0}
                                 << QStringList{QStringLiteral("AUC: undefined without malignant images"),
                                                QStringLiteral("sensitivity: undefined without malignant images"),
                                                QStringLiteral("balanced accuracy: undefined without malignant images")};
    QTest::newRow("only malignant, all decided benign")
        << Doubles{0.2, 0.3} << Ints{1, 1}
        << QStringList{QStringLiteral("AUC: undefined without benign images"),
                       QStringLiteral("specificity: undefined without benign images"),
                       QStringLiteral("balanced accuracy: undefined without benign images"),
                       QStringLiteral("PPV: undefined without malignant decisions")};
    QTest::newRow("no images") << Doubles{} << Ints{}
                               << QStringList{QStringLiteral("AUC: undefined without images"),
                                              QStringLiteral("sensitivity: undefined without malignant images"),
                                              QStringLiteral("specificity: undefined without benign images"),
                                              QStringLiteral("balanced accuracy: undefined without images"),
                                              QStringLiteral("PPV: undefined without malignant decisions"),
                                              QStringLiteral("NPV: undefined without benign decisions")};
}

void TestMetrics::undefinedMetricsNamed()
{
    QFETCH(Doubles, probabilities);
    QFETCH(Ints, labels);
    QFETCH(QStringList, expected);
    const BinaryMetrics m = binaryMetrics(probabilities, labels, 0.5);
    QCOMPARE(undefinedMetrics(m, rocAuc(probabilities, labels)), expected);
}

void TestMetrics::rocCurvePoints_data()
{
    QTest::addColumn<Doubles>("scores");
    QTest::addColumn<Ints>("labels");
    QTest::addColumn<Doubles>("fpr");
    QTest::addColumn<Doubles>("tpr");
    QTest::addColumn<Doubles>("thresholds"); // the first point's threshold is checked separately
    QTest::newRow("perfect") << Doubles{0.1, 0.2, 0.8, 0.9} << Ints{0, 0, 1, 1} << Doubles{0, 0, 1}
                             << Doubles{0, 1, 1} << Doubles{0, 0.8, 0.1};
    // The tied pair (0.4: one of each class) moves both rates at once: a diagonal step.
    QTest::newRow("tie") << Doubles{0.1, 0.4, 0.4, 0.8} << Ints{0, 0, 1, 1} << Doubles{0, 0, 0.5, 1}
                         << Doubles{0, 0.5, 1, 1} << Doubles{0, 0.8, 0.4, 0.1};
    // All scores tied: one step from (0, 0) to (1, 1), the chance diagonal.
    QTest::newRow("all tied") << Doubles{0.5, 0.5, 0.5, 0.5} << Ints{0, 1, 0, 1} << Doubles{0, 1}
                              << Doubles{0, 1} << Doubles{0, 0.5};
    // Points on one straight line (three positives in a row) are dropped but the ends are kept.
    QTest::newRow("collinear dropped") << Doubles{0.9, 0.8, 0.7, 0.3} << Ints{1, 1, 1, 0} << Doubles{0, 0, 1}
                                       << Doubles{0, 1, 1} << Doubles{0, 0.7, 0.3};
}

void TestMetrics::rocCurvePoints()
{
    QFETCH(Doubles, scores);
    QFETCH(Ints, labels);
    QFETCH(Doubles, fpr);
    QFETCH(Doubles, tpr);
    QFETCH(Doubles, thresholds);
    const std::vector<RocCurvePoint> curve = rocCurve(scores, labels);
    QCOMPARE(curve.size(), fpr.size());
    for (size_t i = 0; i < curve.size(); ++i) {
        QCOMPARE(curve[i].fpr, fpr[i]);
        QCOMPARE(curve[i].tpr, tpr[i]);
        if (i > 0)
            QCOMPARE(curve[i].threshold, thresholds[i]);
    }
    // The start point's threshold lies above every score, so nothing is decided malignant there.
    const double highest = *std::max_element(scores.begin(), scores.end());
    QVERIFY(curve.front().threshold > highest);
    QCOMPARE(binaryMetrics(scores, labels, curve.front().threshold).truePositives, 0);
}

void TestMetrics::rocCurveEmptyForOneClass()
{
    QVERIFY(rocCurve({0.2, 0.9}, {0, 0}).empty());
    QVERIFY(rocCurve({0.2, 0.9}, {1, 1}).empty());
    QVERIFY(rocCurve({}, {}).empty());
}

void TestMetrics::aucStandardErrorCases()
{
    // AUC 0.9 with 42 melanomas and 58 benign: Q1 = 0.9 / 1.1, Q2 = 1.62 / 1.9, and
    // SE^2 = (0.09 + 41 (Q1 - 0.81) + 57 (Q2 - 0.81)) / (42 * 58) = 2.85545 / 2436 = 0.0011722, SE = 0.0342373.
    QVERIFY(qAbs(aucStandardError(0.9, 42, 58) - 0.0342373) < 1e-6);
    // A perfect ranking has no spread in this model.
    QCOMPARE(aucStandardError(1.0, 10, 10), 0.0);
    // More images, smaller error.
    QVERIFY(aucStandardError(0.9, 420, 580) < aucStandardError(0.9, 42, 58));
    QVERIFY(std::isnan(aucStandardError(0.9, 0, 58)));
    QVERIFY(std::isnan(aucStandardError(qQNaN(), 42, 58)));
}

void TestMetrics::paretoFrontPoints_data()
{
    QTest::addColumn<Doubles>("cost");
    QTest::addColumn<Doubles>("benefit");
    QTest::addColumn<QList<int>>("expected");
    // Point 1 is slower and worse than point 0; point 3 is faster but worse than 0, still optimal.
    QTest::newRow("dominated") << Doubles{3.0, 4.0, 1.0, 0.5} << Doubles{0.92, 0.91, 0.915, 0.90}
                               << QList<int>{3, 2, 0};
    // Equal cost: only the better benefit survives.
    QTest::newRow("equal cost") << Doubles{1.0, 1.0} << Doubles{0.8, 0.9} << QList<int>{1};
    QTest::newRow("nan skipped") << Doubles{1.0, qQNaN()} << Doubles{0.8, 0.99} << QList<int>{0};
    QTest::newRow("empty") << Doubles{} << Doubles{} << QList<int>{};
}

void TestMetrics::paretoFrontPoints()
{
    QFETCH(Doubles, cost);
    QFETCH(Doubles, benefit);
    QFETCH(QList<int>, expected);
    QList<int> front;
    for (size_t index : paretoFront(cost, benefit))
        front << int(index);
    QCOMPARE(front, expected);
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

void TestMetrics::thresholdMeetsSensitivity_data()
{
    QTest::addColumn<Doubles>("scores");
    QTest::addColumn<Ints>("labels");
    QTest::addColumn<double>("expected");
    QTest::newRow("positive next below")
        << Doubles{0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05}
        << Ints{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0} << 0.15;
    QTest::newRow("negative next below")
        << Doubles{0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.02}
        << Ints{1, 1, 1, 1, 1, 1, 1, 1, 1, 0} << 0.06;
    QTest::newRow("tie at the kept score") << Doubles{0.9, 0.8, 0.8, 0.4} << Ints{1, 1, 0, 0} << 0.6;
    QTest::newRow("nothing below") << Doubles{0.9, 0.7, 0.7} << Ints{1, 1, 1} << 0.35;
}

void TestMetrics::thresholdMeetsSensitivity()
{
    QFETCH(Doubles, scores);
    QFETCH(Ints, labels);
    QFETCH(double, expected);
    const double threshold = thresholdForSensitivity(scores, labels, 0.9);
    QVERIFY2(qAbs(threshold - expected) < 1e-12, qPrintable(QString::number(threshold)));
    QVERIFY(binaryMetrics(scores, labels, threshold).sensitivity >= 0.9);
    // The margin: scores a little lower or higher keep every decision.
    Doubles lower = scores;
    for (double& score : lower)
        score -= 1e-6;
    QCOMPARE(binaryMetrics(lower, labels, threshold).sensitivity,
             binaryMetrics(scores, labels, threshold).sensitivity);
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
