#include "BatchResultModel.h"
#include "BatchScreenWindow.h"
#include "Classifier.h"
#include "MainWindow.h"
#include "ModelRegistry.h"
#include "TestSupport.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace dermaedge;

namespace {

constexpr int kScreeningTimeoutMs = 30000;

/// Splits one CSV line written by BatchResultModel::toCsv (quoted fields may contain commas).
QStringList csvFields(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            field += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

class TestBatchScreenWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fillsTableFromFolder();
    void recursiveShowsSubfolders_data();
    void recursiveShowsSubfolders();
    void sortsByProbability_data();
    void sortsByProbability();
    void filtersRows_data();
    void filtersRows();
    void exportsShownRowsAsCsv();
    void cancelKeepsWindowUsable();
    void droppedFolderStartsScreening();
    void doubleClickOpensImage();
    void mainWindowOpensBatchWindow();

private:
    /// Opens a window on the images folder and waits until it has screened it.
    std::unique_ptr<BatchScreenWindow> screenedWindow();

    QTemporaryDir m_dir;
    ModelManifest m_tiny;
    QString m_images;
    int m_aboveThreshold = 0; ///< good images at or above the tiny model's threshold
};

void TestBatchScreenWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DermaEdgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestBatchScreenWindow"));
    QVERIFY(m_dir.isValid());
    const QString models = m_dir.filePath(QStringLiteral("models"));
    m_tiny = test::writeTinyModel(models, QStringLiteral("tiny"));

    m_images = m_dir.filePath(QStringLiteral("images"));
    QVERIFY(QDir().mkpath(m_images));
    const QStringList names{QStringLiteral("lesion-1.png"), QStringLiteral("lesion-2.png"),
                            QStringLiteral("lesion, with comma.png"),
                            QStringLiteral("lesion-10.png"), QStringLiteral("dark.png")};
    auto classifier = Classifier::load(m_tiny);
    QVERIFY(classifier.ok());
    std::vector<double> probabilities;
    for (int i = 0; i < names.size(); ++i) {
        const QString path = QDir(m_images).filePath(names[i]);
        QVERIFY(test::syntheticLesion(60 + 25 * i, 50 + 10 * i, QColor(40 * i, 50, 200 - 40 * i))
                    .save(path));
        probabilities.push_back(classifier.value()->screenFile(path)->probability);
    }
    test::writeBytes(QDir(m_images).filePath(QStringLiteral("broken.jpg")),
                     QByteArray(500, '\x07'));

    // A threshold between the second and third highest probability puts two
    // images above it, so the threshold filter has rows to keep and to drop.
    std::sort(probabilities.begin(), probabilities.end(), std::greater<>());
    QVERIFY2(probabilities[1] > probabilities[2], "synthetic images gave equal probabilities");
    m_tiny.threshold = (probabilities[1] + probabilities[2]) / 2.0;
    QVERIFY(saveManifest(m_tiny, m_tiny.manifestPath));
    m_tiny = loadManifest(m_tiny.manifestPath).value();
    m_aboveThreshold = 2;
}

void TestBatchScreenWindow::init()
{
    QSettings().clear();
}

std::unique_ptr<BatchScreenWindow> TestBatchScreenWindow::screenedWindow()
{
    auto window = std::make_unique<BatchScreenWindow>(std::vector<ModelManifest>{m_tiny},
                                                      QStringLiteral("tiny"));
    window->show();
    QSignalSpy finished(window.get(), &BatchScreenWindow::screeningFinished);
    window->setFolder(m_images);
    if (!window->startScreening())
        return nullptr;
    if (!finished.wait(kScreeningTimeoutMs) || !finished.at(0).at(0).toBool())
        return nullptr;
    return window;
}

