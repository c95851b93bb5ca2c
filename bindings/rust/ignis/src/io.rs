//! Named tensors to and from safetensors files (io.h): the checkpoint format every Ignis
//! language writes, and the one Hugging Face's `safetensors` reads in PyTorch.
use std::ffi::c_char;
use std::path::Path;
use std::ptr;

use crate::error::{check, Result};
use crate::handle::{c_path, c_string, take_strings, tensor_ptrs};
use crate::runtime::check_runtime;
use crate::sys;
use crate::tensor::Tensor;

/// The metadata PyTorch's `safetensors.torch.save_file` and Python's `ignis.save` write, so the
/// files are byte-identical to theirs.
pub const PT_METADATA: [(&str, &str); 1] = [("format", "pt")];

/// Writes named tensors (any dtype, layout or device; stored row-major) to `path` atomically,
/// with PyTorch's `{"format": "pt"}` metadata. Names must be unique and non-empty.
pub fn save<S: AsRef<str>>(path: impl AsRef<Path>, tensors: &[(S, Tensor)]) -> Result<()> {
    save_with_metadata(path, tensors, &PT_METADATA)
}

/// [`save`] with your own metadata strings (none at all with `&[]`).
pub fn save_with_metadata<S: AsRef<str>, K: AsRef<str>, V: AsRef<str>>(
    path: impl AsRef<Path>,
    tensors: &[(S, Tensor)],
    metadata: &[(K, V)],
) -> Result<()> {
    check_runtime()?;
    let p = c_path("safetensors path", path.as_ref())?;
    let strings = |what: &str, it: &mut dyn Iterator<Item = &str>| {
        it.map(|s| c_string(what, s)).collect::<Result<Vec<_>>>()
    };
    let names = strings("tensor name", &mut tensors.iter().map(|(n, _)| n.as_ref()))?;
    let keys = strings("metadata key", &mut metadata.iter().map(|(k, _)| k.as_ref()))?;
    let values = strings("metadata value", &mut metadata.iter().map(|(_, v)| v.as_ref()))?;
    let ptrs = |v: &[std::ffi::CString]| v.iter().map(|s| s.as_ptr()).collect::<Vec<_>>();
    let (names, keys, values): (Vec<*const c_char>, Vec<_>, Vec<_>) =
        (ptrs(&names[..]), ptrs(&keys[..]), ptrs(&values[..]));
    let handles = tensor_ptrs(tensors.iter().map(|(_, t)| t));
    // SAFETY: every array holds live C strings / handles of the stated lengths for the call.
    check(unsafe {
        sys::ignis_safetensors_save(
            p.as_ptr(),
            names.as_ptr(),
            handles.as_ptr(),
            handles.len(),
            keys.as_ptr(),
            values.as_ptr(),
            keys.len(),
        )
    })
}

/// Every tensor of a safetensors file (CPU tensors, sorted by name). A missing or corrupt file
/// is an Io error naming it.
pub fn load(path: impl AsRef<Path>) -> Result<Vec<(String, Tensor)>> {
    Ok(load_with_metadata(path)?.0)
}

/// [`load`] and the file's metadata strings.
#[allow(clippy::type_complexity)]
pub fn load_with_metadata(
    path: impl AsRef<Path>,
) -> Result<(Vec<(String, Tensor)>, Vec<(String, String)>)> {
    check_runtime()?;
    let p = c_path("safetensors path", path.as_ref())?;
    let (mut names, mut tensors, mut count) = (ptr::null_mut(), ptr::null_mut(), 0);
    let (mut keys, mut values, mut n_meta) = (ptr::null_mut(), ptr::null_mut(), 0);
    // SAFETY: a valid C string and out-pointers.
    check(unsafe {
        sys::ignis_safetensors_load(
            p.as_ptr(),
            &mut names,
            &mut tensors,
            &mut count,
            &mut keys,
            &mut values,
            &mut n_meta,
        )
    })?;
    // SAFETY: the arrays the call returned, each taken over once.
    let (names, tensors, keys, values) = unsafe {
        (
            take_strings(names, count),
            Tensor::from_array(tensors, count),
            take_strings(keys, n_meta),
            take_strings(values, n_meta),
        )
    };
    Ok((names.into_iter().zip(tensors).collect(), keys.into_iter().zip(values).collect()))
}
