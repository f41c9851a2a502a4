#include "Network.h"

#include "Logging.h"
#include "private/NetworkBuilder.h"

namespace dermaedge {

namespace {

// Visits every convolution of the network: (in, out, kernel, stride).
template <typename Visitor>
void forEachConvolution(const NetworkSpec& spec, Visitor visit)
{
    visit(3, spec.stemChannels, 3, 2);
    int channels = spec.stemChannels;
    for (size_t i = 0; i < spec.stageChannels.size(); ++i) {
        const int out = spec.stageChannels[i];
        for (int block = 0; block < std::max(1, spec.blocksPerStage); ++block) {
            const int in = block == 0 ? channels : out;
            const int stride = (block == 0 && i > 0) ? 2 : 1;
            const int inner = innerWidth(spec, int(i), block);
            // The shortcut comes first: it reads the block's input size.
            if (stride != 1 || in != out)
                visit(in, out, 1, stride);
            visit(in, inner, 3, stride);
            visit(inner, out, 3, 1);
        }
        channels = out;
    }
}

} // namespace

int innerWidth(const NetworkSpec& spec, int stage, int blockInStage)
{
    const size_t index = size_t(stage * std::max(1, spec.blocksPerStage) + blockInStage);
    return index < spec.innerChannels.size() ? spec.innerChannels[index]
                                             : spec.stageChannels[size_t(stage)];
}

qint64 parameterCount(const NetworkSpec& spec)
{
    qint64 count = 0;
    forEachConvolution(spec, [&](int in, int out, int kernel, int) {
        count += qint64(in) * out * kernel * kernel + 2 * out; // weights + batch norm affine
    });
    const int last = spec.stageChannels.empty() ? spec.stemChannels : spec.stageChannels.back();
    return count + last + 1;
}

qint64 multiplyAccumulates(const NetworkSpec& spec, int inputSize)
{
    qint64 macs = 0;
    int size = inputSize;
    forEachConvolution(spec, [&](int in, int out, int kernel, int stride) {
        // A stride-2 convolution halves the map, and its 1x1 shortcut reads the same input size.
        const int outSize = (size + stride - 1) / stride;
        macs += qint64(in) * out * kernel * kernel * outSize * outSize;
        if (kernel == 3)
            size = outSize;
    });
    const int last = spec.stageChannels.empty() ? spec.stemChannels : spec.stageChannels.back();
    return macs + last;
}

Status saveUntrainedNetwork(const NetworkSpec& spec, const QString& archivePath)
{
    try {
        detail::NetworkBuilder builder(spec.seed);
        torch::jit::Module net = builder.build(spec);
        net.eval();
        net.save(archivePath.toStdString());
    } catch (const c10::Error& error) {
        return Status::failure(QStringLiteral("%1: cannot build or save the network (%2)")
                                   .arg(archivePath, QString::fromStdString(error.msg())));
    }
    return Status::success();
}

} // namespace dermaedge
