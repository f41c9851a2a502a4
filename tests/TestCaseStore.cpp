#include "CaseStore.h"
#include "ModelManifest.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dermaedge;

namespace {

ResultRecord sampleResult(double probability, const QString& modelId = QStringLiteral("tiny"))
{
    ResultRecord result;
    result.modelId = modelId;
    result.variant = QStringLiteral("fp32");
    result.probability = probability;
    result.threshold = 0.5;
    result.malignant = probability >= 0.5;
    return result;
}

// Runs SQL on a database file through a connection of its own, outside CaseStore.
class RawDatabase
{
public:
    explicit RawDatabase(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    bool isOpen() const { return m_open; }

    bool exec(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError().text();
        return false;
    }

    QVariant value(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
};

// The schema of version 1 as it was released, frozen here so that the test
// keeps checking the upgrade of real version-1 files when later migrations change.
const QStringList kVersionOneSchema{
    QStringLiteral("PRAGMA application_id = 1148349765"),
    QStringLiteral("CREATE TABLE patients (id INTEGER PRIMARY KEY, pseudonym TEXT NOT NULL UNIQUE "
                   "CHECK (length(trim(pseudonym)) > 0), comment TEXT NOT NULL DEFAULT '', "
                   "created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE lesions (id INTEGER PRIMARY KEY, patient_id INTEGER NOT NULL "
                   "REFERENCES patients(id), site TEXT NOT NULL CHECK (site IN ('anterior torso', "
                   "'posterior torso', 'lateral torso', 'head/neck', 'upper extremity', "
                   "'lower extremity', 'palms/soles', 'oral/genital', 'unknown')), label TEXT NOT "
                   "NULL DEFAULT '', created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE visits (id INTEGER PRIMARY KEY, lesion_id INTEGER NOT NULL "
                   "REFERENCES lesions(id), visit_date TEXT NOT NULL CHECK (visit_date GLOB "
                   "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'))"),
    QStringLiteral("CREATE TABLE images (id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL "
                   "REFERENCES visits(id), sha256 TEXT NOT NULL CHECK (length(sha256) = 64), "
                   "file_name TEXT NOT NULL CHECK (length(file_name) > 0), source_name TEXT NOT "
                   "NULL DEFAULT '', imported_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE results (id INTEGER PRIMARY KEY, image_id INTEGER NOT NULL "
                   "REFERENCES images(id), model_id TEXT NOT NULL CHECK (length(model_id) > 0), "
                   "variant TEXT NOT NULL DEFAULT '', probability REAL NOT NULL CHECK (probability "
                   ">= 0 AND probability <= 1), threshold REAL NOT NULL CHECK (threshold >= 0 AND "
                   "threshold <= 1), decision TEXT NOT NULL CHECK (decision IN ('benign', "
                   "'malignant')), recorded_at TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX lesions_by_patient ON lesions(patient_id)"),
    QStringLiteral("CREATE INDEX visits_by_lesion ON visits(lesion_id, visit_date)"),
    QStringLiteral("CREATE INDEX images_by_visit ON images(visit_id)"),
    QStringLiteral("CREATE INDEX results_by_image ON results(image_id)"),
    QStringLiteral("PRAGMA user_version = 1"),
};

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// Child process of survivesKilledWriter(): adds screenings until it is killed,
// printing one line after each commit.
int runWriteLoop(const QString& databasePath, qint64 lesionId, const QString& imagePath)
{
    auto store = CaseStore::open(databasePath);
    if (!store) {
        fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    for (int i = 0; i < 1'000'000; ++i) {
        const QDate date = QDate(2020, 1, 1).addDays(i % 2000);
        const auto saved = store.value()->addScreening(lesionId, date, imagePath, sampleResult((i % 100) / 100.0));
        if (!saved) {
            fprintf(stderr, "%s\n", qPrintable(saved.error()));
            return 1;
        }
        printf("committed %d\n", i + 1);
        fflush(stdout);
    }
    return 0;
}

} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsSchema_data();
    void createsSchema();
    void migratesVersionOne_data();
    void migratesVersionOne();
    void rejectsNewerVersion_data();
    void rejectsNewerVersion();
    void rejectsBrokenFile_data();
    void rejectsBrokenFile();
    void importsImage_data();
    void importsImage();
    void rejectsUnreadableImage_data();
    void rejectsUnreadableImage();
    void rejectsInvalidInput_data();
    void rejectsInvalidInput();
    void rollsBackFailedSave_data();
    void rollsBackFailedSave();
    void listsHistoryInDateOrder();
    void savesNoteWithScreening_data();
    void savesNoteWithScreening();
    void survivesKilledWriter_data();
    void survivesKilledWriter();

private:
    QString freshPath(const QString& name) const;
    /// Adds one patient and one lesion to `store` and returns the lesion id.
    qint64 seedLesion(CaseStore& store);

    QTemporaryDir m_dir;
    QString m_png;
    QString m_jpegNamedPng;
};

void TestCaseStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_png = m_dir.filePath(QStringLiteral("lesion.png"));
    QVERIFY(test::syntheticLesion(64, 48).save(m_png));
    m_jpegNamedPng = m_dir.filePath(QStringLiteral("really a jpeg.png"));
    QVERIFY(test::syntheticLesion(40, 40, Qt::black).save(m_jpegNamedPng, "JPEG"));
}

QString TestCaseStore::freshPath(const QString& name) const
{
    const QString folder = m_dir.filePath(name);
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    return folder + QStringLiteral("/cases.sqlite");
}

qint64 TestCaseStore::seedLesion(CaseStore& store)
{
    const auto patient = store.addPatient(QStringLiteral("P-SEED"), QStringLiteral("seed patient"));
    if (!patient)
        qWarning() << patient.error();
    const auto lesion = store.addLesion(patient.ok() ? patient.value() : 0, BodySite::PosteriorTorso,
                                        QStringLiteral("L1"));
    if (!lesion)
        qWarning() << lesion.error();
    return lesion.ok() ? lesion.value() : 0;
}

void TestCaseStore::createsSchema_data()
{
    QTest::addColumn<bool>("createEmptyFile");
    QTest::newRow("missing file") << false;
    QTest::newRow("empty file") << true;
}

void TestCaseStore::createsSchema()
{
    QFETCH(bool, createEmptyFile);
    const QString path = freshPath(QStringLiteral("schema"));
    if (createEmptyFile)
        test::writeBytes(path, {});
    {
        auto store = CaseStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE(store.value()->path(), path);
        QVERIFY(QFileInfo(store.value()->imagesFolder()).isDir());
        const auto patient = store.value()->addPatient(QStringLiteral("P-1"));
        QVERIFY2(patient.ok(), qPrintable(patient.error()));
    }
    RawDatabase raw(path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), CaseStore::latestSchemaVersion());
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    for (const QString& table : {QStringLiteral("patients"), QStringLiteral("lesions"), QStringLiteral("visits"),
                                 QStringLiteral("images"), QStringLiteral("results"), QStringLiteral("notes")}) {
        const QString sql = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table);
        QVERIFY2(raw.value(sql).toInt() == 1, qPrintable(table));
    }
    QCOMPARE(raw.value(QStringLiteral("SELECT pseudonym FROM patients")).toString(), QStringLiteral("P-1"));
}

