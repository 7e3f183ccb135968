#pragma once

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace wbc {

// Status-bar widget for one background job (import, detection): what runs, a progress bar and
// Cancel. The job polls the shared cancel flag it gets from start(). GUI thread.
class TaskProgress : public QWidget
{
    Q_OBJECT

public:
    explicit TaskProgress(QWidget *parent = nullptr);

    // Shows the widget and returns a fresh cancel flag for the job.
    std::shared_ptr<std::atomic_bool> start(const QString &what);
    void setProgress(int done, int total);
    // A line after what runs ("smear.svs, about 2 min left"); empty: none.
    void setDetail(const QString &detail);
    void finish();
    bool isRunning() const { return m_cancel != nullptr; }
    // What runs, as start() was told ("Importing smears"); empty when nothing does.
    QString what() const { return m_what; }
    void cancel();

Q_SIGNALS:
    // The job ended (done, failed or cancelled): finish() was called.
    void finished();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancelButton;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_what;
};

} // namespace wbc
