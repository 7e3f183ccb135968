// writeReportPdf (differentialreport.h): one A4 page per slide, then the total.
#include "report/differentialreport.h"

#include "base/imagefile.h"
#include "base/savefile.h"
#include "report/reportthumbnail.h"
#include "slide/slidecellcrops.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

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
const QColor kWarningFill(0xfd, 0xec, 0xd2);
const QColor kWarningText(0x8a, 0x3b, 0x00);

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
    // No ligatures: the PDF's text stays searchable and copies as typed ("fi", not U+FB01).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QString rowName(const DifferentialCount::Row &row)
{
    return row.subtotal ? Tr::tr("%1 (subtotal)").arg(cellClassDisplayName(row.cls))
                        : cellClassDisplayName(row.cls);
}

QString percent(double value)
{
    return QString::number(value, 'f', 1);
}

// The page's painter, its width and the pen position going down; text never leaves its box
// (elided), so nothing is clipped.
struct Page
{
    QPainter &p;
    double width = 0;
    double height = 0;
    double y = 0;

    // Where the content must end: the notice and the footer sit below.
    double contentBottom() const { return height - mm(17); }

    void text(const QRectF &box, const QString &s, const QFont &f, const QColor &color,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter,
              Qt::TextElideMode elide = Qt::ElideRight)
    {
        p.setFont(f);
        p.setPen(color);
        const QFontMetricsF fm(f, p.device());
        p.drawText(box, align, fm.elidedText(s, elide, box.width()));
    }

    // Word-wrapped text from the pen position; returns its height.
    double paragraph(double x, const QString &s, const QFont &f, const QColor &color)
    {
        p.setFont(f);
        p.setPen(color);
        const QRectF box(x, y, width - 2 * x, height);
        const QRectF used = p.boundingRect(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s);
        p.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s);
        return used.height();
    }

    void heading(const QString &s)
    {
        y += mm(2.5);
        text(QRectF(0, y, width, mm(6)), s, font(11, true), Qt::black);
        y += mm(6.5);
    }
};

// The model's task as the dashboard names it, in the report's language ("four": stored).
QString taskDisplayName(const QString &task)
{
    const std::optional<Task> t = parseTask(task);
    if (!t)
        return task;
    return *t == Task::Binary ? Tr::tr("polynuclear vs mononuclear") : Tr::tr("four classes");
}

void drawHeader(Page &pg, const DifferentialReport &r, const DifferentialCount &c)
{
    const QString subject = c.isTotal ? Tr::tr("all slides (%n)", nullptr, int(r.slides.size()))
                                      : Tr::tr("slide %1").arg(c.slide);
    pg.text(QRectF(0, pg.y, pg.width, mm(10)), r.title + QStringLiteral(" — ") + subject,
            font(18, true), Qt::black);
    pg.y += mm(11);
    pg.p.setPen(QPen(kLabelledColor, mm(0.6)));
    pg.p.drawLine(QPointF(0, pg.y), QPointF(pg.width, pg.y));
    pg.y += mm(2.5);

    QStringList slideNames;
    for (const DifferentialCount &s : r.slides)
        slideNames.append(s.slide);
    QStringList authors;
    for (const auto &[name, n] : c.labelAuthors)
        authors.append(QStringLiteral("%1 (%2)").arg(name).arg(n));
    const QString dash = QStringLiteral("–");
    QList<QPair<QString, QString>> fields;
    if (!r.sampleId.isEmpty())
        fields.append({Tr::tr("Patient/sample"), r.sampleId.simplified()});
    if (c.isTotal) {
        fields.append({Tr::tr("Slides"), slideNames.join(QStringLiteral(", "))});
    } else {
        fields.append({Tr::tr("Slide"), c.slide});
        fields.append({Tr::tr("Specimen"), c.specimen.isEmpty() ? dash : c.specimen});
    }
    fields.append({Tr::tr("Project"), r.projectPath});
    fields.append({Tr::tr("Model"),
                   r.hasModel() ? Tr::tr("%1 (%2)").arg(r.modelName, taskDisplayName(r.task))
                                : Tr::tr("none (labels only)")});
    fields.append({Tr::tr("Fields"),
                   Tr::tr("%1 of %2 selected fields counted, %3 left out; %4 white cells")
                       .arg(c.fields)
                       .arg(c.images)
                       .arg(c.excluded.size())
                       .arg(c.cells)});
    fields.append({Tr::tr("Verified by"), // the authors of the current labels, cells each
                   authors.isEmpty() ? Tr::tr("nobody yet") : authors.join(QStringLiteral(", "))});
    fields.append({Tr::tr("Last label"),
                   c.lastLabelledAt.isValid()
                       ? c.lastLabelledAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"))
                       : dash});
    fields.append({Tr::tr("Generated"),
                   Tr::tr("%1 by %2")
                       .arg(r.generatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t")),
                            r.author)});
    // The keys' column as wide as the widest key in this language ("Zuletzt klassifiziert").
    double keyWidth = mm(26);
    const QFontMetricsF keyMetrics(font(8.5, true), pg.p.device());
    for (const auto &field : std::as_const(fields))
        keyWidth = std::max(keyWidth, keyMetrics.horizontalAdvance(field.first) + mm(3));
    const double lineH = mm(4.4);
    for (const auto &[key, value] : std::as_const(fields)) {
        pg.text(QRectF(0, pg.y, keyWidth, lineH), key, font(8.5, true), kMutedText);
        pg.text(QRectF(keyWidth, pg.y, pg.width - keyWidth, lineH), value, font(8.5), Qt::black,
                Qt::AlignLeft | Qt::AlignVCenter, Qt::ElideMiddle);
        pg.y += lineH;
    }
}

