#include "labellegend.h"

#include "celllabelstyle.h"
#include "labelkeys.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace wbc {

LabelLegend::LabelLegend(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_current(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setAccessibleName(tr("Labeling keys"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Current label</b>"), this);
    layout->addWidget(title);
    m_current->setTextFormat(Qt::RichText);
    // A long name ("Cell 1 of 2: Neutrophiler Granulozyt") wraps instead of widening the panel
    // past its dock, which cut off the key names and the help text.
    m_current->setWordWrap(true);
    m_current->setAccessibleName(tr("Current label"));
    layout->addWidget(m_current);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_detail);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("<b>Keys</b>"), this));
    layout->addLayout(m_grid);
    layout->addStretch(1);
    rebuild();
}

void LabelLegend::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const LabelKey &k : labelKeys()) {
        auto *key = new QLabel(QStringLiteral("<kbd><b>%1</b></kbd>")
                                   .arg(k.key.toString(QKeySequence::NativeText).toHtmlEscaped()),
                               this);
        key->setFixedWidth(36);
        key->setAlignment(Qt::AlignCenter);
        key->setFrameShape(QFrame::StyledPanel);
        auto *swatch = new QLabel(this);
        swatch->setFixedSize(14, 14);
        swatch->setAutoFillBackground(true);
        QPalette p = swatch->palette();
        p.setColor(QPalette::Window, k.label.isUnlabelled() ? QColor(Qt::transparent)
                                                            : cellstyle::labelColor(k.label));
        swatch->setPalette(p);
        auto *name = new QLabel(labelKeyDisplayName(k.label), this);
        m_grid->addWidget(key, row, 0);
        m_grid->addWidget(swatch, row, 1);
        m_grid->addWidget(name, row, 2);
        m_grid->setColumnStretch(2, 1);
        ++row;
    }
    m_grid->addWidget(new QLabel(tr("Keys label the selected cell (Ctrl+click selects several) "
                                    "and advance to the next unlabeled cell. Tab and Shift+Tab "
                                    "move between the cells of the field."),
                                 this),
                      row, 0, 1, 3);
    static_cast<QLabel *>(m_grid->itemAtPosition(row, 0)->widget())->setWordWrap(true);
}

void LabelLegend::setCurrentLabel(const QString &text, const QString &detail)
{
    m_current->setText(QStringLiteral("<span style='font-size:14pt'>%1</span>").arg(text));
    m_detail->setText(detail);
}

} // namespace wbc