void TestCaseStore::migratesVersionOne_data()
{
    QTest::addColumn<bool>("withRecords");
    QTest::newRow("empty version 1") << false;
    QTest::newRow("version 1 with records") << true;
}

void TestCaseStore::migratesVersionOne()
{
    QFETCH(bool, withRecords);
    const QString path = freshPath(QStringLiteral("version-one"));
    {
        RawDatabase raw(path);
        QVERIFY(raw.isOpen());
        for (const QString& statement : kVersionOneSchema)
            QVERIFY(raw.exec(statement));
        if (withRecords) {
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO patients VALUES (1, 'P-OLD', 'from v1', '2024-01-02T10:00:00.000Z')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO lesions VALUES (1, 1, 'head/neck', 'L1', '2024-01-02T10:00:00.000Z')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO visits VALUES (1, 1, '2024-01-02')")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO images VALUES (1, 1, '%1', 'old.png', 'old.png', '2024-01-02T10:00:00.000Z')")
                                 .arg(QString(64, u'a'))));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO results VALUES (1, 1, 'm', 'fp32', 0.75, 0.5, 'malignant', '2024-01-02T10:00:01.000Z')")));
        }
    }

    auto store = CaseStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const auto patients = store.value()->listPatients();
    QVERIFY2(patients.ok(), qPrintable(patients.error()));
    QCOMPARE(patients->size(), size_t(withRecords ? 1 : 0));
    qint64 patientId = 0;
    if (withRecords) {
        QCOMPARE(patients->front().pseudonym, QStringLiteral("P-OLD"));
        patientId = patients->front().id;
        const auto history = store.value()->lesionHistory(1);
        QVERIFY2(history.ok(), qPrintable(history.error()));
        QCOMPARE(history->size(), size_t(1));
        QCOMPARE(history->front().date, QDate(2024, 1, 2));
        QCOMPARE(history->front().images.size(), size_t(1));
        QCOMPARE(history->front().images.front().results.front().probability, 0.75);
        QVERIFY(history->front().images.front().results.front().malignant);
    } else {
        patientId = store.value()->addPatient(QStringLiteral("P-NEW")).value();
    }
    // Version 2 added notes.
    NoteRecord note;
    note.patientId = patientId;
    note.text = QStringLiteral("added after the upgrade");
    const auto noteId = store.value()->addNote(note);
    QVERIFY2(noteId.ok(), qPrintable(noteId.error()));
    QCOMPARE(store.value()->listNotes(patientId)->size(), size_t(1));
    store.value().reset();
    QCOMPARE(RawDatabase(path).value(QStringLiteral("PRAGMA user_version")).toInt(), CaseStore::latestSchemaVersion());
}

