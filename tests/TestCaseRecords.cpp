#include "CaseStore.h"
#include "CaseWorkflow.h"
#include "CasesWindow.h"
#include "ExplanationController.h"
#include "FollowUpView.h"
#include "MainWindow.h"
#include "ModelRegistry.h"
#include "ReportExportDialog.h"
#include "RiskTrendChart.h"
#include "SaveToCaseDialog.h"
#include "ScreeningRunner.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dermaedge;

namespace {

constexpr int kTimeoutMs = 30000;

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCaseRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void savesScreeningToCase_data();
    void savesScreeningToCase();
    void saveShowsErrors_data();
    void saveShowsErrors();
    void followUpListsVisitsInDateOrder();
    void exportsReport_data();
    void exportsReport();
    void exportDialogPicksFormat_data();
    void exportDialogPicksFormat();

private:
    /// Opens `image` in `window` and waits for its screening and heatmap.
    void screen(MainWindow& window, const QString& image);
    /// Saves the screening on screen to a new patient and lesion through the dialog.
    void saveToNewCase(MainWindow& window, const QString& pseudonym, const QDate& date);
    QString freshDatabase(const QString& name) const;

    QTemporaryDir m_dir;
    QString m_modelsDir;
    QString m_lesionImage;
    QString m_otherImage;
};

void TestCaseRecords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DermaEdgeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestCaseRecords"));
    QVERIFY(m_dir.isValid());
    m_modelsDir = m_dir.filePath(QStringLiteral("models"));
    test::writeTinyModel(m_modelsDir, QStringLiteral("tiny"), 32, 5);
    m_lesionImage = m_dir.filePath(QStringLiteral("lesion.png"));
    m_otherImage = m_dir.filePath(QStringLiteral("other lesion.png"));
    QVERIFY(test::syntheticLesion(96, 64).save(m_lesionImage));
    QVERIFY(test::syntheticLesion(80, 80, QColor(40, 30, 60)).save(m_otherImage));
}

void TestCaseRecords::init()
{
    QSettings().clear();
}

QString TestCaseRecords::freshDatabase(const QString& name) const
{
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    return m_dir.filePath(QStringLiteral("%1-%2/cases.sqlite").arg(name, tag));
}

