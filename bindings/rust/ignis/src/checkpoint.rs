//! Training checkpoints (checkpoint.h): a module's state dict and, optionally, its optimizer's
//! state (moments, step counts, learning rates) in one safetensors file, so training resumes
//! exactly where it stopped, from any language.
//!
//! The module's tensors are stored under their state-dict keys as [`Module::save`] stores them
//! (PyTorch's safetensors reads the file), the optimizer's under `optimizer.<key>`; the metadata
//! holds the caller's strings, `"format": "pt"` unless the caller sets `"format"`, and the
//! format's own `ignis.*` entries. Any plain safetensors state dict (PyTorch's, Python's
//! `ignis.save`, [`Module::save`]'s) loads as a checkpoint without optimizer state.
use std::ffi::{c_char, CString};
use std::path::Path;
use std::ptr;

use crate::error::{check, Result};
use crate::handle::{c_path, c_string, take_strings};
use crate::nn::{LoadReport, Module};
use crate::optim::Optimizer;
use crate::runtime::check_runtime;
use crate::sys;

/// What [`load`] found and restored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    /// The module keys the file lacks or has that the module lacks (empty after a strict load).
    pub report: LoadReport,
    /// Whether optimizer state was restored (false without an optimizer, and after a non-strict
    /// load of a file that has none).
    pub optimizer_loaded: bool,
    /// The file's metadata, sorted by key: the caller's entries and `"format"` (the format's
    /// own `ignis.*` entries are left out).
    pub metadata: Vec<(String, String)>,
}

/// Writes `module`'s state dict and, with `optimizer`, its state to `path`, atomically (the
/// file holds the old or the new checkpoint even if the process dies mid-save). `metadata`:
/// string pairs stored in the file (`&[]` for none); keys starting with `"ignis."` are reserved
/// (an InvalidArgument error). An Io error names the file when it cannot be written.
pub fn save<M: Module + ?Sized>(
    path: impl AsRef<Path>,
    module: &M,
    optimizer: Option<&Optimizer>,
    metadata: &[(&str, &str)],
) -> Result<()> {
    check_runtime()?;
    let p = c_path("checkpoint path", path.as_ref())?;
    let keys =
        metadata.iter().map(|(k, _)| c_string("metadata key", k)).collect::<Result<Vec<_>>>()?;
    let values =
        metadata.iter().map(|(_, v)| c_string("metadata value", v)).collect::<Result<Vec<_>>>()?;
    let ptrs = |v: &[CString]| v.iter().map(|s| s.as_ptr()).collect::<Vec<*const c_char>>();
    let (keys, values) = (ptrs(&keys), ptrs(&values));
    // SAFETY: live handles (the optimizer's may be NULL), a valid C string and two arrays of
    // keys.len() live C strings for the call.
    check(unsafe {
        sys::ignis_checkpoint_save(
            p.as_ptr(),
            module.base().as_ptr(),
            optimizer.map_or(ptr::null(), |o| o.as_ptr().cast_const()),
            keys.as_ptr(),
            values.as_ptr(),
            keys.len(),
        )
    })
}

/// Restores a checkpoint into `module` and, with `optimizer`, the optimizer (the file's
/// optimizer entries are ignored without one). All-or-nothing: every key, shape and dtype is
/// checked against both before either changes. With `strict`, missing or unexpected module
/// keys are an InvalidArgument error naming them, and so is a file without optimizer state
/// when an optimizer is given; without, the keys come back in [`Loaded::report`] and the
/// optimizer stays as it was. Errors: Io (a missing or corrupt file, named), Shape / DType
/// naming the key with the expected and the given shape or dtype.
pub fn load<M: Module + ?Sized>(
    path: impl AsRef<Path>,
    module: &mut M,
    optimizer: Option<&mut Optimizer>,
    strict: bool,
) -> Result<Loaded> {
    check_runtime()?;
    let p = c_path("checkpoint path", path.as_ref())?;
    let mut report = sys::ignis_load_report {
        struct_size: std::mem::size_of::<sys::ignis_load_report>(),
        missing_keys: ptr::null_mut(),
        missing_count: 0,
        unexpected_keys: ptr::null_mut(),
        unexpected_count: 0,
    };
    let mut optimizer_loaded = 0;
    let (mut keys, mut values, mut n_meta) = (ptr::null_mut(), ptr::null_mut(), 0);
    // SAFETY: live handles (the optimizer's may be NULL), a valid C string, report struct and
    // out-pointers; `&mut` on both makes the call the only use of the module and optimizer.
    check(unsafe {
        sys::ignis_checkpoint_load(
            p.as_ptr(),
            module.base().as_ptr(),
            optimizer.map_or(ptr::null_mut(), |o| o.as_ptr()),
            i32::from(strict),
            &mut report,
            &mut optimizer_loaded,
            &mut keys,
            &mut values,
            &mut n_meta,
        )
    })?;
    // SAFETY: on success the library filled the report's arrays and the metadata arrays;
    // take_strings copies and frees each once (all ignis_load_report_clear would do).
    let (missing, unexpected, keys, values) = unsafe {
        (
            take_strings(report.missing_keys, report.missing_count),
            take_strings(report.unexpected_keys, report.unexpected_count),
            take_strings(keys, n_meta),
            take_strings(values, n_meta),
        )
    };
    Ok(Loaded {
        report: LoadReport { missing, unexpected },
        optimizer_loaded: optimizer_loaded != 0,
        metadata: keys.into_iter().zip(values).collect(),
    })
}
