#include "preferencesdialog.h"

#include "i18n.h"
#include "labelkeys.h"
#include "project/projectstore.h"
#include "setting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wbc {

namespace {

const Setting<QString> kUserName{"labeling/user"};
const Setting<bool> kAdvance{"labeling/advance", true};
const Setting<QString> kLanguage{"ui/language"};

} // namespace

QString PreferencesDialog::userName()
{
    const QString name = kUserName.value();
    return name.isEmpty() ? currentUserName() : name;
}

bool PreferencesDialog::advanceAfterLabel()
{
    return kAdvance.value();
}

QString PreferencesDialog::language()
{
    return kLanguage.value();
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_user(new QLineEdit(userName(), this))
    , m_advance(new QCheckBox(tr("After a label key, go to the next unlabeled image"), this))
    , m_binary(new QCheckBox(tr("Binary mode: label only polynuclear (P) or mononuclear (M)"),
                             this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_user->setAccessibleName(tr("Your name, recorded with every label"));
    form->addRow(tr("Your &name:"), m_user);
    m_advance->setChecked(advanceAfterLabel());
    form->addRow(QString(), m_advance);
    m_binary->setChecked(binaryLabelMode());
    m_binary->setToolTip(tr("For the polynuclear vs mononuclear task: two keys instead of five"));
    form->addRow(QString(), m_binary);
    m_language->addItem(tr("System"), QString());
    for (const i18n::Language &l : i18n::languages())
        m_language->addItem(l.nativeName, l.code); // in its own language, for whoever reads it
    m_language->setCurrentIndex(std::max(0, m_language->findData(language())));
    form->addRow(tr("&Language:"), m_language);
    auto *restart = new QLabel(tr("A new language applies when WBC Studio starts again."), this);
    restart->setWordWrap(true);
    form->addRow(QString(), restart);
    layout->addLayout(form);

    auto *keysBox = new QGroupBox(tr("Labeling keys"), this);
    auto *keysForm = new QFormLayout(keysBox);
    for (const LabelKey &k : labelKeys()) {
        auto *edit = new QKeySequenceEdit(k.key, keysBox);
        const QString name = labelKeyDisplayName(k.label);
        edit->setAccessibleName(tr("Key for %1").arg(name));
        keysForm->addRow(name + u':', edit);
        m_keys.append(edit);
    }
    auto *reset = new QPushButton(tr("Restore default keys"), keysBox);
    connect(reset, &QPushButton::clicked, this, [this] {
        const QList<LabelKey> keys = labelKeys();
        for (int i = 0; i < m_keys.size(); ++i)
            m_keys[i]->setKeySequence(defaultKeyFor(keys[i].label));
    });
    keysForm->addRow(QString(), reset);
    layout->addWidget(keysBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    kUserName.setValue(m_user->text().trimmed());
    kAdvance.setValue(m_advance->isChecked());
    kLanguage.setValue(m_language->currentData().toString());
    const QList<LabelKey> keys = labelKeys();
    for (int i = 0; i < m_keys.size() && i < keys.size(); ++i)
        setLabelKey(keys[i].label, m_keys[i]->keySequence());
    setBinaryLabelMode(m_binary->isChecked()); // its keys show the next time the dialog opens
    QDialog::accept();
}

} // namespace wbc
