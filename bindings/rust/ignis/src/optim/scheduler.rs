//! Learning-rate schedulers: the built-in kinds by name and options, LambdaLR over a Rust
//! closure, SequentialLR.
use std::ffi::c_void;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr::{self, NonNull};

use super::Optimizer;
use crate::error::{check, Result};
use crate::handle::c_string;
use crate::json::Options;
use crate::sys;

/// A learning-rate scheduler over an optimizer (it keeps the optimizer alive). Not `Clone`,
/// like [`Optimizer`]: one owner, one thread at a time.
pub struct Scheduler {
    ptr: NonNull<sys::ignis_scheduler>,
}

// SAFETY: optim.h: handles may be retained and released from any thread; a scheduler must not
// be used from two threads at once (no Sync, no Clone). A LambdaLR closure runs on the thread
// calling step, so it must be Send (lambda_lr requires it).
unsafe impl Send for Scheduler {}

impl Drop for Scheduler {
    fn drop(&mut self) {
        // SAFETY: we own one reference; release is NULL-safe. A LambdaLR closure is dropped
        // here (through destroy) when this was the last reference.
        unsafe { sys::ignis_scheduler_release(self.ptr.as_ptr()) }
    }
}

fn made(code: sys::ignis_status, out: *mut sys::ignis_scheduler) -> Result<Scheduler> {
    check(code)?;
    Ok(Scheduler { ptr: NonNull::new(out).expect("ignis: NULL scheduler") })
}

/// A LambdaLR closure's state, owned by the library once the scheduler exists.
type LambdaFn = Box<dyn FnMut(i64, usize) -> f64 + Send>;

unsafe extern "C" fn call_lambda(
    epoch: i64,
    group: usize,
    factor: *mut f64,
    user_data: *mut c_void,
) -> sys::ignis_status {
    // SAFETY: user_data is the LambdaFn lambda_lr leaked; the library calls it on one thread at
    // a time (the one stepping the scheduler).
    let f = unsafe { &mut *(user_data as *mut LambdaFn) };
    // A panic must not unwind into C++: it becomes an error that fails the step (or creation).
    match catch_unwind(AssertUnwindSafe(|| f(epoch, group))) {
        Ok(v) => {
            // SAFETY: factor is a valid out-pointer for the call.
            unsafe { *factor = v };
            sys::IGNIS_OK
        }
        Err(payload) => {
            let why = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "a non-string panic".to_string());
            let msg = format!("LambdaLR: the lr lambda panicked at epoch {epoch}: {why}")
                .replace('\0', " ");
            let msg = std::ffi::CString::new(msg).unwrap_or_default();
            // SAFETY: the library copies the message before this returns.
            unsafe { sys::ignis_set_last_error(sys::IGNIS_ERROR_INTERNAL, msg.as_ptr()) }
        }
    }
}

unsafe extern "C" fn drop_lambda(user_data: *mut c_void) {
    // SAFETY: the library calls destroy once, with the pointer lambda_lr leaked. Dropping a
    // closure may run arbitrary Drop code; a panic there must not unwind into C++ either.
    let boxed = unsafe { Box::from_raw(user_data as *mut LambdaFn) };
    let _ = catch_unwind(AssertUnwindSafe(move || drop(boxed)));
}

impl Scheduler {
    /// A scheduler of `type_name` over `opt` with PyTorch's option names: "StepLR"
    /// {step_size, gamma}, "MultiStepLR" {milestones, gamma}, "ExponentialLR" {gamma},
    /// "CosineAnnealingLR" {T_max, eta_min}, "LinearLR" {start_factor, end_factor,
    /// total_iters}, "OneCycleLR" {max_lr, total_steps, ...}, "ReduceLROnPlateau" {mode, factor,
    /// patience, ...}. Like PyTorch, creation sets the lrs of epoch 0.
    pub fn create(type_name: &str, opt: &mut Optimizer, options: &Options) -> Result<Scheduler> {
        let t = c_string("scheduler type", type_name)?;
        let json = c_string("scheduler options", &options.to_json())?;
        let mut out = ptr::null_mut();
        // SAFETY: a live optimizer, valid C strings and out-pointer.
        made(
            unsafe {
                sys::ignis_scheduler_create(t.as_ptr(), opt.as_ptr(), json.as_ptr(), &mut out)
            },
            out,
        )
    }

    /// StepLR: lr * gamma every `step_size` epochs.
    pub fn step_lr(opt: &mut Optimizer, step_size: i64, gamma: f64) -> Result<Scheduler> {
        Scheduler::create(
            "StepLR",
            opt,
            &Options::new().set("step_size", step_size).set("gamma", gamma),
        )
    }

    /// MultiStepLR: lr * gamma at each milestone epoch.
    pub fn multi_step_lr(opt: &mut Optimizer, milestones: &[i64], gamma: f64) -> Result<Scheduler> {
        Scheduler::create(
            "MultiStepLR",
            opt,
            &Options::new().set("milestones", milestones).set("gamma", gamma),
        )
    }

    /// ExponentialLR: lr * gamma every epoch.
    pub fn exponential_lr(opt: &mut Optimizer, gamma: f64) -> Result<Scheduler> {
        Scheduler::create("ExponentialLR", opt, &Options::new().set("gamma", gamma))
    }

