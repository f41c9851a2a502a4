// Comparison of evaluation reports with the baseline, and their per-image CSV.

#include "Evaluation.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QTextStream>

#include <map>

namespace dermaedge {

namespace {

const ShiftMetrics* findShift(const EvaluationReport& report, const QString& shift)
{
    for (const ShiftMetrics& metrics : report.results) {
        if (metrics.shift == shift)
            return &metrics;
    }
    return nullptr;
}

QString relativePath(const EvaluationReport& report, const QString& path)
{
    return report.baseFolder.isEmpty() ? path : QDir(report.baseFolder).relativeFilePath(path);
}

// Quotes a CSV field when it contains a separator, a quote or a line break (RFC 4180).
QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString decisionName(bool malignant)
{
    return malignant ? QStringLiteral("malignant") : QStringLiteral("benign");
}

// One CSV row: the image, its label and shift, and each report's probability and decision.
struct CsvRow
{
    QString file;
    int label = 0;
    QString shift;
    std::vector<QString> cells; ///< two per report
};

} // namespace

void compareWithBaseline(EvaluationReport& variant, const EvaluationReport& baseline)
{
    QHash<QString, size_t> baselineIndex;
    for (size_t i = 0; i < baseline.imageList.size(); ++i)
        baselineIndex.insert(QDir::cleanPath(baseline.imageList[i].path), i);

    for (ShiftMetrics& metrics : variant.results) {
        const ShiftMetrics* reference = findShift(baseline, metrics.shift);
        if (reference == nullptr) {
            metrics.agreement.reset();
            continue;
        }
        DecisionAgreement agreement;
        agreement.baselineId = baseline.modelId;
        for (size_t i = 0; i < variant.imageList.size() && i < metrics.probabilities.size(); ++i) {
            const auto found = baselineIndex.constFind(QDir::cleanPath(variant.imageList[i].path));
            if (found == baselineIndex.cend() || found.value() >= reference->probabilities.size())
                continue;
            ++agreement.compared;
            const double baselineProbability = reference->probabilities[found.value()];
            const double variantProbability = metrics.probabilities[i];
            const bool baselineMalignant = baselineProbability >= baseline.threshold;
            const bool variantMalignant = variantProbability >= variant.threshold;
            if (baselineMalignant == variantMalignant)
                continue;
            agreement.flipped.push_back({relativePath(variant, variant.imageList[i].path), variant.imageList[i].label,
                                         baselineProbability, variantProbability, variantMalignant});
        }
        agreement.flips = int(agreement.flipped.size());
        agreement.flipFraction = agreement.compared > 0 ? double(agreement.flips) / agreement.compared : 0.0;
        metrics.agreement = std::move(agreement);
    }
}

Status writePredictionsCsv(const std::vector<EvaluationReport>& reports, const QString& path)
{
    // Rows keyed by (shift order, file) so that every report's values for one image share a row.
    QStringList shiftOrder;
    std::map<std::pair<int, QString>, CsvRow> rows;
    for (size_t r = 0; r < reports.size(); ++r) {
        const EvaluationReport& report = reports[r];
        for (const ShiftMetrics& metrics : report.results) {
            if (!shiftOrder.contains(metrics.shift))
                shiftOrder << metrics.shift;
            const int shiftIndex = int(shiftOrder.indexOf(metrics.shift));
            for (size_t i = 0; i < report.imageList.size() && i < metrics.probabilities.size(); ++i) {
                const QString file = relativePath(report, report.imageList[i].path);
                CsvRow& row = rows[{shiftIndex, file}];
                if (row.cells.empty()) {
                    row = {file, report.imageList[i].label, metrics.shift, std::vector<QString>(2 * reports.size())};
                }
                const double probability = metrics.probabilities[i];
                row.cells[2 * r] = QString::number(probability, 'f', 6);
                row.cells[2 * r + 1] = decisionName(probability >= report.threshold);
            }
        }
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    QTextStream out(&file);
    out << "file,label,shift";
    for (const EvaluationReport& report : reports)
        out << ',' << csvField(report.modelId + QStringLiteral(" probability")) << ','
            << csvField(report.modelId + QStringLiteral(" decision"));
    out << '\n';
    for (const auto& [key, row] : rows) {
        out << csvField(row.file) << ',' << decisionName(row.label == 1) << ',' << csvField(row.shift);
        for (const QString& cell : row.cells)
            out << ',' << cell;
        out << '\n';
    }
    out.flush();
    if (out.status() != QTextStream::Ok || !file.commit())
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    return Status::success();
}

} // namespace dermaedge
