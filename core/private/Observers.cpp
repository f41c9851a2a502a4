#include "Observers.h"

#include <string>

namespace dermaedge::detail {

namespace {

// c10::ScalarType and c10::QScheme values as the 1.13 passes read them.
constexpr int kQUInt8 = 13;
constexpr int kQInt8 = 12;
constexpr int kPerTensorAffine = 0;
constexpr int kPerTensorSymmetric = 2;
constexpr int kPerChannelSymmetric = 3;

// quint8 affine parameters from the observed range, which is widened to include zero.
const char* const kActivationQParams = R"(
def calculate_qparams(self) -> Tuple[Tensor, Tensor]:
    low = torch.clamp(self.min_val, max=0.0)
    high = torch.clamp(self.max_val, min=0.0)
    scale = torch.clamp((high - low) / 255.0, min=1e-8)
    zero_point = torch.clamp(torch.round(-low / scale), 0, 255).long()
    return (scale, zero_point)
)";

const char* const kMinMaxActivation = R"(
def forward(self, x: Tensor) -> Tensor:
    values = x.detach()
    low = torch.min(values).reshape([1])
    high = torch.max(values).reshape([1])
    if self.seen == 0:
        self.min_val = low
        self.max_val = high
    else:
        self.min_val = torch.minimum(self.min_val, low)
        self.max_val = torch.maximum(self.max_val, high)
    self.seen = self.seen + 1
    return x

)";

// Percentiles of a strided sample of at most 1M values keep torch.quantile fast
// and within its input size limit.
const char* const kPercentileActivation = R"(
def forward(self, x: Tensor) -> Tensor:
    values = x.detach().flatten()
    step = values.numel() // 1000000 + 1
    sample = values[::step].float()
    low = torch.quantile(sample, 0.0001).reshape([1])
    high = torch.quantile(sample, 0.9999).reshape([1])
    if self.seen == 0:
        self.min_val = low
        self.max_val = high
    else:
        self.min_val = self.min_val + (low - self.min_val) / (self.seen + 1)
        self.max_val = self.max_val + (high - self.max_val) / (self.seen + 1)
    self.seen = self.seen + 1
    return x

)";

const char* const kPerChannelWeight = R"(
def forward(self, x: Tensor) -> Tensor:
    values = x.detach().flatten(1)
    self.min_val = torch.amin(values, 1)
    self.max_val = torch.amax(values, 1)
    return x

def calculate_qparams(self) -> Tuple[Tensor, Tensor]:
    bound = torch.maximum(-self.min_val, self.max_val)
    scale = torch.clamp(bound / 127.5, min=1e-8)
    zero_point = torch.zeros_like(scale).long()
    return (scale, zero_point)
)";

const char* const kPerTensorWeight = R"(
def forward(self, x: Tensor) -> Tensor:
    values = x.detach()
    self.min_val = torch.min(values).reshape([1])
    self.max_val = torch.max(values).reshape([1])
    return x

def calculate_qparams(self) -> Tuple[Tensor, Tensor]:
    bound = torch.maximum(-self.min_val, self.max_val)
    scale = torch.clamp(bound / 127.5, min=1e-8)
    zero_point = torch.zeros_like(scale).long()
    return (scale, zero_point)
)";

const char* const kPlaceholder = R"(
def forward(self, x: Tensor) -> Tensor:
    return x

def calculate_qparams(self) -> Tuple[Tensor, Tensor]:
    return (torch.ones([1]), torch.zeros([1]).long())
)";

} // namespace

ObserverFactory::ObserverFactory() : m_unit(std::make_shared<torch::jit::CompilationUnit>()) {}

torch::jit::Module ObserverFactory::newObserver(const std::string& className, int dtype,
                                                int qscheme, int axis)
{
    torch::jit::Module observer(c10::QualifiedName("__torch__.dermaedge.observers." + className),
                                m_unit, /*shouldMangle=*/true);
    observer.register_attribute("training", c10::BoolType::get(), false);
    observer.register_attribute("dtype", c10::IntType::get(), dtype);
    observer.register_attribute("qscheme", c10::IntType::get(), qscheme);
    observer.register_attribute("ch_axis", c10::IntType::get(), axis);
    observer.register_buffer("min_val", torch::zeros({1}));
    observer.register_buffer("max_val", torch::zeros({1}));
    observer.register_attribute("seen", c10::IntType::get(), 0);
    return observer;
}

torch::jit::Module ObserverFactory::activation(ActivationObserver kind)
{
    const bool minMax = kind == ActivationObserver::MinMax;
    torch::jit::Module observer = newObserver(minMax ? "MinMaxObserver" : "PercentileObserver",
                                              kQUInt8, kPerTensorAffine, -1);
    observer.define(std::string(minMax ? kMinMaxActivation : kPercentileActivation) + kActivationQParams);
    return observer;
}

torch::jit::Module ObserverFactory::weight(bool perChannel)
{
    torch::jit::Module observer =
        newObserver(perChannel ? "PerChannelMinMaxObserver" : "MinMaxWeightObserver", kQInt8,
                    perChannel ? kPerChannelSymmetric : kPerTensorSymmetric, perChannel ? 0 : -1);
    observer.define(perChannel ? kPerChannelWeight : kPerTensorWeight);
    return observer;
}

torch::jit::Module ObserverFactory::dynamicPlaceholder()
{
    // The dynamic pass recognizes this observer by "PlaceholderObserver" in
    // its class name and reads `compute_dtype`.
    torch::jit::Module observer = newObserver("PlaceholderObserver", kQUInt8, kPerTensorAffine, -1);
    observer.register_attribute("compute_dtype", c10::IntType::get(), kQUInt8);
    observer.define(kPlaceholder);
    return observer;
}

} // namespace dermaedge::detail
