#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace dermaedge {

class ComparisonTableModel;

/// Writes the comparison to files the user keeps: CSV for spreadsheets and a
/// one-page PDF for the record. Files are replaced atomically, so a failed
/// export leaves an earlier file intact; errors name the file.
class ComparisonExport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonExport)

public:
    /// One line per variant with every column of the table as shown, stale
    /// results included with their status text.
    static Status writeCsv(const ComparisonTableModel& model, const QString& path);

    /// An A4 landscape page: title, the decision-support notice, `context`
    /// (computer, benchmark settings, evaluated images, date), the table with
    /// its stale and slower marks, the five charts and their reading guide.
    static Status writePdf(const ComparisonTableModel& model, const QString& context, const QString& path);
};

} // namespace dermaedge
