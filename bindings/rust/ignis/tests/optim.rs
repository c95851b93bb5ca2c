//! optim from Rust: optimizer steps against hand-computed and torch 1.13 values, schedulers,
//! LambdaLR closures (dropped once, panics caught), clipping, state files, a model trained.
mod common;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use common::{close, t};
use ignis::nn::{self, Layer};
use ignis::optim::{self, Optimizer, Options, Scheduler};
use ignis::{manual_seed, DType, Status, Tensor};

fn leaf(data: &[f32]) -> Tensor {
    t(data, &[data.len() as i64]).with_requires_grad(true).unwrap()
}

/// Sets p.grad to the gradient of sum(p * p), 2p.
fn square_grad(p: &Tensor) {
    let loss = p.mul_tensor(p).unwrap().sum().unwrap();
    loss.backward().unwrap();
}

#[test]
fn sgd_with_momentum_steps_like_torch() {
    let p = leaf(&[1.0, 2.0]);
    let mut opt = optim::sgd(0.1).momentum(0.9).build(std::slice::from_ref(&p)).unwrap();
    square_grad(&p);
    opt.step().unwrap();
    close(&p, &[0.8, 1.6]); // p - 0.1 * 2p
    opt.zero_grad().unwrap();
    assert!(p.grad().unwrap().is_none());
    square_grad(&p);
    opt.step().unwrap();
    // buf = 0.9 * [2, 4] + [1.6, 3.2] = [3.4, 6.8]; p -= 0.1 * buf
    close(&p, &[0.46, 0.92]);
    assert_eq!(opt.lr().unwrap(), 0.1);
    assert_eq!(opt.option(0, "momentum").unwrap(), 0.9);
    opt.set_lr(0.5).unwrap();
    assert_eq!(opt.lr().unwrap(), 0.5);
}

#[test]
fn adam_first_step_moves_each_parameter_by_lr() {
    let p = leaf(&[1.0, -2.0]);
    let mut opt = optim::adam().lr(0.1).betas(0.9, 0.999).build(std::slice::from_ref(&p)).unwrap();
    assert_eq!(opt.option(0, "beta2").unwrap(), 0.999);
    square_grad(&p);
    opt.step().unwrap();
    // m_hat / sqrt(v_hat) = sign(g) on the first step.
    close(&p, &[0.9, -1.9]);
}

#[test]
fn every_optimizer_builds_and_steps() {
    type Build = Box<dyn Fn(&[Tensor]) -> ignis::Result<Optimizer>>;
    let builders: Vec<Build> = vec![
        Box::new(|p| optim::sgd(0.1).dampening(0.0).weight_decay(0.0).nesterov(false).build(p)),
        Box::new(|p| optim::adam().eps(1e-8).amsgrad(true).maximize(false).build(p)),
        Box::new(|p| optim::adamw().lr(0.01).betas(0.8, 0.9).weight_decay(0.1).build(p)),
        Box::new(|p| optim::rmsprop().alpha(0.9).momentum(0.1).centered(true).build(p)),
        Box::new(|p| optim::adagrad().lr_decay(0.01).initial_accumulator_value(0.1).build(p)),
        Box::new(|p| optim::adadelta().rho(0.95).lr(1.0).build(p)),
    ];
    for build in builders {
        let p = leaf(&[1.0, -2.0]);
        let mut opt = build(std::slice::from_ref(&p)).unwrap();
        square_grad(&p);
        opt.step().unwrap();
        let v: Vec<f32> = p.to_vec().unwrap();
        assert!(v[0] < 1.0 && v[1] > -2.0, "{v:?}");
    }
}

#[test]
fn optimizer_errors_name_the_problem() {
    let p = leaf(&[1.0]);
    let ps = std::slice::from_ref(&p);
    let err = optim::sgd(-1.0).build(ps).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument);
    assert!(err.message().contains("lr"), "{err}");
    let err = Optimizer::create("SGD", ps, &Options::new().set("foo", 1)).unwrap_err();
    assert!(
        err.message().contains("no option 'foo'") && err.message().contains("momentum"),
        "{err}"
    );
    let err = Optimizer::create("Lion", ps, &Options::new()).unwrap_err();
    assert!(err.message().contains("Lion") && err.message().contains("AdamW"), "{err}");
    let err = optim::adam().build(&[]).unwrap_err();
    assert!(err.message().contains("at least one parameter"), "{err}");
    let mut opt = optim::sgd(0.1).build(ps).unwrap();
    let err = opt.option(3, "lr").unwrap_err();
    assert_eq!(err.status(), Status::Index, "{err}");
    assert!(opt.set_lr(f64::NAN).is_err());
}

