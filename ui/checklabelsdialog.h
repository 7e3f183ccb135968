#pragma once

#include <QDialog>

#include "review/labelaudit.h"

class QComboBox;
class QSpinBox;

namespace wbc {

// Review > Check Labels...: the task, the number of folds and the seed of a label audit, with
// LabelAuditParams' defaults; the folds' training recipe is the audit's default (fewer epochs
// than a training run). GUI thread; modal, owned by whoever opens it.
class CheckLabelsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CheckLabelsDialog(QWidget *parent = nullptr);

    LabelAuditParams params() const;
    void setParams(const LabelAuditParams &params);

    QComboBox *taskBox() const { return m_task; }
    QSpinBox *foldsBox() const { return m_folds; }
    QSpinBox *seedBox() const { return m_seed; }

private:
    QComboBox *m_task;
    QSpinBox *m_folds;
    QSpinBox *m_seed;
    LabelAuditParams m_params; // what the dialog does not show: the training recipe, ranking
};

} // namespace wbc
