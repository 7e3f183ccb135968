#include "reviewpanel.h"

#include "auditqueuemodel.h"
#include "projectcommands.h"
#include "reviewmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace wbc {

ReviewPanel::ReviewPanel(ProjectCommands *commands, ThumbnailLoader *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_commands(commands)
    , m_model(new ReviewModel(thumbnails, this))
    , m_proxy(new ReviewFilterProxy(this))
    , m_audit(new AuditQueueModel(thumbnails, this))
{
    m_proxy->setSourceModel(m_model);
    createWidgets();
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewPanel::updateSummary);
    connect(m_audit, &QAbstractItemModel::modelReset, this, &ReviewPanel::updateSummary);
    connect(m_audit, &QAbstractItemModel::rowsRemoved, this, &ReviewPanel::updateSummary);
    connect(m_audit, &QAbstractItemModel::rowsInserted, this, &ReviewPanel::updateSummary);
}

void ReviewPanel::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *top = new QHBoxLayout;
    m_modelLabel = new QLabel(this);
    m_modelLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_modelLabel, 1);
    m_predict = new QPushButton(tr("&Predict"), this);
    m_predict->setToolTip(tr("Run the active model over every image of the project"));
    m_retrain = new QPushButton(tr("Re&train"), this);
    m_retrain->setToolTip(tr("Train a new model on the labels as they are now"));
    m_report = new QPushButton(tr("Differential &Count..."), this);
    top->addWidget(m_predict);
    top->addWidget(m_retrain);
    top->addWidget(m_report);
    layout->addLayout(top);
    connect(m_predict, &QPushButton::clicked, this, &ReviewPanel::predictRequested);
    connect(m_retrain, &QPushButton::clicked, this, &ReviewPanel::retrainRequested);
    connect(m_report, &QPushButton::clicked, this, &ReviewPanel::reportRequested);

    auto *filters = new QHBoxLayout;
    m_disagreements = new QCheckBox(tr("Disagreements"), this);
    m_unreviewed = new QCheckBox(tr("Unreviewed"), this);
    m_lowConfidence = new QCheckBox(tr("Confidence below"), this);
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(1, 100);
    m_threshold->setValue(80);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setAccessibleName(tr("Confidence threshold"));
    m_class = new QComboBox(this);
    m_class->setAccessibleName(tr("Class filter"));
    m_class->addItem(tr("All classes"), -1);
    for (CellClass c : kAllCellClasses)
        m_class->addItem(cellClassDisplayName(c), int(c));
    for (CellClass c : kGroupClasses)
        m_class->addItem(cellClassDisplayName(c), int(c));
    m_queue = new QCheckBox(tr("Most uncertain unlabeled first"), this);
    m_queue->setToolTip(tr("The uncertainty queue: unlabeled cells the model is least sure "
                           "of, so the next labels teach it the most"));
    m_measure = new QComboBox(this);
    m_measure->setAccessibleName(tr("Uncertainty measure"));
    m_measure->addItem(tr("Margin"), int(UncertaintyMeasure::Margin));
    m_measure->addItem(tr("Entropy"), int(UncertaintyMeasure::Entropy));
    m_suspects = new QCheckBox(tr("Suspected label errors"), this);
    m_suspects->setToolTip(tr("The newest label check's suspects, worst first (Review > Check "
                              "Labels...): Enter keeps the label, a class key corrects it"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_disagreements, m_unreviewed,
                                                       m_lowConfidence, m_threshold, m_class,
                                                       m_queue, m_measure, m_suspects})
        filters->addWidget(w);
    filters->addStretch(1);
    layout->addLayout(filters);
    for (QCheckBox *box : {m_disagreements, m_unreviewed, m_lowConfidence, m_queue})
        connect(box, &QCheckBox::toggled, this, &ReviewPanel::applyFilters);
    connect(m_suspects, &QCheckBox::toggled, this, &ReviewPanel::setSuspectQueue);
    connect(m_threshold, &QSpinBox::valueChanged, this, &ReviewPanel::applyFilters);
    connect(m_class, &QComboBox::currentIndexChanged, this, &ReviewPanel::applyFilters);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setMeasure(UncertaintyMeasure(m_measure->currentData().toInt()));
        applyFilters();
    });

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Cell predictions to review"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setIconSize(QSize(48, 36));
    m_view->verticalHeader()->setDefaultSectionSize(40);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    showModel(m_proxy); // sorting and column widths per model
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    updateSummary();
}

