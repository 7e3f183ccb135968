#include "training/metrics.h"

#include <QJsonArray>

#include <cmath>

namespace wbc {

ConfusionMatrix::ConfusionMatrix(int classCount)
    : m_n(std::max(classCount, 0))
    , m_counts(size_t(m_n) * size_t(m_n), 0)
{}

void ConfusionMatrix::add(int truth, int predicted, int count)
{
    if (truth < 0 || truth >= m_n || predicted < 0 || predicted >= m_n)
        return;
    m_counts[size_t(truth * m_n + predicted)] += count;
}

int ConfusionMatrix::total() const
{
    int sum = 0;
    for (int c : m_counts)
        sum += c;
    return sum;
}

int ConfusionMatrix::rowTotal(int truth) const
{
    int sum = 0;
    for (int p = 0; p < m_n; ++p)
        sum += count(truth, p);
    return sum;
}

int ConfusionMatrix::columnTotal(int predicted) const
{
    int sum = 0;
    for (int t = 0; t < m_n; ++t)
        sum += count(t, predicted);
    return sum;
}

double ConfusionMatrix::accuracy() const
{
    const int n = total();
    if (n == 0)
        return 0.0;
    int right = 0;
    for (int c = 0; c < m_n; ++c)
        right += count(c, c);
    return double(right) / n;
}

double ConfusionMatrix::balancedAccuracy() const
{
    double sum = 0.0;
    int classes = 0;
    for (int c = 0; c < m_n; ++c) {
        const int row = rowTotal(c);
        if (row == 0)
            continue;
        sum += double(count(c, c)) / row;
        ++classes;
    }
    return classes ? sum / classes : 0.0;
}

ClassMetrics ConfusionMatrix::classMetrics(int cls) const
{
    ClassMetrics m;
    const int tp = count(cls, cls);
    const int predicted = columnTotal(cls);
    m.support = rowTotal(cls);
    m.precision = predicted ? double(tp) / predicted : 0.0;
    m.recall = m.support ? double(tp) / m.support : 0.0;
    m.f1 = (m.precision + m.recall) > 0 ? 2 * m.precision * m.recall / (m.precision + m.recall)
                                        : 0.0;
    return m;
}

double ConfusionMatrix::macroF1() const
{
    if (m_n == 0)
        return 0.0;
    double sum = 0.0;
    for (int c = 0; c < m_n; ++c)
        sum += classMetrics(c).f1;
    return sum / m_n;
}

QJsonObject ConfusionMatrix::toJson(const QStringList &classNames) const
{
    QJsonArray rows;
    QJsonObject perClass;
    for (int t = 0; t < m_n; ++t) {
        QJsonArray row;
        for (int p = 0; p < m_n; ++p)
            row.append(count(t, p));
        rows.append(row);
        const ClassMetrics m = classMetrics(t);
        perClass.insert(t < classNames.size() ? classNames.at(t) : QString::number(t),
                        QJsonObject{{QStringLiteral("precision"), m.precision},
                                    {QStringLiteral("recall"), m.recall},
                                    {QStringLiteral("f1"), m.f1},
                                    {QStringLiteral("support"), m.support}});
    }
    return {{QStringLiteral("accuracy"), accuracy()},
            {QStringLiteral("balanced_accuracy"), balancedAccuracy()},
            {QStringLiteral("macro_f1"), macroF1()},
            {QStringLiteral("confusion"), rows},
            {QStringLiteral("per_class"), perClass}};
}

ConfusionMatrix &ConfusionMatrix::operator+=(const ConfusionMatrix &other)
{
    if (other.m_n != m_n)
        return *this;
    for (size_t i = 0; i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    return *this;
}

MeanSpread meanSpread(const std::vector<double> &values)
{
    MeanSpread s;
    if (values.empty())
        return s;
    for (double v : values)
        s.mean += v;
    s.mean /= double(values.size());
    if (values.size() < 2)
        return s;
    double ss = 0.0;
    for (double v : values)
        ss += (v - s.mean) * (v - s.mean);
    s.stddev = std::sqrt(ss / double(values.size() - 1));
    return s;
}

} // namespace wbc
