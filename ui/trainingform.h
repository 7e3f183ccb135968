#pragma once

#include "training/trainer.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace wbc {

// The settings of a training run, defaulting to the engine's recipe (TrainParams()): task,
// model, epochs, batch, learning rate, samples per class, augmentation, validation fraction,
// seed and device (with which one is used and why), and whether only single-cell fields train.
// Also shows how many labelled cells each class has. Opens with the settings last used for a run
// (saveAsLastUsed(), kept in QSettings); "Restore Defaults" goes back to the recipe. GUI thread.
class TrainingForm : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingForm(QWidget *parent = nullptr);

    TrainParams params() const;
    void setParams(const TrainParams &params);
    // Labelled cells per class of the current task that would train; a class under
    // `minimum` is shown in red and canStart() is false.
    void setClassCounts(const QStringList &names, const std::vector<int> &counts, int minimum);
    bool canStart() const { return m_countsOk; }
    // Keeps these settings for the next form (the next start of the application).
    void saveAsLastUsed() const;
    // The settings last saved (the recipe when none or unreadable).
    static TrainParams lastUsed();
    // The recipe's settings, in the form and as the last used.
    void restoreDefaults();
    QPushButton *restoreDefaultsButton() const { return m_restoreDefaults; }
    QString countsProblem() const { return m_countsProblem; }

Q_SIGNALS:
    void taskChanged();

private:
    void updateDeviceNote();

    QComboBox *m_task;
    QComboBox *m_model;
    QSpinBox *m_epochs;
    QSpinBox *m_batch;
    QDoubleSpinBox *m_lr;
    QSpinBox *m_perClass;
    QDoubleSpinBox *m_valFraction;
    QSpinBox *m_seed;
    QComboBox *m_device;
    QLabel *m_deviceNote;
    QCheckBox *m_flips;
    QDoubleSpinBox *m_rotation;
    QDoubleSpinBox *m_shear;
    QDoubleSpinBox *m_colour;
    QCheckBox *m_singleCellFields;
    QLabel *m_counts;
    QPushButton *m_restoreDefaults;
    bool m_countsOk = false;
    QString m_countsProblem;
    TrainParams m_base;
};

} // namespace wbc
