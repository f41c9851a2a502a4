#include "BatchResultModel.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStyle>

#include <algorithm>

namespace dermaedge {

namespace {

// Spreadsheets run a cell that starts with one of these characters as a
// formula, so a file name such as "=HYPERLINK(...).jpg" is written with a
// leading apostrophe, which they show as text.
QString neutralizeFormula(const QString& text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The error without the leading "<path>: ", because the File column names the
// file already and a long path would push the cause out of view.
QString errorCause(const BatchItemResult& item)
{
    const QString prefix = item.path + QStringLiteral(": ");
    return item.error.startsWith(prefix) ? item.error.mid(prefix.size()) : item.error;
}

QString percent(double fraction)
{
    return BatchResultModel::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

} // namespace

BatchResultModel::BatchResultModel(QObject* parent) : QAbstractTableModel(parent) {}

void BatchResultModel::appendResults(const std::vector<BatchItemResult>& items,
                                     const QString& variantName)
{
    if (items.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(items.size()) - 1);
    for (const BatchItemResult& item : items) {
        Row row;
        row.item = item;
        row.item.thumbnail = QImage(); // kept once, as the pixmap
        row.variantName = variantName;
        if (!item.thumbnail.isNull())
            row.thumbnail = QPixmap::fromImage(item.thumbnail);
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
}

void BatchResultModel::setBaseFolder(const QString& folder)
{
    beginResetModel();
    m_baseFolder = folder.isEmpty() ? QString() : QDir::cleanPath(folder) + u'/';
    endResetModel();
}

void BatchResultModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int BatchResultModel::screenedCount() const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) { return row.item.ok(); }));
}

int BatchResultModel::failedCount() const
{
    return int(m_rows.size()) - screenedCount();
}

int BatchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::DecorationRole:
        if (index.column() != ImageColumn)
            return {};
        if (!row.item.ok())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return row.thumbnail.isNull() ? QVariant() : QVariant(row.thumbnail);
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return row.item.path;
        if (index.column() == DetailsColumn || !row.item.ok())
            return row.item.error;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ProbabilityColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(row, index.column());
    case PathRole:
        return row.item.path;
    case AboveThresholdRole:
        return row.item.ok() && row.item.result->malignant;
    default:
        return {};
    }
}

QVariant BatchResultModel::displayData(const Row& row, int column) const
{
    const std::optional<ScreeningResult>& result = row.item.result;
    switch (column) {
    case FileColumn:
        if (!m_baseFolder.isEmpty() && row.item.path.startsWith(m_baseFolder))
            return row.item.path.mid(m_baseFolder.size());
        return QFileInfo(row.item.path).fileName();
    case ProbabilityColumn:
        return result ? percent(result->probability) : QString();
    case DecisionColumn:
        if (!result)
            return tr("Not screened");
        return result->malignant ? tr("Above threshold: refer for assessment")
                                 : tr("Below threshold");
    case VariantColumn:
        return row.variantName;
    case DetailsColumn:
        return result ? tr("Threshold %1").arg(percent(result->threshold)) : errorCause(row.item);
    default:
        return {};
    }
}

QVariant BatchResultModel::sortData(const Row& row, int column) const
{
    const std::optional<ScreeningResult>& result = row.item.result;
    switch (column) {
    case ImageColumn:
        return row.item.index;
    case ProbabilityColumn:
        // Files without a result sort below every probability.
        return result ? result->probability : -1.0;
    case DecisionColumn:
        // Unreadable files first, then below and above the threshold.
        if (!result)
            return 0;
        return result->malignant ? 2 : 1;
    default:
        return displayData(row, column).toString().toLower();
    }
}

QVariant BatchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ImageColumn:
        return tr("Image");
    case FileColumn:
        return tr("File");
    case ProbabilityColumn:
        return tr("Melanoma probability");
    case DecisionColumn:
        return tr("Decision");
    case VariantColumn:
        return tr("Model variant");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

QByteArray BatchResultModel::toCsv(const QList<int>& sourceRows) const
{
    QString csv = QStringLiteral("file,probability,threshold,decision,model,error\r\n");
    for (int index : sourceRows) {
        const BatchItemResult& item = m_rows.at(size_t(index)).item;
        QStringList fields{csvField(neutralizeFormula(item.path))};
        if (item.ok()) {
            const ScreeningResult& result = *item.result;
            fields << QString::number(result.probability, 'f', 6)
                   << QString::number(result.threshold, 'f', 6)
                   << (result.malignant ? QStringLiteral("malignant") : QStringLiteral("benign"))
                   << csvField(neutralizeFormula(result.modelId)) << QString();
        } else {
            fields << QString() << QString() << QString() << QString()
                   << csvField(neutralizeFormula(item.error));
        }
        csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

BatchResultFilter::BatchResultFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(BatchResultModel::SortRole);
    setDynamicSortFilter(true);
}

void BatchResultFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void BatchResultFilter::setAboveThresholdOnly(bool enabled)
{
    m_aboveThresholdOnly = enabled;
    invalidateFilter();
}

QList<int> BatchResultFilter::visibleSourceRows() const
{
    QList<int> rows;
    for (int row = 0; row < rowCount(); ++row)
        rows << mapToSource(index(row, 0)).row();
    return rows;
}

bool BatchResultFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_aboveThresholdOnly && !first.data(BatchResultModel::AboveThresholdRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    const QString fileName = sourceModel()
                                 ->index(sourceRow, BatchResultModel::FileColumn, sourceParent)
                                 .data()
                                 .toString();
    const QString details = sourceModel()
                                ->index(sourceRow, BatchResultModel::DetailsColumn, sourceParent)
                                .data()
                                .toString();
    return fileName.contains(m_text, Qt::CaseInsensitive) ||
           details.contains(m_text, Qt::CaseInsensitive);
}

Status saveCsvFile(const QString& path, const QByteArray& csv)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            BatchResultModel::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    if (file.write(csv) != csv.size() || !file.commit())
        return Status::failure(
            BatchResultModel::tr("%1 could not be saved: %2").arg(path, file.errorString()));
    return Status::success();
}

} // namespace dermaedge
