#include "FollowUpView.h"

#include "RiskTrendChart.h"

#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentMap>

namespace dermaedge {

namespace {

constexpr int kThumbnailSide = 180;

// Runs on a pool thread: decodes a downscaled copy, so a large photo costs little memory.
QImage loadThumbnail(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > kThumbnailSide || image.height() > kThumbnailSide))
        image = image.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QString percentText(double fraction)
{
    return FollowUpView::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

} // namespace

FollowUpView::FollowUpView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_thumbnails(new QListWidget),
      m_openButton(new QPushButton(tr("&Open in Main Window"))), m_chart(new RiskTrendChart)
{
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    // Side by side in one row, scrolled sideways when there are many visits.
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::LeftToRight);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setIconSize(QSize(kThumbnailSide, kThumbnailSide));
    m_thumbnails->setGridSize(QSize(kThumbnailSide + 40, kThumbnailSide + 76));
    m_thumbnails->setWordWrap(true);
    m_thumbnails->setSelectionMode(QAbstractItemView::SingleSelection);
    // One row of items plus the horizontal scroll bar, so that the chart gets the remaining height.
    m_thumbnails->setFixedHeight(m_thumbnails->gridSize().height()
                                 + m_thumbnails->horizontalScrollBar()->sizeHint().height()
                                 + 2 * m_thumbnails->frameWidth() + 4);
    m_thumbnails->setToolTip(tr("Double-click an image to open it in the main window."));

    m_openButton->setEnabled(false);
    m_openButton->setToolTip(tr("Screen the selected image again in the main window"));
    connect(m_thumbnails, &QListWidget::itemSelectionChanged, this,
            [this] { m_openButton->setEnabled(!m_thumbnails->selectedItems().isEmpty()); });
    connect(m_thumbnails, &QListWidget::itemActivated, this, &FollowUpView::openSelected);
    connect(m_openButton, &QPushButton::clicked, this, &FollowUpView::openSelected);
    connect(&m_thumbnailWatcher, &QFutureWatcher<QImage>::resultReadyAt, this, [this](int index) {
        if (m_loadingGeneration != m_generation || index >= m_thumbnails->count())
            return;
        const QImage thumbnail = m_thumbnailWatcher.resultAt(index);
        if (!thumbnail.isNull())
            m_thumbnails->item(index)->setIcon(QIcon(QPixmap::fromImage(thumbnail)));
    });
    // Posted after the last resultReadyAt(), unlike the future's own state.
    connect(&m_thumbnailWatcher, &QFutureWatcher<QImage>::finished, this,
            [this] { m_loadingThumbnails = false; });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_openButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_thumbnails);
    layout->addLayout(buttons);
    layout->addWidget(m_chart, 1);
    showMessage(tr("Select a lesion to see its visits."));
}

FollowUpView::~FollowUpView()
{
    m_thumbnailWatcher.cancel();
    m_thumbnailWatcher.waitForFinished();
}

void FollowUpView::showMessage(const QString& message)
{
    ++m_generation;
    m_thumbnailWatcher.cancel();
    m_lesionId = 0;
    m_patientId = 0;
    m_images.clear();
    m_thumbnails->clear();
    m_title->setText(message);
    m_chart->setPoints({});
}

void FollowUpView::showLesion(const CaseStore& store, qint64 lesionId)
{
    const auto lesion = store.lesion(lesionId);
    const auto patient = lesion ? store.patient(lesion->patientId) : Result<PatientRecord>::failure(lesion.error());
    const auto history = patient ? store.lesionHistory(lesionId)
                                 : Result<std::vector<VisitRecord>>::failure(patient.error());
    if (!history) {
        showMessage(tr("The visits cannot be read: %1").arg(history.error()));
        return;
    }
    showMessage(QString());
    m_lesionId = lesionId;
    m_patientId = lesion->patientId;
    fill(history.value());

    QString title = tr("%1 · %2").arg(patient->pseudonym, bodySiteDisplayName(lesion->site));
    if (!lesion->label.isEmpty())
        title += tr(" · %1").arg(lesion->label);
    m_title->setText(title + QLatin1Char('\n') + tr("%n visit(s)", nullptr, int(history->size())));
}

void FollowUpView::fill(const std::vector<VisitRecord>& history)
{
    std::vector<TrendPoint> points;
    for (const VisitRecord& visit : history) {
        for (const ImageRecord& image : visit.images) {
            addImageItem(visit, image);
            // The newest result of an image is the one its thumbnail shows.
            if (!image.results.empty())
                points.push_back({visit.date, image.results.back().probability, image.results.back().threshold});
        }
    }
    m_chart->setPoints(std::move(points));
    loadThumbnails();
}

void FollowUpView::addImageItem(const VisitRecord& visit, const ImageRecord& image)
{
    m_images.push_back({m_patientId, visit.lesionId, visit.id, visit.date, image.path, image.sourceName});
    QStringList lines{visit.date.toString(Qt::ISODate)};
    QStringList details{tr("File: %1").arg(image.sourceName)};
    if (image.results.empty()) {
        lines << tr("No result");
    } else {
        const ResultRecord& result = image.results.back();
        lines << tr("%1 (threshold %2)").arg(percentText(result.probability), percentText(result.threshold));
        lines << result.variant;
        details << tr("Model: %1 (%2)").arg(result.modelId, result.variant)
                << (result.malignant ? tr("Above threshold") : tr("Below threshold"));
    }
    for (const NoteRecord& note : visit.notes)
        details << tr("Note: %1").arg(note.text);

    auto* item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_thumbnails);
    item->setToolTip(details.join(QLatin1Char('\n')));
    item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
    if (!image.results.empty() && image.results.back().malignant)
        item->setForeground(QColor(0xa4, 0x16, 0x1a));
}

void FollowUpView::loadThumbnails()
{
    QStringList paths;
    for (const VisitImage& image : m_images)
        paths << image.path;
    m_loadingGeneration = m_generation;
    m_loadingThumbnails = true;
    m_thumbnailWatcher.setFuture(QtConcurrent::mapped(paths, loadThumbnail));
}

void FollowUpView::openSelected()
{
    const int row = m_thumbnails->currentRow();
    if (row < 0 || row >= int(m_images.size()))
        return;
    Q_EMIT openRequested(m_images.at(size_t(row)));
}

} // namespace dermaedge
