//! Autograd: requires_grad, backward, .grad, grad mode (per thread) and the functional grad().
use std::ptr;

use crate::error::{check, Error, Result, Status};
use crate::sys;
use crate::tensor::Tensor;

/// Sets grad mode on this thread and returns the previous state.
pub fn set_grad_enabled(enabled: bool) -> bool {
    let mut prev = 0;
    // SAFETY: per-thread state; prev is a local. The call cannot fail for 0/1.
    unsafe { sys::ignis_grad_mode_set(i32::from(enabled), &mut prev) };
    prev != 0
}

/// True when ops on this thread record history for autograd.
pub fn is_grad_enabled() -> bool {
    // SAFETY: per-thread state.
    unsafe { sys::ignis_grad_mode_is_enabled() != 0 }
}

/// Restores the previous grad mode when dropped, also when `f` panics.
struct GradModeGuard {
    prev: bool,
}

impl Drop for GradModeGuard {
    fn drop(&mut self) {
        set_grad_enabled(self.prev);
    }
}

/// Runs `f` with grad mode off on this thread (PyTorch's `with torch.no_grad():`): ops inside
/// record no history, as for parameter updates or inference.
pub fn no_grad<R>(f: impl FnOnce() -> R) -> R {
    let _guard = GradModeGuard { prev: set_grad_enabled(false) };
    f()
}

/// d(outputs)/d(inputs), weighted by `grad_outputs` (None: ones for one-element outputs),
/// without touching any `.grad`. An input the outputs do not depend on is an error unless
/// `allow_unused`, which gives None for it.
pub fn grad(
    outputs: &[&Tensor],
    inputs: &[&Tensor],
    grad_outputs: Option<&[&Tensor]>,
    retain_graph: bool,
    create_graph: bool,
    allow_unused: bool,
) -> Result<Vec<Option<Tensor>>> {
    let outs: Vec<_> = outputs.iter().map(|t| t.as_ptr()).collect();
    let ins: Vec<_> = inputs.iter().map(|t| t.as_ptr()).collect();
    let gouts: Vec<_> = grad_outputs.unwrap_or(&[]).iter().map(|t| t.as_ptr()).collect();
    let mut grads = vec![ptr::null_mut(); ins.len()];
    // SAFETY: every array is valid for its length; grads has n_inputs entries.
    check(unsafe {
        sys::ignis_autograd_grad(
            outs.as_ptr(),
            outs.len(),
            ins.as_ptr(),
            ins.len(),
            if gouts.is_empty() { ptr::null() } else { gouts.as_ptr() },
            gouts.len(),
            i32::from(retain_graph),
            i32::from(create_graph),
            i32::from(allow_unused),
            grads.as_mut_ptr(),
        )
    })?;
    // SAFETY: each non-NULL entry is a new reference.
    Ok(grads.into_iter().map(|g| (!g.is_null()).then(|| unsafe { Tensor::from_raw(g) })).collect())
}

// SAFETY (every unsafe block below): self is a live handle; out-values are locals.
impl Tensor {
    /// True when this tensor records history for autograd.
    pub fn requires_grad(&self) -> bool {
        let mut v = 0;
        check(unsafe { sys::ignis_tensor_requires_grad(self.as_ptr(), &mut v) })
            .expect("ignis_tensor_requires_grad failed on a live handle");
        v != 0
    }

    /// Marks a leaf as needing gradients (or not); an error for a non-leaf turned off.
    pub fn set_requires_grad(&mut self, requires_grad: bool) -> Result<()> {
        check(unsafe {
            sys::ignis_tensor_set_requires_grad(self.as_mut_ptr(), i32::from(requires_grad))
        })
    }

    /// This tensor with requires_grad set, for building parameters in one expression.
    pub fn with_requires_grad(mut self, requires_grad: bool) -> Result<Tensor> {
        self.set_requires_grad(requires_grad)?;
        Ok(self)
    }

    /// True when this tensor was not produced by a recorded op.
    pub fn is_leaf(&self) -> bool {
        let mut v = 0;
        check(unsafe { sys::ignis_tensor_is_leaf(self.as_ptr(), &mut v) })
            .expect("ignis_tensor_is_leaf failed on a live handle");
        v != 0
    }

