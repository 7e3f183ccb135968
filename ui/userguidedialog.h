#pragma once

#include <QDialog>

class QTextBrowser;

namespace wbc {

// Help > User Guide: docs/USER_GUIDE.md as shipped with the program (a Qt resource, with the
// pictures it shows), rendered from its Markdown; links to the web open in the browser. Non-modal,
// one per main window; GUI thread.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // Where the guide is read from (qrc:/docs/USER_GUIDE.md).
    static QUrl source();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace wbc