void TestCaseRecords::screen(MainWindow& window, const QString& image)
{
    QSignalSpy screened(&window, &MainWindow::screeningFinished);
    QSignalSpy explained(window.explanation(), &ExplanationController::finished);
    window.openImage(image);
    QTRY_COMPARE_WITH_TIMEOUT(screened.count(), 1, kTimeoutMs);
    QCOMPARE(screened.at(0).at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(explained.count(), 1, kTimeoutMs);
    QCOMPARE(explained.at(0).at(0).toBool(), true);
}

void TestCaseRecords::saveToNewCase(MainWindow& window, const QString& pseudonym, const QDate& date)
{
    CaseWorkflow* cases = window.caseWorkflow();
    cases->showSaveDialog();
    QPointer<SaveToCaseDialog> dialog = cases->saveDialog();
    QVERIFY(dialog);
    dialog->choosePatient(0, pseudonym);
    dialog->chooseLesion(0, BodySite::PosteriorTorso, QStringLiteral("L1"));
    dialog->setVisitDate(date);
    QVERIFY2(dialog->save(), qPrintable(dialog->errorText()));
    QTRY_VERIFY(!dialog);
}

void TestCaseRecords::savesScreeningToCase_data()
{
    QTest::addColumn<bool>("existingLesion");
    QTest::newRow("new patient and lesion") << false;
    QTest::newRow("last lesion preselected") << true;
}

void TestCaseRecords::savesScreeningToCase()
{
    QFETCH(bool, existingLesion);
    const QString database = freshDatabase(QStringLiteral("save"));
    qint64 lesionId = 0;
    if (existingLesion) {
        auto seeded = CaseStore::open(database);
        QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
        const qint64 patientId = seeded.value()->addPatient(QStringLiteral("PSN-OLD")).value();
        seeded.value()->addPatient(QStringLiteral("PSN-OTHER")).value();
        lesionId = seeded.value()->addLesion(patientId, BodySite::HeadNeck, QStringLiteral("ear")).value();
        Settings().setLastCase(patientId, lesionId);
    }

    MainWindow window(ModelRegistry({m_modelsDir}));
    window.caseWorkflow()->setDatabasePath(database);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.caseWorkflow()->saveAction()->isEnabled());
    screen(window, m_lesionImage);
    QVERIFY(window.caseWorkflow()->saveAction()->isEnabled());

    // Ctrl+S opens the dialog without blocking.
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    QPointer<SaveToCaseDialog> dialog = window.caseWorkflow()->saveDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    if (!existingLesion) {
        dialog->choosePatient(0, QStringLiteral("  PSN-GUI-7 "));
        dialog->chooseLesion(0, BodySite::PosteriorTorso, QStringLiteral("L1"));
    }
    dialog->setVisitDate(QDate(2025, 3, 1));
    dialog->setNote(QStringLiteral("first visit"));
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY(!dialog);

    const CaseContext saved = window.caseWorkflow()->currentCase();
    QVERIFY(saved.isValid());
    if (existingLesion)
        QCOMPARE(saved.lesionId, lesionId);
    QCOMPARE(Settings().lastLesionId(), saved.lesionId);
    QCOMPARE(Settings().lastPatientId(), saved.patientId);

    // Read back through a second connection, as the follow-up does.
    auto store = CaseStore::open(database);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const auto lesion = store.value()->lesion(saved.lesionId);
    QVERIFY2(lesion.ok(), qPrintable(lesion.error()));
    QCOMPARE(lesion->site, existingLesion ? BodySite::HeadNeck : BodySite::PosteriorTorso);
    QCOMPARE(store.value()->patient(lesion->patientId)->pseudonym,
             existingLesion ? QStringLiteral("PSN-OLD") : QStringLiteral("PSN-GUI-7"));
    const auto history = store.value()->lesionHistory(saved.lesionId);
    QVERIFY2(history.ok(), qPrintable(history.error()));
    QCOMPARE(history->size(), size_t(1));
    const VisitRecord& visit = history->front();
    QCOMPARE(visit.date, QDate(2025, 3, 1));
    QCOMPARE(visit.images.size(), size_t(1));
    QCOMPARE(visit.images.front().sourceName, QStringLiteral("lesion.png"));
    QCOMPARE(fileBytes(visit.images.front().path), fileBytes(m_lesionImage));
    QCOMPARE(visit.images.front().results.size(), size_t(1));
    const ResultRecord& result = visit.images.front().results.front();
    QCOMPARE(result.modelId, QStringLiteral("tiny"));
    QCOMPARE(result.probability, window.lastScreening()->result->probability);
    QCOMPARE(result.threshold, 0.5);
    QCOMPARE(visit.notes.size(), size_t(1));
    QCOMPARE(visit.notes.front().text, QStringLiteral("first visit"));
}

void TestCaseRecords::saveShowsErrors_data()
{
    QTest::addColumn<QString>("pseudonym");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("empty pseudonym") << "  " << "Enter a pseudonym";
    QTest::newRow("pseudonym in use") << "PSN-TAKEN" << "\"PSN-TAKEN\" is already in use";
}

void TestCaseRecords::saveShowsErrors()
{
    QFETCH(QString, pseudonym);
    QFETCH(QString, expectedError);
    const QString database = freshDatabase(QStringLiteral("errors"));
    QVERIFY(CaseStore::open(database).value()->addPatient(QStringLiteral("PSN-TAKEN")).ok());

    MainWindow window(ModelRegistry({m_modelsDir}));
    window.caseWorkflow()->setDatabasePath(database);
    screen(window, m_lesionImage);
    window.caseWorkflow()->showSaveDialog();
    SaveToCaseDialog* dialog = window.caseWorkflow()->saveDialog();
    QVERIFY(dialog);
    dialog->choosePatient(0, pseudonym);
    QVERIFY(!dialog->save());
    QVERIFY2(dialog->errorText().contains(expectedError), qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!window.caseWorkflow()->currentCase().isValid());

    auto store = CaseStore::open(database);
    QCOMPARE(store.value()->listPatients()->size(), size_t(1));
}

