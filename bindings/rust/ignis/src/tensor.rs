//! The Tensor handle: lifetime, creation, metadata and element access.
use std::ffi::c_void;
use std::ptr::{self, NonNull};

use crate::dtype::{DType, Device, Element, PlainElement};
use crate::error::{check, Error, Result, Status};
use crate::runtime::check_runtime;
use crate::scalar::Scalar;
use crate::sys;

/// A tensor: a counted reference to the engine's tensor. `Clone` adds a reference to the same
/// tensor (like `Rc::clone`: the clone shares storage, history and `.grad`); `deep_clone` copies
/// the elements. `Drop` releases the reference.
pub struct Tensor {
    ptr: NonNull<sys::ignis_tensor>,
}

// SAFETY: tensor.h promises "a handle may be retained, released and read from any thread at
// once", so a Tensor may move to (Send) and be read from (Sync) other threads. Writes (in-place
// ops, set_requires_grad, backward into .grad) take `&mut self`, so one handle is never written
// while shared; tensor.h's remaining rule -- no write through *another* handle or view of the
// same memory while a thread reads it -- is the caller's to keep, as in PyTorch (docs/rust.md).
unsafe impl Send for Tensor {}
// SAFETY: see above.
unsafe impl Sync for Tensor {}

impl Drop for Tensor {
    fn drop(&mut self) {
        // SAFETY: we own one reference; release is NULL-safe and thread-safe.
        unsafe { sys::ignis_tensor_release(self.ptr.as_ptr()) }
    }
}

impl Clone for Tensor {
    /// Another reference to the same tensor (no copy of the elements).
    fn clone(&self) -> Tensor {
        // SAFETY: retain adds a reference to a live handle and returns it.
        unsafe { Tensor::from_raw(sys::ignis_tensor_retain(self.ptr.as_ptr())) }
    }
}

/// What factories take: a DType (on the CPU), or a DType and a Device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub dtype: DType,
    pub device: Device,
}

impl From<DType> for Options {
    fn from(dtype: DType) -> Options {
        Options { dtype, device: Device::Cpu }
    }
}

impl From<(DType, Device)> for Options {
    fn from((dtype, device): (DType, Device)) -> Options {
        Options { dtype, device }
    }
}

/// Wraps the out-pointer of a factory-like C call that succeeded.
fn made(code: sys::ignis_status, out: *mut sys::ignis_tensor) -> Result<Tensor> {
    check(code)?;
    // SAFETY: on success the C API hands us a new reference.
    Ok(unsafe { Tensor::from_raw(out) })
}

fn numel_of(shape: &[i64]) -> Option<usize> {
    shape.iter().try_fold(1usize, |n, &d| n.checked_mul(usize::try_from(d).ok()?))
}

/// Frees the Vec behind from_vec memory when the engine lets go of it (any thread).
unsafe extern "C" fn drop_vec<T>(_data: *mut c_void, user_data: *mut c_void) {
    // SAFETY: user_data is the Box<Vec<T>> from_vec leaked; the C API calls this once.
    drop(unsafe { Box::from_raw(user_data as *mut Vec<T>) });
}

impl Tensor {
    // ---- raw handles

    /// Takes over one reference to a C handle (from `ignis-sys`).
    ///
    /// # Safety
    /// `ptr` must be a live, non-NULL `ignis_tensor*` whose reference the caller gives up.
    pub unsafe fn from_raw(ptr: *mut sys::ignis_tensor) -> Tensor {
        Tensor { ptr: NonNull::new(ptr).expect("ignis: the C API returned a NULL tensor") }
    }

    /// Gives up this handle's reference as a C handle (release it with `ignis_tensor_release`).
    pub fn into_raw(self) -> *mut sys::ignis_tensor {
        let p = self.ptr.as_ptr();
        std::mem::forget(self);
        p
    }

    /// The C handle, borrowed for as long as `self` lives.
    pub fn as_ptr(&self) -> *const sys::ignis_tensor {
        self.ptr.as_ptr()
    }

