//! Autograd from Rust: gradients against torch 1.13 and hand-computed values, grad mode.
mod common;
use common::{close, t};
use ignis::{no_grad, DType, Status, Tensor};

#[test]
fn gradients_of_a_small_network_match_torch() {
    // torch: x @ w + b -> tanh -> mean(y * y) + softmax(w, 1)[0, 1], backward.
    let x = t(&[1.0, 2.0, 3.0, 4.0], &[2, 2]);
    let w = t(&[0.5, -1.0, 2.0, 0.25], &[2, 2]).with_requires_grad(true).unwrap();
    let b = t(&[0.1, -0.2], &[2]).with_requires_grad(true).unwrap();
    let y = (x.matmul(&w).unwrap() + &b).tanh().unwrap();
    let loss = (&y * &y).mean().unwrap()
        + w.softmax(1).unwrap().select(0, 0).unwrap().select(0, 1).unwrap();
    close(&loss, &[1.0116581916809082]);
    assert!(loss.requires_grad() && !loss.is_leaf() && w.is_leaf());
    loss.backward().unwrap();
    let gw = w.grad().unwrap().expect("w.grad after backward");
    close(
        &gw,
        &[-0.1489444375038147, -0.11280588805675507, 0.0004039970226585865, -0.4771418571472168],
    );
    close(&b.grad().unwrap().unwrap(), &[0.00020199851132929325, -0.21518950164318085]);
    assert!(x.grad().unwrap().is_none(), "x does not require grad");
}

#[test]
fn hand_computed_gradient_accumulates_and_clears() {
    // f = sum(w * x + sin(w)), df/dw = x + cos(w).
    let x = t(&[1.0, -2.0, 0.5], &[3]);
    let mut w = t(&[0.0, 1.0, 2.0], &[3]).with_requires_grad(true).unwrap();
    let f = || (&w * &x + w.sin().unwrap()).sum().unwrap();
    let want: Vec<f64> =
        [(1.0f64, 0.0f64), (-2.0, 1.0), (0.5, 2.0)].iter().map(|(x, w)| x + w.cos()).collect();
    f().backward().unwrap();
    close(&w.grad().unwrap().unwrap(), &want);
    f().backward().unwrap(); // accumulates
    close(&w.grad().unwrap().unwrap(), &want.iter().map(|g| 2.0 * g).collect::<Vec<_>>());
    w.zero_grad().unwrap();
    assert!(w.grad().unwrap().is_none());
    let mut s = w.exp().unwrap();
    s.retain_grad().unwrap();
    s.sum().unwrap().backward().unwrap();
    close(&s.grad().unwrap().unwrap(), &[1.0, 1.0, 1.0]);
    w.set_grad(Some(&t(&[7.0, 7.0, 7.0], &[3]))).unwrap();
    close(&w.grad().unwrap().unwrap(), &[7.0, 7.0, 7.0]);
}

#[test]
fn backward_with_gradient_retain_graph_and_functional_grad() {
    let x = t(&[1.0, 2.0], &[2]).with_requires_grad(true).unwrap();
    let y = &x * &x; // dy/dx = 2x
    y.backward_with(Some(&t(&[1.0, 10.0], &[2])), true, false).unwrap();
    close(&x.grad().unwrap().unwrap(), &[2.0, 40.0]);
    y.backward_with(Some(&t(&[1.0, 1.0], &[2])), false, false).unwrap(); // graph was kept
    close(&x.grad().unwrap().unwrap(), &[4.0, 44.0]);
    let z = (&x * &x * &x).sum().unwrap(); // dz/dx = 3x^2, d2z/dx2 = 6x
    let g = ignis::autograd::grad(&[&z], &[&x], None, false, true, false).unwrap();
    let g = g[0].as_ref().unwrap();
    close(g, &[3.0, 12.0]);
    let g2 = ignis::autograd::grad(&[&g.sum().unwrap()], &[&x], None, false, false, false).unwrap();
    close(g2[0].as_ref().unwrap(), &[6.0, 12.0]);
    let unused = t(&[1.0], &[1]).with_requires_grad(true).unwrap();
    let w = (&x * 2.0).sum().unwrap();
    let r = ignis::autograd::grad(&[&w], &[&x, &unused], None, false, false, true).unwrap();
    assert!(r[1].is_none());
}

