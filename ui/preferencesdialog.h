#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QKeySequenceEdit;
class QLineEdit;

namespace wbc {

// Preferences: the name recorded with every label, whether a label key advances to the next
// unlabeled image, the labeling keys and the language of the user interface (applied at the next
// start). Writes the settings on accept. GUI thread.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

    static QString userName();
    static bool advanceAfterLabel();
    // "" follows the system; otherwise a code from i18n::languages() ("de").
    static QString language();

private:
    QLineEdit *m_user;
    QCheckBox *m_advance;
    QCheckBox *m_binary;
    QComboBox *m_language;
    QList<QKeySequenceEdit *> m_keys;
};

} // namespace wbc
