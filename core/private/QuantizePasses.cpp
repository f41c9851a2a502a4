#include "QuantizePasses.h"

#include "Logging.h"

#include <ATen/Context.h>
#include <torch/csrc/jit/passes/constant_propagation.h>
#include <torch/csrc/jit/passes/dead_code_elimination.h>
#include <torch/csrc/jit/passes/fold_conv_bn.h>
#include <torch/csrc/jit/passes/quantization/finalize.h>
#include <torch/csrc/jit/passes/quantization/insert_observers.h>
#include <torch/csrc/jit/passes/quantization/insert_quant_dequant.h>

#include <algorithm>
#include <map>

namespace dermaedge::detail {

namespace {

// Counts quantized operators and the float convolutions and linear layers
// left in the finalized graph, with the reason they stayed in FP32.
void describeGraph(QuantizedModule& result, torch::jit::QuantType type)
{
    const std::shared_ptr<torch::jit::Graph> graph = result.module.get_method("forward").graph();
    std::map<std::string, int> floatLayers;
    for (const torch::jit::Node* node : graph->nodes()) {
        const std::string kind = node->kind().toQualString();
        if (kind.rfind("quantized::", 0) == 0)
            ++result.quantizedOps;
        if (kind == "aten::conv2d" || kind == "aten::linear" || kind == "aten::_convolution")
            ++floatLayers[kind];
    }
    for (const auto& [kind, count] : floatLayers) {
        const QString reason = type == torch::jit::QuantType::DYNAMIC && kind != "aten::linear"
                                   ? QStringLiteral("dynamic quantization covers linear layers only")
                                   : QStringLiteral("no INT8 pattern matched them");
        result.fp32Layers << QStringLiteral("%1 %2 layer(s) run in FP32: %3")
                                 .arg(count).arg(QString::fromStdString(kind), reason);
    }
}

QuantizedModule finalize(torch::jit::Module& observedOrQuantized, torch::jit::QuantType type)
{
    torch::jit::Module withQuant =
        torch::jit::InsertQuantDeQuant(observedOrQuantized, "forward", false, false, type);
    QuantizedModule result;
    result.module = torch::jit::Finalize(withQuant, type, {});
    std::shared_ptr<torch::jit::Graph> graph = result.module.get_method("forward").graph();
    torch::jit::ConstantPropagation(graph);
    torch::jit::EliminateDeadCode(graph);
    describeGraph(result, type);
    return result;
}

} // namespace

QString selectQuantizedEngine()
{
    const std::vector<at::QEngine> engines = at::globalContext().supportedQEngines();
    // QNNPACK is far slower than oneDNN on x86 and its quantized hardtanh
    // was seen returning wrong values with LibTorch 1.13, so it is the fallback only.
    for (at::QEngine engine : {at::QEngine::ONEDNN, at::QEngine::QNNPACK}) {
        if (std::find(engines.begin(), engines.end(), engine) != engines.end()) {
            at::globalContext().setQEngine(engine);
            return engine == at::QEngine::ONEDNN ? QStringLiteral("onednn") : QStringLiteral("qnnpack");
        }
    }
    return {};
}

Result<QuantizedModule> quantizeStatic(const torch::jit::Module& fp32,
                                       const std::vector<torch::Tensor>& batches,
                                       ActivationObserver observer, bool perChannelWeights,
                                       const ProgressCallback& progress,
                                       const CancelCallback& cancel)
{
    if (selectQuantizedEngine().isEmpty())
        return Result<QuantizedModule>::failure(QStringLiteral("this LibTorch build has no INT8 engine"));
    torch::jit::Module model = fp32.clone();
    model.eval();
    torch::jit::Module folded = torch::jit::FoldConvBatchNorm(model);

    ObserverFactory observers;
    const torch::jit::QConfigDict qconfig{
        {"", std::make_tuple(observers.activation(observer), observers.weight(perChannelWeights))}};
    torch::jit::Module observed =
        torch::jit::InsertObservers(folded, "forward", qconfig, false, torch::jit::QuantType::STATIC);
    {
        torch::NoGradGuard noGrad;
        for (size_t i = 0; i < batches.size(); ++i) {
            if (cancel && cancel())
                return Result<QuantizedModule>::failure(QStringLiteral("quantization cancelled during calibration"));
            observed.forward({batches[i]});
            if (progress)
                progress({qint64(i + 1), qint64(batches.size()), QStringLiteral("calibrating")});
        }
    }
    if (cancel && cancel())
        return Result<QuantizedModule>::failure(QStringLiteral("quantization cancelled during calibration"));
    return finalize(observed, torch::jit::QuantType::STATIC);
}

Result<QuantizedModule> quantizeDynamic(const torch::jit::Module& fp32)
{
    if (selectQuantizedEngine().isEmpty())
        return Result<QuantizedModule>::failure(QStringLiteral("this LibTorch build has no INT8 engine"));
    torch::jit::Module model = fp32.clone();
    model.eval();
    ObserverFactory observers;
    const torch::jit::QConfigDict qconfig{
        {"", std::make_tuple(observers.dynamicPlaceholder(), observers.weight(false))}};
    torch::jit::Module observed =
        torch::jit::InsertObservers(model, "forward", qconfig, false, torch::jit::QuantType::DYNAMIC);
    return finalize(observed, torch::jit::QuantType::DYNAMIC);
}

} // namespace dermaedge::detail