#[test]
fn optimizer_state_round_trips_through_a_file() {
    let path =
        std::env::temp_dir().join(format!("ignis_rust_opt_{}.safetensors", std::process::id()));
    let (a, b) = (leaf(&[1.0, 2.0]), leaf(&[1.0, 2.0]));
    let mut oa = optim::sgd(0.1).momentum(0.9).build(std::slice::from_ref(&a)).unwrap();
    let mut ob = optim::sgd(0.1).momentum(0.9).build(std::slice::from_ref(&b)).unwrap();
    square_grad(&a);
    oa.step().unwrap();
    oa.save(&path).unwrap();
    ob.load(&path).unwrap();
    // b starts where a is now; with a's momentum buffer, one more step agrees.
    let mut b2 = b.clone();
    ignis::no_grad(|| b2.copy_(&a)).unwrap();
    oa.zero_grad().unwrap();
    square_grad(&a);
    square_grad(&b);
    oa.step().unwrap();
    ob.step().unwrap();
    close(&b, &[0.46, 0.92]);
    close(&a, &[0.46, 0.92]);
    std::fs::remove_file(&path).unwrap();
    let err = ob.load(&path).unwrap_err();
    assert_eq!(err.status(), Status::Io, "{err}");
}

/// The scheduler's lr after creation and after each step, `n` values.
fn lrs(s: &mut Scheduler, n: usize) -> Vec<f64> {
    (0..n)
        .map(|_| {
            let lr = s.last_lr().unwrap()[0];
            s.step().unwrap();
            lr
        })
        .collect()
}

#[track_caller]
fn near(got: &[f64], want: &[f64]) {
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        assert!((g - w).abs() < 1e-9, "got {got:?}, want {want:?}");
    }
}

#[test]
fn schedulers_follow_torch() {
    // Sequences from torch 1.13's lr_scheduler with lr 1 (tests/cpp/capi/optim_test.cpp).
    let p = leaf(&[1.0]);
    let new_opt = || optim::sgd(1.0).build(std::slice::from_ref(&p)).unwrap();
    let mut o = new_opt();
    near(&lrs(&mut Scheduler::step_lr(&mut o, 2, 0.5).unwrap(), 5), &[1., 1., 0.5, 0.5, 0.25]);
    assert_eq!(o.lr().unwrap(), 0.25);
    let mut o = new_opt();
    near(
        &lrs(&mut Scheduler::multi_step_lr(&mut o, &[1, 3], 0.1).unwrap(), 4),
        &[1., 0.1, 0.1, 0.01],
    );
    let mut o = new_opt();
    near(&lrs(&mut Scheduler::exponential_lr(&mut o, 0.5).unwrap(), 4), &[1., 0.5, 0.25, 0.125]);
    let mut o = new_opt();
    near(
        &lrs(&mut Scheduler::cosine_annealing_lr(&mut o, 2, 0.0).unwrap(), 4),
        &[1., 0.5, 0., 0.5],
    );
    let mut o = new_opt();
    near(&lrs(&mut Scheduler::linear_lr(&mut o, 0.25, 1.0, 2).unwrap(), 4), &[0.25, 0.625, 1., 1.]);
    let mut o = new_opt();
    let mut s =
        Scheduler::one_cycle_lr(&mut o, 1.0, 4, Options::new().set("cycle_momentum", false))
            .unwrap();
    near(&lrs(&mut s, 4), &[0.04, 0.811745653949763, 0.28306099820869923, 4e-06]);

    let mut o = new_opt();
    let mut plateau = Scheduler::reduce_lr_on_plateau(
        &mut o,
        &Options::new().set("patience", 1).set("factor", 0.5),
    )
    .unwrap();
    for _ in 0..3 {
        plateau.step_metric(1.0).unwrap();
    }
    assert_eq!(o.lr().unwrap(), 0.5);
    let err = plateau.step().unwrap_err();
    assert!(err.message().contains("step_metric"), "{err}");

    let mut o = new_opt();
    let warm = Scheduler::linear_lr(&mut o, 0.5, 1.0, 2).unwrap();
    let decay = Scheduler::exponential_lr(&mut o, 0.5).unwrap();
    let mut seq = Scheduler::sequential(&mut o, &[&warm, &decay], &[2]).unwrap();
    near(&lrs(&mut seq, 5), &[0.5, 0.75, 1., 0.5, 0.25]);
    let err = Scheduler::sequential(&mut o, &[&warm, &decay], &[]).unwrap_err();
    assert!(err.message().contains("milestones"), "{err}");

    let err = Scheduler::create("StepLR", &mut o, &Options::new()).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument);
    assert!(err.message().contains("missing required option 'step_size'"), "{err}");
}

