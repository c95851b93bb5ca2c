//! The EngineModule handle: creation by type and options, forward, modes, children, parameters.
use std::ffi::c_char;
use std::fmt;
use std::ptr::{self, NonNull};

use crate::dtype::{DType, Device};
use crate::error::{check, Result};
use crate::handle::{c_string, take_string, take_strings};
use crate::json::Options;
use crate::runtime::check_runtime;
use crate::sys;
use crate::tensor::Tensor;

/// A module of the engine (a layer, container or loss made by PyTorch class name): a counted
/// reference to it. `Clone` adds a reference to the same module (a child fetched from a
/// container, or a module added to a [`Sequential`](super::Sequential), is the same module, not
/// a copy); `Drop` releases the reference. It implements the [`Module`](super::Module) trait,
/// and is the `base` that holds the parameters and children of a module defined in Rust.
pub struct EngineModule {
    ptr: NonNull<sys::ignis_module>,
}

// SAFETY: nn.h: "handles may be retained and released from any thread", so an EngineModule may move
// to another thread (Send). It is not Sync: nn.h allows concurrent use only for forward in eval
// mode with grad mode off, which the type system cannot check, and forward in training mode writes
// buffers (batch-norm statistics) through `&self`. As with Tensor, clones share the module: nn.h's
// rule that a change (train, to, zero_grad, load, ...) must not overlap another use of the same
// module through another handle is the caller's to keep (docs/rust.md).
unsafe impl Send for EngineModule {}

impl Drop for EngineModule {
    fn drop(&mut self) {
        // SAFETY: we own one reference; release is NULL-safe and thread-safe.
        unsafe { sys::ignis_module_release(self.ptr.as_ptr()) }
    }
}

impl Clone for EngineModule {
    /// Another reference to the same module (its parameters are shared, not copied).
    fn clone(&self) -> EngineModule {
        // SAFETY: retain adds a reference to a live handle and returns it.
        unsafe { EngineModule::from_raw(sys::ignis_module_retain(self.ptr.as_ptr())) }
    }
}

/// Wraps the out-pointer of a C call that succeeded.
pub(crate) fn made(code: sys::ignis_status, out: *mut sys::ignis_module) -> Result<EngineModule> {
    check(code)?;
    // SAFETY: on success the C API hands us a new reference.
    Ok(unsafe { EngineModule::from_raw(out) })
}

impl EngineModule {
    /// Takes over one reference to a C handle (from `ignis-sys`).
    ///
    /// # Safety
    /// `ptr` must be a live, non-NULL `ignis_module*` whose reference the caller gives up.
    pub unsafe fn from_raw(ptr: *mut sys::ignis_module) -> EngineModule {
        EngineModule { ptr: NonNull::new(ptr).expect("ignis: the C API returned a NULL module") }
    }

    /// Gives up this handle's reference as a C handle (release it with `ignis_module_release`).
    pub fn into_raw(self) -> *mut sys::ignis_module {
        let p = self.ptr.as_ptr();
        std::mem::forget(self);
        p
    }

    /// The C handle, borrowed for as long as `self` lives.
    pub fn as_ptr(&self) -> *mut sys::ignis_module {
        self.ptr.as_ptr()
    }

    /// A new module of PyTorch class `type_name` ("Linear", "Conv2d", "GRU", "CrossEntropyLoss",
    /// ...) with PyTorch's constructor arguments as `options`; missing ones take PyTorch's
    /// defaults. An unknown type or option is an InvalidArgument error listing the known ones.
    /// Parameters are initialized as PyTorch does, from the CPU generator ([`manual_seed`]).
    ///
    /// [`manual_seed`]: crate::manual_seed
    pub fn create(type_name: &str, options: &Options) -> Result<EngineModule> {
        check_runtime()?;
        let t = c_string("module type", type_name)?;
        let json = c_string("module options", &options.to_json())?;
        let mut out = ptr::null_mut();
        // SAFETY: valid C strings and out-pointer.
        made(unsafe { sys::ignis_module_create(t.as_ptr(), json.as_ptr(), &mut out) }, out)
    }

    /// The registered module types, sorted.
    pub fn types() -> Result<Vec<String>> {
        check_runtime()?;
        let (mut names, mut count) = (ptr::null_mut(), 0);
        // SAFETY: valid out-pointers; the array is ours to free.
        check(unsafe { sys::ignis_module_types(&mut names, &mut count) })?;
        // SAFETY: the array the call returned.
        Ok(unsafe { take_strings(names, count) })
    }

    /// The options `type_name` accepts, as "name: type = default, ..." text.
    pub fn type_options(type_name: &str) -> Result<String> {
        check_runtime()?;
        let t = c_string("module type", type_name)?;
        let mut s = ptr::null_mut();
        // SAFETY: valid C string and out-pointer.
        check(unsafe { sys::ignis_module_type_options(t.as_ptr(), &mut s) })?;
        // SAFETY: the string the call returned.
        Ok(unsafe { take_string(s) })
    }

