// nn::init: in-place initializers with PyTorch's formulas (torch.nn.init). Each runs without
// recording history and returns its argument.
#pragma once

#include <string_view>

#include "tensor/generator.h"
#include "tensor/tensor.h"

namespace ignis::nn::init {

// The recommended gain for a nonlinearity ("linear", "relu", "leaky_relu", "tanh", "sigmoid",
// "selu", "conv2d", ...); param is leaky_relu's negative slope.
double calculate_gain(std::string_view nonlinearity, double param = 0.01);
// (fan_in, fan_out) of a weight of at least 2 dims: dim 1 and dim 0 times the receptive field.
std::pair<int64_t, int64_t> fan_in_and_fan_out(const Tensor& t);

Tensor& uniform_(Tensor& t, double a = 0.0, double b = 1.0, Generator* gen = nullptr);
Tensor& normal_(Tensor& t, double mean = 0.0, double std = 1.0, Generator* gen = nullptr);
Tensor& constant_(Tensor& t, double value);
Tensor& zeros_(Tensor& t);
Tensor& ones_(Tensor& t);
Tensor& xavier_uniform_(Tensor& t, double gain = 1.0, Generator* gen = nullptr);
Tensor& xavier_normal_(Tensor& t, double gain = 1.0, Generator* gen = nullptr);
// mode: "fan_in" or "fan_out"; nonlinearity as calculate_gain with param a.
Tensor& kaiming_uniform_(Tensor& t, double a = 0.0, std::string_view mode = "fan_in",
                         std::string_view nonlinearity = "leaky_relu", Generator* gen = nullptr);
Tensor& kaiming_normal_(Tensor& t, double a = 0.0, std::string_view mode = "fan_in",
                        std::string_view nonlinearity = "leaky_relu", Generator* gen = nullptr);
// Normal(mean, std) redrawn until inside [a, b].
Tensor& trunc_normal_(Tensor& t, double mean = 0.0, double std = 1.0, double a = -2.0,
                      double b = 2.0, Generator* gen = nullptr);
// A (semi-)orthogonal matrix (rows x prod(other dims)), scaled by gain.
Tensor& orthogonal_(Tensor& t, double gain = 1.0, Generator* gen = nullptr);

// PyTorch's default for Linear, Conv and ConvTranspose (their reset_parameters): weight
// kaiming_uniform_ with a = sqrt(5), and bias (when defined) U(-1/sqrt(fan_in), 1/sqrt(fan_in))
// with fan_in taken from the weight.
void default_weight_and_bias_(Tensor& weight, Tensor* bias);

}  // namespace ignis::nn::init
