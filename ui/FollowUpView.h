#pragma once

#include "CaseStore.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace dermaedge {

class RiskTrendChart;

/// A stored image of a visit, as the follow-up view offers it for opening.
struct VisitImage
{
    qint64 patientId = 0;
    qint64 lesionId = 0;
    qint64 visitId = 0;
    QDate visitDate;
    QString path;       ///< the copy in the case folder
    QString sourceName; ///< file name the image had when it was saved
};

/// Follow-up of one lesion: the images of its visits side by side in date
/// order, each with its date, melanoma probability and variant, and the risk
/// trend chart below them.
///
/// Thumbnails are decoded on the global thread pool, so that a lesion with
/// many large photos does not freeze the window.
class FollowUpView : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpView(QWidget* parent = nullptr);
    /// Waits for thumbnails still being decoded.
    ~FollowUpView() override;

    /// Shows the history of `lesionId` read from `store`. Errors are shown in the view.
    void showLesion(const CaseStore& store, qint64 lesionId);
    /// Shows `message` instead of a lesion.
    void showMessage(const QString& message);

    qint64 lesionId() const { return m_lesionId; }
    /// One entry per stored image, in visit date order.
    const std::vector<VisitImage>& images() const { return m_images; }
    QListWidget* thumbnailList() const { return m_thumbnails; }
    RiskTrendChart* trendChart() const { return m_chart; }
    /// True while thumbnails are being decoded.
    bool isLoadingThumbnails() const { return m_loadingThumbnails; }

Q_SIGNALS:
    /// Emitted when the user asks to open a visit's image in the main window.
    void openRequested(const dermaedge::VisitImage& image);

private:
    void fill(const std::vector<VisitRecord>& history);
    void addImageItem(const VisitRecord& visit, const ImageRecord& image);
    void loadThumbnails();
    void openSelected();

    QLabel* m_title = nullptr;
    QListWidget* m_thumbnails = nullptr;
    QPushButton* m_openButton = nullptr;
    RiskTrendChart* m_chart = nullptr;

    qint64 m_lesionId = 0;
    qint64 m_patientId = 0;
    std::vector<VisitImage> m_images;
    QFutureWatcher<QImage> m_thumbnailWatcher;
    quint64 m_generation = 0;
    quint64 m_loadingGeneration = 0;
    bool m_loadingThumbnails = false; ///< until the watcher has delivered every result
};

} // namespace dermaedge
