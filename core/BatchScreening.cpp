#include "BatchScreening.h"

#include "ImageIo.h"
#include "private/BatchPipeline.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>

#include <ATen/Parallel.h>

#include <algorithm>
#include <memory>
#include <set>
#include <vector>

namespace dermaedge {

namespace {

Status checkRange(const char* name, int value, int min, int max)
{
    if (value >= min && value <= max)
        return Status::success();
    return Status::failure(QStringLiteral("%1 is %2; expected %3 to %4")
                               .arg(QString::fromLatin1(name))
                               .arg(value)
                               .arg(min)
                               .arg(max));
}

// Compares paths case-insensitively, with runs of digits compared by value, so
// that "2.jpg" sorts before "10.jpg". QCollator's numeric mode had no effect
// with Debian's Qt 6.4, so it cannot do this.
bool naturalLess(const QString& left, const QString& right)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < left.size() && j < right.size()) {
        if (left.at(i).isDigit() && right.at(j).isDigit()) {
            const qsizetype leftStart = i;
            const qsizetype rightStart = j;
            while (i < left.size() && left.at(i).isDigit())
                ++i;
            while (j < right.size() && right.at(j).isDigit())
                ++j;
            // Compare digit runs by value: without leading zeros, a longer run is larger.
            QStringView leftDigits = QStringView(left).mid(leftStart, i - leftStart);
            QStringView rightDigits = QStringView(right).mid(rightStart, j - rightStart);
            while (leftDigits.size() > 1 && leftDigits.front() == u'0')
                leftDigits = leftDigits.mid(1);
            while (rightDigits.size() > 1 && rightDigits.front() == u'0')
                rightDigits = rightDigits.mid(1);
            if (leftDigits.size() != rightDigits.size())
                return leftDigits.size() < rightDigits.size();
            if (const int order = leftDigits.compare(rightDigits); order != 0)
                return order < 0;
            continue;
        }
        const QChar a = left.at(i).toCaseFolded();
        const QChar b = right.at(j).toCaseFolded();
        if (a != b)
            return a < b;
        ++i;
        ++j;
    }
    if ((left.size() - i) != (right.size() - j))
        return left.size() - i < right.size() - j;
    return left < right; // equal apart from case or leading zeros: keep a strict order
}

} // namespace

QStringList defaultImageExtensions()
{
    QStringList extensions;
    for (const QString& pattern : supportedImagePatterns())
        extensions << pattern.mid(2); // "*.jpg" -> "jpg"
    return extensions;
}

Status validatePipelineOptions(const PipelineOptions& options)
{
    for (const Status& status : {checkRange("decode threads", options.decodeThreads, 0, 64),
                                 checkRange("network threads", options.networkThreads, 0, 16),
                                 checkRange("inference threads", options.inferenceThreads, 0, 1024),
                                 checkRange("queue depth", options.queueDepth, 1, 4096),
                                 checkRange("batch size", options.batchSize, 1, 256),
                                 checkRange("thumbnail size", options.thumbnailSize, 0, 1024)}) {
        if (!status)
            return status;
    }
    return Status::success();
}

PipelineOptions resolvePipelineOptions(const PipelineOptions& options, int files)
{
    // NOTE: the limit of 8 automatic network threads is a judgement, not a
    // measurement: each thread loads its own copy of the model.
    constexpr int kMaxAutomaticNetworkThreads = 8;
    const int cores = std::max(1, QThread::idealThreadCount());
    const int atMostFiles = std::max(1, files);
    PipelineOptions resolved = options;
    if (resolved.inferenceThreads == 0)
        resolved.inferenceThreads = cores;
    if (resolved.networkThreads == 0)
        resolved.networkThreads = std::min(resolved.inferenceThreads, kMaxAutomaticNetworkThreads);
    resolved.networkThreads = std::min(resolved.networkThreads, atMostFiles);
    if (resolved.decodeThreads == 0)
        resolved.decodeThreads = cores;
    resolved.decodeThreads = std::min(resolved.decodeThreads, atMostFiles);
    return resolved;
}

