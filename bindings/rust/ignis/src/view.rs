//! Conversions, copies and views (the hand-written part of tensor.h; views share memory).
use std::ptr;

use crate::dtype::{DType, Device};
use crate::error::{check, Result};
use crate::sys;
use crate::tensor::Tensor;

/// Runs a C call that writes one new reference to its out-pointer.
fn call(f: impl FnOnce(*mut *mut sys::ignis_tensor) -> sys::ignis_status) -> Result<Tensor> {
    let mut out = ptr::null_mut();
    check(f(&mut out))?;
    // SAFETY: on success the C API hands us a new reference.
    Ok(unsafe { Tensor::from_raw(out) })
}

// SAFETY (every unsafe block below): self is a live handle and the slices outlive the call.
impl Tensor {
    /// This tensor converted to `dtype` and moved to `device`; `copy` forces new memory even
    /// when nothing changes (otherwise the same tensor comes back).
    pub fn to(&self, dtype: DType, device: Device, copy: bool) -> Result<Tensor> {
        call(|o| unsafe {
            sys::ignis_tensor_to(self.as_ptr(), dtype.to_c(), device.to_c(), i32::from(copy), o)
        })
    }

    /// This tensor converted to `dtype` (itself when it already has it).
    pub fn to_dtype(&self, dtype: DType) -> Result<Tensor> {
        self.to(dtype, self.device(), false)
    }

    /// This tensor on `device` (itself when already there).
    pub fn to_device(&self, device: Device) -> Result<Tensor> {
        self.to(self.dtype(), device, false)
    }

    /// Itself when contiguous, else a contiguous copy.
    pub fn contiguous(&self) -> Result<Tensor> {
        call(|o| unsafe { sys::ignis_tensor_contiguous(self.as_ptr(), o) })
    }

    /// A copy of the elements in new memory (recorded for autograd, like PyTorch's `clone()`;
    /// `Clone::clone` only adds a reference).
    pub fn deep_clone(&self) -> Result<Tensor> {
        call(|o| unsafe { sys::ignis_tensor_clone(self.as_ptr(), o) })
    }

    /// A view of the same memory cut from autograd history (requires_grad false).
    pub fn detach(&self) -> Result<Tensor> {
        call(|o| unsafe { sys::ignis_tensor_detach(self.as_ptr(), o) })
    }

    /// Copies `src` into this tensor (broadcasting, converting dtype and device).
    pub fn copy_(&mut self, src: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_tensor_copy_(self.as_mut_ptr(), src.as_ptr()) })
    }

    /// A view with a new shape of the same numel (one size may be -1).
    pub fn view(&self, shape: &[i64]) -> Result<Tensor> {
        call(|o| unsafe { sys::ignis_tensor_view(self.as_ptr(), shape.as_ptr(), shape.len(), o) })
    }

    /// A new shape: a view when the layout allows, else a copy.
    pub fn reshape(&self, shape: &[i64]) -> Result<Tensor> {
        call(|o| unsafe {
            sys::ignis_tensor_reshape(self.as_ptr(), shape.as_ptr(), shape.len(), o)
        })
    }

    /// Swaps dims `dim0` and `dim1` (negative dims count from the end).
    pub fn transpose(&self, dim0: i64, dim1: i64) -> Result<Tensor> {
        call(|o| unsafe { sys::ignis_tensor_transpose(self.as_ptr(), dim0, dim1, o) })
    }

    /// Reorders the dims (a permutation of 0..ndim).
    pub fn permute(&self, dims: &[i64]) -> Result<Tensor> {
        call(|o| unsafe { sys::ignis_tensor_permute(self.as_ptr(), dims.as_ptr(), dims.len(), o) })
    }

    /// Elements `start, start + step, ...` below `end` along `dim` (None: the whole range),
    /// like Python's `x[start:end:step]` on that dim.
    pub fn slice(
        &self,
        dim: i64,
        start: Option<i64>,
        end: Option<i64>,
        step: i64,
    ) -> Result<Tensor> {
        let s = start.as_ref().map_or(ptr::null(), |v| v as *const i64);
        let e = end.as_ref().map_or(ptr::null(), |v| v as *const i64);
        call(|o| unsafe { sys::ignis_tensor_slice(self.as_ptr(), dim, s, e, step, o) })
    }

    /// The slice at `index` along `dim`, with that dim removed (`x[index]` on dim 0).
    pub fn select(&self, dim: i64, index: i64) -> Result<Tensor> {
        call(|o| unsafe { sys::ignis_tensor_select(self.as_ptr(), dim, index, o) })
    }

    /// Broadcasts to `shape` without copying (-1 keeps a size).
    pub fn expand(&self, shape: &[i64]) -> Result<Tensor> {
        call(|o| unsafe { sys::ignis_tensor_expand(self.as_ptr(), shape.as_ptr(), shape.len(), o) })
    }

    /// Removes every size-1 dim.
    pub fn squeeze(&self) -> Result<Tensor> {
        call(|o| unsafe { sys::ignis_tensor_squeeze(self.as_ptr(), ptr::null(), o) })
    }

    /// Removes dim `dim` if its size is 1.
    pub fn squeeze_dim(&self, dim: i64) -> Result<Tensor> {
        call(|o| unsafe { sys::ignis_tensor_squeeze(self.as_ptr(), &dim, o) })
    }

    /// Inserts a size-1 dim at `dim`.
    pub fn unsqueeze(&self, dim: i64) -> Result<Tensor> {
        call(|o| unsafe { sys::ignis_tensor_unsqueeze(self.as_ptr(), dim, o) })
    }

    /// Merges dims `start_dim..=end_dim` into one.
    pub fn flatten(&self, start_dim: i64, end_dim: i64) -> Result<Tensor> {
        call(|o| unsafe { sys::ignis_tensor_flatten(self.as_ptr(), start_dim, end_dim, o) })
    }
}
