//! Every `Status` variant, reached through a real call, with the engine's message: what a
//! caller matching on `err.status()` can rely on.
mod common;

use common::t;
use ignis::nn::{self, EngineModule, Layer, Options};
use ignis::{DType, Device, Status, Tensor};

/// Asserts `err` has `status` and a message containing every one of `parts` (ignoring case),
/// and that Display shows both.
#[track_caller]
fn expect(err: ignis::Error, status: Status, parts: &[&str]) {
    assert_eq!(err.status(), status, "{err}");
    for p in parts {
        let found = err.message().to_lowercase().contains(&p.to_lowercase());
        assert!(found, "{:?} lacks {p:?}", err.message());
    }
    let shown = err.to_string();
    assert!(shown.starts_with(&format!("ignis {} error: ", status.name())), "{shown}");
    assert!(shown.ends_with(err.message()), "{shown}");
    assert_eq!(Status::from_code(status.code()), status);
}

#[test]
fn invalid_argument() {
    let err = EngineModule::create("Linear", &Options::new().set("in_features", 3)).unwrap_err();
    expect(err, Status::InvalidArgument, &["Linear", "out_features"]);
}

#[test]
fn shape() {
    let err = t(&[1.0, 2.0], &[2]).add_tensor(&t(&[1.0, 2.0, 3.0], &[3])).unwrap_err();
    expect(err, Status::Shape, &["add", "[2]", "[3]"]);
}

#[test]
fn dtype() {
    let err = t(&[1.0], &[1]).bitwise_not().unwrap_err();
    expect(err, Status::DType, &["bitwise_not", "float32"]);
}

#[test]
fn device() {
    // No machine has 100 GPUs: device 99 is missing whether CUDA is built in or not.
    let err = t(&[1.0], &[1]).to_device(Device::Cuda(99)).unwrap_err();
    expect(err, Status::Device, &["cuda"]);
}

#[test]
fn out_of_memory() {
    let err = Tensor::empty(&[1 << 22, 1 << 22], DType::F32).unwrap_err(); // 64 TiB
    expect(err, Status::OutOfMemory, &["out of memory"]);
}

#[test]
fn io() {
    let err = EngineModule::create("ReLU", &Options::new())
        .unwrap()
        .load("/nonexistent/ignis/model.safetensors", true)
        .unwrap_err();
    expect(err, Status::Io, &["/nonexistent/ignis/model.safetensors"]);
}

#[test]
fn unsupported() {
    let mut linear = nn::linear(2, 2).build().unwrap();
    let err = linear.append(&nn::relu().build().unwrap()).unwrap_err();
    expect(err, Status::Unsupported, &["Linear"]);
}

#[test]
fn internal() {
    // The engine reports a callback that broke as Internal; a panicking Rust hook is one.
    let x = t(&[1.0], &[1]).with_requires_grad(true).unwrap();
    x.register_hook(|_| panic!("hook bug")).unwrap();
    let err = (&x * 2.0).sum().unwrap().backward().unwrap_err();
    expect(err, Status::Internal, &["panicked"]);
}

#[test]
fn index() {
    let err = t(&[1.0, 2.0, 3.0, 4.0], &[2, 2]).select(0, 5).unwrap_err();
    expect(err, Status::Index, &["select", "5"]);
}

#[test]
fn other_codes_from_a_newer_library() {
    // No call of this library returns an unknown code; a newer one might, and the crate keeps it.
    let s = Status::from_code(1000);
    assert_eq!(s, Status::Other(1000));
    assert_eq!(s.code(), 1000);
    assert!(!s.name().is_empty());
    let err = ignis::Error::new(s, "from the future");
    assert_eq!(err.to_string(), format!("ignis {} error: from the future", s.name()));
}