    /// The C handle for a call that writes the tensor.
    pub(crate) fn as_mut_ptr(&mut self) -> *mut sys::ignis_tensor {
        self.ptr.as_ptr()
    }

    /// Takes over an array of `count` new references the library allocated, freeing the array.
    ///
    /// # Safety
    /// `array` must come from a C API call that returned it with `count` live handles.
    pub(crate) unsafe fn from_array(
        array: *mut *mut sys::ignis_tensor,
        count: usize,
    ) -> Vec<Tensor> {
        let mut out = Vec::with_capacity(count);
        for i in 0..count {
            // SAFETY: i < count; each entry is live. Retain, since array_free releases them.
            out.push(unsafe { Tensor::from_raw(sys::ignis_tensor_retain(*array.add(i))) });
        }
        // SAFETY: the library's array, freed once.
        unsafe { sys::ignis_tensor_array_free(array, count) };
        out
    }

    // ---- creation

    /// A CPU tensor holding a copy of `data` in row-major order with the given shape.
    pub fn from_slice<T: Element>(data: &[T], shape: &[i64]) -> Result<Tensor> {
        check_runtime()?;
        match numel_of(shape) {
            Some(n) if n == data.len() => {}
            _ => {
                return Err(Error::new(
                    Status::Shape,
                    format!(
                        "from_slice: shape {shape:?} does not hold the slice's {} elements",
                        data.len()
                    ),
                ))
            }
        }
        let mut out = ptr::null_mut();
        // SAFETY: data is valid for size_of_val(data) bytes; shape for shape.len() entries.
        let code = unsafe {
            sys::ignis_tensor_from_data(
                data.as_ptr().cast(),
                std::mem::size_of_val(data),
                shape.as_ptr(),
                shape.len(),
                T::DTYPE.to_c(),
                &mut out,
            )
        };
        made(code, out)
    }

    /// A CPU tensor that takes over `data` without copying (row-major with the given shape);
    /// the Vec is freed when the last view of the tensor goes away.
    pub fn from_vec<T: Element>(data: Vec<T>, shape: &[i64]) -> Result<Tensor> {
        check_runtime()?;
        if numel_of(shape) != Some(data.len()) {
            return Err(Error::new(
                Status::Shape,
                format!(
                    "from_vec: shape {shape:?} does not hold the Vec's {} elements",
                    data.len()
                ),
            ));
        }
        let mut boxed = Box::new(data);
        let base = boxed.as_mut_ptr().cast::<c_void>();
        let user = Box::into_raw(boxed);
        let mut out = ptr::null_mut();
        // SAFETY: base points at the Vec's elements, which stay put while the Box lives; on
        // success the tensor owns the Box through drop_vec, on failure we still do.
        let code = unsafe {
            sys::ignis_tensor_from_blob(
                base,
                shape.as_ptr(),
                ptr::null(),
                shape.len(),
                T::DTYPE.to_c(),
                Device::Cpu.to_c(),
                Some(drop_vec::<T>),
                user.cast(),
                &mut out,
            )
        };
        if code != sys::IGNIS_OK {
            // SAFETY: the library did not take the memory (tensor.h), so it is ours to free.
            drop(unsafe { Box::from_raw(user) });
        }
        made(code, out)
    }

    /// A 0-dim CPU tensor holding `value`.
    pub fn scalar<T: Element>(value: T) -> Result<Tensor> {
        Tensor::from_slice(&[value], &[])
    }

    /// An uninitialized tensor (the values are whatever the memory held).
    pub fn empty(shape: &[i64], options: impl Into<Options>) -> Result<Tensor> {
        check_runtime()?;
        let o = options.into();
        let mut out = ptr::null_mut();
        // SAFETY: shape is valid for shape.len() entries.
        let code = unsafe {
            sys::ignis_empty(shape.as_ptr(), shape.len(), o.dtype.to_c(), o.device.to_c(), &mut out)
        };
        made(code, out)
    }

    /// A tensor of zeros.
    pub fn zeros(shape: &[i64], options: impl Into<Options>) -> Result<Tensor> {
        check_runtime()?;
        let o = options.into();
        let mut out = ptr::null_mut();
        // SAFETY: shape is valid for shape.len() entries.
        let code = unsafe {
            sys::ignis_zeros(shape.as_ptr(), shape.len(), o.dtype.to_c(), o.device.to_c(), &mut out)
        };
        made(code, out)
    }

