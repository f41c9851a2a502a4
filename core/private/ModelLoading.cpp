#include "ModelLoading.h"

#include "QuantizePasses.h"

#include <QFileInfo>

#include <torch/csrc/jit/passes/freeze_module.h>
#include <torch/csrc/jit/passes/frozen_graph_optimizations.h>

namespace dermaedge::detail {

namespace {

constexpr qint64 kMaxArchiveBytes = 2LL * 1024 * 1024 * 1024;

} // namespace

Status verifyArchive(const ModelManifest& manifest)
{
    const QString path = manifest.archivePath();
    const QFileInfo info(path);
    if (!info.isFile())
        return Status::failure(QStringLiteral("%1: model archive not found").arg(path));
    if (info.size() > kMaxArchiveBytes)
        return Status::failure(QStringLiteral("%1: model archive is too large").arg(path));
    auto digest = sha256OfFile(path);
    if (!digest)
        return Status::failure(digest.error());
    if (digest.value() != manifest.sha256)
        return Status::failure(
            QStringLiteral("%1: SHA-256 does not match the manifest %2; the archive is damaged or "
                           "was replaced")
                .arg(path, QFileInfo(manifest.manifestPath).fileName()));
    return Status::success();
}

bool isQuantizedKind(const QString& kind)
{
    return kind.contains(QStringLiteral("int8"));
}

torch::jit::Module loadEvalModule(const ModelManifest& manifest)
{
    if (isQuantizedKind(manifest.kind))
        selectQuantizedEngine();
    torch::jit::Module module = torch::jit::load(manifest.archivePath().toStdString(), torch::kCPU);
    module.eval();
    return module;
}

torch::jit::Module prepareForInference(const torch::jit::Module& loaded, const QString& kind)
{
    // Freezing inlines weights as constants; optimize_for_inference then folds
    // batch norms into convolutions and picks oneDNN kernels for FP32 models.
    torch::jit::Module frozen = torch::jit::freeze(loaded);
    if (!isQuantizedKind(kind))
        frozen = torch::jit::optimize_for_inference(frozen);
    return frozen;
}

} // namespace dermaedge::detail
