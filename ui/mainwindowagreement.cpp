// MainWindow: Tools > Inter-annotator Agreement and Review > Adjudicate Disagreements (the rest
// of the window is in mainwindow.cpp, mainwindowreview.cpp, mainwindowaudit.cpp and
// mainwindowgallery.cpp).
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include "adjudicationqueue.h"
#include "agreementdialog.h"
#include "cellgalleryview.h"
#include "mainwindow.h"
#include "project/projectrole.h"
#include "project/projectstore.h"
#include "review/agreement.h"

namespace wbc {

void MainWindow::createAgreementActions(QMenu *review)
{
    // The queue shares the gallery's crops: a cell cut once serves both.
    m_adjudication = new AdjudicationQueue(m_commands, m_gallery->cropLoader(), this);
    m_adjudicationDock = new QDockWidget(tr("Adjudication"), this);
    m_adjudicationDock->setObjectName(QStringLiteral("adjudicationDock"));
    m_adjudicationDock->setWidget(m_adjudication);
    addDockWidget(Qt::BottomDockWidgetArea, m_adjudicationDock);
    tabifyDockWidget(m_reviewDock, m_adjudicationDock);
    m_adjudicationDock->hide();
    m_viewMenu->addAction(m_adjudicationDock->toggleViewAction());
    connect(m_adjudication,
        &AdjudicationQueue::currentCellChanged,
        this,
        [this](qint64 imageId, qint64 cellId) {
            if (m_adjudicationDock->isVisible()) // the viewer follows the queue
                openGalleryCell(imageId, cellId);
        });
    connect(m_adjudication, &AdjudicationQueue::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
    });
    connect(this, &MainWindow::projectOpened, this, [this] { setAgreementProject(m_store.get()); });

    m_adjudicateAction = review->addAction(
        tr("&Adjudicate Disagreements..."), this, &MainWindow::showAdjudication);
    m_adjudicateAction->setStatusTip(tr("Decide the cells where annotators disagree: the choice "
                                        "becomes the cell's label"));
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *agreement
        = tools->addAction(tr("Inter-annotator &Agreement..."), this, &MainWindow::showAgreement);
    agreement->setStatusTip(tr("How well the annotators of this project agree: Cohen's and "
                               "Fleiss' kappa, per class, confusion matrices"));
    m_projectActions << agreement;
    setAgreementProject(nullptr);
}

void MainWindow::setAgreementProject(ProjectStore *store)
{
    m_adjudication->setProject(store);
    const bool reviewer = store && canReview(store->role());
    m_adjudicateAction->setEnabled(reviewer && !store->isReadOnly());
    m_adjudicateAction->setToolTip(
        !store || reviewer ? QString() : tr("Only a reviewer or the project's owner adjudicates"));
    if (AgreementDialog *dialog = agreementDialog(); dialog && !store)
        dialog->close(); // its numbers were the closed project's
}

AgreementDialog *MainWindow::agreementDialog() const
{
    AgreementDialog *dialog = findChild<AgreementDialog *>(QString(), Qt::FindDirectChildrenOnly);
    return dialog && dialog->isVisible() ? dialog : nullptr; // a closed one is being deleted
}

void MainWindow::showAgreement()
{
    if (!m_store)
        return;
    const AgreementReport report = computeAgreement(m_store->annotatorLabels());
    if (AgreementDialog *open = agreementDialog()) {
        open->setReport(report);
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new AgreementDialog(report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AgreementDialog::cellsChosen, this, &MainWindow::showAgreementCells);
    connect(dialog, &AgreementDialog::refreshRequested, dialog, [this, dialog] {
        if (m_store)
            dialog->setReport(computeAgreement(m_store->annotatorLabels()));
    });
    dialog->show();
}

void MainWindow::showAdjudication()
{
    if (!m_store)
        return;
    m_adjudication->showAllDisagreements();
    raiseAdjudication();
}

void MainWindow::showAgreementCells(const QList<qint64> &cellIds, const QString &description)
{
    if (!m_store || cellIds.isEmpty())
        return;
    m_adjudication->showCells(cellIds, description);
    raiseAdjudication();
}

void MainWindow::raiseAdjudication()
{
    m_adjudicationDock->show();
    m_adjudicationDock->raise();
    // Once laid out, give a cramped queue a good share of the height.
    QTimer::singleShot(0, this, [this] {
        if (m_adjudicationDock->height() < height() / 3)
            resizeDocks({ m_adjudicationDock }, { height() * 2 / 5 }, Qt::Vertical);
    });
    if (const qint64 cellId = m_adjudication->currentCellId())
        openGalleryCell(m_adjudication->currentImageId(), cellId);
    m_adjudication->view()->setFocus();
}

} // namespace wbc
