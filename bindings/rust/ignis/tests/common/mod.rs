//! Helpers shared by the integration tests.
#![allow(dead_code)]
use ignis::{DType, Tensor};

/// A float32 tensor of `data` with `shape`.
pub fn t(data: &[f32], shape: &[i64]) -> Tensor {
    Tensor::from_slice(data, shape).unwrap()
}

/// Asserts every element of `got` is within 1e-5 (relative) of `want`.
#[track_caller]
pub fn close(got: &Tensor, want: &[f64]) {
    let got: Vec<f64> = got.to_dtype(DType::F64).unwrap().to_vec().unwrap();
    assert_eq!(got.len(), want.len(), "got {got:?}, want {want:?}");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        let tol = 1e-5 * w.abs().max(1.0);
        assert!(
            (g - w).abs() <= tol || (g.is_nan() && w.is_nan()),
            "element {i}: got {g}, want {w} (all: {got:?})"
        );
    }
}

/// A path in the temp folder unique to this test process (`name` unique within it).
pub fn temp_path(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("ignis_rust_{}_{name}", std::process::id()))
}

/// The repository's root (tests find the shared fixtures from the crate's folder).
pub fn repo_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..").canonicalize().unwrap()
}