void drawWarnings(Page &pg, const DifferentialReport &r, const DifferentialCount &c)
{
    QStringList warnings;
    if (c.labelledBelowMinimum())
        warnings.append(Tr::tr("cells counted by label: %1, fewer than the %2 of a manual "
                               "differential; the percentages are imprecise.")
                            .arg(c.labelledTotal)
                            .arg(kMinimumDifferentialCells));
    if (r.lacksPredictions(c))
        warnings.append(r.noPredictionsText());
    else if (r.hasModel() && c.predictedBelowMinimum())
        warnings.append(Tr::tr("cells counted by prediction: %1, fewer than %2.")
                            .arg(c.predictedTotal)
                            .arg(kMinimumDifferentialCells));
    if (warnings.isEmpty())
        return;
    pg.y += mm(2);
    // Measured first (the text wraps), then the box, then the text over it.
    QString text;
    for (const QString &w : std::as_const(warnings))
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + Tr::tr("Warning: %1").arg(w);
    const QFont f = font(8.5, true);
    const QFontMetricsF fm(f, pg.p.device());
    const QRectF used = fm.boundingRect(QRectF(0, 0, pg.width - mm(4), pg.height),
                                        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    const QRectF box(0, pg.y, pg.width, used.height() + mm(2));
    pg.p.fillRect(box, kWarningFill);
    pg.p.setPen(QPen(kWarningText, mm(0.3)));
    pg.p.drawRect(box);
    const double y = pg.y;
    pg.y += mm(1);
    pg.paragraph(mm(2), text, f, kWarningText);
    pg.y = y + box.height();
}

// The widths of the counts table's columns, from the widest text each holds (headers, class
// names, numbers) in this language: the class column first, the others right-aligned. Spare
// room goes to the columns as the English layout shares it out; never narrower than the text.
QList<double> tableColumns(const Page &pg, const DifferentialCount &c)
{
    const QFontMetricsF bold(font(8.5, true), pg.p.device());
    const QFontMetricsF plain(font(8.5), pg.p.device());
    const QFontMetricsF italic(font(8.5, false, true), pg.p.device());
    const QList<double> share = {0.33, 0.14, 0.10, 0.20, 0.12, 0.10};
    const QString wideCount = QString::number(std::max(c.labelledTotal, c.predictedTotal));
    const QStringList widest = {Tr::tr("Class"), Tr::tr("Labelled"), QStringLiteral("100.0"),
        QStringLiteral("100.0 – 100.0"), Tr::tr("Predicted"), QStringLiteral("100.0")};
    QList<double> need;
    for (const QString &text : widest)
        need.append(bold.horizontalAdvance(text) + mm(2.5));
    need[0] = std::max(need[0], bold.horizontalAdvance(Tr::tr("Cells counted")) + mm(4.5));
    need[1] = std::max(need[1], bold.horizontalAdvance(wideCount) + mm(2.5));
    need[4] = std::max(need[4], bold.horizontalAdvance(wideCount) + mm(2.5));
    for (const DifferentialCount::Row &row : c.rows)
        need[0] = std::max(
            need[0], (row.subtotal ? italic : plain).horizontalAdvance(rowName(row)) + mm(4.5));
    double spare = pg.width;
    for (double n : need)
        spare -= n;
    QList<double> widths;
    double slack = 0; // how much the preferred widths exceed the need, in all
    for (qsizetype i = 0; i < need.size(); ++i)
        slack += std::max(0.0, share[i] * pg.width - need[i]);
    for (qsizetype i = 0; i < need.size(); ++i) {
        const double extra = std::max(0.0, share[i] * pg.width - need[i]);
        widths.append(need[i] + (spare > 0 && slack > 0 ? spare * extra / slack : 0.0));
    }
    return widths;
}

void drawTable(Page &pg, const DifferentialReport &r, const DifferentialCount &c)
{
    pg.heading(Tr::tr("Counts by class"));
    const double rowH = mm(5.6);
    const double w = pg.width;
    // Right edges: class | labelled n | % | 95 % CI | predicted n | %.
    const QList<double> colW = tableColumns(pg, c);
    QList<double> right;
    for (double x = 0; const double cw : colW)
        right.append(x += cw);
    const auto cells = [&](double y, const QStringList &texts, const QFont &f, const QColor &color) {
        pg.text(QRectF(mm(2), y, right[0] - mm(2), rowH), texts[0], f, color);
        for (int i = 1; i < texts.size(); ++i)
            pg.text(QRectF(right[i] - colW[i] + mm(1.5), y, colW[i] - mm(2.5), rowH), texts[i], f,
                    color,
                    Qt::AlignRight | Qt::AlignVCenter);
    };
    pg.p.fillRect(QRectF(0, pg.y, w, rowH), kHeaderFill);
    cells(pg.y,
          {Tr::tr("Class"), Tr::tr("Labelled"), QStringLiteral("%"), Tr::tr("95 % CI"),
           Tr::tr("Predicted"), QStringLiteral("%")},
          font(8.5, true), Qt::black);
    pg.y += rowH;
    const QString dash = QStringLiteral("–");
    const bool labelled = c.labelledTotal > 0;
    for (const DifferentialCount::Row &row : c.rows) {
        const bool predicts = r.predicts(row) && !r.lacksPredictions(c); // no 0 and empty bars
        cells(pg.y,
              {rowName(row), QString::number(row.labelled),
               labelled ? percent(row.labelledPercent) : dash,
               labelled ? QStringLiteral("%1 – %2")
                              .arg(percent(row.labelledInterval.low),
                                   percent(row.labelledInterval.high))
                        : dash,
               predicts ? QString::number(row.predicted) : dash,
               predicts && c.predictedTotal ? percent(row.predictedPercent) : dash},
              font(8.5, false, row.subtotal), row.subtotal ? kMutedText : QColor(Qt::black));
        pg.y += rowH;
        pg.p.setPen(QPen(kRuleColor, mm(0.2)));
        pg.p.drawLine(QPointF(0, pg.y), QPointF(w, pg.y));
    }
    cells(pg.y,
          {Tr::tr("Cells counted"), QString::number(c.labelledTotal),
           labelled ? QStringLiteral("100.0") : dash, QString(),
           r.hasModel() && !r.lacksPredictions(c) ? QString::number(c.predictedTotal) : dash,
           r.hasModel() && c.predictedTotal ? QStringLiteral("100.0") : dash},
          font(8.5, true), Qt::black);
    pg.y += rowH + mm(0.5);

    QString note = Tr::tr("95 % CI: Wilson score interval of the labelled percentage.");
    if (c.rows.size() > int(kAllCellClasses.size()))
        note += QLatin1Char(' ')
                + Tr::tr("Subtotals: polynuclear = neutrophils + eosinophils, mononuclear = "
                         "lymphocytes + monocytes, each with the cells labelled or predicted "
                         "with the group alone; not added to the total again.");
    pg.y += pg.paragraph(0, note, font(7, false, true), kMutedText) + mm(0.5);
}

// The special labels by their own name (the heading says they are not counted).
QString specialName(const CellLabel &label)
{
    const std::optional<NotCounted> reason = label.notCountedReason();
    if (!reason)
        return label.displayName(); // Unidentified
    switch (*reason) {
    case NotCounted::Smudge:
        return Tr::tr("Smudge cells");
    case NotCounted::Artefact:
        return Tr::tr("Artefacts");
    case NotCounted::Damaged:
        return Tr::tr("Damaged cells");
    }
    return label.displayName();
}

void drawNotCounted(Page &pg, const DifferentialCount &c)
{
    pg.heading(Tr::tr("Listed, not in the percentages"));
    QList<QPair<QString, int>> items;
    for (const auto &[label, n] : c.notCounted)
        items.append({specialName(label), n});
    items.append({Tr::tr("Not labelled yet"), c.unlabelled});
    const double colW = pg.width / items.size();
    const double lineH = mm(4.4);
    pg.p.fillRect(QRectF(0, pg.y, pg.width, lineH), kHeaderFill);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QRectF top(colW * i + mm(1), pg.y, colW - mm(2), lineH);
        pg.text(top, items.at(i).first, font(8, true), Qt::black, Qt::AlignCenter);
        pg.text(top.translated(0, lineH), QString::number(items.at(i).second), font(8.5),
                Qt::black, Qt::AlignCenter);
    }
    pg.y += 2 * lineH;
}