void TestCaseStore::rejectsNewerVersion_data()
{
    QTest::addColumn<int>("versionsAhead");
    QTest::newRow("next version") << 1;
    QTest::newRow("far future") << 97;
}

void TestCaseStore::rejectsNewerVersion()
{
    QFETCH(int, versionsAhead);
    const QString path = freshPath(QStringLiteral("newer"));
    {
        auto store = CaseStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const auto patient = store.value()->addPatient(QStringLiteral("P-1"));
        QVERIFY2(patient.ok(), qPrintable(patient.error()));
    }
    const int newer = CaseStore::latestSchemaVersion() + versionsAhead;
    QVERIFY(RawDatabase(path).exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
    const QByteArray before = fileBytes(path);

    const auto store = CaseStore::open(path);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().contains(path), qPrintable(store.error()));
    QVERIFY2(store.error().contains(QStringLiteral("newer DermaEdge")), qPrintable(store.error()));
    QVERIFY2(store.error().contains(QString::number(newer)), qPrintable(store.error()));
    QCOMPARE(fileBytes(path), before);
}

void TestCaseStore::rejectsBrokenFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("cause");
    QTest::newRow("garbage bytes") << "garbage" << "not a database";
    QTest::newRow("truncated database") << "truncated" << "malformed";
    QTest::newRow("another program's database") << "foreign" << "another program";
    QTest::newRow("folder") << "folder" << "folder";
    QTest::newRow("read-only file") << "read-only" << "read-only";
}

