#include "ModelInspection.h"

#include <torch/csrc/jit/api/function_impl.h>
#include <torch/csrc/jit/ir/constants.h>
#include <torch/csrc/jit/passes/inliner.h>

#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

namespace dermaedge::detail {

namespace {

struct UnpackedWeights
{
    torch::Tensor weight;
    torch::Tensor bias; ///< undefined when the layer has none
};

// Packed quantized layers (Conv2dPackedParamsBase, LinearPackedParamsBase, ...)
// are TorchBind objects whose `unpack` method returns (weight, bias).
std::optional<UnpackedWeights> unpackWeights(const c10::IValue& packed)
{
    if (!packed.isObject())
        return std::nullopt;
    torch::jit::Function* unpack = packed.toObjectRef().type()->findMethod("unpack");
    if (unpack == nullptr)
        return std::nullopt;
    const c10::IValue result = (*unpack)({packed});
    if (!result.isTuple() || result.toTupleRef().elements().empty())
        return std::nullopt;
    const auto& elements = result.toTupleRef().elements();
    if (!elements[0].isTensor())
        return std::nullopt;
    UnpackedWeights weights{elements[0].toTensor(), {}};
    if (elements.size() > 1 && elements[1].isTensor())
        weights.bias = elements[1].toTensor();
    return weights;
}

QString typeName(const c10::IValue& value)
{
    return QString::fromStdString(value.type()->annotation_str());
}

// Adds up tensors and packed layers, each once, however often it is referenced.
class ParameterCounter
{
public:
    void addTensor(const torch::Tensor& tensor)
    {
        if (m_seen.insert(tensor.unsafeGetTensorImpl()).second)
            addValues(tensor);
    }

    void addPacked(const c10::IValue& value, const QString& name)
    {
        if (!m_seen.insert(&value.toObjectRef()).second)
            return;
        const auto unpacked = unpackWeights(value);
        if (!unpacked) {
            if (typeName(value).contains(QStringLiteral("Packed")))
                m_count.notes << QStringLiteral("weights of %1 (%2) could not be unpacked and are not counted")
                                     .arg(name, typeName(value));
            return;
        }
        // Unpacking returns new tensors, which are freed right after counting,
        // so their addresses must not enter m_seen: a later tensor may reuse them.
        addValues(unpacked->weight);
        if (unpacked->bias.defined())
            addValues(unpacked->bias);
    }

    // Counts constants that are the weight or bias input of a layer. Batch
    // norm running statistics are buffers, not parameters, and are skipped.
    // Each use counts: freezing pools equal constants, so one constant can
    // stand for the separate, still equal parameters of several layers
    // (freshly initialized batch norms, for example).
    void addGraphConstants(torch::jit::Block* block)
    {
        for (torch::jit::Node* node : block->nodes()) {
            for (size_t index : parameterInputs(node)) {
                if (index >= node->inputs().size() || node->input(index)->node()->kind() != c10::prim::Constant)
                    continue;
                const std::optional<c10::IValue> value = torch::jit::toIValue(node->input(index));
                // Only the packed objects of quantized operators are weights; their tensor inputs are activations.
                const bool quantizedOp = std::string(node->kind().toQualString()).rfind("quantized::", 0) == 0;
                if (value && value->isTensor() && !quantizedOp)
                    addValues(value->toTensor());
                else if (value && value->isObject())
                    addPacked(*value, QString::fromStdString(node->kind().toQualString()));
            }
            for (torch::jit::Block* inner : node->blocks())
                addGraphConstants(inner);
        }
    }

    const ParameterCount& count() const { return m_count; }

private:
    void addValues(const torch::Tensor& tensor)
    {
        const torch::Tensor values = tensor.is_quantized() ? tensor.dequantize() : tensor;
        m_count.total += values.numel();
        m_count.nonZero += values.ne(0).sum().item<int64_t>();
    }

    static std::vector<size_t> parameterInputs(const torch::jit::Node* node)
    {
        const std::string kind = node->kind().toQualString();
        if (kind == "aten::layer_norm" || kind == "aten::group_norm")
            return {2, 3};
        if (kind == "aten::addmm")
            return {0, 2};
        if (kind == "aten::batch_norm" || kind == "aten::instance_norm" || kind == "aten::linear" ||
            kind.rfind("aten::conv", 0) == 0 || kind == "aten::_convolution")
            return {1, 2};
        if (kind.rfind("quantized::", 0) == 0)
            return {1}; // packed weights of quantized::conv* and quantized::linear*
        return {};
    }

