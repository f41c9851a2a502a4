// HTML of the screening report, for the HTML file and for the PDF layout.

#include "private/ReportDocument.h"

#include <QBuffer>
#include <QLocale>
#include <QPainter>

#include <cstring>

namespace dermaedge::detail {

namespace {

// Maximum side length of the embedded images: more than the printed width
// needs (about 8 cm at 300 dpi is 945 pixels), far less than a camera's.
constexpr int kEmbeddedImageSide = 1024;

// Width of each image in the report, in CSS pixels (1/96 inch): about 8 cm
// on paper, so that two images fit side by side on A4.
constexpr int kImageWidth = 290;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

// Pixels only: text keys that QImageReader read from the source file (PNG
// text chunks, JPEG comments) would otherwise be written into the PNG.
QImage embeddedImage(const QImage& image)
{
    const QImage scaled = image.width() <= kEmbeddedImageSide && image.height() <= kEmbeddedImageSide
                              ? image
                              : image.scaled(kEmbeddedImageSide, kEmbeddedImageSide, Qt::KeepAspectRatio,
                                             Qt::SmoothTransformation);
    QImage pixels(scaled.size(), scaled.format());
    for (int y = 0; y < scaled.height(); ++y)
        std::memcpy(pixels.scanLine(y), scaled.constScanLine(y), size_t(scaled.bytesPerLine()));
    pixels.setColorTable(scaled.colorTable());
    return pixels;
}

QString dataUrl(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

// Rows of label and value. Rows with an empty value are left out.
QString fieldTable(const QList<std::pair<QString, QString>>& rows)
{
    QString html = QStringLiteral("<table class=\"fields\" cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto& [label, value] : rows) {
        if (value.isEmpty())
            continue;
        html += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>").arg(label, value);
    }
    return html + QStringLiteral("</table>");
}

QString styleSheet(HtmlTarget target)
{
    QString css = QStringLiteral(
        "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1a1a1a; }"
        "h1 { font-size: 17pt; margin: 0; }"
        "h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; color: #2b4a6f; }"
        "td.label { color: #555555; padding-right: 14px; }"
        "table.notice { background-color: #fff4e0; border: 1px solid #c77700; }"
        "table.notice td { padding: 8px; }"
        "table.columns { margin-top: 10px; }"
        "p.label { color: #555555; margin-bottom: 0; }"
        "p.big { font-size: 22pt; font-weight: bold; margin-top: 0; margin-bottom: 4px; }"
        "p.above { color: #a4161a; font-weight: bold; font-size: 11pt; }"
        "p.below { color: #1e5631; font-weight: bold; font-size: 11pt; }"
        ".caption { font-size: 8.5pt; color: #555555; }"
        ".footer { font-size: 8pt; color: #555555; }"
        "p.note { margin-top: 2px; margin-bottom: 4px; }");
    if (target == HtmlTarget::Browser)
        css += QStringLiteral(
            "body { max-width: 820px; margin: 24px auto; padding: 0 16px; }"
            "table { border-collapse: collapse; }"
            "img { border: 1px solid #cccccc; }");
    return css;
}

QString headerHtml(const ReportData& data)
{
    QString details = escaped(ReportText::tr("DermaEdge %1").arg(data.softwareVersion));
    if (data.deidentified) {
        details += QStringLiteral("<br>") + escaped(ReportText::tr("Created %1").arg(data.createdAt.date().year()))
                   + QStringLiteral("<br><b>%1</b>").arg(escaped(ReportText::tr("De-identified")));
    } else {
        const QString created = data.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        details += QStringLiteral("<br>") + escaped(ReportText::tr("Created %1").arg(created));
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"70%\"><h1>%1</h1></td>"
                          "<td width=\"30%\" align=\"right\" class=\"footer\">%2</td>"
                          "</tr></table>")
        .arg(escaped(ReportText::tr("Melanoma risk screening report")), details);
}

QString noticeHtml()
{
    return QStringLiteral("<table class=\"notice\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
                          "bgcolor=\"#fff4e0\"><tr><td><b>%1</b> %2</td></tr></table>")
        .arg(escaped(ReportText::tr("Decision support, not a diagnosis.")),
             escaped(ReportText::tr(
                 "The result below is computed by a machine-learning model from one image. "
                 "It must be interpreted by a qualified clinician together with the clinical "
                 "examination and the patient's history. A lesion that changes, bleeds or "
                 "worries the patient needs assessment whatever the result.")));
}

QString caseHtml(const ReportData& data)
{
    const QString rows = fieldTable({
        {ReportText::tr("Patient"), escaped(data.patientPseudonym)},
        {ReportText::tr("Body site"), data.site ? escaped(bodySiteDisplayName(*data.site)) : QString()},
        {ReportText::tr("Lesion"), escaped(data.lesionLabel)},
        {ReportText::tr("Visit date"), escaped(formatReportDate(data.visitDate, data.deidentified))},
        {ReportText::tr("Image file"), escaped(data.sourceFileName)},
        {ReportText::tr("Patient comment"), escaped(data.patientComment)},
    });
    if (!rows.contains(QStringLiteral("<tr>")))
        return {};
    return QStringLiteral("<h2>%1</h2>").arg(ReportText::tr("Case")) + rows;
}

QString imageSource(const QImage& image, ReportResource resource, HtmlTarget target)
{
    if (target == HtmlTarget::Browser)
        return dataUrl(image);
    return reportResourceUrl(resource).toString();
}

QString resultHtml(const ReportData& data, HtmlTarget target)
{
    const QString decision =
        data.malignant ? ReportText::tr("Above the threshold: assessment by a dermatologist is advised.")
                       : ReportText::tr("Below the threshold: the model gives no reason for referral.");
    const QString scale = imageSource(probabilityScale(data.probability, data.threshold, data.malignant),
                                      ReportResource::Scale, target);
    return QStringLiteral("<h2>%1</h2>"
                          "<p class=\"label\">%2</p><p class=\"big\">%3</p>"
                          "<p><img class=\"scale\" src=\"%4\" width=\"%5\" height=\"%6\" alt=\"\"><br>"
                          "<span class=\"caption\">%7</span></p>"
                          "<p class=\"%8\">%9</p>")
        .arg(ReportText::tr("Result"), escaped(ReportText::tr("Melanoma probability")),
             escaped(formatPercent(data.probability)), scale)
        .arg(kScaleSize.width() / 2)
        .arg(kScaleSize.height() / 2)
        .arg(escaped(ReportText::tr("Scale from 0 to 100%. The black line marks the decision "
                                    "threshold of %1.")
                         .arg(formatPercent(data.threshold))),
             data.malignant ? QStringLiteral("above") : QStringLiteral("below"), escaped(decision));
}

// The case beside the result when there is case data, else the result alone.
QString caseAndResultHtml(const ReportData& data, HtmlTarget target)
{
    const QString caseFields = caseHtml(data);
    if (caseFields.isEmpty())
        return resultHtml(data, target);
    return QStringLiteral("<table class=\"columns\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"50%\" valign=\"top\">%1</td><td width=\"4%\"></td>"
                          "<td width=\"46%\" valign=\"top\">%2</td></tr></table>")
        .arg(caseFields, resultHtml(data, target));
}

QString imagesHtml(const ReportData& data, HtmlTarget target)
{
    if (data.image.isNull())
        return {};
    const auto imageCell = [&](const QImage& image, ReportResource resource, const QString& caption) {
        const int height = kImageWidth * image.height() / qMax(1, image.width());
        return QStringLiteral("<td valign=\"top\" width=\"%2\"><img class=\"%5\" src=\"%1\" width=\"%2\" "
                              "height=\"%3\" alt=\"\"><br><span class=\"caption\">%4</span></td>")
            .arg(imageSource(embeddedImage(image), resource, target))
            .arg(kImageWidth)
            .arg(height)
            .arg(escaped(caption),
                 resource == ReportResource::Heatmap ? QStringLiteral("heatmap") : QStringLiteral("lesion"));
    };
    QString cells = imageCell(data.image, ReportResource::Image, ReportText::tr("Screened image"));
    if (data.heatmap && !data.heatmap->overlay.isNull()) {
        cells += QStringLiteral("<td width=\"16\"></td>");
        QString caption = ReportText::tr("Heat map of the regions that weighed most in the output "
                                         "of model %1. It shows where the model looked, not which "
                                         "regions are malignant.")
                              .arg(data.heatmap->modelId);
        if (data.heatmap->faded)
            caption += QLatin1Char(' ')
                + ReportText::tr("The risk is below the threshold, so the map is drawn fainter.");
        cells += imageCell(blendHeatmap(data.image, data.heatmap->overlay), ReportResource::Heatmap, caption);
    }
    return QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"0\"><tr>%2</tr></table>")
        .arg(ReportText::tr("Image"), cells);
}

QString notesHtml(const ReportData& data)
{
    if (data.notes.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2>").arg(ReportText::tr("Notes"));
    for (const QString& note : data.notes)
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(note));
    return html;
}

QString accuracyText(const ReportData& data)
{
    QStringList parts;
    if (data.auc)
        parts << ReportText::tr("AUC %1").arg(QLocale().toString(*data.auc, 'f', 3));
    if (data.sensitivity)
        parts << ReportText::tr("sensitivity %1").arg(formatPercent(*data.sensitivity));
    if (data.specificity)
        parts << ReportText::tr("specificity %1").arg(formatPercent(*data.specificity));
    if (parts.isEmpty())
        return ReportText::tr("not measured");
    QString text = parts.join(QStringLiteral(", "));
    if (data.validationImages > 0)
        text += u' ' + ReportText::tr("on %n validation images", nullptr, data.validationImages);
    else
        text += u' ' + ReportText::tr("on the validation images");
    return text;
}

QString modelHtml(const ReportData& data)
{
    QString model = escaped(data.modelName.isEmpty() ? data.modelId : data.modelName);
    if (!data.modelName.isEmpty() && !data.modelId.isEmpty())
        model += QStringLiteral("<br><span class=\"caption\">%1</span>").arg(escaped(data.modelId));
    const QString speed = data.screeningMs
                              ? ReportText::tr("%1 ms on this computer")
                                    .arg(QLocale().toString(*data.screeningMs, 'f', 0))
                              : QString();
    const QString rows = fieldTable({
        {ReportText::tr("Model"), model},
        {ReportText::tr("Variant"), escaped(data.variant)},
        {ReportText::tr("Made from"), escaped(data.trainingData)},
        {ReportText::tr("Measured accuracy"), escaped(accuracyText(data))},
        {ReportText::tr("Screening time"), escaped(speed)},
    });
    return QStringLiteral("<h2>%1</h2>").arg(ReportText::tr("Model")) + rows;
}

QString footerHtml(const ReportData& data)
{
    QStringList sentences;
    if (data.sensitivity || data.specificity)
        sentences << ReportText::tr("Sensitivity and specificity are those of the model at this "
                                    "threshold on its validation images. They do not describe "
                                    "this image.");
    if (data.deidentified)
        sentences << ReportText::tr("De-identified report: the pseudonym, free text and file name "
                                    "are removed and dates are reduced to the year.");
    if (sentences.isEmpty())
        return {};
    return QStringLiteral("<p class=\"footer\">%1</p>").arg(escaped(sentences.join(u' ')));
}

} // namespace

QString reportHtmlText(const ReportData& data, HtmlTarget target)
{
    const QString language = QLocale().bcp47Name();
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                          "<title>%2</title><style>%3</style></head><body>\n")
               .arg(language, ReportText::tr("Melanoma risk screening report"), styleSheet(target))
           + headerHtml(data) + QStringLiteral("\n") + noticeHtml() + QStringLiteral("\n")
           + caseAndResultHtml(data, target) + QStringLiteral("\n")
           + imagesHtml(data, target) + QStringLiteral("\n") + notesHtml(data) + QStringLiteral("\n")
           + modelHtml(data) + QStringLiteral("\n")
           + footerHtml(data) + QStringLiteral("\n</body></html>\n");
}

