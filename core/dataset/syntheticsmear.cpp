#include "dataset/syntheticsmear.h"

#include "base/csvwriter.h"
#include "dataset/vocreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace wbc {

namespace {

// Colours in BGR, measured from stained BCCD fields.
const cv::Scalar kBackground(205, 218, 214);
const cv::Scalar kRbc(160, 162, 205);
const cv::Scalar kRbcCentre(185, 190, 215);
const cv::Scalar kCytoplasm(212, 196, 214);
const cv::Scalar kNucleus(196, 96, 112);
const cv::Scalar kEosinGranule(120, 130, 225);
const cv::Scalar kBasoGranule(140, 50, 80);

cv::Scalar jitter(cv::RNG &rng, const cv::Scalar &c, double amount)
{
    return {c[0] + rng.uniform(-amount, amount), c[1] + rng.uniform(-amount, amount),
            c[2] + rng.uniform(-amount, amount)};
}

void drawLobes(cv::Mat &img, cv::RNG &rng, cv::Point2d centre, double r, int lobes,
               const cv::Scalar &colour, double lobeSize = 1.0)
{
    // Lobes sit on a curved chain joined by thin strands, like a segmented nucleus.
    const double start = rng.uniform(0.0, 2 * CV_PI);
    const double spread = CV_PI * rng.uniform(0.9, 1.5);
    std::vector<cv::Point> centres;
    for (int i = 0; i < lobes; ++i) {
        const double a = start + spread * (lobes == 1 ? 0.0 : double(i) / (lobes - 1));
        const double dist = r * 0.45;
        centres.emplace_back(int(centre.x + dist * std::cos(a)), int(centre.y + dist * std::sin(a)));
    }
    for (size_t i = 1; i < centres.size(); ++i)
        cv::line(img, centres[i - 1], centres[i], colour, std::max(2, int(r * 0.08)), cv::LINE_AA);
    for (const cv::Point &c : centres) {
        const cv::Size axes(int(lobeSize * r * rng.uniform(0.26, 0.34)),
                            int(lobeSize * r * rng.uniform(0.2, 0.28)));
        cv::ellipse(img, c, axes, rng.uniform(0.0, 180.0), 0, 360, colour, cv::FILLED, cv::LINE_AA);
    }
}

void drawGranules(cv::Mat &img, cv::RNG &rng, cv::Point2d centre, double r, const cv::Scalar &c,
                  int count)
{
    for (int i = 0; i < count; ++i) {
        const double a = rng.uniform(0.0, 2 * CV_PI);
        const double d = r * std::sqrt(rng.uniform(0.0, 0.8));
        const cv::Point p(int(centre.x + d * std::cos(a)), int(centre.y + d * std::sin(a)));
        cv::circle(img, p, std::max(1, int(r * 0.04)), jitter(rng, c, 12), cv::FILLED, cv::LINE_AA);
    }
}

QRect drawWbc(cv::Mat &img, cv::RNG &rng, cv::Point2d centre, double scale, CellClass cls)
{
    const bool lympho = cls == CellClass::Lymphocyte;
    const double r = scale * (lympho ? rng.uniform(52.0, 62.0)
                              : cls == CellClass::Monocyte ? rng.uniform(80.0, 92.0)
                                                           : rng.uniform(70.0, 82.0));
    const cv::Size axes(int(r), int(r * rng.uniform(0.88, 1.0)));
    const double angle = rng.uniform(0.0, 180.0);
    cv::Scalar cyto = jitter(rng, kCytoplasm, 6);
    if (cls == CellClass::Monocyte)
        cyto = jitter(rng, cv::Scalar(214, 188, 196), 6); // grey-blue
    cv::ellipse(img, centre, axes, angle, 0, 360, cyto, cv::FILLED, cv::LINE_AA);
    const cv::Scalar nucleus = jitter(rng, kNucleus, 10);
    switch (cls) {
    case CellClass::Neutrophil:
        drawLobes(img, rng, centre, r, rng.uniform(3, 6), nucleus);
        break;
    case CellClass::Eosinophil:
        drawGranules(img, rng, centre, r, kEosinGranule, 140);
        drawLobes(img, rng, centre, r, 2, nucleus, 1.35); // two large lobes
        break;
    case CellClass::Polynuclear: // drawn as its most common member
        drawLobes(img, rng, centre, r, rng.uniform(3, 6), nucleus);
        break;
    case CellClass::Basophil:
        drawLobes(img, rng, centre, r, 2, nucleus, 1.35);
        drawGranules(img, rng, centre, r, kBasoGranule, 120);
        break;
    case CellClass::Lymphocyte:
    case CellClass::Mononuclear:
        cv::circle(img, centre, int(r * rng.uniform(0.78, 0.86)), nucleus, cv::FILLED, cv::LINE_AA);
        break;
    case CellClass::Monocyte: {
        // Kidney shape: a large ellipse with a bite taken out of one side.
        const cv::Size n(int(r * 0.62), int(r * 0.48));
        const double a = rng.uniform(0.0, 180.0);
        cv::ellipse(img, centre, n, a, 0, 360, nucleus, cv::FILLED, cv::LINE_AA);
        const double rad = a * CV_PI / 180.0;
        const cv::Point bite(int(centre.x - std::sin(rad) * r * 0.5),
                             int(centre.y + std::cos(rad) * r * 0.5));
        cv::circle(img, bite, int(r * 0.3), cyto, cv::FILLED, cv::LINE_AA);
        break;
    }
    }
    const double ext = std::max(axes.width, axes.height);
    const int x0 = std::max(0, int(centre.x - ext)), y0 = std::max(0, int(centre.y - ext));
    const int x1 = std::min(img.cols, int(centre.x + ext)),
              y1 = std::min(img.rows, int(centre.y + ext));
    return QRect(x0, y0, x1 - x0, y1 - y0);
}

} // namespace