    /// A tensor of ones.
    pub fn ones(shape: &[i64], options: impl Into<Options>) -> Result<Tensor> {
        check_runtime()?;
        let o = options.into();
        let mut out = ptr::null_mut();
        // SAFETY: shape is valid for shape.len() entries.
        let code = unsafe {
            sys::ignis_ones(shape.as_ptr(), shape.len(), o.dtype.to_c(), o.device.to_c(), &mut out)
        };
        made(code, out)
    }

    /// A tensor filled with `value`.
    pub fn full(
        shape: &[i64],
        value: impl Into<Scalar>,
        options: impl Into<Options>,
    ) -> Result<Tensor> {
        check_runtime()?;
        let o = options.into();
        let mut out = ptr::null_mut();
        // SAFETY: shape is valid for shape.len() entries.
        let code = unsafe {
            sys::ignis_full(
                shape.as_ptr(),
                shape.len(),
                value.into().to_c(),
                o.dtype.to_c(),
                o.device.to_c(),
                &mut out,
            )
        };
        made(code, out)
    }

    /// The 1-D tensor `start, start + step, ...` below `end`.
    pub fn arange(
        start: impl Into<Scalar>,
        end: impl Into<Scalar>,
        step: impl Into<Scalar>,
        options: impl Into<Options>,
    ) -> Result<Tensor> {
        check_runtime()?;
        let o = options.into();
        let mut out = ptr::null_mut();
        // SAFETY: plain values.
        let code = unsafe {
            sys::ignis_arange(
                start.into().to_c(),
                end.into().to_c(),
                step.into().to_c(),
                o.dtype.to_c(),
                o.device.to_c(),
                &mut out,
            )
        };
        made(code, out)
    }

    /// `steps` values evenly spaced from `start` to `end` inclusive.
    pub fn linspace(
        start: f64,
        end: f64,
        steps: i64,
        options: impl Into<Options>,
    ) -> Result<Tensor> {
        check_runtime()?;
        let o = options.into();
        let mut out = ptr::null_mut();
        // SAFETY: plain values.
        let code = unsafe {
            sys::ignis_linspace(start, end, steps, o.dtype.to_c(), o.device.to_c(), &mut out)
        };
        made(code, out)
    }

    /// The n x m identity matrix (`m` None: square).
    pub fn eye(n: i64, m: Option<i64>, options: impl Into<Options>) -> Result<Tensor> {
        check_runtime()?;
        let o = options.into();
        let mut out = ptr::null_mut();
        // SAFETY: plain values.
        let code = unsafe {
            sys::ignis_eye(n, m.unwrap_or(-1), o.dtype.to_c(), o.device.to_c(), &mut out)
        };
        made(code, out)
    }

    fn random(
        shape: &[i64],
        options: impl Into<Options>,
        seed: Option<u64>,
        normal: bool,
    ) -> Result<Tensor> {
        check_runtime()?;
        let o = options.into();
        let seed_ptr = seed.as_ref().map_or(ptr::null(), |s| s as *const u64);
        let f = if normal { sys::ignis_randn } else { sys::ignis_rand };
        let mut out = ptr::null_mut();
        // SAFETY: shape is valid for shape.len() entries; seed_ptr is NULL or points at seed.
        let code = unsafe {
            f(shape.as_ptr(), shape.len(), o.dtype.to_c(), o.device.to_c(), seed_ptr, &mut out)
        };
        made(code, out)
    }

    /// Uniform samples in [0, 1) from the default generator (seed it with `manual_seed`).
    pub fn rand(shape: &[i64], options: impl Into<Options>) -> Result<Tensor> {
        Tensor::random(shape, options, None, false)
    }

    /// Uniform samples in [0, 1) from a fresh generator seeded with `seed` (reproducible, and
    /// independent of other threads).
    pub fn rand_seeded(shape: &[i64], options: impl Into<Options>, seed: u64) -> Result<Tensor> {
        Tensor::random(shape, options, Some(seed), false)
    }