void drawExclusions(Page &pg, const DifferentialCount &c)
{
    pg.heading(Tr::tr("Fields left out (%1)").arg(c.excluded.size()));
    const double lineH = mm(4.6);
    if (c.excluded.isEmpty()) {
        pg.text(QRectF(0, pg.y, pg.width, lineH), Tr::tr("None: every selected field was counted."),
                font(8.5), kMutedText);
        pg.y += lineH;
        return;
    }
    // One line per reason: how many, and the first files (elided; the CSV of wbc report --json
    // and the dialog list them all).
    using Why = DifferentialCount::Why;
    for (Why why : {Why::Unreadable, Why::NoWhiteCell, Why::NeedsCellLabels}) {
        QStringList files;
        for (const DifferentialCount::Exclusion &e : c.excluded) {
            if (e.why == why)
                files.append(QFileInfo(e.file).fileName());
        }
        if (files.isEmpty())
            continue;
        const QString key = QStringLiteral("%1 (%2)").arg(DifferentialCount::whyText(why))
                                .arg(files.size());
        const double keyW = mm(48);
        pg.text(QRectF(0, pg.y, keyW, lineH), key, font(8.5, true), Qt::black);
        pg.text(QRectF(keyW, pg.y, pg.width - keyW, lineH), files.join(QStringLiteral(", ")),
                font(8.5), Qt::black);
        pg.y += lineH;
    }
}

