#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace wbc {

class ProjectStore;

// Live updates of a shared (PostgreSQL) project. Subscribes to the server's notifications
// (LISTEN wbc_cells / wbc_images: the payload is only an id, so row-level security still decides
// what a client may read) and reports changed cells and images, coalesced over ~100 ms. Every
// 2 s a keepalive probe (a short second connection, on a worker thread: a cut network never
// freezes the window) checks the server; when it fails the notifier reports the loss at once,
// then reconnects the store by itself once a probe succeeds again, subscribes again and reports
// it (reload everything then: changes made while away were not notified). A server restarted
// between two probes is noticed too (the store's own connection is checked after each good
// probe). For an SQLite project it does nothing and stays connected. Lives on the thread that
// opened the store.
class ProjectNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ProjectNotifier(ProjectStore *store, QObject *parent = nullptr);
    ~ProjectNotifier() override;

    bool isConnected() const { return m_connected; }
    QString lastError() const { return m_error; }
    // Checks the store's connection now, on this thread (after a failed write: its connection is
    // known to be bad, so this is quick); reconnects when it can. Returns whether it is up.
    bool checkConnection();

    static constexpr int kKeepaliveMs = 2000;
    static constexpr int kCoalesceMs = 100;

Q_SIGNALS:
    void cellsChanged(const QList<qint64> &cellIds);
    void imagesChanged(const QList<qint64> &imageIds);
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    void probe(); // the timer's: asks a worker thread
    void probed(bool reachable, const QString &error);
    void subscribe();
    void onNotification(const QString &name, const QVariant &payload);
    void flush();

    ProjectStore *m_store;
    QTimer *m_keepalive;
    QTimer *m_coalesce;
    QSet<qint64> m_cells;
    QSet<qint64> m_images;
    bool m_connected = true;
    bool m_probing = false;
    QString m_error;
};

} // namespace wbc