    /// Standard normal samples from the default generator.
    pub fn randn(shape: &[i64], options: impl Into<Options>) -> Result<Tensor> {
        Tensor::random(shape, options, None, true)
    }

    /// Standard normal samples from a fresh generator seeded with `seed`.
    pub fn randn_seeded(shape: &[i64], options: impl Into<Options>, seed: u64) -> Result<Tensor> {
        Tensor::random(shape, options, Some(seed), true)
    }

    /// Integers uniform in [low, high); `seed` None draws from the default generator.
    pub fn randint(
        low: i64,
        high: i64,
        shape: &[i64],
        options: impl Into<Options>,
        seed: Option<u64>,
    ) -> Result<Tensor> {
        check_runtime()?;
        let o = options.into();
        let seed_ptr = seed.as_ref().map_or(ptr::null(), |s| s as *const u64);
        let mut out = ptr::null_mut();
        // SAFETY: as in random().
        let code = unsafe {
            sys::ignis_randint(
                low,
                high,
                shape.as_ptr(),
                shape.len(),
                o.dtype.to_c(),
                o.device.to_c(),
                seed_ptr,
                &mut out,
            )
        };
        made(code, out)
    }

    // ---- metadata (a live handle always has it, so these cannot fail)

    /// Number of dimensions.
    pub fn ndim(&self) -> usize {
        // SAFETY: a live handle; -1 only for NULL.
        unsafe { sys::ignis_tensor_ndim(self.as_ptr()) as usize }
    }

    /// Number of elements.
    pub fn numel(&self) -> usize {
        // SAFETY: a live handle; -1 only for NULL.
        unsafe { sys::ignis_tensor_numel(self.as_ptr()) as usize }
    }

    /// The sizes of the dimensions.
    pub fn shape(&self) -> Vec<i64> {
        let mut out = vec![0i64; self.ndim()];
        // SAFETY: out holds ndim entries.
        let code = unsafe { sys::ignis_tensor_shape(self.as_ptr(), out.as_mut_ptr(), out.len()) };
        check(code).expect("ignis_tensor_shape failed on a live handle");
        out
    }

    /// The size of dimension `dim` (negative counts from the end).
    pub fn size(&self, dim: i64) -> Result<i64> {
        let shape = self.shape();
        let n = shape.len() as i64;
        let d = if dim < 0 { dim + n } else { dim };
        if d < 0 || d >= n {
            return Err(Error::new(
                Status::Index,
                format!("size: dim {dim} is out of range for a tensor of {n} dims"),
            ));
        }
        Ok(shape[d as usize])
    }

    /// The strides of the dimensions, in elements.
    pub fn strides(&self) -> Vec<i64> {
        let mut out = vec![0i64; self.ndim()];
        // SAFETY: out holds ndim entries.
        let code = unsafe { sys::ignis_tensor_strides(self.as_ptr(), out.as_mut_ptr(), out.len()) };
        check(code).expect("ignis_tensor_strides failed on a live handle");
        out
    }

    /// The element type.
    pub fn dtype(&self) -> DType {
        let mut d = 0;
        // SAFETY: a live handle and a local out-value.
        check(unsafe { sys::ignis_tensor_dtype(self.as_ptr(), &mut d) })
            .and_then(|_| DType::from_c(d))
            .expect("ignis_tensor_dtype failed on a live handle")
    }

    /// The device the elements live on.
    pub fn device(&self) -> Device {
        let mut d = Device::Cpu.to_c();
        // SAFETY: a live handle and a local out-value.
        check(unsafe { sys::ignis_tensor_device(self.as_ptr(), &mut d) })
            .and_then(|_| Device::from_c(d))
            .expect("ignis_tensor_device failed on a live handle")
    }

    /// True when the elements are row-major and dense.
    pub fn is_contiguous(&self) -> bool {
        let mut c = 0;
        // SAFETY: a live handle and a local out-value.
        check(unsafe { sys::ignis_tensor_is_contiguous(self.as_ptr(), &mut c) })
            .expect("ignis_tensor_is_contiguous failed on a live handle");
        c != 0
    }

