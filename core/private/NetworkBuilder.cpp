#include "NetworkBuilder.h"

#include <torch/nn/init.h>

#include <cmath>
#include <sstream>

namespace dermaedge::detail {

namespace {

const std::string kConvClass = "__torch__.torch.nn.modules.conv.Conv2d";
const std::string kBatchNormClass = "__torch__.torch.nn.modules.batchnorm.BatchNorm2d";
const std::string kReluClass = "__torch__.torch.nn.modules.activation.ReLU";
const std::string kLinearClass = "__torch__.torch.nn.modules.linear.Linear";

void addParameter(torch::jit::Module& module, const std::string& name, torch::Tensor value)
{
    module.register_parameter(name, value.set_requires_grad(true), /*is_buffer=*/false);
}

} // namespace

NetworkBuilder::NetworkBuilder(quint64 seed)
    : m_unit(std::make_shared<torch::jit::CompilationUnit>())
{
    torch::manual_seed(seed);
}

torch::jit::Module NetworkBuilder::newModule(const std::string& qualifiedName)
{
    torch::jit::Module module(c10::QualifiedName(qualifiedName), m_unit, /*shouldMangle=*/true);
    module.register_attribute("training", c10::BoolType::get(), true);
    return module;
}

torch::jit::Module NetworkBuilder::conv2d(int in, int out, int kernel, int stride)
{
    torch::jit::Module module = newModule(kConvClass);
    torch::Tensor weight = torch::empty({out, in, kernel, kernel});
    torch::nn::init::kaiming_normal_(weight, 0.0, torch::kFanOut, torch::kReLU);
    addParameter(module, "weight", weight);
    // Convolutions before a batch norm need no bias, but the slot must exist:
    // the conv-bn folding pass writes the folded bias into it.
    module.register_attribute("bias", c10::OptionalType::ofTensor(), c10::IValue(),
                              /*is_param=*/true);
    const int padding = kernel / 2;
    std::ostringstream source;
    source << "def forward(self, input: Tensor) -> Tensor:\n"
           << "    return torch.conv2d(input, self.weight, self.bias, [" << stride << ", "
           << stride << "], [" << padding << ", " << padding << "], [1, 1], 1)\n";
    module.define(source.str());
    return module;
}

torch::jit::Module NetworkBuilder::batchNorm(int channels, bool zeroGamma)
{
    torch::jit::Module module = newModule(kBatchNormClass);
    addParameter(module, "weight", zeroGamma ? torch::zeros({channels}) : torch::ones({channels}));
    addParameter(module, "bias", torch::zeros({channels}));
    module.register_buffer("running_mean", torch::zeros({channels}));
    module.register_buffer("running_var", torch::ones({channels}));
    module.register_buffer("num_batches_tracked", torch::zeros({}, torch::kLong));
    module.register_attribute("eps", c10::FloatType::get(), 1e-5);
    module.define(R"(
def forward(self, input: Tensor) -> Tensor:
    return torch.batch_norm(input, self.weight, self.bias, self.running_mean,
                            self.running_var, self.training, 0.1, self.eps, False)
)");
    return module;
}

torch::jit::Module NetworkBuilder::relu()
{
    torch::jit::Module module = newModule(kReluClass);
    module.define(R"(
def forward(self, input: Tensor) -> Tensor:
    return torch.relu(input)
)");
    return module;
}

torch::jit::Module NetworkBuilder::linear(int in, int out)
{
    torch::jit::Module module = newModule(kLinearClass);
    const double bound = 1.0 / std::sqrt(double(in));
    addParameter(module, "weight", torch::empty({out, in}).uniform_(-bound, bound));
    addParameter(module, "bias", torch::zeros({out}));
    module.define(R"(
def forward(self, input: Tensor) -> Tensor:
    return torch.linear(input, self.weight, self.bias)
)");
    return module;
}

torch::jit::Module NetworkBuilder::basicBlock(int in, int inner, int out, int stride)
{
    torch::jit::Module block = newModule("__torch__.dermaedge.BasicBlock");
    block.register_module("conv1", conv2d(in, inner, 3, stride));
    block.register_module("bn1", batchNorm(inner));
    block.register_module("relu1", relu());
    block.register_module("conv2", conv2d(inner, out, 3, 1));
    // A zero gamma makes each block start as the identity, which steadies early training.
    block.register_module("bn2", batchNorm(out, /*zeroGamma=*/true));
    block.register_module("relu2", relu());

    std::string shortcut = "    identity = x\n";
    if (stride != 1 || in != out) {
        block.register_module("down_conv", conv2d(in, out, 1, stride));
        block.register_module("down_bn", batchNorm(out));
        shortcut = "    identity = self.down_bn.forward(self.down_conv.forward(x))\n";
    }
    block.define("def forward(self, x: Tensor) -> Tensor:\n"
                 "    out = self.relu1.forward(self.bn1.forward(self.conv1.forward(x)))\n"
                 "    out = self.bn2.forward(self.conv2.forward(out))\n" +
                 shortcut +
                 "    out = out + identity\n"
                 "    return self.relu2.forward(out)\n");
    return block;
}

torch::jit::Module NetworkBuilder::stage(const NetworkSpec& spec, int index, int in, int stride)
{
    torch::jit::Module stage = newModule("__torch__.dermaedge.Stage");
    const int out = spec.stageChannels[size_t(index)];
    std::string body;
    for (int i = 0; i < std::max(1, spec.blocksPerStage); ++i) {
        const std::string name = "block" + std::to_string(i);
        stage.register_module(name, basicBlock(i == 0 ? in : out, innerWidth(spec, index, i), out,
                                               i == 0 ? stride : 1));
        body += "    x = self." + name + ".forward(x)\n";
    }
    stage.define("def forward(self, x: Tensor) -> Tensor:\n" + body + "    return x\n");
    return stage;
}

torch::jit::Module NetworkBuilder::build(const NetworkSpec& spec)
{
    torch::jit::Module net = newModule("__torch__.dermaedge.SkinLesionNet");
    net.register_module("stem_conv", conv2d(3, spec.stemChannels, 3, 2));
    net.register_module("stem_bn", batchNorm(spec.stemChannels));
    net.register_module("stem_relu", relu());

    std::string body = "def forward(self, x: Tensor) -> Tensor:\n"
                       "    x = self.stem_relu.forward(self.stem_bn.forward(self.stem_conv.forward(x)))\n";
    int channels = spec.stemChannels;
    for (size_t i = 0; i < spec.stageChannels.size(); ++i) {
        const std::string name = "layer" + std::to_string(i + 1);
        const int stride = i == 0 ? 1 : 2;
        net.register_module(name, stage(spec, int(i), channels, stride));
        body += "    x = self." + name + ".forward(x)\n";
        channels = spec.stageChannels[i];
    }
    net.register_module("fc", linear(channels, 1));
    body += "    x = torch.flatten(torch.adaptive_avg_pool2d(x, [1, 1]), 1)\n";
    if (spec.dropout > 0.0) {
        // Not in place: an in-place dropout stops INT8 propagation to the next layer.
        body += "    x = torch.dropout(x, " + std::to_string(spec.dropout) + ", self.training)\n";
    }
    body += "    return self.fc.forward(x)\n";
    net.define(body);
    return net;
}

} // namespace dermaedge::detail
