#pragma once

#include "Report.h"

#include <QFileDialog>

class QCheckBox;
class QLabel;

namespace dermaedge {

/// Save dialog for a screening report. The format follows the file name's
/// extension (.pdf, .html, .htm or .csv), or the chosen file type filter when
/// the name has another or no extension. A check box removes identifying data.
///
/// The dialog is Qt's own widget dialog, not the platform's, because it needs
/// room for the check box and a line that states what the report contains.
class ReportExportDialog : public QFileDialog
{
    Q_OBJECT

public:
    explicit ReportExportDialog(QWidget* parent = nullptr);

    /// Sets the line under the file list, e.g. whether the heatmap is included.
    void setContentsNote(const QString& note);

    /// Format for the selected file: from its extension, else from the filter.
    ReportFormat selectedFormat() const;
    /// The selected file, with the filter's extension added when it had none.
    QString selectedPath() const;
    bool removesIdentifyingData() const;
    void setRemovesIdentifyingData(bool remove);

    /// Selects the filter of `format`.
    void selectFormat(ReportFormat format);

private:
    ReportFormat filterFormat() const;

    QCheckBox* m_deidentify = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace dermaedge
