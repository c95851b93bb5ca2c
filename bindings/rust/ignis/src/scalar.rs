//! Scalars passed to ops (alpha, fill values, exponents) and C strings.
use std::ffi::CString;

use crate::error::{Error, Result, Status};
use crate::sys;

/// A number for an op argument: a bool, an integer or a float (`ignis_scalar`). Integers and
/// floats keep PyTorch's meaning: `x + 1` keeps an integer tensor integral, `x + 1.5` does not.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    Bool(bool),
    Int(i64),
    Float(f64),
}

impl Scalar {
    /// The C value.
    pub fn to_c(self) -> sys::ignis_scalar {
        let (kind, value) = match self {
            Scalar::Bool(b) => {
                (sys::IGNIS_SCALAR_BOOL, sys::ignis_scalar__value { i: i64::from(b) })
            }
            Scalar::Int(i) => (sys::IGNIS_SCALAR_INT, sys::ignis_scalar__value { i }),
            Scalar::Float(f) => (sys::IGNIS_SCALAR_FLOAT, sys::ignis_scalar__value { f }),
        };
        sys::ignis_scalar { kind, reserved: 0, value }
    }
}

macro_rules! scalar_from {
    ($($t:ty => $v:ident as $as:ty),*) => {$(
        impl From<$t> for Scalar {
            fn from(v: $t) -> Scalar {
                Scalar::$v(v as $as)
            }
        }
    )*};
}
scalar_from!(i64 => Int as i64, i32 => Int as i64, i16 => Int as i64, i8 => Int as i64,
             u8 => Int as i64, u32 => Int as i64, f64 => Float as f64, f32 => Float as f64);

impl From<bool> for Scalar {
    fn from(v: bool) -> Scalar {
        Scalar::Bool(v)
    }
}

/// A C string of s; an invalid-argument error when s holds a NUL byte.
pub(crate) fn c_string(s: &str) -> Result<CString> {
    CString::new(s).map_err(|_| {
        Error::new(Status::InvalidArgument, format!("string argument {s:?} contains a NUL byte"))
    })
}
