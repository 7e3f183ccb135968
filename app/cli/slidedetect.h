#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wbc::cli {

// `wbc detect` on whole-slide images (slidedetect.cpp): its options, and the runs.
void addSlideDetectOptions(QCommandLineParser &parser);
// Scans slide files; appends one JSON object per slide to *json (or prints text). Returns the
// number of failures.
int detectSlideFiles(const QCommandLineParser &parser,
    const QStringList &slides,
    bool json,
    QList<QJsonObject> *objects);
// Scans the project's slides not scanned yet (continuing cancelled scans); 0 on success.
int detectProjectSlides(const QCommandLineParser &parser, const QString &projectPath);

} // namespace wbc::cli
