#pragma once

#include "base/cellclass.h"

#include <QList>
#include <QRect>
#include <QString>

#include <opencv2/core.hpp>

#include <optional>

namespace wbc {

struct SyntheticWbc
{
    CellClass cls = CellClass::Neutrophil;
    QRect box; // whole cell: nucleus and cytoplasm
};

struct SyntheticSmear
{
    cv::Mat bgr;
    QList<SyntheticWbc> wbcs;
    QList<QRect> rbcs;
};

struct SmearSpec
{
    int width = 640;
    int height = 480;
    int rbcCount = 14;
    // Classes of the white cells to draw; empty draws a field without white cells.
    QList<CellClass> wbcs = {CellClass::Neutrophil};
};

// Draws stained-smear-like fields, deterministically for a seed: a pale background, pink
// biconcave red cells, and purple white cells whose nucleus is one round or kidney-shaped blob
// (mononuclear) or 2-5 connected lobes (polynuclear), with granular cytoplasm for eosinophils
// and basophils. Scales with the image width (640 px is the BCCD scale). Thread-safe.
SyntheticSmear generateSmear(quint64 seed, const SmearSpec &spec);

struct SyntheticDatasetSpec
{
    int images = 40;
    int width = 320;
    int height = 240;
    quint64 seed = 1;
    double multiCellFraction = 0.1; // fraction of images with two white cells
    QList<CellClass> classes = {CellClass::Neutrophil,
                                CellClass::Eosinophil,
                                CellClass::Lymphocyte,
                                CellClass::Monocyte};
};

// Writes a dataset folder as DatasetImporter reads it: images/*.png, labels.csv and
// annotations/*.xml with WBC and RBC boxes. Returns false and sets *error on a write failure.
bool writeSyntheticDataset(const QString &dir, const SyntheticDatasetSpec &spec,
                           QString *error = nullptr);

} // namespace wbc
