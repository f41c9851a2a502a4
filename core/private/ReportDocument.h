#pragma once

// Shared by Report.cpp (data, CSV, writing), ReportDocument.cpp (HTML) and
// ReportPdf.cpp (PDF).

#include "Report.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QUrl>

#include <utility>

namespace dermaedge::detail {

/// Translation context "Report" for every user-visible report string.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/// The HTML page for a browser embeds images as data URLs. The PDF is laid out
/// by QTextDocument, which reads images from its resources and supports only
/// a subset of CSS.
enum class HtmlTarget { Browser, TextDocument };

QString reportHtmlText(const ReportData& data, HtmlTarget target);

/// Images that the HTML for HtmlTarget::TextDocument refers to by URL.
enum class ReportResource { Image, Heatmap, Scale };
QUrl reportResourceUrl(ReportResource resource);

/// The images of a report, with the resource each one is registered under.
QList<std::pair<ReportResource, QImage>> reportResources(const ReportData& data);

/// Pixel size of probabilityScale(). The report shows it at half size, so that it prints sharply.
inline constexpr QSize kScaleSize{600, 40};

/// Bar from 0 to 100% filled up to `probability`, with a black line at `threshold`.
QImage probabilityScale(double probability, double threshold, bool above);

/// Lays out the report on A4 pages with a footer on each and returns the PDF.
/// A de-identified report's PDF metadata keeps the year of its creation only.
Result<QByteArray> renderReportPdf(const ReportData& data);

/// The image with the heat map overlay blended over it, scaled to the image's size.
QImage blendHeatmap(const QImage& image, const QImage& overlay);

/// Percent with one decimal in the current locale, e.g. "73.4%".
QString formatPercent(double fraction);

/// Date, or its year only in a de-identified report.
QString formatReportDate(const QDate& date, bool yearOnly);

} // namespace dermaedge::detail
