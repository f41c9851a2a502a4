// Read side of CaseStore: lists and the follow-up history of a lesion.

#include "CaseStore.h"

#include "private/CaseDatabase.h"

#include <QDir>
#include <QHash>
#include <QSqlRecord>

namespace dermaedge {

using detail::fromStoredTime;
using detail::requireRow;
using detail::runSql;

namespace {

const QString kPatientColumns = QStringLiteral("id, pseudonym, comment, created_at");
const QString kLesionColumns = QStringLiteral("id, patient_id, site, label, created_at");
const QString kNoteColumns =
    QStringLiteral("notes.id, notes.patient_id, notes.lesion_id, notes.visit_id, notes.text, notes.created_at");

PatientRecord readPatient(const QSqlQuery& query)
{
    PatientRecord patient;
    patient.id = query.value(0).toLongLong();
    patient.pseudonym = query.value(1).toString();
    patient.comment = query.value(2).toString();
    patient.createdAt = fromStoredTime(query.value(3).toString());
    return patient;
}

LesionRecord readLesion(const QSqlQuery& query)
{
    LesionRecord lesion;
    lesion.id = query.value(0).toLongLong();
    lesion.patientId = query.value(1).toLongLong();
    lesion.site = bodySiteFromKey(query.value(2).toString()).value_or(BodySite::Unknown);
    lesion.label = query.value(3).toString();
    lesion.createdAt = fromStoredTime(query.value(4).toString());
    return lesion;
}

NoteRecord readNote(const QSqlQuery& query)
{
    NoteRecord note;
    note.id = query.value(0).toLongLong();
    note.patientId = query.value(1).toLongLong();
    note.lesionId = query.value(2).toLongLong(); // NULL reads as 0
    note.visitId = query.value(3).toLongLong();
    note.text = query.value(4).toString();
    note.createdAt = fromStoredTime(query.value(5).toString());
    return note;
}

template <typename T, typename Reader>
Result<std::vector<T>> readAll(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                               Reader read)
{
    auto query = runSql(db, sql, values);
    if (!query)
        return Result<std::vector<T>>::failure(query.error());
    std::vector<T> rows;
    while (query->next())
        rows.push_back(read(query.value()));
    return rows;
}

template <typename T, typename Reader>
Result<T> readOne(const QSqlDatabase& db, const QString& sql, qint64 id, const QString& what,
                  Reader read)
{
    auto rows = readAll<T>(db, sql, {id}, read);
    if (!rows)
        return Result<T>::failure(rows.error());
    if (rows->empty())
        return Result<T>::failure(QStringLiteral("%1 %2 not found").arg(what).arg(id));
    return rows->front();
}

// Adds the images of the visits in `visits`, then their results.
Status attachImages(const QSqlDatabase& db, qint64 lesionId, const QString& imagesFolder,
                    std::vector<VisitRecord>& visits, const QHash<qint64, size_t>& visitIndex)
{
    auto images = runSql(db,
                         QStringLiteral("SELECT images.id, images.visit_id, images.sha256, images.file_name, "
                                        "images.source_name, images.imported_at FROM images "
                                        "JOIN visits ON visits.id = images.visit_id "
                                        "WHERE visits.lesion_id = ? ORDER BY images.id"),
                         {lesionId});
    if (!images)
        return Status::failure(images.error());
    // (visit index, image index) of each image id, for attaching results.
    QHash<qint64, std::pair<size_t, size_t>> imageIndex;
    while (images->next()) {
        ImageRecord image;
        image.id = images->value(0).toLongLong();
        image.visitId = images->value(1).toLongLong();
        image.sha256 = images->value(2).toString();
        image.path = QDir(imagesFolder).filePath(images->value(3).toString());
        image.sourceName = images->value(4).toString();
        image.importedAt = fromStoredTime(images->value(5).toString());
        const size_t visit = visitIndex.value(image.visitId);
        imageIndex.insert(image.id, {visit, visits[visit].images.size()});
        visits[visit].images.push_back(std::move(image));
    }

    auto results = runSql(db,
                          QStringLiteral("SELECT results.id, results.image_id, results.model_id, "
                                         "results.variant, results.probability, results.threshold, "
                                         "results.decision, results.recorded_at FROM results "
                                         "JOIN images ON images.id = results.image_id "
                                         "JOIN visits ON visits.id = images.visit_id "
                                         "WHERE visits.lesion_id = ? ORDER BY results.recorded_at, results.id"),
                          {lesionId});
    if (!results)
        return Status::failure(results.error());
    while (results->next()) {
        ResultRecord result;
        result.id = results->value(0).toLongLong();
        result.imageId = results->value(1).toLongLong();
        result.modelId = results->value(2).toString();
        result.variant = results->value(3).toString();
        result.probability = results->value(4).toDouble();
        result.threshold = results->value(5).toDouble();
        result.malignant = results->value(6).toString() == QStringLiteral("malignant");
        result.recordedAt = fromStoredTime(results->value(7).toString());
        const auto [visit, image] = imageIndex.value(result.imageId);
        visits[visit].images[image].results.push_back(std::move(result));
    }
    return Status::success();
}

Status attachNotes(const QSqlDatabase& db, qint64 lesionId, std::vector<VisitRecord>& visits,
                   const QHash<qint64, size_t>& visitIndex)
{
    auto notes = readAll<NoteRecord>(
        db,
        QStringLiteral("SELECT %1 FROM notes JOIN visits ON visits.id = notes.visit_id "
                       "WHERE visits.lesion_id = ? ORDER BY notes.created_at, notes.id")
            .arg(kNoteColumns),
        {lesionId}, readNote);
    if (!notes)
        return Status::failure(notes.error());
    for (NoteRecord& note : notes.value())
        visits[visitIndex.value(note.visitId)].notes.push_back(std::move(note));
    return Status::success();
}

} // namespace

Result<std::vector<PatientRecord>> CaseStore::listPatients() const
{
    return d->transact<std::vector<PatientRecord>>(QStringLiteral("read patients"), [&] {
        return readAll<PatientRecord>(
            d->database(), QStringLiteral("SELECT %1 FROM patients ORDER BY pseudonym").arg(kPatientColumns),
            {}, readPatient);
    });
}

Result<PatientRecord> CaseStore::patient(qint64 patientId) const
{
    return d->transact<PatientRecord>(QStringLiteral("read the patient"), [&] {
        return readOne<PatientRecord>(
            d->database(), QStringLiteral("SELECT %1 FROM patients WHERE id = ?").arg(kPatientColumns),
            patientId, QStringLiteral("patient"), readPatient);
    });
}

Result<std::vector<LesionRecord>> CaseStore::listLesions(qint64 patientId) const
{
    return d->transact<std::vector<LesionRecord>>(
        QStringLiteral("read lesions"), [&]() -> Result<std::vector<LesionRecord>> {
            const QSqlDatabase db = d->database();
            if (Status patient = requireRow(db, QStringLiteral("patients"), patientId, QStringLiteral("patient")); !patient)
                return Result<std::vector<LesionRecord>>::failure(patient.error());
            return readAll<LesionRecord>(
                db, QStringLiteral("SELECT %1 FROM lesions WHERE patient_id = ? ORDER BY id").arg(kLesionColumns),
                {patientId}, readLesion);
        });
}

Result<LesionRecord> CaseStore::lesion(qint64 lesionId) const
{
    return d->transact<LesionRecord>(QStringLiteral("read the lesion"), [&] {
        return readOne<LesionRecord>(
            d->database(), QStringLiteral("SELECT %1 FROM lesions WHERE id = ?").arg(kLesionColumns),
            lesionId, QStringLiteral("lesion"), readLesion);
    });
}

Result<std::vector<NoteRecord>> CaseStore::listNotes(qint64 patientId) const
{
    return d->transact<std::vector<NoteRecord>>(
        QStringLiteral("read notes"), [&]() -> Result<std::vector<NoteRecord>> {
            const QSqlDatabase db = d->database();
            if (Status patient = requireRow(db, QStringLiteral("patients"), patientId, QStringLiteral("patient")); !patient)
                return Result<std::vector<NoteRecord>>::failure(patient.error());
            return readAll<NoteRecord>(
                db,
                QStringLiteral("SELECT %1 FROM notes WHERE patient_id = ? ORDER BY created_at, id")
                    .arg(kNoteColumns),
                {patientId}, readNote);
        });
}

Result<std::vector<VisitRecord>> CaseStore::lesionHistory(qint64 lesionId) const
{
    // One read transaction, so that the four queries see the same snapshot.
    return d->transact<std::vector<VisitRecord>>(
        QStringLiteral("read the lesion history"), [&]() -> Result<std::vector<VisitRecord>> {
            const QSqlDatabase db = d->database();
            if (Status lesion = requireRow(db, QStringLiteral("lesions"), lesionId, QStringLiteral("lesion")); !lesion)
                return Result<std::vector<VisitRecord>>::failure(lesion.error());
            auto visits = readAll<VisitRecord>(
                db,
                QStringLiteral("SELECT id, lesion_id, visit_date FROM visits WHERE lesion_id = ? "
                               "ORDER BY visit_date, id"),
                {lesionId}, [](const QSqlQuery& query) {
                    VisitRecord visit;
                    visit.id = query.value(0).toLongLong();
                    visit.lesionId = query.value(1).toLongLong();
                    visit.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
                    return visit;
                });
            if (!visits)
                return visits;
            QHash<qint64, size_t> visitIndex;
            for (size_t i = 0; i < visits->size(); ++i)
                visitIndex.insert(visits.value()[i].id, i);
            if (Status images = attachImages(db, lesionId, d->imagesFolder, visits.value(), visitIndex); !images)
                return Result<std::vector<VisitRecord>>::failure(images.error());
            if (Status notes = attachNotes(db, lesionId, visits.value(), visitIndex); !notes)
                return Result<std::vector<VisitRecord>>::failure(notes.error());
            return visits;
        });
}

} // namespace dermaedge
