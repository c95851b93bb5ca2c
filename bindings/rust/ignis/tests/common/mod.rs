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
