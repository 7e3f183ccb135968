#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;

namespace wbc {

// Preferences: the name recorded with every label, whether a label key advances to the next
// unlabeled image, the labeling keys and the language of the user interface (applied at the next
// start); for an open shared project, the folder on this computer that holds its images. Writes
// the settings on accept. GUI thread.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

    static QString userName();
    // userName(), or, when there is none at all (base/identity.h), asks once and keeps the answer
    // in Preferences. Empty only if the person declines.
    static QString userNameAskingOnce(QWidget *parent);
    static bool advanceAfterLabel();
    // "" follows the system; otherwise a code from i18n::languages() ("de").
    static QString language();

    // Shared projects: where this computer finds the images of the project at projectUrl (empty:
    // the folder recorded at import), kept in the settings per project URL.
    static QString imageFolderFor(const QString &projectUrl);
    static void setImageFolderFor(const QString &projectUrl, const QString &folder);
    // Offers the image folder of this shared project (storedRoot: the folder recorded at import;
    // user: who the server records as the author of labels).
    void setSharedProject(const QString &projectUrl, const QString &storedRoot,
                          const QString &user);

private:
    QLineEdit *m_user;
    QCheckBox *m_advance;
    QCheckBox *m_binary;
    QComboBox *m_language;
    QList<QKeySequenceEdit *> m_keys;
    QGroupBox *m_sharedBox;
    QLineEdit *m_imageFolder;
    QLabel *m_sharedUser;
    QString m_sharedUrl;
};

} // namespace wbc
