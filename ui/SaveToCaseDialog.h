#pragma once

#include "CaseStore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace dermaedge {

/// Patient, lesion and visit ids of a screening filed in the case database.
struct CaseContext
{
    qint64 patientId = 0;
    qint64 lesionId = 0;
    qint64 visitId = 0;
    QDate visitDate;
    QString sourceName; ///< file name the image had when it was saved

    bool isValid() const { return lesionId != 0; }
};

/// A screening waiting to be saved to a case.
struct PendingScreening
{
    QString imagePath;
    ResultRecord result;
    QString summary; ///< one line shown at the top, e.g. the file name and probability
};

/// Dialog that saves the screening on screen to a patient's lesion: an
/// existing or new patient (by pseudonym), an existing or new lesion (body
/// site and label), the visit date and an optional note.
///
/// Pressing Save writes to `store` at once. A new patient and a new lesion are
/// added first, each in its own transaction. The visit, the copied image, its
/// result and the note follow in one transaction. When a step fails, the
/// dialog stays open and shows the message, which names the database or image
/// file and the cause. Records already added stay selected, so that saving
/// again does not add them twice.
class SaveToCaseDialog : public QDialog
{
    Q_OBJECT

public:
    /// `preselect` chooses the patient and lesion shown first (0 ids for new ones).
    SaveToCaseDialog(CaseStore& store, PendingScreening screening, const CaseContext& preselect,
                     QWidget* parent = nullptr);

    /// Case the screening was saved to. It is valid after the dialog was accepted.
    const CaseContext& savedCase() const { return m_saved; }

    /// Chooses an existing patient by id, or a new one with `pseudonym`.
    void choosePatient(qint64 patientId, const QString& pseudonym = {});
    /// Chooses an existing lesion of the chosen patient, or a new one.
    void chooseLesion(qint64 lesionId, BodySite site = BodySite::Unknown, const QString& label = {});
    void setVisitDate(const QDate& date);
    void setNote(const QString& note);

    /// Saves as the Save button does. Returns false and shows the reason when it fails.
    bool save();

    QString errorText() const;

private:
    QWidget* createPatientSection();
    QWidget* createLesionSection();
    void fillPatients(qint64 selectId);
    void fillLesions(qint64 selectId);
    void updateNewFields();
    void suggestPseudonym();
    void showError(const QString& message);
    Result<qint64> patientForSave();
    Result<qint64> lesionForSave(qint64 patientId);

    CaseStore& m_store;
    PendingScreening m_screening;
    CaseContext m_saved;

    QComboBox* m_patientPicker = nullptr;
    QLineEdit* m_pseudonymEdit = nullptr;
    QPushButton* m_suggestButton = nullptr;
    QLabel* m_pseudonymHint = nullptr;
    QComboBox* m_lesionPicker = nullptr;
    QComboBox* m_sitePicker = nullptr;
    QLineEdit* m_labelEdit = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace dermaedge
