#include "CreateVariantDialog.h"
#include "MainWindow.h"
#include "ModelRegistry.h"
#include "Optimizer.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTest>

using namespace dermaedge;

namespace {

constexpr int kOptimizeTimeoutMs = 120000;
constexpr int kImagesPerClass = 20;

template <typename T>
T* child(const QObject& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("widget %s not found", name);
    return widget;
}

} // namespace

class TestCreateVariantDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void defaultsComeFromParams();
    void methodEnablesControls_data();
    void methodEnablesControls();
    void invalidDataFolderShowsError_data();
    void invalidDataFolderShowsError();
    void cancelStopsJob();
    void int8DynamicRegistersVariant();
    void refreshModelsAddsVariant();

private:
    QTemporaryDir m_modelsDir;
    QTemporaryDir m_dataDir;
    ModelManifest m_baseline;
};

void TestCreateVariantDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DermaEdgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestCreateVariantDialog"));
    QVERIFY(m_modelsDir.isValid());
    QVERIFY(m_dataDir.isValid());

    m_baseline = test::writeTinyModel(m_modelsDir.path(), QStringLiteral("tiny-fp32"), 32, 3);

    // Benign and malignant images differ in lesion colour and size.
    const QDir data(m_dataDir.path());
    QVERIFY(data.mkpath(QStringLiteral("benign")));
    QVERIFY(data.mkpath(QStringLiteral("malignant")));
    for (int i = 0; i < kImagesPerClass; ++i) {
        const QString benign = data.filePath(QStringLiteral("benign/b%1.png").arg(i));
        const QString malignant = data.filePath(QStringLiteral("malignant/m%1.png").arg(i));
        QVERIFY(test::syntheticLesion(40 + i, 40, QColor(150, 110, 90 + i)).save(benign, "PNG"));
        QVERIFY(test::syntheticLesion(40, 40 + i, QColor(40 + i, 20, 20)).save(malignant, "PNG"));
    }
}

void TestCreateVariantDialog::init()
{
    QSettings().clear();
    QDir(ModelRegistry::userModelsFolder()).removeRecursively();
}

void TestCreateVariantDialog::defaultsComeFromParams()
{
    const CreateVariantDialog dialog(m_baseline);
    const OptimizeParams defaults;
    const OptimizeParams form = dialog.params();
    QCOMPARE(form.method, defaults.method);
    QCOMPARE(form.calibrationImages, defaults.calibrationImages);
    QCOMPARE(form.observer, defaults.observer);
    QCOMPARE(form.sparsity, defaults.sparsity);
    QCOMPARE(form.channelFraction, defaults.channelFraction);
    QCOMPARE(form.fineTuneEpochs, defaults.fineTuneEpochs);
    QCOMPARE(form.aucTolerance, defaults.aucTolerance);
    QCOMPARE(form.keepFailed, defaults.keepFailed);
    QCOMPARE(form.outputFolder, ModelRegistry::userModelsFolder());
    QVERIFY(child<QLabel>(dialog, "baselineLabel")->text().contains(m_baseline.id));
}

void TestCreateVariantDialog::methodEnablesControls_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("calibration");
    QTest::addColumn<bool>("sparsity");
    QTest::addColumn<bool>("channelFraction");
    QTest::addColumn<bool>("fineTuning");
    QTest::addColumn<double>("distillWeight");

    QTest::newRow("int8-static") << QStringLiteral("int8-static") << true << false << false << false << 0.0;
    QTest::newRow("int8-dynamic") << QStringLiteral("int8-dynamic") << false << false << false << false << 0.0;
    QTest::newRow("prune-unstructured") << QStringLiteral("prune-unstructured") << false << true << false << true << 0.0;
    QTest::newRow("prune-structured") << QStringLiteral("prune-structured") << false << false << true << true << 0.0;
    QTest::newRow("prune-structured-int8") << QStringLiteral("prune-structured-int8") << true << false << true << true << 0.0;
    QTest::newRow("distill") << QStringLiteral("distill") << false << false << true << true << kDefaultDistillWeight;
}

void TestCreateVariantDialog::methodEnablesControls()
{
    QFETCH(QString, method);
    QFETCH(bool, calibration);
    QFETCH(bool, sparsity);
    QFETCH(bool, channelFraction);
    QFETCH(bool, fineTuning);
    QFETCH(double, distillWeight);

    CreateVariantDialog dialog(m_baseline);
    // Start from another method so that the signal of the combo box does the update.
    dialog.setMethod(method == QStringLiteral("int8-dynamic") ? QStringLiteral("prune-structured-int8")
                                                               : QStringLiteral("int8-dynamic"));
    dialog.setMethod(method);
    QCOMPARE(dialog.params().method, method);
    QVERIFY(optimizeMethods().contains(method));

    QCOMPARE(child<QLineEdit>(dialog, "calibrationFolderEdit")->isEnabled(), calibration);
    QCOMPARE(child<QSpinBox>(dialog, "calibrationImagesSpin")->isEnabled(), calibration);
    QCOMPARE(child<QComboBox>(dialog, "observerCombo")->isEnabled(), calibration);
    QCOMPARE(child<QDoubleSpinBox>(dialog, "sparsitySpin")->isEnabled(), sparsity);
    QCOMPARE(child<QDoubleSpinBox>(dialog, "channelFractionSpin")->isEnabled(), channelFraction);
    QCOMPARE(child<QSpinBox>(dialog, "fineTuneEpochsSpin")->isEnabled(), fineTuning);
    QCOMPARE(child<QDoubleSpinBox>(dialog, "distillWeightSpin")->isEnabled(), fineTuning);
    QCOMPARE(dialog.params().distillWeight, distillWeight);
    QVERIFY(child<QDoubleSpinBox>(dialog, "aucToleranceSpin")->isEnabled());
    QVERIFY(child<QCheckBox>(dialog, "keepFailedCheck")->isEnabled());
}

