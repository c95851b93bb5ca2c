//! The Optimizer handle: creation by type and options, step, zero_grad, options, state files.
use std::path::Path;
use std::ptr::{self, NonNull};

use crate::error::{check, Error, Result, Status};
use crate::handle::{c_path, c_string, tensor_ptrs};
use crate::json::Options;
use crate::runtime::check_runtime;
use crate::sys;
use crate::tensor::Tensor;

/// An optimizer: owns one reference to the engine's optimizer, which shares (does not copy)
/// its parameters. Not `Clone`: optim.h forbids use from two threads at once, so one owner.
pub struct Optimizer {
    ptr: NonNull<sys::ignis_optimizer>,
}

// SAFETY: optim.h: handles may be retained and released from any thread; an optimizer must not
// be used from two threads at once, which `&mut self` on every changing call and the missing
// Sync (and Clone) enforce.
unsafe impl Send for Optimizer {}

impl Drop for Optimizer {
    fn drop(&mut self) {
        // SAFETY: we own one reference; release is NULL-safe.
        unsafe { sys::ignis_optimizer_release(self.ptr.as_ptr()) }
    }
}

impl Optimizer {
    /// An optimizer of `type_name` ("SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta")
    /// over `params` (each a leaf that requires grad) with PyTorch's option names
    /// (`{"lr": 0.1, "momentum": 0.9}`, `{"betas": [0.9, 0.999]}`). The typed builders
    /// ([`sgd`](super::sgd), [`adam`](super::adam), ...) call this.
    pub fn create(type_name: &str, params: &[Tensor], options: &Options) -> Result<Optimizer> {
        check_runtime()?;
        let t = c_string("optimizer type", type_name)?;
        let json = c_string("optimizer options", &options.to_json())?;
        let ptrs = tensor_ptrs(params);
        let mut out = ptr::null_mut();
        // SAFETY: valid C strings, ptrs.len() live handles and a valid out-pointer.
        check(unsafe {
            sys::ignis_optimizer_create(
                t.as_ptr(),
                ptrs.as_ptr(),
                ptrs.len(),
                json.as_ptr(),
                &mut out,
            )
        })?;
        // SAFETY: a new reference on success.
        Ok(Optimizer { ptr: NonNull::new(out).expect("ignis: NULL optimizer") })
    }

    /// The C handle, borrowed for as long as `self` lives.
    pub fn as_ptr(&self) -> *mut sys::ignis_optimizer {
        self.ptr.as_ptr()
    }

    /// Adds a parameter group with its own options (the others come from the creation options).
    pub fn add_param_group(&mut self, params: &[Tensor], options: &Options) -> Result<()> {
        let json = c_string("optimizer options", &options.to_json())?;
        let ptrs = tensor_ptrs(params);
        // SAFETY: a live handle, ptrs.len() live tensors and a valid C string.
        check(unsafe {
            sys::ignis_optimizer_add_param_group(
                self.as_ptr(),
                ptrs.as_ptr(),
                ptrs.len(),
                json.as_ptr(),
            )
        })
    }

    /// Updates every parameter that has a gradient (without recording history).
    pub fn step(&mut self) -> Result<()> {
        // SAFETY: a live handle.
        check(unsafe { sys::ignis_optimizer_step(self.as_ptr()) })
    }

    /// Drops every parameter's gradient (PyTorch's default, `set_to_none=True`).
    pub fn zero_grad(&mut self) -> Result<()> {
        self.zero_grad_with(true)
    }

    /// Drops (`set_to_none`) or zeroes every parameter's gradient.
    pub fn zero_grad_with(&mut self, set_to_none: bool) -> Result<()> {
        // SAFETY: a live handle.
        check(unsafe { sys::ignis_optimizer_zero_grad(self.as_ptr(), i32::from(set_to_none)) })
    }

    /// Number of parameter groups.
    pub fn group_count(&self) -> Result<usize> {
        let mut n = 0;
        // SAFETY: a live handle and a valid out-pointer.
        check(unsafe { sys::ignis_optimizer_group_count(self.as_ptr(), &mut n) })?;
        Ok(n)
    }

    /// Number of parameters in group `group`.
    pub fn group_size(&self, group: usize) -> Result<usize> {
        let mut n = 0;
        // SAFETY: a live handle and a valid out-pointer.
        check(unsafe { sys::ignis_optimizer_group_size(self.as_ptr(), group, &mut n) })?;
        Ok(n)
    }

    /// Option `name` ("lr", "momentum", "beta1", "weight_decay", ...; flags are 0 or 1) of
    /// parameter group `group`.
    pub fn option(&self, group: usize, name: &str) -> Result<f64> {
        let n = c_string("option name", name)?;
        let mut v = 0.0;
        // SAFETY: a live handle, a valid C string and out-pointer.
        check(unsafe {
            sys::ignis_optimizer_get_option(self.as_ptr(), group, n.as_ptr(), &mut v)
        })?;
        Ok(v)
    }

    /// Sets option `name` of group `group`; an out-of-range value is an error and changes
    /// nothing.
    pub fn set_option(&mut self, group: usize, name: &str, value: f64) -> Result<()> {
        let n = c_string("option name", name)?;
        // SAFETY: a live handle and a valid C string.
        check(unsafe { sys::ignis_optimizer_set_option(self.as_ptr(), group, n.as_ptr(), value) })
    }

    /// The learning rate of the first parameter group.
    pub fn lr(&self) -> Result<f64> {
        self.option(0, "lr")
    }

    /// Sets the learning rate of every parameter group.
    pub fn set_lr(&mut self, lr: f64) -> Result<()> {
        if !(lr.is_finite() && lr >= 0.0) {
            return Err(Error::new(
                Status::InvalidArgument,
                format!("set_lr: expected a finite lr >= 0 but got {lr}"),
            ));
        }
        for g in 0..self.group_count()? {
            self.set_option(g, "lr", lr)?;
        }
        Ok(())
    }

    /// Writes the optimizer state (momentum buffers, steps, group options) to a safetensors
    /// file, atomically.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<()> {
        let p = c_path("optimizer state path", path.as_ref())?;
        // SAFETY: a live handle and a valid C string.
        check(unsafe { sys::ignis_optimizer_save(self.as_ptr(), p.as_ptr()) })
    }

    /// Restores a state saved from an optimizer of the same type and groups, all-or-nothing;
    /// an Io error for a missing or corrupt file.
    pub fn load(&mut self, path: impl AsRef<Path>) -> Result<()> {
        let p = c_path("optimizer state path", path.as_ref())?;
        // SAFETY: a live handle and a valid C string.
        check(unsafe { sys::ignis_optimizer_load(self.as_ptr(), p.as_ptr()) })
    }
}

impl std::fmt::Debug for Optimizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lrs: Vec<f64> = (0..self.group_count().unwrap_or(0))
            .filter_map(|g| self.option(g, "lr").ok())
            .collect();
        f.debug_struct("Optimizer").field("lrs", &lrs).finish()
    }
}
