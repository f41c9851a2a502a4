#pragma once

#include "Comparison.h"

#include <QCoreApplication>

#include <vector>

class QChart;

namespace dermaedge {

/// Builds the comparison's charts from its rows. Each function returns a new
/// chart that the caller owns (a QChartView takes ownership); variants without
/// the needed results are left out of it.
class ComparisonCharts
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonCharts)

public:
    /// Bars of the network latency p50 per variant, in milliseconds.
    static QChart* latency(const std::vector<VariantResults>& rows);
    /// Bars of the model file size in megabytes.
    static QChart* size(const std::vector<VariantResults>& rows);
    /// Bars of the ROC AUC per variant, on an axis from 0.5 (chance) to 1.
    static QChart* auc(const std::vector<VariantResults>& rows);
    /// ROC AUC against latency p50, one point per variant, with the Pareto
    /// front (the variants no other beats on both) ringed and joined by a line.
    static QChart* tradeOff(const std::vector<VariantResults>& rows);
    /// ROC curves of all variants overlaid, with the chance diagonal and a
    /// dot where each variant's threshold puts it.
    static QChart* roc(const std::vector<VariantResults>& rows);
    /// How to read the charts, as rich text for a label or a text document.
    static QString guideHtml();
};

} // namespace dermaedge