// A cell's thumbnail from its stored box with some surroundings (reportthumbnail.h: neutral
// padding at the field's border; a slide cell's from its cached crop); null when the file cannot
// be decoded.
QImage thumbnail(QHash<QString, cv::Mat> &decoded, const DifferentialCount::Example &e)
{
    if (e.onSlide) { // the cached crop: a slide is never decoded whole
        cv::Mat bgr;
        CellRecord inCrop;
        if (!cachedCropField({{e.cell.id, e.crop}}, e.cell, &bgr, &inCrop))
            return {};
        return reportCellThumbnail(bgr, inCrop);
    }
    auto it = decoded.find(e.path);
    if (it == decoded.end()) {
        const DecodedImage d = decodeImageFile(e.path);
        it = decoded.insert(e.path, d.ok() ? d.bgr : cv::Mat());
    }
    return reportCellThumbnail(*it, e.cell);
}

void drawExamples(Page &pg, const DifferentialCount &c)
{
    if (c.examples.isEmpty())
        return;
    QList<CellClass> order;
    for (const DifferentialCount::Example &e : c.examples) {
        if (!order.contains(e.cls))
            order.append(e.cls);
    }
    std::sort(order.begin(), order.end());
    pg.heading(Tr::tr("Example cells"));
    const double legendH = mm(4);
    // Legend: the frame tells a labelled cell from one only the model classified.
    double x = 0;
    for (const auto &[color, label] : {std::pair{kLabelledColor, Tr::tr("labelled")},
                                       std::pair{kPredictedColor, Tr::tr("predicted only")}}) {
        pg.p.setPen(QPen(color, mm(0.6)));
        pg.p.drawRect(QRectF(x, pg.y + mm(0.8), mm(4), mm(2.6)));
        const QFont f = font(7.5);
        const double tw = QFontMetricsF(f, pg.p.device()).horizontalAdvance(label) + mm(1);
        pg.text(QRectF(x + mm(5.5), pg.y, tw, legendH), label, f, kMutedText);
        x += mm(5.5) + tw + mm(6);
    }
    pg.y += legendH + mm(1);

    // Two or three class blocks a row (whichever gives larger thumbnails), each with its label
    // and up to three thumbnails (4:3), as large as the room left on the page allows.
    const double labelH = mm(4.2);
    const double gap = mm(1.5);
    const double rowGap = mm(2.5);
    const double room = pg.contentBottom() - pg.y;
    int columns = 2;
    double thumbW = 0;
    for (int k : {2, 3}) {
        const int n = int((order.size() + k - 1) / k);
        const double w = std::min({(pg.width / k - mm(3) - 2 * gap) / 3,
                                   (room / n - labelH - rowGap) * 4 / 3, mm(30)});
        if (w > thumbW) {
            thumbW = w;
            columns = k;
        }
    }
    const int rows = int((order.size() + columns - 1) / columns);
    const double blockW = pg.width / columns;
    if (thumbW < mm(6))
        return;
    const double thumbH = thumbW * 3 / 4;
    QHash<QString, cv::Mat> decoded;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const CellClass cls = order.at(i);
        const double bx = blockW * (i % columns);
        const double by = pg.y + (labelH + thumbH + rowGap) * (i / columns);
        pg.text(QRectF(bx, by, blockW - mm(3), labelH), cellClassDisplayName(cls), font(8.5, true),
                Qt::black);
        double tx = bx;
        for (const DifferentialCount::Example &e : c.examples) {
            if (e.cls != cls)
                continue;
            const QRectF frame(tx, by + labelH, thumbW, thumbH);
            const QImage img = thumbnail(decoded, e);
            if (img.isNull()) {
                pg.p.fillRect(frame, kHeaderFill);
                pg.text(frame, Tr::tr("unreadable"), font(6.5), kMutedText, Qt::AlignCenter);
            } else {
                pg.p.drawImage(frame, img);
            }
            pg.p.setPen(QPen(e.byLabel ? kLabelledColor : kPredictedColor, mm(0.5)));
            pg.p.drawRect(frame);
            tx += thumbW + gap;
        }
    }
    pg.y += rows * (labelH + thumbH + rowGap);
}

