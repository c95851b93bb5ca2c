//! Gradient clipping (torch.nn.utils.clip_grad_norm_ / clip_grad_value_).
use std::ptr;

use crate::error::{check, Result};
use crate::handle::tensor_ptrs;
use crate::sys;
use crate::tensor::Tensor;

/// Scales the gradients of `params` in place so that their joint 2-norm is at most
/// `max_norm`; returns the norm before clipping.
pub fn clip_grad_norm_(params: &[Tensor], max_norm: f64) -> Result<f64> {
    clip_grad_norm_with(params, max_norm, 2.0, false)
}

/// [`clip_grad_norm_`] with the norm's order (`f64::INFINITY` for the max norm) and whether a
/// NaN or infinite norm is an error.
pub fn clip_grad_norm_with(
    params: &[Tensor],
    max_norm: f64,
    norm_type: f64,
    error_if_nonfinite: bool,
) -> Result<f64> {
    let ptrs = tensor_ptrs(params);
    let mut total = 0.0;
    // SAFETY: ptrs.len() live handles and a valid out-pointer.
    check(unsafe {
        sys::ignis_clip_grad_norm(
            if ptrs.is_empty() { ptr::null() } else { ptrs.as_ptr() },
            ptrs.len(),
            max_norm,
            norm_type,
            i32::from(error_if_nonfinite),
            &mut total,
        )
    })?;
    Ok(total)
}

/// Clamps every gradient of `params` into `[-clip_value, clip_value]` in place.
pub fn clip_grad_value_(params: &[Tensor], clip_value: f64) -> Result<()> {
    let ptrs = tensor_ptrs(params);
    // SAFETY: ptrs.len() live handles.
    check(unsafe {
        sys::ignis_clip_grad_value(
            if ptrs.is_empty() { ptr::null() } else { ptrs.as_ptr() },
            ptrs.len(),
            clip_value,
        )
    })
}
