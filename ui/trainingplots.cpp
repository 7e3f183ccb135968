#include "trainingplots.h"

#include "plotting.h"
#include "training/trainer.h"

#include <QPdfWriter>
#include <QToolTip>
#include <QVBoxLayout>

namespace wbc {

namespace {

constexpr double kSmoothing = 0.9; // exponential moving average of batch loss

const QColor kTrain(31, 119, 180);
const QColor kValidation(214, 69, 65);

QCPGraph *addGraph(QCustomPlot *plot, const QString &name, const QColor &colour, bool points,
                   double width = 2.0)
{
    QCPGraph *g = plot->addGraph();
    g->setName(name);
    g->setPen(QPen(colour, width));
    if (points)
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    return g;
}

void setupPlot(QCustomPlot *plot, const QString &yLabel, const QString &accessibleName)
{
    plot->setAccessibleName(accessibleName);
    plot->setMinimumHeight(160);
    plot->xAxis->setLabel(QObject::tr("epoch"));
    plot->yAxis->setLabel(yLabel);
    plot->legend->setVisible(true);
    QFont legendFont = plot->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    plot->legend->setFont(legendFont);
    // The legend in a row of its own under the axes, never over the curves' right end (where
    // the newest epochs are); it wraps to a second line when the names do not fit in one.
    auto *legendRow = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(5, 0, 5, 5));
    legendRow->addElement(0, 0, plot->legend);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setWrap(3);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // Follow the palette, so the plots read in dark themes too.
    const QPalette pal = plot->palette();
    plot->setBackground(pal.color(QPalette::Base));
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(pal.color(QPalette::Text)));
        axis->setTickPen(QPen(pal.color(QPalette::Text)));
        axis->setSubTickPen(QPen(pal.color(QPalette::Text)));
        axis->setTickLabelColor(pal.color(QPalette::Text));
        axis->setLabelColor(pal.color(QPalette::Text));
        axis->grid()->setPen(QPen(pal.color(QPalette::Midlight), 1, Qt::DotLine));
    }
    plot->legend->setBrush(pal.color(QPalette::Base));
    plot->legend->setTextColor(pal.color(QPalette::Text));
}

} // namespace

TrainingPlots::TrainingPlots(QWidget *parent)
    : QWidget(parent)
    , m_loss(new QCustomPlot(this))
    , m_accuracy(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loss);
    layout->addWidget(m_accuracy);
    setupPlot(m_loss, tr("loss"), tr("Loss curves"));
    setupPlot(m_accuracy, tr("accuracy (%)"), tr("Accuracy curves"));

    addGraph(m_loss, tr("training, per batch (smoothed)"), kTrain.lighter(150), false, 1.0);
    addGraph(m_loss, tr("training"), kTrain, true);
    addGraph(m_loss, tr("validation"), kValidation, true);
    addGraph(m_accuracy, tr("training, running"), kTrain.lighter(150), false, 1.0);
    addGraph(m_accuracy, tr("training"), kTrain, true);
    addGraph(m_accuracy, tr("validation"), kValidation, true);
    m_accuracy->yAxis->setRange(0, 100);

    for (QCustomPlot *plot : {m_loss, m_accuracy})
        connect(plot, &QCustomPlot::mouseMove, this,
                [this, plot](QMouseEvent *event) { showReadout(plot, event); });
}

QCPGraph *TrainingPlots::graph(QCustomPlot *plot, const QString &name) const
{
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->name() == name)
            return plot->graph(i);
    }
    return nullptr;
}

int TrainingPlots::pointCount(const QString &graphName) const
{
    for (QCustomPlot *plot : {m_loss, m_accuracy}) {
        if (QCPGraph *g = graph(plot, graphName))
            return g->dataCount();
    }
    return -1;
}

void TrainingPlots::clear()
{
    for (QCustomPlot *plot : {m_loss, m_accuracy})
        for (int i = 0; i < plot->graphCount(); ++i)
            plot->graph(i)->data()->clear();
    m_smoothedLoss = -1.0;
    replot();
}

