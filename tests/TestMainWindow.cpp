#include "ImageView.h"
#include "MainWindow.h"
#include "ModelManifest.h"
#include "ModelRegistry.h"
#include "ResultPanel.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace dermaedge;

namespace {

constexpr int kScreeningTimeoutMs = 30000;

/// Returns `count` fixed pseudo-random bytes, which do not form a valid image.
QByteArray randomBytes(int count)
{
    QRandomGenerator generator(42);
    QByteArray bytes(count, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

QMimeData* makeUrlMimeData(const QString& path)
{
    auto* mimeData = new QMimeData;
    mimeData->setUrls({QUrl::fromLocalFile(path)});
    return mimeData;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void screensFile_data();
    void screensFile();
    void noModelsShowsError();
    void modelLoadFailureShowsError();
    void dropOpensImageFile();
    void openWhileBusyQueuesNewest();
    void variantChangeRescreensImage();

private:
    QString imagePath(const QString& fileName) const { return m_imagesDir.filePath(fileName); }

    QTemporaryDir m_modelsDir;
    QTemporaryDir m_emptyModelsDir;
    QTemporaryDir m_corruptModelDir;
    ModelManifest m_corruptModel;
    QTemporaryDir m_imagesDir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DermaEdgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));

    QVERIFY(m_modelsDir.isValid());
    QVERIFY(m_emptyModelsDir.isValid());
    QVERIFY(m_imagesDir.isValid());
    QVERIFY(m_corruptModelDir.isValid());

    test::writeTinyModel(m_modelsDir.path(), QStringLiteral("tiny-a"), 32, 1);
    test::writeTinyModel(m_modelsDir.path(), QStringLiteral("tiny-b"), 32, 2);

    const ModelRegistry registry({m_modelsDir.path()});
    for (const RegistryProblem& problem : registry.problems())
        qWarning().noquote() << "Registry problem:" << problem.path << problem.message;
    QVERIFY(registry.problems().empty());
    QCOMPARE(registry.models().size(), size_t(2));

    // A variant whose archive no longer matches the digest in its manifest.
    m_corruptModel = test::writeTinyModel(m_corruptModelDir.path(), QStringLiteral("corrupt"));
    QFile archive(m_corruptModel.archivePath());
    QVERIFY(archive.open(QIODevice::Append));
    QVERIFY(archive.write("trailing bytes") > 0);
    archive.close();

    for (const char* name : {"lesion.png", "second.png", "third.png"}) {
        const QString path = imagePath(QString::fromLatin1(name));
        QVERIFY2(test::syntheticLesion(96, 64).save(path, "PNG"), qPrintable(path));
    }
    test::writeBytes(imagePath(QStringLiteral("broken.jpg")), randomBytes(4096));
    test::writeBytes(imagePath(QStringLiteral("notes.txt")), randomBytes(64));
}

void TestMainWindow::init()
{
    // Each test starts without a remembered variant, recent files or geometry.
    QSettings().clear();
}

void TestMainWindow::screensFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("expectOk");

    QTest::newRow("synthetic png") << QStringLiteral("lesion.png") << true;
    QTest::newRow("random bytes as jpg") << QStringLiteral("broken.jpg") << false;
    QTest::newRow("missing file") << QStringLiteral("missing.png") << false;
}

void TestMainWindow::screensFile()
{
    QFETCH(QString, fileName);
    QFETCH(bool, expectOk);

    MainWindow window(ModelRegistry({m_modelsDir.path()}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::screeningFinished);

    window.openImage(imagePath(fileName));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kScreeningTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), expectOk);
    QVERIFY(!window.isScreening());

    const ResultPanel* panel = window.resultPanel();
    QVERIFY(panel->noticeText().contains(QStringLiteral("not a diagnosis")));
    if (expectOk) {
        QVERIFY2(panel->probabilityText().contains(QLatin1Char('%')),
                 qPrintable(panel->probabilityText()));
        QVERIFY(!panel->decisionText().isEmpty());
        QVERIFY(panel->thresholdText().contains(QLatin1Char('%')));
        QVERIFY(panel->modelText().contains(window.selectedModelId()));
        QVERIFY(panel->modelText().contains(QStringLiteral("fp32")));
        QVERIFY(panel->timingText().contains(QStringLiteral("ms")));
        QVERIFY2(panel->errorText().isEmpty(), qPrintable(panel->errorText()));
        QVERIFY(window.imageView()->hasImage());
        QCOMPARE(window.currentImagePath(), imagePath(fileName));
        QCOMPARE(Settings().recentFiles().value(0), imagePath(fileName));
    } else {
        QVERIFY2(panel->errorText().contains(fileName), qPrintable(panel->errorText()));
        QVERIFY(panel->probabilityText().isEmpty());
        QVERIFY(panel->decisionText().isEmpty());
        QVERIFY(!window.imageView()->hasImage());
        QVERIFY(Settings().recentFiles().isEmpty());
    }
}

