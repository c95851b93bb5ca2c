"""ignis.nn.functional: the schema's activation, nn, conv, pool and loss ops under PyTorch's
names and argument orders (most are the schema ops themselves; a few wrappers adapt PyTorch's
signatures, e.g. stride=None meaning the kernel size)."""
from .. import _C
from .._C import (  # noqa: F401
    relu,
    relu6,
    leaky_relu,
    elu,
    selu,
    gelu,
    silu,
    mish,
    softplus,
    hardswish,
    hardsigmoid,
    logsigmoid,
    sigmoid,
    tanh,
    softmax,
    log_softmax,
    linear,
    bilinear,
    layer_norm,
    group_norm,
    rms_norm,
    batch_norm,
    instance_norm,
    cosine_similarity,
    pairwise_distance,
    scaled_dot_product_attention,
    pad,
    one_hot,
    conv1d,
    conv2d,
    conv3d,
    conv_transpose1d,
    conv_transpose2d,
    adaptive_avg_pool1d,
    adaptive_avg_pool2d,
    interpolate,
    cross_entropy,
    nll_loss,
    mse_loss,
    l1_loss,
    smooth_l1_loss,
    huber_loss,
    binary_cross_entropy,
    binary_cross_entropy_with_logits,
    kl_div,
    embedding_bag,
)


def dropout(input, p=0.5, training=True, inplace=False):
    """Zeroes elements with probability p and scales the rest by 1/(1-p) when training."""
    out = _C.dropout(input, p, training)
    return input.copy_(out) if inplace else out


def alpha_dropout(input, p=0.5, training=False, inplace=False):
    out = _C.alpha_dropout(input, p, training)
    return input.copy_(out) if inplace else out


def embedding(input, weight, padding_idx=None):
    """Rows of weight picked by the integer indices in input."""
    return _C.embedding(weight, input, -1 if padding_idx is None else padding_idx)


def _stride(stride):
    return [] if stride is None else stride


def max_pool1d(
    input,
    kernel_size,
    stride=None,
    padding=0,
    dilation=1,
    ceil_mode=False,
    return_indices=False,
):
    if return_indices:
        raise NotImplementedError("max_pool1d(return_indices=True) is not in the schema yet")
    return _C.max_pool1d(input, kernel_size, _stride(stride), padding, dilation, ceil_mode)


def max_pool2d(
    input,
    kernel_size,
    stride=None,
    padding=0,
    dilation=1,
    ceil_mode=False,
    return_indices=False,
):
    args = (input, kernel_size, _stride(stride), padding, dilation, ceil_mode)
    return _C.max_pool2d_with_indices(*args) if return_indices else _C.max_pool2d(*args)


def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True):
    return _C.avg_pool1d(input, kernel_size, _stride(stride), padding, ceil_mode, count_include_pad)


def avg_pool2d(
    input,
    kernel_size,
    stride=None,
    padding=0,
    ceil_mode=False,
    count_include_pad=True,
    divisor_override=None,
):
    return _C.avg_pool2d(
        input,
        kernel_size,
        _stride(stride),
        padding,
        ceil_mode,
        count_include_pad,
        divisor_override,
    )


def adaptive_max_pool2d(input, output_size, return_indices=False):
    values, indices = _C.adaptive_max_pool2d(input, output_size)
    return (values, indices) if return_indices else values


def relu_(input):
    return input.relu_()
