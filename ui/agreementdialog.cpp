#include "agreementdialog.h"

#include <cmath>

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "cellclassstyle.h"
#include "confusionmatrixview.h"

namespace wbc {

namespace {

    QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
    {
        auto *table = new QTableWidget(0, int(headers.size()), parent);
        table->setHorizontalHeaderLabels(headers);
        table->setAccessibleName(name);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        // Numbers next to the names they belong to: the name column takes the spare width.
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        return table;
    }

    // Fills one row; numbers are right-aligned.
    void setRow(QTableWidget *table, int row, const QStringList &texts, int firstNumber)
    {
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            if (c >= firstNumber)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, c, item);
        }
    }

    QWidget *group(const QString &title, QWidget *content, QWidget *parent)
    {
        auto *box = new QGroupBox(title, parent);
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(content);
        return box;
    }

} // namespace

AgreementDialog::AgreementDialog(const AgreementReport &report, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Inter-annotator Agreement"));
    createWidgets();
    setReport(report);
    resize(1100, 680);
}

QString AgreementDialog::kappaBand(double kappa)
{
    if (std::isnan(kappa))
        return {};
    if (kappa < 0.0)
        return tr("poor");
    if (kappa <= 0.2)
        return tr("slight");
    if (kappa <= 0.4)
        return tr("fair");
    if (kappa <= 0.6)
        return tr("moderate");
    if (kappa <= 0.8)
        return tr("substantial");
    return tr("almost perfect");
}

QString AgreementDialog::kappaText(double kappa)
{
    return std::isnan(kappa) ? QStringLiteral("—") : QLocale().toString(kappa, 'f', 2);
}

void AgreementDialog::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_annotators = makeTable({ tr("Annotator"), tr("Cells labelled") }, tr("Annotators"), this);
    m_pairs = makeTable({ tr("Annotator A"),
                            tr("Annotator B"),
                            tr("Cells"),
                            tr("Cohen's κ"),
                            tr("Agreement"),
                            tr("Same class") },
        tr("Annotator pairs"),
        this);
    m_pairs->setToolTip(tr("Cells: labelled with a class by both. Cohen's κ: 1 when they always "
                           "agree, 0 when they agree only as often as chance would."));
    m_classes = makeTable(
        { tr("Class"), tr("Specific agreement"), tr("Ratings") }, tr("Agreement per class"), this);
    m_classes->setToolTip(tr("Of the pairs of ratings in which one annotator chose the class, the "
                             "share in which the other chose it too"));
    auto *left = new QVBoxLayout;
    left->addWidget(group(tr("Annotators"), m_annotators, this), 2);
    left->addWidget(group(tr("Pairs"), m_pairs, this), 3);
    left->addWidget(group(tr("Per class"), m_classes, this), 3);

    m_matrix = new ConfusionMatrixView(this);
    m_matrix->setPlaceholder(tr("Choose a pair of annotators who labelled the same cells."));
    auto *body = new QHBoxLayout;
    body->addLayout(left, 5);
    body->addWidget(group(tr("Confusion matrix of the chosen pair"), m_matrix, this), 4);
    layout->addLayout(body, 1);

    auto *note = new QLabel(tr("Only class labels are ratings: a cell an annotator called "
                               "unidentified or not counted is not rated by them. Kappa in words "
                               "after Landis and Koch (1977). Click a matrix entry to see its "
                               "cells."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refresh->setToolTip(tr("Read the labels again"));
    connect(refresh, &QPushButton::clicked, this, &AgreementDialog::refreshRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_pairs->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        [this](const QModelIndex &current) { selectPair(current.row()); });
    connect(m_matrix, &ConfusionMatrixView::cellClicked, this, &AgreementDialog::onMatrixClicked);
}

void AgreementDialog::setReport(const AgreementReport &report)
{
    const QPair<QString, QString> chosen = m_pair >= 0 && m_pair < m_report.pairs.size()
        ? qMakePair(m_report.pairs.at(m_pair).a, m_report.pairs.at(m_pair).b)
        : QPair<QString, QString>();
    m_report = report;
    m_pair = -1;
    fillTables();
    // The same pair again after a refresh, else the first one.
    int pair = m_report.pairs.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_report.pairs.size(); ++i) {
        if (m_report.pairs.at(i).a == chosen.first && m_report.pairs.at(i).b == chosen.second)
            pair = i;
    }
    if (pair >= 0)
        m_pairs->setCurrentCell(pair, 0);
    selectPair(pair);
}