    /// CosineAnnealingLR: cosine from the initial lr down to `eta_min` over `t_max` epochs.
    pub fn cosine_annealing_lr(opt: &mut Optimizer, t_max: i64, eta_min: f64) -> Result<Scheduler> {
        Scheduler::create(
            "CosineAnnealingLR",
            opt,
            &Options::new().set("T_max", t_max).set("eta_min", eta_min),
        )
    }

    /// LinearLR: the factor goes linearly from `start_factor` to `end_factor` over
    /// `total_iters` epochs.
    pub fn linear_lr(
        opt: &mut Optimizer,
        start_factor: f64,
        end_factor: f64,
        total_iters: i64,
    ) -> Result<Scheduler> {
        Scheduler::create(
            "LinearLR",
            opt,
            &Options::new()
                .set("start_factor", start_factor)
                .set("end_factor", end_factor)
                .set("total_iters", total_iters),
        )
    }

    /// OneCycleLR up to `max_lr` over `total_steps` steps; `more` sets the other options
    /// (pct_start, anneal_strategy, cycle_momentum, div_factor, ...).
    pub fn one_cycle_lr(
        opt: &mut Optimizer,
        max_lr: f64,
        total_steps: i64,
        more: Options,
    ) -> Result<Scheduler> {
        Scheduler::create(
            "OneCycleLR",
            opt,
            &more.set("max_lr", max_lr).set("total_steps", total_steps),
        )
    }

    /// ReduceLROnPlateau (mode, factor, patience, ... in `options`); step it with
    /// [`step_metric`](Scheduler::step_metric).
    pub fn reduce_lr_on_plateau(opt: &mut Optimizer, options: &Options) -> Result<Scheduler> {
        Scheduler::create("ReduceLROnPlateau", opt, options)
    }

    /// LambdaLR: the lr of group `g` at epoch `e` is its initial lr times `f(e, g)`. The
    /// closure runs on the thread that creates or steps the scheduler; it is dropped exactly
    /// once, when the scheduler goes away (or at once when creation fails). A panic inside it
    /// is caught and becomes an Internal error of that `step` (or of creation, which calls it
    /// for epoch 0).
    pub fn lambda_lr<F>(opt: &mut Optimizer, f: F) -> Result<Scheduler>
    where
        F: FnMut(i64, usize) -> f64 + Send + 'static,
    {
        let boxed: Box<LambdaFn> = Box::new(Box::new(f));
        let c = sys::ignis_lr_lambda {
            struct_size: std::mem::size_of::<sys::ignis_lr_lambda>(),
            r#fn: Some(call_lambda),
            user_data: Box::into_raw(boxed).cast(),
            destroy: Some(drop_lambda),
        };
        let mut out = ptr::null_mut();
        // SAFETY: c is complete; the library owns user_data from here on, also when creation
        // fails (it calls destroy).
        made(unsafe { sys::ignis_scheduler_create_lambda(opt.as_ptr(), &c, &mut out) }, out)
    }

    /// SequentialLR: `schedulers[k]` (all over `opt`) runs from `milestones[k - 1]` on
    /// (`milestones.len() == schedulers.len() - 1`). The new scheduler shares the others.
    pub fn sequential(
        opt: &mut Optimizer,
        schedulers: &[&Scheduler],
        milestones: &[i64],
    ) -> Result<Scheduler> {
        let ptrs: Vec<*mut sys::ignis_scheduler> = schedulers.iter().map(|s| s.as_ptr()).collect();
        let mut out = ptr::null_mut();
        // SAFETY: live handles, arrays of the given lengths and a valid out-pointer.
        made(
            unsafe {
                sys::ignis_scheduler_create_sequential(
                    opt.as_ptr(),
                    ptrs.as_ptr(),
                    ptrs.len(),
                    milestones.as_ptr(),
                    milestones.len(),
                    &mut out,
                )
            },
            out,
        )
    }

    /// The C handle, borrowed for as long as `self` lives.
    pub fn as_ptr(&self) -> *mut sys::ignis_scheduler {
        self.ptr.as_ptr()
    }

    /// Advances one epoch, setting the optimizer's lrs (ReduceLROnPlateau needs
    /// [`step_metric`](Scheduler::step_metric)).
    pub fn step(&mut self) -> Result<()> {
        // SAFETY: a live handle.
        check(unsafe { sys::ignis_scheduler_step(self.as_ptr()) })
    }

    /// ReduceLROnPlateau: records one epoch's metric.
    pub fn step_metric(&mut self, metric: f64) -> Result<()> {
        // SAFETY: a live handle.
        check(unsafe { sys::ignis_scheduler_step_metric(self.as_ptr(), metric) })
    }

    /// The lrs the last step set, one per parameter group.
    pub fn last_lr(&self) -> Result<Vec<f64>> {
        let mut count = 0;
        // SAFETY: a live handle; NULL with capacity 0 asks for the count.
        check(unsafe {
            sys::ignis_scheduler_get_last_lr(self.as_ptr(), ptr::null_mut(), 0, &mut count)
        })?;
        let mut lrs = vec![0.0; count];
        // SAFETY: lrs holds count doubles.
        check(unsafe {
            sys::ignis_scheduler_get_last_lr(self.as_ptr(), lrs.as_mut_ptr(), count, &mut count)
        })?;
        lrs.truncate(count);
        Ok(lrs)
    }
}

impl std::fmt::Debug for Scheduler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scheduler").field("last_lr", &self.last_lr().unwrap_or_default()).finish()
    }
}
