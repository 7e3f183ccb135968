#pragma once

#include <QList>
#include <QSet>
#include <QWidget>

#include "base/cellclass.h"
#include "imagefilterproxy.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace wbc {

class ImageListModel;
class ProjectStore;
class ThumbnailDelegate;
class ThumbnailLoader;

// The image browser: a filter bar (filter, file-name search, sort) over a grid of thumbnails
// of the open project's images, each with one label badge per white cell. Reads the project
// only (bulk queries on setProject()/reload(), one image on refreshImage()); the store is owned by the main window and must outlive its use
// here (setProject(nullptr) before closing it). Thumbnails load lazily, for the cells on screen,
// on the ThumbnailLoader's own thread pool and are cached in "<project>.cache/thumbs".
// A filter re-applies when it is chosen again or the project reloads, not when one image
// changes, so a label set while "Unlabeled" is shown does not make the grid jump.
// GUI thread; owned by its parent widget.
class SlideBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit SlideBrowser(QWidget *parent = nullptr);
    ~SlideBrowser() override;

    // Shows the images of a project; nullptr empties the browser.
    void setProject(ProjectStore *store);
    ProjectStore *project() const { return m_store; }
    // Reads every image again, keeping the current image, the selection and the filters.
    void reload();
    // Reads one image again (after a label or flag change) and repaints its cell.
    void refreshImage(qint64 id);

    // The image with keyboard focus; 0 when none.
    qint64 currentImageId() const { return m_currentId; }
    // The selected images in view order.
    QList<qint64> selectedImageIds() const;
    // Makes an image current and the only one selected, scrolled into view. False when the
    // image is not shown (unknown, or hidden by a filter).
    bool selectImage(qint64 id);
    // Same, by file name (as shown under the thumbnail).
    bool selectImageNamed(const QString &fileName);
    // Moves to the next image after the current one in view order that needs labels (a white
    // cell without one, or no cell and no label). Returns false (and stays) when there is none
    // after it.
    bool selectNextUnlabeled();

    // Shows only these images, with a removable "Showing: <description>" chip above the grid
    // (for a click in a confusion matrix). An empty set shows nothing.
    void showOnly(const QSet<qint64> &ids, const QString &description);
    // Same, replacing the browser's filter and search (turned to "All images", cleared), so
    // every one of `ids` shows (a click in a confusion matrix asks for exactly those images).
    // Returns what it turned off ("" when nothing was on), for a message.
    QString showExactly(const QSet<qint64> &ids, const QString &description);
    void clearShowOnly();
    bool isShowingOnly() const;

    void setFilter(ImageFilter filter, CellClass cls = CellClass::Neutrophil);
    ImageFilter filter() const;
    void setSearchText(const QString &text);
    void setSort(ImageSort key, Qt::SortOrder order = Qt::AscendingOrder);
    // A classifier's prediction shown as a second badge (a later issue fills these).
    void setPrediction(qint64 id, const QString &cls, double confidence);

    // Images shown / in the project.
    int shownCount() const;
    int totalCount() const;

    ImageListModel *model() const { return m_model; }
    ImageFilterProxy *proxy() const { return m_proxy; }
    QListView *view() const { return m_view; }
    ThumbnailLoader *thumbnailLoader() const { return m_loader; }

Q_SIGNALS:
    void currentImageChanged(qint64 id);
    void selectionChanged();
    // Double click or Enter on an image.
    void imageActivated(qint64 id);
    // Tab (+1) or Shift+Tab (-1) in the grid: step through the shown field's cells. While
    // nothing is connected, Tab moves the focus as usual.
    void cellStepRequested(int step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void applyFilterFromCombo();
    void applySortFromCombo();
    void updateCurrent();
    void updateCount();
    // Makes `id` current again after the rows changed; else the first row; emits on change.
    void restoreCurrent(qint64 id, const QList<qint64> &selected = {});
    int thumbnailSideForScreen() const;

    ProjectStore *m_store = nullptr;
    ThumbnailLoader *m_loader = nullptr;
    ImageListModel *m_model = nullptr;
    ImageFilterProxy *m_proxy = nullptr;
    ThumbnailDelegate *m_delegate = nullptr;

    QComboBox *m_filterCombo = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_sortCombo = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_chip = nullptr;
    QLabel *m_chipLabel = nullptr;
    QToolButton *m_chipClose = nullptr;
    QListView *m_view = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_countTimer = nullptr;

    qint64 m_currentId = 0;
    bool m_restoring = false;
};

} // namespace wbc