void TestCaseStore::rejectsBrokenFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, cause);
    const QString path = freshPath(QStringLiteral("broken-") + kind);
    if (kind == QStringLiteral("garbage")) {
        test::writeBytes(path, QByteArray(8192, '\x5a'));
    } else if (kind == QStringLiteral("truncated")) {
        {
            auto store = CaseStore::open(path);
            QVERIFY(store.ok());
            for (int i = 0; i < 300; ++i)
                QVERIFY(store.value()->addPatient(QStringLiteral("P-%1").arg(i), QString(200, u'x')).ok());
        }
        QVERIFY(QFileInfo(path).size() > 4 * 4096);
        QVERIFY(QFile::resize(path, 3 * 4096));
    } else if (kind == QStringLiteral("foreign")) {
        RawDatabase raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
    } else if (kind == QStringLiteral("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QStringLiteral("read-only")) {
        if (runningAsRoot())
            QSKIP("root writes read-only files, so this case needs an unprivileged user");
        QVERIFY(CaseStore::open(path).ok());
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    }
    const QByteArray before = QFileInfo(path).isFile() ? fileBytes(path) : QByteArray();

    const auto store = CaseStore::open(path);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().contains(path), qPrintable(store.error()));
    QVERIFY2(store.error().contains(cause), qPrintable(store.error()));
    if (QFileInfo(path).isFile())
        QCOMPARE(fileBytes(path), before);
}

void TestCaseStore::importsImage_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("storedSuffix");
    QTest::newRow("png") << m_png << "png";
    QTest::newRow("jpeg named .png") << m_jpegNamedPng << "jpg";
}

