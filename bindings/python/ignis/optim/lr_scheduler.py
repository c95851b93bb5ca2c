"""ignis.optim.lr_scheduler: the engine's learning-rate schedulers (ignis_scheduler_*) with
PyTorch's classes and arguments. Creating one sets the lrs of epoch 0, as PyTorch does; the
optimizer's param_groups show the engine's lrs."""
import json

from .. import _C


class LRScheduler:
    """Base class: wraps one engine scheduler over optimizer._engine."""

    def __init__(self, optimizer, engine):
        self.optimizer = optimizer
        self._engine = engine
        self.last_epoch = 0
        self.base_lrs = [
            g["initial_lr"] if "initial_lr" in g else g["lr"] for g in optimizer.param_groups
        ]

    def step(self):
        self._engine.step()
        self.last_epoch += 1

    def get_last_lr(self):
        return list(self._engine.last_lr())


_LRScheduler = LRScheduler


def _make(type_name, optimizer, options):
    from .optimizer import Optimizer

    if not isinstance(optimizer, Optimizer):
        raise TypeError(f"{type(optimizer).__name__} is not an ignis Optimizer")
    text = json.dumps({k: v for k, v in options.items() if v is not None})
    return _C._Scheduler(type_name, optimizer._engine, text)


def _no_last_epoch(last_epoch, verbose):
    if last_epoch != -1:
        raise ValueError("ignis schedulers start at epoch 0: last_epoch must be -1")


class StepLR(LRScheduler):
    def __init__(self, optimizer, step_size, gamma=0.1, last_epoch=-1, verbose=False):
        _no_last_epoch(last_epoch, verbose)
        super().__init__(
            optimizer, _make("StepLR", optimizer, dict(step_size=step_size, gamma=gamma))
        )


class MultiStepLR(LRScheduler):
    def __init__(self, optimizer, milestones, gamma=0.1, last_epoch=-1, verbose=False):
        _no_last_epoch(last_epoch, verbose)
        super().__init__(
            optimizer,
            _make("MultiStepLR", optimizer, dict(milestones=list(milestones), gamma=gamma)),
        )


class ExponentialLR(LRScheduler):
    def __init__(self, optimizer, gamma, last_epoch=-1, verbose=False):
        _no_last_epoch(last_epoch, verbose)
        super().__init__(optimizer, _make("ExponentialLR", optimizer, dict(gamma=gamma)))


class CosineAnnealingLR(LRScheduler):
    def __init__(self, optimizer, T_max, eta_min=0, last_epoch=-1, verbose=False):
        _no_last_epoch(last_epoch, verbose)
        super().__init__(
            optimizer, _make("CosineAnnealingLR", optimizer, dict(T_max=T_max, eta_min=eta_min))
        )


class LinearLR(LRScheduler):
    def __init__(
        self,
        optimizer,
        start_factor=1.0 / 3,
        end_factor=1.0,
        total_iters=5,
        last_epoch=-1,
        verbose=False,
    ):
        _no_last_epoch(last_epoch, verbose)
        super().__init__(
            optimizer,
            _make(
                "LinearLR",
                optimizer,
                dict(start_factor=start_factor, end_factor=end_factor, total_iters=total_iters),
            ),
        )


class OneCycleLR(LRScheduler):
    def __init__(
        self,
        optimizer,
        max_lr,
        total_steps=None,
        epochs=None,
        steps_per_epoch=None,
        pct_start=0.3,
        anneal_strategy="cos",
        cycle_momentum=True,
        base_momentum=0.85,
        max_momentum=0.95,
        div_factor=25.0,
        final_div_factor=1e4,
        three_phase=False,
        last_epoch=-1,
        verbose=False,
    ):
        _no_last_epoch(last_epoch, verbose)
        if isinstance(max_lr, (list, tuple)):
            raise ValueError("OneCycleLR: ignis takes one max_lr for every group")
        super().__init__(
            optimizer,
            _make(
                "OneCycleLR",
                optimizer,
                dict(
                    max_lr=max_lr,
                    total_steps=total_steps,
                    epochs=epochs,
                    steps_per_epoch=steps_per_epoch,
                    pct_start=pct_start,
                    anneal_strategy=anneal_strategy,
                    cycle_momentum=cycle_momentum,
                    base_momentum=base_momentum,
                    max_momentum=max_momentum,
                    div_factor=div_factor,
                    final_div_factor=final_div_factor,
                    three_phase=three_phase,
                ),
            ),
        )


class LambdaLR(LRScheduler):
    """lr = initial lr * lr_lambda(epoch); lr_lambda is a callable or one per group."""

    def __init__(self, optimizer, lr_lambda, last_epoch=-1, verbose=False):
        _no_last_epoch(last_epoch, verbose)
        fns = list(lr_lambda) if isinstance(lr_lambda, (list, tuple)) else [lr_lambda]
        if len(fns) != 1 and len(fns) != len(optimizer.param_groups):
            raise ValueError(
                f"Expected {len(optimizer.param_groups)} lr_lambdas, but got {len(fns)}"
            )
        for f in fns:
            if not callable(f):
                raise TypeError(f"lr_lambda must be callable, got {type(f).__name__}")
        super().__init__(optimizer, _C._scheduler_lambda(optimizer._engine, fns))


class SequentialLR(LRScheduler):
    """Runs schedulers[k] from milestones[k-1] on."""

    def __init__(self, optimizer, schedulers, milestones, last_epoch=-1, verbose=False):
        _no_last_epoch(last_epoch, verbose)
        if len(milestones) != len(schedulers) - 1:
            raise ValueError(
                "Sequential Schedulers expects number of schedulers provided to be one more "
                f"than the number of milestone points, but got number of schedulers "
                f"{len(schedulers)} and the number of milestones to be equal to {len(milestones)}"
            )
        for s in schedulers:
            if s.optimizer is not optimizer:
                raise ValueError("SequentialLR: every scheduler must be over the same optimizer")
        engine = _C._scheduler_sequential(
            optimizer._engine, [s._engine for s in schedulers], list(milestones)
        )
        super().__init__(optimizer, engine)
        self._schedulers = list(schedulers)


class ReduceLROnPlateau:
    """Lowers the lr by factor when the metric passed to step(metric) stops improving."""

    def __init__(
        self,
        optimizer,
        mode="min",
        factor=0.1,
        patience=10,
        threshold=1e-4,
        threshold_mode="rel",
        cooldown=0,
        min_lr=0,
        eps=1e-8,
        verbose=False,
    ):
        if isinstance(min_lr, (list, tuple)):
            raise ValueError("ReduceLROnPlateau: ignis takes one min_lr for every group")
        self.optimizer = optimizer
        self._engine = _make(
            "ReduceLROnPlateau",
            optimizer,
            dict(
                mode=mode,
                factor=factor,
                patience=patience,
                threshold=threshold,
                threshold_mode=threshold_mode,
                cooldown=cooldown,
                min_lr=min_lr,
                eps=eps,
            ),
        )

    def step(self, metrics):
        self._engine.step_metric(float(metrics))

    def get_last_lr(self):
        return list(self._engine.last_lr())