#[test]
fn no_grad_records_nothing_and_restores_the_mode() {
    let w = t(&[1.0], &[1]).with_requires_grad(true).unwrap();
    assert!(ignis::is_grad_enabled());
    let y = no_grad(|| {
        assert!(!ignis::is_grad_enabled());
        &w * 3.0
    });
    assert!(ignis::is_grad_enabled());
    assert!(!y.requires_grad());
    assert!(!w.detach().unwrap().requires_grad());
    // Restored after a panic inside, too.
    let r = std::panic::catch_unwind(|| no_grad(|| panic!("inside")));
    assert!(r.is_err());
    assert!(ignis::is_grad_enabled());
    // Grad mode is per thread.
    no_grad(|| {
        let other = std::thread::spawn(ignis::is_grad_enabled).join().unwrap();
        assert!(other, "a new thread starts with grad mode on");
    });
    assert!(ignis::set_grad_enabled(false), "returns the previous mode");
    assert!(!ignis::set_grad_enabled(true));
}

#[test]
fn autograd_errors_name_the_problem() {
    let x = t(&[1.0, 2.0], &[2]);
    let err = x.backward().unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument);
    assert!(err.message().contains("grad"), "{}", err.message());
    let w = t(&[1.0, 2.0], &[2]).with_requires_grad(true).unwrap();
    let err = (&w * 2.0).backward().unwrap_err(); // two elements, no gradient given
    assert!(
        err.message().contains("element") || err.message().contains("scalar"),
        "{}",
        err.message()
    );
    let mut y = &w * 2.0;
    let err = y.set_requires_grad(false).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument);
    let mut i = Tensor::ones(&[2], DType::I64).unwrap();
    let err = i.set_requires_grad(true).unwrap_err();
    assert_eq!(err.status(), Status::DType);
}

#[test]
fn gradient_hooks_see_replace_and_stop_the_gradient() {
    use std::sync::{Arc, Mutex};
    let x = t(&[1.0, 2.0], &[2]).with_requires_grad(true).unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let seen2 = seen.clone();
    x.register_hook(move |g| {
        seen2.lock().unwrap().extend(g.to_vec::<f32>()?);
        Ok(Some(g * 10.0))
    })
    .unwrap();
    (&x * &x).sum().unwrap().backward().unwrap();
    assert_eq!(*seen.lock().unwrap(), vec![2.0, 4.0]);
    close(&x.grad().unwrap().unwrap(), &[20.0, 40.0]);

    let y = t(&[1.0], &[1]).with_requires_grad(true).unwrap();
    y.register_hook(|_| Err(ignis::Error::new(Status::Shape, "hook says no"))).unwrap();
    let err = (&y * 2.0).sum().unwrap().backward().unwrap_err();
    assert_eq!(err.status(), Status::Shape);
    assert!(err.message().contains("hook says no"), "{}", err.message());

    let z = t(&[1.0], &[1]).with_requires_grad(true).unwrap();
    z.register_hook(|_| panic!("boom")).unwrap();
    let err = (&z * 2.0).sum().unwrap().backward().unwrap_err();
    assert_eq!(err.status(), Status::Internal);
    assert!(err.message().contains("panicked"), "{}", err.message());

    let err = t(&[1.0], &[1]).register_hook(|_| Ok(None)).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument);
}

#[test]
fn inference_mode_records_nothing_and_restores() {
    let w = t(&[1.0], &[1]).with_requires_grad(true).unwrap();
    let y = ignis::inference_mode(|| &w * 2.0);
    assert!(!y.requires_grad());
    assert!((&w * 2.0).requires_grad());
}
