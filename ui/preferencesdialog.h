#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QKeySequenceEdit;
class QLineEdit;

namespace wbc {

// Preferences: the name recorded with every label, whether a label key advances to the next
// unlabeled image, and the labeling keys. Writes the settings on accept. GUI thread.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

    static QString userName();
    static bool advanceAfterLabel();

private:
    QLineEdit *m_user;
    QCheckBox *m_advance;
    QList<QKeySequenceEdit *> m_keys;
};

} // namespace wbc
