#pragma once

#include "project/projectstore.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace wbc {

// How unsure a prediction is, for the review queue (active learning: label the images the model
// is least sure about first). Higher is more uncertain, both in [0, 1]:
//  Margin:  1 - (p1 - p2), p1 and p2 the two largest probabilities.
//  Entropy: -sum p log p, divided by log(number of classes).
enum class UncertaintyMeasure { Margin, Entropy };

double uncertainty(const PredictionRecord &prediction, UncertaintyMeasure measure);

// Image ids of the predictions not in exclude (the labelled ones), most uncertain first; equal
// uncertainties in ascending image id.
QList<qint64> uncertaintyQueue(const QHash<qint64, PredictionRecord> &predictions,
                               const QSet<qint64> &exclude,
                               UncertaintyMeasure measure);

} // namespace wbc
