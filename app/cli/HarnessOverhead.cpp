#include "CliCommon.h"

#include "Benchmark.h"
#include "ResultStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dermaedge::cli {

namespace {

QJsonArray numbers(const std::vector<double>& values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

QString milliseconds(double value)
{
    return QString::number(value, 'f', 4);
}

} // namespace

int runHarnessOverhead(const ModelManifest& model, const HarnessOverheadParams& params, bool json)
{
    err() << "Measuring the harness overhead on " << model.id << ": " << params.rounds
          << " rounds of " << params.callsPerRound << " forward passes per mode\n";
    err().flush();
    const auto report = measureHarnessOverhead(model, params);
    if (!report) {
        err() << "Cannot measure the harness overhead: " << report.error() << "\n";
        return ExitFailure;
    }
    const MachineInfo machine = currentMachine();
    if (json) {
        const QJsonObject root{{QStringLiteral("model"), report->modelId},
                               {QStringLiteral("rounds"), report->rounds},
                               {QStringLiteral("calls_per_round"), report->callsPerRound},
                               {QStringLiteral("threads"), report->threads},
                               {QStringLiteral("cpu"), machine.cpuModel},
                               {QStringLiteral("cores"), machine.cores},
                               {QStringLiteral("versions"), machine.libraries},
                               {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               {QStringLiteral("load_average_before"), report->loadAverageBefore},
                               {QStringLiteral("load_average_after"), report->loadAverageAfter},
                               {QStringLiteral("other_processes_cores"), report->otherProcessesCores},
                               {QStringLiteral("bare_mean_ms"), numbers(report->bareMeanMs)},
                               {QStringLiteral("harness_mean_ms"), numbers(report->harnessMeanMs)},
                               {QStringLiteral("harness_p50_ms"), numbers(report->harnessP50Ms)},
                               {QStringLiteral("bare_median_ms"), report->bareMedianMs},
                               {QStringLiteral("harness_median_ms"), report->harnessMedianMs},
                               {QStringLiteral("overhead_fraction"), report->overheadFraction},
                               {QStringLiteral("empty_step_ns"), report->emptyStepNs},
                               {QStringLiteral("empty_step_fraction"), report->emptyStepFraction}};
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
        out().flush();
        return ExitOk;
    }
    out() << "Model: " << report->modelId << ", " << report->threads << " threads\n"
          << "CPU: " << machine.cpuModel << " (" << machine.cores << " cores); " << machine.libraries << "\n"
          << "Load average (1, 5, 15 min) before: " << report->loadAverageBefore
          << "; after: " << report->loadAverageAfter << "\n"
          << "Cores kept busy by other processes during the rounds: "
          << (report->otherProcessesCores < 0 ? QStringLiteral("unknown")
                                              : QString::number(report->otherProcessesCores, 'f', 2)) << "\n"
          << "Per round, mean ms per forward pass (bare loop | through the harness | harness median):\n";
    for (size_t i = 0; i < report->bareMeanMs.size(); ++i) {
        out() << "  " << QString::number(i + 1).rightJustified(3) << "  " << milliseconds(report->bareMeanMs[i])
              << "  " << milliseconds(report->harnessMeanMs[i]) << "  " << milliseconds(report->harnessP50Ms[i])
              << (i % 2 == 0 ? "  (bare first)" : "  (harness first)") << "\n";
    }
    out() << "Median bare: " << milliseconds(report->bareMedianMs) << " ms; median through the harness: "
          << milliseconds(report->harnessMedianMs) << " ms\n"
          << "Harness overhead (median over rounds of harness / bare - 1): "
          << QString::number(report->overheadFraction * 100.0, 'f', 2) << "%\n"
          << "Time the harness records for a step that does nothing: "
          << QString::number(report->emptyStepNs, 'f', 1) << " ns per call, "
          << QString::number(report->emptyStepFraction * 100.0, 'f', 4) << "% of the median bare forward pass\n";
    out().flush();
    return ExitOk;
}

} // namespace dermaedge::cli
