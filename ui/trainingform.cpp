#include "trainingform.h"

#include "setting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace wbc {

namespace {

// TrainParams::toJson() of the last run started from the form.
const Setting<QByteArray> kLastUsed{"training/lastParams"};

} // namespace

TrainingForm::TrainingForm(QWidget *parent)
    : QWidget(parent)
    , m_task(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_epochs(new QSpinBox(this))
    , m_batch(new QSpinBox(this))
    , m_lr(new QDoubleSpinBox(this))
    , m_perClass(new QSpinBox(this))
    , m_valFraction(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_device(new QComboBox(this))
    , m_deviceNote(new QLabel(this))
    , m_flips(new QCheckBox(tr("Flips"), this))
    , m_rotation(new QDoubleSpinBox(this))
    , m_shear(new QDoubleSpinBox(this))
    , m_colour(new QDoubleSpinBox(this))
    , m_singleCellFields(new QCheckBox(tr("Only fields with a single white cell"), this))
    , m_counts(new QLabel(this))
    , m_restoreDefaults(new QPushButton(tr("Restore De&faults"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *runBox = new QGroupBox(tr("Run"), this);
    auto *form = new QFormLayout(runBox);
    m_task->addItem(tr("Polynuclear vs mononuclear"), int(Task::Binary));
    m_task->addItem(tr("Four classes"), int(Task::Four));
    m_task->setAccessibleName(tr("Task"));
    form->addRow(tr("&Task:"), m_task);
    for (const QString &name : modelArchNames())
        m_model->addItem(name, name);
    m_model->setAccessibleName(tr("Model"));
    m_model->setToolTip(tr("lenet: the reference recipe; wbcnet: our residual network"));
    form->addRow(tr("&Model:"), m_model);
    m_epochs->setRange(1, 500);
    m_epochs->setAccessibleName(tr("Epochs"));
    form->addRow(tr("&Epochs:"), m_epochs);
    m_perClass->setRange(10, 100000);
    m_perClass->setSingleStep(100);
    m_perClass->setAccessibleName(tr("Augmented samples per class and epoch"));
    form->addRow(tr("Samples per &class:"), m_perClass);
    m_batch->setRange(1, 1024);
    m_batch->setAccessibleName(tr("Batch size"));
    form->addRow(tr("&Batch:"), m_batch);
    m_lr->setDecimals(5);
    m_lr->setRange(1e-5, 1.0);
    m_lr->setSingleStep(1e-4);
    m_lr->setAccessibleName(tr("Peak learning rate"));
    form->addRow(tr("&Learning rate:"), m_lr);
    m_valFraction->setRange(0.05, 0.5);
    m_valFraction->setSingleStep(0.05);
    m_valFraction->setAccessibleName(tr("Validation fraction"));
    form->addRow(tr("&Validation:"), m_valFraction);
    m_seed->setRange(0, 1 << 30);
    m_seed->setAccessibleName(tr("Random seed"));
    form->addRow(tr("&Seed:"), m_seed);
    m_device->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    m_device->setAccessibleName(tr("Compute device"));
    form->addRow(tr("&Device:"), m_device);
    m_deviceNote->setWordWrap(true);
    form->addRow(QString(), m_deviceNote);
    layout->addWidget(runBox);

    auto *augBox = new QGroupBox(tr("Augmentation"), this);
    auto *aug = new QFormLayout(augBox);
    aug->addRow(QString(), m_flips);
    m_rotation->setRange(0, 180);
    m_rotation->setSuffix(QStringLiteral("°"));
    m_rotation->setAccessibleName(tr("Maximum rotation"));
    aug->addRow(tr("&Rotation:"), m_rotation);
    m_shear->setRange(0, 0.5);
    m_shear->setSingleStep(0.05);
    m_shear->setAccessibleName(tr("Maximum shear"));
    aug->addRow(tr("S&hear:"), m_shear);
    m_colour->setRange(0, 0.5);
    m_colour->setSingleStep(0.05);
    m_colour->setAccessibleName(tr("Colour jitter"));
    aug->addRow(tr("C&olour jitter:"), m_colour);
    layout->addWidget(augBox);

    auto *dataBox = new QGroupBox(tr("Labelled cells"), this);
    auto *dataLayout = new QVBoxLayout(dataBox);
    m_singleCellFields->setToolTip(tr("Train as the seed recipe did: leave out the cells of "
                                      "fields that show several white cells"));
    dataLayout->addWidget(m_singleCellFields);
    m_counts->setWordWrap(true);
    m_counts->setAccessibleName(tr("Usable cells per class"));
    dataLayout->addWidget(m_counts);
    layout->addWidget(dataBox);
    m_restoreDefaults->setToolTip(tr("Go back to the recipe's settings"));
    layout->addWidget(m_restoreDefaults, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_task, &QComboBox::currentIndexChanged, this, &TrainingForm::taskChanged);
    connect(m_singleCellFields, &QCheckBox::toggled, this, &TrainingForm::taskChanged);
    connect(m_device, &QComboBox::currentIndexChanged, this, &TrainingForm::updateDeviceNote);
    connect(m_restoreDefaults, &QPushButton::clicked, this, &TrainingForm::restoreDefaults);
    setParams(lastUsed());
}

void TrainingForm::saveAsLastUsed() const
{
    TrainParams p = params();
    p.checkpointPath.clear(); // a run's own, never a setting
    kLastUsed.setValue(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact));
}

TrainParams TrainingForm::lastUsed()
{
    const QByteArray saved = kLastUsed.value();
    if (saved.isEmpty())
        return TrainParams();
    QString error;
    const std::optional<TrainParams> p
        = TrainParams::fromJson(QJsonDocument::fromJson(saved).object(), &error);
    return p ? *p : TrainParams();
}

void TrainingForm::restoreDefaults()
{
    setParams(TrainParams());
    saveAsLastUsed();
    Q_EMIT taskChanged(); // the counts follow the task
}

void TrainingForm::updateDeviceNote()
{
    QString error;
    const int threads = m_base.threads > 0 ? m_base.threads : QThread::idealThreadCount();
    const auto resolved = resolveComputeDevice(m_device->currentData().toString(), &error);
    if (!resolved)
        m_deviceNote->setText(QStringLiteral("<span style='color:#c0392b'>%1</span>")
                                  .arg(error.toHtmlEscaped()));
    else if (*resolved == u"cuda")
        m_deviceNote->setText(tr("Training runs on the GPU: %1.")
                                  .arg(computeDeviceDescription(*resolved).toHtmlEscaped()));
    else
        m_deviceNote->setText(m_device->currentData().toString() == u"cpu"
                                  ? tr("Training runs on the CPU (%n thread(s)).", nullptr,
                                       threads)
                                  : tr("No CUDA GPU is available to this LibTorch: training runs "
                                       "on the CPU (%n thread(s)).",
                                       nullptr, threads));
}

TrainParams TrainingForm::params() const
{
    TrainParams p = m_base;
    p.task = Task(m_task->currentData().toInt());
    p.arch = parseModelArch(m_model->currentData().toString()).value_or(p.arch);
    p.epochs = m_epochs->value();
    p.perClass = m_perClass->value();
    p.batch = m_batch->value();
    p.lr = m_lr->value();
    p.valFraction = m_valFraction->value();
    p.seed = quint64(m_seed->value());
    p.device = m_device->currentData().toString();
    p.augment.horizontalFlip = p.augment.verticalFlip = m_flips->isChecked();
    p.augment.maxRotationDeg = m_rotation->value();
    p.augment.maxShear = m_shear->value();
    p.augment.brightness = p.augment.contrast = m_colour->value();
    p.singleCellFields = m_singleCellFields->isChecked();
    return p;
}

void TrainingForm::setParams(const TrainParams &p)
{
    m_base = p;
    m_task->setCurrentIndex(m_task->findData(int(p.task)));
    m_model->setCurrentIndex(m_model->findData(modelArchName(p.arch)));
    m_epochs->setValue(p.epochs);
    m_perClass->setValue(p.perClass);
    m_batch->setValue(p.batch);
    m_lr->setValue(p.lr);
    m_valFraction->setValue(p.valFraction);
    m_seed->setValue(int(p.seed));
    m_device->setCurrentIndex(std::max(0, m_device->findData(p.device)));
    m_flips->setChecked(p.augment.horizontalFlip);
    m_rotation->setValue(p.augment.maxRotationDeg);
    m_shear->setValue(p.augment.maxShear);
    m_colour->setValue(p.augment.brightness);
    m_singleCellFields->setChecked(p.singleCellFields);
    updateDeviceNote();
}

void TrainingForm::setClassCounts(const QStringList &names, const std::vector<int> &counts,
                                  int minimum)
{
    QString text = QStringLiteral("<table>");
    m_countsOk = !counts.empty();
    m_countsProblem.clear();
    for (size_t i = 0; i < counts.size() && int(i) < names.size(); ++i) {
        const bool low = counts[i] < minimum;
        if (low && m_countsProblem.isEmpty())
            m_countsProblem = tr("%1 has only %2 labelled cells; label at least %3 to train.")
                                  .arg(names[int(i)])
                                  .arg(counts[i])
                                  .arg(minimum);
        m_countsOk = m_countsOk && !low;
        text += QStringLiteral("<tr><td>%1</td><td align=right>%2%3%4</td></tr>")
                    .arg(names[int(i)].toHtmlEscaped(),
                         low ? QStringLiteral("<b style='color:#c0392b'>") : QString(),
                         QString::number(counts[i]), low ? QStringLiteral("</b>") : QString());
    }
    text += QStringLiteral("</table><small>%1</small>")
                .arg(m_singleCellFields->isChecked()
                         ? tr("Labelled white cells of fields with one white cell; basophils, "
                              "unidentified and not-counted cells are left out.")
                         : tr("Labelled white cells, those of multi-cell fields included; "
                              "basophils, unidentified and not-counted cells are left out."));
    m_counts->setText(text);
}

} // namespace wbc
