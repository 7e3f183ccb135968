#pragma once

#include "report/differentialreport.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace wbc {

class ProjectStore;

// The differential count of a set of images (the whole project, the browser's selection, or
// one folder = slide or patient): counts and percentages per class from the labels and from the
// active model's predictions side by side, the images left out and why; exported as CSV or a
// printable PDF. GUI thread.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const ProjectStore &store, qint64 modelId, const QList<qint64> &selection,
                 QWidget *parent = nullptr);

    const DifferentialReport &report() const { return m_report; }
    QTableWidget *table() const { return m_table; }
    // Writes the report; the format follows the suffix (.csv, else PDF). False and a message
    // box naming the file on failure.
    bool exportTo(const QString &path);

private:
    void rebuild();
    void chooseAndExport(const QString &suffix);
    ReportSelection currentSelection() const;

    const ProjectStore &m_store;
    qint64 m_modelId;
    QList<qint64> m_selectedIds;
    DifferentialReport m_report;
    QButtonGroup *m_scope = nullptr;
    QComboBox *m_folder = nullptr;
    QCheckBox *m_usePredictions = nullptr;
    QLabel *m_header = nullptr;
    QTableWidget *m_table = nullptr;
    QTreeWidget *m_excluded = nullptr;
};

} // namespace wbc
