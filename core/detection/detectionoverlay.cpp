#include "detection/detectionoverlay.h"

#include <opencv2/imgproc.hpp>

namespace wbc {

namespace {

const cv::Scalar kAnnotated(60, 170, 40);  // green
const cv::Scalar kDetected(200, 40, 200);  // magenta
const cv::Scalar kMulti(30, 30, 220);      // red

cv::Rect toCv(const QRect &r)
{
    return {r.x(), r.y(), r.width(), r.height()};
}

void label(cv::Mat &img, const std::string &text, cv::Point at, const cv::Scalar &bg, double scale)
{
    int base = 0;
    const cv::Size size = cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, scale, 2, &base);
    at.x = std::clamp(at.x, 0, std::max(0, img.cols - size.width - 4));
    at.y = std::clamp(at.y, size.height + 4, img.rows);
    cv::rectangle(img, cv::Rect(at.x, at.y - size.height - 4, size.width + 4, size.height + base + 4),
                  bg, cv::FILLED);
    cv::putText(img, text, cv::Point(at.x + 2, at.y - 2 + base / 2), cv::FONT_HERSHEY_SIMPLEX,
                scale, cv::Scalar(255, 255, 255), 2, cv::LINE_AA);
}

} // namespace

cv::Mat drawDetections(const cv::Mat &bgr,
                       const QList<QRect> &annotated,
                       const QList<QRect> &detected,
                       const QList<double> &scores,
                       const QString &caption)
{
    cv::Mat out = bgr.clone();
    const int thick = std::max(2, out.cols / 200);
    const double scale = std::max(0.5, out.cols / 1000.0);
    for (const QRect &r : annotated)
        cv::rectangle(out, toCv(r), kAnnotated, thick, cv::LINE_AA);
    for (qsizetype i = 0; i < detected.size(); ++i) {
        const cv::Rect r = toCv(detected.at(i));
        // Dashed: the detector's guess, drawn inside the annotation's solid line.
        const cv::Rect inner = r - cv::Point(-thick, -thick) - cv::Size(2 * thick, 2 * thick);
        for (int k = 0; k < 4; ++k) {
            const cv::Point a = k == 0 ? inner.tl() : k == 1 ? cv::Point(inner.br().x, inner.y)
                              : k == 2 ? inner.br() : cv::Point(inner.x, inner.br().y);
            const cv::Point b = k == 0 ? cv::Point(inner.br().x, inner.y) : k == 1 ? inner.br()
                              : k == 2 ? cv::Point(inner.x, inner.br().y) : inner.tl();
            const double len = cv::norm(b - a);
            for (double t = 0; t < len; t += 16) {
                const double t2 = std::min(len, t + 9);
                cv::line(out, a + (b - a) * (t / len), a + (b - a) * (t2 / len), kDetected, thick,
                         cv::LINE_AA);
            }
        }
        if (i < scores.size())
            label(out, cv::format("%.2f", scores.at(i)), cv::Point(r.x, r.y + r.height), kDetected,
                  scale * 0.8);
    }
    label(out, caption.toStdString(), cv::Point(4, out.rows - 4), cv::Scalar(60, 60, 60), scale);
    if (annotated.size() >= 2 || detected.size() >= 2)
        label(out, "MULTI", cv::Point(out.cols - 10, 30), kMulti, scale);
    return out;
}

cv::Mat composeGrid(const std::vector<cv::Mat> &images, int columns, cv::Size cell)
{
    const int n = int(images.size());
    columns = std::max(1, std::min(columns, n));
    const int rows = n ? (n + columns - 1) / columns : 0;
    const int gap = 6;
    cv::Mat grid(std::max(1, rows * (cell.height + gap) + gap), columns * (cell.width + gap) + gap,
                 CV_8UC3, cv::Scalar(255, 255, 255));
    for (int i = 0; i < n; ++i) {
        cv::Mat scaled;
        cv::resize(images[size_t(i)], scaled, cell, 0, 0, cv::INTER_AREA);
        const cv::Rect at(gap + (i % columns) * (cell.width + gap),
                          gap + (i / columns) * (cell.height + gap), cell.width, cell.height);
        scaled.copyTo(grid(at));
    }
    return grid;
}

} // namespace wbc
