#include "SaveToCaseDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dermaedge {

namespace {

// Item data of the "new patient" and "new lesion" entries. Stored ids start at 1.
constexpr qint64 kNewRecord = 0;

int indexOfId(const QComboBox* picker, qint64 id)
{
    const int index = picker->findData(id);
    return index < 0 ? 0 : index;
}

} // namespace

SaveToCaseDialog::SaveToCaseDialog(CaseStore& store, PendingScreening screening,
                                   const CaseContext& preselect, QWidget* parent)
    : QDialog(parent), m_store(store), m_screening(std::move(screening))
{
    setWindowTitle(tr("Save to Case"));
    setMinimumWidth(500);

    auto* summary = new QLabel(m_screening.summary);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);

    m_dateEdit = new QDateEdit(QDate::currentDate());
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setMaximumDate(QDate::currentDate());
    m_noteEdit = new QPlainTextEdit;
    m_noteEdit->setPlaceholderText(tr("Optional, for example the history or the reason for the visit"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().lineSpacing() * 5);
    auto* visitBox = new QGroupBox(tr("Visit"));
    auto* visitForm = new QFormLayout(visitBox);
    visitForm->addRow(tr("&Date:"), m_dateEdit);
    visitForm->addRow(tr("&Note:"), m_noteEdit);

    m_errorLabel = new QLabel;
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #a4161a;"));
    m_errorLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SaveToCaseDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(createPatientSection());
    layout->addWidget(createLesionSection());
    layout->addWidget(visitBox);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    fillPatients(preselect.patientId);
    if (preselect.lesionId != 0)
        fillLesions(preselect.lesionId);
    connect(m_patientPicker, &QComboBox::currentIndexChanged, this, [this] { fillLesions(kNewRecord); });
    connect(m_lesionPicker, &QComboBox::currentIndexChanged, this, &SaveToCaseDialog::updateNewFields);
    updateNewFields();
}