void TestMainWindow::noModelsShowsError()
{
    MainWindow window(ModelRegistry({m_emptyModelsDir.path()}));
    QSignalSpy finished(&window, &MainWindow::screeningFinished);
    QVERIFY(window.selectedModelId().isEmpty());

    window.openImage(imagePath(QStringLiteral("lesion.png")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kScreeningTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), false);

    const QString error = window.resultPanel()->errorText();
    QVERIFY2(error.contains(QStringLiteral("No model variants found")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(m_emptyModelsDir.path())), qPrintable(error));
    // The image decodes without a model, so it is still shown.
    QVERIFY(window.imageView()->hasImage());
}

void TestMainWindow::modelLoadFailureShowsError()
{
    MainWindow window(ModelRegistry({m_corruptModelDir.path()}));
    QSignalSpy finished(&window, &MainWindow::screeningFinished);
    QCOMPARE(window.selectedModelId(), QStringLiteral("corrupt"));

    window.openImage(imagePath(QStringLiteral("lesion.png")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kScreeningTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), false);

    const QString error = window.resultPanel()->errorText();
    QVERIFY2(error.contains(m_corruptModel.displayName), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("failed to load")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("lesion.png")), qPrintable(error));
    QVERIFY(window.resultPanel()->probabilityText().isEmpty());
    QVERIFY(window.imageView()->hasImage());
}

void TestMainWindow::dropOpensImageFile()
{
    MainWindow window(ModelRegistry({m_modelsDir.path()}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::screeningFinished);
    const QPointF position(10, 10);

    std::unique_ptr<QMimeData> textFile(makeUrlMimeData(imagePath(QStringLiteral("notes.txt"))));
    QDragEnterEvent rejectedEnter(position.toPoint(), Qt::CopyAction, textFile.get(),
                                  Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &rejectedEnter);
    QVERIFY(!rejectedEnter.isAccepted());

    const QString path = imagePath(QStringLiteral("lesion.png"));
    std::unique_ptr<QMimeData> image(makeUrlMimeData(path));
    QDragEnterEvent enter(position.toPoint(), Qt::CopyAction, image.get(), Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());

    QDropEvent drop(position, Qt::CopyAction, image.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kScreeningTimeoutMs);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(window.currentImagePath(), path);
}

void TestMainWindow::openWhileBusyQueuesNewest()
{
    MainWindow window(ModelRegistry({m_modelsDir.path()}));
    QSignalSpy finished(&window, &MainWindow::screeningFinished);

    // The first screening cannot finish before the event loop runs, so the second
    // file is queued and the third replaces it.
    window.openImage(imagePath(QStringLiteral("lesion.png")));
    QVERIFY(window.isScreening());
    window.openImage(imagePath(QStringLiteral("second.png")));
    window.openImage(imagePath(QStringLiteral("third.png")));

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kScreeningTimeoutMs);
    QVERIFY(!window.isScreening());
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QCOMPARE(window.currentImagePath(), imagePath(QStringLiteral("third.png")));

    QTest::qWait(200);
    QCOMPARE(finished.count(), 2);
}

void TestMainWindow::variantChangeRescreensImage()
{
    MainWindow window(ModelRegistry({m_modelsDir.path()}));
    QSignalSpy finished(&window, &MainWindow::screeningFinished);
    auto* picker = window.findChild<QComboBox*>();
    QVERIFY(picker);
    QCOMPARE(picker->count(), 2);

    window.openImage(imagePath(QStringLiteral("lesion.png")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kScreeningTimeoutMs);
    const QString firstId = window.selectedModelId();

    const int otherIndex = picker->currentIndex() == 0 ? 1 : 0;
    const QString otherId = picker->itemData(otherIndex).toString();
    QVERIFY(otherId != firstId);
    picker->setCurrentIndex(otherIndex);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kScreeningTimeoutMs);
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QVERIFY2(window.resultPanel()->modelText().contains(otherId),
             qPrintable(window.resultPanel()->modelText()));
    QCOMPARE(Settings().modelId(), otherId);

    // A new window starts with the remembered variant.
    MainWindow reopened(ModelRegistry({m_modelsDir.path()}));
    QCOMPARE(reopened.selectedModelId(), otherId);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
