#include "ComparisonTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QThread>

#include <cmath>

namespace dermaedge {

namespace {

const QColor kStaleColour(255, 236, 179);   // amber: measured under other conditions
const QColor kSlowerColour(255, 205, 210);  // red: slower than the baseline
const QString kNotMeasured = QStringLiteral("–");

bool measuredWhileBusy(const VariantResults& row)
{
    return row.benchmark && row.benchmark->otherProcessesCores >= kBusyComputerCores;
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString megabytes(qint64 bytes)
{
    return bytes < 0 ? kNotMeasured : number(double(bytes) / 1e6, 2);
}

// Melanomas this variant misses minus those only it finds, against the baseline.
int netMissedMelanomas(const DecisionAgreement& agreement)
{
    int net = 0;
    for (const DecisionFlip& flip : agreement.flipped) {
        if (flip.label == 1)
            net += flip.variantMalignant ? -1 : 1;
    }
    return net;
}

const ShiftMetrics* firstShift(const VariantResults& row)
{
    if (!row.evaluation || row.evaluation->results.empty())
        return nullptr;
    return &row.evaluation->results.front();
}

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject* parent) : QAbstractTableModel(parent) {}

bool ComparisonTableModel::isBenchmarkColumn(int column)
{
    switch (column) {
    case SpeedupColumn: case P50Column: case P90Column: case P99Column: case ThroughputColumn:
    case SizeColumn: case CompressedSizeColumn: case ParametersColumn: case NonZeroParametersColumn:
    case MacsColumn: case BenchmarkStatusColumn:
        return true;
    default:
        return false;
    }
}

bool ComparisonTableModel::isEvaluationColumn(int column)
{
    switch (column) {
    case AucColumn: case SensitivityColumn: case SpecificityColumn: case PpvColumn: case NpvColumn:
    case BalancedAccuracyColumn: case EceColumn: case FlipsColumn: case EvaluationStatusColumn:
        return true;
    default:
        return false;
    }
}

void ComparisonTableModel::setRows(std::vector<VariantResults> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void ComparisonTableModel::refreshAll()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ComparisonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const VariantResults& row = m_rows[size_t(index.row())];
    const int column = index.column();
    const bool slower = column == SpeedupColumn && row.speedup && *row.speedup < 1.0;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return int(column <= KindColumn || column >= BenchmarkStatusColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                            : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (slower)
            return QBrush(kSlowerColour);
        if (isStale(row, column))
            return QBrush(kStaleColour);
        return {};
    case Qt::ForegroundRole:
        // The tinted backgrounds are light, so their text stays dark in a dark theme too.
        if (slower || isStale(row, column))
            return QBrush(Qt::black);
        return {};
    case Qt::FontRole:
        if (column == VariantColumn && row.isBaseline) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case StaleRole:
        return isStale(row, column);
    case SlowerThanBaselineRole:
        return slower;
    default:
        return {};
    }
}

QString ComparisonTableModel::displayText(const VariantResults& row, int column) const
{
    const ShiftMetrics* shift = firstShift(row);
    const auto metric = [&](double value) {
        if (shift == nullptr)
            return kNotMeasured;
        return std::isfinite(value) ? number(value, 3) : tr("undefined");
    };
    const std::optional<BenchmarkReport>& b = row.benchmark;
    switch (column) {
    case VariantColumn:
        return row.isBaseline ? tr("%1 (baseline)").arg(row.manifest.displayName) : row.manifest.displayName;
    case KindColumn:
        return row.manifest.kind;
    case SpeedupColumn:
        if (!row.speedup)
            return kNotMeasured;
        return *row.speedup < 1.0 ? tr("%1x (slower)").arg(number(*row.speedup, 2))
                                  : tr("%1x").arg(number(*row.speedup, 2));
    case P50Column: return b ? number(b->network.p50Ms, 2) : kNotMeasured;
    case P90Column: return b ? number(b->network.p90Ms, 2) : kNotMeasured;
    case P99Column: return b ? number(b->network.p99Ms, 2) : kNotMeasured;
    case ThroughputColumn: return b ? number(b->throughputBatch1, 0) : kNotMeasured;
    case SizeColumn: return b ? megabytes(b->archiveBytes) : kNotMeasured;
    case CompressedSizeColumn: return b ? megabytes(b->archiveCompressedBytes) : kNotMeasured;
    case ParametersColumn: return b ? QLocale().toString(b->parameters) : kNotMeasured;
    case NonZeroParametersColumn: return b ? QLocale().toString(b->nonZeroParameters) : kNotMeasured;
    case MacsColumn: return b && b->macs >= 0 ? number(double(b->macs) / 1e6, 1) : kNotMeasured;
    case AucColumn: return metric(shift ? shift->auc : 0.0);
    case BalancedAccuracyColumn: return metric(shift ? shift->atThreshold.balancedAccuracy : 0.0);
    case SensitivityColumn: return metric(shift ? shift->atThreshold.sensitivity : 0.0);
    case SpecificityColumn: return metric(shift ? shift->atThreshold.specificity : 0.0);
    case PpvColumn: return metric(shift ? shift->atThreshold.ppv : 0.0);
    case NpvColumn: return metric(shift ? shift->atThreshold.npv : 0.0);
    case EceColumn: return metric(shift ? shift->ece : 0.0);
    case FlipsColumn:
        return flipsText(row);
    case BenchmarkStatusColumn: {
        if (!b)
            return tr("not measured");
        const QString status = row.benchmarkStale
                                   ? tr("stale: %1").arg(staleText(row.benchmarkStale, row.benchmarkStaleSettings))
                                   : QLocale().toString(row.benchmarkMeasuredAt.toLocalTime(), QLocale::ShortFormat);
        return measuredWhileBusy(row) ? tr("%1; computer was busy").arg(status) : status;
    }
    case EvaluationStatusColumn: {
        if (!row.evaluation)
            return tr("not measured");
        const QString status = row.evaluationStale
                                   ? tr("stale: %1").arg(staleText(row.evaluationStale, row.evaluationStaleSettings))
                                   : QLocale().toString(row.evaluationMeasuredAt.toLocalTime(), QLocale::ShortFormat);
        if (shift == nullptr)
            return status;
        const int melanomas = shift->atThreshold.truePositives + shift->atThreshold.falseNegatives;
        return tr("%1; %n image(s), melanomas: %2", nullptr, row.evaluation->images).arg(status).arg(melanomas);
    }
    default:
        return {};
    }
}

QString ComparisonTableModel::flipsText(const VariantResults& row) const
{
    const ShiftMetrics* shift = firstShift(row);
    if (row.isBaseline && shift)
        return tr("reference");
    if (!shift || !shift->agreement || shift->agreement->compared == 0)
        return kNotMeasured;
    const DecisionAgreement& agreement = *shift->agreement;
    const QString flips = tr("%1 of %2 (%3 %)").arg(agreement.flips).arg(agreement.compared)
                              .arg(number(agreement.flipFraction * 100.0, 1));
    // Missed melanomas matter most, so their net change is shown without opening the tooltip.
    const int missed = netMissedMelanomas(agreement);
    if (missed > 0)
        return tr("%1; %n more melanoma(s) missed", nullptr, missed).arg(flips);
    if (missed < 0)
        return tr("%1; %n fewer melanoma(s) missed", nullptr, -missed).arg(flips);
    return flips;
}

QStringList ComparisonTableModel::flipLines(const DecisionAgreement& agreement, double threshold) const
{
    int missed = 0;
    int found = 0;
    int falseAlarms = 0;
    int avoided = 0;
    QStringList images;
    for (const DecisionFlip& flip : agreement.flipped) {
        const bool melanoma = flip.label == 1;
        QString effect;
        if (melanoma && !flip.variantMalignant) {
            ++missed;
            effect = tr("melanoma missed by this variant");
        } else if (melanoma) {
            ++found;
            effect = tr("melanoma found only by this variant");
        } else if (flip.variantMalignant) {
            ++falseAlarms;
            effect = tr("benign lesion flagged only by this variant");
        } else {
            ++avoided;
            effect = tr("benign lesion flagged only by the baseline");
        }
        images << tr("%1: baseline %2, this variant %3 (%4)")
                      .arg(flip.file, number(flip.baselineProbability, 3), number(flip.variantProbability, 3), effect);
    }
    QStringList lines{tr("At this variant's threshold %1, compared with the baseline: melanomas missed %2, melanomas "
                         "newly found %3, benign lesions newly flagged %4, no longer flagged %5.")
                          .arg(number(threshold, 3))
                          .arg(missed)
                          .arg(found)
                          .arg(falseAlarms)
                          .arg(avoided)};
    return lines + images;
}

QString ComparisonTableModel::staleText(StaleReasons reasons, const QStringList& settings) const
{
    QStringList parts;
    if (reasons.testFlag(StaleReason::ArchiveChanged))
        parts << tr("model file changed");
    if (reasons.testFlag(StaleReason::DatasetChanged))
        parts << tr("images changed");
    if (reasons.testFlag(StaleReason::OtherMachine))
        parts << tr("other computer");
    if (reasons.testFlag(StaleReason::OtherSettings))
        parts << tr("other settings (%1)").arg(settings.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

bool ComparisonTableModel::isStale(const VariantResults& row, int column) const
{
    if (isBenchmarkColumn(column))
        return row.benchmark && bool(row.benchmarkStale);
    if (isEvaluationColumn(column))
        return row.evaluation && bool(row.evaluationStale);
    return false;
}

QString ComparisonTableModel::toolTip(const VariantResults& row, int column) const
{
    QStringList lines;
    if (column == VariantColumn)
        lines << tr("id: %1").arg(row.manifest.id);
    if (column == SpeedupColumn && row.speedup && *row.speedup < 1.0)
        lines << tr("This variant is slower than the baseline on this computer.");
    if (isBenchmarkColumn(column) && measuredWhileBusy(row))
        lines << tr("Other programs kept %1 of %n core(s) busy during this benchmark, so its latencies are "
                    "slower and more spread out than on an idle computer.", nullptr, QThread::idealThreadCount())
                     .arg(number(row.benchmark->otherProcessesCores, 1));
    const ShiftMetrics* shift = firstShift(row);
    if (isEvaluationColumn(column) && column != EvaluationStatusColumn && shift != nullptr) {
        lines << shift->undefined;
        const BinaryMetrics& m = shift->atThreshold;
        const double error = aucStandardError(shift->auc, m.truePositives + m.falseNegatives,
                                              m.trueNegatives + m.falsePositives);
        if (column == AucColumn && std::isfinite(error))
            lines << tr("Standard error about ±%1 (Hanley and McNeil) on these %n image(s).", nullptr,
                        row.evaluation->images).arg(number(error, 3));
        if (column == FlipsColumn && shift->agreement)
            lines << flipLines(*shift->agreement, row.evaluation->threshold);
    }
    if (column == EvaluationStatusColumn && row.evaluation) {
        lines << tr("Images: %1 (%2)").arg(row.evaluation->images).arg(row.evaluationDataset);
        if (!row.evaluation->unreadable.isEmpty())
            lines << tr("%n image(s) could not be read and were left out:", nullptr,
                        int(row.evaluation->unreadable.size()))
                  << row.evaluation->unreadable;
    }
    if (isStale(row, column)) {
        const bool benchmark = isBenchmarkColumn(column);
        lines << (benchmark ? tr("Stale benchmark: %1. Run the benchmark again to update it.")
                                  .arg(staleText(row.benchmarkStale, row.benchmarkStaleSettings))
                            : tr("Stale evaluation: %1. Run the evaluation again to update it.")
                                  .arg(staleText(row.evaluationStale, row.evaluationStaleSettings)));
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
        return columnDescription(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VariantColumn: return tr("Variant");
    case KindColumn: return tr("Kind");
    case SpeedupColumn: return tr("Speed vs\nbaseline");
    case P50Column: return tr("Latency\np50 (ms)");
    case P90Column: return tr("Latency\np90 (ms)");
    case P99Column: return tr("Latency\np99 (ms)");
    case ThroughputColumn: return tr("Images/s");
    case SizeColumn: return tr("Size\n(MB)");
    case CompressedSizeColumn: return tr("Compressed\n(MB)");
    case ParametersColumn: return tr("Parameters");
    case NonZeroParametersColumn: return tr("Non-zero\nparameters");
    case MacsColumn: return tr("MMACs");
    case AucColumn: return tr("ROC AUC");
    case BalancedAccuracyColumn: return tr("Balanced\naccuracy");
    case SensitivityColumn: return tr("Sensitivity");
    case SpecificityColumn: return tr("Specificity");
    case PpvColumn: return tr("PPV");
    case NpvColumn: return tr("NPV");
    case EceColumn: return tr("ECE");
    case FlipsColumn: return tr("Decisions differing\nfrom baseline");
    case BenchmarkStatusColumn: return tr("Benchmarked");
    case EvaluationStatusColumn: return tr("Evaluated");
    default: return {};
    }
}

QString ComparisonTableModel::columnDescription(int column) const
{
    switch (column) {
    case SpeedupColumn:
        return tr("Baseline latency p50 divided by this variant's: above 1x is faster, below 1x slower.");
    case P50Column:
    case P90Column:
    case P99Column:
        return tr("Time of one network forward pass (batch 1), in milliseconds: half, 90% and 99% of the "
                  "runs were at least this fast.");
    case ThroughputColumn: return tr("Images per second, one at a time, network only.");
    case SizeColumn: return tr("Size of the model file in megabytes (10^6 bytes).");
    case CompressedSizeColumn: return tr("Size of the model file after zlib compression, in megabytes.");
    case MacsColumn: return tr("Millions of multiply-accumulate operations per image, counted from the model.");
    case AucColumn: return tr("Area under the ROC curve on the labelled images: 1 is perfect ranking, 0.5 chance.");
    case SensitivityColumn: return tr("Share of melanomas decided malignant at the variant's threshold.");
    case SpecificityColumn: return tr("Share of benign lesions decided benign at the variant's threshold.");
    case PpvColumn:
        return tr("Positive predictive value: share of malignant decisions that are melanomas. It depends on the "
                  "share of melanomas among the evaluated images, which may differ from your practice's.");
    case NpvColumn:
        return tr("Negative predictive value: share of benign decisions that are benign lesions. It depends on the "
                  "share of melanomas among the evaluated images, which may differ from your practice's.");
    case BalancedAccuracyColumn: return tr("Mean of sensitivity and specificity at the variant's threshold.");
    case EceColumn: return tr("Expected calibration error: mean gap between probability and observed frequency.");
    case FlipsColumn: return tr("Images whose decision differs from the baseline's; the tooltip lists them.");
    default: return {};
    }
}

} // namespace dermaedge
