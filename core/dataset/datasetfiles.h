#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wbc {

// One image file of a dataset folder and what import reads with it.
struct DatasetImageFile
{
    QString path; // absolute
    QString slide; // its slide's name (see findDatasetFiles)
    QString annotation; // its Pascal VOC file, absolute; empty when it has none
    QStringList labelKeys; // how labels.csv may name it ('/'-separated, relative), best first
};

struct DatasetFiles
{
    QList<DatasetImageFile> images; // by path
    QStringList orphanAnnotations; // .xml files that are no image's annotation, by path
};

// Finds the images of a dataset folder and of every subfolder below it (hidden folders and
// links to folders are not followed). Each folder F is a slide named by its path below the
// root ('/'-separated); the root's own images form a slide named after the root folder. In
// every folder, images/ and annotations/ keep their meaning: F's images lie in F or F/images,
// and an image's annotation is F/annotations/NAME.xml, else NAME.xml beside the image (or in F
// for an image in F/images). Reads only directory listings; any thread.
DatasetFiles findDatasetFiles(const QString &root);

} // namespace wbc
