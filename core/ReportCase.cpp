// Report parts that come from other units: the heat map of an Explanation and
// the case data of a CaseStore.

#include "Report.h"

#include "CaseStore.h"
#include "Explainer.h"

#include <QPainter>
#include <QPen>

#include <algorithm>

namespace dermaedge {

namespace {

// Maximum length of the longer side of a report's heat map overlay. The writers scale it to the
// printed image, which is far smaller than most camera images.
constexpr int kMaxOverlaySide = 1024;

} // namespace

std::optional<ReportHeatmap> makeReportHeatmap(const Explanation& explanation, double opacity)
{
    if (explanation.isNull() || explanation.imageSize.isEmpty())
        return std::nullopt;
    const QSize size = explanation.imageSize.scaled(
        QSize(kMaxOverlaySide, kMaxOverlaySide).boundedTo(explanation.imageSize), Qt::KeepAspectRatio);
    const double scale = double(size.width()) / explanation.imageSize.width();
    const QRectF inputRect(explanation.inputRect.topLeft() * scale, explanation.inputRect.size() * scale);

    QImage overlay(size, QImage::Format_ARGB32_Premultiplied);
    overlay.fill(Qt::transparent);
    QPainter painter(&overlay);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setOpacity(std::clamp(opacity, 0.0, 1.0));
    painter.drawImage(inputRect, explanation.heatmapImage());
    painter.setOpacity(1.0);
    // The outline shows which part of a non-square image the network saw.
    painter.setPen(QPen(Qt::white, std::max(1.0, size.width() / 300.0), Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(inputRect);
    painter.end();
    return ReportHeatmap{overlay, explanation.modelId, explanation.isFaded()};
}

Status addCaseData(const CaseStore& store, qint64 lesionId, ReportData& data)
{
    const auto lesion = store.lesion(lesionId);
    if (!lesion)
        return Status::failure(lesion.error());
    const auto patient = store.patient(lesion->patientId);
    if (!patient)
        return Status::failure(patient.error());
    const auto notes = store.listNotes(patient->id);
    if (!notes)
        return Status::failure(notes.error());

    data.patientPseudonym = patient->pseudonym;
    data.patientComment = patient->comment;
    data.site = lesion->site;
    data.lesionLabel = lesion->label;
    data.notes.clear();
    for (const NoteRecord& note : notes.value()) {
        // Notes about the patient as a whole, or about this lesion.
        if (note.lesionId == 0 || note.lesionId == lesion->id)
            data.notes << note.text;
    }
    return Status::success();
}

} // namespace dermaedge
