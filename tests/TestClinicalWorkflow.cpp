#include "CameraCapture.h"
#include "CameraDialog.h"
#include "ExplanationController.h"
#include "HeatmapControls.h"
#include "ImageView.h"
#include "MainWindow.h"
#include "ModelRegistry.h"
#include "OperatingPointMenu.h"
#include "ResultPanel.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dermaedge;

namespace {

constexpr int kTimeoutMs = 30000;

QAction* presetAction(OperatingPointMenu* menu, OperatingPreset preset)
{
    for (QAction* action : menu->actions()) {
        if (action->data().toString() == operatingPresetKey(preset))
            return action;
    }
    return nullptr;
}

} // namespace

class TestClinicalWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void heatmapFollowsToggleAndSlider();
    void variantExplainedByBaseline();
    void presetChangesDecision_data();
    void presetChangesDecision();
    void presetsNeedRocPoints();
    void cameraAbsentIsReported();
    void capturesAreSavedAsPng();

private:
    /// Opens the lesion image and waits for its screening and explanation.
    void screenLesion(MainWindow& window);

    QTemporaryDir m_modelsDir;
    QTemporaryDir m_plainModelsDir;
    QTemporaryDir m_imagesDir;
};

void TestClinicalWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DermaEdgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestClinicalWorkflow"));
    QVERIFY(m_modelsDir.isValid());
    QVERIFY(m_plainModelsDir.isValid());
    QVERIFY(m_imagesDir.isValid());

    // Hand-made validation ROC: sensitivity 0.95 resolves to 0.01, Youden to
    // the manifest's 0.5 and specificity 0.90 to 0.99.
    ModelManifest measured = test::writeTinyModel(m_modelsDir.path(), QStringLiteral("tiny"), 32, 5);
    measured.validationRoc.points = {{0.99, 0.10, 0.95}, {0.5, 0.60, 0.70}, {0.01, 0.96, 0.10}};
    measured.validationRoc.images = 40;
    measured.validationRoc.split = QStringLiteral("tiny-split.csv");
    QVERIFY(saveManifest(measured, measured.manifestPath));
    test::writeTinyModel(m_plainModelsDir.path(), QStringLiteral("plain"), 32, 5);

    // A variant made from "tiny", as the optimizer records it.
    ModelManifest variant = test::writeTinyModel(m_modelsDir.path(), QStringLiteral("tiny-pruned"), 32, 6);
    variant.kind = QStringLiteral("pruned-structured");
    variant.metrics.insert(QStringLiteral("baseline_id"), measured.id);
    variant.metrics.insert(QStringLiteral("baseline_sha256"), measured.sha256);
    QVERIFY(saveManifest(variant, variant.manifestPath));

    QVERIFY(test::syntheticLesion(96, 64).save(m_imagesDir.filePath(QStringLiteral("lesion.png"))));
}

void TestClinicalWorkflow::init()
{
    QSettings().clear();
}