void ReviewPanel::showModel(QAbstractItemModel *model)
{
    if (m_view->model() == model)
        return;
    QItemSelectionModel *old = m_view->selectionModel();
    m_view->setModel(model);
    delete old;
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentCellChanged(currentImageId(), currentCellId()); });
    if (model == m_audit) {
        m_view->setSortingEnabled(false); // worst first, always
        m_view->horizontalHeader()->setSortIndicatorShown(false);
        m_view->setColumnWidth(AuditQueueModel::Rank, 50);
        m_view->setColumnWidth(AuditQueueModel::File, 240);
        m_view->setColumnWidth(AuditQueueModel::Cell, 60);
        m_view->setColumnWidth(AuditQueueModel::Label, 110);
        m_view->setColumnWidth(AuditQueueModel::Suggested, 110);
        m_view->setColumnWidth(AuditQueueModel::Score, 70); // the probabilities stretch
    } else {
        m_view->horizontalHeader()->setSortIndicatorShown(true);
        m_view->setSortingEnabled(true);
        m_view->sortByColumn(-1, Qt::AscendingOrder);
        // As wide as the header (with its sort arrow) and the widest text the column shows,
        // measured in this language; at least the width the English layout gives.
        QStringList classes;
        for (CellClass cls : kAllCellClasses)
            classes.append(cellClassDisplayName(cls));
        const QStringList agreement = {ReviewModel::tr("agrees"), ReviewModel::tr("differs")};
        const auto fit = [this](int column, int base, const QStringList &texts = {}) {
            int width = std::max(base, m_view->horizontalHeader()->sectionSizeHint(column));
            for (const QString &t : texts)
                width = std::max(width, m_view->fontMetrics().horizontalAdvance(t) + 12);
            m_view->setColumnWidth(column, width);
        };
        fit(ReviewModel::File, 260);
        fit(ReviewModel::Cell, 60);
        fit(ReviewModel::Label, 110, classes);
        fit(ReviewModel::Prediction, 110, classes);
        fit(ReviewModel::Confidence, 90);
        fit(ReviewModel::Agreement, 90, agreement);
        fit(ReviewModel::Uncertainty, 90);
        fit(ReviewModel::Reviewed, 200);
    }
}

void ReviewPanel::setProject(ProjectStore *store)
{
    m_store = store;
    m_modelDescription.clear();
    m_previousDescription.clear();
    m_model->setProject(store);
    m_audit->setProject(store);
    updateSummary();
}

bool ReviewPanel::isSuspectQueue() const
{
    return m_view->model() == m_audit;
}

void ReviewPanel::setSuspectQueue(bool on)
{
    if (m_suspects->isChecked() != on) {
        m_suspects->setChecked(on); // toggled() calls back here
        return;
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_disagreements, m_unreviewed,
                                                       m_lowConfidence, m_class, m_queue,
                                                       m_measure})
        w->setEnabled(!on);
    m_threshold->setEnabled(!on && m_lowConfidence->isChecked());
    showModel(on ? static_cast<QAbstractItemModel *>(m_audit) : m_proxy);
    if (on && m_audit->rowCount() > 0) {
        m_view->setCurrentIndex(m_audit->index(0, 0));
        m_view->setFocus();
    }
    updateSummary();
}

void ReviewPanel::reloadAudit()
{
    const qint64 current = isSuspectQueue() ? currentCellId() : 0;
    m_audit->reload();
    if (current)
        selectCell(current);
    updateSummary();
}