void TestCreateVariantDialog::invalidDataFolderShowsError_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("empty") << QString() << QStringLiteral("labelled data folder");
    QTest::newRow("missing") << m_dataDir.filePath(QStringLiteral("no-such-folder")) << QStringLiteral("does not exist");
    QTest::newRow("no class folders") << m_modelsDir.path() << QStringLiteral("benign/");
}

void TestCreateVariantDialog::invalidDataFolderShowsError()
{
    QFETCH(QString, folder);
    QFETCH(QString, expectedText);

    CreateVariantDialog dialog(m_baseline);
    dialog.setDataFolder(folder);
    QSignalSpy finished(&dialog, &CreateVariantDialog::optimizationFinished);
    QVERIFY(!dialog.start());
    QVERIFY(!dialog.isRunning());
    const QString status = child<QLabel>(dialog, "statusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("Error")), qPrintable(status));
    QVERIFY2(status.contains(expectedText), qPrintable(status));
    QCOMPARE(finished.count(), 0);
}

void TestCreateVariantDialog::cancelStopsJob()
{
    CreateVariantDialog dialog(m_baseline);
    dialog.setMethod(QStringLiteral("int8-dynamic"));
    dialog.setDataFolder(m_dataDir.path());
    QSignalSpy finished(&dialog, &CreateVariantDialog::optimizationFinished);
    QSignalSpy registered(&dialog, &CreateVariantDialog::variantRegistered);
    QVERIFY(dialog.start());
    dialog.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kOptimizeTimeoutMs);

    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(registered.count(), 0);
    QVERIFY(!dialog.lastReport());
    const QString status = child<QLabel>(dialog, "statusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("cancelled")), qPrintable(status));
    QVERIFY(ModelRegistry({ModelRegistry::userModelsFolder()}).models().empty());
}

void TestCreateVariantDialog::int8DynamicRegistersVariant()
{
    CreateVariantDialog dialog(m_baseline);
    dialog.setMethod(QStringLiteral("int8-dynamic"));
    dialog.setDataFolder(m_dataDir.path());
    // The baseline is untrained, so the test accepts any AUC drop. It checks the job and the
    // registration, not accuracy.
    child<QDoubleSpinBox>(dialog, "aucToleranceSpin")->setValue(1.0);
    QSignalSpy finished(&dialog, &CreateVariantDialog::optimizationFinished);
    QSignalSpy registered(&dialog, &CreateVariantDialog::variantRegistered);
    QVERIFY(dialog.start());
    QVERIFY(dialog.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kOptimizeTimeoutMs);

    const QString status = child<QLabel>(dialog, "statusLabel")->text();
    QVERIFY2(finished.first().first().toBool(), qPrintable(status));
    QVERIFY(dialog.lastReport());
    const OptimizeReport& report = *dialog.lastReport();
    QVERIFY2(report.registered, qPrintable(report.outcome));
    QCOMPARE(registered.count(), 1);
    QCOMPARE(registered.first().first().toString(), report.variantId);
    QVERIFY(QFileInfo::exists(report.manifestPath));
    QVERIFY(ModelRegistry({ModelRegistry::userModelsFolder()}).find(report.variantId));
    const QString reportText = child<QTextBrowser>(dialog, "reportView")->toPlainText();
    QVERIFY(reportText.contains(report.variantId));
    // The variant's own threshold is shown with the sensitivity it was chosen for.
    QVERIFY(report.sensitivity >= 0.9);
    const QString threshold = QLocale().toString(report.threshold * 100.0, 'f', 1);
    QVERIFY2(reportText.contains(QStringLiteral("Threshold: %1 %").arg(threshold)), qPrintable(reportText));

    // The data folder is remembered for the next dialog.
    const CreateVariantDialog next(m_baseline);
    QCOMPARE(QDir::cleanPath(next.params().dataFolder), QDir::cleanPath(m_dataDir.path()));
}

void TestCreateVariantDialog::refreshModelsAddsVariant()
{
    QTemporaryDir extraDir;
    QVERIFY(extraDir.isValid());
    MainWindow window(ModelRegistry({m_modelsDir.path(), extraDir.path()}));
    auto* picker = window.findChild<QComboBox*>();
    QVERIFY(picker);
    QCOMPARE(picker->count(), 1);
    QCOMPARE(window.selectedModelId(), m_baseline.id);

    test::writeTinyModel(extraDir.path(), QStringLiteral("added"), 32, 4);
    window.refreshModels();
    QCOMPARE(picker->count(), 2);
    QVERIFY(picker->findData(QStringLiteral("added")) >= 0);
    QCOMPARE(window.selectedModelId(), m_baseline.id);
}

QTEST_MAIN(TestCreateVariantDialog)
#include "TestCreateVariantDialog.moc"
