//! The loaded library: its API level (checked once), version, threads, seeds, CUDA.
use std::ffi::CStr;
use std::sync::OnceLock;

use crate::error::{check, Error, Result, Status};
use crate::sys;

/// The API level of the loaded libignis (`ignis_api_version`).
pub fn api_version() -> i32 {
    // SAFETY: no arguments, any thread.
    unsafe { sys::ignis_api_version() }
}

/// The loaded library's version ("0.1.0").
pub fn version() -> String {
    // SAFETY: static storage, never freed.
    unsafe { CStr::from_ptr(sys::ignis_version_string()) }.to_string_lossy().into_owned()
}

/// Refuses a library older than the headers these bindings were generated from: an older one
/// lacks functions this crate may call (DESIGN §7).
pub(crate) fn check_api_level(runtime: i32, required: i32) -> Result<()> {
    if runtime >= required {
        return Ok(());
    }
    Err(Error::new(
        Status::Unsupported,
        format!(
            "the loaded libignis has C API level {runtime}, older than level {required} that \
             this ignis crate was built for; link a newer libignis (IGNIS_LIB_DIR) or use an \
             older crate"
        ),
    ))
}

/// Checks once per process that the loaded library is recent enough; every constructor calls
/// it, so the first use of the crate reports a mismatch as an error.
pub fn check_runtime() -> Result<()> {
    static CHECKED: OnceLock<Result<()>> = OnceLock::new();
    CHECKED.get_or_init(|| check_api_level(api_version(), sys::IGNIS_API_VERSION)).clone()
}

/// Seeds every default random generator (CPU and CUDA).
pub fn manual_seed(seed: u64) -> Result<()> {
    check_runtime()?;
    // SAFETY: any thread.
    check(unsafe { sys::ignis_manual_seed(seed) })
}

/// Sets the number of threads intra-op loops use (n >= 1), process-wide.
pub fn set_num_threads(n: i32) -> Result<()> {
    check_runtime()?;
    // SAFETY: any thread.
    check(unsafe { sys::ignis_set_num_threads(n) })
}

/// The number of threads intra-op loops use.
pub fn get_num_threads() -> i32 {
    // SAFETY: any thread.
    unsafe { sys::ignis_get_num_threads() }
}

/// True when a CUDA device is usable.
pub fn cuda_is_available() -> bool {
    // SAFETY: any thread.
    unsafe { sys::ignis_cuda_is_available() != 0 }
}

/// The number of CUDA devices (0 without CUDA).
pub fn cuda_device_count() -> i32 {
    // SAFETY: any thread.
    unsafe { sys::ignis_cuda_device_count() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_level_check_refuses_older_runtimes() {
        assert!(check_api_level(1, 1).is_ok());
        assert!(check_api_level(2, 1).is_ok());
        let err = check_api_level(1, 2).unwrap_err();
        assert_eq!(err.status(), Status::Unsupported);
        assert!(err.message().contains("C API level 1, older than level 2"), "{}", err.message());
    }

    #[test]
    fn loaded_library_passes_the_check() {
        assert!(api_version() >= sys::IGNIS_API_VERSION);
        check_runtime().unwrap();
        assert_eq!(
            version(),
            format!(
                "{}.{}.{}",
                sys::IGNIS_VERSION_MAJOR,
                sys::IGNIS_VERSION_MINOR,
                sys::IGNIS_VERSION_PATCH
            )
        );
    }
}
