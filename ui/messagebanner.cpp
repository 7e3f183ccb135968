#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace wbc {

namespace {

    constexpr int kFlashMs = 350;

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_flashTimer(new QTimer(this))
{
    setProperty("wbcBanner", true);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    m_flashTimer->setSingleShot(true);
    m_flashTimer->setInterval(kFlashMs);
    connect(m_flashTimer, &QTimer::timeout, this, [this] { applyStyle(false); });
    applyStyle(false);
    hide();
}

void MessageBanner::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleName(text);
    const QStyle::StandardPixmap icon
        = kind == Kind::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning;
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(side, side));
    applyStyle(false);
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void MessageBanner::flash()
{
    if (isHidden())
        return;
    applyStyle(true);
    m_flashTimer->start();
}

bool MessageBanner::isFlashing() const
{
    return m_flashTimer->isActive();
}

void MessageBanner::applyStyle(bool bright)
{
    // Fixed colours, readable in light and dark themes alike: the bar must stand out.
    QString background;
    QString border;
    QString foreground;
    if (m_kind == Kind::Error) {
        background = bright ? QStringLiteral("#f5a3a9") : QStringLiteral("#f8d7da");
        border = QStringLiteral("#c0392b");
        foreground = QStringLiteral("#5c1a1a");
    } else {
        background = bright ? QStringLiteral("#ffe08a") : QStringLiteral("#fff3cd");
        border = QStringLiteral("#c9a227");
        foreground = QStringLiteral("#4d3b00");
    }
    // By a property, not the object name: the window names each banner.
    const QString css = QStringLiteral( // notr
        "[wbcBanner=\"true\"] { background: %1; border: 1px solid %2; border-radius: 3px; } "
        "QLabel { color: %3; background: transparent; border: none; }");
    setStyleSheet(css.arg(background, border, foreground));
}

} // namespace wbc