    // ---- elements

    fn expect_dtype<T: Element>(&self, what: &str) -> Result<()> {
        if self.dtype() == T::DTYPE {
            return Ok(());
        }
        Err(Error::new(
            Status::DType,
            format!(
                "{what}: the tensor has dtype {} but {} elements ({}) were asked for; convert \
                 with to_dtype first",
                self.dtype(),
                T::DTYPE,
                std::any::type_name::<T>()
            ),
        ))
    }

    /// The elements, copied out in row-major order (any layout and device). `T` must be the
    /// tensor's element type.
    pub fn to_vec<T: Element>(&self) -> Result<Vec<T>> {
        self.expect_dtype::<T>("to_vec")?;
        let n = self.numel();
        if T::DTYPE == DType::Bool {
            // Read bytes, then compare: a byte other than 0 or 1 would not be a valid bool.
            let mut bytes = vec![0u8; n];
            // SAFETY: bytes holds numel * itemsize (1) bytes.
            check(unsafe {
                sys::ignis_tensor_copy_to(self.as_ptr(), bytes.as_mut_ptr().cast(), n)
            })?;
            let bools: Vec<bool> = bytes.into_iter().map(|b| b != 0).collect();
            // SAFETY: T is bool here (T::DTYPE is Bool and only bool has it), same layout.
            return Ok(unsafe { std::mem::transmute::<Vec<bool>, Vec<T>>(bools) });
        }
        let mut out = vec![T::default(); n];
        // SAFETY: out holds numel * size_of::<T>() bytes, and T has the tensor's dtype.
        check(unsafe {
            sys::ignis_tensor_copy_to(
                self.as_ptr(),
                out.as_mut_ptr().cast(),
                std::mem::size_of_val(&out[..]),
            )
        })?;
        Ok(out)
    }

    /// The elements of a contiguous CPU tensor, borrowed without a copy.
    ///
    /// # Safety
    /// Nothing may write these elements while the slice lives: no in-place op, `copy_` or
    /// backward into them through *any* handle or view sharing this tensor's memory (clones,
    /// views from `view`/`slice`/..., tensors made by `from_vec` over the same Vec), on any
    /// thread. The borrow of `self` only keeps the memory alive; it cannot see other handles.
    pub unsafe fn as_slice<T: PlainElement>(&self) -> Result<&[T]> {
        self.expect_dtype::<T>("as_slice")?;
        if self.device() != Device::Cpu || !self.is_contiguous() {
            return Err(Error::new(
                Status::InvalidArgument,
                format!(
                    "as_slice: needs a contiguous CPU tensor, got a {} one on {} (use \
                     contiguous() / to_device(Device::Cpu), or to_vec)",
                    if self.is_contiguous() { "contiguous" } else { "non-contiguous" },
                    self.device()
                ),
            ));
        }
        let n = self.numel();
        if n == 0 {
            return Ok(&[]);
        }
        let mut data = ptr::null_mut();
        // SAFETY: a live CPU handle; the address stays valid while the handle lives.
        check(unsafe { sys::ignis_tensor_data(self.as_ptr(), &mut data) })?;
        // SAFETY: n contiguous elements of type T start at data (checked above); the caller
        // keeps them unwritten (this function's contract).
        Ok(unsafe { std::slice::from_raw_parts(data as *const T, n) })
    }

    /// The single element as f64 (any dtype); an error unless numel is 1.
    pub fn item(&self) -> Result<f64> {
        let mut v = 0.0;
        // SAFETY: a live handle and a local out-value.
        check(unsafe { sys::ignis_tensor_item_double(self.as_ptr(), &mut v) })?;
        Ok(v)
    }

    /// The single element as i64 (floats truncate); an error unless numel is 1.
    pub fn item_i64(&self) -> Result<i64> {
        let mut v = 0;
        // SAFETY: a live handle and a local out-value.
        check(unsafe { sys::ignis_tensor_item_int64(self.as_ptr(), &mut v) })?;
        Ok(v)
    }
}