void TestClinicalWorkflow::screenLesion(MainWindow& window)
{
    QSignalSpy screened(&window, &MainWindow::screeningFinished);
    QSignalSpy explained(window.explanation(), &ExplanationController::finished);
    window.openImage(m_imagesDir.filePath(QStringLiteral("lesion.png")));
    QTRY_COMPARE_WITH_TIMEOUT(screened.count(), 1, kTimeoutMs);
    QCOMPARE(screened.at(0).at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(explained.count(), 1, kTimeoutMs);
    QCOMPARE(explained.at(0).at(0).toBool(), true);
}

void TestClinicalWorkflow::heatmapFollowsToggleAndSlider()
{
    MainWindow window(ModelRegistry({m_modelsDir.path()}));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    screenLesion(window);

    ImageView* view = window.imageView();
    ExplanationController* explanation = window.explanation();
    QVERIFY(view->hasOverlay());
    QVERIFY(view->isOverlayShown());
    // A 96 x 64 image is cropped to its central 64 x 64 square.
    QCOMPARE(view->overlayRect(), QRectF(16, 0, 64, 64));
    QVERIFY2(explanation->statusText().startsWith(QStringLiteral("Explained with tiny (Grad-CAM).")),
             qPrintable(explanation->statusText()));

    explanation->toggleAction()->trigger();
    QVERIFY(!view->isOverlayVisible());
    QVERIFY(!view->isOverlayShown());
    QCOMPARE(Settings().heatmapVisible(), false);

    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(view->isOverlayVisible());
    QVERIFY(explanation->toggleAction()->isChecked());

    QSlider* slider = explanation->controls()->opacitySlider();
    slider->setValue(20);
    QCOMPARE(view->overlayOpacity(), 0.2);
    QCOMPARE(Settings().heatmapOpacity(), 0.2);
    slider->setValue(0);
    QVERIFY(!view->isOverlayShown());

    // A new window starts with the stored opacity.
    MainWindow reopened(ModelRegistry({m_modelsDir.path()}));
    QCOMPARE(reopened.imageView()->overlayOpacity(), 0.0);
    QCOMPARE(reopened.explanation()->controls()->opacity(), 0.0);
}

void TestClinicalWorkflow::variantExplainedByBaseline()
{
    Settings().setModelId(QStringLiteral("tiny-pruned"));
    MainWindow window(ModelRegistry({m_modelsDir.path()}));
    QCOMPARE(window.selectedModelId(), QStringLiteral("tiny-pruned"));
    screenLesion(window);

    const QString status = window.explanation()->statusText();
    QVERIFY2(status.startsWith(QStringLiteral("Explained with tiny (Grad-CAM).")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("tiny-pruned was made from this FP32 baseline")),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("own melanoma probability")), qPrintable(status));
    QCOMPARE(window.explanation()->explanation()->modelId, QStringLiteral("tiny"));
    QVERIFY(window.imageView()->hasOverlay());
}

void TestClinicalWorkflow::presetChangesDecision_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<double>("threshold");
    QTest::newRow("sensitivity 0.95") << int(OperatingPreset::Sensitivity95) << 0.01;
    QTest::newRow("specificity 0.90") << int(OperatingPreset::Specificity90) << 0.99;
    QTest::newRow("youden") << int(OperatingPreset::Balanced) << 0.5;
}

void TestClinicalWorkflow::presetChangesDecision()
{
    QFETCH(int, preset);
    QFETCH(double, threshold);
    const auto chosen = OperatingPreset(preset);

    MainWindow window(ModelRegistry({m_modelsDir.path()}));
    screenLesion(window);
    const ResultPanel* panel = window.resultPanel();
    const double probability = window.explanation()->explanation()->probability;
    QVERIFY2(probability > 0.01 && probability < 0.99, qPrintable(QString::number(probability)));
    QCOMPARE(panel->thresholdText(), QStringLiteral("50.0 %"));
    QVERIFY2(panel->operatingPointText().startsWith(QStringLiteral("Manifest default")),
             qPrintable(panel->operatingPointText()));

    QAction* action = presetAction(window.operatingPointMenu(), chosen);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY2(action->text().contains(QStringLiteral("sensitivity")), qPrintable(action->text()));
    action->trigger();

    QCOMPARE(panel->thresholdText(), QStringLiteral("%1 %").arg(threshold * 100.0, 0, 'f', 1));
    const bool high = probability >= threshold;
    QVERIFY2(panel->operatingPointText().startsWith(presetDisplayName(chosen)),
             qPrintable(panel->operatingPointText()));
    QVERIFY2(panel->operatingPointText().contains(QStringLiteral("specificity")),
             qPrintable(panel->operatingPointText()));
    if (high) {
        QVERIFY2(panel->riskText().startsWith(QStringLiteral("High")), qPrintable(panel->riskText()));
        QVERIFY2(panel->decisionText().startsWith(QStringLiteral("Above threshold")), qPrintable(panel->decisionText()));
    } else {
        QVERIFY2(!panel->riskText().startsWith(QStringLiteral("High")), qPrintable(panel->riskText()));
        QCOMPARE(panel->decisionText(), QStringLiteral("Below threshold"));
    }
    QCOMPARE(Settings().operatingPreset(), operatingPresetKey(chosen));

    // A new window remembers the preset.
    MainWindow reopened(ModelRegistry({m_modelsDir.path()}));
    QCOMPARE(reopened.operatingPointMenu()->chosenPreset(), chosen);
    QVERIFY(presetAction(reopened.operatingPointMenu(), chosen)->isChecked());
}

