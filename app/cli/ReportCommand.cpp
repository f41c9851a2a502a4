#include "CliCommon.h"

#include "CaseStore.h"
#include "Classifier.h"
#include "Explainer.h"
#include "ImageIo.h"
#include "Report.h"
#include "Settings.h"

#include <QFileInfo>

namespace dermaedge::cli {

namespace {

struct ReportRequest
{
    QString imagePath;
    QString outPath;
    ReportFormat format = ReportFormat::Pdf;
    QString caseDatabase; ///< empty: the default case database
    qint64 lesionId = 0;  ///< 0: a report without case data
    bool record = false;
    ReportOptions options;
};

// Explains the screening as the GUI does: a variant by its FP32 baseline.
// Returns the heatmap to print beside the image, or the reason there is none.
Result<ReportHeatmap> heatmapForReport(const ModelManifest& screened, const ModelRegistry& registry,
                                       const QImage& image)
{
    const auto explaining = explanationModelFor(screened, registry.models());
    if (!explaining)
        return Result<ReportHeatmap>::failure(explaining.error());
    ExplainOptions options;
    options.threads = Settings().threads();
    const auto explanation = explain(explaining.value(), image, options);
    if (!explanation)
        return Result<ReportHeatmap>::failure(explanation.error());
    auto heatmap = makeReportHeatmap(explanation.value());
    if (!heatmap)
        return Result<ReportHeatmap>::failure(
            QStringLiteral("%1 returned an empty heatmap").arg(explaining->id));
    return std::move(*heatmap);
}

// Fills the case fields from the lesion's patient and notes, and with
// --record saves this screening as a new visit of the lesion.
Status addCaseAndRecord(const ReportRequest& request, const ScreeningResult& screening,
                        const ModelManifest& manifest, ReportData& data)
{
    auto store = CaseStore::open(request.caseDatabase);
    if (!store)
        return Status::failure(store.error());
    if (Status added = addCaseData(*store.value(), request.lesionId, data); !added)
        return added;
    if (!request.record)
        return Status::success();
    const auto saved = store.value()->addScreening(request.lesionId, data.visitDate, request.imagePath,
                                                   ResultRecord::fromScreening(screening, manifest.kind));
    if (!saved)
        return Status::failure(saved.error());
    out() << "Saved as visit " << saved->visitId << " of lesion " << request.lesionId << ".\n";
    return Status::success();
}

// Builds the report from a screening and writes it. `heatmap` comes from heatmapForReport().
int writeScreeningReport(const ReportRequest& request, const ScreeningResult& screening,
                         const ModelManifest& manifest, const QImage& image,
                         std::optional<ReportHeatmap> heatmap)
{
    ReportData data = makeReportData(screening, manifest, image, std::move(heatmap));
    data.sourceFileName = QFileInfo(request.imagePath).fileName();
    if (request.lesionId != 0) {
        // The image of a case is taken to be from a visit today. Without a case
        // the report has no visit date.
        data.visitDate = QDate::currentDate();
        if (Status added = addCaseAndRecord(request, screening, manifest, data); !added) {
            err() << "Cannot write the report: " << added.error() << "\n";
            return ExitFailure;
        }
    }
    if (Status written = writeReport(data, request.format, request.outPath, request.options); !written) {
        err() << "Cannot write the report: " << written.error() << "\n";
        return ExitFailure;
    }
    out() << "Report written to " << request.outPath << " (melanoma probability "
          << QString::number(screening.probability * 100.0, 'f', 1) << "%, "
          << (screening.malignant ? "above" : "below") << " the threshold of "
          << QString::number(screening.threshold * 100.0, 'f', 1) << "%).\n"
          << "Decision support only, not a diagnosis.\n";
    return ExitOk;
}

// Reads the options into `request`. On bad usage, prints the problem and returns false.
bool readRequest(const QCommandLineParser& parser, const QCommandLineOption& caseDb,
                 const QCommandLineOption& caseId, const QCommandLineOption& record,
                 const QCommandLineOption& deidentify, const QCommandLineOption& format,
                 const QCommandLineOption& out, ReportRequest& request)
{
    const QStringList images = parser.positionalArguments();
    if (images.size() != 1 || !parser.isSet(out)) {
        err() << "Expected --out FILE and exactly one image. Usage: dermaedge-cli report [--model ID] "
                 "[--case-db FILE] [--case ID [--record]] [--deidentify] [--format pdf|html|csv] "
                 "--out FILE IMAGE\n";
        return false;
    }
    request.imagePath = images.constFirst();
    request.outPath = parser.value(out);
    const auto chosen = parser.isSet(format) ? reportFormatFromName(parser.value(format))
                                             : reportFormatForPath(request.outPath);
    if (!chosen) {
        err() << (parser.isSet(format) ? QStringLiteral("Invalid --format value \"%1\": expected pdf, html or csv.\n")
                                             .arg(parser.value(format))
                                       : QStringLiteral("Cannot tell the report format from \"%1\": use a "
                                                        ".pdf, .html or .csv name, or --format.\n")
                                             .arg(request.outPath));
        return false;
    }
    request.format = *chosen;
    request.caseDatabase = parser.value(caseDb);
    if (parser.isSet(caseId)) {
        bool ok = false;
        request.lesionId = parser.value(caseId).toLongLong(&ok);
        if (!ok || request.lesionId <= 0) {
            err() << "Invalid --case value \"" << parser.value(caseId) << "\": expected a lesion id (a whole number > 0).\n";
            return false;
        }
    }
    request.record = parser.isSet(record);
    if ((request.record || parser.isSet(caseDb)) && request.lesionId == 0) {
        err() << "--case-db and --record need --case ID.\n";
        return false;
    }
    request.options.deidentify = parser.isSet(deidentify);
    return true;
}

} // namespace

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Screen one image and write a report (PDF, HTML or CSV). Decision support, not a diagnosis."));
    const QCommandLineOption model(QStringLiteral("model"),
                                   QStringLiteral("Model variant: an id from 'models', or a manifest path. "
                                                  "Default: the baseline."),
                                   QStringLiteral("ID|PATH"));
    const QCommandLineOption caseDb(QStringLiteral("case-db"),
                                    QStringLiteral("Case database (default: cases.sqlite in the user's data folder)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption caseId(QStringLiteral("case"),
                                    QStringLiteral("Lesion id in the case database. Adds its patient, site and notes."),
                                    QStringLiteral("ID"));
    const QCommandLineOption record(QStringLiteral("record"),
                                    QStringLiteral("Also save the image and its result as a visit of that lesion today."));
    const QCommandLineOption deidentify(QStringLiteral("deidentify"),
                                        QStringLiteral("Leave out the pseudonym, free text and file name, "
                                                       "and print dates as years."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("pdf, html or csv (default: from the --out extension)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Report file to write."),
                                 QStringLiteral("FILE"));
    parser.addOptions({model, caseDb, caseId, record, deidentify, format, out});
    parser.addPositionalArgument(QStringLiteral("IMAGE"), QStringLiteral("Image file to screen."));
    if (int code = parseOrExit(parser, arguments, QStringLiteral("dermaedge-cli report")); code >= 0)
        return code;
    ReportRequest request;
    if (!readRequest(parser, caseDb, caseId, record, deidentify, format, out, request))
        return ExitUsage;

    const ModelRegistry registry;
    auto manifest = resolveModel(parser.value(model), registry);
    if (!manifest) {
        err() << "Cannot screen: " << manifest.error() << "\n";
        return ExitFailure;
    }
    auto classifier = Classifier::load(manifest.value(), {Settings().threads(), true});
    if (!classifier) {
        err() << "Cannot screen: " << classifier.error() << "\n";
        return ExitFailure;
    }
    const auto image = loadImageRgb(request.imagePath);
    if (!image) {
        err() << "Cannot screen: " << image.error() << "\n";
        return ExitFailure;
    }
    const auto screening = classifier.value()->screenImage(image.value());
    if (!screening) {
        err() << "Cannot screen: " << screening.error() << "\n";
        return ExitFailure;
    }
    // The classifier is released first, because the explainer loads its own FP32 model.
    classifier.value().reset();
    auto heatmap = heatmapForReport(manifest.value(), registry, image.value());
    if (!heatmap)
        err() << "Warning: the report has no heatmap: " << heatmap.error() << "\n";
    return writeScreeningReport(request, screening.value(), manifest.value(), image.value(),
                                heatmap ? std::optional<ReportHeatmap>(std::move(heatmap).value())
                                        : std::nullopt);
}

} // namespace dermaedge::cli
