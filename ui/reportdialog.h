#pragma once

#include "report/differentialreport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTreeWidget;

namespace wbc {

class ProjectStore;

// The per-slide differential count of a selection of slides (all of them by default), optionally
// only the images selected in the browser: per class the white cells labelled and predicted,
// with the labels' 95 % Wilson intervals, the cells listed but not counted, the fields left out
// and why, one slide at a time or their total; exported as CSV or a PDF of one page per slide.
// A title and a patient or sample id go into the exports' headers and are kept per project (in
// the user's settings) for the next report. After an export a line names the file, with a link
// that opens its folder. GUI thread; reads the store it is given, which must outlive it.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const ProjectStore &store, qint64 modelId, const QList<qint64> &selection,
                 QWidget *parent = nullptr);

    const DifferentialReport &report() const { return m_report; }
    // The counts of the section shown (see showSection).
    QTableWidget *table() const { return m_table; }
    // The project's slides, checkable: the checked ones are reported.
    QListWidget *slideList() const { return m_slides; }
    QLabel *warning() const { return m_warning; }
    QTreeWidget *excludedList() const { return m_excluded; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *sampleIdEdit() const { return m_sampleId; }
    // "Saved: <path>" after an export, the path a link to its folder; hidden before.
    QLabel *savedMessage() const { return m_saved; }

    // Checks exactly these slides (by id) and rebuilds the report.
    void setCheckedSlides(const QList<qint64> &slideIds);
    // Shows report().slides[index] in the table, or the total for -1.
    void showSection(int index);
    // The section shown: an index into report().slides, -1 for the total.
    int shownSection() const;

    // Writes the report; the format follows the suffix (.csv, else PDF). False and a message
    // box naming the file on failure.
    bool exportTo(const QString &path);

private:
    void rebuild();
    void fillSection();
    void chooseAndExport(const QString &suffix);
    // The title and sample id typed, into the report and the settings.
    void takeFields();
    ReportSelection currentSelection() const;

    const ProjectStore &m_store;
    qint64 m_modelId;
    QList<qint64> m_selectedIds;
    DifferentialReport m_report;
    QListWidget *m_slides = nullptr;
    QCheckBox *m_onlySelected = nullptr;
    QCheckBox *m_usePredictions = nullptr;
    QComboBox *m_section = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_warning = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_notCounted = nullptr;
    QTreeWidget *m_excluded = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_sampleId = nullptr;
    QLabel *m_saved = nullptr;
};

} // namespace wbc
