// PDF output of the screening report: the HTML laid out by QTextDocument on A4 pages.

#include "private/ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace dermaedge::detail {

namespace {

constexpr int kResolution = 300; // dots per inch of the layout; images keep their own pixels
constexpr double kFooterMillimetres = 9.0;

double millimetresToDots(double millimetres)
{
    return millimetres / 25.4 * kResolution;
}

// Every page repeats the notice, so that a single printed page still shows it.
void drawFooter(QPainter& painter, const QRectF& area, const ReportData& data, int page, int pages)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawLine(area.topLeft(), area.topRight());
    const QRectF text = area.adjusted(0, millimetresToDots(1.5), 0, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop,
                     ReportText::tr("DermaEdge %1. Decision support, not a diagnosis.").arg(data.softwareVersion));
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, ReportText::tr("Page %1 of %2").arg(page).arg(pages));
}

// QPdfWriter stamps the current time into the info dictionary. A de-identified
// report keeps the year: month, day and time become 0101000000, which has the
// same length, so the cross-reference offsets stay valid.
void reduceMetadataDatesToYear(QByteArray& pdf)
{
    for (const QByteArray& key : {QByteArrayLiteral("/CreationDate (D:"), QByteArrayLiteral("/ModDate (D:")}) {
        const qsizetype start = pdf.indexOf(key);
        if (start < 0)
            continue;
        const qsizetype monthStart = start + key.size() + 4;
        const QByteArray replacement("0101000000");
        if (monthStart + replacement.size() <= pdf.size())
            pdf.replace(monthStart, replacement.size(), replacement);
    }
}

} // namespace

Result<QByteArray> renderReportPdf(const ReportData& data)
{
    // Text layout needs the font database, which only a QGuiApplication sets up.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Result<QByteArray>::failure(QStringLiteral("PDF reports need a QGuiApplication"));

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 14, 18, 12), QPageLayout::Millimeter);
        writer.setTitle(ReportText::tr("Melanoma risk screening report"));
        writer.setCreator(QStringLiteral("DermaEdge %1").arg(data.softwareVersion));

        QTextDocument document;
        // Laid out in the writer's dots, so that point sizes and image widths
        // come out at their size on paper.
        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        for (const auto& [resource, image] : reportResources(data))
            document.addResource(QTextDocument::ImageResource, reportResourceUrl(resource), image);
        document.setHtml(reportHtmlText(data, HtmlTarget::TextDocument));

        const QSizeF printable = writer.pageLayout().paintRectPixels(kResolution).size();
        const double footerHeight = millimetresToDots(kFooterMillimetres);
        const QSizeF pageSize(printable.width(), printable.height() - footerHeight);
        document.setPageSize(pageSize);
        const int pages = document.pageCount();

        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            const QRectF clip(0, page * pageSize.height(), pageSize.width(), pageSize.height());
            painter.save();
            painter.translate(0, -clip.top());
            document.drawContents(&painter, clip);
            painter.restore();
            drawFooter(painter, QRectF(0, pageSize.height(), pageSize.width(), footerHeight), data,
                       page + 1, pages);
        }
        painter.end();
    }
    if (data.deidentified)
        reduceMetadataDatesToYear(pdf);
    return pdf;
}

} // namespace dermaedge::detail
