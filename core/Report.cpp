#include "Report.h"

#include "Classifier.h"
#include "Logging.h"
#include "ModelManifest.h"
#include "private/ReportDocument.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

namespace dermaedge {

using detail::ReportText;

namespace {

std::optional<double> metric(const QJsonObject& metrics, const QString& key)
{
    const QJsonValue value = metrics.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

// RFC 4180 quoting. Free text that starts like a formula gets a leading
// apostrophe, so that a spreadsheet shows it as text instead of evaluating it.
QString csvField(QString value, bool freeText)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (freeText && !value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + value + u'"';
    }
    return value;
}

QString csvNumber(std::optional<double> value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

QString csvDate(const QDate& date, bool yearOnly)
{
    if (!date.isValid())
        return {};
    return yearOnly ? QString::number(date.year()) : date.toString(Qt::ISODate);
}

} // namespace

std::optional<ReportFormat> reportFormatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QStringLiteral("pdf"))
        return ReportFormat::Pdf;
    if (lower == QStringLiteral("html") || lower == QStringLiteral("htm"))
        return ReportFormat::Html;
    if (lower == QStringLiteral("csv"))
        return ReportFormat::Csv;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatForPath(const QString& path)
{
    return reportFormatFromName(QFileInfo(path).suffix());
}

ReportData makeReportData(const ScreeningResult& screening, const ModelManifest& manifest,
                          const QImage& image, std::optional<ReportHeatmap> heatmap)
{
    ReportData data;
    data.image = image;
    data.heatmap = std::move(heatmap);
    data.probability = screening.probability;
    data.threshold = screening.threshold;
    data.malignant = screening.malignant;
    data.screeningMs = screening.totalMs > 0.0 ? std::optional<double>(screening.totalMs) : std::nullopt;

    data.modelId = manifest.id;
    data.modelName = manifest.displayName;
    data.variant = manifest.kind;
    // A derived variant names its parent as "<id> (sha256 <digest>)". The id is enough here.
    data.trainingData = manifest.provenance.source;
    data.trainingData.remove(QRegularExpression(QStringLiteral("\\s*\\(sha256 [0-9a-f]+\\)$")));
    data.auc = metric(manifest.metrics, QStringLiteral("validation_auc"));
    data.sensitivity = metric(manifest.metrics, QStringLiteral("sensitivity"));
    data.specificity = metric(manifest.metrics, QStringLiteral("specificity"));
    data.validationImages = int(metric(manifest.metrics, QStringLiteral("validation_images")).value_or(0));

    data.softwareVersion = QStringLiteral(DERMAEDGE_VERSION);
    data.createdAt = QDateTime::currentDateTimeUtc();
    return data;
}

ReportData deidentified(const ReportData& data)
{
    ReportData copy = data;
    copy.patientPseudonym.clear();
    copy.patientComment.clear();
    copy.lesionLabel.clear();
    copy.notes.clear();
    copy.sourceFileName.clear();
    // Dates keep their year. The rest is dropped here rather than only hidden
    // by the writers, so that no writer can print it by mistake.
    if (copy.visitDate.isValid())
        copy.visitDate = QDate(copy.visitDate.year(), 1, 1);
    if (copy.createdAt.isValid())
        copy.createdAt = QDateTime(QDate(copy.createdAt.toUTC().date().year(), 1, 1), QTime(0, 0),
                                   Qt::UTC);
    copy.deidentified = true;
    return copy;
}

QByteArray reportHtml(const ReportData& data, const ReportOptions& options)
{
    const ReportData output = options.deidentify ? deidentified(data) : data;
    return detail::reportHtmlText(output, detail::HtmlTarget::Browser).toUtf8();
}

QByteArray reportCsv(const ReportData& data, const ReportOptions& options)
{
    const ReportData output = options.deidentify ? deidentified(data) : data;
    const bool yearOnly = output.deidentified;
    // Column names are fixed identifiers for scripts. Only the notice is translated.
    const QList<std::pair<QString, QString>> columns{
        {QStringLiteral("notice"), csvField(ReportText::tr("Decision support, not a diagnosis."), false)},
        {QStringLiteral("created"),
         yearOnly ? csvDate(output.createdAt.date(), true) : output.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("software_version"), csvField(output.softwareVersion, false)},
        {QStringLiteral("patient"), csvField(output.patientPseudonym, true)},
        {QStringLiteral("site"), output.site ? bodySiteKey(*output.site) : QString()},
        {QStringLiteral("lesion_label"), csvField(output.lesionLabel, true)},
        {QStringLiteral("visit_date"), csvDate(output.visitDate, yearOnly)},
        {QStringLiteral("source_file"), csvField(output.sourceFileName, true)},
        {QStringLiteral("patient_comment"), csvField(output.patientComment, true)},
        {QStringLiteral("notes"), csvField(output.notes.join(QStringLiteral("\n")), true)},
        {QStringLiteral("model_id"), csvField(output.modelId, false)},
        {QStringLiteral("variant"), csvField(output.variant, false)},
        {QStringLiteral("probability"), csvNumber(output.probability, 4)},
        {QStringLiteral("threshold"), csvNumber(output.threshold, 4)},
        {QStringLiteral("decision"), output.malignant ? QStringLiteral("malignant") : QStringLiteral("benign")},
        {QStringLiteral("validation_auc"), csvNumber(output.auc, 4)},
        {QStringLiteral("sensitivity"), csvNumber(output.sensitivity, 4)},
        {QStringLiteral("specificity"), csvNumber(output.specificity, 4)},
        {QStringLiteral("validation_images"),
         output.validationImages > 0 ? QString::number(output.validationImages) : QString()},
        {QStringLiteral("screening_ms"), csvNumber(output.screeningMs, 1)},
        {QStringLiteral("heatmap_model"), output.heatmap ? csvField(output.heatmap->modelId, false) : QString()},
        {QStringLiteral("deidentified"), output.deidentified ? QStringLiteral("yes") : QStringLiteral("no")},
    };
    QStringList header;
    QStringList values;
    for (const auto& [name, value] : columns) {
        header << name;
        values << value;
    }
    return (header.join(u',') + QStringLiteral("\r\n") + values.join(u',') + QStringLiteral("\r\n")).toUtf8();
}

Status writeReport(const ReportData& data, ReportFormat format, const QString& path,
                   const ReportOptions& options)
{
    const ReportData output = options.deidentify ? deidentified(data) : data;
    QByteArray bytes;
    switch (format) {
    case ReportFormat::Pdf: {
        auto pdf = detail::renderReportPdf(output);
        if (!pdf)
            return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, pdf.error()));
        bytes = std::move(pdf).value();
        break;
    }
    case ReportFormat::Html:
        bytes = reportHtml(output);
        break;
    case ReportFormat::Csv:
        bytes = reportCsv(output);
        break;
    }

    QSaveFile file(path);
    // A failed write is remembered by QSaveFile and makes commit() fail.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    qCInfo(lcReport) << "report written," << (output.deidentified ? "de-identified" : "identified");
    return Status::success();
}

namespace detail {

QString formatPercent(double fraction)
{
    return ReportText::tr("%1%").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString formatReportDate(const QDate& date, bool yearOnly)
{
    if (!date.isValid())
        return {};
    // ISO 8601 in every language: 05/12/2026 and 12/05/2026 mean different days.
    return yearOnly ? QString::number(date.year()) : date.toString(Qt::ISODate);
}

} // namespace detail
} // namespace dermaedge