    /// Keeps `.grad` for this non-leaf after backward.
    pub fn retain_grad(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_tensor_retain_grad(self.as_mut_ptr()) })
    }

    /// The accumulated gradient, or None when backward has not reached this tensor.
    pub fn grad(&self) -> Result<Option<Tensor>> {
        let mut g = ptr::null_mut();
        check(unsafe { sys::ignis_tensor_grad(self.as_ptr(), &mut g) })?;
        // SAFETY: a non-NULL result is a new reference.
        Ok((!g.is_null()).then(|| unsafe { Tensor::from_raw(g) }))
    }

    /// Replaces `.grad` (None clears it).
    pub fn set_grad(&mut self, grad: Option<&Tensor>) -> Result<()> {
        let g = grad.map_or(ptr::null(), Tensor::as_ptr);
        check(unsafe { sys::ignis_tensor_set_grad(self.as_mut_ptr(), g) })
    }

    /// Clears `.grad` (PyTorch's `zero_grad(set_to_none=True)`), before the next backward.
    pub fn zero_grad(&mut self) -> Result<()> {
        self.set_grad(None)
    }

    /// Backpropagates from this one-element tensor into the `.grad` of every leaf that
    /// requires grad, then frees the graph.
    pub fn backward(&self) -> Result<()> {
        self.backward_with(None, false, false)
    }

    /// Backward with a `gradient` of this tensor's shape (needed unless it has one element),
    /// keeping the graph (`retain_graph`) or recording the gradients' own history
    /// (`create_graph`, for higher-order derivatives).
    pub fn backward_with(
        &self,
        gradient: Option<&Tensor>,
        retain_graph: bool,
        create_graph: bool,
    ) -> Result<()> {
        let g = gradient.map_or(ptr::null(), Tensor::as_ptr);
        check(unsafe {
            sys::ignis_tensor_backward(
                self.as_ptr(),
                g,
                i32::from(retain_graph),
                i32::from(create_graph),
            )
        })
    }
}

/// Runs `f` in inference mode on this thread: no history and no autograd bookkeeping at all
/// (faster than `no_grad`; tensors made inside never join a graph later).
pub fn inference_mode<R>(f: impl FnOnce() -> R) -> R {
    struct Restore(i32);
    impl Drop for Restore {
        fn drop(&mut self) {
            // SAFETY: per-thread state.
            unsafe { sys::ignis_inference_mode_set(self.0, ptr::null_mut()) };
        }
    }
    let mut prev = 0;
    // SAFETY: per-thread state; prev is a local.
    unsafe { sys::ignis_inference_mode_set(1, &mut prev) };
    let _restore = Restore(prev);
    f()
}

/// A gradient hook's state, owned by the library once registered.
type HookFn = Box<dyn FnMut(&Tensor) -> Result<Option<Tensor>> + Send>;

unsafe extern "C" fn call_hook(
    grad: *const sys::ignis_tensor,
    replacement: *mut *mut sys::ignis_tensor,
    user_data: *mut std::ffi::c_void,
) -> sys::ignis_status {
    // SAFETY: user_data is the HookFn register_hook leaked; the library calls the hook on one
    // thread at a time (the thread running backward).
    let f = unsafe { &mut *(user_data as *mut HookFn) };
    // SAFETY: grad is borrowed for the call: wrap it without taking its reference.
    let grad = std::mem::ManuallyDrop::new(unsafe { Tensor::from_raw(grad as *mut _) });
    // A panic must not unwind into C++: it becomes an error that stops backward.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&grad)))
        .unwrap_or_else(|_| Err(Error::new(Status::Internal, "gradient hook panicked")));
    match result {
        Ok(new_grad) => {
            if let Some(g) = new_grad {
                // SAFETY: replacement is a valid out-pointer; the library takes the reference.
                unsafe { *replacement = g.into_raw() };
            }
            sys::IGNIS_OK
        }
        Err(e) => {
            let msg = std::ffi::CString::new(e.message().replace('\0', " ")).unwrap_or_default();
            // SAFETY: the message is copied by the library before this returns.
            unsafe { sys::ignis_set_last_error(e.status().code(), msg.as_ptr()) }
        }
    }
}

unsafe extern "C" fn drop_hook(user_data: *mut std::ffi::c_void) {
    // SAFETY: the library calls destroy once, with the pointer register_hook leaked.
    drop(unsafe { Box::from_raw(user_data as *mut HookFn) });
}

impl Tensor {
    /// Registers `hook` on this tensor's gradient: backward calls it with the gradient (on the
    /// thread running backward) and uses the tensor it returns instead, when it returns one.
    /// An `Err` stops backward, whose caller gets that error. The hook lives as long as the
    /// tensor or its graph.
    pub fn register_hook<F>(&self, hook: F) -> Result<()>
    where
        F: FnMut(&Tensor) -> Result<Option<Tensor>> + Send + 'static,
    {
        let boxed: Box<HookFn> = Box::new(Box::new(hook));
        let c = sys::ignis_grad_hook {
            struct_size: std::mem::size_of::<sys::ignis_grad_hook>(),
            r#fn: Some(call_hook),
            user_data: Box::into_raw(boxed).cast(),
            destroy: Some(drop_hook),
        };
        // SAFETY: c is a complete hook; the library owns user_data from here on, also when
        // registration fails (it calls destroy).
        check(unsafe { sys::ignis_tensor_register_hook(self.as_ptr(), &c) })
    }
}
