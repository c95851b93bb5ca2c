"""Every schema op from Python: each one is registered as a function and/or method as the
schema says, and, where torch 1.13 has the same op, the values match torch on the same inputs.
Ops whose required arguments are only tensors and scalars are called generically from their
schema signature; the others have explicit cases below."""
import pathlib
import re

import pytest
import torch
import torch.nn.functional as F
import yaml

import ignis
from conftest import assert_close, from_torch

SCHEMA = pathlib.Path(__file__).resolve().parents[3] / "codegen" / "ops.yaml"
OPS = []
for entry in yaml.safe_load(SCHEMA.read_text()):
    m = re.match(r"^(\w+)(?:\.(\w+))?\((.*)\)\s*->", entry["func"])
    args = [a.strip() for a in m.group(3).split(",") if a.strip() and a.strip() != "*"]
    required = [a.split()[0] for a in args if "=" not in a]
    OPS.append(
        {
            "name": m.group(1),
            "overload": m.group(2) or "",
            "required": required,
            "variants": entry.get("variants", ["function", "method"]),
            "inplace": entry.get("inplace", False),
        }
    )


def torch_fn(name):
    for ns, n in [(torch, name), (F, name), (torch.linalg, name.replace("linalg_", ""))]:
        if hasattr(ns, n):
            return getattr(ns, n)
    return None


@pytest.mark.parametrize("op", OPS, ids=lambda o: o["name"] + "." + o["overload"])
def test_registered_as_the_schema_says(op):
    if "function" in op["variants"]:
        assert callable(getattr(ignis, op["name"]))
    if "method" in op["variants"]:
        assert callable(getattr(ignis.Tensor, op["name"]))
    if op["inplace"]:
        assert callable(getattr(ignis.Tensor, op["name"] + "_"))


def inputs():
    torch.manual_seed(0)
    x = torch.rand(3, 4, dtype=torch.float64) * 0.8 + 0.1  # valid for log, asin, erfinv, ...
    y = torch.rand(3, 4, dtype=torch.float64) * 0.8 + 0.1
    return x, y


# Ops the generic inputs do not suit (shape or dtype needs): explicit cases below cover them.
SKIP_GENERIC = {
    "mm",
    "bmm",
    "mv",
    "dot",
    "outer",
    "matmul",
    "addmm",
    "baddbmm",
    "linalg_inv",
    "linalg_det",
    "linalg_cholesky",
    "linalg_qr",
    "linalg_svd",
    "linalg_solve",
    "bitwise_not",
    "bitwise_and",
    "bitwise_or",
    "bitwise_xor",
    "nonzero",
    "unique",
    "masked_fill",
    "masked_select",
    "masked_scatter",
    "take",
    "linear",
    "bilinear",
    "embedding",
    "embedding_bag",
    "nll_loss",
    "cross_entropy",
    "one_hot",
    "repeat_interleave",
    "where",
    "lerp",
    "binary_cross_entropy_with_logits",
    "binary_cross_entropy",
    "scaled_dot_product_attention",
    "batch_norm",
    "instance_norm",
    "dropout",
    "alpha_dropout",
    "max",
    "min",
    "median",
    "round",
    "kl_div",
    "clamp",
    "addcdiv",
    "addcmul",
    "floor_divide",
    "remainder",
    "fmod",
    "pow",
    "div",
    "sub",
    "add",
    "mul",
    "count_nonzero",
    "logical_not",
    "conv1d",
    "conv2d",
    "conv3d",
    "conv_transpose1d",
    "conv_transpose2d",
    "interpolate",
}
GENERIC = [
    o
    for o in OPS
    if all(t in ("Tensor", "Scalar") for t in o["required"])
    and o["required"]
    and o["required"][0] == "Tensor"
    and torch_fn(o["name"])
    and "function" in o["variants"]
    and o["name"] not in SKIP_GENERIC
]


@pytest.mark.parametrize("op", GENERIC, ids=lambda o: o["name"] + "." + o["overload"])
def test_generic_matches_torch(op):
    x, y = inputs()
    targs, iargs = [], []
    for i, t in enumerate(op["required"]):
        if t == "Tensor":
            v = x if i == 0 else y
            targs.append(v)
            iargs.append(from_torch(v))
        else:
            targs.append(0.5)
            iargs.append(0.5)
    expected = torch_fn(op["name"])(*targs)
    actual = getattr(ignis, op["name"])(*iargs)
    if isinstance(expected, torch.Tensor):
        assert_close(actual, expected, rtol=1e-6, atol=1e-7)
    else:
        for a, e in zip(actual, expected):
            assert_close(a, e, rtol=1e-6, atol=1e-7)


