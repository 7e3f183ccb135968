#pragma once

// `wbc export --format crops`: the project's labelled white cells as the crops file the
// standalone engine trains from (engine/cropsfile.h), cropped exactly as training crops them.

#include "base/problem.h"

#include <QString>

namespace wbc {

class ProjectStore;

struct CropsExportReport
{
    bool ok = false;
    QString error; // names the file
    int crops = 0;
    int classes = 0;
    int excluded = 0; // labelled cells no task trains on (basophils, not counted, ...)
    Problems problems; // images that could not be decoded (left out)
};

// Every white cell with a training label (the rule training uses), cropped from its stored box,
// its cell class (NEUTROPHIL, ..., or a group POLYNUCLEAR / MONONUCLEAR) and its split group
// (the slide when the project has at least five, else the image). Written atomically.
CropsExportReport exportCrops(ProjectStore &store, const QString &outPath);

} // namespace wbc