void TestBatchScreenWindow::fillsTableFromFolder()
{
    const auto window = screenedWindow();
    QVERIFY(window);
    const BatchResultModel* model = window->resultModel();
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->screenedCount(), 5);
    QCOMPARE(model->failedCount(), 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        const BatchItemResult& item = model->row(row).item;
        const QModelIndex image = model->index(row, BatchResultModel::ImageColumn);
        const QModelIndex decision = model->index(row, BatchResultModel::DecisionColumn);
        QVERIFY(!image.data(Qt::DecorationRole).isNull());
        if (!item.ok()) {
            QVERIFY(item.path.endsWith(QStringLiteral("broken.jpg")));
            const QModelIndex details = model->index(row, BatchResultModel::DetailsColumn);
            QCOMPARE(details.data().toString(),
                     QStringLiteral("not a JPEG, PNG, BMP, TIFF or WebP image (unknown file signature)"));
            QVERIFY(
                details.data(Qt::ToolTipRole).toString().contains(QStringLiteral("broken.jpg")));
            QCOMPARE(decision.data().toString(), QStringLiteral("Not screened"));
            continue;
        }
        QVERIFY(!model->row(row).thumbnail.isNull());
        QCOMPARE(model->index(row, BatchResultModel::VariantColumn).data().toString(),
                 m_tiny.displayName);
        QVERIFY(model->index(row, BatchResultModel::ProbabilityColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("%")));
    }
    const auto* status = window->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("2 above threshold")),
             qPrintable(status->text()));
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("Shown: 6 of 6"));
}

void TestBatchScreenWindow::recursiveShowsSubfolders_data()
{
    QTest::addColumn<bool>("recursive");
    QTest::addColumn<QStringList>("expectedFiles");
    QTest::newRow("top level") << false << QStringList{"top.png"};
    QTest::newRow("with subfolders") << true << QStringList{"sub/inner.png", "top.png"};
}

void TestBatchScreenWindow::recursiveShowsSubfolders()
{
    QFETCH(bool, recursive);
    QFETCH(QStringList, expectedFiles);
    const QDir tree(m_dir.filePath(QStringLiteral("tree")));
    QVERIFY(QDir().mkpath(tree.filePath(QStringLiteral("sub"))));
    QVERIFY(test::syntheticLesion(40, 40).save(tree.filePath(QStringLiteral("top.png"))));
    QVERIFY(test::syntheticLesion(40, 30).save(tree.filePath(QStringLiteral("sub/inner.png"))));

    BatchScreenWindow window({m_tiny}, QStringLiteral("tiny"));
    QSignalSpy finished(&window, &BatchScreenWindow::screeningFinished);
    window.setFolder(tree.path());
    window.setRecursive(recursive);
    QVERIFY(window.startScreening());
    QVERIFY(finished.wait(kScreeningTimeoutMs));
    QCOMPARE(finished.at(0).at(0).toBool(), true);

    window.tableView()->sortByColumn(BatchResultModel::FileColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < window.filterModel()->rowCount(); ++row)
        shown << window.filterModel()->index(row, BatchResultModel::FileColumn).data().toString();
    QCOMPARE(shown, expectedFiles);
}

void TestBatchScreenWindow::sortsByProbability_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("descending") << Qt::DescendingOrder;
    QTest::newRow("ascending") << Qt::AscendingOrder;
}

void TestBatchScreenWindow::sortsByProbability()
{
    QFETCH(Qt::SortOrder, order);
    const auto window = screenedWindow();
    QVERIFY(window);
    window->tableView()->sortByColumn(BatchResultModel::ProbabilityColumn, order);

    const QList<int> rows = window->filterModel()->visibleSourceRows();
    QCOMPARE(rows.size(), 6);
    std::vector<double> shown;
    for (int row : rows) {
        const BatchItemResult& item = window->resultModel()->row(row).item;
        shown.push_back(item.ok() ? item.result->probability : -1.0);
    }
    // The unreadable file has no probability and sorts below every result.
    QCOMPARE(order == Qt::DescendingOrder ? shown.back() : shown.front(), -1.0);
    if (order == Qt::DescendingOrder)
        QVERIFY(std::is_sorted(shown.begin(), shown.end(), std::greater<>()));
    else
        QVERIFY(std::is_sorted(shown.begin(), shown.end()));
}