/// Counts its drops: a closure capturing one is dropped when the count goes up.
struct DropCounter(Arc<AtomicUsize>);
impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn lambda_lr_runs_the_closure_and_drops_it_once() {
    let (a, b) = (leaf(&[1.0]), leaf(&[1.0]));
    let mut opt = optim::sgd(1.0).build(std::slice::from_ref(&a)).unwrap();
    opt.add_param_group(std::slice::from_ref(&b), &Options::new().set("lr", 2.0)).unwrap();
    assert_eq!(opt.group_count().unwrap(), 2);
    assert_eq!(opt.group_size(1).unwrap(), 1);
    assert_eq!(opt.group_size(2).unwrap_err().status(), Status::Index);
    let drops = Arc::new(AtomicUsize::new(0));
    let calls = Arc::new(AtomicUsize::new(0));
    let (guard, seen) = (DropCounter(drops.clone()), calls.clone());
    let mut s = Scheduler::lambda_lr(&mut opt, move |epoch, group| {
        let _keep = &guard;
        seen.fetch_add(1, Ordering::SeqCst);
        0.5f64.powi(epoch as i32) * (group + 1) as f64
    })
    .unwrap();
    assert_eq!(s.last_lr().unwrap(), [1.0, 4.0]); // group 1: lr 2 * factor 2
    s.step().unwrap();
    s.step().unwrap();
    assert_eq!(s.last_lr().unwrap(), [0.25, 1.0]);
    assert_eq!(opt.option(1, "lr").unwrap(), 1.0);
    assert_eq!(calls.load(Ordering::SeqCst), 6); // 2 groups x (creation + 2 steps)
    assert_eq!(drops.load(Ordering::SeqCst), 0);
    drop(s);
    assert_eq!(drops.load(Ordering::SeqCst), 1);
    drop(opt);
    assert_eq!(drops.load(Ordering::SeqCst), 1);
}

#[test]
fn a_panicking_lambda_is_an_error_not_an_abort() {
    let p = leaf(&[1.0]);
    let mut opt = optim::sgd(1.0).build(std::slice::from_ref(&p)).unwrap();
    let drops = Arc::new(AtomicUsize::new(0));
    let guard = DropCounter(drops.clone());
    let mut s = Scheduler::lambda_lr(&mut opt, move |epoch, _| {
        let _keep = &guard;
        if epoch == 2 {
            panic!("no schedule for epoch {epoch}");
        }
        1.0 / (epoch + 1) as f64
    })
    .unwrap();
    s.step().unwrap();
    assert_eq!(s.last_lr().unwrap(), [0.5]);
    let err = s.step().unwrap_err();
    assert_eq!(err.status(), Status::Internal);
    assert!(err.message().contains("no schedule for epoch 2"), "{err}");
    drop(s);
    assert_eq!(drops.load(Ordering::SeqCst), 1);

    // A panic during creation (epoch 0): Err, and the closure is still dropped exactly once.
    let drops = Arc::new(AtomicUsize::new(0));
    let guard = DropCounter(drops.clone());
    let err = Scheduler::lambda_lr(&mut opt, move |_, _| -> f64 {
        let _keep = &guard;
        panic!("refuses")
    })
    .expect_err("creation fails");
    assert_eq!(err.status(), Status::Internal);
    assert!(err.message().contains("refuses"), "{err}");
    assert_eq!(drops.load(Ordering::SeqCst), 1);
}

#[test]
fn clipping_scales_and_clamps_gradients() {
    let mut p = leaf(&[0.0, 0.0]);
    p.set_grad(Some(&t(&[3.0, 4.0], &[2]))).unwrap();
    let norm = optim::clip_grad_norm_(std::slice::from_ref(&p), 1.0).unwrap();
    assert!((norm - 5.0).abs() < 1e-6, "{norm}");
    close(&p.grad().unwrap().unwrap(), &[0.6, 0.8]);
    optim::clip_grad_value_(std::slice::from_ref(&p), 0.7).unwrap();
    close(&p.grad().unwrap().unwrap(), &[0.6, 0.7]);
    let norm =
        optim::clip_grad_norm_with(std::slice::from_ref(&p), 10.0, f64::INFINITY, false).unwrap();
    assert!((norm - 0.7).abs() < 1e-6, "{norm}");
    p.set_grad(Some(&t(&[f32::NAN, 1.0], &[2]))).unwrap();
    let err = optim::clip_grad_norm_with(std::slice::from_ref(&p), 1.0, 2.0, true).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument, "{err}");
}

#[test]
fn a_small_model_learns_from_rust() {
    manual_seed(0).unwrap();
    // y = x0 - 2 x1 + 0.5 on 64 random points, fitted by a small MLP with Adam and a scheduler.
    let x = Tensor::randn(&[64, 2], DType::F32).unwrap();
    let w = t(&[1.0, -2.0], &[2, 1]);
    let y = x.matmul(&w).unwrap().add_scalar(0.5).unwrap();
    let model = nn::Sequential::new()
        .add(nn::linear(2, 16))
        .add(nn::tanh())
        .add(nn::linear(16, 1))
        .build()
        .unwrap();
    let loss_fn = nn::mse_loss().build().unwrap();
    let mut opt = optim::adam().lr(0.05).build(&model.parameters().unwrap()).unwrap();
    let mut sched = Scheduler::step_lr(&mut opt, 50, 0.5).unwrap();
    let mut losses = Vec::new();
    for _ in 0..150 {
        let loss = loss_fn.forward_n(&[&model.forward(&x).unwrap(), &y]).unwrap().remove(0);
        opt.zero_grad().unwrap();
        loss.backward().unwrap();
        opt.step().unwrap();
        sched.step().unwrap();
        losses.push(loss.item().unwrap());
    }
    let (first, last) = (losses[0], *losses.last().unwrap());
    assert!(last < first / 20.0, "loss {first} -> {last}");
    assert!((opt.lr().unwrap() - 0.05 / 8.0).abs() < 1e-12);
}
