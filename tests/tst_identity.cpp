// Who labels (core/base/identity.h): --user, then WBC_USER, then Preferences, then the login
// name; never "unknown". The settings are the GUI's, in a temporary XDG_CONFIG_HOME here.

#include "base/identity.h"
#include "project/projectstore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace wbc;

class TestIdentity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    static QString login()
    {
        const passwd *pw = getpwuid(geteuid());
        return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }

    void init()
    {
        qunsetenv("WBC_USER");
        setPreferencesUserName({});
    }

    void order()
    {
        QCOMPARE(resolveUserName(), login());
        QVERIFY(!resolveUserName().isEmpty());
        setPreferencesUserName(QStringLiteral("  dr. chen "));
        QCOMPARE(preferencesUserName(), QStringLiteral("dr. chen"));
        QCOMPARE(resolveUserName(), QStringLiteral("dr. chen"));
        qputenv("WBC_USER", "envuser");
        QCOMPARE(resolveUserName(), QStringLiteral("envuser"));
        QCOMPARE(resolveUserName(QStringLiteral("cliuser")), QStringLiteral("cliuser"));
        QCOMPARE(resolveUserName(QStringLiteral("   ")), QStringLiteral("envuser"));
    }

    // $USER is often unset (services, containers): the login name still comes from getpwuid.
    void loginWithoutUserVariable()
    {
        const QByteArray saved = qgetenv("USER");
        qunsetenv("USER");
        qunsetenv("USERNAME");
        QCOMPARE(resolveUserName(), login());
        QVERIFY(resolveUserName() != u"unknown");
        qputenv("USER", saved);
    }

    // The command line records the Preferences name the GUI would, and `wbc label --user` wins.
    void commandLineUsesTheSameOrder()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(writeSyntheticDataset(data, test::smallDataset(4)));
        const QString project = dir.filePath(QStringLiteral("p.wbc"));
        setPreferencesUserName(QStringLiteral("prefname"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("WBC_USER"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(test::cliPath(), {"import", data, "--project", project, "--quiet"});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        ProjectStore store;
        QVERIFY(store.open(project, ProjectStore::OpenMode::ReadOnly));
        const QHash<qint64, CellLabelRecord> labels = store.currentCellLabels();
        QVERIFY(!labels.isEmpty());
        for (const CellLabelRecord &l : labels)
            QCOMPARE(l.author, QStringLiteral("prefname"));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
