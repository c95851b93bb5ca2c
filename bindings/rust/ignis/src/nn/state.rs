//! State dicts: every parameter and buffer by dotted name, loaded all-or-nothing, saved to and
//! loaded from safetensors files (the checkpoint format of every Ignis language).
use std::path::Path;
use std::ptr;

use super::EngineModule;
use crate::error::{check, Result};
use crate::handle::{c_path, c_string, take_strings};
use crate::sys;
use crate::tensor::Tensor;

/// What a state-dict load found: keys the module has that the source lacks (`missing`) and
/// keys the source has that the module lacks (`unexpected`). Both are empty after a strict load.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadReport {
    pub missing: Vec<String>,
    pub unexpected: Vec<String>,
}

/// A C report for one call, copied into a LoadReport and cleared afterwards.
fn with_report(call: impl FnOnce(*mut sys::ignis_load_report) -> i32) -> Result<LoadReport> {
    let mut c = sys::ignis_load_report {
        struct_size: std::mem::size_of::<sys::ignis_load_report>(),
        missing_keys: ptr::null_mut(),
        missing_count: 0,
        unexpected_keys: ptr::null_mut(),
        unexpected_count: 0,
    };
    check(call(&mut c))?;
    // SAFETY: on success the library filled both arrays; take_strings copies and frees each
    // once, which is all ignis_load_report_clear would do.
    let report = unsafe {
        LoadReport {
            missing: take_strings(c.missing_keys, c.missing_count),
            unexpected: take_strings(c.unexpected_keys, c.unexpected_count),
        }
    };
    Ok(report)
}

impl EngineModule {
    /// Every parameter and buffer by dotted name ("0.weight", "1.running_mean"), as tensors
    /// sharing the module's memory.
    pub fn state_dict(&self) -> Result<Vec<(String, Tensor)>> {
        let (mut names, mut tensors, mut count) = (ptr::null_mut(), ptr::null_mut(), 0);
        // SAFETY: a live handle and valid out-pointers.
        check(unsafe {
            sys::ignis_module_state_dict(self.as_ptr(), &mut names, &mut tensors, &mut count)
        })?;
        // SAFETY: the two arrays of count entries the call returned, each taken over once.
        let (names, tensors) =
            unsafe { (take_strings(names, count), Tensor::from_array(tensors, count)) };
        Ok(names.into_iter().zip(tensors).collect())
    }

    /// Copies the named tensors into the module, all-or-nothing (names, shapes and dtypes are
    /// checked first; a failure changes nothing). With `strict`, a missing or unexpected key is
    /// an error naming every such key; without, they come back in the report.
    pub fn load_state_dict<S: AsRef<str>>(
        &mut self,
        state: &[(S, Tensor)],
        strict: bool,
    ) -> Result<LoadReport> {
        let names = state
            .iter()
            .map(|(n, _)| c_string("state dict key", n.as_ref()))
            .collect::<Result<Vec<_>>>()?;
        let name_ptrs: Vec<*const std::ffi::c_char> = names.iter().map(|n| n.as_ptr()).collect();
        let tensors: Vec<*const sys::ignis_tensor> =
            state.iter().map(|(_, t)| t.as_ptr()).collect();
        with_report(|report| {
            // SAFETY: both arrays hold state.len() live entries; report is a valid struct.
            unsafe {
                sys::ignis_module_load_state_dict(
                    self.as_ptr(),
                    name_ptrs.as_ptr(),
                    tensors.as_ptr(),
                    state.len(),
                    i32::from(strict),
                    report,
                )
            }
        })
    }

    /// Writes the state dict to a safetensors file (readable by PyTorch's safetensors loader),
    /// atomically. An Io error on failure.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<()> {
        let p = c_path("checkpoint path", path.as_ref())?;
        // SAFETY: a live handle and a valid C string.
        check(unsafe { sys::ignis_module_save(self.as_ptr(), p.as_ptr()) })
    }

    /// Loads a safetensors file written by [`save`](EngineModule::save) (from any language) or
    /// by PyTorch, like [`load_state_dict`](EngineModule::load_state_dict). A missing or corrupt
    /// file is an Io error naming it.
    pub fn load(&mut self, path: impl AsRef<Path>, strict: bool) -> Result<LoadReport> {
        let p = c_path("checkpoint path", path.as_ref())?;
        with_report(|report| {
            // SAFETY: a live handle, a valid C string and report struct.
            unsafe { sys::ignis_module_load(self.as_ptr(), p.as_ptr(), i32::from(strict), report) }
        })
    }
}
