#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "browserfixture.h"
#include "cellclassstyle.h"
#include "imagefilterproxy.h"
#include "imagelistmodel.h"
#include "project/projectstore.h"
#include "testsupport.h"
#include "thumbnaildelegate.h"
#include "thumbnailloader.h"

using namespace wbc;

Q_DECLARE_METATYPE(wbc::ImageFilter)
Q_DECLARE_METATYPE(wbc::ImageSort)
Q_DECLARE_METATYPE(wbc::CellClass)

namespace {

struct Row
{
    const char *name;
    const char *label; // one class per white cell; a field without boxes gets a whole-field cell
    QList<std::pair<CellCountFlag, const char *>> flags; // in order; source "detected"/"user"
    const char *importedAt;
    int cells = 0; // annotated white-cell boxes
    const char *unresolved = ""; // an image-level multi-cell label left from import
};

// Nine images covering every filter; see the expectations in filters_data().
const QList<Row> kRows = {
    { "s1.png",
        "NEUTROPHIL",
        { { CellCountFlag::Single, "detected" } },
        "2024-01-05T10:00:00.000Z" },
    { "s2.png",
        "EOSINOPHIL",
        { { CellCountFlag::Multi, "detected" } },
        "2024-01-03T10:00:00.000Z" },
    { "s10.png", "", { { CellCountFlag::None, "detected" } }, "2024-01-01T10:00:00.000Z" },
    { "t3.png",
        "NEUTROPHIL,LYMPHOCYTE",
        { { CellCountFlag::Single, "detected" } },
        "2024-01-07T10:00:00.000Z",
        2 },
    { "T4.png", "LYMPHOCYTE", {}, "2024-01-02T10:00:00.000Z" },
    { "u5.png", "", {}, "2024-01-08T10:00:00.000Z" },
    { "v6.png",
        "BASOPHIL",
        { { CellCountFlag::Multi, "detected" }, { CellCountFlag::Single, "user" } },
        "2024-01-04T10:00:00.000Z" },
    { "w.png", "LYMPHOCYTE", { { CellCountFlag::None, "detected" } }, "2024-01-06T10:00:00.000Z" },
    { "x7.png", "", {}, "2024-01-09T10:00:00.000Z", 2, "NEUTROPHIL,MONOCYTE" },
};

QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data().toString();
    return out;
}

