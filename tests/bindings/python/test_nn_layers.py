"""ignis.nn engine layers against torch 1.13: torch's state_dict copied into ignis (through
NumPy), then outputs, input gradients and parameter gradients compared."""
import numpy as np
import pytest
import torch

import ignis
import ignis.nn as nn
from conftest import assert_close, from_torch


def copy_state(ig, tm):
    sd = {k: from_torch(v) for k, v in tm.state_dict().items()}
    ig.load_state_dict(sd)


CASES = [
    # (ignis ctor, torch ctor, input shape, float input)
    (lambda: nn.Linear(5, 3), lambda: torch.nn.Linear(5, 3), (4, 5)),
    (lambda: nn.Linear(5, 3, bias=False), lambda: torch.nn.Linear(5, 3, bias=False), (2, 7, 5)),
    (
        lambda: nn.Conv2d(2, 4, 3, padding=1),
        lambda: torch.nn.Conv2d(2, 4, 3, padding=1),
        (2, 2, 6, 6),
    ),
    (
        lambda: nn.Conv2d(2, 4, (3, 2), stride=2),
        lambda: torch.nn.Conv2d(2, 4, (3, 2), stride=2),
        (1, 2, 7, 6),
    ),
    (lambda: nn.Conv1d(3, 2, 3), lambda: torch.nn.Conv1d(3, 2, 3), (2, 3, 9)),
    (lambda: nn.BatchNorm2d(3), lambda: torch.nn.BatchNorm2d(3), (4, 3, 5, 5)),
    (lambda: nn.BatchNorm1d(3), lambda: torch.nn.BatchNorm1d(3), (6, 3)),
    (lambda: nn.LayerNorm(6), lambda: torch.nn.LayerNorm(6), (3, 6)),
    (lambda: nn.GroupNorm(2, 4), lambda: torch.nn.GroupNorm(2, 4), (3, 4, 5)),
    (lambda: nn.MaxPool2d(2), lambda: torch.nn.MaxPool2d(2), (2, 3, 6, 6)),
    (lambda: nn.AvgPool2d(2), lambda: torch.nn.AvgPool2d(2), (2, 3, 6, 6)),
    (lambda: nn.AdaptiveAvgPool2d(1), lambda: torch.nn.AdaptiveAvgPool2d(1), (2, 3, 5, 5)),
    (lambda: nn.Flatten(), lambda: torch.nn.Flatten(), (2, 3, 4)),
    (lambda: nn.GELU(), lambda: torch.nn.GELU(), (3, 4)),
    (lambda: nn.LeakyReLU(0.2), lambda: torch.nn.LeakyReLU(0.2), (3, 4)),
    (lambda: nn.Softmax(dim=1), lambda: torch.nn.Softmax(dim=1), (3, 4)),
    (lambda: nn.Bilinear(3, 4, 2), lambda: torch.nn.Bilinear(3, 4, 2), None),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: repr(c[1]()))
@pytest.mark.parametrize("training", [True, False])
def test_layer_matches_torch(case, training):
    make_ig, make_tm, shape = case
    ig, tm = make_ig(), make_tm()
    assert list(ig.state_dict()) == list(tm.state_dict())
    copy_state(ig, tm)
    ig.train(training)
    tm.train(training)
    if shape is None:  # Bilinear: two inputs
        xs = [torch.randn(5, 3, requires_grad=True), torch.randn(5, 4, requires_grad=True)]
    else:
        xs = [torch.randn(*shape, requires_grad=True)]
    ixs = [from_torch(x, requires_grad=True) for x in xs]
    out_t, out_i = tm(*xs), ig(*ixs)
    assert_close(out_i, out_t.detach(), rtol=1e-4, atol=1e-5)
    w = torch.randn(out_t.shape)
    (out_t * w).sum().backward()
    (out_i * from_torch(w)).sum().backward()
    for x, ix in zip(xs, ixs):
        assert_close(ix.grad, x.grad, rtol=1e-4, atol=1e-5)
    for (name, p), (tname, tp) in zip(ig.named_parameters(), tm.named_parameters()):
        assert name == tname
        assert_close(p.grad, tp.grad, rtol=1e-4, atol=1e-4)
    for (name, b), (_, tb) in zip(ig.named_buffers(), tm.named_buffers()):
        assert_close(b, tb, rtol=1e-5, atol=1e-6)  # running statistics updated alike


def test_embedding_matches_torch():
    ig, tm = nn.Embedding(10, 4, padding_idx=0), torch.nn.Embedding(10, 4, padding_idx=0)
    copy_state(ig, tm)
    idx = torch.tensor([[0, 3, 9], [3, 3, 1]])
    out_i, out_t = ig(from_torch(idx)), tm(idx)
    assert_close(out_i, out_t.detach())
    out_t.sum().backward()
    out_i.sum().backward()
    assert_close(ig.weight.grad, tm.weight.grad)


@pytest.mark.parametrize("smoothing", [0.0, 0.1])
def test_cross_entropy_loss_matches_torch(smoothing):
    ig = nn.CrossEntropyLoss(label_smoothing=smoothing)
    tm = torch.nn.CrossEntropyLoss(label_smoothing=smoothing)
    x = torch.randn(6, 5, requires_grad=True)
    y = torch.tensor([0, 4, 2, 1, 1, 3])
    ix = from_torch(x, requires_grad=True)
    li, lt = ig(ix, from_torch(y)), tm(x, y)
    assert_close(li, lt.detach())
    lt.backward()
    li.backward()
    assert_close(ix.grad, x.grad)


