#pragma once

#include <QChartView>
#include <QDate>

#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace dermaedge {

/// One screening of a lesion on the trend chart.
struct TrendPoint
{
    QDate date;
    double probability = 0.0; ///< melanoma probability, 0..1
    double threshold = 0.5;   ///< decision threshold the result was recorded with, 0..1
};

/// Chart of a lesion's melanoma probability by visit date, in percent, with
/// the decision threshold as a dashed line. Thresholds that changed between
/// visits (another variant or operating point) show as steps of that line.
class RiskTrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit RiskTrendChart(QWidget* parent = nullptr);

    /// Replaces the points. They are drawn in date order whatever their order here.
    void setPoints(std::vector<TrendPoint> points);

    QLineSeries* probabilitySeries() const { return m_probability; }
    QLineSeries* thresholdSeries() const { return m_threshold; }

private:
    void updateAxes(const std::vector<TrendPoint>& points);

    QLineSeries* m_probability = nullptr;
    QLineSeries* m_threshold = nullptr;
    QDateTimeAxis* m_dateAxis = nullptr;
    QValueAxis* m_percentAxis = nullptr;
};

} // namespace dermaedge