void ReviewPanel::setModel(qint64 modelId, const QString &description)
{
    const qint64 before = m_model->modelId();
    const int hadPredictions = m_model->predictionCount();
    if (modelId != before)
        m_previousDescription = before ? m_modelDescription : QString();
    m_modelDescription = description;
    if (modelId == before)
        m_model->reload(); // new predictions of the same model
    else
        m_model->setModelId(modelId);
    applyFilters();
    if (before && modelId && modelId != before && m_model->predictionCount() == 0)
        Q_EMIT message(
            tr("%1 is now the active model. It has no predictions yet, so the review table is "
               "empty%2: press Predict, or Edit > Undo (%3) to make %4 active again.")
                .arg(description,
                     hadPredictions ? tr(" (%n cell(s) were listed)", nullptr, hadPredictions)
                                    : QString(),
                     QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText),
                     m_previousDescription));
}

void ReviewPanel::reload()
{
    const qint64 current = currentCellId();
    m_model->reload();
    applyFilters();
    if (current)
        selectCell(current);
}

void ReviewPanel::refreshImage(qint64 imageId)
{
    m_model->refreshImage(imageId);
    m_audit->refreshImage(imageId);
}

qint64 ReviewPanel::currentImageId() const
{
    return m_view->currentIndex().data(ReviewModel::ImageIdRole).toLongLong();
}

qint64 ReviewPanel::currentCellId() const
{
    return m_view->currentIndex().data(ReviewModel::CellIdRole).toLongLong();
}

