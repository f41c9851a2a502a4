#pragma once

#include "BodySite.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <QStringList>

#include <optional>

namespace dermaedge {

class CaseStore;
struct Explanation;
struct ModelManifest;
struct ScreeningResult;

/// Heat map that explains a result, drawn over the screened image.
struct ReportHeatmap
{
    QImage overlay;  ///< same aspect ratio as the image; pixels with alpha are blended over it
    QString modelId; ///< model whose output the heat map explains
    bool faded = false; ///< drawn fainter because the risk is below the threshold
};

/// Everything a screening report shows. Fields are values, not formatted
/// text, so that each writer formats them for its language and format.
/// Empty strings, invalid dates and unset optionals are left out of the report.
struct ReportData
{
    // Case
    QString patientPseudonym;
    QString patientComment; ///< free text
    std::optional<BodySite> site;
    QString lesionLabel;    ///< free text
    QDate visitDate;
    QStringList notes;      ///< free text, oldest first
    QString sourceFileName; ///< name of the screened file, without its folder

    // Image
    QImage image;
    std::optional<ReportHeatmap> heatmap;

    // Result
    double probability = 0.0; ///< melanoma probability, 0..1
    double threshold = 0.5;
    bool malignant = false;   ///< probability >= threshold

    // Model variant and its accuracy as measured on its validation images
    QString modelId;
    QString modelName;
    QString variant; ///< manifest kind, e.g. "fp32"
    QString trainingData; ///< data set the model was trained on, from its provenance
    std::optional<double> auc;
    std::optional<double> sensitivity; ///< at the threshold
    std::optional<double> specificity; ///< at the threshold
    int validationImages = 0; ///< 0 when unknown
    std::optional<double> screeningMs; ///< decode, preprocessing and network on this computer

    QString softwareVersion;
    QDateTime createdAt; ///< UTC
    bool deidentified = false; ///< set by deidentified(); dates then print as years
};

enum class ReportFormat { Pdf, Html, Csv };

/// Parses "pdf", "html" (or "htm") and "csv", in any case.
std::optional<ReportFormat> reportFormatFromName(const QString& name);

/// Format matching a file's extension, if any.
std::optional<ReportFormat> reportFormatForPath(const QString& path);

struct ReportOptions
{
    /// Leave out identifying data: the pseudonym, all free text (patient
    /// comment, lesion label, notes) and the source file name. Dates keep
    /// their year only. Images are written as pixels without file metadata
    /// in every report.
    bool deidentify = false;
};

/// Fills the result and model fields from a screening and the manifest of its
/// variant, sets the software version and the creation time, and takes the image.
ReportData makeReportData(const ScreeningResult& screening, const ModelManifest& manifest,
                          const QImage& image, std::optional<ReportHeatmap> heatmap = {});

/// Heat map of `explanation` for a report: the explanation's colours drawn at
/// `opacity` (0..1) over the part of the image the network saw, with that part
/// outlined, on a transparent image of the explained image's aspect ratio.
/// Returns nothing for an empty explanation.
std::optional<ReportHeatmap> makeReportHeatmap(const Explanation& explanation, double opacity = 0.5);

/// Fills the case fields of `data` from the store: the patient's pseudonym
/// and comment, the lesion's site and label, and the notes about the patient
/// as a whole or about this lesion, oldest first. The visit date is left to
/// the caller. Fails with the store's message when the lesion is not found.
Status addCaseData(const CaseStore& store, qint64 lesionId, ReportData& data);

/// Copy of `data` without identifying data (see ReportOptions::deidentify).
ReportData deidentified(const ReportData& data);

/// Report as a standalone HTML page, with the images embedded as base64 PNG.
QByteArray reportHtml(const ReportData& data, const ReportOptions& options = {});

/// Report as CSV: a header row and one row of values, UTF-8, dot decimals.
QByteArray reportCsv(const ReportData& data, const ReportOptions& options = {});

/// Writes the report to `path` atomically: on failure, the previous file at
/// `path` (if any) is left unchanged and the message names `path` and the cause.
/// The PDF writer paints text, so it needs a QGuiApplication.
Status writeReport(const ReportData& data, ReportFormat format, const QString& path,
                   const ReportOptions& options = {});

} // namespace dermaedge