def t64(*shape):
    return torch.randn(*shape, dtype=torch.float64)


# (name, torch call, ignis call): each given the same torch inputs (converted for ignis).
CASES = [
    ("add.alpha", lambda a, b: torch.add(a, b, alpha=2), lambda a, b: ignis.add(a, b, alpha=2)),
    ("sub.scalar", lambda a, b: a.sub(3, alpha=2), lambda a, b: a.sub(3, alpha=2)),
    (
        "div.mode",
        lambda a, b: torch.div(a, b, rounding_mode="floor"),
        lambda a, b: ignis.div(a, b, rounding_mode="floor"),
    ),
    (
        "div.scalar_mode",
        lambda a, b: a.div(0.7, rounding_mode="trunc"),
        lambda a, b: a.div(0.7, rounding_mode="trunc"),
    ),
    ("remainder", torch.remainder, ignis.remainder),
    ("fmod", torch.fmod, ignis.fmod),
    ("pow", lambda a, b: a.abs().pow(b), lambda a, b: a.abs().pow(b)),
    ("clamp", lambda a, b: a.clamp(-0.5, 0.5), lambda a, b: a.clamp(-0.5, 0.5)),
    ("clamp.min", lambda a, b: a.clamp(min=0.1), lambda a, b: a.clamp(min=0.1)),
    ("clamp.tensor", lambda a, b: a.clamp(min=b), lambda a, b: a.clamp(min=b)),
    ("where", lambda a, b: torch.where(a > 0, a, b), lambda a, b: ignis.where(a > 0, a, b)),
    (
        "where.scalar",
        lambda a, b: torch.where(a > 0, a, 0.0),
        lambda a, b: ignis.where(a > 0, a, 0.0),
    ),
    ("lerp", lambda a, b: torch.lerp(a, b, 0.3), lambda a, b: ignis.lerp(a, b, 0.3)),
    (
        "addcmul",
        lambda a, b: torch.addcmul(a, a, b, value=0.5),
        lambda a, b: ignis.addcmul(a, a, b, value=0.5),
    ),
    ("sum.dim", lambda a, b: a.sum(1, keepdim=True), lambda a, b: a.sum(1, keepdim=True)),
    ("sum.dims", lambda a, b: a.sum((0, 1)), lambda a, b: a.sum((0, 1))),
    ("mean.dim", lambda a, b: a.mean(0), lambda a, b: a.mean(0)),
    ("var", lambda a, b: a.var(1), lambda a, b: a.var(1)),
    (
        "std.correction",
        lambda a, b: torch.std(a, 0, correction=0) if hasattr(torch, "std") else None,
        lambda a, b: ignis.std(a, 0, correction=0),
    ),
    ("max.dim", lambda a, b: a.max(1), lambda a, b: a.max(1)),
    ("min.dim", lambda a, b: a.min(0, keepdim=True), lambda a, b: a.min(0, keepdim=True)),
    ("max", lambda a, b: a.max(), lambda a, b: a.max()),
    ("argmax", lambda a, b: a.argmax(1), lambda a, b: a.argmax(1)),
    ("logsumexp", lambda a, b: a.logsumexp(1), lambda a, b: a.logsumexp(1)),
    ("cumsum", lambda a, b: a.cumsum(1), lambda a, b: a.cumsum(1)),
    ("cumprod", lambda a, b: a.cumprod(0), lambda a, b: a.cumprod(0)),
    ("norm", lambda a, b: a.norm(), lambda a, b: a.norm()),
    ("norm.p", lambda a, b: a.norm(1, dim=1), lambda a, b: a.norm(1, dim=1)),
    ("sort", lambda a, b: a.sort(1, descending=True), lambda a, b: a.sort(1, descending=True)),
    ("argsort", lambda a, b: a.argsort(0), lambda a, b: a.argsort(0)),
    ("topk", lambda a, b: a.topk(2, 1), lambda a, b: a.topk(2, 1)),
    ("kthvalue", lambda a, b: a.kthvalue(2, 1), lambda a, b: a.kthvalue(2, 1)),
    ("median.dim", lambda a, b: a.median(1), lambda a, b: a.median(1)),
    ("cat", lambda a, b: torch.cat([a, b], 1), lambda a, b: ignis.cat([a, b], 1)),
    ("stack", lambda a, b: torch.stack([a, b]), lambda a, b: ignis.stack((a, b))),
    ("split", lambda a, b: a.split(2, 1), lambda a, b: a.split(2, 1)),
    ("split.sizes", lambda a, b: a.split([1, 3], 1), lambda a, b: a.split([1, 3], 1)),
    ("chunk", lambda a, b: a.chunk(2, 0), lambda a, b: a.chunk(2, 0)),
    ("unbind", lambda a, b: a.unbind(1), lambda a, b: a.unbind(1)),
    ("flip", lambda a, b: a.flip(0), lambda a, b: a.flip(0)),
    ("roll", lambda a, b: a.roll(1, 1), lambda a, b: a.roll(1, 1)),
    ("tile", lambda a, b: a.tile((2, 1)), lambda a, b: a.tile((2, 1))),
    ("tril", lambda a, b: a.tril(), lambda a, b: a.tril()),
    ("triu", lambda a, b: a.triu(1), lambda a, b: a.triu(1)),
    (
        "pad",
        lambda a, b: F.pad(a, (1, 2), value=3.0),
        lambda a, b: ignis.nn.functional.pad(a, [1, 2], value=3.0),
    ),
    (
        "index_select",
        lambda a, b: a.index_select(1, torch.tensor([3, 0])),
        lambda a, b: a.index_select(1, ignis.tensor([3, 0])),
    ),
    (
        "gather",
        lambda a, b: a.gather(1, torch.tensor([[0, 1], [2, 3], [1, 1]])),
        lambda a, b: a.gather(1, ignis.tensor([[0, 1], [2, 3], [1, 1]])),
    ),
    (
        "scatter_add",
        lambda a, b: a.scatter_add(0, torch.tensor([[0, 1, 2, 0]]), b[:1]),
        lambda a, b: a.scatter_add(0, ignis.tensor([[0, 1, 2, 0]]), b[:1]),
    ),
    ("masked_fill", lambda a, b: a.masked_fill(a > 0, 1.5), lambda a, b: a.masked_fill(a > 0, 1.5)),
    ("masked_select", lambda a, b: a.masked_select(a > 0), lambda a, b: a.masked_select(a > 0)),
    ("nonzero", lambda a, b: (a > 0).nonzero(), lambda a, b: (a > 0).nonzero()),
    ("matmul", lambda a, b: a @ b.t(), lambda a, b: a @ b.t()),
    ("mm", lambda a, b: a.mm(b.t()), lambda a, b: a.mm(b.t())),
    ("outer", lambda a, b: torch.outer(a[0], b[1]), lambda a, b: ignis.outer(a[0], b[1])),
    ("dot", lambda a, b: a[0].dot(b[0]), lambda a, b: a[0].dot(b[0])),
    (
        "einsum",
        lambda a, b: torch.einsum("ij,kj->ik", a, b),
        lambda a, b: ignis.einsum("ij,kj->ik", [a, b]),
    ),
    ("softmax", lambda a, b: a.softmax(1), lambda a, b: a.softmax(1)),
    (
        "log_softmax",
        lambda a, b: F.log_softmax(a, dim=0),
        lambda a, b: ignis.nn.functional.log_softmax(a, dim=0),
    ),
    (
        "linear",
        lambda a, b: F.linear(a, b, b[:, 0]),
        lambda a, b: ignis.nn.functional.linear(a, b, b[:, 0]),
    ),
    (
        "layer_norm",
        lambda a, b: F.layer_norm(a, (4,)),
        lambda a, b: ignis.nn.functional.layer_norm(a, [4]),
    ),
    (
        "cross_entropy",
        lambda a, b: F.cross_entropy(a, torch.tensor([0, 3, 1])),
        lambda a, b: ignis.nn.functional.cross_entropy(a, ignis.tensor([0, 3, 1])),
    ),
    (
        "cross_entropy.smooth",
        lambda a, b: F.cross_entropy(
            a, torch.tensor([0, 3, 1]), label_smoothing=0.1, reduction="sum"
        ),
        lambda a, b: ignis.nn.functional.cross_entropy(
            a, ignis.tensor([0, 3, 1]), label_smoothing=0.1, reduction="sum"
        ),
    ),
    ("mse_loss", F.mse_loss, ignis.nn.functional.mse_loss),
    (
        "bce_logits",
        F.binary_cross_entropy_with_logits,
        lambda a, b: ignis.nn.functional.binary_cross_entropy_with_logits(a, b),
    ),
    (
        "conv2d",
        lambda a, b: F.conv2d(a.reshape(1, 1, 3, 4), b[:2, :2].reshape(1, 1, 2, 2), padding=1),
        lambda a, b: ignis.nn.functional.conv2d(
            a.reshape(1, 1, 3, 4), b[:2, :2].reshape(1, 1, 2, 2), padding=1
        ),
    ),
    (
        "max_pool2d",
        lambda a, b: F.max_pool2d(a.reshape(1, 1, 3, 4), 2),
        lambda a, b: ignis.nn.functional.max_pool2d(a.reshape(1, 1, 3, 4), 2),
    ),
    (
        "avg_pool2d",
        lambda a, b: F.avg_pool2d(a.reshape(1, 1, 3, 4), (1, 2)),
        lambda a, b: ignis.nn.functional.avg_pool2d(a.reshape(1, 1, 3, 4), (1, 2)),
    ),
    (
        "gelu.tanh",
        lambda a, b: F.gelu(a, approximate="tanh"),
        lambda a, b: ignis.nn.functional.gelu(a, approximate="tanh"),
    ),
    (
        "leaky_relu",
        lambda a, b: F.leaky_relu(a, 0.2),
        lambda a, b: ignis.nn.functional.leaky_relu(a, 0.2),
    ),
    (
        "linalg.inv",
        lambda a, b: torch.linalg.inv(a[:, :3] + 3 * torch.eye(3, dtype=a.dtype)),
        lambda a, b: ignis.linalg.inv(a[:, :3] + 3 * ignis.eye(3, dtype=ignis.float64)),
    ),
    (
        "linalg.det",
        lambda a, b: torch.linalg.det(a[:, :3]),
        lambda a, b: ignis.linalg.det(a[:, :3]),
    ),
    ("linalg.norm", lambda a, b: torch.linalg.norm(a), lambda a, b: ignis.linalg.norm(a)),
    ("round.decimals", lambda a, b: a.round(decimals=1), lambda a, b: a.round(decimals=1)),
    (
        "out=",
        lambda a, b: torch.add(a, b, out=torch.empty(3, 4, dtype=a.dtype)),
        lambda a, b: ignis.add(a, b, out=ignis.empty(3, 4, dtype=ignis.float64)),
    ),
]