SyntheticSmear generateSmear(quint64 seed, const SmearSpec &spec)
{
    cv::RNG rng(seed * 6364136223846793005ULL + 1442695040888963407ULL);
    SyntheticSmear out;
    const double scale = spec.width / 640.0;
    out.bgr = cv::Mat(spec.height, spec.width, CV_8UC3, jitter(rng, kBackground, 8));

    // White cells first pick their places so red cells can be drawn underneath.
    std::vector<cv::Point2d> wbcCentres;
    for (qsizetype i = 0; i < spec.wbcs.size(); ++i) {
        cv::Point2d c;
        for (int attempt = 0; attempt < 50; ++attempt) {
            c = {rng.uniform(0.2, 0.8) * spec.width, rng.uniform(0.25, 0.75) * spec.height};
            bool clear = true;
            for (const cv::Point2d &o : wbcCentres)
                clear = clear && cv::norm(c - o) > 190 * scale;
            if (clear)
                break;
        }
        wbcCentres.push_back(c);
    }
    for (int i = 0; i < spec.rbcCount; ++i) {
        const cv::Point c(rng.uniform(0, spec.width), rng.uniform(0, spec.height));
        const double r = scale * rng.uniform(42.0, 55.0);
        const cv::Size axes(int(r), int(r * rng.uniform(0.8, 1.0)));
        const double a = rng.uniform(0.0, 180.0);
        cv::ellipse(out.bgr, c, axes, a, 0, 360, jitter(rng, kRbc, 10), cv::FILLED, cv::LINE_AA);
        cv::ellipse(out.bgr, c, cv::Size(axes.width / 2, axes.height / 2), a, 0, 360,
                    jitter(rng, kRbcCentre, 6), cv::FILLED, cv::LINE_AA);
        out.rbcs.append(QRect(c.x - axes.width, c.y - axes.width, 2 * axes.width, 2 * axes.width)
                            .intersected(QRect(0, 0, spec.width, spec.height)));
    }
    for (qsizetype i = 0; i < spec.wbcs.size(); ++i)
        out.wbcs.append({spec.wbcs.at(i),
                         drawWbc(out.bgr, rng, wbcCentres[size_t(i)], scale, spec.wbcs.at(i))});

    cv::Mat noise(out.bgr.size(), CV_16SC3);
    rng.fill(noise, cv::RNG::NORMAL, 0, 4);
    cv::Mat img16;
    out.bgr.convertTo(img16, CV_16SC3);
    img16 += noise;
    img16.convertTo(out.bgr, CV_8UC3);
    cv::GaussianBlur(out.bgr, out.bgr, cv::Size(3, 3), 0.8);
    return out;
}

bool writeSyntheticDataset(const QString &dir, const SyntheticDatasetSpec &spec, QString *error)
{
    const QDir root(dir);
    if (!root.mkpath(QStringLiteral("images")) || !root.mkpath(QStringLiteral("annotations"))) {
        if (error)
            *error = QCoreApplication::translate("SyntheticSmear", "%1: cannot create folders")
                         .arg(dir);
        return false;
    }
    cv::RNG rng(spec.seed);
    CsvWriter csv;
    csv.row({QStringLiteral("image"), QStringLiteral("label")});
    for (int i = 0; i < spec.images; ++i) {
        SmearSpec s;
        s.width = spec.width;
        s.height = spec.height;
        s.rbcCount = 10;
        const int cells = rng.uniform(0.0, 1.0) < spec.multiCellFraction ? 2 : 1;
        s.wbcs.clear();
        for (int c = 0; c < cells; ++c)
            s.wbcs.append(spec.classes.at((i + c) % spec.classes.size()));
        const SyntheticSmear smear = generateSmear(spec.seed * 100003 + quint64(i), s);
        const QString name = QStringLiteral("smear_%1.png").arg(i, 5, 10, QLatin1Char('0'));
        std::vector<uchar> png;
        cv::imencode(".png", smear.bgr, png);
        QList<VocObject> objects;
        QStringList classes;
        for (const SyntheticWbc &w : smear.wbcs) {
            objects.append({CellKind::Wbc, QStringLiteral("WBC"), w.box, 0});
            classes.append(cellClassName(w.cls));
        }
        for (const QRect &r : smear.rbcs)
            objects.append({CellKind::Rbc, QStringLiteral("RBC"), r, 0});
        const QString stem = name.chopped(4);
        const QByteArray xml = writeVoc(name, spec.width, spec.height, objects);
        for (const auto &[path, data] :
             {std::pair(root.filePath(QStringLiteral("images/") + name),
                        QByteArray(reinterpret_cast<const char *>(png.data()), qsizetype(png.size()))),
              std::pair(root.filePath(QStringLiteral("annotations/") + stem + QStringLiteral(".xml")),
                        xml)}) {
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
                if (error)
                    *error = QStringLiteral("%1: %2").arg(path, f.errorString());
                return false;
            }
        }
        csv.row({name, classes.join(u',')});
    }
    QSaveFile f(root.filePath(QStringLiteral("labels.csv")));
    if (!f.open(QIODevice::WriteOnly) || f.write(csv.data()) != csv.data().size() || !f.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

} // namespace wbc
