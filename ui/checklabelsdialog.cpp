#include "checklabelsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wbc {

CheckLabelsDialog::CheckLabelsDialog(QWidget *parent)
    : QDialog(parent)
    , m_task(new QComboBox(this))
    , m_folds(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
{
    setWindowTitle(tr("Check Labels"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Trains the classifier %1 times, each time without one part of the "
                                "labelled cells, and scores every cell with the model that never "
                                "saw it. Cells whose label that model finds unlikely come first "
                                "in the review queue. The project stays usable while it runs.")
                                 .arg(LabelAuditParams().folds),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_task->addItem(tr("Four classes"), int(Task::Four));
    m_task->addItem(tr("Polynuclear or mononuclear"), int(Task::Binary));
    form->addRow(tr("&Task:"), m_task);
    m_folds->setRange(2, 20);
    m_folds->setToolTip(tr("Parts of the labelled cells (kept by field, and by slide when there "
                           "are enough slides)"));
    form->addRow(tr("&Folds:"), m_folds);
    m_seed->setRange(0, 1000000);
    form->addRow(tr("&Seed:"), m_seed);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Check"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setParams(LabelAuditParams());
}

void CheckLabelsDialog::setParams(const LabelAuditParams &params)
{
    m_params = params;
    m_task->setCurrentIndex(m_task->findData(int(params.task)));
    m_folds->setValue(params.folds);
    m_seed->setValue(int(params.seed));
    m_folds->setAccessibleName(tr("Folds"));
    m_seed->setAccessibleName(tr("Seed"));
}

LabelAuditParams CheckLabelsDialog::params() const
{
    LabelAuditParams p = m_params;
    p.task = Task(m_task->currentData().toInt());
    p.folds = m_folds->value();
    p.seed = quint64(m_seed->value());
    return p;
}

} // namespace wbc
