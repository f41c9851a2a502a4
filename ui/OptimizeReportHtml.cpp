#include "OptimizeReportHtml.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace dermaedge {

// The texts keep the dialog's translation context, where their translations are.
QString optimizeReportHtml(const OptimizeReport& report)
{
    const QLocale locale;
    QString html = report.registered
                       ? QCoreApplication::translate("dermaedge::CreateVariantDialog",
                                                     "<p><b>Registered</b> as %1.</p>")
                             .arg(report.variantId.toHtmlEscaped())
                       : QCoreApplication::translate("dermaedge::CreateVariantDialog",
                                                     "<p><b>Not registered.</b></p>");
    html += QCoreApplication::translate("dermaedge::CreateVariantDialog", "<p>Outcome: %1</p>")
                .arg(report.outcome.toHtmlEscaped());
    html += QCoreApplication::translate("dermaedge::CreateVariantDialog",
                                        "<p>Validation AUC: baseline %1, variant %2 (drop %3)<br>"
                                        "Decision agreement: %4 %<br>"
                                        "Size: baseline %5, variant %6 (%7 compressed)<br>"
                                        "Weight sparsity: %8 %<br>"
                                        "Time: %9 s</p>")
                .arg(locale.toString(report.baselineAuc, 'f', 4),
                     locale.toString(report.variantAuc, 'f', 4),
                     locale.toString(report.baselineAuc - report.variantAuc, 'f', 4),
                     locale.toString(report.decisionAgreement * 100.0, 'f', 1),
                     locale.formattedDataSize(report.baselineBytes),
                     locale.formattedDataSize(report.variantBytes),
                     locale.formattedDataSize(report.variantCompressedBytes),
                     locale.toString(report.sparsity * 100.0, 'f', 1),
                     locale.toString(report.seconds, 'f', 1));
    // A variant that failed before its check has no threshold.
    if (report.threshold > 0.0) {
        html += QCoreApplication::translate("dermaedge::CreateVariantDialog",
                                            "<p>Threshold: %1 %, chosen on the validation images: "
                                            "sensitivity %2 %, specificity %3 %</p>")
                    .arg(locale.toString(report.threshold * 100.0, 'f', 1),
                         locale.toString(report.sensitivity * 100.0, 'f', 1),
                         locale.toString(report.specificity * 100.0, 'f', 1));
    }
    if (!report.warnings.isEmpty()) {
        html += QCoreApplication::translate("dermaedge::CreateVariantDialog", "<p>Warnings:</p>") +
                QStringLiteral("<ul>");
        for (const QString& warning : report.warnings)
            html += QStringLiteral("<li>%1</li>").arg(warning.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QCoreApplication::translate("dermaedge::CreateVariantDialog", "<p>Report file: %1</p>")
                .arg(QDir::toNativeSeparators(report.reportPath).toHtmlEscaped());
    return html;
}

} // namespace dermaedge