void TestCaseRecords::followUpListsVisitsInDateOrder()
{
    // Saved out of date order: the later visit first.
    const QString database = freshDatabase(QStringLiteral("follow-up"));
    qint64 lesionId = 0;
    qint64 laterVisit = 0;
    {
        auto store = CaseStore::open(database);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const qint64 patientId = store.value()->addPatient(QStringLiteral("PSN-FU")).value();
        lesionId = store.value()->addLesion(patientId, BodySite::LowerExtremity, QStringLiteral("calf")).value();
        ResultRecord later{0, 0, QStringLiteral("tiny"), QStringLiteral("fp32"), 0.7, 0.5, true, {}};
        ResultRecord earlier{0, 0, QStringLiteral("tiny"), QStringLiteral("fp32"), 0.2, 0.4, false, {}};
        laterVisit = store.value()->addScreening(lesionId, QDate(2025, 6, 1), m_otherImage, later)->visitId;
        QVERIFY(store.value()->addScreening(lesionId, QDate(2024, 12, 1), m_lesionImage, earlier).ok());
    }

    MainWindow window(ModelRegistry({m_modelsDir}));
    CaseWorkflow* cases = window.caseWorkflow();
    cases->setDatabasePath(database);
    cases->showCasesWindow();
    CasesWindow* casesWindow = cases->casesWindow();
    QVERIFY(casesWindow);
    QVERIFY(casesWindow->isVisible());
    QVERIFY(casesWindow->selectLesion(lesionId));

    FollowUpView* followUp = casesWindow->followUp();
    QCOMPARE(followUp->lesionId(), lesionId);
    QCOMPARE(followUp->images().size(), size_t(2));
    QCOMPARE(followUp->images().at(0).visitDate, QDate(2024, 12, 1));
    QCOMPARE(followUp->images().at(1).visitDate, QDate(2025, 6, 1));
    QListWidget* thumbnails = followUp->thumbnailList();
    QCOMPARE(thumbnails->count(), 2);
    QVERIFY2(thumbnails->item(0)->text().startsWith(QStringLiteral("2024-12-01\n20.0 %")),
             qPrintable(thumbnails->item(0)->text()));
    QVERIFY2(thumbnails->item(1)->text().startsWith(QStringLiteral("2025-06-01\n70.0 %")),
             qPrintable(thumbnails->item(1)->text()));
    QVERIFY(thumbnails->item(1)->text().endsWith(QStringLiteral("fp32")));
    QTRY_VERIFY_WITH_TIMEOUT(!followUp->isLoadingThumbnails(), kTimeoutMs);
    QVERIFY(!thumbnails->item(0)->icon().isNull());

    const QLineSeries* probability = followUp->trendChart()->probabilitySeries();
    QCOMPARE(probability->count(), 2);
    QVERIFY(probability->at(0).x() < probability->at(1).x());
    QCOMPARE(probability->at(0).y(), 20.0);
    QCOMPARE(probability->at(1).y(), 70.0);
    const QLineSeries* threshold = followUp->trendChart()->thresholdSeries();
    QCOMPARE(threshold->pen().style(), Qt::DashLine);
    QCOMPARE(threshold->at(0).y(), 40.0);
    QCOMPARE(threshold->at(threshold->count() - 1).y(), 50.0);

    // Opening the later visit screens its stored image and files the result under that visit.
    QSignalSpy screened(&window, &MainWindow::screeningFinished);
    thumbnails->setCurrentRow(1);
    QPushButton* open = nullptr;
    for (QPushButton* button : followUp->findChildren<QPushButton*>()) {
        if (button->text().contains(QStringLiteral("Main Window")))
            open = button;
    }
    QVERIFY(open);
    QVERIFY(open->isEnabled());
    open->click();
    QTRY_COMPARE_WITH_TIMEOUT(screened.count(), 1, kTimeoutMs);
    QCOMPARE(window.currentImagePath(), followUp->images().at(1).path);
    QCOMPARE(cases->currentCase().visitId, laterVisit);
    QCOMPARE(cases->currentCase().sourceName, QStringLiteral("other lesion.png"));
    // The stored copy is named by its digest; the user sees the name it was imported under.
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("other lesion.png")), qPrintable(window.windowTitle()));
    QVERIFY(!Settings().recentFiles().contains(followUp->images().at(1).path));
}

void TestCaseRecords::exportsReport_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("deidentify");
    QTest::addColumn<QByteArray>("expectedStart");
    QTest::newRow("pdf") << int(ReportFormat::Pdf) << false << QByteArray("%PDF");
    QTest::newRow("html de-identified") << int(ReportFormat::Html) << true << QByteArray("<!DOCTYPE html>");
    QTest::newRow("html identified") << int(ReportFormat::Html) << false << QByteArray("<!DOCTYPE html>");
    QTest::newRow("csv") << int(ReportFormat::Csv) << false << QByteArray("notice,");
}

