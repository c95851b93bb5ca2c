//! Errors: the C API's status codes as an enum, with the engine's message.
use std::ffi::CStr;
use std::fmt;

use crate::sys;

/// What kind of failure a call reported (the C API's `ignis_status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// A bad argument value (NULL handle, out-of-range option, ...).
    InvalidArgument,
    /// Shapes that do not fit (broadcasting, matmul, view).
    Shape,
    /// An unsupported or mismatched element type.
    DType,
    /// Tensors on different devices, or a device that is not there.
    Device,
    /// An allocation failed.
    OutOfMemory,
    /// A file could not be read or written.
    Io,
    /// Not implemented for these arguments (an op without a kernel on a device, ...).
    Unsupported,
    /// A bug in the engine.
    Internal,
    /// An index out of range.
    Index,
    /// A status code this version of the crate does not know (a newer library).
    Other(i32),
}

impl Status {
    /// The enum of a C status code (`IGNIS_OK` has none).
    pub fn from_code(code: i32) -> Status {
        match code {
            sys::IGNIS_ERROR_INVALID_ARGUMENT => Status::InvalidArgument,
            sys::IGNIS_ERROR_SHAPE => Status::Shape,
            sys::IGNIS_ERROR_DTYPE => Status::DType,
            sys::IGNIS_ERROR_DEVICE => Status::Device,
            sys::IGNIS_ERROR_OUT_OF_MEMORY => Status::OutOfMemory,
            sys::IGNIS_ERROR_IO => Status::Io,
            sys::IGNIS_ERROR_UNSUPPORTED => Status::Unsupported,
            sys::IGNIS_ERROR_INTERNAL => Status::Internal,
            sys::IGNIS_ERROR_INDEX => Status::Index,
            other => Status::Other(other),
        }
    }

    /// The C status code.
    pub fn code(self) -> i32 {
        match self {
            Status::InvalidArgument => sys::IGNIS_ERROR_INVALID_ARGUMENT,
            Status::Shape => sys::IGNIS_ERROR_SHAPE,
            Status::DType => sys::IGNIS_ERROR_DTYPE,
            Status::Device => sys::IGNIS_ERROR_DEVICE,
            Status::OutOfMemory => sys::IGNIS_ERROR_OUT_OF_MEMORY,
            Status::Io => sys::IGNIS_ERROR_IO,
            Status::Unsupported => sys::IGNIS_ERROR_UNSUPPORTED,
            Status::Internal => sys::IGNIS_ERROR_INTERNAL,
            Status::Index => sys::IGNIS_ERROR_INDEX,
            Status::Other(code) => code,
        }
    }

    /// The engine's short name of the status ("shape", "dtype", ...).
    pub fn name(self) -> String {
        // SAFETY: ignis_status_name returns a static C string for every value.
        unsafe { CStr::from_ptr(sys::ignis_status_name(self.code())) }
            .to_string_lossy()
            .into_owned()
    }
}

/// A failed call: its status and the engine's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    status: Status,
    message: String,
}

/// The result of every fallible call of this crate.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// An error made on the Rust side (bad arguments caught before the C call).
    pub fn new(status: Status, message: impl Into<String>) -> Error {
        Error { status, message: message.into() }
    }

    /// The last failure on this thread, as the C API reports it (`ignis_last_error`).
    pub(crate) fn last(code: i32) -> Error {
        // SAFETY: ignis_last_error returns this thread's message, valid until its next failure;
        // it is copied at once.
        let msg = unsafe { CStr::from_ptr(sys::ignis_last_error()) };
        Error { status: Status::from_code(code), message: msg.to_string_lossy().into_owned() }
    }

    /// What kind of failure this is.
    pub fn status(&self) -> Status {
        self.status
    }

    /// The engine's message (`add: shapes [2] and [3] are not broadcastable (...)`, ...).
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ignis {} error: {}", self.status.name(), self.message)
    }
}

impl std::error::Error for Error {}

/// Turns a C status into a Result, reading this thread's message on failure.
pub(crate) fn check(code: sys::ignis_status) -> Result<()> {
    if code == sys::IGNIS_OK {
        Ok(())
    } else {
        Err(Error::last(code))
    }
}
