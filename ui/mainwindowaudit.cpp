// MainWindow: Review > Check Labels... (the rest of the window is in mainwindow.cpp,
// mainwindowreview.cpp and mainwindowgallery.cpp).
#include <QStatusBar>

#include "cellgalleryview.h"
#include "checklabelsdialog.h"
#include "mainwindow.h"
#include "projectjob.h"
#include "reviewpanel.h"

namespace wbc {

namespace {

    // What the audit's worker hands back (runProjectJob wants a fatalError).
    struct CheckLabelsReport
    {
        QString fatalError;
        LabelAuditResult audit;
    };

    // Progress in thousandths of the audit.
    constexpr int kProgressSteps = 1000;

} // namespace

void MainWindow::chooseAndCheckLabels()
{
    if (!m_store)
        return;
    CheckLabelsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        checkLabels(dialog.params());
}

void MainWindow::checkLabels(const LabelAuditParams &params)
{
    if (!m_store)
        return;
    if (m_store->isReadOnly()) {
        showError(tr("%1 is open read-only: a label check stores its result in the project")
                      .arg(m_store->path()));
        return;
    }
    if (isBusy()) {
        statusBar()->showMessage(tr("Wait for the running job to finish, or cancel it"), 5000);
        return;
    }
    const QString path = m_store->path();
    runProjectJob<CheckLabelsReport>(
        this,
        m_task,
        tr("Checking labels"),
        path,
        [params](ProjectStore &store, const std::atomic_bool *cancel, auto progress) {
            CheckLabelsReport report;
            LabelAudit audit(params);
            audit.setCancelFlag(cancel);
            audit.setProgress([progress](const LabelAuditProgress &p) {
                progress(int(p.fraction * kProgressSteps), kProgressSteps);
            });
            report.audit = audit.run(store);
            return report;
        },
        [this, path](const CheckLabelsReport &r) {
            const bool ok = r.fatalError.isEmpty() && r.audit.ok;
            if (!r.fatalError.isEmpty())
                showError(r.fatalError);
            else if (r.audit.cancelled)
                statusBar()->showMessage(tr("Label check cancelled"), 10000);
            else if (!r.audit.ok)
                showError(tr("The label check failed: %1").arg(r.audit.error));
            if (ok && m_store && m_store->path() == path) {
                m_review->reloadAudit();
                m_gallery->reload();
                showReview();
                m_review->setSuspectQueue(true);
                statusBar()->showMessage(
                    tr("Label check: %1 cells in %2 folds, %n suspect(s), %3 s",
                        nullptr,
                        r.audit.suspects)
                        .arg(r.audit.cells.size())
                        .arg(r.audit.folds)
                        .arg(r.audit.seconds, 0, 'f', 0),
                    15000);
            }
            Q_EMIT auditFinished(ok);
        });
}

} // namespace wbc