void TestCaseRecords::exportsReport()
{
    QFETCH(int, format);
    QFETCH(bool, deidentify);
    QFETCH(QByteArray, expectedStart);
    MainWindow window(ModelRegistry({m_modelsDir}));
    CaseWorkflow* cases = window.caseWorkflow();
    cases->setDatabasePath(freshDatabase(QStringLiteral("export")));
    screen(window, m_lesionImage);
    saveToNewCase(window, QStringLiteral("PSN-REPORT-3"), QDate(2025, 2, 14));

    const QString path = m_dir.filePath(QStringLiteral("report-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    const Status written = cases->exportReport(path, ReportFormat(format), deidentify);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QByteArray bytes = fileBytes(path);
    QVERIFY2(bytes.startsWith(expectedStart), bytes.left(40).constData());

    const auto data = cases->currentReportData();
    QVERIFY2(data.ok(), qPrintable(data.error()));
    QVERIFY(data->heatmap.has_value());
    QCOMPARE(data->heatmap->modelId, QStringLiteral("tiny"));
    QCOMPARE(data->patientPseudonym, QStringLiteral("PSN-REPORT-3"));
    QCOMPARE(data->visitDate, QDate(2025, 2, 14));
    if (ReportFormat(format) == ReportFormat::Html) {
        QCOMPARE(bytes.contains("PSN-REPORT-3"), !deidentify);
        QCOMPARE(bytes.contains("lesion.png"), !deidentify);
        QCOMPARE(bytes.contains("2025-02-14"), !deidentify);
        QVERIFY(bytes.contains("<img class=\"heatmap\" src=\"data:image/png;base64,"));
    }
    if (ReportFormat(format) == ReportFormat::Csv)
        QVERIFY(bytes.contains(",tiny,no\r\n"));

    // A hidden heatmap stays out of the report.
    window.explanation()->toggleAction()->trigger();
    QVERIFY(!cases->currentReportData()->heatmap.has_value());

    // A folder that does not exist: the message names the file.
    const QString unwritable = m_dir.filePath(QStringLiteral("missing-folder/report.pdf"));
    const Status failed = cases->exportReport(unwritable, ReportFormat(format), deidentify);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(unwritable), qPrintable(failed.error()));
}

void TestCaseRecords::exportDialogPicksFormat_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QString>("typedName");
    QTest::addColumn<int>("expectedFormat");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("html filter adds .html") << int(ReportFormat::Html) << "r" << int(ReportFormat::Html) << "r.html";
    QTest::newRow("pdf filter adds .pdf") << int(ReportFormat::Pdf) << "r" << int(ReportFormat::Pdf) << "r.pdf";
    QTest::newRow("extension wins") << int(ReportFormat::Pdf) << "r.csv" << int(ReportFormat::Csv) << "r.csv";
    QTest::newRow("unknown extension") << int(ReportFormat::Csv) << "r.v2" << int(ReportFormat::Csv) << "r.v2";
}

void TestCaseRecords::exportDialogPicksFormat()
{
    QFETCH(int, filter);
    QFETCH(QString, typedName);
    QFETCH(int, expectedFormat);
    QFETCH(QString, expectedName);
    const QString folder = m_dir.filePath(QStringLiteral("dialog-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QVERIFY(QDir().mkpath(folder));

    MainWindow window(ModelRegistry({m_modelsDir}));
    CaseWorkflow* cases = window.caseWorkflow();
    cases->setDatabasePath(freshDatabase(QStringLiteral("dialog")));
    screen(window, m_lesionImage);
    cases->showExportDialog();
    QPointer<ReportExportDialog> dialog = cases->exportDialog();
    QVERIFY(dialog);
    dialog->setDirectory(folder);
    dialog->selectFormat(ReportFormat(filter));
    dialog->selectFile(typedName);
    dialog->setRemovesIdentifyingData(true);
    QCOMPARE(int(dialog->selectedFormat()), expectedFormat);
    QCOMPARE(QFileInfo(dialog->selectedPath()).fileName(), expectedName);

    // QFileDialog::accept() is protected, but QDialog's is public and virtual.
    static_cast<QDialog*>(dialog.data())->accept();
    QTRY_VERIFY(!dialog);
    const QString written = QDir(folder).filePath(expectedName);
    QVERIFY2(QFileInfo::exists(written), qPrintable(written));
    QCOMPARE(Settings().lastReportFolder(), folder);
}

QTEST_MAIN(TestCaseRecords)
#include "TestCaseRecords.moc"
