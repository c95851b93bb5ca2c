//! Display and Debug through the engine's printer (PyTorch's format: "tensor([1., 2.])").
use std::ffi::CStr;
use std::fmt;
use std::ptr;

use crate::error::check;
use crate::sys;
use crate::tensor::Tensor;

impl Tensor {
    fn engine_text(&self) -> Result<String, fmt::Error> {
        let mut s = ptr::null_mut();
        // SAFETY: a live handle; the returned string is ours to free with ignis_string_free.
        check(unsafe { sys::ignis_tensor_to_string(self.as_ptr(), &mut s) })
            .map_err(|_| fmt::Error)?;
        // SAFETY: s is a NUL-terminated string the library allocated; copied, then freed once.
        let text = unsafe { CStr::from_ptr(s) }.to_string_lossy().into_owned();
        unsafe { sys::ignis_string_free(s) };
        Ok(text)
    }
}

impl fmt::Display for Tensor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.engine_text()?)
    }
}

impl fmt::Debug for Tensor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.engine_text()?)
    }
}
