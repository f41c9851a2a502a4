#pragma once

#include "Comparison.h"

#include <QAbstractTableModel>

#include <vector>

namespace dermaedge {

/// Table of every variant (rows, baseline first) against every metric
/// (columns). Cells of a stale result are tinted amber and their tooltips
/// give the reason. A speed-up below 1 (a variant slower than the baseline) is tinted red.
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Columns in display order: speed, then accuracy, then the model's size and cost.
    enum Column {
        VariantColumn,
        KindColumn,
        SpeedupColumn,
        P50Column,
        P90Column,
        P99Column,
        ThroughputColumn,
        AucColumn,
        SensitivityColumn,
        SpecificityColumn,
        PpvColumn,
        NpvColumn,
        BalancedAccuracyColumn,
        EceColumn,
        FlipsColumn,
        SizeColumn,
        CompressedSizeColumn,
        ParametersColumn,
        NonZeroParametersColumn,
        MacsColumn,
        BenchmarkStatusColumn,
        EvaluationStatusColumn,
        ColumnCount
    };

    /// Custom data roles.
    enum Role {
        StaleRole = Qt::UserRole + 1, ///< bool: the cell shows a stale result
        SlowerThanBaselineRole,       ///< bool, speed-up column: the variant is slower than the baseline
    };

    explicit ComparisonTableModel(QObject* parent = nullptr);

    void setRows(std::vector<VariantResults> rows);
    const std::vector<VariantResults>& rows() const { return m_rows; }
    std::vector<VariantResults>& mutableRows() { return m_rows; }
    /// Tells views that every cell may have changed, after mutableRows() was edited.
    void refreshAll();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Tooltip of a column header: what the metric is and in which unit.
    QString columnDescription(int column) const;

    /// Returns true for the columns filled by a benchmark, including its status.
    static bool isBenchmarkColumn(int column);
    /// Returns true for the columns filled by an evaluation, including its status.
    static bool isEvaluationColumn(int column);

private:
    QString displayText(const VariantResults& row, int column) const;
    QString toolTip(const VariantResults& row, int column) const;
    bool isStale(const VariantResults& row, int column) const;
    QString staleText(StaleReasons reasons, const QStringList& settings) const;
    QString flipsText(const VariantResults& row) const;
    /// Tooltip lines of the flips column: a summary by clinical effect, then one line per image.
    QStringList flipLines(const DecisionAgreement& agreement, double threshold) const;

    std::vector<VariantResults> m_rows;
};

} // namespace dermaedge