void TestClinicalWorkflow::presetsNeedRocPoints()
{
    Settings().setOperatingPreset(operatingPresetKey(OperatingPreset::Balanced));
    MainWindow window(ModelRegistry({m_plainModelsDir.path()}));
    OperatingPointMenu* menu = window.operatingPointMenu();
    QVERIFY(presetAction(menu, OperatingPreset::ManifestDefault)->isEnabled());
    // Without ROC points the manifest's own threshold applies.
    QVERIFY(presetAction(menu, OperatingPreset::ManifestDefault)->isChecked());
    for (OperatingPreset preset : {OperatingPreset::Sensitivity95, OperatingPreset::Balanced,
                                   OperatingPreset::Specificity90}) {
        QAction* action = presetAction(menu, preset);
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("--write-operating-points")),
                 qPrintable(action->toolTip()));
    }
    screenLesion(window);
    QVERIFY2(window.resultPanel()->operatingPointText().contains(QStringLiteral("not measured")),
             qPrintable(window.resultPanel()->operatingPointText()));
}

void TestClinicalWorkflow::cameraAbsentIsReported()
{
    if (CameraDialog::hasCamera())
        QSKIP("a camera is connected, so the camera-absent path cannot be checked");
    MainWindow window(ModelRegistry({m_modelsDir.path()}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* action = window.cameraCapture()->action();
    QVERIFY(!action->isEnabled());
    QVERIFY2(action->text().contains(QStringLiteral("No Camera Found")), qPrintable(action->text()));
    QVERIFY2(action->toolTip().contains(QStringLiteral("No camera")), qPrintable(action->toolTip()));

    // Starting a capture anyway shows a message and changes nothing.
    QString message;
    QTimer::singleShot(0, this, [&message] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box) {
            message = box->text();
            box->accept();
        }
    });
    window.cameraCapture()->capture();
    QVERIFY2(message.contains(QStringLiteral("No camera")), qPrintable(message));
    QVERIFY(!window.isScreening());
    QVERIFY(!window.imageView()->hasImage());

    CameraDialog dialog;
    auto* picker = dialog.findChild<QComboBox*>();
    QVERIFY(picker);
    QVERIFY(!picker->isEnabled());
    QCOMPARE(picker->currentText(), QStringLiteral("No camera found"));
    QPushButton* captureButton = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text().contains(QStringLiteral("pture")))
            captureButton = button;
    }
    QVERIFY(captureButton);
    QVERIFY(!captureButton->isEnabled());
    QVERIFY(dialog.capturedImage().isNull());
}

void TestClinicalWorkflow::capturesAreSavedAsPng()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("captures"));
    const QImage still = test::syntheticLesion(120, 90);
    QString error;
    const QString first = CameraCapture::saveCapture(still, folder, &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    const QString second = CameraCapture::saveCapture(still, folder, &error);
    QVERIFY2(!second.isEmpty(), qPrintable(error));
    QVERIFY(first != second);
    QVERIFY(first.endsWith(QStringLiteral(".png")));
    const QImage reloaded(first);
    QCOMPARE(reloaded.size(), still.size());
    QCOMPARE(reloaded.pixelColor(60, 45), still.pixelColor(60, 45));

    // A file in place of the folder makes the save fail with a message naming it.
    test::writeBytes(dir.filePath(QStringLiteral("blocked")), "x");
    const QString failed = CameraCapture::saveCapture(still, dir.filePath(QStringLiteral("blocked")), &error);
    QVERIFY(failed.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("blocked")), qPrintable(error));
}

QTEST_MAIN(TestClinicalWorkflow)
#include "TestClinicalWorkflow.moc"
