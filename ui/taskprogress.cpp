#include "taskprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace wbc {

TaskProgress::TaskProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    m_bar->setMaximumWidth(200);
    m_bar->setAccessibleName(tr("Background work progress"));
    layout->addWidget(m_bar);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel background work"));
    layout->addWidget(m_cancelButton);
    connect(m_cancelButton, &QToolButton::clicked, this, &TaskProgress::cancel);
    setVisible(false);
}

std::shared_ptr<std::atomic_bool> TaskProgress::start(const QString &what)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_what = what;
    m_label->setText(what);
    m_bar->setRange(0, 0);
    m_cancelButton->setEnabled(true);
    setVisible(true);
    return m_cancel;
}

void TaskProgress::setProgress(int done, int total)
{
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(done);
}

void TaskProgress::setDetail(const QString &detail)
{
    if (!m_cancel || !m_cancelButton->isEnabled())
        return; // not running, or "Cancelling..." stays
    m_label->setText(detail.isEmpty() ? m_what : tr("%1: %2").arg(m_what, detail));
}

void TaskProgress::finish()
{
    m_cancel.reset();
    m_what.clear();
    setVisible(false);
    Q_EMIT finished();
}

void TaskProgress::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
        m_cancelButton->setEnabled(false);
        m_label->setText(tr("Cancelling..."));
    }
}

} // namespace wbc
