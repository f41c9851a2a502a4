#pragma once

#include "Benchmark.h"
#include "Evaluation.h"
#include "ModelManifest.h"
#include "Result.h"

#include <QDateTime>
#include <QFlags>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace dermaedge {

/// The engine that produced a stored result.
enum class ResultKind
{
    Benchmark,
    Evaluation,
};

/// The computer a result was measured on, as far as timings depend on it.
struct MachineInfo
{
    QString cpuModel;
    int cores = 0;     ///< logical cores (QThread::idealThreadCount())
    QString libraries; ///< runtimeVersions(), which names the LibTorch version

    bool operator==(const MachineInfo& other) const = default;
};

/// This computer.
MachineInfo currentMachine();

/// Key of a stored result: the model, data set, computer and settings it was measured with.
struct ResultKey
{
    ResultKind kind = ResultKind::Benchmark;
    QString modelId;
    QString archiveSha256;
    QString datasetHash;  ///< datasetHash() of the evaluated images; empty for benchmarks
    QString datasetLabel; ///< data folder and split, shown to the user; empty for benchmarks
    MachineInfo machine;
    /// Settings that change the figures, e.g. {"threads": 2, "runs": 50} or
    /// {"shifts": ["none"], "max_images": 0}
    QJsonObject settings;
};

/// Settings of a benchmark as stored: thread count (0 resolved to the core
/// count), timed and warm-up runs, batch size and image.
QJsonObject benchmarkSettings(const BenchmarkParams& params);

/// Settings of an evaluation as stored: shifts, image limit, and the model's
/// threshold and temperature, which the manifest can change without touching the archive.
QJsonObject evaluationSettings(const EvaluateParams& params, const ModelManifest& manifest);

/// Key of a benchmark of `manifest` with `params` on this computer.
ResultKey benchmarkKey(const ModelManifest& manifest, const BenchmarkParams& params);

/// Key of an evaluation of `manifest` on the data set with hash `datasetHash`.
ResultKey evaluationKey(const ModelManifest& manifest, const EvaluateParams& params,
                        const QString& datasetHash);

/// A result read back from the store.
struct StoredResult
{
    qint64 id = 0; ///< grows with every save, so a larger id is a newer result
    ResultKey key;
    QDateTime measuredAt; ///< UTC
    QJsonObject payload;  ///< benchmarkReportToJson() or evaluationReportToJson(report, true)
};

/// Reason a stored result no longer describes what a new run would measure.
enum class StaleReason
{
    ArchiveChanged = 0x1, ///< the model's archive has another SHA-256
    DatasetChanged = 0x2, ///< the evaluated images were added, removed, relabelled or resized
    OtherMachine = 0x4,   ///< CPU model, core count or library versions differ
    OtherSettings = 0x8,  ///< see differingSettings()
};
Q_DECLARE_FLAGS(StaleReasons, StaleReason)
Q_DECLARE_OPERATORS_FOR_FLAGS(StaleReasons)

/// Compares a stored key with the key a run would have now. The data set is
/// compared for evaluations only.
StaleReasons staleness(const ResultKey& stored, const ResultKey& current);

/// Names of the settings whose values differ, in alphabetical order. A setting
/// present on one side only differs. An array setting (such as the shifts)
/// matches when the stored one contains every element of the current one,
/// because a run over more shifts also contains the requested ones.
QStringList differingSettings(const QJsonObject& stored, const QJsonObject& current);

/// Returns the newest result (of those given newest first) that is not stale
/// against `current`, else the newest one; nullptr when the list is empty.
const StoredResult* preferredResult(const std::vector<StoredResult>& newestFirst, const ResultKey& current);

/// Benchmark and evaluation results in an SQLite file, so they can be shown
/// again without measuring again.
///
/// The file uses write-ahead logging, so the CLI and the GUI can use it at the
/// same time, and every save is one transaction. Its schema is versioned
/// (PRAGMA user_version); a file of a newer schema is rejected, not altered.
/// A store may only be used from the thread that opened it (a Qt SQL rule).
class ResultStore
{
public:
    static constexpr int kSchemaVersion = 1;
    /// Results kept per model and kind; older ones are deleted on save.
    static constexpr int kKeptPerModel = 20;

    ~ResultStore();
    ResultStore(const ResultStore&) = delete;
    ResultStore& operator=(const ResultStore&) = delete;

    /// $DERMAEDGE_RESULTS_DB when set, else results.sqlite in the user's data
    /// folder (QStandardPaths::AppDataLocation), beside the user's models folder.
    static QString defaultPath();

    /// Opens the file, creating it and its folder when missing. Fails, naming
    /// the file, when it cannot be created, is not a DermaEdge results
    /// database, or was written by a newer schema.
    static Result<std::unique_ptr<ResultStore>> open(const QString& path);

    const QString& path() const { return m_path; }

    /// Stores a result in one transaction. Returns its id.
    Result<qint64> save(const ResultKey& key, const QJsonObject& payload,
                        const QDateTime& measuredAt = QDateTime::currentDateTimeUtc());

    /// Results of one kind, newest first; all models when `modelId` is empty.
    Result<std::vector<StoredResult>> results(ResultKind kind, const QString& modelId = {}) const;

private:
    ResultStore(QString path, QString connectionName);
    Status prepareSchema();

    QString m_path;
    QString m_connectionName;
};

} // namespace dermaedge
