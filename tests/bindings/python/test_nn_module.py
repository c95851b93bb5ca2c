"""ignis.nn.Module subclassed in Python as in PyTorch: registration, traversal, state dicts,
modes, conversions, hooks, repr, init and clipping; and a Python-defined model trained side by
side with torch from the same weights reaching the same losses (DESIGN §9)."""
import math

import numpy as np
import pytest
import torch

import ignis
import ignis.nn as nn
from conftest import assert_close, from_torch, to_torch


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, padding=1)
        self.bn = nn.BatchNorm2d(4)
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(4 * 4 * 4, 3))
        self.scale = nn.Parameter(ignis.ones(1))
        self.register_buffer("offset", ignis.zeros(3))
        self.register_buffer("scratch", ignis.zeros(1), persistent=False)

    def forward(self, x):
        x = nn.functional.relu(self.bn(self.conv(x)))
        x = nn.functional.max_pool2d(x, 2)
        return self.head(x) * self.scale + self.offset


class TorchNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = torch.nn.Conv2d(1, 4, 3, padding=1)
        self.bn = torch.nn.BatchNorm2d(4)
        self.head = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(4 * 4 * 4, 3))
        self.scale = torch.nn.Parameter(torch.ones(1))
        self.register_buffer("offset", torch.zeros(3))
        self.register_buffer("scratch", torch.zeros(1), persistent=False)

    def forward(self, x):
        x = torch.relu(self.bn(self.conv(x)))
        x = torch.nn.functional.max_pool2d(x, 2)
        return self.head(x) * self.scale + self.offset


def test_registration_and_keys_match_torch():
    ig, tm = Net(), TorchNet()
    assert [k for k, _ in ig.named_parameters()] == [k for k, _ in tm.named_parameters()]
    assert [k for k, _ in ig.named_buffers()] == [k for k, _ in tm.named_buffers()]
    assert list(ig.state_dict()) == list(tm.state_dict())
    assert [k for k, _ in ig.named_modules()] == [k for k, _ in tm.named_modules()]
    assert [k for k, _ in ig.named_children()] == [k for k, _ in tm.named_children()]
    assert len(list(ig.parameters())) == 7
    assert all(isinstance(p, nn.Parameter) and p.requires_grad for p in ig.parameters())


def test_repr_matches_torch():
    assert repr(Net()) == repr(TorchNet()).replace("TorchNet(", "Net(", 1)


def test_state_dict_shares_memory_and_round_trips():
    a, b = Net(), Net()
    sd = a.state_dict()
    assert not sd["conv.weight"].requires_grad
    r = b.load_state_dict(sd)
    assert r.missing_keys == [] and r.unexpected_keys == []
    x = ignis.randn(2, 1, 8, 8)
    a.eval()
    b.eval()
    assert ignis.allclose(a(x), b(x))
    with ignis.no_grad():
        a.conv.weight.fill_(0.5)  # in place: the state dict taken before sees it
    assert sd["conv.weight"].flatten()[0].item() == 0.5


def test_load_state_dict_reports_and_strict_errors():
    m = Net()
    sd = dict(m.state_dict())
    del sd["bn.running_var"]
    sd["extra"] = ignis.zeros(1)
    with pytest.raises(RuntimeError, match='Missing key\\(s\\) in state_dict: "bn.running_var"'):
        m.load_state_dict(sd)
    with pytest.raises(RuntimeError, match='Unexpected key\\(s\\) in state_dict: "extra"'):
        m.load_state_dict(sd)
    r = m.load_state_dict(sd, strict=False)
    assert r.missing_keys == ["bn.running_var"] and r.unexpected_keys == ["extra"]
    sd = dict(m.state_dict())
    sd["head.1.weight"] = ignis.zeros(2, 2)
    before = m.conv.weight.clone()
    with pytest.raises(RuntimeError, match="size mismatch for head.1.weight"):
        m.load_state_dict(sd)
    assert ignis.equal(m.conv.weight, before)  # nothing changed


def test_loads_torch_state_dict_and_matches_outputs():
    ig, tm = Net(), TorchNet()
    ig.load_state_dict({k: from_torch(v) for k, v in tm.state_dict().items()})
    x = torch.randn(3, 1, 8, 8)
    assert_close(ig(from_torch(x)), tm(x).detach(), rtol=1e-4, atol=1e-5)
    ig.eval()
    tm.eval()
    assert_close(ig(from_torch(x)), tm(x).detach(), rtol=1e-4, atol=1e-5)