void TestCaseStore::importsImage()
{
    QFETCH(QString, source);
    QFETCH(QString, storedSuffix);
    auto store = CaseStore::open(freshPath(QStringLiteral("import")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const qint64 lesionId = seedLesion(*store.value());
    const qint64 visitId = store.value()->addVisit(lesionId, QDate(2025, 5, 6)).value();

    const auto first = store.value()->importImage(visitId, source);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const QString sha = sha256OfFile(source).value();
    QCOMPARE(first->sha256, sha);
    QCOMPARE(first->path, QDir(store.value()->imagesFolder()).filePath(sha + u'.' + storedSuffix));
    QCOMPARE(sha256OfFile(first->path).value(), sha);
    QCOMPARE(first->sourceName, QFileInfo(source).fileName());

    // The same file again is a second row but stays one file.
    const auto second = store.value()->importImage(visitId, source);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QVERIFY(second->id != first->id);
    QCOMPARE(second->path, first->path);
    QCOMPARE(QDir(store.value()->imagesFolder()).entryList(QDir::Files).size(), 1);
    const auto history = store.value()->lesionHistory(lesionId);
    QCOMPARE(history->front().images.size(), size_t(2));
}

void TestCaseStore::rejectsUnreadableImage_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("missing file") << "missing";
    QTest::newRow("empty file") << "empty";
    QTest::newRow("not an image") << "garbage";
    QTest::newRow("folder") << "folder";
    QTest::newRow("no read permission") << "unreadable";
}

void TestCaseStore::rejectsUnreadableImage()
{
    QFETCH(QString, kind);
    const QString source = m_dir.filePath(QStringLiteral("bad-%1.jpg").arg(kind));
    if (kind == QStringLiteral("empty"))
        test::writeBytes(source, {});
    else if (kind == QStringLiteral("garbage"))
        test::writeBytes(source, QByteArray(500, '\x13'));
    else if (kind == QStringLiteral("folder"))
        QVERIFY(QDir().mkpath(source));
    else if (kind == QStringLiteral("unreadable")) {
        if (runningAsRoot())
            QSKIP("root reads files without read permission, so this case needs an unprivileged user");
        QVERIFY(QFile::copy(m_png, source));
        QVERIFY(QFile::setPermissions(source, QFileDevice::WriteOwner));
    }

    auto store = CaseStore::open(freshPath(QStringLiteral("unreadable")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const qint64 lesionId = seedLesion(*store.value());
    const qint64 visitId = store.value()->addVisit(lesionId, QDate(2025, 5, 6)).value();

    const auto image = store.value()->importImage(visitId, source);
    QVERIFY(!image.ok());
    QVERIFY2(image.error().contains(source), qPrintable(image.error()));
    const auto screening = store.value()->addScreening(lesionId, QDate(2025, 5, 7), source, sampleResult(0.2));
    QVERIFY(!screening.ok());
    QVERIFY2(screening.error().contains(source), qPrintable(screening.error()));

    QVERIFY(QDir(store.value()->imagesFolder()).entryList(QDir::Files).isEmpty());
    const auto history = store.value()->lesionHistory(lesionId);
    QCOMPARE(history->size(), size_t(1)); // the visit added above, without images
    QVERIFY(history->front().images.empty());
}

void TestCaseStore::rejectsInvalidInput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("cause");
    QTest::newRow("empty pseudonym") << "empty pseudonym" << "pseudonym is empty";
    QTest::newRow("duplicate pseudonym") << "duplicate pseudonym" << "already in use";
    QTest::newRow("lesion of missing patient") << "missing patient" << "patient 999 not found";
    QTest::newRow("visit of missing lesion") << "missing lesion" << "lesion 999 not found";
    QTest::newRow("invalid visit date") << "invalid date" << "date is invalid";
    QTest::newRow("result of missing image") << "missing image" << "image 999 not found";
    QTest::newRow("note on another patient's lesion") << "foreign lesion note" << "not found";
    QTest::newRow("empty note") << "empty note" << "note is empty";
}

void TestCaseStore::rejectsInvalidInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, cause);
    const QString path = freshPath(QStringLiteral("invalid"));
    auto store = CaseStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    CaseStore& cases = *store.value();
    const qint64 lesionId = seedLesion(cases);
    const qint64 otherPatient = cases.addPatient(QStringLiteral("P-OTHER")).value();

    QString error;
    if (kind == QStringLiteral("empty pseudonym"))
        error = cases.addPatient(QStringLiteral("   ")).error();
    else if (kind == QStringLiteral("duplicate pseudonym"))
        error = cases.addPatient(QStringLiteral(" P-SEED ")).error();
    else if (kind == QStringLiteral("missing patient"))
        error = cases.addLesion(999, BodySite::HeadNeck).error();
    else if (kind == QStringLiteral("missing lesion"))
        error = cases.addVisit(999, QDate(2025, 1, 1)).error();
    else if (kind == QStringLiteral("invalid date"))
        error = cases.addVisit(lesionId, QDate()).error();
    else if (kind == QStringLiteral("missing image"))
        error = cases.recordResult(999, sampleResult(0.3)).error();
    else if (kind == QStringLiteral("foreign lesion note"))
        error = cases.addNote({0, otherPatient, lesionId, 0, QStringLiteral("text"), {}}).error();
    else if (kind == QStringLiteral("empty note"))
        error = cases.addNote({0, otherPatient, 0, 0, QStringLiteral(" \n "), {}}).error();

    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(cause), qPrintable(error));
    QCOMPARE(cases.listPatients()->size(), size_t(2));
    QCOMPARE(cases.listLesions(otherPatient)->size(), size_t(0));
}

void TestCaseStore::rollsBackFailedSave_data()
{
    QTest::addColumn<double>("probability");
    QTest::addColumn<QString>("modelId");
    QTest::newRow("probability above 1") << 1.5 << "tiny";
    QTest::newRow("probability not a number") << std::nan("") << "tiny";
    QTest::newRow("empty model id") << 0.4 << "";
}

