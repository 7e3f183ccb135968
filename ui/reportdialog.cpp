#include "reportdialog.h"

#include "project/projectstore.h"
#include "setting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace wbc {

namespace {

const Setting<QString> kLastDir{"report/lastDirectory"};

// The title and sample id of a project's last report: "report/fields/<hash of its path>/...".
QString fieldKey(const ProjectStore &store, const char *field)
{
    const QByteArray hash = QCryptographicHash::hash(
        QFileInfo(store.path()).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("report/fields/%1/%2")
        .arg(QString::fromLatin1(hash.toHex()), QLatin1String(field));
}

constexpr int kSlideIdRole = Qt::UserRole;

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QLatin1Char('%');
}

} // namespace

ReportDialog::ReportDialog(const ProjectStore &store, qint64 modelId,
                           const QList<qint64> &selection, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_modelId(modelId)
    , m_selectedIds(selection)
{
    setWindowTitle(tr("Differential Count"));
    auto *layout = new QVBoxLayout(this);

    // What the exports are headed with, kept for the project's next report.
    auto *fields = new QFormLayout;
    m_title = new QLineEdit(QSettings().value(fieldKey(store, "title")).toString(), this);
    m_title->setAccessibleName(tr("Report title"));
    m_title->setPlaceholderText(defaultReportTitle());
    fields->addRow(tr("&Title:"), m_title);
    m_sampleId = new QLineEdit(QSettings().value(fieldKey(store, "sample")).toString(), this);
    m_sampleId->setAccessibleName(tr("Patient or sample ID"));
    m_sampleId->setPlaceholderText(tr("printed in the report's header"));
    fields->addRow(tr("Patient or sample &ID:"), m_sampleId);
    layout->addLayout(fields);

    auto *scope = new QHBoxLayout;
    auto *slideBox = new QVBoxLayout;
    slideBox->addWidget(new QLabel(tr("Slides to report:"), this));
    m_slides = new QListWidget(this);
    m_slides->setAccessibleName(tr("Slides to report"));
    for (const SlideSummary &s : store.slideSummaries()) {
        if (s.images == 0)
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 (%2 images, %3 cells)").arg(s.slide.name).arg(s.images).arg(s.cells), m_slides);
        item->setData(kSlideIdRole, s.slide.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        if (!s.slide.specimen.isEmpty())
            item->setToolTip(tr("Specimen %1").arg(s.slide.specimen));
    }
    m_slides->setMaximumHeight(m_slides->sizeHintForRow(0) * 6 + 2 * m_slides->frameWidth() + 4);
    slideBox->addWidget(m_slides);
    auto *allNone = new QHBoxLayout;
    auto *all = new QPushButton(tr("All"), this);
    auto *none = new QPushButton(tr("None"), this);
    allNone->addWidget(all);
    allNone->addWidget(none);
    allNone->addStretch();
    slideBox->addLayout(allNone);
    scope->addLayout(slideBox, 1);

    auto *options = new QVBoxLayout;
    m_onlySelected = new QCheckBox(tr("Only the images selected in the browser (%n)", nullptr,
                                      int(m_selectedIds.size())),
                                   this);
    m_onlySelected->setEnabled(!m_selectedIds.isEmpty());
    m_onlySelected->setChecked(m_selectedIds.size() > 1);
    options->addWidget(m_onlySelected);
    m_usePredictions = new QCheckBox(tr("Include the active model's predictions"), this);
    m_usePredictions->setChecked(modelId != 0);
    m_usePredictions->setEnabled(modelId != 0);
    options->addWidget(m_usePredictions);
    auto *show = new QFormLayout;
    m_section = new QComboBox(this);
    m_section->setAccessibleName(tr("Section shown"));
    show->addRow(tr("Show:"), m_section);
    options->addLayout(show);
    options->addStretch();
    scope->addLayout(options, 1);
    layout->addLayout(scope);

    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setAccessibleName(tr("Warning"));
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #8a3b00; background: #fdecd2; " // notr: style sheet
                                            "border: 1px solid #8a3b00; padding: 4px; }"));
    layout->addWidget(m_warning);

    m_table = new QTableWidget(this);
    m_table->setAccessibleName(tr("Counts per class"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    layout->addWidget(m_table, 2);
    m_notCounted = new QLabel(this);
    m_notCounted->setWordWrap(true);
    layout->addWidget(m_notCounted);

    layout->addWidget(new QLabel(tr("Fields left out of the count:"), this));
    m_excluded = new QTreeWidget(this);
    m_excluded->setAccessibleName(tr("Fields left out"));
    m_excluded->setHeaderLabels({tr("Image"), tr("Why")});
    m_excluded->setRootIsDecorated(false);
    layout->addWidget(m_excluded, 1);

    m_saved = new QLabel(this);
    m_saved->setAccessibleName(tr("Exported file"));
    m_saved->setTextFormat(Qt::RichText);
    m_saved->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_saved->setWordWrap(true);
    m_saved->hide();
    connect(m_saved, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    layout->addWidget(m_saved);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *csv = buttons->addButton(tr("Export &CSV..."), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Export &PDF..."), QDialogButtonBox::ActionRole);
    connect(csv, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("csv")); });
    connect(pdf, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("pdf")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto checkAll = [this](Qt::CheckState state) {
        {
            const QSignalBlocker blocker(m_slides);
            for (int i = 0; i < m_slides->count(); ++i)
                m_slides->item(i)->setCheckState(state);
        }
        rebuild();
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    connect(m_slides, &QListWidget::itemChanged, this, &ReportDialog::rebuild);
    connect(m_onlySelected, &QCheckBox::toggled, this, &ReportDialog::rebuild);
    connect(m_usePredictions, &QCheckBox::toggled, this, &ReportDialog::rebuild);
    connect(m_section, &QComboBox::currentIndexChanged, this, &ReportDialog::fillSection);
    connect(m_title, &QLineEdit::textChanged, this, &ReportDialog::takeFields);
    connect(m_sampleId, &QLineEdit::textChanged, this, &ReportDialog::takeFields);
    resize(760, 700);
    rebuild();
}

ReportSelection ReportDialog::currentSelection() const
{
    ReportSelection selection;
    bool all = true;
    for (int i = 0; i < m_slides->count(); ++i) {
        const QListWidgetItem *item = m_slides->item(i);
        if (item->checkState() == Qt::Checked)
            selection.slideIds.append(item->data(kSlideIdRole).toLongLong());
        else
            all = false;
    }
    if (all)
        selection.slideIds.clear(); // the whole project, images without a slide included
    else if (selection.slideIds.isEmpty())
        selection.slideIds = {-1}; // no slide checked: an empty report (no slide has id -1)
    if (m_onlySelected->isChecked())
        selection.imageIds = m_selectedIds;
    selection.title = m_title->text().simplified();
    selection.sampleId = m_sampleId->text().simplified();
    return selection;
}

void ReportDialog::takeFields()
{
    // Only the headers change: the counts stay as they are.
    const ReportSelection typed = currentSelection();
    m_report.title = typed.title.isEmpty() ? defaultReportTitle() : typed.title;
    m_report.titleGiven = !typed.title.isEmpty();
    m_report.sampleId = typed.sampleId;
    QSettings().setValue(fieldKey(m_store, "title"), typed.title);
    QSettings().setValue(fieldKey(m_store, "sample"), typed.sampleId);
}

void ReportDialog::setCheckedSlides(const QList<qint64> &slideIds)
{
    {
        const QSignalBlocker blocker(m_slides);
        for (int i = 0; i < m_slides->count(); ++i) {
            QListWidgetItem *item = m_slides->item(i);
            item->setCheckState(slideIds.contains(item->data(kSlideIdRole).toLongLong())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    }
    rebuild();
}

void ReportDialog::rebuild()
{
    const QString shown = m_section->currentIndex() >= 0
                              ? m_section->currentData(Qt::UserRole + 1).toString()
                              : QString();
    m_report = buildDifferentialReport(m_store, currentSelection(),
                                       m_usePredictions->isChecked() ? m_modelId : 0);
    const QSignalBlocker blocker(m_section);
    m_section->clear();
    for (int i = 0; i < m_report.slides.size(); ++i) {
        const DifferentialCount &c = m_report.slides.at(i);
        m_section->addItem(c.specimen.isEmpty() ? tr("Slide %1").arg(c.slide)
                                                : tr("Slide %1 (specimen %2)")
                                                      .arg(c.slide, c.specimen),
                           i);
        m_section->setItemData(i, c.slide, Qt::UserRole + 1);
    }
    if (m_report.slides.size() != 1) {
        m_section->addItem(tr("All reported slides (total)"), -1);
        m_section->setItemData(m_section->count() - 1, QStringLiteral("ALL"), Qt::UserRole + 1);
    }
    int index = m_section->findData(shown, Qt::UserRole + 1);
    if (index < 0) // several slides: their total first
        index = m_report.slides.size() == 1 ? 0 : m_section->count() - 1;
    m_section->setCurrentIndex(index);
    m_section->setEnabled(m_section->count() > 1);
    fillSection();
}

int ReportDialog::shownSection() const
{
    return m_section->currentIndex() >= 0 ? m_section->currentData().toInt() : -1;
}

void ReportDialog::showSection(int index)
{
    const int at = m_section->findData(index);
    if (at >= 0)
        m_section->setCurrentIndex(at); // currentIndexChanged fills the section
}

void ReportDialog::fillSection()
{
    const int index = shownSection();
    const DifferentialCount &c = index >= 0 && index < m_report.slides.size()
                                     ? m_report.slides.at(index)
                                     : m_report.total;
    const bool predictions = m_report.hasModel();
    QStringList authors;
    for (const auto &[name, n] : c.labelAuthors)
        authors.append(QStringLiteral("%1 (%2)").arg(name).arg(n));
    m_header->setText(
        tr("%1 — %2 of %3 field(s) counted, %4 white cells; %5 counted by label%6.")
            .arg(m_report.selectionDescription)
            .arg(c.fields)
            .arg(c.images)
            .arg(c.cells)
            .arg(c.labelledTotal)
            .arg(predictions ? tr(", %1 by %2").arg(c.predictedTotal).arg(m_report.modelName)
                             : QString())
        + (authors.isEmpty()
               ? QString()
               : QLatin1Char(' ')
                     + tr("Labelled by %1; last label %2.")
                           .arg(authors.join(QStringLiteral(", ")),
                                QLocale().toString(c.lastLabelledAt.toLocalTime(),
                                                   QLocale::ShortFormat))));
    QStringList warnings;
    if (c.labelledBelowMinimum())
        warnings.append(tr("Only %1 cells counted by label: fewer than the %2 of a manual "
                           "differential, so the percentages are imprecise.")
                            .arg(c.labelledTotal)
                            .arg(kMinimumDifferentialCells));
    const bool noPredictions = m_report.lacksPredictions(c);
    if (noPredictions)
        warnings.append(tr("No predictions of %1 for these cells: press Predict (Review > "
                           "Predict with Active Model), then open the differential count again.")
                            .arg(m_report.modelName));
    else if (predictions && c.predictedBelowMinimum())
        warnings.append(tr("Only %1 cells counted by prediction (fewer than %2).")
                            .arg(c.predictedTotal)
                            .arg(kMinimumDifferentialCells));
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());

    QStringList headers = {tr("Class"), tr("Labelled"), tr("Labelled %"), tr("95 % CI")};
    if (predictions)
        headers << tr("Predicted") << tr("Predicted %");
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeaderItem(3)->setToolTip(
        tr("95 % confidence interval of the labelled percentage (Wilson score interval)"));
    m_table->setRowCount(int(c.rows.size()));
    const QString dash = QStringLiteral("–");
    const bool labelled = c.labelledTotal > 0;
    for (int i = 0; i < c.rows.size(); ++i) {
        const DifferentialCount::Row &row = c.rows.at(i);
        QStringList cells = {row.subtotal ? tr("%1 (subtotal)").arg(cellClassDisplayName(row.cls))
                                          : cellClassDisplayName(row.cls),
                             QLocale().toString(row.labelled),
                             labelled ? percent(row.labelledPercent) : dash,
                             labelled ? tr("%1 – %2")
                                            .arg(percent(row.labelledInterval.low),
                                                 percent(row.labelledInterval.high))
                                      : dash};
        if (noPredictions)
            cells << dash << dash; // not "0" and "0.0 %": nothing was predicted
        else if (predictions && m_report.predicts(row))
            cells << QLocale().toString(row.predicted)
                  << (c.predictedTotal ? percent(row.predictedPercent) : dash);
        else if (predictions)
            cells << tr("n/a") << tr("n/a"); // a binary model predicts no single class
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row.subtotal) { // group rows add up classes already counted above
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            }
            m_table->setItem(i, col, item);
        }
    }
    m_table->resizeColumnsToContents();

    QStringList listed;
    for (const auto &[label, n] : c.notCounted)
        listed.append(tr("%1: %2").arg(label.displayName()).arg(n));
    listed.append(tr("not labelled yet: %1").arg(c.unlabelled));
    m_notCounted->setText(tr("Listed, not in the percentages: %1")
                              .arg(listed.join(QStringLiteral(" · "))));

    m_excluded->clear();
    for (const DifferentialCount::Exclusion &e : c.excluded) {
        auto *item = new QTreeWidgetItem({QFileInfo(e.file).fileName(), e.reason});
        item->setToolTip(0, e.file);
        m_excluded->addTopLevelItem(item);
    }
    m_excluded->resizeColumnToContents(0);
}

bool ReportDialog::exportTo(const QString &path)
{
    QString error;
    const bool ok = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                        ? writeReportCsv(m_report, path, &error)
                        : writeReportPdf(m_report, path, &error);
    if (!ok) {
        QMessageBox::warning(this, windowTitle(), error);
        m_saved->hide();
        return false;
    }
    const QFileInfo file(path);
    m_saved->setText(tr("Saved: %1").arg(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(QUrl::fromLocalFile(file.absolutePath()).toString(QUrl::FullyEncoded),
                 file.absoluteFilePath().toHtmlEscaped())));
    m_saved->setToolTip(tr("Opens the folder %1").arg(file.absolutePath()));
    m_saved->show();
    return true;
}

void ReportDialog::chooseAndExport(const QString &suffix)
{
    const QString dir = kLastDir.value().isEmpty() ? QFileInfo(m_store.path()).absolutePath()
                                                  : kLastDir.value();
    const QString name = QFileInfo(m_store.path()).completeBaseName()
                         + QStringLiteral("-differential.") + suffix;
    const QString filter = suffix == QLatin1String("csv") ? tr("CSV files (*.csv)")
                                                          : tr("PDF files (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Differential Count"),
                                                dir + QLatin1Char('/') + name, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    kLastDir.setValue(QFileInfo(path).absolutePath());
    if (exportTo(path))
        setWindowTitle(tr("Differential Count — saved %1").arg(QFileInfo(path).fileName()));
}

} // namespace wbc
