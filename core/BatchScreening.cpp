#include "BatchScreening.h"

#include "ImageIo.h"
#include "Logging.h"
#include "private/BatchDecoding.h"
#include "private/BoundedQueue.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>

#include <ATen/Parallel.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <set>
#include <thread>
#include <vector>

namespace dermaedge {

namespace {

using detail::DecodedInput;

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
// that "2.jpg" sorts before "10.jpg". QCollator's numeric mode would do this,
// but Qt builds without ICU ignore it on Linux.
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

/// The decoding threads feed a bounded queue and the calling thread runs the
/// network on batches taken from it, so decoding the next files overlaps
/// with inference on the current ones.
class Pipeline
{
public:
    Pipeline(Classifier& classifier, const QStringList& files, const PipelineOptions& options,
             const BatchResultCallback& onResult, const ProgressCallback& progress,
             const CancelCallback& cancel)
        : m_classifier(classifier), m_files(files), m_options(options), m_onResult(onResult),
          m_progress(progress), m_cancel(cancel), m_queue(size_t(options.queueDepth))
    {
    }

    Result<BatchSummary> run();

private:
    void decodeFiles();
    bool collectBatch(std::vector<DecodedInput>& batch);
    void screenDecoded(std::vector<DecodedInput>& batch);
    void deliver(const BatchItemResult& item);
    void stopDecoders();

    Classifier& m_classifier;
    const QStringList& m_files;
    const PipelineOptions& m_options;
    const BatchResultCallback& m_onResult;
    const ProgressCallback& m_progress;
    const CancelCallback& m_cancel;