QStringList split(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestImageListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ProjectStore m_store;
    QHash<QString, qint64> m_ids; // by file name

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("hand.wbc"))));
        int seed = 0;
        for (const Row &r : kRows) {
            const QString name = QString::fromLatin1(r.name);
            const qint64 id = test::addImageRow(m_store,
                m_dir.filePath(QStringLiteral("images/") + name),
                test::tinyPng(seed++),
                QString::fromLatin1(r.importedAt));
            QVERIFY(id > 0);
            m_ids.insert(name, id);
            if (name == u"v6.png") // relabeled: the newest label counts
                QVERIFY(m_store.addLabel(
                    id, test::label("MONOCYTE"), QStringLiteral("import"), QStringLiteral("a")));
            for (int c = 0; c < r.cells; ++c) {
                CellRecord cell;
                cell.imageId = id;
                cell.box = QRect(4 + 30 * c, 8, 24, 24);
                cell.source = QStringLiteral("annotation");
                QVERIFY(m_store.addCell(cell));
            }
            const QList<CellRecord> cells = m_store.whiteCells(id);
            const QStringList classes = QString::fromLatin1(r.label).split(u',', Qt::SkipEmptyParts);
            if (classes.size() > 1) { // each white cell its class
                QCOMPARE(cells.size(), classes.size());
                for (int c = 0; c < cells.size(); ++c)
                    QVERIFY(m_store.addCellLabel(cells.at(c).id,
                        *CellLabel::parse(classes.at(c)),
                        LabelOrigin::Key,
                        QStringLiteral("ann")));
            } else if (*r.label) {
                QVERIFY(m_store.addLabel(
                    id, test::label(r.label), QStringLiteral("user"), QStringLiteral("ann")));
            }
            if (*r.unresolved)
                QVERIFY(m_store.setUnresolvedLabel(id, QString::fromLatin1(r.unresolved)));
            for (const auto &[flag, source] : r.flags)
                QVERIFY(
                    m_store.addFlag(id, flag, QString::fromLatin1(source), QStringLiteral("x")));
        }
    }

    // A project file is input: an image stored with an absolute path, or one that leaves the
    // project's folder, says so where the user looks (the tooltip), with the real path.
    void pathsOutsideTheProjectAreShown()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("p.wbc"))));
        QTemporaryDir elsewhere;
        const qint64 inside = test::addImageRow(store, dir.filePath(QStringLiteral("in/a.png")),
                                                test::tinyPng(1));
        const qint64 outside = test::addImageRow(
            store, elsewhere.filePath(QStringLiteral("b.png")), test::tinyPng(2));
        QVERIFY(inside > 0 && outside > 0);
        QVERIFY(!store.isOutsideRoot(*store.image(inside)));
        QVERIFY(store.isOutsideRoot(*store.image(outside))); // stored as ../...
        ImageRecord absolute = *store.image(inside);
        absolute.path = QStringLiteral("/etc/hosts");
        QVERIFY(store.isOutsideRoot(absolute));
        ImageListModel model;
        model.reload(store);
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex i = model.index(row, 0);
            const QString tip = i.data(Qt::ToolTipRole).toString();
            const bool isOutside = i.data(ImageListModel::ImageIdRole).toLongLong() == outside;
            QCOMPARE(tip.contains(u"Outside the project's folder"), isOutside);
            if (isOutside)
                QVERIFY2(tip.contains(QDir::toNativeSeparators(elsewhere.filePath(QStringLiteral("b.png")))),
                         qPrintable(tip));
        }
    }

    void snapshotOfTheProject()
    {
        ImageListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_store);
        QCOMPARE(model.rowCount(), kRows.size());
        const QModelIndex v6 = model.indexOfImage(m_ids.value(QStringLiteral("v6.png")));
        QVERIFY(v6.isValid());
        QCOMPARE(model.imageIdAt(v6), m_ids.value(QStringLiteral("v6.png")));
        QCOMPARE(v6.data(Qt::DisplayRole).toString(), QStringLiteral("v6.png"));
        QCOMPARE(v6.data(ImageListModel::ImageIdRole).toLongLong(),
            m_ids.value(QStringLiteral("v6.png")));
        QCOMPARE(v6.data(ImageListModel::PathRole).toString(),
            m_dir.filePath(QStringLiteral("images/v6.png")));
        QCOMPARE(v6.data(ImageListModel::LabelRole).toString(), QStringLiteral("BASOPHIL"));
        QCOMPARE(v6.data(ImageListModel::LabelAuthorRole).toString(), QStringLiteral("ann"));
        QVERIFY(v6.data(ImageListModel::LabelTimeRole).toDateTime().isValid());
        QCOMPARE(v6.data(ImageListModel::FlagRole).toString(), QStringLiteral("single"));
        QCOMPARE(v6.data(ImageListModel::FlagSourceRole).toString(), QStringLiteral("user"));
        QCOMPARE(v6.data(ImageListModel::ImportedAtRole).toDateTime(),
            QDateTime(QDate(2024, 1, 4), QTime(10, 0), Qt::UTC));
        QVERIFY(v6.data(ImageListModel::PredictionRole).toString().isEmpty());
        QVERIFY(!v6.data(ImageListModel::ConfidenceRole).isValid());
        const QString tip = v6.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("v6.png")) && tip.contains(QStringLiteral("Basophil"))
                && tip.contains(QStringLiteral("ann"))
                && tip.contains(QStringLiteral("set by a person")),
            qPrintable(tip));
        const QModelIndex s10 = model.indexOfImage(m_ids.value(QStringLiteral("s10.png")));
        QCOMPARE(s10.data(ImageListModel::LabelRole).toString(), QString());
        QCOMPARE(s10.data(ImageListModel::FlagRole).toString(), QStringLiteral("none"));
        QVERIFY(s10.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Unlabeled")));
        QCOMPARE(model.indexOfImage(m_ids.value(QStringLiteral("T4.png")))
                     .data(ImageListModel::FlagRole)
                     .toString(),
            QString());
        QCOMPARE(model.roleNames().value(ImageListModel::LabelRole), QByteArray("label"));
        // One badge per white cell, in the cells' order; "?" for a cell without a label.
        const QModelIndex t3 = model.indexOfImage(m_ids.value(QStringLiteral("t3.png")));
        QCOMPARE(t3.data(ImageListModel::LabelRole).toString(),
            QStringLiteral("NEUTROPHIL,LYMPHOCYTE"));
        QCOMPARE(t3.data(ImageListModel::CellLabelsRole).toStringList(),
            (QStringList { QStringLiteral("NEUTROPHIL"), QStringLiteral("LYMPHOCYTE") }));
        QCOMPARE(t3.data(ImageListModel::CellBadgesRole).toString(), QStringLiteral("N L"));
        QVERIFY(!t3.data(ImageListModel::NeedsLabelsRole).toBool());
        QCOMPARE(v6.data(ImageListModel::CellBadgesRole).toString(), QStringLiteral("B"));
        const QModelIndex u5 = model.indexOfImage(m_ids.value(QStringLiteral("u5.png")));
        QCOMPARE(u5.data(ImageListModel::CellBadgesRole).toString(), QString()); // no cell
        QVERIFY(u5.data(ImageListModel::NeedsLabelsRole).toBool());
        const QModelIndex x7 = model.indexOfImage(m_ids.value(QStringLiteral("x7.png")));
        QCOMPARE(x7.data(ImageListModel::CellBadgesRole).toString(), QStringLiteral("? ?"));
        QCOMPARE(x7.data(ImageListModel::UnresolvedRole).toString(),
            QStringLiteral("NEUTROPHIL,MONOCYTE"));
        const QString x7tip = x7.data(Qt::ToolTipRole).toString();
        QVERIFY2(x7tip.contains(QStringLiteral("Needs per-cell labels"))
                && x7tip.contains(QStringLiteral("Monocyte"))
                && x7tip.contains(QStringLiteral("2 white cell")),
            qPrintable(x7tip));
        QVERIFY(!model.indexOfImage(999999).isValid());
        QCOMPARE(model.imageIdAt({}), 0);
        QVERIFY(model.itemAt(model.index(0)) != nullptr);
        // No loader: a placeholder, never a null decoration.
        QVERIFY(!v6.data(Qt::DecorationRole).value<QPixmap>().isNull());

        model.setPrediction(
            m_ids.value(QStringLiteral("v6.png")), QStringLiteral("MONOCYTE"), 0.87);
        QCOMPARE(v6.data(ImageListModel::PredictionRole).toString(), QStringLiteral("MONOCYTE"));
        QCOMPARE(v6.data(ImageListModel::ConfidenceRole).toDouble(), 0.87);
        model.reload(m_store); // predictions survive a reload
        QCOMPARE(model.indexOfImage(m_ids.value(QStringLiteral("v6.png")))
                     .data(ImageListModel::PredictionRole)
                     .toString(),
            QStringLiteral("MONOCYTE"));
        model.clearPredictions();
        QVERIFY(!model.indexOfImage(m_ids.value(QStringLiteral("v6.png")))
                     .data(ImageListModel::ConfidenceRole)
                     .isValid());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filters_data()
    {
        QTest::addColumn<ImageFilter>("filter");
        QTest::addColumn<CellClass>("cls");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("ids"); // file names for the id filter
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *tag,
                             ImageFilter f,
                             CellClass c,
                             const char *search,
                             const char *ids,
                             const char *expected) {
            QTest::newRow(tag) << f << c << QString::fromLatin1(search) << split(ids)
                               << split(expected);
        };
        const CellClass n = CellClass::Neutrophil;
        row("all",
            ImageFilter::All,
            n,
            "",
            "",
            "s1.png s2.png s10.png t3.png T4.png u5.png v6.png w.png x7.png");
        row("unlabeled", ImageFilter::Unlabeled, n, "", "", "s10.png u5.png x7.png");
        row("labeled", ImageFilter::Labeled, n, "", "", "s1.png s2.png t3.png T4.png v6.png w.png");
        row("neutrophil", ImageFilter::LabelClass, CellClass::Neutrophil, "", "", "s1.png t3.png");
        row("eosinophil", ImageFilter::LabelClass, CellClass::Eosinophil, "", "", "s2.png");
        row("lymphocyte",
            ImageFilter::LabelClass,
            CellClass::Lymphocyte,
            "",
            "",
            "t3.png T4.png w.png");
        row("monocyte (relabeled away)", ImageFilter::LabelClass, CellClass::Monocyte, "", "", "");
        row("basophil", ImageFilter::LabelClass, CellClass::Basophil, "", "", "v6.png");
        row("multi-cell", ImageFilter::MultiCell, n, "", "", "s2.png t3.png x7.png");
        row("needs per-cell labels", ImageFilter::NeedsCellLabels, n, "", "", "x7.png");
        row("no cell", ImageFilter::NoCell, n, "", "", "s10.png w.png");
        row("disagreement", ImageFilter::Disagreement, n, "", "", "s2.png t3.png w.png");
        row("search", ImageFilter::All, n, "T", "", "t3.png T4.png");
        row("search trimmed, case", ImageFilter::All, n, " S1 ", "", "s1.png s10.png");
        row("search and class",
            ImageFilter::LabelClass,
            CellClass::Lymphocyte,
            "t",
            "",
            "t3.png T4.png");
        row("search nothing", ImageFilter::All, n, "zzz", "", "");
        row("ids", ImageFilter::All, n, "", "s1.png s10.png w.png", "s1.png s10.png w.png");
        row("ids and unlabeled", ImageFilter::Unlabeled, n, "", "s1.png s10.png w.png", "s10.png");
    }
    void filters()
    {
        QFETCH(ImageFilter, filter);
        QFETCH(CellClass, cls);
        QFETCH(QString, search);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, expected);
        ImageListModel model;
        ImageFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_store);
        QSet<qint64> idSet;
        for (const QString &name : ids)
            idSet.insert(m_ids.value(name));
        proxy.setIdFilter(idSet);
        proxy.setSearchText(search);
        proxy.setFilter(filter, cls);
        QCOMPARE(names(proxy), expected);
        // Back to everything.
        proxy.setFilter(ImageFilter::All);
        proxy.setSearchText({});
        proxy.setIdFilter({});
        QCOMPARE(proxy.rowCount(), kRows.size());
    }

    void sorting_data()
    {
        QTest::addColumn<ImageSort>("key");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name") << ImageSort::Name << Qt::AscendingOrder
                              << split("s1.png s2.png s10.png t3.png T4.png u5.png v6.png w.png "
                                       "x7.png");
        QTest::newRow("name desc")
            << ImageSort::Name << Qt::DescendingOrder
            << split("x7.png w.png v6.png u5.png T4.png t3.png s10.png s2.png s1.png");
        QTest::newRow("label") << ImageSort::Label << Qt::AscendingOrder
                               << split("s1.png t3.png s2.png T4.png w.png v6.png s10.png u5.png "
                                        "x7.png");
        QTest::newRow("imported")
            << ImageSort::ImportDate << Qt::AscendingOrder
            << split("s10.png T4.png s2.png v6.png s1.png w.png t3.png u5.png x7.png");
        QTest::newRow("newest first")
            << ImageSort::ImportDate << Qt::DescendingOrder
            << split("x7.png u5.png t3.png w.png s1.png v6.png s2.png T4.png s10.png");
    }
    void sorting()
    {
        QFETCH(ImageSort, key);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        ImageListModel model;
        ImageFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_store);
        proxy.setSortKey(key, order);
        QCOMPARE(names(proxy), expected);
        model.reload(m_store); // the order holds across a reset
        QCOMPARE(names(proxy), expected);
        proxy.setSortKey(ImageSort::Name);
        QCOMPARE(names(proxy).first(), QStringLiteral("s1.png"));
    }

    // The delegate paints one badge per white cell, each in its label's colour.
    void delegatePaintsOneBadgePerCell()
    {
        ImageListModel model;
        model.reload(m_store);
        ThumbnailDelegate delegate;
        const auto paint = [&](const char *name) {
            QStyleOptionViewItem option;
            option.font = QApplication::font();
            option.fontMetrics = QFontMetrics(option.font);
            option.palette = QApplication::palette();
            option.rect = QRect(QPoint(0, 0), ThumbnailDelegate::cellSize(option.font));
            QImage image(option.rect.size(), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            delegate.paint(&p, option, model.indexOfImage(m_ids.value(QString::fromLatin1(name))));
            p.end();
            return image;
        };
        const auto count = [](const QImage &image, const QColor &colour) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    n += image.pixelColor(x, y) == colour;
            }
            return n;
        };
        const QColor neutrophil = cellstyle::classColor(CellClass::Neutrophil);
        const QColor lymphocyte = cellstyle::classColor(CellClass::Lymphocyte);
        const QImage two = paint("t3.png"); // N and L
        QVERIFY(count(two, neutrophil) > 20);
        QVERIFY(count(two, lymphocyte) > 20);
        const QImage one = paint("s1.png"); // N
        QVERIFY(count(one, neutrophil) > 20);
        QCOMPARE(count(one, lymphocyte), 0);
    }

    void naturalNameOrder()
    {
        QVERIFY(ImageFilterProxy::compareNames(u"img2.png", u"img10.png") < 0);
        QVERIFY(ImageFilterProxy::compareNames(u"img010.png", u"img9.png") > 0);
        QVERIFY(ImageFilterProxy::compareNames(u"IMG_1.png", u"img_1.png") != 0);
        QVERIFY(ImageFilterProxy::compareNames(u"a.png", u"B.png") < 0);
        QVERIFY(ImageFilterProxy::compareNames(u"a", u"a1") < 0);
        QCOMPARE(ImageFilterProxy::compareNames(u"x7", u"x7"), 0);
    }

    void refreshImageChangesExactlyItsRow()
    {
        QTemporaryDir dir;
        ProjectStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("r.wbc"))));
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << test::addImageRow(
                store, dir.filePath(QStringLiteral("im%1.png").arg(i)), test::tinyPng(i));
        ImageListModel model;
        ImageFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(store);
        proxy.setFilter(ImageFilter::Unlabeled);
        QCOMPARE(proxy.rowCount(), 5);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy proxyChanged(&proxy, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QVERIFY(store.addLabel(
            ids[3], test::label("MONOCYTE"), QStringLiteral("user"), QStringLiteral("me")));
        QVERIFY(store.addFlag(
            ids[3], CellCountFlag::Multi, QStringLiteral("user"), QStringLiteral("me")));
        QVERIFY(model.refreshImage(ids[3], store));
        QCOMPARE(changed.size(), 1);
        const QModelIndex row = model.indexOfImage(ids[3]);
        QCOMPARE(changed.first().at(0).value<QModelIndex>(), row);
        QCOMPARE(changed.first().at(1).value<QModelIndex>(), row);
        QCOMPARE(row.data(ImageListModel::LabelRole).toString(), QStringLiteral("MONOCYTE"));
        QCOMPARE(row.data(ImageListModel::FlagRole).toString(), QStringLiteral("multi"));
        QCOMPARE(proxyChanged.size(), 1);
        QCOMPARE(proxyChanged.first().at(0).value<QModelIndex>(), proxy.indexOfImage(ids[3]));
        // The filter is not live: the labeled image stays until the filter is applied again.
        QCOMPARE(removed.size(), 0);
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setFilter(ImageFilter::Unlabeled);
        QCOMPARE(proxy.rowCount(), 4);
        QVERIFY(!proxy.indexOfImage(ids[3]).isValid());

        QVERIFY(!model.refreshImage(424242, store)); // unknown id

        // An image gone from the project loses its row.
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM images WHERE id = %1").arg(ids[1])));
        QSignalSpy modelRemoved(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.refreshImage(ids[1], store));
        QCOMPARE(modelRemoved.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.indexOfImage(ids[1]).isValid());
        QCOMPARE(model.imageIdAt(model.indexOfImage(ids[4])), ids[4]); // rows re-indexed
        QCOMPARE(proxy.rowCount(), 3);
    }

    void thumbnailsAreRequestedOnlyWhenShown()
    {
        ThumbnailLoader loader;
        loader.setCache(ThumbnailCache(ThumbnailCache::cacheDirForProject(m_store.path())));
        ImageListModel model(&loader);
        model.reload(m_store);
        QCOMPARE(loader.pendingCount(), 0); // a reload decodes nothing
        const QModelIndex w = model.indexOfImage(m_ids.value(QStringLiteral("w.png")));
        QCOMPARE(w.data(ImageListModel::ThumbnailStateRole).value<ImageListModel::ThumbnailState>(),
            ImageListModel::ThumbnailState::Ready); // not asked yet: nothing pending
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QPixmap placeholder = w.data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!placeholder.isNull());
        QCOMPARE(loader.pendingCount(), 1);
        w.data(Qt::DecorationRole); // asked again while loading: not queued twice
        QCOMPARE(loader.pendingCount(), 1);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>(), w);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::DecorationRole));
        const QPixmap thumb = w.data(Qt::DecorationRole).value<QPixmap>();
        QCOMPARE(thumb.size(), QSize(64, 48)); // small images are not enlarged
        QCOMPARE(loader.pendingCount(), 0);
    }
};

QTEST_MAIN(TestImageListModel)
#include "tst_imagelistmodel.moc"
