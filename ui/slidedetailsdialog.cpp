#include "slidedetailsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace wbc {

SlideDetailsDialog::SlideDetailsDialog(const SlideRecord &slide, QWidget *parent)
    : QDialog(parent)
    , m_slide(slide)
    , m_name(new QLineEdit(slide.name, this))
    , m_specimen(new QLineEdit(slide.specimen, this))
    , m_date(new QLineEdit(slide.collectedOn, this))
    , m_stain(new QLineEdit(slide.stain, this))
    , m_notes(new QPlainTextEdit(slide.notes, this))
{
    setWindowTitle(tr("Slide Details"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    m_specimen->setPlaceholderText(tr("patient or specimen id"));
    form->addRow(tr("&Specimen:"), m_specimen);
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    form->addRow(tr("&Date:"), m_date);
    m_stain->setPlaceholderText(tr("e.g. May-Grünwald-Giemsa"));
    form->addRow(tr("S&tain:"), m_stain);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("N&otes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto check = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, check);
    check();
}

SlideRecord SlideDetailsDialog::slide() const
{
    SlideRecord s = m_slide;
    s.name = m_name->text().trimmed();
    s.specimen = m_specimen->text().trimmed();
    s.collectedOn = m_date->text().trimmed();
    s.stain = m_stain->text().trimmed();
    s.notes = m_notes->toPlainText();
    return s;
}

} // namespace wbc
