"""The engine's optimizers with PyTorch's constructor signatures."""
from .optimizer import Optimizer


class SGD(Optimizer):
    _type = "SGD"

    def __init__(
        self,
        params,
        lr=0.01,
        momentum=0,
        dampening=0,
        weight_decay=0,
        nesterov=False,
        *,
        maximize=False,
        foreach=None,
        differentiable=False
    ):
        super().__init__(
            params,
            dict(
                lr=lr,
                momentum=momentum,
                dampening=dampening,
                weight_decay=weight_decay,
                nesterov=nesterov,
                **_flag("maximize", maximize),
                foreach=foreach,
                differentiable=differentiable
            ),
        )


class Adam(Optimizer):
    _type = "Adam"

    def __init__(
        self,
        params,
        lr=1e-3,
        betas=(0.9, 0.999),
        eps=1e-8,
        weight_decay=0,
        amsgrad=False,
        *,
        foreach=None,
        maximize=False,
        capturable=False,
        differentiable=False,
        fused=None
    ):
        super().__init__(
            params,
            dict(
                lr=lr,
                betas=tuple(betas),
                eps=eps,
                weight_decay=weight_decay,
                amsgrad=amsgrad,
                **_flag("maximize", maximize),
                foreach=foreach,
                capturable=capturable,
                differentiable=differentiable,
                fused=fused
            ),
        )


class AdamW(Optimizer):
    _type = "AdamW"

    def __init__(
        self,
        params,
        lr=1e-3,
        betas=(0.9, 0.999),
        eps=1e-8,
        weight_decay=1e-2,
        amsgrad=False,
        *,
        maximize=False,
        foreach=None,
        capturable=False,
        differentiable=False,
        fused=None
    ):
        super().__init__(
            params,
            dict(
                lr=lr,
                betas=tuple(betas),
                eps=eps,
                weight_decay=weight_decay,
                amsgrad=amsgrad,
                **_flag("maximize", maximize),
                foreach=foreach,
                capturable=capturable,
                differentiable=differentiable,
                fused=fused
            ),
        )


class RMSprop(Optimizer):
    _type = "RMSprop"

    def __init__(
        self,
        params,
        lr=1e-2,
        alpha=0.99,
        eps=1e-8,
        weight_decay=0,
        momentum=0,
        centered=False,
        foreach=None,
        maximize=False,
        differentiable=False,
    ):
        super().__init__(
            params,
            dict(
                lr=lr,
                alpha=alpha,
                eps=eps,
                weight_decay=weight_decay,
                momentum=momentum,
                centered=centered,
                **_flag("maximize", maximize),
                foreach=foreach,
                differentiable=differentiable
            ),
        )


class Adagrad(Optimizer):
    _type = "Adagrad"

    def __init__(
        self,
        params,
        lr=1e-2,
        lr_decay=0,
        weight_decay=0,
        initial_accumulator_value=0,
        eps=1e-10,
        foreach=None,
        *,
        maximize=False,
        differentiable=False
    ):
        super().__init__(
            params,
            dict(
                lr=lr,
                lr_decay=lr_decay,
                weight_decay=weight_decay,
                initial_accumulator_value=initial_accumulator_value,
                eps=eps,
                **_flag("maximize", maximize),
                foreach=foreach,
                differentiable=differentiable
            ),
        )


class Adadelta(Optimizer):
    _type = "Adadelta"

    def __init__(
        self,
        params,
        lr=1.0,
        rho=0.9,
        eps=1e-6,
        weight_decay=0,
        foreach=None,
        *,
        maximize=False,
        differentiable=False
    ):
        super().__init__(
            params,
            dict(
                lr=lr,
                rho=rho,
                eps=eps,
                weight_decay=weight_decay,
                **_flag("maximize", maximize),
                foreach=foreach,
                differentiable=differentiable
            ),
        )


def _flag(name, value):
    # maximize is passed to the engine only when set: an engine without it rejects it by name.
    return {name: value} if value else {}
