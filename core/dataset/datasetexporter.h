#pragma once

#include <QString>

namespace wbc {

class ProjectStore;

// Writes a project's labels and boxes back out in the formats DatasetImporter reads, so that an
// export next to the images imports to the same project. Files are replaced atomically.
class DatasetExporter
{
public:
    // labels.csv with header "image,label": plain file names when they are unique in the
    // project (import finds them in the dataset root or images/), else paths relative to the CSV.
    static bool exportCsv(const ProjectStore &store, const QString &csvPath, QString *error);
    // One Pascal VOC file per image with boxes, named after the image, into outDir.
    // Annotated and user-drawn boxes are written; detected ones are not ground truth.
    static bool exportVoc(const ProjectStore &store, const QString &outDir, int *written,
                          QString *error);
};

} // namespace wbc