Result<QStringList> listImageFiles(const QString& folder, bool recursive,
                                   const QStringList& extensions)
{
    const QFileInfo info(folder);
    if (!info.exists())
        return Result<QStringList>::failure(QStringLiteral("%1: folder not found").arg(folder));
    if (!info.isDir())
        return Result<QStringList>::failure(QStringLiteral("%1: not a folder").arg(folder));
    if (!info.isReadable())
        return Result<QStringList>::failure(
            QStringLiteral("%1: folder cannot be read (permission denied)").arg(folder));

    std::set<QString> accepted;
    for (const QString& extension : extensions)
        accepted.insert(extension.toLower());
    QStringList files;
    QDirIterator it(QDir::cleanPath(folder), QDir::Files,
                    recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        const QString path = it.next();
        if (accepted.count(it.fileInfo().suffix().toLower()) > 0)
            files << path;
    }
    std::sort(files.begin(), files.end(), naturalLess);
    return files;
}

Result<QStringList> batchFileList(const BatchScreeningParams& params)
{
    QStringList files = params.files;
    if (!params.folder.isEmpty()) {
        Result<QStringList> listed =
            listImageFiles(params.folder, params.recursive, params.extensions);
        if (!listed)
            return listed;
        if (listed->isEmpty() && files.isEmpty())
            return Result<QStringList>::failure(
                QStringLiteral("%1: no image files to screen (looked for %2%3)")
                    .arg(params.folder, params.extensions.join(QStringLiteral(", ")),
                         params.recursive ? QStringLiteral(", including subfolders")
                                          : QStringLiteral(", not in subfolders")));
        files << listed.value();
    }
    if (files.isEmpty())
        return Result<QStringList>::failure(QStringLiteral("no files or folder to screen"));
    return files;
}

Result<BatchSummary> screenBatch(const BatchScreeningParams& params,
                                 const BatchResultCallback& onResult,
                                 const ProgressCallback& progress, const CancelCallback& cancel)
{
    if (Status valid = validatePipelineOptions(params.pipeline); !valid)
        return Result<BatchSummary>::failure(
            QStringLiteral("invalid batch screening options: %1").arg(valid.error()));
    Result<QStringList> files = batchFileList(params);
    if (!files)
        return Result<BatchSummary>::failure(files.error());
    if (progress)
        progress({0, files->size(), QStringLiteral("Loading model %1").arg(params.manifest.id)});

    const int previousThreads = at::get_num_threads();
    const auto restoreThreads =
        qScopeGuard([previousThreads] { at::set_num_threads(previousThreads); });
    const PipelineOptions pipeline = resolvePipelineOptions(params.pipeline, int(files->size()));
    ClassifierOptions options;
    options.threads = std::max(1, pipeline.inferenceThreads / pipeline.networkThreads);
    options.verifyChecksum = params.verifyChecksum;
    // One copy of the model per network thread, because a Classifier serves one thread at a time.
    std::vector<std::unique_ptr<Classifier>> loaded;
    std::vector<Classifier*> classifiers;
    for (int i = 0; i < pipeline.networkThreads; ++i) {
        Result<std::unique_ptr<Classifier>> classifier = Classifier::load(params.manifest, options);
        if (!classifier)
            return Result<BatchSummary>::failure(classifier.error());
        loaded.push_back(std::move(classifier).value());
        classifiers.push_back(loaded.back().get());
    }
    if (cancel && cancel())
        return Result<BatchSummary>::failure(
            QStringLiteral("batch screening cancelled after 0 of %1 files").arg(files->size()));
    return screenFilesPipelined(classifiers, files.value(), pipeline, onResult, progress, cancel);
}

Result<BatchSummary> screenFilesPipelined(Classifier& classifier, const QStringList& files,
                                          const PipelineOptions& options,
                                          const BatchResultCallback& onResult,
                                          const ProgressCallback& progress,
                                          const CancelCallback& cancel)
{
    return screenFilesPipelined(std::vector<Classifier*>{&classifier}, files, options, onResult,
                                progress, cancel);
}

Result<BatchSummary> screenFilesPipelined(const std::vector<Classifier*>& classifiers,
                                          const QStringList& files, const PipelineOptions& options,
                                          const BatchResultCallback& onResult,
                                          const ProgressCallback& progress,
                                          const CancelCallback& cancel)
{
    if (Status valid = validatePipelineOptions(options); !valid)
        return Result<BatchSummary>::failure(
            QStringLiteral("invalid batch screening options: %1").arg(valid.error()));
    if (classifiers.empty())
        return Result<BatchSummary>::failure(QStringLiteral("no model to screen with"));
    PipelineOptions pipeline = resolvePipelineOptions(options, int(files.size()));
    pipeline.networkThreads = int(classifiers.size());
    return detail::BatchPipeline(classifiers, files, pipeline, onResult, progress, cancel).run();
}

} // namespace dermaedge
