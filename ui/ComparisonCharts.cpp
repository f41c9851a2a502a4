#include "ComparisonCharts.h"

#include "Metrics.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace dermaedge {

namespace {

// One colour per variant, the same in every chart (Okabe-Ito, readable with colour blindness).
QColor variantColour(size_t index)
{
    static const QColor palette[] = {QColor(0, 0, 0),       QColor(230, 159, 0),  QColor(86, 180, 233),
                                     QColor(0, 158, 115),   QColor(213, 94, 0),   QColor(0, 114, 178),
                                     QColor(204, 121, 167), QColor(240, 228, 66)};
    return palette[index % std::size(palette)];
}

const ShiftMetrics* firstShift(const VariantResults& row)
{
    if (!row.evaluation || row.evaluation->results.empty())
        return nullptr;
    return &row.evaluation->results.front();
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QValueAxis* valueAxis(const QString& title, double min, double max, const QString& format)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(min, max);
    axis->setLabelFormat(format);
    return axis;
}

// A horizontal bar chart, one category per variant that has a value (names
// fit better beside horizontal bars than below vertical ones), one bar set
// per series of values.
struct BarSpec
{
    QString name;
    std::function<std::optional<double>(const VariantResults&)> value;
};

QChart* barChart(const std::vector<VariantResults>& rows, const QString& title, const QString& axisTitle,
                 const std::vector<BarSpec>& specs, double axisMin, std::optional<double> axisMax, int decimals,
                 int significantDigits = 3)
{
    const QStringList labels = shortVariantLabels(rows);
    QStringList categories;
    std::vector<QBarSet*> sets;
    for (const BarSpec& spec : specs) {
        sets.push_back(new QBarSet(spec.name));
        sets.back()->setLabelColor(Qt::black);
    }
    double maximum = 0.0;
    // The first variant (the baseline) goes on top: bar categories are drawn bottom-up.
    for (size_t i = rows.size(); i-- > 0;) {
        if (!specs.front().value(rows[i]))
            continue;
        categories << labels.at(qsizetype(i));
        for (size_t s = 0; s < specs.size(); ++s) {
            const double value = specs[s].value(rows[i]).value_or(0.0);
            sets[s]->append(value);
            maximum = std::max(maximum, value);
        }
    }
    QChart* chart = newChart(categories.isEmpty() ? ComparisonCharts::tr("%1 – no results yet").arg(title) : title);
    auto* series = new QHorizontalBarSeries;
    for (QBarSet* set : sets)
        series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    // Significant digits, e.g. 11.4 ms and 0.597 ms.
    series->setLabelsPrecision(significantDigits);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    // Room to the right of the longest bar for its label.
    QValueAxis* axis = valueAxis(axisTitle, axisMin, axisMax.value_or(maximum > 0.0 ? maximum * 1.25 : 1.0),
                                 QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
    if (!axisMax)
        axis->applyNiceNumbers();
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart->legend()->setVisible(specs.size() > 1);
    return chart;
}

} // namespace

QChart* ComparisonCharts::latency(const std::vector<VariantResults>& rows)
{
    const auto p50 = [](const VariantResults& row) -> std::optional<double> {
        return row.benchmark ? std::optional<double>(row.benchmark->network.p50Ms) : std::nullopt;
    };
    return barChart(rows, tr("Typical time per image, median (lower is better)"), tr("milliseconds"),
                    {{tr("p50"), p50}}, 0.0, std::nullopt, 2);
}

QChart* ComparisonCharts::size(const std::vector<VariantResults>& rows)
{
    const auto megabytes = [](const VariantResults& row) -> std::optional<double> {
        return row.benchmark ? std::optional<double>(double(row.benchmark->archiveBytes) / 1e6) : std::nullopt;
    };
    return barChart(rows, tr("Model file size (lower is better)"), tr("megabytes"), {{tr("file"), megabytes}}, 0.0,
                    std::nullopt, 2);
}

QChart* ComparisonCharts::auc(const std::vector<VariantResults>& rows)
{
    const auto value = [](const VariantResults& row) -> std::optional<double> {
        const ShiftMetrics* shift = firstShift(row);
        if (shift == nullptr || !std::isfinite(shift->auc))
            return std::nullopt;
        return shift->auc;
    };
    return barChart(rows, tr("ROC AUC (higher is better, 0.5 is chance)"), tr("ROC AUC"),
                    {{tr("ROC AUC"), value}}, 0.5, 1.0, 3, 4);
}

QChart* ComparisonCharts::tradeOff(const std::vector<VariantResults>& rows)
{
    QChart* chart = newChart(tr("Accuracy against speed (best: top left)"));
    // Variants often sit close together, so the legend beside the plot names them instead of point labels.
    chart->legend()->setAlignment(Qt::AlignRight);
    const QStringList labels = shortVariantLabels(rows);
    std::vector<double> latencies;
    std::vector<double> aucs;
    std::vector<size_t> rowOf;
    for (size_t i = 0; i < rows.size(); ++i) {
        const ShiftMetrics* shift = firstShift(rows[i]);
        if (!rows[i].benchmark || shift == nullptr || !std::isfinite(shift->auc))
            continue;
        latencies.push_back(rows[i].benchmark->network.p50Ms);
        aucs.push_back(shift->auc);
        rowOf.push_back(i);
    }
    auto* xAxis = valueAxis(tr("latency p50 (ms)"), 0.0, 1.0, QStringLiteral("%.1f"));
    auto* yAxis = valueAxis(tr("ROC AUC"), 0.0, 1.0, QStringLiteral("%.3f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    if (latencies.empty()) {
        chart->setTitle(tr("%1 – needs a benchmark and an evaluation").arg(chart->title()));
        return chart;
    }

    // The front as a dashed line through rings around its variants, so that a
    // front of one variant still shows.
    auto* front = new QLineSeries;
    front->setPen(QPen(QColor(120, 120, 120), 1.5, Qt::DashLine));
    auto* rings = new QScatterSeries;
    rings->setName(tr("Pareto front"));
    rings->setMarkerSize(20.0);
    rings->setColor(Qt::transparent);
    rings->setBorderColor(QColor(120, 120, 120));
    for (size_t index : paretoFront(latencies, aucs)) {
        front->append(latencies[index], aucs[index]);
        rings->append(latencies[index], aucs[index]);
    }
    for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(front), static_cast<QAbstractSeries*>(rings)}) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    for (QLegendMarker* marker : chart->legend()->markers(front))
        marker->setVisible(false);