    ParameterCount m_count;
    std::unordered_set<const void*> m_seen;
};

// Rule for reading the multiply-accumulates of one operator off its runtime values.
enum class MacRule {
    NotMatrixOp,
    WeightFanIn,     ///< output elements x (weight elements / output channels)
    OperandColumns,  ///< output elements x last dimension of the first matrix operand
    Uncounted,       ///< a matrix operator this counter does not model
};

struct OperatorRule
{
    MacRule rule = MacRule::NotMatrixOp;
    size_t operand = 0; ///< input holding the weight or the first matrix operand
};

bool isTransposedConvolution(const torch::jit::Node* node)
{
    // aten::_convolution and aten::convolution take `transposed` as input 6.
    const std::optional<c10::IValue> transposed = torch::jit::toIValue(node->input(6));
    return !transposed || !transposed->isBool() || transposed->toBool();
}

bool isPackedGetter(const std::string& kind)
{
    static const std::vector<std::string> suffixes{"_stride", "_padding", "_dilation", "_groups",
                                                   "_transpose"};
    if (kind.rfind("quantized::conv", 0) != 0)
        return false;
    for (const std::string& suffix : suffixes) {
        if (kind.size() > suffix.size() && kind.compare(kind.size() - suffix.size(), suffix.size(), suffix) == 0)
            return true;
    }
    return false;
}

OperatorRule operatorRule(const torch::jit::Node* node)
{
    static const std::set<std::string> weightOps{
        "aten::conv1d", "aten::conv2d", "aten::conv3d", "aten::linear",
        "quantized::conv1d", "quantized::conv1d_relu", "quantized::conv2d", "quantized::conv2d_relu",
        "quantized::conv3d", "quantized::conv3d_relu", "quantized::linear", "quantized::linear_relu",
        "quantized::linear_dynamic", "quantized::linear_relu_dynamic",
        "quantized::linear_dynamic_fp16", "quantized::linear_relu_dynamic_fp16"};
    static const std::set<std::string> productOps{"aten::mm", "aten::bmm", "aten::matmul",
                                                  "aten::dot", "aten::mv", "quantized::matmul"};
    static const std::set<std::string> biasFirstProductOps{"aten::addmm", "aten::baddbmm",
                                                           "aten::addmv"};
    const std::string kind = node->kind().toQualString();
    if (weightOps.count(kind))
        return {MacRule::WeightFanIn, 1};
    if (kind == "aten::_convolution" || kind == "aten::convolution")
        return {isTransposedConvolution(node) ? MacRule::Uncounted : MacRule::WeightFanIn, 1};
    if (productOps.count(kind))
        return {MacRule::OperandColumns, 0};
    if (biasFirstProductOps.count(kind))
        return {MacRule::OperandColumns, 1};

    // Packing helpers and the getters of packed convolutions (quantized::conv2d_stride, ...)
    // compute nothing. Any other convolution or matrix product is not modelled.
    if (kind.find("pack") != std::string::npos || isPackedGetter(kind))
        return {};
    const bool matrixLike = kind.find("conv") != std::string::npos ||
                            kind.find("linear") != std::string::npos ||
                            kind.find("einsum") != std::string::npos || kind.find("mm") != std::string::npos;
    return {matrixLike ? MacRule::Uncounted : MacRule::NotMatrixOp, 0};
}

struct Probe
{
    std::string kind;
    MacRule rule = MacRule::WeightFanIn;
    size_t outputIndex = 0;  ///< element of the recorded tuple holding the operator's result
    size_t operandIndex = 0; ///< element holding its weight or first operand
};

// Collects the matrix operators of the top-level block. Anything that cannot
// be counted, including counted operators inside loops or branches, goes to `notes`.
std::vector<torch::jit::Node*> matrixOperators(torch::jit::Block* block, bool nested, QStringList& notes)
{
    std::vector<torch::jit::Node*> found;
    for (torch::jit::Node* node : block->nodes()) {
        const std::string kind = node->kind().toQualString();
        const MacRule rule = operatorRule(node).rule;
        if (node->kind() == c10::prim::CallMethod || node->kind() == c10::prim::CallFunction)
            notes << QStringLiteral("%1 could not be inlined").arg(QString::fromStdString(kind));
        else if (rule == MacRule::Uncounted)
            notes << QStringLiteral("%1 is not counted").arg(QString::fromStdString(kind));
        else if (rule != MacRule::NotMatrixOp && nested)
            notes << QStringLiteral("%1 inside control flow is not counted").arg(QString::fromStdString(kind));
        else if (rule != MacRule::NotMatrixOp)
            found.push_back(node);
        for (torch::jit::Block* inner : node->blocks())
            matrixOperators(inner, true, notes);
    }
    return found;
}

qint64 operatorMacs(const Probe& probe, const torch::Tensor& output, const c10::IValue& operand)
{
    if (probe.rule == MacRule::OperandColumns) {
        const torch::Tensor first = operand.toTensor();
        return output.numel() * (first.dim() > 0 ? first.size(-1) : 1);
    }
    torch::Tensor weight;
    if (operand.isTensor()) {
        weight = operand.toTensor();
    } else if (auto unpacked = unpackWeights(operand)) {
        weight = unpacked->weight;
    } else {
        return -1;
    }
    if (weight.dim() < 1 || weight.size(0) == 0)
        return -1;
    return output.numel() * (weight.numel() / weight.size(0));
}

} // namespace

ParameterCount countParameters(const torch::jit::Module& module)
{
    ParameterCounter counter;
    for (const auto& parameter : module.named_parameters(/*recurse=*/true))
        counter.addTensor(parameter.value);
    for (const auto& attribute : module.named_attributes(/*recurse=*/true)) {
        const c10::IValue& value = attribute.value;
        if (value.isObject() && !value.toObjectRef().type()->is_module())
            counter.addPacked(value, QString::fromStdString(attribute.name));
    }

    // A frozen archive keeps its weights as constants of the forward graph.
    std::shared_ptr<torch::jit::Graph> graph = module.get_method("forward").graph()->copy();
    torch::jit::Inline(*graph);
    counter.addGraphConstants(graph->block());
    return counter.count();
}

MacCount countMultiplyAccumulates(const torch::jit::Module& module, const torch::Tensor& input)
{
    MacCount count;
    std::shared_ptr<torch::jit::Graph> graph = module.get_method("forward").graph()->copy();
    torch::jit::Inline(*graph);
    const std::vector<torch::jit::Node*> nodes = matrixOperators(graph->block(), false, count.notes);
    if (!count.notes.isEmpty())
        return count;

    // A graph function must have one output, so the recorded values are
    // returned as one tuple: (forward result, output 1, operand 1, output 2, ...).
    std::vector<torch::jit::Value*> recorded{graph->outputs().at(0)};
    std::vector<Probe> probes;
    for (torch::jit::Node* node : nodes) {
        const OperatorRule rule = operatorRule(node);
        Probe probe{node->kind().toQualString(), rule.rule, recorded.size(), recorded.size() + 1};
        recorded.push_back(node->output(0));
        recorded.push_back(node->input(rule.operand));
        probes.push_back(probe);
    }
    while (!graph->outputs().empty())
        graph->eraseOutput(graph->outputs().size() - 1);
    graph->registerOutput(graph->insertNode(graph->createTuple(recorded))->output());

    torch::jit::GraphFunction function("dermaedge_count_macs", graph, nullptr);
    torch::jit::Stack stack{module._ivalue(), input};
    {
        torch::NoGradGuard noGrad;
        function.run(stack);
    }
    const auto& values = stack.at(0).toTupleRef().elements();

    qint64 total = 0;
    for (const Probe& probe : probes) {
        const c10::IValue& output = values.at(probe.outputIndex);
        const qint64 macs = output.isTensor()
                                ? operatorMacs(probe, output.toTensor(), values.at(probe.operandIndex))
                                : -1;
        if (macs < 0) {
            count.notes << QStringLiteral("%1: weight shape could not be read")
                               .arg(QString::fromStdString(probe.kind));
            return count;
        }
        total += macs;
    }
    count.macs = total;
    return count;
}

} // namespace dermaedge::detail
