#pragma once

#include <QDockWidget>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include "project/projectstore.h"

class QTimer;
class QTreeView;
template <typename T> class QFutureWatcher;

namespace wbc {

class ProjectCommands;
class SlideListModel;

// The slide list: every slide of the project with its images, white cells and labelling progress
// (labelled / total, as a bar), under a first row for the whole project. Choosing a row reports
// the slide and its images (slideSelected), for the main window to filter the slide browser and
// the cell gallery. A slide is renamed in place (double click, F2 or the context menu); a name
// another slide has is refused with a message. Counts are read on a worker with its own
// connection (slide summaries are whole-table queries) and refreshed, at most a few times a
// second, after labels change. The store is the main window's and must outlive its use here
// (setProject(nullptr) before it closes). GUI thread.
class SlideListDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshDelayMs = 300;

    explicit SlideListDock(QWidget *parent = nullptr);
    ~SlideListDock() override;

    void setProject(ProjectStore *store);
    // Renames go through commands (undoable); its label and slide changes refresh the counts.
    void setCommands(ProjectCommands *commands);
    // Reads the counts again now (in the background; refreshed() follows).
    void refresh();
    // Reads them again after a short delay; calls in a burst make one read.
    void scheduleRefresh();
    bool isRefreshing() const { return m_reading != nullptr; }

    // 0: the whole project.
    qint64 selectedSlideId() const;
    bool selectSlide(qint64 slideId);
    QSet<qint64> imagesOfSlide(qint64 slideId) const;
    // Renames through the commands (else the store); false, with a message, when the name is
    // empty or taken.
    bool renameSlide(qint64 slideId, const QString &name);
    // Opens the slide's details (name, specimen id, date, stain, notes); applied undoably.
    void editDetails(qint64 slideId);

    SlideListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    // slideId 0: the whole project (imageIds empty).
    void slideSelected(qint64 slideId, const QSet<qint64> &imageIds, const QString &name);
    void slideRenamed(qint64 slideId, const QString &name);
    void renameFailed(const QString &message);
    void refreshed();

private:
    struct Snapshot
    {
        QList<SlideSummary> summaries;
        QHash<qint64, QList<qint64>> imagesBySlide;
        QString error;
    };

    void apply(const Snapshot &snapshot);
    void emitSelection();
    void showContextMenu(const QPoint &pos);

    ProjectStore *m_store = nullptr;
    QPointer<ProjectCommands> m_commands;
    SlideListModel *m_model;
    QTreeView *m_view;
    QTimer *m_refreshTimer;
    QThreadPool m_pool;
    QFutureWatcher<Snapshot> *m_reading = nullptr;
    bool m_readAgain = false;
    QHash<qint64, QList<qint64>> m_imagesBySlide;
    qint64 m_selected = 0;
};

} // namespace wbc
