#include "RiskTrendChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace dermaedge {

namespace {

qreal chartTime(const QDate& date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

} // namespace

RiskTrendChart::RiskTrendChart(QWidget* parent)
    : QChartView(parent), m_probability(new QLineSeries), m_threshold(new QLineSeries),
      m_dateAxis(new QDateTimeAxis), m_percentAxis(new QValueAxis)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Melanoma probability by visit"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    m_probability->setName(tr("Probability"));
    m_probability->setPointsVisible(true);
    m_probability->setPen(QPen(QColor(0x1f, 0x5f, 0xa8), 2.5));
    m_threshold->setName(tr("Threshold"));
    m_threshold->setPen(QPen(QColor(0xa4, 0x16, 0x1a), 1.5, Qt::DashLine));
    chart->addSeries(m_threshold);
    chart->addSeries(m_probability);

    m_dateAxis->setFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateAxis->setTitleText(tr("Visit date"));
    m_percentAxis->setRange(0.0, 100.0);
    m_percentAxis->setLabelFormat(QStringLiteral("%d %%"));
    m_percentAxis->setTickCount(6);
    m_percentAxis->setTitleText(tr("Probability"));
    chart->addAxis(m_dateAxis, Qt::AlignBottom);
    chart->addAxis(m_percentAxis, Qt::AlignLeft);
    for (QLineSeries* series : {m_probability, m_threshold}) {
        series->attachAxis(m_dateAxis);
        series->attachAxis(m_percentAxis);
    }

    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    updateAxes({});
}

void RiskTrendChart::setPoints(std::vector<TrendPoint> points)
{
    std::stable_sort(points.begin(), points.end(),
                     [](const TrendPoint& a, const TrendPoint& b) { return a.date < b.date; });
    QList<QPointF> probabilities;
    QList<QPointF> thresholds;
    for (const TrendPoint& point : points) {
        const qreal x = chartTime(point.date);
        probabilities.append({x, point.probability * 100.0});
        // A change of threshold between two visits is drawn as a step at the later visit.
        if (!thresholds.isEmpty() && thresholds.constLast().y() != point.threshold * 100.0)
            thresholds.append({x, thresholds.constLast().y()});
        thresholds.append({x, point.threshold * 100.0});
    }
    // A single visit still gets a visible threshold line across the chart.
    if (points.size() == 1) {
        const qreal y = thresholds.constFirst().y();
        thresholds = {{chartTime(points.front().date.addDays(-1)), y},
                      {chartTime(points.front().date.addDays(1)), y}};
    }
    m_probability->replace(probabilities);
    m_threshold->replace(thresholds);
    updateAxes(points);
}

void RiskTrendChart::updateAxes(const std::vector<TrendPoint>& points)
{
    QDate first = points.empty() ? QDate::currentDate() : points.front().date;
    QDate last = points.empty() ? QDate::currentDate() : points.back().date;
    // A margin of about a twentieth of the span (at least a day) keeps the end points off the frame.
    const qint64 margin = std::max<qint64>(1, first.daysTo(last) / 20);
    first = first.addDays(-margin);
    last = last.addDays(margin);
    m_dateAxis->setRange(first.startOfDay(), last.startOfDay());
    m_dateAxis->setTickCount(int(std::clamp<qint64>(first.daysTo(last) + 1, 2, 6)));
}

} // namespace dermaedge