QWidget* SaveToCaseDialog::createPatientSection()
{
    m_patientPicker = new QComboBox;
    m_patientPicker->setMaxVisibleItems(20);
    m_pseudonymEdit = new QLineEdit;
    m_pseudonymEdit->setPlaceholderText(tr("for example P-7KQ3XM"));
    m_pseudonymEdit->setMaxLength(64);
    m_suggestButton = new QPushButton(tr("S&uggest"));
    m_suggestButton->setToolTip(tr("Fill in a random unused pseudonym"));
    connect(m_suggestButton, &QPushButton::clicked, this, &SaveToCaseDialog::suggestPseudonym);
    m_pseudonymHint = new QLabel(tr("Use a code that only your own records link to the patient. "
                                    "Never enter the patient's name or initials."));
    m_pseudonymHint->setWordWrap(true);
    QFont hintFont = m_pseudonymHint->font();
    hintFont.setItalic(true);
    m_pseudonymHint->setFont(hintFont);

    auto* pseudonymRow = new QHBoxLayout;
    pseudonymRow->addWidget(m_pseudonymEdit, 1);
    pseudonymRow->addWidget(m_suggestButton);
    // A row whose field is a layout gets no buddy, so the label is made here.
    auto* pseudonymLabel = new QLabel(tr("Ps&eudonym:"));
    pseudonymLabel->setBuddy(m_pseudonymEdit);
    auto* box = new QGroupBox(tr("Patient"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Patient:"), m_patientPicker);
    form->addRow(pseudonymLabel, pseudonymRow);
    form->addRow(m_pseudonymHint);
    return box;
}

QWidget* SaveToCaseDialog::createLesionSection()
{
    m_lesionPicker = new QComboBox;
    m_sitePicker = new QComboBox;
    for (BodySite site : kAllBodySites)
        m_sitePicker->addItem(bodySiteDisplayName(site), bodySiteKey(site));
    m_sitePicker->setCurrentIndex(m_sitePicker->findData(bodySiteKey(BodySite::Unknown)));
    m_sitePicker->setToolTip(tr("Anatomical site, as the ISIC archive groups them"));
    m_labelEdit = new QLineEdit;
    m_labelEdit->setPlaceholderText(tr("optional, for example L2 or left of the scar"));
    m_labelEdit->setMaxLength(80);

    auto* box = new QGroupBox(tr("Lesion"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Lesion:"), m_lesionPicker);
    form->addRow(tr("&Body site:"), m_sitePicker);
    form->addRow(tr("L&abel:"), m_labelEdit);
    return box;
}

void SaveToCaseDialog::fillPatients(qint64 selectId)
{
    const QSignalBlocker blocker(m_patientPicker);
    m_patientPicker->clear();
    m_patientPicker->addItem(tr("New patient"), kNewRecord);
    const auto patients = m_store.listPatients();
    if (!patients)
        showError(patients.error());
    else
        for (const PatientRecord& patient : patients.value())
            m_patientPicker->addItem(patient.pseudonym, patient.id);
    m_patientPicker->setCurrentIndex(indexOfId(m_patientPicker, selectId));
    fillLesions(kNewRecord);
}

void SaveToCaseDialog::fillLesions(qint64 selectId)
{
    const QSignalBlocker blocker(m_lesionPicker);
    m_lesionPicker->clear();
    m_lesionPicker->addItem(tr("New lesion"), kNewRecord);
    const qint64 patientId = m_patientPicker->currentData().toLongLong();
    if (patientId != kNewRecord) {
        const auto lesions = m_store.listLesions(patientId);
        if (!lesions)
            showError(lesions.error());
        else
            for (const LesionRecord& lesion : lesions.value()) {
                QString text = bodySiteDisplayName(lesion.site);
                if (!lesion.label.isEmpty())
                    text += tr(" · %1").arg(lesion.label);
                text += tr(" (added %1)").arg(lesion.createdAt.toLocalTime().date().toString(Qt::ISODate));
                m_lesionPicker->addItem(text, lesion.id);
            }
    }
    // A patient's only lesion is the likely one to follow up.
    if (selectId == kNewRecord && m_lesionPicker->count() == 2)
        m_lesionPicker->setCurrentIndex(1);
    else
        m_lesionPicker->setCurrentIndex(indexOfId(m_lesionPicker, selectId));
    updateNewFields();
}

void SaveToCaseDialog::updateNewFields()
{
    const bool newPatient = m_patientPicker->currentData().toLongLong() == kNewRecord;
    m_pseudonymEdit->setEnabled(newPatient);
    m_suggestButton->setEnabled(newPatient);
    m_pseudonymHint->setEnabled(newPatient);
    const bool newLesion = m_lesionPicker->currentData().toLongLong() == kNewRecord;
    m_sitePicker->setEnabled(newLesion);
    m_labelEdit->setEnabled(newLesion);
}

void SaveToCaseDialog::choosePatient(qint64 patientId, const QString& pseudonym)
{
    m_patientPicker->setCurrentIndex(indexOfId(m_patientPicker, patientId));
    m_pseudonymEdit->setText(pseudonym);
}

void SaveToCaseDialog::chooseLesion(qint64 lesionId, BodySite site, const QString& label)
{
    m_lesionPicker->setCurrentIndex(indexOfId(m_lesionPicker, lesionId));
    m_sitePicker->setCurrentIndex(m_sitePicker->findData(bodySiteKey(site)));
    m_labelEdit->setText(label);
}

void SaveToCaseDialog::setVisitDate(const QDate& date)
{
    m_dateEdit->setDate(date);
}

void SaveToCaseDialog::setNote(const QString& note)
{
    m_noteEdit->setPlainText(note);
}

QString SaveToCaseDialog::errorText() const
{
    return m_errorLabel->text();
}

void SaveToCaseDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void SaveToCaseDialog::suggestPseudonym()
{
    const auto suggestion = m_store.suggestPseudonym();
    if (!suggestion) {
        showError(suggestion.error());
        return;
    }
    m_pseudonymEdit->setText(suggestion.value());
}

Result<qint64> SaveToCaseDialog::patientForSave()
{
    const qint64 chosen = m_patientPicker->currentData().toLongLong();
    if (chosen != kNewRecord)
        return chosen;
    if (m_pseudonymEdit->text().trimmed().isEmpty())
        return Result<qint64>::failure(
            tr("Enter a pseudonym for the new patient, press Suggest, or choose an existing patient."));
    const auto added = m_store.addPatient(m_pseudonymEdit->text());
    if (added)
        fillPatients(added.value());
    return added;
}

Result<qint64> SaveToCaseDialog::lesionForSave(qint64 patientId)
{
    const qint64 chosen = m_lesionPicker->currentData().toLongLong();
    if (chosen != kNewRecord)
        return chosen;
    const BodySite site = bodySiteFromKey(m_sitePicker->currentData().toString()).value_or(BodySite::Unknown);
    const auto added = m_store.addLesion(patientId, site, m_labelEdit->text());
    if (added)
        fillLesions(added.value());
    return added;
}

bool SaveToCaseDialog::save()
{
    showError(QString());
    const auto patientId = patientForSave();
    if (!patientId) {
        showError(patientId.error());
        return false;
    }
    const auto lesionId = lesionForSave(patientId.value());
    if (!lesionId) {
        showError(lesionId.error());
        return false;
    }
    const QDate date = m_dateEdit->date();
    const auto ids = m_store.addScreening(lesionId.value(), date, m_screening.imagePath,
                                          m_screening.result, m_noteEdit->toPlainText());
    if (!ids) {
        showError(ids.error());
        return false;
    }
    m_saved = {patientId.value(), lesionId.value(), ids->visitId, date,
               QFileInfo(m_screening.imagePath).fileName()};
    accept();
    return true;
}

} // namespace dermaedge
