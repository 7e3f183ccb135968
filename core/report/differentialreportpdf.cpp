// writeReportPdf (differentialreport.h): the A4 layout of a differential count report.
#include "report/differentialreport.h"
#include "base/savefile.h"

#include "base/imagefile.h"
#include "training/imagepipeline.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QBuffer>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace wbc {

namespace {

// The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DifferentialReport)
};

constexpr int kDpi = 300;
const QColor kLabelledColor(0x3b, 0x6e, 0xa5);
const QColor kPredictedColor(0xe0, 0x8a, 0x2e);
const QColor kRuleColor(0xc8, 0xc8, 0xc8);
const QColor kHeaderFill(0xec, 0xee, 0xf1);
const QColor kMutedText(0x60, 0x60, 0x60);

double mm(double v)
{
    return v * kDpi / 25.4;
}

QFont font(double points, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

QString rowName(const DifferentialReport::Row &row)
{
    return row.subtotal ? Tr::tr("%1 (subtotal)").arg(cellClassDisplayName(row.cls))
                        : cellClassDisplayName(row.cls);
}

// A cell's thumbnail: the box with some surroundings, else the whole field; null when the file
// cannot be decoded.
QImage thumbnail(const QString &path, const QRect &box, const cv::Size &size)
{
    const DecodedImage decoded = decodeImageFile(path);
    if (!decoded.ok())
        return {};
    const cv::Mat bgr = box.isEmpty()
                            ? resizeField(decoded.bgr, size)
                            : cropAroundCell(decoded.bgr,
                                             cv::Rect(box.x(), box.y(), box.width(), box.height()),
                                             0.35, size);
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

// A cursor down A4 pages: starts a new page when a block does not fit, draws the footer.
class PageCursor
{
public:
    PageCursor(QPdfWriter &writer, QPainter &painter, QString footer)
        : m_writer(writer)
        , m_painter(painter)
        , m_footer(std::move(footer))
    {}

    double width() const { return m_writer.width(); }
    double bottom() const { return m_writer.height() - mm(10); }
    double y = 0;

    void ensure(double height)
    {
        if (y + height > bottom() && y > 0)
            newPage();
    }
    void newPage()
    {
        finishPage();
        m_writer.newPage();
        ++m_page;
        y = 0;
    }
    void finishPage()
    {
        m_painter.save();
        m_painter.setFont(font(7));
        m_painter.setPen(kMutedText);
        const QRectF line(0, m_writer.height() - mm(5), width(), mm(5));
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                           Tr::tr("Page %1").arg(m_page));
        m_painter.restore();
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    QString m_footer;
    int m_page = 1;
};

void heading(QPainter &p, PageCursor &c, const QString &text)
{
    c.ensure(mm(14));
    c.y += mm(4);
    p.setFont(font(12, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(0, c.y, c.width(), mm(7)), Qt::AlignLeft | Qt::AlignVCenter, text);
    c.y += mm(8);
}

void drawHeader(QPainter &p, PageCursor &c, const DifferentialReport &r)
{
    p.setFont(font(20, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(0, c.y, c.width(), mm(11)), Qt::AlignLeft | Qt::AlignVCenter, r.title);
    c.y += mm(12);
    p.setPen(QPen(kLabelledColor, mm(0.6)));
    p.drawLine(QPointF(0, c.y), QPointF(c.width(), c.y));
    c.y += mm(3);

    const int excluded = int(r.excluded.size());
    const QString model = r.hasModel()
                              ? Tr::tr("%1 (%2 task)").arg(r.modelName, r.task)
                              : Tr::tr("none (pathologist labels only)");
    const QList<QPair<QString, QString>> fields = {
        {Tr::tr("Project"), r.projectPath},
        {Tr::tr("Selection"), r.selectionDescription},
        {Tr::tr("Model"), model},
        {Tr::tr("Generated"),
         r.generatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"))},
        {Tr::tr("Author"), r.author},
        {Tr::tr("Images"),
         Tr::tr("%1 selected; counted: %2 labelled, %3 predicted; %4 excluded")
             .arg(r.imagesTotal)
             .arg(r.labelledTotal)
             .arg(r.hasModel() ? QString::number(r.predictedTotal) : QStringLiteral("–"))
             .arg(excluded)},
    };
    const double keyWidth = mm(28);
    for (const auto &[key, value] : fields) {
        p.setFont(font(9, true));
        p.setPen(kMutedText);
        p.drawText(QRectF(0, c.y, keyWidth, mm(5)), Qt::AlignLeft | Qt::AlignVCenter, key);
        p.setFont(font(9));
        p.setPen(Qt::black);
        const QFontMetricsF fm(p.font(), p.device());
        p.drawText(QRectF(keyWidth, c.y, c.width() - keyWidth, mm(5)),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(value, Qt::ElideMiddle, c.width() - keyWidth));
        c.y += mm(5);
    }
}

void drawTable(QPainter &p, PageCursor &c, const DifferentialReport &r)
{
    heading(p, c, Tr::tr("Counts by class"));
    const double rowH = mm(6.5);
    const double w = c.width();
    // Column right edges: class | labelled n | % | predicted n | %.
    const QList<double> right = {w * 0.40, w * 0.55, w * 0.68, w * 0.85, w * 0.98};
    const double colW = w * 0.13;
    const auto cells = [&](double y, const QStringList &texts) {
        p.drawText(QRectF(mm(2), y, right[0] - mm(2), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   texts[0]);
        for (int i = 1; i < 5; ++i)
            p.drawText(QRectF(right[i] - colW, y, colW, rowH), Qt::AlignRight | Qt::AlignVCenter,
                       texts[i]);
    };
    c.ensure(rowH * (r.rows.size() + 2));
    p.fillRect(QRectF(0, c.y, w, rowH), kHeaderFill);
    p.setFont(font(9, true));
    p.setPen(Qt::black);
    cells(c.y, {Tr::tr("Class"), Tr::tr("Labelled"), QStringLiteral("%"), Tr::tr("Predicted"),
                QStringLiteral("%")});
    c.y += rowH;
    const QString dash = QStringLiteral("–");
    for (const DifferentialReport::Row &row : r.rows) {
        p.setFont(font(9, false, row.subtotal));
        p.setPen(row.subtotal ? kMutedText : QColor(Qt::black));
        const bool predicts = r.predicts(row);
        cells(c.y, {rowName(row),
                    QString::number(row.labelled),
                    r.labelledTotal ? QString::number(row.labelledPercent, 'f', 1) : dash,
                    predicts ? QString::number(row.predicted) : dash,
                    predicts && r.predictedTotal ? QString::number(row.predictedPercent, 'f', 1)
                                                 : dash});
        c.y += rowH;
        p.setPen(QPen(kRuleColor, mm(0.2)));
        p.drawLine(QPointF(0, c.y), QPointF(w, c.y));
    }
    p.setFont(font(9, true));
    p.setPen(Qt::black);
    cells(c.y, {Tr::tr("Counted images"),
                QString::number(r.labelledTotal),
                r.labelledTotal ? QStringLiteral("100.0") : dash,
                r.hasModel() ? QString::number(r.predictedTotal) : dash,
                r.hasModel() && r.predictedTotal ? QStringLiteral("100.0") : dash});
    c.y += rowH;
    if (r.rows.size() > 5) {
        p.setFont(font(7.5, false, true));
        p.setPen(kMutedText);
        const QString note = Tr::tr("Subtotal rows: polynuclear = neutrophils + eosinophils, "
                                    "mononuclear = lymphocytes + monocytes, each including "
                                    "images labelled or predicted with the group alone; they are "
                                    "not added to the total again.");
        const QRectF box(0, c.y + mm(1), w, mm(9));
        p.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note);
        c.y += mm(10);
    }
}

void drawChart(QPainter &p, PageCursor &c, const DifferentialReport &r)
{
    const double barH = mm(2.6);
    const double rowH = mm(7.5);
    c.ensure(mm(14) + mm(8) + rowH * r.rows.size() + mm(6));
    heading(p, c, Tr::tr("Labelled vs predicted (% of counted images)"));
    // Legend.
    p.setFont(font(8));
    double x = 0;
    for (const auto &[color, text] : {std::pair{kLabelledColor, Tr::tr("Labelled")},
                                      std::pair{kPredictedColor, Tr::tr("Predicted")}}) {
        if (color == kPredictedColor && !r.hasModel())
            continue;
        p.fillRect(QRectF(x, c.y + mm(1), mm(3), mm(3)), color);
        p.setPen(Qt::black);
        const QFontMetricsF fm(p.font(), p.device());
        p.drawText(QRectF(x + mm(4.5), c.y, mm(60), mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
                   text);
        x += mm(4.5) + fm.horizontalAdvance(text) + mm(8);
    }
    c.y += mm(7);

    double maxPercent = 0;
    for (const DifferentialReport::Row &row : r.rows)
        maxPercent = std::max({maxPercent, row.labelledPercent,
                               r.predicts(row) ? row.predictedPercent : 0.0});
    const double step = maxPercent > 50 ? 20 : 10;
    const double axisMax = std::clamp(std::ceil(maxPercent / step) * step, step, 100.0);
    const double labelW = mm(44);
    const double valueW = mm(14);
    const double barLeft = labelW;
    const double barW = c.width() - labelW - valueW;
    const double top = c.y;
    const double chartH = rowH * r.rows.size();
    // Grid and axis labels.
    p.setFont(font(7));
    for (double v = 0; v <= axisMax + 1e-9; v += step) {
        const double gx = barLeft + barW * v / axisMax;
        p.setPen(QPen(kRuleColor, mm(0.2)));
        p.drawLine(QPointF(gx, top), QPointF(gx, top + chartH));
        p.setPen(kMutedText);
        p.drawText(QRectF(gx - mm(8), top + chartH, mm(16), mm(4.5)), Qt::AlignCenter,
                   QStringLiteral("%1 %").arg(v, 0, 'f', 0));
    }
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const DifferentialReport::Row &row = r.rows.at(i);
        const double y = top + rowH * i;
        p.setFont(font(8, false, row.subtotal));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, labelW - mm(2), rowH), Qt::AlignRight | Qt::AlignVCenter,
                   rowName(row));
        const double mid = y + rowH / 2;
        const auto bar = [&](double barTop, double percent, const QColor &color) {
            const double len = barW * percent / axisMax;
            p.fillRect(QRectF(barLeft, barTop, len, barH), color);
            p.setFont(font(6.5));
            p.setPen(kMutedText);
            p.drawText(QRectF(barLeft + len + mm(1), barTop - mm(1), valueW + mm(10), barH + mm(2)),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("%1 %").arg(percent, 0, 'f', 1));
        };
        if (r.predicts(row)) {
            bar(mid - barH - mm(0.2), row.labelledPercent, kLabelledColor);
            bar(mid + mm(0.2), row.predictedPercent, kPredictedColor);
        } else {
            bar(mid - barH / 2, row.labelledPercent, kLabelledColor);
        }
    }
    p.setPen(QPen(Qt::black, mm(0.25)));
    p.drawLine(QPointF(barLeft, top), QPointF(barLeft, top + chartH));
    c.y = top + chartH + mm(6);
}

void drawExamples(QPainter &p, PageCursor &c, const DifferentialReport &r)
{
    if (r.examples.isEmpty())
        return;
    const double thumbW = mm(36);
    const double thumbH = mm(27);
    const double gap = mm(3);
    const double labelW = mm(40);
    const double blockH = thumbH + mm(8);
    c.ensure(mm(14) + blockH);
    heading(p, c, Tr::tr("Examples"));
    QList<CellClass> order;
    for (const auto &e : r.examples) {
        if (!order.contains(e.first))
            order.append(e.first);
    }
    std::sort(order.begin(), order.end());
    for (CellClass cls : order) {
        c.ensure(blockH);
        p.setFont(font(9, true));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, c.y, labelW, thumbH), Qt::AlignLeft | Qt::AlignVCenter,
                   cellClassDisplayName(cls));
        double x = labelW;
        for (qsizetype i = 0; i < r.examples.size(); ++i) {
            if (r.examples.at(i).first != cls)
                continue;
            const QString &path = r.examples.at(i).second;
            const QRectF frame(x, c.y, thumbW, thumbH);
            const QImage img = thumbnail(path, r.exampleBoxes.value(i), cv::Size(360, 270));
            if (img.isNull()) {
                p.fillRect(frame, kHeaderFill);
                p.setFont(font(7));
                p.setPen(kMutedText);
                p.drawText(frame, Qt::AlignCenter, Tr::tr("unreadable"));
            } else {
                p.drawImage(frame, img);
            }
            p.setPen(QPen(kRuleColor, mm(0.2)));
            p.drawRect(frame);
            p.setFont(font(6.5));
            p.setPen(kMutedText);
            const QFontMetricsF fm(p.font(), p.device());
            p.drawText(QRectF(x, c.y + thumbH + mm(0.5), thumbW, mm(4)), Qt::AlignCenter,
                       fm.elidedText(QFileInfo(path).fileName(), Qt::ElideMiddle, thumbW));
            x += thumbW + gap;
        }
        c.y += blockH;
    }
}

void drawExclusions(QPainter &p, PageCursor &c, const DifferentialReport &r)
{
    const double lineH = mm(4.6);
    c.ensure(mm(14) + lineH * 3);
    heading(p, c, Tr::tr("Excluded images (%1)").arg(r.excluded.size()));
    if (r.excluded.isEmpty()) {
        p.setFont(font(8.5));
        p.setPen(kMutedText);
        p.drawText(QRectF(0, c.y, c.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   Tr::tr("None: every selected image was counted."));
        c.y += lineH;
        return;
    }
    const double fileW = c.width() * 0.55;
    const auto header = [&] {
        p.fillRect(QRectF(0, c.y, c.width(), lineH), kHeaderFill);
        p.setFont(font(8, true));
        p.setPen(Qt::black);
        p.drawText(QRectF(mm(1), c.y, fileW, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   Tr::tr("File"));
        p.drawText(QRectF(fileW + mm(2), c.y, c.width() - fileW - mm(2), lineH),
                   Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Reason"));
        c.y += lineH;
    };
    header();
    for (const DifferentialReport::Exclusion &e : r.excluded) {
        if (c.y + lineH > c.bottom()) {
            c.newPage();
            header();
        }
        p.setFont(font(8));
        p.setPen(Qt::black);
        const QFontMetricsF fm(p.font(), p.device());
        p.drawText(QRectF(mm(1), c.y, fileW - mm(1), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(e.file, Qt::ElideMiddle, fileW - mm(2)));
        p.drawText(QRectF(fileW + mm(2), c.y, c.width() - fileW - mm(2), lineH),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(e.reason, Qt::ElideRight, c.width() - fileW - mm(2)));
        c.y += lineH;
    }
}

} // namespace

bool writeReportPdf(const DifferentialReport &report, const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = Tr::tr("%1: cannot write: %2").arg(path, why);
        return false;
    };
    // Painted in memory, then written in one checked, atomic step (a full disk never leaves a
    // truncated report over a good one).
    QByteArray pdf;
    QBuffer file(&pdf);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        writer.setResolution(kDpi);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("WBC Studio " WBC_VERSION));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Tr::tr("the PDF could not be started"));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        PageCursor cursor(writer, painter,
                          Tr::tr("WBC Studio %1 · %2").arg(QStringLiteral(WBC_VERSION),
                                                           report.title));
        drawHeader(painter, cursor, report);
        drawTable(painter, cursor, report);
        drawChart(painter, cursor, report);
        drawExamples(painter, cursor, report);
        drawExclusions(painter, cursor, report);
        cursor.finishPage();
        if (!painter.end())
            return fail(Tr::tr("the PDF could not be finished"));
    }
    QString why;
    if (!saveFileAtomically(path, pdf, &why))
        return fail(why);
    return true;
}

} // namespace wbc
