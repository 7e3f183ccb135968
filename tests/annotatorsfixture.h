#pragma once

// A small project that three annotators labelled (tst_agreementdialog, tst_adjudication): seven
// single-cell synthetic fields, real PNG files so crops load. The labels, by cell:
//
//   cell   alice   bob           carol
//   c1     N       N             N
//   c2     N       N             L       disagreement
//   c3     L       L             L
//   c4     L       N             N       disagreement
//   c5     N       N             N
//   c6     L       L             L
//   c7     N       UNIDENTIFIED  N       (bob's special choice is no rating: no disagreement)
//
// N neutrophil, L lymphocyte; each cell labelled alice, then bob, then carol, so a cell's latest
// entry is carol's. Hand-computed (tst_agreementdialog checks them):
//   alice-bob   n 6, observed 5/6, chance 1/2 (alice N 3/6, bob N 4/6): kappa 2/3, substantial
//   alice-carol n 7, observed 5/7, chance 25/49 (each N 4/7): kappa 10/24 = 0.417, moderate
//   bob-carol   n 6, observed 5/6, chance 1/2 (bob N 4/6, carol N 3/6): kappa 2/3, substantial
//   Fleiss over c1..c6 (every annotator rated them): P = 7/9, Pe = (10/18)^2 + (8/18)^2 =
//   164/324, kappa = (252 - 164) / (324 - 164) = 0.55, moderate
//   cells labelled with a class: alice 7, bob 6, carol 7

#include <opencv2/imgcodecs.hpp>

#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QString>

#include "dataset/syntheticsmear.h"
#include "project/projectstore.h"

namespace wbc::test {

struct AnnotatedProject
{
    QString path;
    QList<qint64> cells; // c1..c7
};

// Adds the seven fields to `store` (their PNG files in dir) and the three annotators' labels:
// on an SQLite project through `store`, authored by the names in `annotators`; on a shared one
// through `labellers`, one store connected as each annotator (the server records who labels).
// Returns the cells c1..c7, empty on a failure.
inline QList<qint64> addAnnotatedFields(ProjectStore &store,
    const QString &dir,
    const QStringList &annotators
    = { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol") },
    const QList<ProjectStore *> &labellers = {})
{
    constexpr CellClass N = CellClass::Neutrophil;
    constexpr CellClass L = CellClass::Lymphocyte;
    const QList<QList<std::optional<CellClass>>> labels = {
        { N, N, N },
        { N, N, L },
        { L, L, L },
        { L, N, N },
        { N, N, N },
        { L, L, L },
        { N, std::nullopt, N },
    };
    QList<qint64> cells;
    for (int i = 0; i < labels.size(); ++i) {
        SmearSpec spec;
        spec.width = 320;
        spec.height = 240;
        spec.wbcs = { labels.at(i).first().value_or(N) };
        const SyntheticSmear smear = generateSmear(quint64(500 + i), spec);
        const QString file = QDir(dir).filePath(QStringLiteral("field%1.png").arg(i + 1));
        if (!cv::imwrite(file.toStdString(), smear.bgr))
            return {};
        ImageRecord image;
        image.path = QFileInfo(file).fileName();
        image.sha256 = QStringLiteral("field%1").arg(i + 1);
        image.width = spec.width;
        image.height = spec.height;
        image.slideId = store.ensureSlide(QStringLiteral("s1"));
        CellRecord cell;
        cell.imageId = store.addImage(image);
        cell.kind = CellKind::Wbc;
        cell.box = smear.wbcs.first().box;
        cell.source = QStringLiteral("annotation");
        const qint64 id = store.addCell(cell);
        for (int a = 0; a < annotators.size(); ++a) {
            const std::optional<CellClass> cls = labels.at(i).at(a);
            const CellLabel label = cls ? CellLabel::ofClass(*cls) : CellLabel::unidentified();
            ProjectStore *by = labellers.isEmpty() ? &store : labellers.at(a);
            if (!by->addCellLabel(id, label, LabelOrigin::Key, annotators.at(a)))
                return {};
        }
        cells.append(id);
    }
    return cells;
}

// The SQLite project dir/annotators.wbc.
inline AnnotatedProject makeAnnotatedProject(const QString &dir)
{
    AnnotatedProject project;
    project.path = QDir(dir).filePath(QStringLiteral("annotators.wbc"));
    ProjectStore store;
    if (store.open(project.path))
        project.cells = addAnnotatedFields(store, dir);
    return project;
}

} // namespace wbc::test
