//! Datasets served by a Rust closure (`ignis_dataset_from_callbacks`).
use std::ffi::c_void;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;

use super::dataset::made;
use super::Dataset;
use crate::error::{Error, Result, Status};
use crate::runtime::check_runtime;
use crate::sys;
use crate::tensor::Tensor;

/// The closure's state, owned by the library once the dataset exists.
type GetFn = Box<dyn Fn(i64) -> Result<Vec<Tensor>> + Send + Sync>;

/// Reports `e` to the library as this callback's failure.
fn fail(e: &Error) -> sys::ignis_status {
    let msg = std::ffi::CString::new(e.message().replace('\0', " ")).unwrap_or_default();
    // SAFETY: the library copies the message before this returns.
    unsafe { sys::ignis_set_last_error(e.status().code(), msg.as_ptr()) }
}

unsafe extern "C" fn call_get(
    index: i64,
    tensors: *mut *mut sys::ignis_tensor,
    capacity: usize,
    count: *mut usize,
    user_data: *mut c_void,
) -> sys::ignis_status {
    // SAFETY: user_data is the GetFn from_fn leaked; it is Sync, so concurrent calls from the
    // loader's workers share it safely.
    let f = unsafe { &*(user_data as *const GetFn) };
    // A panic must not unwind into C++: it becomes an error of this get (or batch).
    let result = catch_unwind(AssertUnwindSafe(|| f(index))).unwrap_or_else(|_| {
        Err(Error::new(Status::Internal, format!("dataset closure panicked at index {index}")))
    });
    match result {
        Ok(example) if example.len() > capacity => fail(&Error::new(
            Status::InvalidArgument,
            format!(
                "dataset closure returned {} tensors for index {index}; at most {capacity} fit",
                example.len()
            ),
        )),
        Ok(example) => {
            // SAFETY: count and tensors[0..capacity) are valid out-pointers; the library takes
            // the references over.
            unsafe { *count = example.len() };
            for (i, t) in example.into_iter().enumerate() {
                unsafe { *tensors.add(i) = t.into_raw() };
            }
            sys::IGNIS_OK
        }
        Err(e) => fail(&e),
    }
}

unsafe extern "C" fn drop_get(user_data: *mut c_void) {
    // SAFETY: destroy runs once, with the pointer from_fn leaked; a panicking Drop stays here.
    let boxed = unsafe { Box::from_raw(user_data as *mut GetFn) };
    let _ = catch_unwind(AssertUnwindSafe(move || drop(boxed)));
}

impl Dataset {
    /// A dataset of `size` examples that `get(index)` builds (its tensors, or an error that
    /// fails that get or batch). With a loader's workers, `get` runs on several threads at
    /// once, hence `Sync`. A panic inside it is caught and becomes an Internal error. The
    /// closure is dropped exactly once, when the dataset and every loader and subset of it are
    /// gone (or at once when creation fails).
    pub fn from_fn<F>(size: i64, get: F) -> Result<Dataset>
    where
        F: Fn(i64) -> Result<Vec<Tensor>> + Send + Sync + 'static,
    {
        check_runtime()?;
        let boxed: Box<GetFn> = Box::new(Box::new(get));
        let cb = sys::ignis_dataset_callbacks {
            struct_size: std::mem::size_of::<sys::ignis_dataset_callbacks>(),
            size,
            get: Some(call_get),
            user_data: Box::into_raw(boxed).cast(),
            destroy: Some(drop_get),
        };
        let mut out = ptr::null_mut();
        // SAFETY: cb is complete; the library owns user_data from here on, also when creation
        // fails (it calls destroy).
        made(unsafe { sys::ignis_dataset_from_callbacks(&cb, &mut out) }, out)
    }
}