void TestBatchScreenWindow::filtersRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("aboveOnly");
    QTest::addColumn<int>("expectedRows");
    QTest::newRow("no filter") << QString() << false << 6;
    QTest::newRow("file name part")
        << QStringLiteral("LESION-1") << false << 2; // lesion-1, lesion-10
    QTest::newRow("error text") << QStringLiteral("UNKNOWN file signature") << false << 1;
    QTest::newRow("above threshold") << QString() << true << 2;
    QTest::newRow("no match") << QStringLiteral("nothing like this") << false << 0;
}

void TestBatchScreenWindow::filtersRows()
{
    QFETCH(QString, text);
    QFETCH(bool, aboveOnly);
    QFETCH(int, expectedRows);
    const auto window = screenedWindow();
    QVERIFY(window);
    auto* filterEdit = window->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    auto* aboveCheck = window->findChild<QCheckBox*>(QStringLiteral("aboveThresholdCheck"));
    QVERIFY(filterEdit && aboveCheck);
    QTest::keyClicks(filterEdit, text);
    aboveCheck->setChecked(aboveOnly);

    QCOMPARE(window->filterModel()->rowCount(), expectedRows);
    for (int row : window->filterModel()->visibleSourceRows()) {
        const BatchItemResult& item = window->resultModel()->row(row).item;
        if (aboveOnly)
            QVERIFY(item.ok() && item.result->probability >= m_tiny.threshold);
    }
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("Shown: %1 of 6").arg(expectedRows));
}

void TestBatchScreenWindow::exportsShownRowsAsCsv()
{
    const auto window = screenedWindow();
    QVERIFY(window);
    window->tableView()->sortByColumn(BatchResultModel::FileColumn, Qt::AscendingOrder);
    const QString path = m_dir.filePath(QStringLiteral("export/results.csv"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));

    const Status saved = window->exportCsv(path);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines[0], QStringLiteral("file,probability,threshold,decision,model,error"));
    const QStringList expectedOrder{"broken.jpg",   "dark.png",      "lesion, with comma.png",
                                    "lesion-1.png", "lesion-10.png", "lesion-2.png"};
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = csvFields(lines[i]);
        QCOMPARE(fields.size(), 6);
        QCOMPARE(QFileInfo(fields[0]).fileName(), expectedOrder[i - 1]);
        if (expectedOrder[i - 1] == QStringLiteral("broken.jpg")) {
            QVERIFY(fields[1].isEmpty());
            QVERIFY(fields[5].contains(QStringLiteral("broken.jpg")));
            continue;
        }
        bool ok = false;
        const double probability = fields[1].toDouble(&ok);
        QVERIFY(ok && probability >= 0.0 && probability <= 1.0);
        QCOMPARE(fields[2].toDouble(), QString::number(m_tiny.threshold, 'f', 6).toDouble());
        QCOMPARE(fields[3], probability >= fields[2].toDouble() ? QStringLiteral("malignant")
                                                                : QStringLiteral("benign"));
        QCOMPARE(fields[4], QStringLiteral("tiny"));
        QVERIFY(fields[5].isEmpty());
    }

    // With a filter set, only the rows shown are written.
    window->findChild<QCheckBox*>(QStringLiteral("aboveThresholdCheck"))->setChecked(true);
    QVERIFY(window->exportCsv(path).ok());
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()).count(QStringLiteral("\r\n")), 1 + m_aboveThreshold);

    const Status failed =
        window->exportCsv(m_dir.filePath(QStringLiteral("no-such-folder/out.csv")));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(QStringLiteral("out.csv")), qPrintable(failed.error()));
}