void TestCaseStore::rollsBackFailedSave()
{
    QFETCH(double, probability);
    QFETCH(QString, modelId);
    const QString path = freshPath(QStringLiteral("rollback"));
    auto store = CaseStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const qint64 lesionId = seedLesion(*store.value());
    const auto committed = store.value()->addScreening(lesionId, QDate(2025, 1, 1), m_png, sampleResult(0.3));
    QVERIFY2(committed.ok(), qPrintable(committed.error()));

    // The visit and image inserts succeed; the result insert fails its CHECK
    // constraint, which must undo both and the copy of the new image file.
    const auto failed = store.value()->addScreening(lesionId, QDate(2025, 2, 1), m_jpegNamedPng,
                                                    sampleResult(probability, modelId));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(path), qPrintable(failed.error()));

    const auto history = store.value()->lesionHistory(lesionId);
    QVERIFY2(history.ok(), qPrintable(history.error()));
    QCOMPARE(history->size(), size_t(1));
    QCOMPARE(history->front().date, QDate(2025, 1, 1));
    QCOMPARE(history->front().images.front().results.front().probability, 0.3);
    QCOMPARE(QDir(store.value()->imagesFolder()).entryList(QDir::Files).size(), 1);
    store.value().reset();

    // The committed state is also what a new connection reads.
    auto reopened = CaseStore::open(path);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE(reopened.value()->lesionHistory(lesionId)->size(), size_t(1));
    QVERIFY(reopened.value()->addScreening(lesionId, QDate(2025, 3, 1), m_png, sampleResult(0.6)).ok());
}

