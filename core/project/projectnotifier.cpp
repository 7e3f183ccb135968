#include "project/projectnotifier.h"

#include "project/postgresschema.h"
#include "project/projectstore.h"

#include <QFutureWatcher>
#include <QSqlDriver>
#include <QtConcurrent>
#include <QTimer>
#include <QVariant>

namespace wbc {

ProjectNotifier::ProjectNotifier(ProjectStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_keepalive(new QTimer(this)), m_coalesce(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &ProjectNotifier::flush);
    if (!m_store || !m_store->isShared())
        return;
    m_keepalive->setInterval(kKeepaliveMs);
    connect(m_keepalive, &QTimer::timeout, this, &ProjectNotifier::probe);
    m_keepalive->start();
    subscribe();
}

ProjectNotifier::~ProjectNotifier() = default;

void ProjectNotifier::subscribe()
{
    QSqlDriver *driver = m_store->database().driver();
    if (!driver)
        return;
    // A reconnect makes a new PGconn: drop the old subscriptions, listen again.
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    for (const char *channel : {postgres::kCellsChannel, postgres::kImagesChannel}) {
        const QString name = QLatin1String(channel);
        if (driver->subscribedToNotifications().contains(name))
            driver->unsubscribeFromNotification(name);
        driver->subscribeToNotification(name);
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                onNotification(name, payload);
            });
}

void ProjectNotifier::onNotification(const QString &name, const QVariant &payload)
{
    bool ok = false;
    const qint64 id = payload.toString().toLongLong(&ok);
    if (!ok)
        return;
    if (name == QLatin1String(postgres::kCellsChannel))
        m_cells.insert(id);
    else if (name == QLatin1String(postgres::kImagesChannel))
        m_images.insert(id);
    else
        return;
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void ProjectNotifier::flush()
{
    if (!m_cells.isEmpty()) {
        QList<qint64> ids(m_cells.cbegin(), m_cells.cend());
        m_cells.clear();
        std::sort(ids.begin(), ids.end());
        Q_EMIT cellsChanged(ids);
    }
    if (!m_images.isEmpty()) {
        QList<qint64> ids(m_images.cbegin(), m_images.cend());
        m_images.clear();
        std::sort(ids.begin(), ids.end());
        Q_EMIT imagesChanged(ids);
    }
}

void ProjectNotifier::probe()
{
    if (m_probing || !m_store || !m_store->isShared())
        return;
    m_probing = true;
    auto *watcher = new QFutureWatcher<std::pair<bool, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<bool, QString>>::finished, this, [this, watcher] {
        const auto [reachable, error] = watcher->result();
        watcher->deleteLater();
        m_probing = false;
        probed(reachable, error);
    });
    const QString name = m_store->connectionName();
    watcher->setFuture(QtConcurrent::run([name] {
        QString error;
        const bool ok = ProjectStore::probe(name, &error);
        return std::pair{ok, error};
    }));
}

void ProjectNotifier::probed(bool reachable, const QString &error)
{
    if (!reachable) {
        if (m_connected) {
            m_connected = false;
            m_error = tr("%1: the server does not answer (%2)").arg(m_store->path(), error);
            Q_EMIT connectionLost(m_error);
        }
        return;
    }
    // The server answers: the store's own connection must too (quick now), else it was
    // restarted between two probes or we are coming back.
    checkConnection();
}

bool ProjectNotifier::checkConnection()
{
    if (!m_store || !m_store->isShared())
        return true;
    if (m_connected) {
        if (m_store->ping())
            return true;
        m_connected = false;
        m_error = m_store->lastError();
        Q_EMIT connectionLost(m_error);
    }
    QString error;
    if (!m_store->reconnect(&error) || !m_store->ping()) {
        m_error = error.isEmpty() ? m_store->lastError() : error;
        return false;
    }
    subscribe();
    m_connected = true;
    m_error.clear();
    Q_EMIT connectionRestored();
    return true;
}

} // namespace wbc