def test_train_eval_reach_every_module_and_the_engine():
    m = Net()
    m.eval()
    assert not m.training and not m.bn.training and not m.head[1].training
    x = ignis.randn(2, 1, 8, 8)
    rm = m.bn.running_mean.clone()
    m(x)
    assert ignis.equal(m.bn.running_mean, rm)  # eval: running stats untouched
    m.train()
    m(x)
    assert not ignis.equal(m.bn.running_mean, rm)


def test_zero_grad_apply_requires_grad_and_to():
    m = Net()
    m(ignis.randn(2, 1, 8, 8)).sum().backward()
    assert m.conv.weight.grad is not None and m.scale.grad is not None
    m.zero_grad(set_to_none=False)
    assert m.conv.weight.grad.abs().sum().item() == 0
    m.zero_grad()
    assert m.conv.weight.grad is None
    names = []
    m.apply(lambda mod: names.append(type(mod).__name__))
    assert names == ["Conv2d", "BatchNorm2d", "Flatten", "Linear", "Sequential", "Net"]
    m.requires_grad_(False)
    assert not any(p.requires_grad for p in m.parameters())
    m.double()
    assert all(p.dtype is ignis.float64 for p in m.parameters())
    assert m.offset.dtype is ignis.float64
    assert m(ignis.randn(1, 1, 8, 8, dtype=ignis.float64)).dtype is ignis.float64


def test_forward_hooks():
    lin = nn.Linear(2, 2)
    seen = []
    h1 = lin.register_forward_pre_hook(lambda mod, args: (args[0] * 0,))
    h2 = lin.register_forward_hook(lambda mod, args, out: seen.append(out) or out + 1)
    out = lin(ignis.ones(1, 2))
    assert ignis.allclose(out, lin.bias.detach() + 1)
    assert len(seen) == 1
    h1.remove()
    h2.remove()
    assert ignis.allclose(lin(ignis.zeros(1, 2)), lin.bias.detach())


def test_attribute_errors_and_assignment_rules():
    m = Net()
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        m.nope
    with pytest.raises(TypeError, match="Parameter or None"):
        m.scale = ignis.ones(1)
    with pytest.raises(TypeError, match="Module or None"):
        m.conv = 3

    class Bad(nn.Module):
        def __init__(self):
            self.w = nn.Parameter(ignis.ones(1))

    with pytest.raises(AttributeError, match="before Module.__init__"):
        Bad()


def test_containers():
    ml = nn.ModuleList([nn.Linear(2, 2), nn.ReLU()])
    ml.append(nn.Tanh())
    assert len(ml) == 3 and isinstance(ml[-1], nn.Tanh)
    md = nn.ModuleDict({"a": nn.Linear(2, 3)})
    assert "a" in md and list(md.state_dict()) == ["a.weight", "a.bias"]
    seq = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
    assert len(seq[:2]) == 2
    assert list(seq.state_dict()) == ["0.weight", "0.bias", "2.weight", "2.bias"]
    with pytest.raises(IndexError):
        seq[5]


def test_init_functions():
    w = nn.Parameter(ignis.empty(200, 100))
    nn.init.uniform_(w, -0.5, 0.5)
    assert w.requires_grad and w.is_leaf
    a = w.detach().numpy()
    assert a.min() >= -0.5 and a.max() <= 0.5 and abs(a.mean()) < 0.02
    nn.init.normal_(w, 1.0, 2.0)
    a = w.detach().numpy()
    assert abs(a.mean() - 1) < 0.05 and abs(a.std() - 2) < 0.05
    nn.init.xavier_uniform_(w)
    bound = math.sqrt(6 / 300)
    assert np.abs(w.detach().numpy()).max() <= bound
    nn.init.kaiming_normal_(w, mode="fan_in", nonlinearity="relu")
    assert abs(w.detach().numpy().std() - math.sqrt(2 / 100)) < 0.01
    nn.init.trunc_normal_(w, std=1.0, a=-1.0, b=1.5)
    a = w.detach().numpy()
    assert a.min() >= -1.0 and a.max() <= 1.5
    nn.init.constant_(w, 0.25)
    assert (w.detach().numpy() == 0.25).all()
    q = nn.Parameter(ignis.empty(4, 6))
    nn.init.orthogonal_(q)
    qq = q.detach().numpy().astype(np.float64)
    np.testing.assert_allclose(qq @ qq.T, np.eye(4), atol=1e-5)
    assert nn.init.calculate_gain("leaky_relu", 0.2) == torch.nn.init.calculate_gain(
        "leaky_relu", 0.2
    )
    with pytest.raises(ValueError, match="fewer than 2 dimensions"):
        nn.init.xavier_uniform_(nn.Parameter(ignis.empty(3)))


