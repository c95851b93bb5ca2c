//! Helpers shared by the handle types of nn, optim and data: C strings in and out, arrays of
//! tensor pointers.
use std::ffi::{c_char, CStr, CString};
use std::path::Path;

use crate::error::{Error, Result, Status};
use crate::sys;
use crate::tensor::Tensor;

/// `s` as a C string, or an InvalidArgument error naming `what` when it holds a NUL.
pub(crate) fn c_string(what: &str, s: &str) -> Result<CString> {
    CString::new(s).map_err(|_| {
        Error::new(Status::InvalidArgument, format!("{what} must not contain a NUL byte: {s:?}"))
    })
}

/// A path as a C string (UTF-8; the C API takes char* paths).
pub(crate) fn c_path(what: &str, path: &Path) -> Result<CString> {
    let s = path.to_str().ok_or_else(|| {
        Error::new(Status::InvalidArgument, format!("{what} is not valid UTF-8: {path:?}"))
    })?;
    c_string(what, s)
}

/// Copies a string the library allocated and frees it.
///
/// # Safety
/// `s` must be NULL or a string the C API returned for the caller to free with
/// ignis_string_free.
pub(crate) unsafe fn take_string(s: *mut c_char) -> String {
    if s.is_null() {
        return String::new();
    }
    // SAFETY: per the contract, a NUL-terminated string we own; copied, then freed once.
    let text = unsafe { CStr::from_ptr(s) }.to_string_lossy().into_owned();
    unsafe { sys::ignis_string_free(s) };
    text
}

/// Copies an array of `count` strings the library allocated and frees it.
///
/// # Safety
/// `a` must be NULL (with count 0) or an array the C API returned for ignis_string_array_free.
pub(crate) unsafe fn take_strings(a: *mut *mut c_char, count: usize) -> Vec<String> {
    if a.is_null() {
        return Vec::new();
    }
    let out = (0..count)
        // SAFETY: i < count entries, each a NUL-terminated string.
        .map(|i| unsafe { CStr::from_ptr(*a.add(i)) }.to_string_lossy().into_owned())
        .collect();
    // SAFETY: the library's array, freed once.
    unsafe { sys::ignis_string_array_free(a, count) };
    out
}

/// The borrowed C handles of `tensors`, for calls taking `const ignis_tensor* const*`.
pub(crate) fn tensor_ptrs<'a>(
    tensors: impl IntoIterator<Item = &'a Tensor>,
) -> Vec<*const sys::ignis_tensor> {
    tensors.into_iter().map(Tensor::as_ptr).collect()
}