void TrainingPlots::addBatch(const BatchReport &r)
{
    if (!std::isfinite(r.loss))
        return;
    const double x = (r.epoch - 1) + double(r.batch) / std::max(r.batches, 1);
    m_smoothedLoss = m_smoothedLoss < 0 ? r.loss
                                        : kSmoothing * m_smoothedLoss + (1 - kSmoothing) * r.loss;
    m_loss->graph(0)->addData(x, m_smoothedLoss);
    m_accuracy->graph(0)->addData(x, r.runningAccuracy * 100.0);
    // Replotting every batch is cheap (a few hundred points) but not free: every 4th.
    if (r.batch % 4 == 0 || r.batch == r.batches)
        replot();
}

void TrainingPlots::addEpoch(const EpochReport &r)
{
    m_loss->graph(1)->addData(r.epoch, r.trainLoss);
    m_accuracy->graph(1)->addData(r.epoch, r.trainAccuracy * 100.0);
    if (r.hasValidation) {
        m_loss->graph(2)->addData(r.epoch, r.valLoss);
        m_accuracy->graph(2)->addData(r.epoch, r.valAccuracy() * 100.0);
    }
    replot();
}

void TrainingPlots::addComparison(const QString &name, const QList<double> &valLoss,
                                  const QList<double> &valAccuracy)
{
    static const QColor colours[] = {QColor(44, 160, 44), QColor(148, 103, 189), QColor(140, 86, 75),
                                     QColor(227, 119, 194), QColor(127, 127, 127)};
    const QColor colour = colours[m_comparisons.size() / 2 % 5];
    for (const auto &[plot, values, scale] :
         {std::tuple(m_loss, valLoss, 1.0), std::tuple(m_accuracy, valAccuracy, 100.0)}) {
        QCPGraph *g = addGraph(plot, name, colour, false, 1.5);
        g->setPen(QPen(colour, 1.5, Qt::DashLine));
        for (int i = 0; i < values.size(); ++i)
            g->addData(i + 1, values[i] * scale);
        m_comparisons.append(g);
    }
    replot();
}

void TrainingPlots::clearComparisons()
{
    for (QCPGraph *g : std::as_const(m_comparisons))
        g->parentPlot()->removeGraph(g);
    m_comparisons.clear();
    replot();
}

void TrainingPlots::replot()
{
    for (QCustomPlot *plot : {m_loss, m_accuracy}) {
        plot->xAxis->rescale();
        double lo = 0, hi = 1;
        bool any = false;
        for (int i = 0; i < plot->graphCount(); ++i) {
            bool found = false;
            const QCPRange r = plot->graph(i)->getValueRange(found);
            if (found) {
                lo = any ? std::min(lo, r.lower) : r.lower;
                hi = any ? std::max(hi, r.upper) : r.upper;
                any = true;
            }
        }
        if (plot == m_accuracy)
            plot->yAxis->setRange(any ? std::max(0.0, lo - 5) : 0, 100.5);
        else if (any)
            plot->yAxis->setRange(0, hi * 1.05 + 1e-6);
        if (plot->xAxis->range().size() < 1)
            plot->xAxis->setRange(0, 1);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void TrainingPlots::showReadout(QCustomPlot *plot, QMouseEvent *event)
{
    const double x = plot->xAxis->pixelToCoord(event->position().x());
    QString text;
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph *g = plot->graph(i);
        if (g->dataCount() == 0)
            continue;
        // The point nearest the mouse: the first at or after it, or the one before.
        auto it = g->data()->findBegin(x, false);
        if (it == g->data()->constEnd() || (it != g->data()->constBegin()
                                            && std::abs((it - 1)->key - x) < std::abs(it->key - x)))
            --it;
        if (it == g->data()->constEnd() || std::abs(it->key - x) > 0.6)
            continue;
        text += tr("%1: %2 (epoch %3)\n")
                    .arg(g->name())
                    .arg(it->value, 0, 'f', plot == m_accuracy ? 1 : 3)
                    .arg(it->key, 0, 'f', 2);
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text.trimmed(), plot);
}

bool TrainingPlots::savePng(const QString &path)
{
    return grab().save(path, "PNG");
}

bool TrainingPlots::savePdf(const QString &path) const
{
    // Loss above accuracy on one landscape page, as on screen.
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(96);
    writer.setTitle(tr("WBC Studio training curves"));
    QCPPainter painter;
    if (!painter.begin(&writer))
        return false;
    const int w = writer.width(), h = writer.height() / 2;
    m_loss->toPainter(&painter, w, h);
    painter.translate(0, h);
    m_accuracy->toPainter(&painter, w, h);
    return painter.end();
}

} // namespace wbc
