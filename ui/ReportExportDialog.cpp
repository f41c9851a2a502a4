#include "ReportExportDialog.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>

#include <array>

namespace dermaedge {

namespace {

// Filter order in the dialog.
constexpr std::array<ReportFormat, 3> kFilterFormats{ReportFormat::Pdf, ReportFormat::Html,
                                                     ReportFormat::Csv};

QString suffixOf(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

} // namespace

ReportExportDialog::ReportExportDialog(QWidget* parent) : QFileDialog(parent)
{
    setWindowTitle(tr("Export Report"));
    setOption(QFileDialog::DontUseNativeDialog);
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    setNameFilters({tr("PDF document (*.pdf)"), tr("HTML page (*.html *.htm)"),
                    tr("CSV table (*.csv)")});
    setDefaultSuffix(suffixOf(ReportFormat::Pdf));
    connect(this, &QFileDialog::filterSelected, this,
            [this] { setDefaultSuffix(suffixOf(filterFormat())); });

    m_deidentify = new QCheckBox(tr("&Remove identifying data"), this);
    m_deidentify->setToolTip(tr("Leave out the pseudonym, comments, lesion label, notes and file "
                                "name, and print dates as years only."));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();
    // Qt's widget file dialog lays itself out in a grid, so the extra rows go below it.
    if (auto* grid = qobject_cast<QGridLayout*>(layout())) {
        const int row = grid->rowCount();
        grid->addWidget(m_deidentify, row, 0, 1, grid->columnCount());
        grid->addWidget(m_note, row + 1, 0, 1, grid->columnCount());
    }
}

void ReportExportDialog::setContentsNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

ReportFormat ReportExportDialog::filterFormat() const
{
    const qsizetype index = nameFilters().indexOf(selectedNameFilter());
    return index >= 0 && index < qsizetype(kFilterFormats.size()) ? kFilterFormats.at(size_t(index))
                                                                  : ReportFormat::Pdf;
}

ReportFormat ReportExportDialog::selectedFormat() const
{
    return reportFormatForPath(selectedPath()).value_or(filterFormat());
}

QString ReportExportDialog::selectedPath() const
{
    return selectedFiles().value(0);
}

bool ReportExportDialog::removesIdentifyingData() const
{
    return m_deidentify->isChecked();
}

void ReportExportDialog::setRemovesIdentifyingData(bool remove)
{
    m_deidentify->setChecked(remove);
}

void ReportExportDialog::selectFormat(ReportFormat format)
{
    for (size_t i = 0; i < kFilterFormats.size(); ++i) {
        if (kFilterFormats.at(i) == format) {
            selectNameFilter(nameFilters().at(qsizetype(i)));
            setDefaultSuffix(suffixOf(format));
        }
    }
}

} // namespace dermaedge
