"""ignis.optim against torch 1.13: parameter values after several steps for every optimizer,
param groups and live 'lr', state_dict round trips, the lr sequences of every scheduler, and
errors."""
import numpy as np
import pytest
import torch

import ignis
import ignis.nn as nn
from conftest import assert_close, from_torch


def run_both(make_i, make_t, steps=6, groups=False):
    """Minimizes a fixed quartic from the same start with both libraries."""
    w0, b0 = torch.randn(4, 3), torch.randn(3)
    tw, tb = torch.nn.Parameter(w0.clone()), torch.nn.Parameter(b0.clone())
    iw, ib = nn.Parameter(from_torch(w0)), nn.Parameter(from_torch(b0))
    if groups:
        ot = make_t([{"params": [tw]}, {"params": [tb], "lr": 0.01}])
        oi = make_i([{"params": [iw]}, {"params": [ib], "lr": 0.01}])
    else:
        ot, oi = make_t([tw, tb]), make_i([iw, ib])
    x = torch.randn(5, 4)
    ix = from_torch(x)
    for _ in range(steps):
        ot.zero_grad()
        ((x @ tw + tb) ** 4).mean().backward()
        ot.step()
        oi.zero_grad()
        ((ix @ iw + ib) ** 4).mean().backward()
        oi.step()
    assert_close(iw.detach(), tw.detach(), rtol=1e-4, atol=1e-5)
    assert_close(ib.detach(), tb.detach(), rtol=1e-4, atol=1e-5)
    return oi, ot


OPTIMIZERS = [
    ("SGD", dict(lr=0.01)),
    ("SGD", dict(lr=0.01, momentum=0.9, nesterov=True, weight_decay=0.1)),
    ("SGD", dict(lr=0.01, momentum=0.9, dampening=0.5)),
    ("Adam", dict(lr=0.01)),
    ("Adam", dict(lr=0.01, betas=(0.8, 0.9), weight_decay=0.1, amsgrad=True)),
    ("AdamW", dict(lr=0.01, weight_decay=0.1)),
    ("RMSprop", dict(lr=0.01, momentum=0.5, centered=True)),
    ("Adagrad", dict(lr=0.05, lr_decay=0.01)),
    ("Adadelta", dict(lr=1.0, rho=0.8)),
]


@pytest.mark.parametrize("name,opts", OPTIMIZERS, ids=lambda v: str(v))
def test_optimizer_matches_torch(name, opts):
    run_both(
        lambda p: getattr(ignis.optim, name)(p, **opts),
        lambda p: getattr(torch.optim, name)(p, **opts),
    )


def test_param_groups_options_and_lr_changes():
    oi, ot = run_both(
        lambda p: ignis.optim.SGD(p, lr=0.1, momentum=0.9),
        lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
        groups=True,
    )
    assert len(oi.param_groups) == 2
    assert oi.param_groups[1]["lr"] == 0.01 and oi.param_groups[0]["momentum"] == 0.9
    assert oi.param_groups[0]["nesterov"] is False
    oi.param_groups[0]["lr"] = 0.5
    assert oi.param_groups[0]["lr"] == 0.5
    a = ignis.optim.Adam([nn.Parameter(ignis.ones(2))], betas=(0.5, 0.6))
    assert a.param_groups[0]["betas"] == (0.5, 0.6)
    a.param_groups[0]["betas"] = (0.7, 0.8)
    assert a.param_groups[0]["betas"] == (0.7, 0.8)


def test_changed_lr_is_used_by_step():
    p = nn.Parameter(ignis.tensor([1.0]))
    opt = ignis.optim.SGD([p], lr=0.1)
    opt.param_groups[0]["lr"] = 1.0
    p.grad = ignis.tensor([2.0])
    opt.step()
    assert p.item() == -1.0
    opt.zero_grad()
    assert p.grad is None


def test_add_param_group_takes_its_own_options():
    a, b = nn.Parameter(ignis.tensor([1.0])), nn.Parameter(ignis.tensor([1.0]))
    opt = ignis.optim.SGD([a], lr=0.1)
    opt.add_param_group({"params": [b], "lr": 0.5})
    a.grad, b.grad = ignis.tensor([1.0]), ignis.tensor([1.0])
    opt.step()
    assert abs(a.item() - 0.9) < 1e-7 and abs(b.item() - 0.5) < 1e-7
    assert [g["lr"] for g in opt.param_groups] == [0.1, 0.5]
    assert "Parameter Group 1" in repr(opt)


def test_state_dict_round_trip_continues_like_uninterrupted():
    def make():
        p = nn.Parameter(ignis.tensor([1.0, -2.0, 3.0]))
        return p, ignis.optim.Adam([p], lr=0.1)

    def step(p, opt):
        opt.zero_grad()
        (p**2).sum().backward()
        opt.step()

    p1, o1 = make()
    for _ in range(3):
        step(p1, o1)
    sd = o1.state_dict()
    assert sd["param_groups"][0]["lr"] == 0.1 and sd["param_groups"][0]["params"] == [0]
    assert sd["state"], "Adam's moment buffers are in the state"
    p2, o2 = make()
    with ignis.no_grad():
        p2.copy_(p1)
    o2.load_state_dict(sd)
    step(p1, o1)
    step(p2, o2)
    assert ignis.allclose(p1, p2)
    with pytest.raises(ValueError, match="state_dict"):
        o2.load_state_dict({"state": {}})