    detail::BoundedQueue<DecodedInput> m_queue;
    std::atomic<int> m_nextFile{0};
    std::atomic<int> m_runningDecoders{0};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_decodingAborted{false};
    std::vector<std::thread> m_decoders;
    BatchSummary m_summary;
    bool m_cancelled = false;
};

Result<BatchSummary> Pipeline::run()
{
    QElapsedTimer timer;
    timer.start();
    m_summary.total = int(m_files.size());
    if (m_files.isEmpty())
        return m_summary;
    // LibTorch's OpenMP thread count is a setting of the calling thread, which
    // may be a pool thread that later screens single images with another count.
    const int previousThreads = at::get_num_threads();
    const auto restoreThreads =
        qScopeGuard([previousThreads] { at::set_num_threads(previousThreads); });
    setInferenceThreads(m_options.inferenceThreads);
    if (m_progress)
        m_progress({0, m_summary.total, QStringLiteral("Screening %1 files").arg(m_summary.total)});

    QString failure;
    try {
        const int decoderCount = std::min(m_options.decodeThreads, int(m_files.size()));
        m_runningDecoders = decoderCount;
        for (int i = 0; i < decoderCount; ++i)
            m_decoders.emplace_back(&Pipeline::decodeFiles, this);

        std::vector<DecodedInput> batch;
        bool more = true;
        while (more && !m_cancelled) {
            more = collectBatch(batch);
            if (!m_cancelled)
                screenDecoded(batch);
            batch.clear();
        }
    } catch (const std::exception& error) {
        // std::system_error when a thread cannot start, std::bad_alloc.
        failure =
            QStringLiteral("batch screening failed (%1)").arg(QString::fromLocal8Bit(error.what()));
    }
    stopDecoders();
    m_summary.seconds = double(timer.nsecsElapsed()) / 1e9;

    qCInfo(lcInference).nospace() << "batch of " << m_summary.total << " files with "
                                  << m_classifier.manifest().id << ": " << m_summary.screened
                                  << " screened, " << m_summary.failed << " failed in "
                                  << m_summary.seconds << " s (" << m_options.decodeThreads
                                  << " decoding threads, batch " << m_options.batchSize << ")"
                                  << (m_cancelled ? ", cancelled" : "");
    if (failure.isEmpty() && m_decodingAborted)
        failure = QStringLiteral("batch screening stopped after %1 of %2 files: out of memory "
                                 "while decoding")
                      .arg(m_summary.screened + m_summary.failed)
                      .arg(m_summary.total);
    if (!failure.isEmpty())
        return Result<BatchSummary>::failure(failure);
    if (m_cancelled)
        return Result<BatchSummary>::failure(
            QStringLiteral("batch screening cancelled after %1 of %2 files")
                .arg(m_summary.screened + m_summary.failed)
                .arg(m_summary.total));
    return m_summary;
}

// Runs on each decoding thread. The last thread to finish closes the queue, so
// the network thread's pop() returns std::nullopt once the queue is drained.
void Pipeline::decodeFiles()
{
    const Preprocessing& preprocessing = m_classifier.manifest().preprocessing;
    try {
        while (!m_stop) {
            const int index = m_nextFile++;
            if (index >= m_files.size())
                break;
            DecodedInput decoded = detail::decodeInput(index, m_files.at(index), preprocessing,
                                                       m_options.thumbnailSize);
            if (!m_queue.push(std::move(decoded)))
                break;
        }
    } catch (...) {
        // Only std::bad_alloc can reach here; the network thread then ends
        // with the files decoded so far instead of waiting forever.
        m_decodingAborted = true;
        m_stop = true;
    }
    if (--m_runningDecoders == 0)
        m_queue.close();
}

// Fills `batch` with up to batchSize decoded images, delivering failed files
// on the way. Returns false when no more input will come.
bool Pipeline::collectBatch(std::vector<DecodedInput>& batch)
{
    while (int(batch.size()) < m_options.batchSize) {
        std::optional<DecodedInput> item = m_queue.pop();
        if (!item)
            return false;
        if (item->ok()) {
            batch.push_back(std::move(*item));
            continue;
        }
        BatchItemResult failed;
        failed.index = item->index;
        failed.path = item->path;
        failed.error = item->error;
        deliver(failed);
        if (m_cancelled)
            return false;
    }
    return true;
}

void Pipeline::screenDecoded(std::vector<DecodedInput>& batch)
{
    if (batch.empty())
        return;
    std::vector<InputTensor> inputs;
    inputs.reserve(batch.size());
    for (DecodedInput& decoded : batch)
        inputs.push_back(std::move(decoded.input));
    const std::vector<Result<ScreeningResult>> results = m_classifier.screenInputs(inputs);

    for (size_t i = 0; i < batch.size(); ++i) {
        BatchItemResult item;
        item.index = batch[i].index;
        item.path = batch[i].path;
        item.thumbnail = std::move(batch[i].thumbnail);
        if (results[i]) {
            item.result = results[i].value();
            item.result->totalMs += batch[i].decodeMs;
        } else {
            item.error = QStringLiteral("%1: %2").arg(item.path, results[i].error());
        }
        deliver(item);
    }
}

void Pipeline::deliver(const BatchItemResult& item)
{
    if (item.ok())
        ++m_summary.screened;
    else
        ++m_summary.failed;
    if (m_onResult)
        m_onResult(item);
    const int done = m_summary.screened + m_summary.failed;
    if (m_progress)
        m_progress({done, m_summary.total,
                    QStringLiteral("Screened %1 of %2 files").arg(done).arg(m_summary.total)});
    if (!m_cancelled && m_cancel && m_cancel()) {
        m_cancelled = true;
        m_stop = true;
    }
}

void Pipeline::stopDecoders()
{
    m_stop = true;
    m_queue.close(); // wakes decoders blocked on a full queue
    for (std::thread& decoder : m_decoders)
        decoder.join();
    m_decoders.clear();
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
    for (const Status& status : {checkRange("decode threads", options.decodeThreads, 1, 64),
                                 checkRange("inference threads", options.inferenceThreads, 0, 1024),
                                 checkRange("queue depth", options.queueDepth, 1, 4096),
                                 checkRange("batch size", options.batchSize, 1, 256),
                                 checkRange("thumbnail size", options.thumbnailSize, 0, 1024)}) {
        if (!status)
            return status;
    }
    return Status::success();
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
    ClassifierOptions options;
    options.threads = params.pipeline.inferenceThreads;
    options.verifyChecksum = params.verifyChecksum;
    Result<std::unique_ptr<Classifier>> classifier = Classifier::load(params.manifest, options);
    if (!classifier)
        return Result<BatchSummary>::failure(classifier.error());
    if (cancel && cancel())
        return Result<BatchSummary>::failure(
            QStringLiteral("batch screening cancelled after 0 of %1 files").arg(files->size()));
    return screenFilesPipelined(*classifier.value(), files.value(), params.pipeline, onResult,
                                progress, cancel);
}

Result<BatchSummary> screenFilesPipelined(Classifier& classifier, const QStringList& files,
                                          const PipelineOptions& options,
                                          const BatchResultCallback& onResult,
                                          const ProgressCallback& progress,
                                          const CancelCallback& cancel)
{
    if (Status valid = validatePipelineOptions(options); !valid)
        return Result<BatchSummary>::failure(
            QStringLiteral("invalid batch screening options: %1").arg(valid.error()));
    return Pipeline(classifier, files, options, onResult, progress, cancel).run();
}

} // namespace dermaedge