void drawNoticeAndFooter(Page &pg, const DifferentialReport &r, int page, int pages)
{
    const QRectF notice(0, pg.height - mm(14), pg.width, mm(7.5));
    pg.p.fillRect(notice, kHeaderFill);
    // Whole in every language: a smaller type where the sentence is longer (German).
    const QString disclaimer =
        Tr::tr("For research use only. The result must be verified by a qualified person.");
    const QRectF noticeText = notice.adjusted(mm(2), 0, -mm(2), 0);
    double points = 9;
    while (points > 6
           && QFontMetricsF(font(points, true), pg.p.device()).horizontalAdvance(disclaimer)
                  > noticeText.width())
        points -= 0.25;
    pg.text(noticeText, disclaimer, font(points, true), Qt::black, Qt::AlignCenter);
    const QRectF line(0, pg.height - mm(5), pg.width, mm(5));
    const QString left = Tr::tr("WBC Studio %1 · %2").arg(QStringLiteral(WBC_VERSION), r.title);
    const QString right = Tr::tr("Page %1 of %2").arg(page).arg(pages);
    pg.text(QRectF(line.x(), line.y(), line.width() - mm(25), line.height()), left, font(7),
            kMutedText);
    pg.text(line, right, font(7), kMutedText, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

bool writeReportPdf(const DifferentialReport &report, const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = Tr::tr("%1: cannot write: %2").arg(path, why);
        return false;
    };
    QList<const DifferentialCount *> pages;
    for (const DifferentialCount &c : report.slides)
        pages.append(&c);
    if (report.slides.size() != 1)
        pages.append(&report.total); // the total, or an empty page saying nothing was selected

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
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            Page pg{painter, double(writer.width()), double(writer.height())};
            const DifferentialCount &c = *pages.at(i);
            drawHeader(pg, report, c);
            drawWarnings(pg, report, c);
            drawTable(pg, report, c);
            drawNotCounted(pg, c);
            drawExclusions(pg, c);
            drawExamples(pg, c);
            drawNoticeAndFooter(pg, report, int(i + 1), int(pages.size()));
        }
        if (!painter.end())
            return fail(Tr::tr("the PDF could not be finished"));
    }
    QString why;
    if (!saveFileAtomically(path, pdf, &why))
        return fail(why);
    return true;
}

} // namespace wbc
