#pragma once

#include "BodySite.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

namespace dermaedge {

struct ScreeningResult;

/// A patient, known only by a pseudonymous identifier chosen by the user.
struct PatientRecord
{
    qint64 id = 0;
    QString pseudonym; ///< unique, non-empty; need not be (and should not be) a name
    QString comment;   ///< optional free text
    QDateTime createdAt; ///< UTC
};

struct LesionRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    BodySite site = BodySite::Unknown;
    QString label; ///< optional free text telling lesions of one site apart, e.g. "L2"
    QDateTime createdAt; ///< UTC
};

/// Screening outcome of one image by one model variant.
struct ResultRecord
{
    qint64 id = 0;      ///< set by the store
    qint64 imageId = 0; ///< set by the store
    QString modelId;    ///< manifest id of the variant
    QString variant;    ///< manifest kind, e.g. "fp32" or "int8-static"
    double probability = 0.0; ///< melanoma probability, 0..1
    double threshold = 0.5;
    bool malignant = false;   ///< probability >= threshold at the time of screening
    QDateTime recordedAt;     ///< UTC; the store uses the current time when this is invalid

    /// Copies the numbers of a screening. `variant` is the manifest's kind.
    static ResultRecord fromScreening(const ScreeningResult& screening, const QString& variant);
};

/// An image copied into the case folder.
struct ImageRecord
{
    qint64 id = 0;
    qint64 visitId = 0;
    QString path;       ///< absolute path of the stored copy
    QString sha256;     ///< lower-case hex digest of the file, also its stored name
    QString sourceName; ///< file name the image had when it was imported
    QDateTime importedAt; ///< UTC
    std::vector<ResultRecord> results; ///< oldest first; filled by lesionHistory()
};

/// Free text attached to a patient and optionally to one lesion or visit.
struct NoteRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 lesionId = 0; ///< 0 when the note is about the patient as a whole
    qint64 visitId = 0;  ///< 0 when the note is not about one visit
    QString text;
    QDateTime createdAt; ///< UTC
};

struct VisitRecord
{
    qint64 id = 0;
    qint64 lesionId = 0;
    QDate date;
    std::vector<ImageRecord> images; ///< import order; filled by lesionHistory()
    std::vector<NoteRecord> notes;   ///< oldest first; filled by lesionHistory()
};

/// Ids of the rows addScreening() creates.
struct ScreeningIds
{
    qint64 visitId = 0;
    qint64 imageId = 0;
    qint64 resultId = 0;
    qint64 noteId = 0; ///< 0 when no note was given
};

/// Patients, lesions, visits, images, results and notes in one SQLite database.
///
/// Images are copied into an `images` folder beside the database file and
/// named by their SHA-256, so importing the same file twice stores it once.
/// Every change runs in one transaction: a failure rolls it back and the last
/// committed state stays readable. The database uses write-ahead logging, so a
/// crashed or killed writer leaves whole transactions only.
///
/// Errors name the database file (or the image file) and the cause. A
/// CaseStore must be used from the thread that opened it, because Qt SQL
/// connections are bound to their thread. importImage() and addScreening()
/// decode and copy the image, which takes longer for a large photo than the
/// other calls.
class CaseStore
{
public:
    ~CaseStore();
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;

    /// Opens or creates the database at `path` (defaultPath() when empty) and
    /// upgrades its schema. Fails for a file that is not a DermaEdge case
    /// database, is read-only, or was written by a newer DermaEdge version.
    static Result<std::unique_ptr<CaseStore>> open(const QString& path = {});

    /// `cases.sqlite` in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    /// Schema version this build writes; open() upgrades older files to it.
    static int latestSchemaVersion();

    QString path() const;
    QString imagesFolder() const;

    /// Adds a patient. The pseudonym is trimmed and must be unique.
    Result<qint64> addPatient(const QString& pseudonym, const QString& comment = {});

    /// Returns a random unused pseudonym such as "P-7KQ3XM".
    Result<QString> suggestPseudonym() const;

    Result<qint64> addLesion(qint64 patientId, BodySite site, const QString& label = {});
    Result<qint64> addVisit(qint64 lesionId, const QDate& date);

    /// Copies an image file into imagesFolder() and adds it to a visit. Fails,
    /// naming the file, when it cannot be read or decoded as an image.
    Result<ImageRecord> importImage(qint64 visitId, const QString& sourcePath);

    /// Stores a result for an imported image and returns its id.
    Result<qint64> recordResult(qint64 imageId, const ResultRecord& result);

    /// Adds a visit on `date`, imports the image into it, records its result
    /// and, when `note` is not blank, adds it as a note about the visit, all in
    /// one transaction.
    Result<ScreeningIds> addScreening(qint64 lesionId, const QDate& date, const QString& imagePath,
                                      const ResultRecord& result, const QString& note = {});

    /// Adds a note to `note.patientId` and, when `note.lesionId` or `note.visitId`
    /// is set, to that lesion or visit of the patient. A visit's note is stored
    /// with the visit's lesion id even when `note.lesionId` is 0.
    Result<qint64> addNote(const NoteRecord& note);

    Result<std::vector<PatientRecord>> listPatients() const; ///< by pseudonym
    Result<PatientRecord> patient(qint64 patientId) const;
    Result<std::vector<LesionRecord>> listLesions(qint64 patientId) const; ///< oldest first
    Result<LesionRecord> lesion(qint64 lesionId) const;

    /// Notes of a patient, oldest first, including those about its lesions and visits.
    Result<std::vector<NoteRecord>> listNotes(qint64 patientId) const;

    /// Visits of a lesion by date (then by creation), each with its images,
    /// their results and the visit's notes, for follow-up and risk trends.
    Result<std::vector<VisitRecord>> lesionHistory(qint64 lesionId) const;

private:
    struct Private;
    explicit CaseStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace dermaedge