void TestBatchScreenWindow::cancelKeepsWindowUsable()
{
    // Enough files that the job is still loading the model or screening when
    // the cancel arrives; a finished job would ignore it.
    const QDir many(m_dir.filePath(QStringLiteral("many")));
    QVERIFY(QDir().mkpath(many.path()));
    constexpr int kFiles = 80;
    for (int i = 0; i < kFiles; ++i)
        QVERIFY(test::syntheticLesion(48, 40 + i % 8)
                    .save(many.filePath(QStringLiteral("%1.png").arg(i))));

    BatchScreenWindow window({m_tiny}, QStringLiteral("tiny"));
    window.show();
    QSignalSpy finished(&window, &BatchScreenWindow::screeningFinished);
    window.setFolder(many.path());
    QVERIFY(window.startScreening());
    QVERIFY(!window.startScreening());
    window.cancelScreening();
    QVERIFY(finished.wait(kScreeningTimeoutMs));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!window.isScreening());
    QVERIFY(window.resultModel()->rowCount() < kFiles);
    const QString status = window.findChild<QLabel*>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(status.startsWith(QStringLiteral("Cancelled")), qPrintable(status));

    // The same window screens again after a cancel.
    window.setFolder(m_images);
    QVERIFY(window.startScreening());
    QVERIFY(finished.wait(kScreeningTimeoutMs));
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QCOMPARE(window.resultModel()->rowCount(), 6);
}

void TestBatchScreenWindow::droppedFolderStartsScreening()
{
    BatchScreenWindow window({m_tiny}, QStringLiteral("tiny"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &BatchScreenWindow::screeningFinished);
    const QPoint position(10, 10);

    // A dragged file is not a folder, so the window rejects it.
    QMimeData fileData;
    fileData.setUrls({QUrl::fromLocalFile(QDir(m_images).filePath(QStringLiteral("dark.png")))});
    QDragEnterEvent rejectedEnter(position, Qt::CopyAction, &fileData, Qt::LeftButton,
                                  Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &rejectedEnter);
    QVERIFY(!rejectedEnter.isAccepted());

    QMimeData folderData;
    folderData.setUrls({QUrl::fromLocalFile(m_images)});
    QDragEnterEvent enter(position, Qt::CopyAction, &folderData, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(position), Qt::CopyAction, &folderData, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());

    QVERIFY(finished.wait(kScreeningTimeoutMs));
    QCOMPARE(window.resultModel()->rowCount(), 6);
    QCOMPARE(QDir::fromNativeSeparators(
                 window.findChild<QLineEdit*>(QStringLiteral("folderEdit"))->text()),
             m_images);
}

void TestBatchScreenWindow::doubleClickOpensImage()
{
    const auto window = screenedWindow();
    QVERIFY(window);
    QSignalSpy opened(window.get(), &BatchScreenWindow::openImageRequested);
    QTableView* table = window->tableView();
    table->sortByColumn(BatchResultModel::FileColumn, Qt::AscendingOrder);
    const QModelIndex second = window->filterModel()->index(1, BatchResultModel::FileColumn);
    const QPoint centre = table->visualRect(second).center();
    // On a widget, QTest::mouseDClick sends only the double-click event, so the
    // click a mouse sends before it comes separately.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(opened.count() >= 1);
    QCOMPARE(opened.at(0).at(0).toString(), QDir(m_images).filePath(QStringLiteral("dark.png")));
}

void TestBatchScreenWindow::mainWindowOpensBatchWindow()
{
    MainWindow main(ModelRegistry({QFileInfo(m_tiny.manifestPath).absolutePath()}));
    main.show();
    auto* action = main.findChild<QAction*>(QStringLiteral("screenFolderAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    action->trigger();
    auto* window = main.findChild<BatchScreenWindow*>();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QVERIFY(window->testAttribute(Qt::WA_DeleteOnClose));

    QSignalSpy finished(&main, &MainWindow::screeningFinished);
    Q_EMIT window->openImageRequested(QDir(m_images).filePath(QStringLiteral("dark.png")));
    QVERIFY(finished.wait(kScreeningTimeoutMs));
    QCOMPARE(main.currentImagePath(), QDir(m_images).filePath(QStringLiteral("dark.png")));
}

QTEST_MAIN(TestBatchScreenWindow)
#include "TestBatchScreenWindow.moc"