QUrl reportResourceUrl(ReportResource resource)
{
    switch (resource) {
    case ReportResource::Image:
        return QUrl(QStringLiteral("report-image:lesion"));
    case ReportResource::Heatmap:
        return QUrl(QStringLiteral("report-image:heatmap"));
    case ReportResource::Scale:
        break;
    }
    return QUrl(QStringLiteral("report-image:scale"));
}

QList<std::pair<ReportResource, QImage>> reportResources(const ReportData& data)
{
    QList<std::pair<ReportResource, QImage>> resources{
        {ReportResource::Scale, probabilityScale(data.probability, data.threshold, data.malignant)}};
    if (!data.image.isNull())
        resources.append({ReportResource::Image, embeddedImage(data.image)});
    if (!data.image.isNull() && data.heatmap && !data.heatmap->overlay.isNull())
        resources.append({ReportResource::Heatmap, embeddedImage(blendHeatmap(data.image, data.heatmap->overlay))});
    return resources;
}

QImage probabilityScale(double probability, double threshold, bool above)
{
    QImage scale(kScaleSize, QImage::Format_RGB32);
    scale.fill(Qt::white);
    QPainter painter(&scale);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF track(2, 10, kScaleSize.width() - 4, kScaleSize.height() - 20);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xe4, 0xe4, 0xe4));
    painter.drawRoundedRect(track, 6, 6);
    QRectF filled = track;
    filled.setWidth(track.width() * qBound(0.0, probability, 1.0));
    painter.setBrush(above ? QColor(0xa4, 0x16, 0x1a) : QColor(0x2e, 0x7d, 0x32));
    painter.drawRoundedRect(filled, 6, 6);
    const double x = track.left() + track.width() * qBound(0.0, threshold, 1.0);
    painter.setPen(QPen(Qt::black, 4));
    painter.drawLine(QPointF(x, 2), QPointF(x, kScaleSize.height() - 2));
    return scale;
}

QImage blendHeatmap(const QImage& image, const QImage& overlay)
{
    QImage blended = image.convertToFormat(QImage::Format_RGB32);
    QPainter painter(&blended);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(blended.rect(), overlay);
    painter.end();
    return blended;
}

} // namespace dermaedge::detail
