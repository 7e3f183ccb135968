#pragma once

#include <QDialog>

#include "project/projectlocation.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wbc {

// File > Open Shared Project: where a lab's shared project lives (host, port, database, user,
// SSL mode) and, when the server asks for one, a password. The password stays in the
// ProjectLocation it returns, in memory only: the dialog remembers the rest for next time in the
// settings, never the password (PGPASSWORD and ~/.pgpass work too, so it can stay empty).
// GUI thread.
class OpenSharedProjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenSharedProjectDialog(QWidget *parent = nullptr);

    // Fills the fields (a recent project, or one whose password was wrong); its password, if
    // any, is not shown again.
    void setLocation(const ProjectLocation &location);
    // What the fields say, with the password typed (empty: none).
    ProjectLocation location() const;
    // A line above the fields, in bold: why the dialog asks (the server wants a password). Rich
    // text: escape what comes from elsewhere.
    void setMessage(const QString &text);
    // Puts the cursor in the password field.
    void focusPassword();

    void accept() override;

private:
    void updateOk();

    QLabel *m_message;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLabel *m_url;
    QDialogButtonBox *m_buttons;
};

} // namespace wbc