void AgreementDialog::fillTables()
{
    const AgreementReport &r = m_report;
    const int n = int(r.annotators.size());
    if (n < 2) {
        m_summary->setText(tr("Agreement needs two annotators: %n annotator(s) labelled cells of "
                              "this project with a class.",
            nullptr,
            n));
    } else if (std::isnan(r.fleissKappa)) {
        m_summary->setText(tr("%1 annotators. Fleiss' κ: no cell was labelled with a class by "
                              "every annotator.")
                               .arg(n));
    } else {
        m_summary->setText(tr("%1 annotators. Fleiss' κ %2 (%3) over the %n cell(s) every "
                              "annotator labelled with a class.",
            nullptr,
            r.fleissCells)
                               .arg(n)
                               .arg(kappaText(r.fleissKappa), kappaBand(r.fleissKappa)));
    }

    m_annotators->setRowCount(n);
    int row = 0;
    for (auto it = r.annotators.cbegin(); it != r.annotators.cend(); ++it, ++row)
        setRow(m_annotators, row, { it.key(), QLocale().toString(it.value()) }, 1);

    m_pairs->setRowCount(int(r.pairs.size()));
    for (int i = 0; i < r.pairs.size(); ++i) {
        const PairAgreement &p = r.pairs.at(i);
        const QString observed = std::isnan(p.observed)
            ? QStringLiteral("—")
            : tr("%1 %").arg(QLocale().toString(p.observed * 100.0, 'f', 0));
        setRow(m_pairs,
            i,
            { p.a, p.b, QLocale().toString(p.n), kappaText(p.kappa), kappaBand(p.kappa), observed },
            2);
        m_pairs->item(i, 4)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }

    m_classes->setRowCount(int(r.perClass.size()));
    for (int i = 0; i < r.perClass.size(); ++i) {
        const ClassAgreement &c = r.perClass.at(i);
        setRow(m_classes,
            i,
            { cellClassDisplayName(c.cls),
                kappaText(c.specificAgreement),
                QLocale().toString(c.ratings) },
            1);
    }
}

void AgreementDialog::selectPair(int pair)
{
    if (pair < 0 || pair >= m_report.pairs.size() || m_report.pairs.at(pair).n == 0) {
        m_pair = pair < m_report.pairs.size() ? pair : -1;
        m_matrix->setAxisNames(QString(), QString());
        m_matrix->clear();
        return;
    }
    m_pair = pair;
    const PairAgreement &p = m_report.pairs.at(pair);
    QStringList names;
    QStringList codes;
    for (CellClass c : p.classes) {
        names.append(cellClassDisplayName(c));
        codes.append(cellstyle::classCode(c));
    }
    m_matrix->setShortNames(codes);
    std::vector<std::vector<int>> counts;
    for (const QList<int> &line : p.confusion)
        counts.emplace_back(line.cbegin(), line.cend());
    m_matrix->setAxisNames(p.a, p.b);
    m_matrix->setMatrix(names, counts, tr("%1 (rows) against %2 (columns)").arg(p.a, p.b));
}

QList<qint64> AgreementDialog::cellsAt(int row, int column) const
{
    if (m_pair < 0 || m_pair >= m_report.pairs.size())
        return {};
    return m_report.pairs.at(m_pair).cellsAt.value(qMakePair(row, column));
}

void AgreementDialog::onMatrixClicked(int row, int column)
{
    const QList<qint64> ids = cellsAt(row, column);
    if (ids.isEmpty())
        return;
    const PairAgreement &p = m_report.pairs.at(m_pair);
    Q_EMIT cellsChosen(ids,
        tr("%1 said %2 and %3 said %4")
            .arg(p.a,
                cellClassDisplayName(p.classes.value(row)),
                p.b,
                cellClassDisplayName(p.classes.value(column))));
}

} // namespace wbc
