#include "Classifier.h"
#include "Evaluation.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dermaedge;

class TestEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void evaluatesEveryShift_data();
    void evaluatesEveryShift();
    void noShiftMatchesClassifier();
    void rejectsUnknownShift();
    void listsUnreadableImages();

private:
    QTemporaryDir m_dir;
    ModelManifest m_model;
};

void TestEvaluation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_model = test::writeTinyModel(m_dir.filePath(QStringLiteral("models")), QStringLiteral("tiny"));
    for (const QString& label : {QStringLiteral("benign"), QStringLiteral("malignant")}) {
        QDir().mkpath(m_dir.filePath(QStringLiteral("data/") + label));
        for (int i = 0; i < 6; ++i) {
            const QColor colour = label == QStringLiteral("benign") ? QColor(170, 120, 90 + 10 * i)
                                                                   : QColor(50 + 10 * i, 30, 25);
            QVERIFY(test::syntheticLesion(60 + i, 48, colour)
                        .save(m_dir.filePath(QStringLiteral("data/%1/%2.png").arg(label).arg(i))));
        }
    }
}

void TestEvaluation::evaluatesEveryShift_data()
{
    QTest::addColumn<QString>("shift");
    for (const QString& shift : deviceShiftNames())
        QTest::newRow(qPrintable(shift)) << shift;
}

void TestEvaluation::evaluatesEveryShift()
{
    QFETCH(QString, shift);
    EvaluateParams params;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    params.shifts = {shift};
    const auto report = evaluateModel(m_model, params);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->images, 12);
    QCOMPARE(report->results.size(), size_t(1));
    const ShiftMetrics& metrics = report->results.front();
    QCOMPARE(metrics.shift, shift);
    QVERIFY(metrics.auc >= 0.0 && metrics.auc <= 1.0);
    const BinaryMetrics& m = metrics.atThreshold;
    QCOMPARE(m.truePositives + m.falseNegatives, 6);
    QCOMPARE(m.trueNegatives + m.falsePositives, 6);
}

void TestEvaluation::noShiftMatchesClassifier()
{
    // The unshifted evaluation must feed the network the same input as screening does.
    EvaluateParams params;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    const auto report = evaluateModel(m_model, params);
    QVERIFY(report.ok());
    auto classifier = Classifier::load(m_model);
    QVERIFY(classifier.ok());
    int positives = 0;
    for (const QString& label : {QStringLiteral("benign"), QStringLiteral("malignant")}) {
        for (int i = 0; i < 6; ++i) {
            const auto result = classifier.value()->screenFile(m_dir.filePath(QStringLiteral("data/%1/%2.png").arg(label).arg(i)));
            QVERIFY(result.ok());
            positives += result->malignant ? 1 : 0;
        }
    }
    const BinaryMetrics& m = report->results.front().atThreshold;
    QCOMPARE(m.truePositives + m.falsePositives, positives);
}

void TestEvaluation::rejectsUnknownShift()
{
    EvaluateParams params;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    params.shifts = {QStringLiteral("sepia")};
    const auto report = evaluateModel(m_model, params);
    QVERIFY(!report.ok());
    QVERIFY(report.error().contains(QStringLiteral("unknown shift \"sepia\"")));
}

void TestEvaluation::listsUnreadableImages()
{
    test::writeBytes(m_dir.filePath(QStringLiteral("data/benign/broken.jpg")), "not a jpeg");
    EvaluateParams params;
    params.dataFolder = m_dir.filePath(QStringLiteral("data"));
    const auto report = evaluateModel(m_model, params);
    QFile::remove(m_dir.filePath(QStringLiteral("data/benign/broken.jpg")));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->images, 12);
    QCOMPARE(report->unreadable.size(), 1);
    QVERIFY(report->unreadable.constFirst().contains(QStringLiteral("broken.jpg")));
}

QTEST_GUILESS_MAIN(TestEvaluation)
#include "TestEvaluation.moc"
