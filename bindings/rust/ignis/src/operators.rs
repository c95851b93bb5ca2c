//! `std::ops` arithmetic on tensors and scalars, like PyTorch's operators.
//!
//! Operator traits cannot return `Result`, so, as in tch-rs, these panic with the engine's
//! message when the op fails (shapes that do not broadcast, a dtype the op does not take). Code
//! that must not panic calls the methods they stand for, which return `Result`:
//! `a + b` is `a.add_tensor(&b)`, `a * 2.0` is `a.mul_scalar(2.0)`, `-a` is `a.neg()`,
//! `a += &b` is `a.add_tensor_(&b)`. Scalars are `f64` or `i64` (one impl each, so a bare
//! literal such as `2.0` or `1` needs no annotation).
use std::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Sub, SubAssign};

use crate::error::Result;
use crate::scalar::Scalar;
use crate::tensor::Tensor;
use crate::DType;

#[track_caller]
fn ok<T>(r: Result<T>, what: &str) -> T {
    r.unwrap_or_else(|e| panic!("{what} failed: {e}"))
}

/// A 0-dim tensor of a scalar, for `scalar - tensor` and `scalar / tensor`: PyTorch's promotion
/// gives a 0-dim operand the same (lower) priority it gives a Python number.
fn scalar_tensor(s: Scalar) -> Result<Tensor> {
    match s {
        Scalar::Bool(b) => Tensor::full(&[], b, DType::Bool),
        Scalar::Int(i) => Tensor::full(&[], i, DType::I64),
        Scalar::Float(f) => Tensor::full(&[], f, DType::F64),
    }
}

macro_rules! binary_tensor {
    ($trait:ident, $method:ident, $op:ident, $sym:literal) => {
        impl $trait<&Tensor> for &Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: &Tensor) -> Tensor {
                ok(self.$op(rhs), concat!("tensor ", $sym, " tensor"))
            }
        }
        impl $trait<Tensor> for &Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: Tensor) -> Tensor {
                ok(self.$op(&rhs), concat!("tensor ", $sym, " tensor"))
            }
        }
        impl $trait<&Tensor> for Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: &Tensor) -> Tensor {
                ok(self.$op(rhs), concat!("tensor ", $sym, " tensor"))
            }
        }
        impl $trait<Tensor> for Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: Tensor) -> Tensor {
                ok(self.$op(&rhs), concat!("tensor ", $sym, " tensor"))
            }
        }
    };
}
binary_tensor!(Add, add, add_tensor, "+");
binary_tensor!(Sub, sub, sub_tensor, "-");
binary_tensor!(Mul, mul, mul_tensor, "*");
binary_tensor!(Div, div, div_tensor, "/");

macro_rules! binary_scalar {
    ($trait:ident, $method:ident, $op:ident, $sym:literal, $rev:expr, [$($t:ty),*]) => {$(
        impl $trait<$t> for &Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: $t) -> Tensor {
                ok(self.$op(rhs), concat!("tensor ", $sym, " scalar"))
            }
        }
        impl $trait<$t> for Tensor {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: $t) -> Tensor {
                ok(self.$op(rhs), concat!("tensor ", $sym, " scalar"))
            }
        }
        impl $trait<&Tensor> for $t {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: &Tensor) -> Tensor {
                let rev: fn(Scalar, &Tensor) -> Result<Tensor> = $rev;
                ok(rev(Scalar::from(self), rhs), concat!("scalar ", $sym, " tensor"))
            }
        }
        impl $trait<Tensor> for $t {
            type Output = Tensor;
            #[track_caller]
            fn $method(self, rhs: Tensor) -> Tensor {
                let rev: fn(Scalar, &Tensor) -> Result<Tensor> = $rev;
                ok(rev(Scalar::from(self), &rhs), concat!("scalar ", $sym, " tensor"))
            }
        }
    )*};
}
binary_scalar!(Add, add, add_scalar, "+", |s, t| t.add_scalar(s), [f64, i64]);
binary_scalar!(Sub, sub, sub_scalar, "-", |s, t| scalar_tensor(s)?.sub_tensor(t), [f64, i64]);
binary_scalar!(Mul, mul, mul_scalar, "*", |s, t| t.mul_scalar(s), [f64, i64]);
binary_scalar!(Div, div, div_scalar, "/", |s, t| scalar_tensor(s)?.div_tensor(t), [f64, i64]);

impl Neg for &Tensor {
    type Output = Tensor;
    #[track_caller]
    fn neg(self) -> Tensor {
        ok(Tensor::neg(self), "-tensor")
    }
}

impl Neg for Tensor {
    type Output = Tensor;
    #[track_caller]
    fn neg(self) -> Tensor {
        ok(Tensor::neg(&self), "-tensor")
    }
}

macro_rules! assign {
    ($trait:ident, $method:ident, $op_t:ident, $op_s:ident, $sym:literal, [$($t:ty),*]) => {
        impl $trait<&Tensor> for Tensor {
            #[track_caller]
            fn $method(&mut self, rhs: &Tensor) {
                ok(self.$op_t(rhs), concat!("tensor ", $sym, " tensor"))
            }
        }
        impl $trait<Tensor> for Tensor {
            #[track_caller]
            fn $method(&mut self, rhs: Tensor) {
                ok(self.$op_t(&rhs), concat!("tensor ", $sym, " tensor"))
            }
        }
        $(
        impl $trait<$t> for Tensor {
            #[track_caller]
            fn $method(&mut self, rhs: $t) {
                ok(self.$op_s(rhs), concat!("tensor ", $sym, " scalar"))
            }
        }
        )*
    };
}
assign!(AddAssign, add_assign, add_tensor_, add_scalar_, "+=", [f64, i64]);
assign!(SubAssign, sub_assign, sub_tensor_, sub_scalar_, "-=", [f64, i64]);
assign!(MulAssign, mul_assign, mul_tensor_, mul_scalar_, "*=", [f64, i64]);
assign!(DivAssign, div_assign, div_tensor_, div_scalar_, "/=", [f64, i64]);