    for (size_t p = 0; p < latencies.size(); ++p) {
        auto* point = new QScatterSeries;
        point->setName(labels.at(qsizetype(rowOf[p])));
        point->setColor(variantColour(rowOf[p]));
        point->setMarkerSize(11.0);
        point->append(latencies[p], aucs[p]);
        chart->addSeries(point);
        point->attachAxis(xAxis);
        point->attachAxis(yAxis);
    }
    const auto [minAuc, maxAuc] = std::minmax_element(aucs.begin(), aucs.end());
    const double margin = std::max(0.005, (*maxAuc - *minAuc) * 0.3);
    xAxis->setRange(0.0, *std::max_element(latencies.begin(), latencies.end()) * 1.25);
    xAxis->applyNiceNumbers();
    yAxis->setRange(std::max(0.0, *minAuc - margin), std::min(1.0, *maxAuc + margin));
    return chart;
}

QChart* ComparisonCharts::roc(const std::vector<VariantResults>& rows)
{
    QChart* chart = newChart(tr("ROC curves"));
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* xAxis = valueAxis(tr("1 − specificity"), 0.0, 1.0, QStringLiteral("%.1f"));
    auto* yAxis = valueAxis(tr("sensitivity"), 0.0, 1.0, QStringLiteral("%.1f"));
    xAxis->setTickCount(6);
    yAxis->setTickCount(6);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    auto* chance = new QLineSeries;
    chance->setName(tr("chance"));
    chance->setPen(QPen(QColor(160, 160, 160), 1.0, Qt::DotLine));
    chance->append(0.0, 0.0);
    chance->append(1.0, 1.0);
    chart->addSeries(chance);
    chance->attachAxis(xAxis);
    chance->attachAxis(yAxis);

    const QStringList labels = shortVariantLabels(rows);
    int curves = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const ShiftMetrics* shift = firstShift(rows[i]);
        if (shift == nullptr || shift->roc.empty())
            continue;
        ++curves;
        auto* curve = new QLineSeries;
        curve->setName(labels.at(qsizetype(i)));
        curve->setPen(QPen(variantColour(i), 1.8));
        for (const RocCurvePoint& point : shift->roc)
            curve->append(point.fpr, point.tpr);
        chart->addSeries(curve);
        curve->attachAxis(xAxis);
        curve->attachAxis(yAxis);

        // Where the variant's threshold puts it on its curve.
        auto* operatingPoint = new QScatterSeries;
        operatingPoint->setColor(variantColour(i));
        operatingPoint->setMarkerSize(9.0);
        operatingPoint->append(1.0 - shift->atThreshold.specificity, shift->atThreshold.sensitivity);
        chart->addSeries(operatingPoint);
        operatingPoint->attachAxis(xAxis);
        operatingPoint->attachAxis(yAxis);
        for (QLegendMarker* marker : chart->legend()->markers(operatingPoint))
            marker->setVisible(false);
    }
    if (curves == 0)
        chart->setTitle(tr("%1 – needs an evaluation with both classes").arg(chart->title()));
    return chart;
}

QString ComparisonCharts::guideHtml()
{
    return tr("<p><b>Reading the charts</b></p>"
           "<p>Time and size are measured on this computer; accuracy on the evaluated images.</p>"
           "<p><b>Accuracy against speed:</b> rings mark the variants that no other variant beats on both speed "
           "and ROC AUC (the Pareto front), joined by a dashed line when there are several. Any other variant "
           "is slower, less accurate, or both, than one of them.</p>"
           "<p><b>ROC curves:</b> the dot on each curve is the variant's decision threshold; higher and further "
           "left means more melanomas found for fewer benign lesions flagged.</p>"
           "<p>With a few hundred images the ROC AUC is uncertain by about ±0.01 to ±0.03 (the AUC cell's "
           "tooltip gives its standard error), so differences of a few thousandths do not show that one "
           "variant is more accurate.</p>");
}

} // namespace dermaedge
