#pragma once

#include "project/projectstore.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace wbc {

// Edits one slide's record: name, patient or specimen id, date, stain and notes (the specimen
// id is printed on the slide's page of the differential count). The caller applies the result
// through ProjectCommands::updateSlide. GUI thread.
class SlideDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SlideDetailsDialog(const SlideRecord &slide, QWidget *parent = nullptr);
    SlideRecord slide() const;

private:
    SlideRecord m_slide;
    QLineEdit *m_name;
    QLineEdit *m_specimen;
    QLineEdit *m_date;
    QLineEdit *m_stain;
    QPlainTextEdit *m_notes;
};

} // namespace wbc
