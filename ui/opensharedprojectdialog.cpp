#include "opensharedprojectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "setting.h"

namespace wbc {

namespace {

    // What the dialog offered last time; never the password.
    const Setting<QString> kHost { "sharedProject/host", QStringLiteral("localhost") };
    const Setting<int> kPort { "sharedProject/port", 5432 };
    const Setting<QString> kDatabase { "sharedProject/database" };
    const Setting<QString> kUser { "sharedProject/user" };
    const Setting<QString> kSslMode { "sharedProject/sslmode", QStringLiteral("prefer") };

    // libpq's sslmode values; "prefer" is its default (and leaves the URL without sslmode).
    const char *const kSslModes[]
        = { "disable", "allow", "prefer", "require", "verify-ca", "verify-full" };
    const char kDefaultSslMode[] = "prefer";

} // namespace

OpenSharedProjectDialog::OpenSharedProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_host(new QLineEdit(kHost.value(), this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(kDatabase.value(), this))
    , m_user(new QLineEdit(kUser.value(), this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_url(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Shared Project"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_sslMode->setObjectName(QStringLiteral("sslmode"));

    m_message->setWordWrap(true);
    m_message->hide();
    auto *intro = new QLabel(tr("A project on the lab's PostgreSQL server. Your labels are "
                                "recorded under the user you connect as."),
        this);
    intro->setWordWrap(true);

    m_host->setPlaceholderText(tr("server name or address"));
    m_port->setRange(1, 65535);
    m_port->setValue(kPort.value());
    m_database->setPlaceholderText(tr("the project's database"));
    m_user->setPlaceholderText(tr("your PostgreSQL user"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only if the server asks for one"));
    m_password->setToolTip(tr("Kept in memory while the project is open, never saved. Without "
                              "one, PGPASSWORD or ~/.pgpass apply."));
    for (const char *mode : kSslModes)
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    const int ssl = m_sslMode->findData(kSslMode.value());
    m_sslMode->setCurrentIndex(
        ssl >= 0 ? ssl : m_sslMode->findData(QLatin1String(kDefaultSslMode)));
    m_sslMode->setToolTip(tr("How the connection is encrypted (libpq's sslmode): prefer uses "
                             "SSL when the server offers it"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setAccessibleName(tr("Project URL"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    form->addRow(tr("URL:"), m_url);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &OpenSharedProjectDialog::updateOk);
    connect(m_port, &QSpinBox::valueChanged, this, &OpenSharedProjectDialog::updateOk);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &OpenSharedProjectDialog::updateOk);
    updateOk();
    resize(460, sizeHint().height());
}

void OpenSharedProjectDialog::setLocation(const ProjectLocation &location)
{
    m_host->setText(location.host);
    m_port->setValue(location.port);
    m_database->setText(location.database);
    m_user->setText(location.user);
    m_password->clear();
    const int ssl = m_sslMode->findData(
        location.sslmode.isEmpty() ? QString::fromLatin1(kDefaultSslMode) : location.sslmode);
    if (ssl >= 0)
        m_sslMode->setCurrentIndex(ssl);
    updateOk();
}

ProjectLocation OpenSharedProjectDialog::location() const
{
    ProjectLocation l;
    l.kind = ProjectLocation::Kind::Postgres;
    l.host = m_host->text().trimmed();
    l.port = m_port->value();
    l.database = m_database->text().trimmed();
    l.user = m_user->text().trimmed();
    l.password = m_password->text();
    const QString ssl = m_sslMode->currentData().toString();
    l.sslmode = ssl == QLatin1String(kDefaultSslMode) ? QString() : ssl;
    return l;
}

void OpenSharedProjectDialog::setMessage(const QString &text)
{
    m_message->setText(text.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(text));
    m_message->setVisible(!text.isEmpty());
}

void OpenSharedProjectDialog::focusPassword()
{
    m_password->setFocus();
}

void OpenSharedProjectDialog::updateOk()
{
    const ProjectLocation l = location();
    const bool ok = !l.database.isEmpty() && !l.database.contains(u'/');
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(ok);
    m_url->setText(ok ? l.url() : QString());
}

void OpenSharedProjectDialog::accept()
{
    const ProjectLocation l = location();
    kHost.setValue(l.host);
    kPort.setValue(l.port);
    kDatabase.setValue(l.database);
    kUser.setValue(l.user);
    kSslMode.setValue(m_sslMode->currentData().toString());
    QDialog::accept();
}

} // namespace wbc