bool ReviewPanel::selectImage(qint64 imageId)
{
    if (imageId && currentImageId() == imageId)
        return true;
    if (isSuspectQueue()) {
        const int row = m_audit->rowOfImage(imageId);
        if (row < 0)
            return false;
        m_view->setCurrentIndex(m_audit->index(row, 0));
        m_view->scrollTo(m_audit->index(row, 0));
        return true;
    }
    const int row = m_model->rowOfImage(imageId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool ReviewPanel::selectCell(qint64 cellId)
{
    if (isSuspectQueue()) {
        const int row = m_audit->rowOfCell(cellId);
        if (row < 0)
            return false;
        if (row != m_view->currentIndex().row()) {
            m_view->setCurrentIndex(m_audit->index(row, 0));
            m_view->scrollTo(m_audit->index(row, 0));
        }
        return true;
    }
    const int row = m_model->rowOfCell(cellId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    if (index.row() == m_view->currentIndex().row())
        return true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool ReviewPanel::hasReviewFocus() const
{
    return m_view->hasFocus();
}

void ReviewPanel::applyFilters()
{
    m_proxy->setDisagreementsOnly(m_disagreements->isChecked());
    m_proxy->setUnreviewedOnly(m_unreviewed->isChecked());
    m_threshold->setEnabled(!isSuspectQueue() && m_lowConfidence->isChecked());
    m_proxy->setConfidenceBelow(m_lowConfidence->isChecked()
                                    ? std::optional<double>(m_threshold->value() / 100.0)
                                    : std::nullopt);
    const int cls = m_class->currentData().toInt();
    m_proxy->setClassFilter(cls < 0 ? std::nullopt : std::optional<CellClass>(CellClass(cls)));
    m_proxy->setUncertaintyQueue(m_queue->isChecked());
    if (m_queue->isChecked())
        m_view->horizontalHeader()->setSortIndicator(ReviewModel::Uncertainty, Qt::DescendingOrder);
    updateSummary();
}

void ReviewPanel::updateSummary()
{
    if (m_store && isSuspectQueue()) {
        const AuditQueue &q = m_audit->queue();
        if (!q.auditId) {
            m_modelLabel->setText(tr("No label check yet: Review > Check Labels..."));
            m_summary->clear();
        } else {
            m_modelLabel->setText(
                tr("Label check %1 (%2 classes, %3 folds, %4)")
                    .arg(q.auditId)
                    .arg(q.task == u"binary" ? tr("two") : tr("four"))
                    .arg(q.folds)
                    .arg(QLocale().toString(q.finishedAt.toLocalTime(), QLocale::ShortFormat)));
            m_summary->setText(
                tr("%1 of %2 suspects still to decide, the most likely mislabelled first. Enter "
                   "keeps the label, a class key corrects it; the cell then leaves the queue. "
                   "Ctrl+Z undoes.")
                    .arg(m_audit->rowCount())
                    .arg(q.suspects));
        }
    } else if (!m_store) {
        m_modelLabel->setText(tr("No project open"));
        m_summary->clear();
    } else if (!m_model->modelId()) {
        m_modelLabel->setText(tr("No active model: train one, or choose one in the training "
                                 "dashboard's runs list."));
        m_summary->clear();
    } else {
        m_modelLabel->setText(tr("Model: %1").arg(m_modelDescription));
        m_summary->setText(
            m_model->predictionCount() == 0
                ? (m_previousDescription.isEmpty()
                       ? tr("No predictions yet: press Predict.")
                       : tr("No predictions yet for this model, which just became the active one: "
                            "press Predict, or Edit > Undo (%1) to make %2 active again.")
                             .arg(QKeySequence(QKeySequence::Undo)
                                      .toString(QKeySequence::NativeText),
                                  m_previousDescription))
                : tr("%1 of %2 cells shown. Enter accepts the row (the cell's label, or the "
                     "prediction for a cell without one), a class key corrects it; both go to "
                     "the next row. Ctrl+Z undoes.")
                      .arg(m_proxy->rowCount())
                      .arg(m_model->rowCount()));
    }
    const bool open = m_store != nullptr;
    m_predict->setEnabled(open && m_model->modelId());
    m_retrain->setEnabled(open);
    m_report->setEnabled(open);
}

bool ReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            acceptCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ReviewPanel::decideSuspect(const CellLabel &label, bool keep)
{
    const int row = m_view->currentIndex().row();
    const qint64 id = currentCellId();
    if (!id) {
        Q_EMIT message(tr("Select a cell to review"));
        return false;
    }
    const CellLabel given = m_audit->labelOf(row);
    const qint64 auditId = m_audit->auditId();
    // Keeping the label (Enter, or the key of the label it has) is a review that confirms it; a
    // correction names the audit that raised it.
    const bool ok = (keep || label == given)
                        ? m_commands->setCellLabel({id}, given, LabelOrigin::Review, auditId)
                        : m_commands->setCellLabel({id}, label, LabelOrigin::Audit, auditId);
    if (!ok)
        return false;
    // The decided row left the queue (refreshImage): the next one moved up to this place.
    const int next = std::min(row, m_audit->rowCount() - 1);
    if (next >= 0) {
        const QModelIndex index = m_audit->index(next, m_view->currentIndex().column());
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    return true;
}

bool ReviewPanel::acceptCurrent()
{
    if (isSuspectQueue())
        return decideSuspect(CellLabel(), true);
    const qint64 id = currentCellId();
    const auto prediction = id ? m_model->prediction(id) : std::nullopt;
    if (!prediction) {
        Q_EMIT message(tr("Select a cell to review"));
        return false;
    }
    // A labelled cell's label is confirmed; a cell without one takes the prediction.
    const auto label = m_model->label(id);
    review(label && !label->label.isUnlabelled() ? label->label
                                                 : CellLabel::ofClass(prediction->predicted));
    return true;
}

bool ReviewPanel::correctCurrent(const CellLabel &label)
{
    if (isSuspectQueue())
        return decideSuspect(label, false);
    if (!currentCellId()) {
        Q_EMIT message(tr("Select a cell to review"));
        return false;
    }
    review(label);
    return true;
}

void ReviewPanel::review(const CellLabel &label)
{
    const int row = m_view->currentIndex().row();
    const qint64 id = currentCellId();
    if (!m_commands->setCellLabel({id}, label, LabelOrigin::Review))
        return;
    advanceFrom(row);
}

void ReviewPanel::advanceFrom(int proxyRow)
{
    // Rows keep their place after a review (the filter is not re-run), so the next row is the
    // next image of the list the reviewer is working through.
    const int next = std::min(proxyRow + 1, m_proxy->rowCount() - 1);
    if (next < 0)
        return;
    const QModelIndex index = m_proxy->index(next, m_view->currentIndex().column());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool ReviewPanel::startUncertaintyQueue()
{
    m_queue->setChecked(true);
    applyFilters();
    if (m_proxy->rowCount() == 0)
        return false;
    m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_view->setFocus();
    return true;
}

} // namespace wbc
