#include "CasesWindow.h"

#include "CaseStore.h"
#include "FollowUpView.h"
#include "Settings.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dermaedge {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kIsLesionRole = Qt::UserRole + 1;

QString dateText(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().date().toString(Qt::ISODate) : QString();
}

} // namespace

CasesWindow::CasesWindow(CaseStore& store, QWidget* parent)
    : QWidget(parent, Qt::Window), m_store(store), m_filter(new QLineEdit), m_tree(new QTreeWidget),
      m_status(new QLabel), m_followUp(new FollowUpView)
{
    setWindowTitle(tr("Cases – DermaEdge"));
    setObjectName(QStringLiteral("casesWindow"));

    m_filter->setPlaceholderText(tr("Filter by pseudonym"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &CasesWindow::applyFilter);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Patient / lesion"), tr("Added")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { onCurrentItemChanged(current); });

    auto* refreshButton = new QPushButton(tr("&Refresh"));
    connect(refreshButton, &QPushButton::clicked, this, &CasesWindow::refresh);
    m_status->setWordWrap(true);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(refreshButton, 0, Qt::AlignLeft);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_followUp);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 720});
    connect(m_followUp, &FollowUpView::openRequested, this, &CasesWindow::openRequested);

    auto* notice = new QLabel(tr("Decision support only, not a diagnosis. The final judgement rests "
                                 "with the clinician."));
    notice->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(notice);

    if (!restoreGeometry(Settings().casesWindowGeometry()))
        resize(1000, 680);
    fillTree();
}

void CasesWindow::closeEvent(QCloseEvent* event)
{
    Settings().setCasesWindowGeometry(saveGeometry());
    QWidget::closeEvent(event);
}

void CasesWindow::refresh()
{
    const qint64 lesionId = selectedLesionId();
    fillTree();
    if (lesionId != 0)
        selectLesion(lesionId);
}

void CasesWindow::fillTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_followUp->showMessage(tr("Select a lesion to see its visits."));
    const auto patients = m_store.listPatients();
    if (!patients) {
        m_status->setText(tr("The cases cannot be read: %1").arg(patients.error()));
        return;
    }
    int lesionCount = 0;
    for (const PatientRecord& patient : patients.value()) {
        auto* patientItem = new QTreeWidgetItem(m_tree, {patient.pseudonym, dateText(patient.createdAt)});
        patientItem->setData(0, kIdRole, patient.id);
        patientItem->setData(0, kIsLesionRole, false);
        if (!patient.comment.isEmpty())
            patientItem->setToolTip(0, patient.comment);
        const auto lesions = m_store.listLesions(patient.id);
        if (!lesions) {
            m_status->setText(tr("The lesions cannot be read: %1").arg(lesions.error()));
            continue;
        }
        for (const LesionRecord& lesion : lesions.value()) {
            QString name = bodySiteDisplayName(lesion.site);
            if (!lesion.label.isEmpty())
                name += tr(" · %1").arg(lesion.label);
            auto* lesionItem = new QTreeWidgetItem(patientItem, {name, dateText(lesion.createdAt)});
            lesionItem->setData(0, kIdRole, lesion.id);
            lesionItem->setData(0, kIsLesionRole, true);
            ++lesionCount;
        }
    }
    m_tree->expandAll();
    m_status->setText(patients->empty()
                          ? tr("No cases yet. Screen an image and use File > Save to Case.")
                          : tr("%n patient(s)", nullptr, int(patients->size())) + QStringLiteral(", ")
                                + tr("%n lesion(s)", nullptr, lesionCount));
    applyFilter(m_filter->text());
}

void CasesWindow::applyFilter(const QString& text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        item->setHidden(!needle.isEmpty() && !item->text(0).contains(needle, Qt::CaseInsensitive));
    }
}

bool CasesWindow::selectLesion(qint64 lesionId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* patientItem = m_tree->topLevelItem(i);
        for (int j = 0; j < patientItem->childCount(); ++j) {
            QTreeWidgetItem* item = patientItem->child(j);
            if (item->data(0, kIdRole).toLongLong() == lesionId) {
                patientItem->setHidden(false);
                m_tree->setCurrentItem(item);
                return true;
            }
        }
    }
    return false;
}

qint64 CasesWindow::selectedLesionId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->data(0, kIsLesionRole).toBool() ? item->data(0, kIdRole).toLongLong() : 0;
}

void CasesWindow::onCurrentItemChanged(QTreeWidgetItem* current)
{
    if (!current) {
        m_followUp->showMessage(tr("Select a lesion to see its visits."));
        return;
    }
    if (!current->data(0, kIsLesionRole).toBool()) {
        m_followUp->showMessage(current->childCount() == 0
                                    ? tr("This patient has no lesions yet.")
                                    : tr("Select one of the patient's lesions to see its visits."));
        return;
    }
    m_followUp->showLesion(m_store, current->data(0, kIdRole).toLongLong());
}

} // namespace dermaedge
