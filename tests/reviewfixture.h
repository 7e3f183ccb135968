#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include "dataset/datasetimporter.h"
#include "dataset/syntheticsmear.h"
#include "project/projectstore.h"
#include "project/runhistory.h"
#include "project/runrecorder.h"
#include "testsupport.h"
#include "training/modelfile.h"
#include "training/models.h"

// The review tests' project (tst_review) and the review screenshot (tools/screenshots).
namespace wbc::test {

// A synthetic project (labels stripped; a fraction of the fields with two white cells) with an
// untrained four-class model registered as active.
struct ReviewFixture
{
    QTemporaryDir dir;
    QString project;
    QString modelPath;
    qint64 modelId = 0;
    QList<qint64> ids; // images, in the store's order
    QList<CellRecord> cells; // every white cell, image by image in field order

    explicit ReviewFixture(int images = 6, double multiCellFraction = 0.0)
    {
        const QString data = dir.filePath(QStringLiteral("smears"));
        SyntheticDatasetSpec spec = smallDataset(images);
        spec.multiCellFraction = multiCellFraction;
        writeSyntheticDataset(data, spec);
        QFile::remove(data + QStringLiteral("/labels.csv"));
        project = dir.filePath(QStringLiteral("p.wbc"));
        ProjectStore store;
        store.open(project);
        DatasetImporter(store, QStringLiteral("import")).run(data);
        for (const ImageRecord &image : store.images()) {
            ids.append(image.id);
            cells.append(store.whiteCells(image.id));
        }
        modelPath = dir.filePath(QStringLiteral("m.wbcmodel"));
        const ModelFile model = untrainedModel(ModelArch::LeNet, Task::Four, 7);
        QString error;
        if (!writeModelFile(modelPath, model, &error))
            qWarning("%s", qPrintable(error));
        modelId = RunRecorder(store).addModel(0, modelPath, model.header);
        RunHistory(store).setActiveModel(modelId);
    }

    // The first image with two white cells that is not the last image.
    int twoCellImage() const
    {
        for (int i = 0; i + 1 < ids.size(); ++i) {
            int n = 0;
            for (const CellRecord &c : cells)
                n += c.imageId == ids.at(i);
            if (n == 2)
                return i;
        }
        return -1;
    }
    QList<CellRecord> cellsOf(qint64 imageId) const
    {
        QList<CellRecord> out;
        for (const CellRecord &c : cells) {
            if (c.imageId == imageId)
                out.append(c);
        }
        return out;
    }
};

} // namespace wbc::test
