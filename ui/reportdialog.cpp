#include "reportdialog.h"

#include "project/projectstore.h"
#include "setting.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wbc {

namespace {

const Setting<QString> kLastDir{"report/lastDirectory"};

enum Scope { WholeProject, Selection, Folder };

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

    auto *scopeBox = new QGridLayout;
    m_scope = new QButtonGroup(this);
    auto *whole = new QRadioButton(tr("Whole project"), this);
    auto *selected = new QRadioButton(tr("Selected images (%n)", nullptr,
                                         int(m_selectedIds.size())),
                                      this);
    selected->setEnabled(!m_selectedIds.isEmpty());
    auto *folder = new QRadioButton(tr("Folder (slide or patient):"), this);
    m_folder = new QComboBox(this);
    m_folder->setAccessibleName(tr("Folder"));
    QSet<QString> folders;
    for (const ImageRecord &image : store.images())
        folders.insert(QFileInfo(image.path).path());
    QStringList sorted(folders.cbegin(), folders.cend());
    sorted.sort();
    for (const QString &f : std::as_const(sorted))
        m_folder->addItem(f == QLatin1String(".") ? tr("(project folder)") : f, f);
    folder->setEnabled(m_folder->count() > 1);
    m_folder->setEnabled(m_folder->count() > 1);
    m_scope->addButton(whole, WholeProject);
    m_scope->addButton(selected, Selection);
    m_scope->addButton(folder, Folder);
    (m_selectedIds.size() > 1 ? selected : whole)->setChecked(true);
    scopeBox->addWidget(whole, 0, 0);
    scopeBox->addWidget(selected, 1, 0);
    scopeBox->addWidget(folder, 2, 0);
    scopeBox->addWidget(m_folder, 2, 1);
    m_usePredictions = new QCheckBox(tr("Include the active model's predictions"), this);
    m_usePredictions->setChecked(modelId != 0);
    m_usePredictions->setEnabled(modelId != 0);
    scopeBox->addWidget(m_usePredictions, 3, 0, 1, 2);
    layout->addLayout(scopeBox);

    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);

    m_table = new QTableWidget(this);
    m_table->setAccessibleName(tr("Counts per class"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    layout->addWidget(m_table, 2);

    layout->addWidget(new QLabel(tr("Images left out of the count:"), this));
    m_excluded = new QTreeWidget(this);
    m_excluded->setAccessibleName(tr("Images left out"));
    m_excluded->setHeaderLabels({tr("Image"), tr("Why")});
    m_excluded->setRootIsDecorated(false);
    layout->addWidget(m_excluded, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *csv = buttons->addButton(tr("Export &CSV..."), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Export &PDF..."), QDialogButtonBox::ActionRole);
    connect(csv, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("csv")); });
    connect(pdf, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("pdf")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_scope, &QButtonGroup::idClicked, this, &ReportDialog::rebuild);
    connect(m_folder, &QComboBox::currentIndexChanged, this, [this] {
        if (m_scope->checkedId() == Folder)
            rebuild();
    });
    connect(m_usePredictions, &QCheckBox::toggled, this, &ReportDialog::rebuild);
    resize(720, 620);
    rebuild();
}

ReportSelection ReportDialog::currentSelection() const
{
    ReportSelection selection;
    switch (m_scope->checkedId()) {
    case Selection:
        selection.imageIds = m_selectedIds;
        selection.title = tr("%n selected image(s)", nullptr, int(m_selectedIds.size()));
        break;
    case Folder:
        selection.folder = m_folder->currentData().toString();
        selection.title = tr("Folder %1").arg(m_folder->currentText());
        break;
    default:
        break;
    }
    return selection;
}

void ReportDialog::rebuild()
{
    m_report = buildDifferentialReport(m_store, currentSelection(),
                                       m_usePredictions->isChecked() ? m_modelId : 0);
    const bool predictions = m_report.hasModel();
    m_header->setText(
        tr("%1 — %2 image(s); %3 labelled%4. %5 left out.")
            .arg(m_report.selectionDescription)
            .arg(m_report.imagesTotal)
            .arg(m_report.labelledTotal)
            .arg(predictions ? tr(", %1 predicted by %2")
                                   .arg(m_report.predictedTotal)
                                   .arg(m_report.modelName)
                             : QString())
            .arg(m_report.excluded.size()));

    QStringList headers = {tr("Class"), tr("Labelled"), tr("Labelled %")};
    if (predictions)
        headers << tr("Predicted") << tr("Predicted %");
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_report.rows.size()));
    for (int i = 0; i < m_report.rows.size(); ++i) {
        const DifferentialReport::Row &row = m_report.rows.at(i);
        QStringList cells = {cellClassDisplayName(row.cls), QLocale().toString(row.labelled),
                             percent(row.labelledPercent)};
        if (predictions && m_report.predicts(row))
            cells << QLocale().toString(row.predicted) << percent(row.predictedPercent);
        else if (predictions)
            cells << tr("n/a") << tr("n/a"); // a binary model predicts no single class
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row.subtotal) { // group rows add up classes already counted above
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            }
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();

    m_excluded->clear();
    for (const DifferentialReport::Exclusion &e : std::as_const(m_report.excluded)) {
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
    if (!ok)
        QMessageBox::warning(this, windowTitle(), error);
    return ok;
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