def test_clip_grad_matches_torch():
    tp = [torch.nn.Parameter(torch.randn(3, 4)), torch.nn.Parameter(torch.randn(5))]
    ip = [nn.Parameter(from_torch(p)) for p in tp]
    g = [torch.randn(3, 4) * 3, torch.randn(5) * 3]
    for p, q, gg in zip(tp, ip, g):
        p.grad = gg.clone()
        q.grad = from_torch(gg)
    total_t = torch.nn.utils.clip_grad_norm_(tp, 1.0)
    total_i = nn.utils.clip_grad_norm_(ip, 1.0)
    assert abs(total_i.item() - total_t.item()) < 1e-4
    for p, q in zip(tp, ip):
        assert_close(q.grad, p.grad, rtol=1e-5, atol=1e-6)
    nn.utils.clip_grad_value_(ip, 0.01)
    assert max(q.grad.abs().max().item() for q in ip) <= 0.01 + 1e-7


def test_training_parity_with_torch():
    """The same Python model, the same initial weights and data, SGD with momentum: the loss
    curves agree step by step."""
    ig, tm = Net(), TorchNet()
    ig.load_state_dict({k: from_torch(v) for k, v in tm.state_dict().items()})
    opt_i = ignis.optim.SGD(ig.parameters(), lr=0.05, momentum=0.9)
    opt_t = torch.optim.SGD(tm.parameters(), lr=0.05, momentum=0.9)
    loss_i_fn, loss_t_fn = nn.CrossEntropyLoss(), torch.nn.CrossEntropyLoss()
    gen = torch.Generator().manual_seed(1)
    data = [
        (torch.randn(8, 1, 8, 8, generator=gen), torch.randint(0, 3, (8,), generator=gen))
        for _ in range(3)
    ]
    losses_i, losses_t = [], []
    for step in range(15):
        x, y = data[step % 3]
        opt_t.zero_grad()
        lt = loss_t_fn(tm(x), y)
        lt.backward()
        opt_t.step()
        opt_i.zero_grad()
        li = loss_i_fn(ig(from_torch(x)), from_torch(y))
        li.backward()
        opt_i.step()
        losses_t.append(lt.item())
        losses_i.append(li.item())
    np.testing.assert_allclose(losses_i, losses_t, rtol=1e-3, atol=1e-4)
    assert sum(losses_i[-3:]) < sum(losses_i[:3])  # it learns
    for k, v in tm.state_dict().items():
        assert_close(ig.state_dict()[k], v, rtol=1e-3, atol=1e-4)


def test_save_load_round_trip_and_bytes(tmp_path):
    import json
    import struct

    m = Net()
    m(ignis.randn(2, 1, 8, 8))  # moves the running statistics
    path = tmp_path / "net.safetensors"
    ignis.save(m.state_dict(), path)
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    assert header["conv.weight"]["dtype"] == "F32" and header["conv.weight"]["shape"] == [
        4,
        1,
        3,
        3,
    ]
    assert header["bn.num_batches_tracked"]["dtype"] == "I64"
    b, e = header["head.1.weight"]["data_offsets"]
    vals = np.frombuffer(raw[8 + n + b : 8 + n + e], dtype="<f4").reshape(3, 64)
    np.testing.assert_array_equal(vals, m.head[1].weight.detach().numpy())
    fresh = Net()
    fresh.load_state_dict(ignis.load(path))
    for k, v in m.state_dict().items():
        assert ignis.equal(fresh.state_dict()[k], v), k
    # The engine's own checkpoint writer uses the same keys and format.
    engine_path = tmp_path / "conv.safetensors"
    m.conv._engine.save(str(engine_path))
    sd = ignis.load(engine_path)
    assert ignis.equal(sd["weight"], m.conv.weight.detach())
    _ = to_torch(sd["bias"])


def test_deepcopy_and_pickle_make_independent_models():
    import copy
    import pickle

    m = Net()
    m(ignis.randn(2, 1, 8, 8))  # running statistics move
    m.conv.weight.requires_grad = False
    m.eval()
    for c in (copy.deepcopy(m), pickle.loads(pickle.dumps(m))):
        assert type(c) is Net and not c.training and not c.bn.training
        for k, v in m.state_dict().items():
            assert ignis.equal(c.state_dict()[k], v), k
        assert not c.conv.weight.requires_grad and c.head[1].weight.requires_grad
        x = ignis.randn(1, 1, 8, 8)
        assert ignis.allclose(c(x), m(x))
        with ignis.no_grad():
            c.head[1].weight.fill_(0)
        assert not ignis.equal(c.head[1].weight, m.head[1].weight)  # no shared memory
    d = copy.deepcopy(nn.Linear(2, 2).double())
    assert d.weight.dtype is ignis.float64 and d(ignis.ones(1, 2, dtype=ignis.float64)).shape == (
        1,
        2,
    )