    // ---- running

    /// `self(x)` for a module taking one tensor.
    pub fn forward(&self, x: &Tensor) -> Result<Tensor> {
        let mut out = ptr::null_mut();
        // SAFETY: live handles and a valid out-pointer.
        check(unsafe { sys::ignis_module_forward(self.as_ptr(), x.as_ptr(), &mut out) })?;
        // SAFETY: a new reference on success.
        Ok(unsafe { Tensor::from_raw(out) })
    }

    /// `self(inputs...)` for modules taking several tensors: losses take `(input, target)`,
    /// Bilinear `(x1, x2)`. Every result comes back, nested ones (an LSTM's `(output, (h, c))`)
    /// flattened in order.
    pub fn forward_n(&self, inputs: &[&Tensor]) -> Result<Vec<Tensor>> {
        let opt: Vec<Option<&Tensor>> = inputs.iter().map(|t| Some(*t)).collect();
        self.forward_opt(&opt)
    }

    /// [`forward_n`](EngineModule::forward_n) where `None` stands for PyTorch's `None` (an omitted
    /// optional input, such as an RNN's initial state).
    pub fn forward_opt(&self, inputs: &[Option<&Tensor>]) -> Result<Vec<Tensor>> {
        let ptrs: Vec<*const sys::ignis_tensor> =
            inputs.iter().map(|t| t.map_or(ptr::null(), Tensor::as_ptr)).collect();
        let (mut outs, mut n) = (ptr::null_mut(), 0);
        // SAFETY: ptrs holds live handles or NULL; valid out-pointers.
        check(unsafe {
            sys::ignis_module_forward_n(self.as_ptr(), ptrs.as_ptr(), ptrs.len(), &mut outs, &mut n)
        })?;
        // SAFETY: the array of n new references the call returned.
        Ok(unsafe { Tensor::from_array(outs, n) })
    }

    // ---- modes and conversion

    /// Training mode (`true`) or eval mode (`false`) for this module and every descendant.
    pub fn train(&mut self, training: bool) -> Result<()> {
        // SAFETY: a live handle.
        check(unsafe { sys::ignis_module_train(self.as_ptr(), i32::from(training)) })
    }

    /// Eval mode (`train(false)`): dropout off, batch norm uses its running statistics.
    pub fn eval(&mut self) -> Result<()> {
        self.train(false)
    }

    /// Whether the module is in training mode.
    pub fn is_training(&self) -> bool {
        let mut out = 0;
        // SAFETY: a live handle and a valid out-pointer; cannot fail for a live handle.
        unsafe { sys::ignis_module_is_training(self.as_ptr(), &mut out) };
        out != 0
    }

    /// Converts the floating parameters and buffers to `dtype` in place.
    pub fn to_dtype(&mut self, dtype: DType) -> Result<()> {
        // SAFETY: a live handle.
        check(unsafe { sys::ignis_module_to_dtype(self.as_ptr(), dtype.to_c()) })
    }

    /// Moves parameters and buffers to `device` in place.
    pub fn to_device(&mut self, device: Device) -> Result<()> {
        // SAFETY: a live handle.
        check(unsafe { sys::ignis_module_to_device(self.as_ptr(), device.to_c()) })
    }

    /// Drops every parameter's gradient (PyTorch's default, `set_to_none=True`).
    pub fn zero_grad(&mut self) -> Result<()> {
        self.zero_grad_with(true)
    }

    /// Drops (`set_to_none`) or zeroes every parameter's gradient.
    pub fn zero_grad_with(&mut self, set_to_none: bool) -> Result<()> {
        // SAFETY: a live handle.
        check(unsafe { sys::ignis_module_zero_grad(self.as_ptr(), i32::from(set_to_none)) })
    }

    /// The PyTorch class name ("Linear").
    pub fn type_name(&self) -> Result<String> {
        let mut s = ptr::null_mut();
        // SAFETY: a live handle and a valid out-pointer.
        check(unsafe { sys::ignis_module_type(self.as_ptr(), &mut s) })?;
        // SAFETY: the string the call returned.
        Ok(unsafe { take_string(s) })
    }

    // ---- children

    /// Appends `child` to this Sequential or ModuleList (named "0", "1", ...); other types are
    /// an Unsupported error. The container shares `child` from then on.
    pub fn append(&mut self, child: &EngineModule) -> Result<()> {
        // SAFETY: live handles; the container takes its own reference.
        check(unsafe { sys::ignis_module_append(self.as_ptr(), child.as_ptr()) })
    }