def test_mse_and_bce_losses_match_torch():
    a, b = torch.rand(4, 3), torch.rand(4, 3)
    assert_close(nn.MSELoss()(from_torch(a), from_torch(b)), torch.nn.MSELoss()(a, b))
    assert_close(nn.BCELoss()(from_torch(a), from_torch(b)), torch.nn.BCELoss()(a, b))
    assert_close(
        nn.L1Loss(reduction="sum")(from_torch(a), from_torch(b)),
        torch.nn.L1Loss(reduction="sum")(a, b),
    )


def test_dropout_train_and_eval():
    d = nn.Dropout(0.5)
    x = ignis.ones(1000)
    y = d(x)
    zeros = (y == 0).sum().item()
    assert 350 < zeros < 650
    assert set(np.unique(y.numpy()).tolist()) <= {0.0, 2.0}
    d.eval()
    assert ignis.equal(d(x), x)


def test_constructor_errors_name_the_options():
    with pytest.raises(TypeError, match="unexpected keyword argument 'in_feature'.*in_features"):
        nn.Linear(in_feature=3, out_features=2)
    with pytest.raises(TypeError, match="at most"):
        nn.ReLU(True, 1)
    with pytest.raises(Exception, match="out_features"):
        nn.Linear(3)
    with pytest.raises(TypeError, match="multiple values"):
        nn.Linear(3, 2, in_features=3)


def test_forward_errors_are_python_exceptions():
    lin = nn.Linear(3, 2)
    with pytest.raises(Exception, match="3"):
        lin(ignis.randn(4, 5))


def test_options_become_attributes_like_torch():
    c = nn.Conv2d(1, 8, 3, padding=1)
    assert (c.in_channels, c.out_channels, c.kernel_size, c.padding) == (1, 8, 3, 1)
    assert isinstance(c.bias, nn.Parameter)  # the parameter, not the bool option


def test_switched_off_parameters_are_none_as_in_torch():
    lin = nn.Linear(3, 2, bias=False)
    assert lin.bias is None and isinstance(lin.weight, nn.Parameter)
    assert list(lin.state_dict()) == ["weight"]
    bn = nn.BatchNorm2d(3, affine=False, track_running_stats=False)
    tbn = torch.nn.BatchNorm2d(3, affine=False, track_running_stats=False)
    assert bn.weight is None and bn.running_mean is None
    assert list(bn.state_dict()) == list(tbn.state_dict()) == []
    ln = nn.LayerNorm(4, elementwise_affine=False)
    assert ln.weight is None and ln.bias is None
    assert nn.Linear(3, 2).bias is not None


def test_dtype_argument_and_to():
    lin = nn.Linear(3, 2, dtype=ignis.float64)
    assert lin.weight.dtype is ignis.float64
    lin.to(ignis.float32)
    assert lin.weight.dtype is ignis.float32
    out = lin(ignis.randn(2, 3))
    assert out.dtype is ignis.float32
    bn = nn.BatchNorm1d(2).double()
    assert bn.running_mean.dtype is ignis.float64
    assert bn.num_batches_tracked.dtype is ignis.int64  # integer buffers keep their dtype


def test_assigning_a_parameter_reaches_the_engine():
    lin = nn.Linear(2, 1, bias=False)
    lin.weight = nn.Parameter(ignis.tensor([[2.0, 3.0]]))
    assert lin(ignis.tensor([[1.0, 1.0]])).item() == 5.0
    with pytest.raises(TypeError, match="Parameter or None"):
        lin.weight = ignis.zeros(1, 2)


def test_engine_refusals_are_python_exceptions():
    with pytest.raises(NotImplementedError, match="return_indices"):
        nn.MaxPool2d(2, return_indices=True)(ignis.zeros(1, 1, 4, 4))


def test_nested_inputs_are_passed_flat():
    from ignis.nn.engine import _NESTED_RESULTS, _flatten

    a, b, c = ignis.zeros(1), ignis.ones(1), ignis.ones(2)
    assert _flatten((a, (b, c), None)) == [a, b, c, None]
    out, (h, cc) = _NESTED_RESULTS["LSTM"]([a, b, c])
    assert out is a and h is b and cc is c


def test_lstm_with_projections_matches_torch():
    torch.manual_seed(3)
    tm = torch.nn.LSTM(3, 5, num_layers=2, proj_size=2, batch_first=True)
    ig = nn.LSTM(3, 5, num_layers=2, proj_size=2, batch_first=True)
    assert list(ig.state_dict()) == list(tm.state_dict())
    assert repr(ig) == repr(tm)
    copy_state(ig, tm)
    x = torch.randn(4, 6, 3)
    h0, c0 = torch.randn(2, 4, 2), torch.randn(2, 4, 5)
    out, (h, c) = tm(x, (h0, c0))
    iout, (ih, ic) = ig(from_torch(x), (from_torch(h0), from_torch(c0)))
    assert_close(iout, out, atol=1e-5)
    assert_close(ih, h, atol=1e-5)
    assert_close(ic, c, atol=1e-5)
    with pytest.raises(ValueError, match="only supported for LSTM"):
        nn.GRU(3, 5, proj_size=2)
