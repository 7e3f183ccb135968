#include "preferencesdialog.h"

#include "base/identity.h"
#include "project/datasetroots.h"

#include "i18n.h"
#include "labelkeys.h"
#include "project/projectstore.h"
#include "setting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace wbc {

namespace {

const Setting<bool> kAdvance{"labeling/advance", true};
const Setting<QString> kLanguage{"ui/language"};

} // namespace

QString PreferencesDialog::userName()
{
    return resolveUserName(); // WBC_USER, then the name set here, then the login name
}

QString PreferencesDialog::userNameAskingOnce(QWidget *parent)
{
    const QString known = userName();
    if (!known.isEmpty())
        return known;
    const QString name = QInputDialog::getText(parent, tr("Your Name"),
                                               tr("The label history records who set each "
                                                  "label. Your name:"))
                             .trimmed();
    setPreferencesUserName(name);
    return name;
}

bool PreferencesDialog::advanceAfterLabel()
{
    return kAdvance.value();
}

QString PreferencesDialog::language()
{
    return kLanguage.value();
}

QString PreferencesDialog::imageFolderFor(const QString &projectUrl)
{
    return datasetRootSetting(projectUrl);
}

void PreferencesDialog::setImageFolderFor(const QString &projectUrl, const QString &folder)
{
    setMappedDatasetRoot(projectUrl, folder); // the key `wbc` on this desk reads too
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_user(new QLineEdit(preferencesUserName(), this))
    , m_advance(new QCheckBox(tr("After a label key, go to the next unlabeled image"), this))
    , m_binary(new QCheckBox(tr("Binary mode: label only polynuclear (P) or mononuclear (M)"),
                             this))
    , m_language(new QComboBox(this))
    , m_sharedBox(new QGroupBox(tr("Shared project"), this))
    , m_imageFolder(new QLineEdit(this))
    , m_sharedUser(new QLabel(this))
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

    // The open shared project's images: the same files under another path on each desk.
    auto *sharedForm = new QFormLayout(m_sharedBox);
    m_sharedUser->setWordWrap(true);
    sharedForm->addRow(m_sharedUser);
    auto *folderRow = new QHBoxLayout;
    m_imageFolder->setObjectName(QStringLiteral("imageFolder"));
    m_imageFolder->setAccessibleName(tr("Image folder on this computer"));
    m_imageFolder->setToolTip(tr("Where this computer reads the project's images (e.g. the file "
                                 "share mounted here). Empty: the folder they were imported "
                                 "from."));
    m_imageFolder->setClearButtonEnabled(true);
    auto *choose = new QPushButton(tr("C&hoose..."), m_sharedBox);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Image Folder on This Computer"),
            m_imageFolder->text().isEmpty() ? m_imageFolder->placeholderText()
                                            : m_imageFolder->text());
        if (!dir.isEmpty())
            m_imageFolder->setText(QDir::toNativeSeparators(dir));
    });
    folderRow->addWidget(m_imageFolder, 1);
    folderRow->addWidget(choose);
    auto *folderLabel = new QLabel(tr("&Image folder on this computer:"), m_sharedBox);
    folderLabel->setBuddy(m_imageFolder);
    sharedForm->addRow(folderLabel, folderRow);
    m_sharedBox->hide();
    layout->addWidget(m_sharedBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    setPreferencesUserName(m_user->text().trimmed());
    kAdvance.setValue(m_advance->isChecked());
    kLanguage.setValue(m_language->currentData().toString());
    const QList<LabelKey> keys = labelKeys();
    for (int i = 0; i < m_keys.size() && i < keys.size(); ++i)
        setLabelKey(keys[i].label, m_keys[i]->keySequence());
    setBinaryLabelMode(m_binary->isChecked()); // its keys show the next time the dialog opens
    if (!m_sharedUrl.isEmpty())
        setImageFolderFor(m_sharedUrl, QDir::fromNativeSeparators(m_imageFolder->text().trimmed()));
    QDialog::accept();
}

void PreferencesDialog::setSharedProject(const QString &projectUrl, const QString &storedRoot,
                                         const QString &user)
{
    m_sharedUrl = projectUrl;
    m_sharedBox->setTitle(tr("Shared project %1").arg(projectUrl));
    m_sharedUser->setText(tr("The server records your labels in this project as %1, whatever "
                             "name is set above.")
                              .arg(user.toHtmlEscaped()));
    m_imageFolder->setPlaceholderText(QDir::toNativeSeparators(storedRoot));
    m_imageFolder->setText(QDir::toNativeSeparators(imageFolderFor(projectUrl)));
    m_sharedBox->show();
}

} // namespace wbc