void TestCaseStore::listsHistoryInDateOrder()
{
    auto store = CaseStore::open(freshPath(QStringLiteral("history")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    CaseStore& cases = *store.value();
    const qint64 lesionId = seedLesion(cases);
    const qint64 patientId = cases.lesion(lesionId)->patientId;
    const qint64 secondPatient = cases.addPatient(QStringLiteral("A-FIRST")).value();

    // Added out of order: the history sorts by visit date.
    const QList<std::pair<QDate, double>> visits{{QDate(2024, 3, 1), 0.2},
                                                 {QDate(2023, 1, 15), 0.1},
                                                 {QDate(2025, 6, 30), 0.7}};
    for (const auto& [date, probability] : visits) {
        const auto ids = cases.addScreening(lesionId, date, m_png, sampleResult(probability));
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
        const QString text = QStringLiteral("seen on %1").arg(date.toString(Qt::ISODate));
        // Without its lesion id, the note of a visit gets the visit's lesion.
        const qint64 noteLesion = date.year() == 2024 ? 0 : lesionId;
        QVERIFY(cases.addNote({0, patientId, noteLesion, ids->visitId, text, {}}).ok());
    }
    QVERIFY(cases.addNote({0, patientId, 0, 0, QStringLiteral("about the patient"), {}}).ok());

    const auto history = cases.lesionHistory(lesionId);
    QVERIFY2(history.ok(), qPrintable(history.error()));
    QCOMPARE(history->size(), size_t(3));
    const QList<double> expected{0.1, 0.2, 0.7};
    for (size_t i = 0; i < history->size(); ++i) {
        const VisitRecord& visit = history->at(i);
        if (i > 0)
            QVERIFY(history->at(i - 1).date < visit.date);
        QCOMPARE(visit.images.size(), size_t(1));
        QVERIFY(QFileInfo::exists(visit.images.front().path));
        QCOMPARE(visit.images.front().results.size(), size_t(1));
        QCOMPARE(visit.images.front().results.front().probability, expected[int(i)]);
        QCOMPARE(visit.notes.size(), size_t(1));
        QCOMPARE(visit.notes.front().text, QStringLiteral("seen on %1").arg(visit.date.toString(Qt::ISODate)));
    }

    const auto patients = cases.listPatients();
    QCOMPARE(patients->size(), size_t(2));
    QCOMPARE(patients->front().id, secondPatient); // by pseudonym: "A-FIRST" before "P-SEED"
    const auto lesions = cases.listLesions(patientId);
    QCOMPARE(lesions->size(), size_t(1));
    QCOMPARE(lesions->front().site, BodySite::PosteriorTorso);
    QCOMPARE(lesions->front().label, QStringLiteral("L1"));
    const auto notes = cases.listNotes(patientId);
    QCOMPARE(notes->size(), size_t(4));
    for (const NoteRecord& note : notes.value())
        QCOMPARE(note.lesionId, note.visitId == 0 ? 0 : lesionId);
    QVERIFY(cases.suggestPseudonym().value().startsWith(QStringLiteral("P-")));
}

void TestCaseStore::savesNoteWithScreening_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("storedNote");
    QTest::newRow("note") << "  itches since May " << "itches since May";
    QTest::newRow("blank note") << " \n " << "";
}

void TestCaseStore::savesNoteWithScreening()
{
    QFETCH(QString, note);
    QFETCH(QString, storedNote);
    auto store = CaseStore::open(freshPath(QStringLiteral("note")));
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const qint64 lesionId = seedLesion(*store.value());
    const auto ids = store.value()->addScreening(lesionId, QDate(2025, 4, 2), m_png, sampleResult(0.4), note);
    QVERIFY2(ids.ok(), qPrintable(ids.error()));
    QCOMPARE(ids->noteId != 0, !storedNote.isEmpty());

    const auto history = store.value()->lesionHistory(lesionId);
    QVERIFY2(history.ok(), qPrintable(history.error()));
    QCOMPARE(history->size(), size_t(1));
    const VisitRecord& visit = history->front();
    QCOMPARE(visit.notes.size(), storedNote.isEmpty() ? size_t(0) : size_t(1));
    if (!storedNote.isEmpty()) {
        QCOMPARE(visit.notes.front().text, storedNote);
        QCOMPARE(visit.notes.front().visitId, ids->visitId);
        QCOMPARE(visit.notes.front().lesionId, lesionId);
    }
}

void TestCaseStore::survivesKilledWriter_data()
{
    QTest::addColumn<int>("commitsBeforeKill");
    QTest::newRow("after the first commit") << 1;
    QTest::newRow("after 40 commits") << 40;
}

void TestCaseStore::survivesKilledWriter()
{
    QFETCH(int, commitsBeforeKill);
    const QString path = freshPath(QStringLiteral("killed"));
    qint64 lesionId = 0;
    {
        auto store = CaseStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        lesionId = seedLesion(*store.value());
    }

    QProcess writer;
    writer.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--write-loop"), path, QString::number(lesionId), m_png});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
    int reported = 0;
    while (reported < commitsBeforeKill) {
        if (!writer.canReadLine() && !writer.waitForReadyRead(30'000))
            QFAIL(qPrintable(QStringLiteral("writer stopped: %1").arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        while (writer.canReadLine())
            reported += writer.readLine().startsWith("committed") ? 1 : 0;
    }
    // SIGKILL, so the writer gets no chance to finish its current transaction.
    writer.kill();
    QVERIFY(writer.waitForFinished(10'000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    reported += QByteArray(writer.readAllStandardOutput()).count("committed");
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));

    auto store = CaseStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.error()));
    const auto history = store.value()->lesionHistory(lesionId);
    QVERIFY2(history.ok(), qPrintable(history.error()));
    // Every reported commit is there. The transaction under way at the kill
    // may have committed before its line was printed.
    QVERIFY2(int(history->size()) >= reported, qPrintable(QString::number(history->size())));
    QVERIFY2(int(history->size()) <= reported + 1, qPrintable(QString::number(history->size())));
    for (const VisitRecord& visit : history.value()) {
        QCOMPARE(visit.images.size(), size_t(1));
        QCOMPARE(visit.images.front().results.size(), size_t(1));
    }
    RawDatabase raw(path);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM images")).toInt(), int(history->size()));
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM results")).toInt(), int(history->size()));
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--write-loop") == 0)
        return runWriteLoop(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(),
                            QString::fromLocal8Bit(argv[4]));
    TestCaseStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestCaseStore.moc"
