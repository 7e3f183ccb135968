#include "saliencylegend.h"

#include <cmath>

#include <QHBoxLayout>
#include <QLabel>
#include <QLinearGradient>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>

#include "setting.h"

namespace wbc {

namespace {

const Setting<int> kOpacity { "viewer/saliencyOpacity", 60 }; // percent

// The overlay's colour map (OpenCV's JET), its transparency rising with the importance as
// computeSaliency draws it.
class ColourBar : public QWidget
{
public:
    explicit ColourBar(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumSize(120, 12);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QRect r = rect().adjusted(0, 0, -1, -1);
        // What is under the overlay: a neutral grey, so the fading reads.
        p.fillRect(r, QColor(200, 200, 200));
        QLinearGradient g(r.topLeft(), r.topRight());
        const std::pair<double, QColor> stops[] = { { 0.0, QColor(0, 0, 128, 0) },
            { 0.25, QColor(0, 64, 255, 42) },
            { 0.5, QColor(0, 255, 128, 85) },
            { 0.75, QColor(255, 200, 0, 128) },
            { 1.0, QColor(200, 0, 0, 170) } };
        for (const auto &[at, colour] : stops)
            g.setColorAt(at, colour);
        p.fillRect(r, g);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(r);
    }
};

} // namespace

SaliencyLegend::SaliencyLegend(QWidget *parent)
    : QFrame(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
{
    setAccessibleName(tr("Saliency legend"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);
    layout->addWidget(new QLabel(tr("<b>What the model looked at</b>"), this));
    layout->addWidget(new ColourBar(this));
    auto *ends = new QHBoxLayout;
    ends->addWidget(new QLabel(tr("less important"), this));
    ends->addStretch(1);
    ends->addWidget(new QLabel(tr("more important"), this));
    layout->addLayout(ends);
    auto *opacityRow = new QHBoxLayout;
    auto *label = new QLabel(tr("&Opacity"), this);
    label->setBuddy(m_slider);
    opacityRow->addWidget(label);
    m_slider->setRange(10, 100);
    m_slider->setSingleStep(5);
    m_slider->setPageStep(20);
    m_slider->setAccessibleName(tr("Saliency opacity"));
    m_slider->setValue(std::clamp(kOpacity.value(), 10, 100));
    m_slider->setToolTip(tr("How strongly the heat map covers the cell"));
    opacityRow->addWidget(m_slider, 1);
    layout->addLayout(opacityRow);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        kOpacity.setValue(value);
        Q_EMIT opacityChanged(value / 100.0);
    });
}

double SaliencyLegend::opacity() const
{
    return m_slider->value() / 100.0;
}

void SaliencyLegend::setOpacity(double opacity)
{
    m_slider->setValue(int(std::lround(opacity * 100)));
}

} // namespace wbc