def test_optimizer_errors():
    p = nn.Parameter(ignis.ones(2))
    with pytest.raises(ValueError, match="empty parameter list"):
        ignis.optim.SGD([], lr=0.1)
    with pytest.raises(TypeError, match="iterable"):
        ignis.optim.SGD(p, lr=0.1)
    with pytest.raises(Exception, match="lr"):
        ignis.optim.SGD([p], lr=-1.0)
    with pytest.raises(ValueError, match="more than one parameter group"):
        ignis.optim.SGD([{"params": [p]}, {"params": [p]}], lr=0.1)
    with pytest.raises(TypeError, match="optimize Tensors"):
        ignis.optim.SGD([1.0], lr=0.1)


def lr_sequence(make_sched, opt_module, steps=12, metric=None):
    if opt_module is torch:
        p = torch.nn.Parameter(torch.ones(1))
        q = torch.nn.Parameter(torch.ones(1))
        opt = torch.optim.SGD([{"params": [p]}, {"params": [q], "lr": 0.5}], lr=1.0, momentum=0.9)
        sched = make_sched(torch.optim, opt)
    else:
        p, q = nn.Parameter(ignis.ones(1)), nn.Parameter(ignis.ones(1))
        opt = ignis.optim.SGD([{"params": [p]}, {"params": [q], "lr": 0.5}], lr=1.0, momentum=0.9)
        sched = make_sched(ignis.optim, opt)
    seq = []
    for i in range(steps):
        seq.append([g["lr"] for g in opt.param_groups] + [opt.param_groups[0]["momentum"]])
        opt.step()
        if metric is None:
            sched.step()
        else:
            sched.step(metric(i))
    return seq


SCHEDULERS = {
    "StepLR": lambda o, opt: o.lr_scheduler.StepLR(opt, step_size=3, gamma=0.5),
    "MultiStepLR": lambda o, opt: o.lr_scheduler.MultiStepLR(opt, [2, 5, 9], gamma=0.3),
    "ExponentialLR": lambda o, opt: o.lr_scheduler.ExponentialLR(opt, 0.8),
    "CosineAnnealingLR": lambda o, opt: o.lr_scheduler.CosineAnnealingLR(opt, 5, eta_min=0.01),
    "LinearLR": lambda o, opt: o.lr_scheduler.LinearLR(opt, 0.2, 1.0, total_iters=4),
    "OneCycleLR": lambda o, opt: o.lr_scheduler.OneCycleLR(opt, max_lr=2.0, total_steps=13),
    "LambdaLR": lambda o, opt: o.lr_scheduler.LambdaLR(opt, lambda e: 1.0 / (e + 1)),
    "LambdaLR-per-group": lambda o, opt: o.lr_scheduler.LambdaLR(
        opt, [lambda e: 0.9**e, lambda e: 1.0 + e]
    ),
    "SequentialLR": lambda o, opt: o.lr_scheduler.SequentialLR(
        opt,
        [o.lr_scheduler.LinearLR(opt, 0.1, total_iters=3), o.lr_scheduler.ExponentialLR(opt, 0.7)],
        milestones=[3],
    ),
}


@pytest.mark.parametrize("name", list(SCHEDULERS))
def test_scheduler_lr_sequence_matches_torch(name):
    seq_i = lr_sequence(SCHEDULERS[name], ignis.optim)
    seq_t = lr_sequence(SCHEDULERS[name], torch)
    np.testing.assert_allclose(seq_i, seq_t, rtol=1e-6, atol=1e-9)


def test_reduce_lr_on_plateau_matches_torch():
    def make(o, opt):
        return o.lr_scheduler.ReduceLROnPlateau(opt, factor=0.5, patience=1, cooldown=1)

    metric = [5, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3].__getitem__
    seq_i = lr_sequence(make, ignis.optim, metric=metric)
    seq_t = lr_sequence(make, torch, metric=metric)
    np.testing.assert_allclose(seq_i, seq_t)


def test_scheduler_get_last_lr_and_errors():
    opt = ignis.optim.SGD([nn.Parameter(ignis.ones(1))], lr=1.0)
    s = ignis.optim.lr_scheduler.StepLR(opt, 1, gamma=0.5)
    s.step()
    assert s.get_last_lr() == [0.5]

    def boom(epoch):
        if epoch >= 1:
            raise ZeroDivisionError("no lr for you")
        return 1.0

    opt = ignis.optim.SGD([nn.Parameter(ignis.ones(1))], lr=1.0)
    s = ignis.optim.lr_scheduler.LambdaLR(opt, boom)
    with pytest.raises(Exception, match="no lr for you"):
        s.step()
    with pytest.raises(Exception, match="step_size"):
        ignis.optim.lr_scheduler.StepLR(opt, step_size=0)
    with pytest.raises(TypeError, match="callable"):
        ignis.optim.lr_scheduler.LambdaLR(opt, 3)