# More families: linalg, index, nn, conv, pool and loss ops with their own argument shapes.
CASES += [
    (
        "bmm",
        lambda a, b: torch.bmm(a.reshape(3, 2, 2), b.reshape(3, 2, 2)),
        lambda a, b: ignis.bmm(a.reshape(3, 2, 2), b.reshape(3, 2, 2)),
    ),
    ("mv", lambda a, b: a.mv(b[0]), lambda a, b: a.mv(b[0])),
    (
        "addmm",
        lambda a, b: torch.addmm(a[:, :3], a, b.t()[:, :3], beta=0.5, alpha=2),
        lambda a, b: ignis.addmm(a[:, :3], a, b.t()[:, :3], beta=0.5, alpha=2),
    ),
    (
        "baddbmm",
        lambda a, b: torch.baddbmm(a.reshape(3, 2, 2), a.reshape(3, 2, 2), b.reshape(3, 2, 2)),
        lambda a, b: ignis.baddbmm(a.reshape(3, 2, 2), a.reshape(3, 2, 2), b.reshape(3, 2, 2)),
    ),
    (
        "tensordot",
        lambda a, b: torch.tensordot(a, b, ([1], [1])),
        lambda a, b: ignis.tensordot(a, b, [1], [1]),
    ),
    (
        "addcdiv",
        lambda a, b: torch.addcdiv(a, a, b.abs() + 1, value=2),
        lambda a, b: ignis.addcdiv(a, a, b.abs() + 1, value=2),
    ),
    ("lerp.tensor", lambda a, b: torch.lerp(a, b, b.abs()), lambda a, b: ignis.lerp(a, b, b.abs())),
    (
        "where.scalar_self",
        lambda a, b: torch.where(a > 0, 1.0, b),
        lambda a, b: ignis.where(a > 0, 1.0, b),
    ),
    (
        "count_nonzero",
        lambda a, b: torch.count_nonzero(a > 0, 1),
        lambda a, b: ignis.count_nonzero(a > 0, 1),
    ),
    (
        "index_add",
        lambda a, b: a.index_add(0, torch.tensor([2, 0]), b[:2], alpha=3),
        lambda a, b: a.index_add(0, ignis.tensor([2, 0]), b[:2], alpha=3),
    ),
    (
        "scatter.src",
        lambda a, b: a.scatter(1, torch.tensor([[1], [0], [3]]), b),
        lambda a, b: a.scatter(1, ignis.tensor([[1], [0], [3]]), b),
    ),
    (
        "scatter.value",
        lambda a, b: a.scatter(1, torch.tensor([[1], [0], [3]]), 9.0),
        lambda a, b: a.scatter(1, ignis.tensor([[1], [0], [3]]), 9.0),
    ),
    (
        "index_put",
        lambda a, b: a.index_put((torch.tensor([0, 2]),), b[:2], accumulate=True),
        lambda a, b: a.index_put([ignis.tensor([0, 2])], b[:2], accumulate=True),
    ),
    (
        "masked_scatter",
        lambda a, b: a.masked_scatter(a > 0, b),
        lambda a, b: a.masked_scatter(a > 0, b),
    ),
    (
        "take",
        lambda a, b: a.take(torch.tensor([[0, 11], [5, 3]])),
        lambda a, b: a.take(ignis.tensor([[0, 11], [5, 3]])),
    ),
    (
        "repeat_interleave",
        lambda a, b: a.repeat_interleave(2, dim=0),
        lambda a, b: a.repeat_interleave(2, dim=0),
    ),
    (
        "repeat_interleave.tensor",
        lambda a, b: a.repeat_interleave(torch.tensor([1, 0, 2]), 0),
        lambda a, b: a.repeat_interleave(ignis.tensor([1, 0, 2]), 0),
    ),
    (
        "unique",
        lambda a, b: torch.unique(torch.tensor([3, 1, 3, 2])),
        lambda a, b: ignis.unique(ignis.tensor([3, 1, 3, 2]))[0],
    ),
    (
        "one_hot",
        lambda a, b: F.one_hot(torch.tensor([0, 2, 1]), 4),
        lambda a, b: ignis.nn.functional.one_hot(ignis.tensor([0, 2, 1]), 4),
    ),
    (
        "embedding",
        lambda a, b: F.embedding(torch.tensor([[2, 0], [1, 1]]), a),
        lambda a, b: ignis.nn.functional.embedding(ignis.tensor([[2, 0], [1, 1]]), a),
    ),
    (
        "nll_loss",
        lambda a, b: F.nll_loss(a.log_softmax(1), torch.tensor([1, 0, 3])),
        lambda a, b: ignis.nn.functional.nll_loss(a.log_softmax(1), ignis.tensor([1, 0, 3])),
    ),
    (
        "kl_div",
        lambda a, b: F.kl_div(a.log_softmax(1), b.softmax(1), reduction="sum"),
        lambda a, b: ignis.nn.functional.kl_div(a.log_softmax(1), b.softmax(1), reduction="sum"),
    ),
    (
        "binary_cross_entropy",
        lambda a, b: F.binary_cross_entropy(a.sigmoid(), b.sigmoid()),
        lambda a, b: ignis.nn.functional.binary_cross_entropy(a.sigmoid(), b.sigmoid()),
    ),
    (
        "huber_loss",
        lambda a, b: F.huber_loss(a, b, delta=0.5),
        lambda a, b: ignis.nn.functional.huber_loss(a, b, delta=0.5),
    ),
    (
        "batch_norm.train",
        lambda a, b: F.batch_norm(a, None, None, training=True),
        lambda a, b: ignis.nn.functional.batch_norm(a, None, None, training=True),
    ),
    (
        "batch_norm.eval",
        lambda a, b: F.batch_norm(a, b[0], b[1].abs() + 0.5),
        lambda a, b: ignis.nn.functional.batch_norm(a, b[0], b[1].abs() + 0.5),
    ),
    (
        "group_norm",
        lambda a, b: F.group_norm(a.reshape(1, 4, 3), 2),
        lambda a, b: ignis.nn.functional.group_norm(a.reshape(1, 4, 3), 2),
    ),
    (
        "instance_norm",
        lambda a, b: F.instance_norm(a.reshape(1, 3, 4)),
        lambda a, b: ignis.nn.functional.instance_norm(a.reshape(1, 3, 4)),
    ),
    (
        "bilinear",
        lambda a, b: F.bilinear(a, b, torch.ones(2, 4, 4, dtype=a.dtype)),
        lambda a, b: ignis.nn.functional.bilinear(a, b, ignis.ones(2, 4, 4, dtype=ignis.float64)),
    ),
    (
        "conv1d",
        lambda a, b: F.conv1d(a.reshape(1, 3, 4), b[:, :2].reshape(2, 3, 1), stride=2),
        lambda a, b: ignis.nn.functional.conv1d(
            a.reshape(1, 3, 4), b[:, :2].reshape(2, 3, 1), stride=2
        ),
    ),
    (
        "conv_transpose2d",
        lambda a, b: F.conv_transpose2d(
            a.reshape(1, 1, 3, 4), b[:2, :2].reshape(1, 1, 2, 2), stride=2
        ),
        lambda a, b: ignis.nn.functional.conv_transpose2d(
            a.reshape(1, 1, 3, 4), b[:2, :2].reshape(1, 1, 2, 2), stride=2
        ),
    ),
    (
        "max_pool2d.indices",
        lambda a, b: F.max_pool2d(a.reshape(1, 1, 3, 4), 2, return_indices=True),
        lambda a, b: ignis.nn.functional.max_pool2d(a.reshape(1, 1, 3, 4), 2, return_indices=True),
    ),
    (
        "adaptive_avg_pool2d",
        lambda a, b: F.adaptive_avg_pool2d(a.reshape(1, 1, 3, 4), (2, 2)),
        lambda a, b: ignis.nn.functional.adaptive_avg_pool2d(a.reshape(1, 1, 3, 4), (2, 2)),
    ),
    (
        "interpolate",
        lambda a, b: F.interpolate(a.reshape(1, 1, 3, 4), scale_factor=2.0),
        lambda a, b: ignis.nn.functional.interpolate(a.reshape(1, 1, 3, 4), scale_factor=2.0),
    ),
    (
        "linalg.solve",
        lambda a, b: torch.linalg.solve(a[:, :3] + 3 * torch.eye(3, dtype=a.dtype), b),
        lambda a, b: ignis.linalg.solve(a[:, :3] + 3 * ignis.eye(3, dtype=ignis.float64), b),
    ),
    (
        "linalg.cholesky",
        lambda a, b: torch.linalg.cholesky(a @ a.t() + torch.eye(3, dtype=a.dtype)),
        lambda a, b: ignis.linalg.cholesky(a @ a.t() + ignis.eye(3, dtype=ignis.float64)),
    ),
    ("linalg.svd.S", lambda a, b: torch.linalg.svd(a).S, lambda a, b: ignis.linalg.svd(a).S),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_explicit_cases_match_torch(case):
    _, tfn, ifn = case
    a, b = t64(3, 4), t64(3, 4)
    expected = tfn(a, b)
    actual = ifn(from_torch(a), from_torch(b))
    if isinstance(expected, torch.Tensor):
        assert_close(actual, expected, rtol=1e-6, atol=1e-7)
    else:
        assert len(actual) == len(expected)
        for x, e in zip(actual, expected):
            assert_close(x, e, rtol=1e-6, atol=1e-7)


def test_inplace_schema_op_returns_self():
    x = ignis.tensor([-1.0, 2.0])
    assert x.relu_() is x and x.tolist() == [0.0, 2.0]
    assert x.clamp_(max=1.0) is x and x.tolist() == [0.0, 1.0]


def test_out_argument_writes_into_out():
    out = ignis.empty(2)
    r = ignis.mul(ignis.tensor([1.0, 2.0]), ignis.tensor([3.0, 4.0]), out=out)
    assert r is out and out.tolist() == [3.0, 8.0]


def test_keyword_and_defaults():
    x = ignis.tensor([[1.0, 5.0], [3.0, 2.0]])
    assert x.sum(dim=1, keepdim=True).shape == (2, 1)
    assert ignis.sum(input=x).item() == 11.0
    assert ignis.softmax(x, dim=1, dtype=ignis.float64).dtype is ignis.float64
    assert x.sum(dtype=ignis.float64).dtype is ignis.float64


def test_tuple_results_are_named_like_torch():
    x = ignis.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
    r = x.max(1)
    assert r.values.tolist() == [5.0, 6.0] and r.indices.tolist() == [1, 2]
    values, indices = x.sort(1, descending=True)
    assert x.sort(1, descending=True).indices.tolist() == indices.tolist()
    assert ignis.topk(x, 2).values.shape == (2, 2) and x.min(0).indices.tolist() == [0, 1, 0]
    q = ignis.linalg.qr(ignis.eye(3, dtype=ignis.float64))
    assert q.Q.shape == (3, 3) and q.R.shape == (3, 3)
    assert ignis.linalg.svd(ignis.eye(2, dtype=ignis.float64)).S.tolist() == [1.0, 1.0]
