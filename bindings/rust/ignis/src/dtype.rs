//! Element types, devices, and the Rust types that map onto element types.
use std::ffi::CStr;
use std::fmt;

use crate::error::{Error, Result, Status};
use crate::sys;

/// Element type of a tensor (the C API's `ignis_dtype`; PyTorch's names in `Display`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DType {
    Bool,
    U8,
    I8,
    I16,
    I32,
    I64,
    F16,
    BF16,
    F32,
    F64,
}

impl DType {
    /// The C value.
    pub fn to_c(self) -> sys::ignis_dtype {
        match self {
            DType::Bool => sys::IGNIS_BOOL,
            DType::U8 => sys::IGNIS_UINT8,
            DType::I8 => sys::IGNIS_INT8,
            DType::I16 => sys::IGNIS_INT16,
            DType::I32 => sys::IGNIS_INT32,
            DType::I64 => sys::IGNIS_INT64,
            DType::F16 => sys::IGNIS_FLOAT16,
            DType::BF16 => sys::IGNIS_BFLOAT16,
            DType::F32 => sys::IGNIS_FLOAT32,
            DType::F64 => sys::IGNIS_FLOAT64,
        }
    }

    /// The DType of a C value; an error for a value this crate does not know.
    pub fn from_c(value: sys::ignis_dtype) -> Result<DType> {
        Ok(match value {
            sys::IGNIS_BOOL => DType::Bool,
            sys::IGNIS_UINT8 => DType::U8,
            sys::IGNIS_INT8 => DType::I8,
            sys::IGNIS_INT16 => DType::I16,
            sys::IGNIS_INT32 => DType::I32,
            sys::IGNIS_INT64 => DType::I64,
            sys::IGNIS_FLOAT16 => DType::F16,
            sys::IGNIS_BFLOAT16 => DType::BF16,
            sys::IGNIS_FLOAT32 => DType::F32,
            sys::IGNIS_FLOAT64 => DType::F64,
            other => {
                return Err(Error::new(
                    Status::DType,
                    format!("unknown dtype value {other} from the library"),
                ))
            }
        })
    }

    /// Bytes per element.
    pub fn itemsize(self) -> usize {
        // SAFETY: a pure function of a valid enum value.
        unsafe { sys::ignis_dtype_itemsize(self.to_c()) }
    }

    /// PyTorch's name ("float32").
    pub fn name(self) -> &'static str {
        // SAFETY: ignis_dtype_name returns static storage.
        unsafe { CStr::from_ptr(sys::ignis_dtype_name(self.to_c())) }.to_str().unwrap_or("invalid")
    }

    /// True for f16, bf16, f32 and f64.
    pub fn is_floating_point(self) -> bool {
        matches!(self, DType::F16 | DType::BF16 | DType::F32 | DType::F64)
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where a tensor lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Device {
    #[default]
    Cpu,
    /// A CUDA device by ordinal.
    Cuda(i32),
}

impl Device {
    /// The C value.
    pub fn to_c(self) -> sys::ignis_device {
        match self {
            Device::Cpu => sys::ignis_device { r#type: sys::IGNIS_CPU, index: 0 },
            Device::Cuda(index) => sys::ignis_device { r#type: sys::IGNIS_CUDA, index },
        }
    }

    /// The Device of a C value.
    pub fn from_c(d: sys::ignis_device) -> Result<Device> {
        match d.r#type {
            sys::IGNIS_CPU => Ok(Device::Cpu),
            sys::IGNIS_CUDA => Ok(Device::Cuda(d.index)),
            other => Err(Error::new(Status::Device, format!("unknown device type {other}"))),
        }
    }
}

impl fmt::Display for Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Device::Cpu => f.write_str("cpu"),
            Device::Cuda(i) => write!(f, "cuda:{i}"),
        }
    }
}

mod sealed {
    pub trait Sealed {}
}

/// A Rust type that is the element type of some [`DType`]: `bool`, `u8`, `i8`, `i16`, `i32`,
/// `i64`, `f32`, `f64` (f16 and bf16 have no Rust type; convert with `to_dtype` first).
pub trait Element: Copy + Default + Send + Sync + 'static + sealed::Sealed {
    /// The DType of this Rust type.
    const DTYPE: DType;
}

/// An [`Element`] whose every bit pattern is a valid value, so engine memory may be viewed as
/// it (`as_slice`). Not `bool`: the engine's bytes are not promised to be 0 or 1.
pub trait PlainElement: Element {}

macro_rules! element {
    ($t:ty, $d:ident, $plain:tt) => {
        impl sealed::Sealed for $t {}
        impl Element for $t {
            const DTYPE: DType = DType::$d;
        }
        element!(@plain $t, $plain);
    };
    (@plain $t:ty, yes) => {
        impl PlainElement for $t {}
    };
    (@plain $t:ty, no) => {};
}
element!(bool, Bool, no);
element!(u8, U8, yes);
element!(i8, I8, yes);
element!(i16, I16, yes);
element!(i32, I32, yes);
element!(i64, I64, yes);
element!(f32, F32, yes);
element!(f64, F64, yes);
