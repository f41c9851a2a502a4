#include "ComparisonExport.h"

#include "ComparisonCharts.h"
#include "ComparisonTableModel.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocumentFragment>
#include <QTextStream>

#include <functional>
#include <memory>

namespace dermaedge {

namespace {

QString csvField(QString value)
{
    value.replace(u'\n', u' ');
    if (!value.contains(u',') && !value.contains(u'"'))
        return value;
    value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

Status commit(QSaveFile& file, const QString& path)
{
    if (!file.commit())
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    return Status::success();
}

// Relative width of a PDF table column; the variant and status columns carry longer text.
double columnWeight(int column)
{
    switch (column) {
    case ComparisonTableModel::VariantColumn: return 3.2;
    case ComparisonTableModel::KindColumn: return 1.7;
    case ComparisonTableModel::FlipsColumn: return 2.4;
    case ComparisonTableModel::SensitivityColumn:
    case ComparisonTableModel::SpecificityColumn:
    case ComparisonTableModel::BalancedAccuracyColumn:
    case ComparisonTableModel::CompressedSizeColumn:
    case ComparisonTableModel::ParametersColumn:
    case ComparisonTableModel::NonZeroParametersColumn: return 1.3;
    case ComparisonTableModel::BenchmarkStatusColumn:
    case ComparisonTableModel::EvaluationStatusColumn: return 2.4;
    default: return 1.0;
    }
}

// Draws the table into `area`, one header row and one row per variant, with the model's tints.
// Five lines of text fit in a row and three in the header. Returns the table's height.
double drawTable(QPainter& painter, const ComparisonTableModel& model, const QRectF& area)
{
    double totalWeight = 0.0;
    for (int c = 0; c < model.columnCount(); ++c)
        totalWeight += columnWeight(c);
    const double rowHeight = painter.fontMetrics().lineSpacing() * 5.3;
    const double headerHeight = painter.fontMetrics().lineSpacing() * 3.8;
    const auto cellRect = [&](int row, int column) {
        double x = area.left();
        for (int c = 0; c < column; ++c)
            x += area.width() * columnWeight(c) / totalWeight;
        const double width = area.width() * columnWeight(column) / totalWeight;
        const double y = row < 0 ? area.top() : area.top() + headerHeight + row * rowHeight;
        return QRectF(x, y, width, row < 0 ? headerHeight : rowHeight);
    };
    const double padding = rowHeight * 0.08;
    painter.setPen(QPen(QColor(170, 170, 170), 0));
    for (int c = 0; c < model.columnCount(); ++c) {
        const QRectF rect = cellRect(-1, c);
        painter.fillRect(rect, QColor(235, 235, 235));
        painter.drawRect(rect);
        painter.setPen(Qt::black);
        painter.drawText(rect.adjusted(padding, padding, -padding, -padding), Qt::AlignCenter | Qt::TextWordWrap,
                         model.headerData(c, Qt::Horizontal).toString());
        painter.setPen(QPen(QColor(170, 170, 170), 0));
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QRectF rect = cellRect(r, c);
            const QVariant background = model.data(index, Qt::BackgroundRole);
            if (background.isValid())
                painter.fillRect(rect, background.value<QBrush>());
            painter.drawRect(rect);
            painter.setPen(Qt::black);
            const int alignment = model.data(index, Qt::TextAlignmentRole).toInt();
            painter.drawText(rect.adjusted(padding, 0, -padding, 0), alignment | Qt::TextWordWrap,
                             model.data(index).toString());
            painter.setPen(QPen(QColor(170, 170, 170), 0));
        }
    }
    return headerHeight + rowHeight * model.rowCount();
}

// Renders a chart into `target` through a scene of its own, at a fixed logical size.
void drawChart(QPainter& painter, QChart* chart, const QRectF& target)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene deletes the chart
    const QSizeF logical(720.0, 720.0 * target.height() / target.width());
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, target, scene.sceneRect());
}

} // namespace

Status ComparisonExport::writeCsv(const ComparisonTableModel& model, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    QTextStream out(&file);
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << csvField(model.headerData(c, Qt::Horizontal).toString());
    out << header.join(u',') << '\n';
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << csvField(model.data(model.index(r, c)).toString());
        out << cells.join(u',') << '\n';
    }
    out.flush();
    return commit(file, path);
}

Status ComparisonExport::writePdf(const ComparisonTableModel& model, const QString& context, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(tr("DermaEdge variant comparison"));
        writer.setCreator(QStringLiteral("DermaEdge %1").arg(QStringLiteral(DERMAEDGE_VERSION)));
        QPainter painter(&writer);
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));

        QFont font = painter.font();
        font.setPointSizeF(12);
        font.setBold(true);
        painter.setFont(font);
        const double line = page.height() * 0.028;
        painter.drawText(QRectF(page.left(), page.top(), page.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("DermaEdge: comparison of model variants"));
        font.setPointSizeF(7);
        font.setBold(false);
        painter.setFont(font);
        const QString notice = tr("Decision support only, not a diagnosis. Amber cells were measured under other "
                                  "conditions (see their status); red speed cells mark a variant slower than the baseline.");
        painter.drawText(QRectF(page.left(), page.top() + line, page.width(), 2.2 * line),
                         Qt::AlignLeft | Qt::TextWordWrap, notice + u'\n' + context);

        font.setPointSizeF(5);
        painter.setFont(font);
        const QRectF tableArea(page.left(), page.top() + 3.4 * line, page.width(), page.height() * 0.4);
        const double tableHeight = drawTable(painter, model, tableArea);

        const double chartsTop = tableArea.top() + tableHeight + line * 0.6;
        const double chartWidth = page.width() / 3.0;
        const double chartHeight = (page.bottom() - chartsTop) / 2.0;
        const std::vector<VariantResults>& rows = model.rows();
        const std::vector<std::function<QChart*(const std::vector<VariantResults>&)>> charts{
            &ComparisonCharts::latency, &ComparisonCharts::size, &ComparisonCharts::auc,
            &ComparisonCharts::tradeOff, &ComparisonCharts::roc};
        for (size_t i = 0; i < charts.size(); ++i) {
            const QRectF target(page.left() + double(i % 3) * chartWidth, chartsTop + double(i / 3) * chartHeight,
                                chartWidth, chartHeight);
            drawChart(painter, charts[i](rows), target.adjusted(4, 4, -4, -4));
        }
        const QRectF guideArea(page.left() + 2 * chartWidth, chartsTop + chartHeight, chartWidth, chartHeight);
        font.setPointSizeF(6);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(guideArea.adjusted(12, 12, -12, -12), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         QTextDocumentFragment::fromHtml(ComparisonCharts::guideHtml()).toPlainText());
        if (!painter.end())
            return Status::failure(QStringLiteral("%1: the PDF could not be drawn").arg(path));
    }
    return commit(file, path);
}

} // namespace dermaedge
