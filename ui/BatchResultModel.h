#pragma once

#include "BatchScreening.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QPixmap>
#include <QSortFilterProxyModel>
#include <QString>

#include <vector>

namespace dermaedge {

/// Table of batch screening outcomes, one row per file, in the order they arrived.
class BatchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ImageColumn,
        FileColumn,
        ProbabilityColumn,
        DecisionColumn,
        VariantColumn,
        DetailsColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< numbers for numeric columns, text otherwise
        PathRole,                    ///< full path of the row's file
        AboveThresholdRole,          ///< true when the probability is at or above the threshold
    };

    struct Row
    {
        BatchItemResult item; ///< thumbnail cleared; see `thumbnail`
        QString variantName;
        QPixmap thumbnail;
    };

    explicit BatchResultModel(QObject* parent = nullptr);

    /// Sets the folder the File column shows paths relative to; files
    /// outside it show their name alone.
    void setBaseFolder(const QString& folder);
    /// Appends outcomes screened with the variant named `variantName`.
    void appendResults(const std::vector<BatchItemResult>& items, const QString& variantName);
    void clear();

    const Row& row(int index) const { return m_rows.at(size_t(index)); }
    int screenedCount() const;
    int failedCount() const;

    /// CSV (RFC 4180, UTF-8, comma-separated, a header line) of `sourceRows`
    /// in that order: file, probability, threshold, decision, model, error.
    QByteArray toCsv(const QList<int>& sourceRows) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Row& row, int column) const;
    QVariant sortData(const Row& row, int column) const;

    std::vector<Row> m_rows;
    QString m_baseFolder; ///< cleaned, with a trailing slash; empty for none
};

/// Filters BatchResultModel rows by a text contained in the File column or the
/// error, and optionally keeps only rows at or above the threshold.
class BatchResultFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BatchResultFilter(QObject* parent = nullptr);

    void setText(const QString& text);
    void setAboveThresholdOnly(bool enabled);

    /// Source rows in the order the view shows them.
    QList<int> visibleSourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    bool m_aboveThresholdOnly = false;
};

/// Writes `csv` to `path` atomically: a failed write leaves an existing file
/// unchanged. The message names the file and the cause.
Status saveCsvFile(const QString& path, const QByteArray& csv);

} // namespace dermaedge
