#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace wbc {

// A non-modal bar across the top of the central area that says what is wrong while it lasts (the
// server of a shared project does not answer; its images are not on this computer), with an
// optional button that helps (Preferences...). Hidden until showMessage(); flash() draws the eye
// to it again when the user does what it warns about. The main window owns it; GUI thread.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    QString text() const;
    Kind kind() const { return m_kind; }
    // A button at the end of the bar; an empty text removes it.
    void setActionText(const QString &text);
    // Briefly brighter, once per call (a label key pressed while labels cannot be saved).
    void flash();
    bool isFlashing() const;

Q_SIGNALS:
    void actionTriggered();

private:
    void applyStyle(bool bright);

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QTimer *m_flashTimer;
    Kind m_kind = Kind::Error;
};

} // namespace wbc
