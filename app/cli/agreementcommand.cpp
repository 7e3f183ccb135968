#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "command.h"
#include "project/projectstore.h"
#include "review/agreement.h"

namespace wbc::cli {

namespace {

    // The context of this file's messages (lupdate reads it from Q_DECLARE_TR_FUNCTIONS).
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(WbcAgreement)
    };

    QJsonValue jsonNumber(double value)
    {
        return std::isnan(value) ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    }

    QString text(double value)
    {
        return std::isnan(value) ? Tr::tr("n/a") : QString::number(value, 'f', 3);
    }

    void printJson(const AgreementReport &r)
    {
        QJsonObject annotators;
        for (auto it = r.annotators.cbegin(); it != r.annotators.cend(); ++it)
            annotators.insert(it.key(), it.value());
        QJsonArray pairs;
        for (const PairAgreement &p : r.pairs)
            pairs.append(QJsonObject { { QStringLiteral("a"), p.a },
                { QStringLiteral("b"), p.b },
                { QStringLiteral("n"), p.n },
                { QStringLiteral("kappa"), jsonNumber(p.kappa) } });
        const QJsonObject o { { QStringLiteral("annotators"), annotators },
            { QStringLiteral("pairs"), pairs },
            { QStringLiteral("fleiss_kappa"), jsonNumber(r.fleissKappa) } };
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    }

    void printText(const QString &project, const AgreementReport &r)
    {
        out() << Tr::tr("Project %1\n").arg(project);
        if (r.annotators.isEmpty()) {
            out() << Tr::tr("  no white cell is labelled with a class yet\n");
            return;
        }
        out() << Tr::tr("Annotators (white cells labelled with a class):\n");
        for (auto it = r.annotators.cbegin(); it != r.annotators.cend(); ++it)
            out() << QStringLiteral("  %1 %2\n").arg(it.key(), -20).arg(it.value(), 6);
        if (!r.pairs.isEmpty()) {
            out() << Tr::tr("Pairs (cells both labelled, observed agreement, Cohen's kappa):\n");
            for (const PairAgreement &p : r.pairs)
                out() << QStringLiteral("  %1 %2 %3 %4\n")
                             .arg(p.a + QStringLiteral(" / ") + p.b, -30)
                             .arg(p.n, 6)
                             .arg(text(p.observed), 7)
                             .arg(text(p.kappa), 7);
        }
        out() << Tr::tr(
            "Fleiss' kappa: %1 over %n cell(s) every annotator labelled\n", nullptr, r.fleissCells)
                     .arg(text(r.fleissKappa));
        if (!r.perClass.isEmpty()) {
            out() << Tr::tr("Specific agreement by class (ratings):\n");
            for (const ClassAgreement &c : r.perClass)
                out() << QStringLiteral("  %1 %2 %3\n")
                             .arg(cellClassDisplayName(c.cls) + u':', -14)
                             .arg(text(c.specificAgreement), 7)
                             .arg(c.ratings, 6);
        }
    }

    int runAgreement(QCommandLineParser &parser)
    {
        QString projectPath;
        if (!requireOption(
                parser, QStringLiteral("agreement"), QStringLiteral("project"), &projectPath))
            return Usage;
        ProjectStore store;
        QString error;
        if (!store.open(projectPath, ProjectStore::OpenMode::OpenExisting, &error)) {
            err() << "wbc agreement: " << error << Qt::endl;
            return Failure;
        }
        const QList<AnnotatorLabel> labels = store.annotatorLabels();
        if (!store.lastError().isEmpty() && labels.isEmpty()) {
            err() << "wbc agreement: "
                  << Tr::tr("%1: read failed: %2").arg(store.path(), store.lastError()) << Qt::endl;
            return Failure;
        }
        const AgreementReport report = computeAgreement(labels);
        if (parser.isSet(QStringLiteral("json")))
            printJson(report);
        else
            printText(store.path(), report);
        return Ok;
    }

} // namespace

Command agreementCommand()
{
    return { QStringLiteral("agreement"),
        Tr::tr("Print inter-annotator agreement (Cohen's and Fleiss' kappa)"),
        [](QCommandLineParser &p) {
            p.addOption({ QStringLiteral("project"),
                Tr::tr("Project file or postgresql:// URL"),
                QStringLiteral("FILE_OR_URL") });
            p.addOption({ QStringLiteral("json"), Tr::tr("Print one JSON object") });
        },
        runAgreement };
}

} // namespace wbc::cli
