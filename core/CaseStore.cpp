#include "CaseStore.h"

#include "Classifier.h"
#include "Logging.h"
#include "private/CaseDatabase.h"
#include "private/CaseImageFiles.h"
#include "private/CaseSchema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QStandardPaths>

namespace dermaedge {

using detail::querySingleInteger;
using detail::requireRow;
using detail::runSql;
using detail::StoredImageFile;
using detail::toStoredTime;

namespace {

// Qt binds a null QString as SQL NULL, which the NOT NULL text columns reject.
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString nowStored()
{
    return toStoredTime(QDateTime::currentDateTimeUtc());
}

// Reasons that SQLite would report late or vaguely, checked before opening.
Status checkDatabaseFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Status::failure(QStringLiteral("it is a folder, not a database file"));
    if (info.exists() && !info.isReadable())
        return Status::failure(QStringLiteral("the file cannot be read (permission denied)"));
    if (info.exists() && !info.isWritable())
        return Status::failure(QStringLiteral("the file is read-only"));
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return Status::failure(QStringLiteral("the folder %1 cannot be created").arg(folder));
    if (!QFileInfo(folder).isWritable())
        return Status::failure(
            QStringLiteral("the folder %1 is read-only, and SQLite writes its log files beside "
                           "the database")
                .arg(folder));
    return Status::success();
}

Result<qint64> insertVisit(const QSqlDatabase& db, qint64 lesionId, const QDate& date)
{
    if (!date.isValid())
        return Result<qint64>::failure(QStringLiteral("the visit date is invalid"));
    if (Status lesion = requireRow(db, QStringLiteral("lesions"), lesionId, QStringLiteral("lesion")); !lesion)
        return Result<qint64>::failure(lesion.error());
    auto query = runSql(db, QStringLiteral("INSERT INTO visits (lesion_id, visit_date) VALUES (?, ?)"),
                        {lesionId, date.toString(Qt::ISODate)});
    if (!query)
        return Result<qint64>::failure(query.error());
    return query->lastInsertId().toLongLong();
}

Result<ImageRecord> insertImage(const QSqlDatabase& db, qint64 visitId, const StoredImageFile& stored,
                                const QString& sourcePath, const QString& imagesFolder)
{
    if (Status visit = requireRow(db, QStringLiteral("visits"), visitId, QStringLiteral("visit")); !visit)
        return Result<ImageRecord>::failure(visit.error());
    ImageRecord image;
    image.visitId = visitId;
    image.path = QDir(imagesFolder).filePath(stored.fileName);
    image.sha256 = stored.sha256;
    image.sourceName = QFileInfo(sourcePath).fileName();
    image.importedAt = QDateTime::currentDateTimeUtc();
    auto query = runSql(db,
                        QStringLiteral("INSERT INTO images (visit_id, sha256, file_name, source_name, "
                                       "imported_at) VALUES (?, ?, ?, ?, ?)"),
                        {visitId, image.sha256, stored.fileName, nonNull(image.sourceName),
                         toStoredTime(image.importedAt)});
    if (!query)
        return Result<ImageRecord>::failure(query.error());
    image.id = query->lastInsertId().toLongLong();
    return image;
}

// Range checks on the numbers are left to the table's CHECK constraints, so a
// bad value fails the insert and rolls back whatever the transaction did before.
Result<qint64> insertResult(const QSqlDatabase& db, qint64 imageId, const ResultRecord& result)
{
    if (Status image = requireRow(db, QStringLiteral("images"), imageId, QStringLiteral("image")); !image)
        return Result<qint64>::failure(image.error());
    const QDateTime recordedAt = result.recordedAt.isValid() ? result.recordedAt
                                                             : QDateTime::currentDateTimeUtc();
    auto query = runSql(db,
                        QStringLiteral("INSERT INTO results (image_id, model_id, variant, probability, "
                                       "threshold, decision, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {imageId, nonNull(result.modelId), nonNull(result.variant), result.probability, result.threshold,
                         result.malignant ? QStringLiteral("malignant") : QStringLiteral("benign"),
                         toStoredTime(recordedAt)});
    if (!query)
        return Result<qint64>::failure(query.error());
    return query->lastInsertId().toLongLong();
}

// A note's lesion must belong to its patient and its visit to that lesion
// (or, without a lesion, to one of the patient's lesions).
Status checkNoteTargets(const QSqlDatabase& db, const NoteRecord& note)
{
    if (Status patient = requireRow(db, QStringLiteral("patients"), note.patientId, QStringLiteral("patient")); !patient)
        return patient;
    if (note.lesionId != 0) {
        const auto owner = querySingleInteger(
            db, QStringLiteral("SELECT count(*) FROM lesions WHERE id = ? AND patient_id = ?"),
            {note.lesionId, note.patientId});
        if (!owner || owner.value() == 0)
            return Status::failure(owner ? QStringLiteral("lesion %1 of patient %2 not found")
                                               .arg(note.lesionId)
                                               .arg(note.patientId)
                                         : owner.error());
    }
    if (note.visitId != 0) {
        const auto owner = querySingleInteger(
            db,
            QStringLiteral("SELECT count(*) FROM visits JOIN lesions ON lesions.id = visits.lesion_id "
                           "WHERE visits.id = ? AND lesions.patient_id = ? AND (? = 0 OR lesions.id = ?)"),
            {note.visitId, note.patientId, note.lesionId, note.lesionId});
        if (!owner || owner.value() == 0)
            return Status::failure(owner ? QStringLiteral("visit %1 of patient %2 not found")
                                               .arg(note.visitId)
                                               .arg(note.patientId)
                                         : owner.error());
    }
    return Status::success();
}

Result<qint64> insertNote(const QSqlDatabase& db, const NoteRecord& note)
{
    const QString text = note.text.trimmed();
    if (text.isEmpty())
        return Result<qint64>::failure(QStringLiteral("the note is empty"));
    if (Status targets = checkNoteTargets(db, note); !targets)
        return Result<qint64>::failure(targets.error());
    // A visit's note is filed under the visit's lesion too, so that the
    // notes of a lesion are found by its id alone.
    qint64 lesionId = note.lesionId;
    if (note.visitId != 0 && lesionId == 0) {
        const auto visitLesion = querySingleInteger(
            db, QStringLiteral("SELECT lesion_id FROM visits WHERE id = ?"), {note.visitId});
        if (!visitLesion)
            return Result<qint64>::failure(visitLesion.error());
        lesionId = visitLesion.value();
    }
    const auto optionalId = [](qint64 id) { return id == 0 ? QVariant() : QVariant(id); };
    auto query = runSql(db,
                        QStringLiteral("INSERT INTO notes (patient_id, lesion_id, visit_id, text, "
                                       "created_at) VALUES (?, ?, ?, ?, ?)"),
                        {note.patientId, optionalId(lesionId), optionalId(note.visitId), text,
                         nowStored()});
    if (!query)
        return Result<qint64>::failure(query.error());
    return query->lastInsertId().toLongLong();
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("dermaedge-cases-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

ResultRecord ResultRecord::fromScreening(const ScreeningResult& screening, const QString& variant)
{
    ResultRecord record;
    record.modelId = screening.modelId;
    record.variant = variant;
    record.probability = screening.probability;
    record.threshold = screening.threshold;
    record.malignant = screening.malignant;
    record.recordedAt = QDateTime::currentDateTimeUtc();
    return record;
}

CaseStore::CaseStore(std::unique_ptr<Private> d) : d(std::move(d)) {}

CaseStore::~CaseStore()
{
    {
        QSqlDatabase db = d->database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(const QString& requestedPath)
{
    const QString path = QFileInfo(requestedPath.isEmpty() ? defaultPath() : requestedPath).absoluteFilePath();
    const auto failure = [&](const QString& cause) {
        return Result<std::unique_ptr<CaseStore>>::failure(
            QStringLiteral("%1: cannot open the case database (%2)").arg(path, cause));
    };
    if (Status usable = checkDatabaseFile(path); !usable)
        return failure(usable.error());
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return failure(QStringLiteral("the Qt SQLite driver is missing; install libqt6sql6-sqlite"));

    auto d = std::make_unique<Private>();
    d->path = path;
    d->imagesFolder = QFileInfo(path).absoluteDir().filePath(QStringLiteral("images"));
    d->connectionName = nextConnectionName();
    // Constructed first so that its destructor removes the connection on every failure below.
    std::unique_ptr<CaseStore> store(new CaseStore(std::move(d)));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->d->connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return failure(detail::sqlErrorText(db.lastError()));
    if (Status prepared = detail::prepareCaseDatabase(db); !prepared)
        return failure(prepared.error());
    if (!QDir().mkpath(store->d->imagesFolder))
        return failure(QStringLiteral("the images folder %1 cannot be created").arg(store->d->imagesFolder));
    return store;
}

QString CaseStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/cases.sqlite");
}

int CaseStore::latestSchemaVersion()
{
    return detail::latestCaseSchemaVersion();
}

QString CaseStore::path() const
{
    return d->path;
}

QString CaseStore::imagesFolder() const
{
    return d->imagesFolder;
}

Result<qint64> CaseStore::addPatient(const QString& pseudonym, const QString& comment)
{
    const QString trimmed = pseudonym.trimmed();
    return d->transact<qint64>(QStringLiteral("add the patient"), [&]() -> Result<qint64> {
        if (trimmed.isEmpty())
            return Result<qint64>::failure(QStringLiteral("the pseudonym is empty"));
        const QSqlDatabase db = d->database();
        const auto used = querySingleInteger(
            db, QStringLiteral("SELECT count(*) FROM patients WHERE pseudonym = ?"), {trimmed});
        if (!used)
            return Result<qint64>::failure(used.error());
        if (used.value() > 0)
            return Result<qint64>::failure(
                QStringLiteral("the pseudonym \"%1\" is already in use").arg(trimmed));
        auto query = runSql(db,
                            QStringLiteral("INSERT INTO patients (pseudonym, comment, created_at) "
                                           "VALUES (?, ?, ?)"),
                            {trimmed, nonNull(comment.trimmed()), nowStored()});
        if (!query)
            return Result<qint64>::failure(query.error());
        return query->lastInsertId().toLongLong();
    });
}

Result<QString> CaseStore::suggestPseudonym() const
{
    // Without 0/O and 1/I, so that a pseudonym read aloud or copied by hand stays unambiguous.
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    for (int attempt = 0; attempt < 20; ++attempt) {
        QString candidate = QStringLiteral("P-");
        for (int i = 0; i < 6; ++i)
            candidate += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
        const auto used = querySingleInteger(
            d->database(), QStringLiteral("SELECT count(*) FROM patients WHERE pseudonym = ?"), {candidate});
        if (!used)
            return Result<QString>::failure(d->failureMessage(QStringLiteral("read patients"), used.error()));
        if (used.value() == 0)
            return candidate;
    }
    return Result<QString>::failure(
        d->failureMessage(QStringLiteral("suggest a pseudonym"), QStringLiteral("no unused one found")));
}

Result<qint64> CaseStore::addLesion(qint64 patientId, BodySite site, const QString& label)
{
    return d->transact<qint64>(QStringLiteral("add the lesion"), [&]() -> Result<qint64> {
        const QSqlDatabase db = d->database();
        if (Status patient = requireRow(db, QStringLiteral("patients"), patientId, QStringLiteral("patient")); !patient)
            return Result<qint64>::failure(patient.error());
        auto query = runSql(db,
                            QStringLiteral("INSERT INTO lesions (patient_id, site, label, created_at) "
                                           "VALUES (?, ?, ?, ?)"),
                            {patientId, bodySiteKey(site), nonNull(label.trimmed()), nowStored()});
        if (!query)
            return Result<qint64>::failure(query.error());
        return query->lastInsertId().toLongLong();
    });
}

Result<qint64> CaseStore::addVisit(qint64 lesionId, const QDate& date)
{
    return d->transact<qint64>(QStringLiteral("add the visit"),
                               [&] { return insertVisit(d->database(), lesionId, date); });
}

Result<ImageRecord> CaseStore::importImage(qint64 visitId, const QString& sourcePath)
{
    // Checked before copying, so that a wrong id leaves no file behind.
    if (Status visit = requireRow(d->database(), QStringLiteral("visits"), visitId, QStringLiteral("visit")); !visit)
        return Result<ImageRecord>::failure(d->failureMessage(QStringLiteral("import the image"), visit.error()));
    const auto stored = detail::storeImageFile(sourcePath, d->imagesFolder);
    if (!stored)
        return Result<ImageRecord>::failure(stored.error());
    auto image = d->transact<ImageRecord>(QStringLiteral("import the image"), [&] {
        return insertImage(d->database(), visitId, stored.value(), sourcePath, d->imagesFolder);
    });
    if (!image)
        detail::discardStoredImageFile(stored.value(), d->imagesFolder);
    return image;
}

Result<qint64> CaseStore::recordResult(qint64 imageId, const ResultRecord& result)
{
    return d->transact<qint64>(QStringLiteral("record the result"),
                               [&] { return insertResult(d->database(), imageId, result); });
}

Result<ScreeningIds> CaseStore::addScreening(qint64 lesionId, const QDate& date,
                                             const QString& imagePath, const ResultRecord& result,
                                             const QString& note)
{
    if (Status lesion = requireRow(d->database(), QStringLiteral("lesions"), lesionId, QStringLiteral("lesion")); !lesion)
        return Result<ScreeningIds>::failure(d->failureMessage(QStringLiteral("save the screening"), lesion.error()));
    const auto stored = detail::storeImageFile(imagePath, d->imagesFolder);
    if (!stored)
        return Result<ScreeningIds>::failure(stored.error());

    auto ids = d->transact<ScreeningIds>(QStringLiteral("save the screening"), [&]() -> Result<ScreeningIds> {
        const QSqlDatabase db = d->database();
        ScreeningIds created;
        const auto visit = insertVisit(db, lesionId, date);
        if (!visit)
            return Result<ScreeningIds>::failure(visit.error());
        created.visitId = visit.value();
        const auto image = insertImage(db, created.visitId, stored.value(), imagePath, d->imagesFolder);
        if (!image)
            return Result<ScreeningIds>::failure(image.error());
        created.imageId = image->id;
        const auto resultId = insertResult(db, created.imageId, result);
        if (!resultId)
            return Result<ScreeningIds>::failure(resultId.error());
        created.resultId = resultId.value();
        if (note.trimmed().isEmpty())
            return created;
        const auto patientId = querySingleInteger(
            db, QStringLiteral("SELECT patient_id FROM lesions WHERE id = ?"), {lesionId});
        if (!patientId)
            return Result<ScreeningIds>::failure(patientId.error());
        const auto noteId = insertNote(db, {0, patientId.value(), lesionId, created.visitId, note, {}});
        if (!noteId)
            return Result<ScreeningIds>::failure(noteId.error());
        created.noteId = noteId.value();
        return created;
    });
    if (!ids)
        detail::discardStoredImageFile(stored.value(), d->imagesFolder);
    return ids;
}

Result<qint64> CaseStore::addNote(const NoteRecord& note)
{
    return d->transact<qint64>(QStringLiteral("add the note"),
                               [&] { return insertNote(d->database(), note); });
}

} // namespace dermaedge