    /// Registers (or replaces) `child` under `name` (no '.').
    pub fn add_child(&mut self, name: &str, child: &EngineModule) -> Result<()> {
        let n = c_string("child name", name)?;
        // SAFETY: live handles and a valid C string.
        check(unsafe { sys::ignis_module_add_child(self.as_ptr(), n.as_ptr(), child.as_ptr()) })
    }

    /// The direct children with their names, in registration order (sharing the modules).
    pub fn named_children(&self) -> Result<Vec<(String, EngineModule)>> {
        let mut count = 0;
        // SAFETY: a live handle and a valid out-pointer.
        check(unsafe { sys::ignis_module_child_count(self.as_ptr(), &mut count) })?;
        (0..count)
            .map(|i| {
                let (mut name, mut out) = (ptr::null_mut(), ptr::null_mut());
                // SAFETY: i < count; valid out-pointers.
                let code =
                    unsafe { sys::ignis_module_child(self.as_ptr(), i, &mut name, &mut out) };
                // SAFETY: on success name is ours to free (take_string is NULL-safe).
                let name = unsafe { take_string(name) };
                Ok((name, made(code, out)?))
            })
            .collect()
    }

    // ---- parameters and buffers

    /// Every parameter (with every descendant's), sharing memory with the module: an
    /// optimizer over these updates the module.
    pub fn parameters(&self) -> Result<Vec<Tensor>> {
        Ok(self.named_parameters()?.into_iter().map(|(_, t)| t).collect())
    }

    /// Every parameter with its dotted name ("0.weight"), as PyTorch's `named_parameters()`.
    pub fn named_parameters(&self) -> Result<Vec<(String, Tensor)>> {
        self.named(sys::ignis_module_parameter_count, sys::ignis_module_parameter)
    }

    /// Every buffer (running statistics, ...) with its dotted name.
    pub fn named_buffers(&self) -> Result<Vec<(String, Tensor)>> {
        self.named(sys::ignis_module_buffer_count, sys::ignis_module_buffer)
    }

    fn named(
        &self,
        count_fn: unsafe extern "C" fn(*const sys::ignis_module, i32, *mut usize) -> i32,
        get_fn: unsafe extern "C" fn(
            *const sys::ignis_module,
            i32,
            usize,
            *mut *mut c_char,
            *mut *mut sys::ignis_tensor,
        ) -> i32,
    ) -> Result<Vec<(String, Tensor)>> {
        let mut count = 0;
        // SAFETY: a live handle and a valid out-pointer.
        check(unsafe { count_fn(self.as_ptr(), 1, &mut count) })?;
        (0..count)
            .map(|i| {
                let (mut name, mut out) = (ptr::null_mut(), ptr::null_mut());
                // SAFETY: i < count; valid out-pointers.
                let code = unsafe { get_fn(self.as_ptr(), 1, i, &mut name, &mut out) };
                // SAFETY: name is ours to free (NULL-safe).
                let name = unsafe { take_string(name) };
                check(code)?;
                // SAFETY: a new reference on success.
                Ok((name, unsafe { Tensor::from_raw(out) }))
            })
            .collect()
    }

    /// Registers `t` (shared, not copied) as parameter `name` ("weight", or dotted "0.weight"
    /// through existing children), replacing one of that name; with `requires_grad` it is
    /// marked as requiring grad (a write to `t`, hence `&mut`).
    pub fn set_parameter(&mut self, name: &str, t: &mut Tensor, requires_grad: bool) -> Result<()> {
        let n = c_string("parameter name", name)?;
        // SAFETY: live handles and a valid C string; the module takes its own reference.
        check(unsafe {
            sys::ignis_module_set_parameter(
                self.as_ptr(),
                n.as_ptr(),
                t.as_mut_ptr(),
                i32::from(requires_grad),
            )
        })
    }

    /// Registers (or replaces) buffer `name` (dotted path allowed) with `t`, shared.
    pub fn set_buffer(&mut self, name: &str, t: &Tensor) -> Result<()> {
        let n = c_string("buffer name", name)?;
        // SAFETY: live handles and a valid C string; the module takes its own reference.
        check(unsafe {
            sys::ignis_module_set_buffer(self.as_ptr(), n.as_ptr(), t.as_ptr() as *mut _)
        })
    }
}

impl fmt::Display for EngineModule {
    /// PyTorch's multi-line description: `Sequential(\n  (0): Linear(in_features=4, ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = ptr::null_mut();
        // SAFETY: a live handle and a valid out-pointer.
        check(unsafe { sys::ignis_module_repr(self.as_ptr(), &mut s) }).map_err(|_| fmt::Error)?;
        // SAFETY: the string the call returned.
        f.write_str(&unsafe { take_string(s) })
    }
}

impl fmt::Debug for EngineModule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}
