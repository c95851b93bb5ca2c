// generated from codegen/ops.yaml by codegen/gen.py - do not edit
// One safe method (or associated function) on Tensor per schema op; see
// codegen/gen_rust.py for the naming and type mapping, docs/rust.md for the guide.
#![allow(clippy::too_many_arguments, clippy::type_complexity)]
// The schema's docs are prose ("repeats[i]"), not rustdoc links.
#![allow(rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags)]

use std::borrow::Borrow;
use std::ptr;

use crate::error::{check, Result};
use crate::scalar::c_string;
use crate::{sys, DType, Scalar, Tensor};

// SAFETY (every unsafe block below): the pointers passed are live handles borrowed
// for the call, or locals that outlive it; the C API checks every argument.
impl Tensor {
    /// Negative of each element (-x).
    pub fn neg(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_neg(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Negative of each element (-x).
    pub fn neg_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_neg_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Negative of each element (-x).
    pub fn neg_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_neg_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Absolute value of each element.
    pub fn abs(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_abs(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Absolute value of each element.
    pub fn abs_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_abs_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Absolute value of each element.
    pub fn abs_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_abs_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Sign of each element: -1, 0 or 1 (0 for NaN).
    pub fn sign(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_sign(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Sign of each element: -1, 0 or 1 (0 for NaN).
    pub fn sign_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_sign_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Sign of each element: -1, 0 or 1 (0 for NaN).
    pub fn sign_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_sign_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// e raised to each element; integer inputs give the default float dtype.
    pub fn exp(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_exp(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// e raised to each element; integer inputs give the default float dtype.
    pub fn exp_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_exp_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// e raised to each element; integer inputs give the default float dtype.
    pub fn exp_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_exp_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// 2 raised to each element.
    pub fn exp2(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_exp2(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// 2 raised to each element.
    pub fn exp2_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_exp2_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// 2 raised to each element.
    pub fn exp2_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_exp2_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// exp(x) - 1, accurate near zero.
    pub fn expm1(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_expm1(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// exp(x) - 1, accurate near zero.
    pub fn expm1_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_expm1_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// exp(x) - 1, accurate near zero.
    pub fn expm1_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_expm1_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Natural logarithm of each element.
    pub fn log(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_log(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Natural logarithm of each element.
    pub fn log_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_log_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Natural logarithm of each element.
    pub fn log_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_log_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Base-2 logarithm of each element.
    pub fn log2(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_log2(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Base-2 logarithm of each element.
    pub fn log2_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_log2_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Base-2 logarithm of each element.
    pub fn log2_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_log2_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Base-10 logarithm of each element.
    pub fn log10(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_log10(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Base-10 logarithm of each element.
    pub fn log10_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_log10_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Base-10 logarithm of each element.
    pub fn log10_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_log10_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// log(1 + x), accurate near zero.
    pub fn log1p(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_log1p(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// log(1 + x), accurate near zero.
    pub fn log1p_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_log1p_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// log(1 + x), accurate near zero.
    pub fn log1p_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_log1p_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Square root of each element.
    pub fn sqrt(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_sqrt(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Square root of each element.
    pub fn sqrt_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_sqrt_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Square root of each element.
    pub fn sqrt_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_sqrt_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Reciprocal square root 1 / sqrt(x).
    pub fn rsqrt(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_rsqrt(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Reciprocal square root 1 / sqrt(x).
    pub fn rsqrt_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_rsqrt_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Reciprocal square root 1 / sqrt(x).
    pub fn rsqrt_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_rsqrt_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Reciprocal 1 / x.
    pub fn reciprocal(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_reciprocal(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Reciprocal 1 / x.
    pub fn reciprocal_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_reciprocal_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Reciprocal 1 / x.
    pub fn reciprocal_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_reciprocal_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Sine of each element (radians).
    pub fn sin(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_sin(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Sine of each element (radians).
    pub fn sin_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_sin_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Sine of each element (radians).
    pub fn sin_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_sin_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Cosine of each element (radians).
    pub fn cos(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_cos(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Cosine of each element (radians).
    pub fn cos_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_cos_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Cosine of each element (radians).
    pub fn cos_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_cos_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Tangent of each element (radians).
    pub fn tan(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_tan(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Tangent of each element (radians).
    pub fn tan_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_tan_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Tangent of each element (radians).
    pub fn tan_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_tan_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Arcsine of each element.
    pub fn asin(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_asin(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Arcsine of each element.
    pub fn asin_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_asin_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Arcsine of each element.
    pub fn asin_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_asin_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Arccosine of each element.
    pub fn acos(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_acos(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Arccosine of each element.
    pub fn acos_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_acos_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Arccosine of each element.
    pub fn acos_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_acos_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Arctangent of each element.
    pub fn atan(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_atan(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Arctangent of each element.
    pub fn atan_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_atan_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Arctangent of each element.
    pub fn atan_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_atan_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Hyperbolic sine of each element.
    pub fn sinh(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_sinh(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Hyperbolic sine of each element.
    pub fn sinh_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_sinh_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Hyperbolic sine of each element.
    pub fn sinh_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_sinh_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Hyperbolic cosine of each element.
    pub fn cosh(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_cosh(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Hyperbolic cosine of each element.
    pub fn cosh_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_cosh_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Hyperbolic cosine of each element.
    pub fn cosh_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_cosh_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Hyperbolic tangent of each element.
    pub fn tanh(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_tanh(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Hyperbolic tangent of each element.
    pub fn tanh_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_tanh_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Hyperbolic tangent of each element.
    pub fn tanh_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_tanh_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Logistic sigmoid 1 / (1 + exp(-x)).
    pub fn sigmoid(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_sigmoid(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Logistic sigmoid 1 / (1 + exp(-x)).
    pub fn sigmoid_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_sigmoid_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Logistic sigmoid 1 / (1 + exp(-x)).
    pub fn sigmoid_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_sigmoid_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// log(sigmoid(x)), computed without overflow.
    pub fn logsigmoid(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_logsigmoid(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// log(sigmoid(x)), computed without overflow.
    pub fn logsigmoid_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_logsigmoid_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Rectified linear unit max(x, 0).
    pub fn relu(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_relu(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Rectified linear unit max(x, 0).
    pub fn relu_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_relu_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// min(max(x, 0), 6).
    pub fn relu6(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_relu6(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// min(max(x, 0), 6).
    pub fn relu6_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_relu6_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// x where x > 0, else negative_slope * x.
    ///
    /// Defaults: negative_slope = 0.01 (all explicit: `leaky_relu_with`).
    pub fn leaky_relu(&self) -> Result<Tensor> {
        self.leaky_relu_with(Scalar::Float(0.01))
    }

    /// x where x > 0, else negative_slope * x.
    pub fn leaky_relu_with(&self, negative_slope: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_leaky_relu(self.as_ptr(), negative_slope.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// x where x > 0, else negative_slope * x.
    ///
    /// Defaults: negative_slope = 0.01 (all explicit: `leaky_relu_with_`).
    pub fn leaky_relu_(&mut self) -> Result<()> {
        self.leaky_relu_with_(Scalar::Float(0.01))
    }

    /// x where x > 0, else negative_slope * x.
    pub fn leaky_relu_with_(&mut self, negative_slope: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_leaky_relu_inplace(self.as_mut_ptr(), negative_slope.into().to_c()) })?;
        Ok(())
    }

    /// x where x > 0, else negative_slope * x.
    ///
    /// Defaults: negative_slope = 0.01 (all explicit: `leaky_relu_with_out`).
    pub fn leaky_relu_out(&self, out: &mut Tensor) -> Result<()> {
        self.leaky_relu_with_out(out, Scalar::Float(0.01))
    }

    /// x where x > 0, else negative_slope * x.
    pub fn leaky_relu_with_out(&self, out: &mut Tensor, negative_slope: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_leaky_relu_out(out.as_mut_ptr(), self.as_ptr(), negative_slope.into().to_c()) })?;
        Ok(())
    }

    /// scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1).
    ///
    /// Defaults: alpha = 1, scale = 1, input_scale = 1 (all explicit: `elu_with`).
    pub fn elu(&self) -> Result<Tensor> {
        self.elu_with(Scalar::Int(1), Scalar::Int(1), Scalar::Int(1))
    }

    /// scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1).
    pub fn elu_with(&self, alpha: impl Into<Scalar>, scale: impl Into<Scalar>, input_scale: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_elu(self.as_ptr(), alpha.into().to_c(), scale.into().to_c(), input_scale.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1).
    ///
    /// Defaults: alpha = 1, scale = 1, input_scale = 1 (all explicit: `elu_with_`).
    pub fn elu_(&mut self) -> Result<()> {
        self.elu_with_(Scalar::Int(1), Scalar::Int(1), Scalar::Int(1))
    }

    /// scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1).
    pub fn elu_with_(&mut self, alpha: impl Into<Scalar>, scale: impl Into<Scalar>, input_scale: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_elu_inplace(self.as_mut_ptr(), alpha.into().to_c(), scale.into().to_c(), input_scale.into().to_c()) })?;
        Ok(())
    }

    /// scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1).
    ///
    /// Defaults: alpha = 1, scale = 1, input_scale = 1 (all explicit: `elu_with_out`).
    pub fn elu_out(&self, out: &mut Tensor) -> Result<()> {
        self.elu_with_out(out, Scalar::Int(1), Scalar::Int(1), Scalar::Int(1))
    }

    /// scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1).
    pub fn elu_with_out(&self, out: &mut Tensor, alpha: impl Into<Scalar>, scale: impl Into<Scalar>, input_scale: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_elu_out(out.as_mut_ptr(), self.as_ptr(), alpha.into().to_c(), scale.into().to_c(), input_scale.into().to_c()) })?;
        Ok(())
    }

    /// Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507.
    pub fn selu(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_selu(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507.
    pub fn selu_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_selu_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula.
    ///
    /// Defaults: approximate = "none" (all explicit: `gelu_with`).
    pub fn gelu(&self) -> Result<Tensor> {
        self.gelu_with("none")
    }

    /// Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula.
    pub fn gelu_with(&self, approximate: &str) -> Result<Tensor> {
        let c_approximate = c_string(approximate)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_gelu(self.as_ptr(), c_approximate.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula.
    ///
    /// Defaults: approximate = "none" (all explicit: `gelu_with_`).
    pub fn gelu_(&mut self) -> Result<()> {
        self.gelu_with_("none")
    }

    /// Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula.
    pub fn gelu_with_(&mut self, approximate: &str) -> Result<()> {
        let c_approximate = c_string(approximate)?;
        check(unsafe { sys::ignis_gelu_inplace(self.as_mut_ptr(), c_approximate.as_ptr()) })?;
        Ok(())
    }

    /// Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula.
    ///
    /// Defaults: approximate = "none" (all explicit: `gelu_with_out`).
    pub fn gelu_out(&self, out: &mut Tensor) -> Result<()> {
        self.gelu_with_out(out, "none")
    }

    /// Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula.
    pub fn gelu_with_out(&self, out: &mut Tensor, approximate: &str) -> Result<()> {
        let c_approximate = c_string(approximate)?;
        check(unsafe { sys::ignis_gelu_out(out.as_mut_ptr(), self.as_ptr(), c_approximate.as_ptr()) })?;
        Ok(())
    }

    /// x * sigmoid(x) (swish).
    pub fn silu(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_silu(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// x * sigmoid(x) (swish).
    pub fn silu_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_silu_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// x * sigmoid(x) (swish).
    pub fn silu_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_silu_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// x * tanh(softplus(x)).
    pub fn mish(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_mish(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// x * tanh(softplus(x)).
    pub fn mish_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_mish_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// x * tanh(softplus(x)).
    pub fn mish_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_mish_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// log(1 + exp(beta * x)) / beta, or x where beta * x > threshold.
    ///
    /// Defaults: beta = 1, threshold = 20 (all explicit: `softplus_with`).
    pub fn softplus(&self) -> Result<Tensor> {
        self.softplus_with(Scalar::Int(1), Scalar::Int(20))
    }

    /// log(1 + exp(beta * x)) / beta, or x where beta * x > threshold.
    pub fn softplus_with(&self, beta: impl Into<Scalar>, threshold: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_softplus(self.as_ptr(), beta.into().to_c(), threshold.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// log(1 + exp(beta * x)) / beta, or x where beta * x > threshold.
    ///
    /// Defaults: beta = 1, threshold = 20 (all explicit: `softplus_with_out`).
    pub fn softplus_out(&self, out: &mut Tensor) -> Result<()> {
        self.softplus_with_out(out, Scalar::Int(1), Scalar::Int(20))
    }

    /// log(1 + exp(beta * x)) / beta, or x where beta * x > threshold.
    pub fn softplus_with_out(&self, out: &mut Tensor, beta: impl Into<Scalar>, threshold: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_softplus_out(out.as_mut_ptr(), self.as_ptr(), beta.into().to_c(), threshold.into().to_c()) })?;
        Ok(())
    }

    /// x * relu6(x + 3) / 6.
    pub fn hardswish(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_hardswish(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// x * relu6(x + 3) / 6.
    pub fn hardswish_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_hardswish_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// x * relu6(x + 3) / 6.
    pub fn hardswish_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_hardswish_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// relu6(x + 3) / 6.
    pub fn hardsigmoid(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_hardsigmoid(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// relu6(x + 3) / 6.
    pub fn hardsigmoid_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_hardsigmoid_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// relu6(x + 3) / 6.
    pub fn hardsigmoid_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_hardsigmoid_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Gauss error function of each element.
    pub fn erf(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_erf(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Gauss error function of each element.
    pub fn erf_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_erf_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Gauss error function of each element.
    pub fn erf_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_erf_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Inverse of the error function on (-1, 1).
    pub fn erfinv(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_erfinv(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Inverse of the error function on (-1, 1).
    pub fn erfinv_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_erfinv_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Inverse of the error function on (-1, 1).
    pub fn erfinv_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_erfinv_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Largest integer not above each element (integers unchanged).
    pub fn floor(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_floor(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Largest integer not above each element (integers unchanged).
    pub fn floor_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_floor_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Largest integer not above each element (integers unchanged).
    pub fn floor_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_floor_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Smallest integer not below each element (integers unchanged).
    pub fn ceil(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_ceil(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Smallest integer not below each element (integers unchanged).
    pub fn ceil_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_ceil_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Smallest integer not below each element (integers unchanged).
    pub fn ceil_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_ceil_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Nearest integer to each element, ties to even (integers unchanged).
    pub fn round(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_round(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Nearest integer to each element, ties to even (integers unchanged).
    pub fn round_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_round_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Nearest integer to each element, ties to even (integers unchanged).
    pub fn round_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_round_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even.
    pub fn round_decimals(&self, decimals: i64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_round_decimals(self.as_ptr(), decimals, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even.
    pub fn round_decimals_(&mut self, decimals: i64) -> Result<()> {
        check(unsafe { sys::ignis_round_decimals_inplace(self.as_mut_ptr(), decimals) })?;
        Ok(())
    }

    /// Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even.
    pub fn round_decimals_out(&self, out: &mut Tensor, decimals: i64) -> Result<()> {
        check(unsafe { sys::ignis_round_decimals_out(out.as_mut_ptr(), self.as_ptr(), decimals) })?;
        Ok(())
    }

    /// Each element rounded toward zero (integers unchanged).
    pub fn trunc(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_trunc(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Each element rounded toward zero (integers unchanged).
    pub fn trunc_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_trunc_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Each element rounded toward zero (integers unchanged).
    pub fn trunc_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_trunc_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Fractional part x - trunc(x).
    pub fn frac(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_frac(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Fractional part x - trunc(x).
    pub fn frac_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_frac_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Fractional part x - trunc(x).
    pub fn frac_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_frac_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// True where the element is NaN.
    pub fn isnan(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_isnan(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// True where the element is +inf or -inf.
    pub fn isinf(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_isinf(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// True where the element is neither NaN nor infinite.
    pub fn isfinite(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_isfinite(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).
    ///
    /// Defaults: nan = None, posinf = None, neginf = None (all explicit: `nan_to_num_with`).
    pub fn nan_to_num(&self) -> Result<Tensor> {
        self.nan_to_num_with(None, None, None)
    }

    /// Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).
    pub fn nan_to_num_with(&self, nan: Option<f64>, posinf: Option<f64>, neginf: Option<f64>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_nan_to_num(self.as_ptr(), nan.as_ref().map_or(ptr::null(), |v| v as *const _), posinf.as_ref().map_or(ptr::null(), |v| v as *const _), neginf.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).
    ///
    /// Defaults: nan = None, posinf = None, neginf = None (all explicit: `nan_to_num_with_`).
    pub fn nan_to_num_(&mut self) -> Result<()> {
        self.nan_to_num_with_(None, None, None)
    }

    /// Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).
    pub fn nan_to_num_with_(&mut self, nan: Option<f64>, posinf: Option<f64>, neginf: Option<f64>) -> Result<()> {
        check(unsafe { sys::ignis_nan_to_num_inplace(self.as_mut_ptr(), nan.as_ref().map_or(ptr::null(), |v| v as *const _), posinf.as_ref().map_or(ptr::null(), |v| v as *const _), neginf.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).
    ///
    /// Defaults: nan = None, posinf = None, neginf = None (all explicit: `nan_to_num_with_out`).
    pub fn nan_to_num_out(&self, out: &mut Tensor) -> Result<()> {
        self.nan_to_num_with_out(out, None, None, None)
    }

    /// Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value).
    pub fn nan_to_num_with_out(&self, out: &mut Tensor, nan: Option<f64>, posinf: Option<f64>, neginf: Option<f64>) -> Result<()> {
        check(unsafe { sys::ignis_nan_to_num_out(out.as_mut_ptr(), self.as_ptr(), nan.as_ref().map_or(ptr::null(), |v| v as *const _), posinf.as_ref().map_or(ptr::null(), |v| v as *const _), neginf.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// True where the element is zero (bool result).
    pub fn logical_not(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_logical_not(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// True where the element is zero (bool result).
    pub fn logical_not_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_logical_not_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// True where the element is zero (bool result).
    pub fn logical_not_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_logical_not_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Bitwise NOT of integer elements (logical NOT for bool).
    pub fn bitwise_not(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_bitwise_not(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Bitwise NOT of integer elements (logical NOT for bool).
    pub fn bitwise_not_(&mut self) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_not_inplace(self.as_mut_ptr()) })?;
        Ok(())
    }

    /// Bitwise NOT of integer elements (logical NOT for bool).
    pub fn bitwise_not_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_not_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// self + alpha * other, broadcasting, with PyTorch type promotion.
    ///
    /// Defaults: alpha = 1 (all explicit: `add_tensor_with`).
    pub fn add_tensor(&self, other: &Tensor) -> Result<Tensor> {
        self.add_tensor_with(other, Scalar::Int(1))
    }

    /// self + alpha * other, broadcasting, with PyTorch type promotion.
    pub fn add_tensor_with(&self, other: &Tensor, alpha: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_add_tensor(self.as_ptr(), other.as_ptr(), alpha.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self + alpha * other, broadcasting, with PyTorch type promotion.
    ///
    /// Defaults: alpha = 1 (all explicit: `add_tensor_with_`).
    pub fn add_tensor_(&mut self, other: &Tensor) -> Result<()> {
        self.add_tensor_with_(other, Scalar::Int(1))
    }

    /// self + alpha * other, broadcasting, with PyTorch type promotion.
    pub fn add_tensor_with_(&mut self, other: &Tensor, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_add_tensor_inplace(self.as_mut_ptr(), other.as_ptr(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// self + alpha * other, broadcasting, with PyTorch type promotion.
    ///
    /// Defaults: alpha = 1 (all explicit: `add_tensor_with_out`).
    pub fn add_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        self.add_tensor_with_out(out, other, Scalar::Int(1))
    }

    /// self + alpha * other, broadcasting, with PyTorch type promotion.
    pub fn add_tensor_with_out(&self, out: &mut Tensor, other: &Tensor, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_add_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// self + alpha * other for a Scalar other.
    ///
    /// Defaults: alpha = 1 (all explicit: `add_scalar_with`).
    pub fn add_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        self.add_scalar_with(other, Scalar::Int(1))
    }

    /// self + alpha * other for a Scalar other.
    pub fn add_scalar_with(&self, other: impl Into<Scalar>, alpha: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_add_scalar(self.as_ptr(), other.into().to_c(), alpha.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self + alpha * other for a Scalar other.
    ///
    /// Defaults: alpha = 1 (all explicit: `add_scalar_with_`).
    pub fn add_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        self.add_scalar_with_(other, Scalar::Int(1))
    }

    /// self + alpha * other for a Scalar other.
    pub fn add_scalar_with_(&mut self, other: impl Into<Scalar>, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_add_scalar_inplace(self.as_mut_ptr(), other.into().to_c(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// self + alpha * other for a Scalar other.
    ///
    /// Defaults: alpha = 1 (all explicit: `add_scalar_with_out`).
    pub fn add_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        self.add_scalar_with_out(out, other, Scalar::Int(1))
    }

    /// self + alpha * other for a Scalar other.
    pub fn add_scalar_with_out(&self, out: &mut Tensor, other: impl Into<Scalar>, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_add_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// self - alpha * other, broadcasting (not for bool tensors).
    ///
    /// Defaults: alpha = 1 (all explicit: `sub_tensor_with`).
    pub fn sub_tensor(&self, other: &Tensor) -> Result<Tensor> {
        self.sub_tensor_with(other, Scalar::Int(1))
    }

    /// self - alpha * other, broadcasting (not for bool tensors).
    pub fn sub_tensor_with(&self, other: &Tensor, alpha: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_sub_tensor(self.as_ptr(), other.as_ptr(), alpha.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self - alpha * other, broadcasting (not for bool tensors).
    ///
    /// Defaults: alpha = 1 (all explicit: `sub_tensor_with_`).
    pub fn sub_tensor_(&mut self, other: &Tensor) -> Result<()> {
        self.sub_tensor_with_(other, Scalar::Int(1))
    }

    /// self - alpha * other, broadcasting (not for bool tensors).
    pub fn sub_tensor_with_(&mut self, other: &Tensor, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_sub_tensor_inplace(self.as_mut_ptr(), other.as_ptr(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// self - alpha * other, broadcasting (not for bool tensors).
    ///
    /// Defaults: alpha = 1 (all explicit: `sub_tensor_with_out`).
    pub fn sub_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        self.sub_tensor_with_out(out, other, Scalar::Int(1))
    }

    /// self - alpha * other, broadcasting (not for bool tensors).
    pub fn sub_tensor_with_out(&self, out: &mut Tensor, other: &Tensor, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_sub_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// self - alpha * other for a Scalar other.
    ///
    /// Defaults: alpha = 1 (all explicit: `sub_scalar_with`).
    pub fn sub_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        self.sub_scalar_with(other, Scalar::Int(1))
    }

    /// self - alpha * other for a Scalar other.
    pub fn sub_scalar_with(&self, other: impl Into<Scalar>, alpha: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_sub_scalar(self.as_ptr(), other.into().to_c(), alpha.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self - alpha * other for a Scalar other.
    ///
    /// Defaults: alpha = 1 (all explicit: `sub_scalar_with_`).
    pub fn sub_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        self.sub_scalar_with_(other, Scalar::Int(1))
    }

    /// self - alpha * other for a Scalar other.
    pub fn sub_scalar_with_(&mut self, other: impl Into<Scalar>, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_sub_scalar_inplace(self.as_mut_ptr(), other.into().to_c(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// self - alpha * other for a Scalar other.
    ///
    /// Defaults: alpha = 1 (all explicit: `sub_scalar_with_out`).
    pub fn sub_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        self.sub_scalar_with_out(out, other, Scalar::Int(1))
    }

    /// self - alpha * other for a Scalar other.
    pub fn sub_scalar_with_out(&self, out: &mut Tensor, other: impl Into<Scalar>, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_sub_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// Elementwise product, broadcasting.
    pub fn mul_tensor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_mul_tensor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Elementwise product, broadcasting.
    pub fn mul_tensor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_mul_tensor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Elementwise product, broadcasting.
    pub fn mul_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_mul_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Each element times a Scalar.
    pub fn mul_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_mul_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Each element times a Scalar.
    pub fn mul_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_mul_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// Each element times a Scalar.
    pub fn mul_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_mul_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// True division; integer inputs give the default float dtype.
    pub fn div_tensor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_div_tensor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// True division; integer inputs give the default float dtype.
    pub fn div_tensor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_div_tensor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// True division; integer inputs give the default float dtype.
    pub fn div_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_div_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// True division by a Scalar.
    pub fn div_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_div_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// True division by a Scalar.
    pub fn div_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_div_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// True division by a Scalar.
    pub fn div_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_div_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// Division rounded by rounding_mode: None (true division), "trunc" or "floor".
    pub fn div_tensor_mode(&self, other: &Tensor, rounding_mode: Option<&str>) -> Result<Tensor> {
        let c_rounding_mode = rounding_mode.map(c_string).transpose()?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_div_tensor_mode(self.as_ptr(), other.as_ptr(), c_rounding_mode.as_ref().map_or(ptr::null(), |s| s.as_ptr()), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Division rounded by rounding_mode: None (true division), "trunc" or "floor".
    pub fn div_tensor_mode_(&mut self, other: &Tensor, rounding_mode: Option<&str>) -> Result<()> {
        let c_rounding_mode = rounding_mode.map(c_string).transpose()?;
        check(unsafe { sys::ignis_div_tensor_mode_inplace(self.as_mut_ptr(), other.as_ptr(), c_rounding_mode.as_ref().map_or(ptr::null(), |s| s.as_ptr())) })?;
        Ok(())
    }

    /// Division rounded by rounding_mode: None (true division), "trunc" or "floor".
    pub fn div_tensor_mode_out(&self, out: &mut Tensor, other: &Tensor, rounding_mode: Option<&str>) -> Result<()> {
        let c_rounding_mode = rounding_mode.map(c_string).transpose()?;
        check(unsafe { sys::ignis_div_tensor_mode_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr(), c_rounding_mode.as_ref().map_or(ptr::null(), |s| s.as_ptr())) })?;
        Ok(())
    }

    /// Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor".
    pub fn div_scalar_mode(&self, other: impl Into<Scalar>, rounding_mode: Option<&str>) -> Result<Tensor> {
        let c_rounding_mode = rounding_mode.map(c_string).transpose()?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_div_scalar_mode(self.as_ptr(), other.into().to_c(), c_rounding_mode.as_ref().map_or(ptr::null(), |s| s.as_ptr()), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor".
    pub fn div_scalar_mode_(&mut self, other: impl Into<Scalar>, rounding_mode: Option<&str>) -> Result<()> {
        let c_rounding_mode = rounding_mode.map(c_string).transpose()?;
        check(unsafe { sys::ignis_div_scalar_mode_inplace(self.as_mut_ptr(), other.into().to_c(), c_rounding_mode.as_ref().map_or(ptr::null(), |s| s.as_ptr())) })?;
        Ok(())
    }

    /// Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor".
    pub fn div_scalar_mode_out(&self, out: &mut Tensor, other: impl Into<Scalar>, rounding_mode: Option<&str>) -> Result<()> {
        let c_rounding_mode = rounding_mode.map(c_string).transpose()?;
        check(unsafe { sys::ignis_div_scalar_mode_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c(), c_rounding_mode.as_ref().map_or(ptr::null(), |s| s.as_ptr())) })?;
        Ok(())
    }

    /// Division rounded toward negative infinity (Python //).
    pub fn floor_divide(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_floor_divide(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Division rounded toward negative infinity (Python //).
    pub fn floor_divide_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_floor_divide_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Division rounded toward negative infinity (Python //).
    pub fn floor_divide_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_floor_divide_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Floor division by a Scalar.
    pub fn floor_divide_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_floor_divide_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Floor division by a Scalar.
    pub fn floor_divide_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_floor_divide_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// Floor division by a Scalar.
    pub fn floor_divide_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_floor_divide_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// Python-style modulus: the result has the sign of the divisor.
    pub fn remainder_tensor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_remainder_tensor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Python-style modulus: the result has the sign of the divisor.
    pub fn remainder_tensor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_remainder_tensor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Python-style modulus: the result has the sign of the divisor.
    pub fn remainder_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_remainder_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Python-style modulus by a Scalar.
    pub fn remainder_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_remainder_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Python-style modulus by a Scalar.
    pub fn remainder_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_remainder_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// Python-style modulus by a Scalar.
    pub fn remainder_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_remainder_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// Python-style modulus of a Scalar by each element.
    pub fn remainder_scalar_tensor(self_: impl Into<Scalar>, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_remainder_scalar_tensor(self_.into().to_c(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Python-style modulus of a Scalar by each element.
    pub fn remainder_scalar_tensor_out(out: &mut Tensor, self_: impl Into<Scalar>, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_remainder_scalar_tensor_out(out.as_mut_ptr(), self_.into().to_c(), other.as_ptr()) })?;
        Ok(())
    }

    /// C-style modulus: the result has the sign of the dividend.
    pub fn fmod_tensor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_fmod_tensor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// C-style modulus: the result has the sign of the dividend.
    pub fn fmod_tensor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_fmod_tensor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// C-style modulus: the result has the sign of the dividend.
    pub fn fmod_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_fmod_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// C-style modulus by a Scalar.
    pub fn fmod_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_fmod_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// C-style modulus by a Scalar.
    pub fn fmod_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_fmod_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// C-style modulus by a Scalar.
    pub fn fmod_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_fmod_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// self raised to exponent elementwise.
    pub fn pow_tensor_tensor(&self, exponent: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_pow_tensor_tensor(self.as_ptr(), exponent.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self raised to exponent elementwise.
    pub fn pow_tensor_tensor_(&mut self, exponent: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_pow_tensor_tensor_inplace(self.as_mut_ptr(), exponent.as_ptr()) })?;
        Ok(())
    }

    /// self raised to exponent elementwise.
    pub fn pow_tensor_tensor_out(&self, out: &mut Tensor, exponent: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_pow_tensor_tensor_out(out.as_mut_ptr(), self.as_ptr(), exponent.as_ptr()) })?;
        Ok(())
    }

    /// Each element raised to a Scalar exponent.
    pub fn pow_tensor_scalar(&self, exponent: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_pow_tensor_scalar(self.as_ptr(), exponent.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Each element raised to a Scalar exponent.
    pub fn pow_tensor_scalar_(&mut self, exponent: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_pow_tensor_scalar_inplace(self.as_mut_ptr(), exponent.into().to_c()) })?;
        Ok(())
    }

    /// Each element raised to a Scalar exponent.
    pub fn pow_tensor_scalar_out(&self, out: &mut Tensor, exponent: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_pow_tensor_scalar_out(out.as_mut_ptr(), self.as_ptr(), exponent.into().to_c()) })?;
        Ok(())
    }

    /// A Scalar raised to each element of exponent.
    pub fn pow_scalar_self(self_: impl Into<Scalar>, exponent: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_pow_scalar_self(self_.into().to_c(), exponent.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// A Scalar raised to each element of exponent.
    pub fn pow_scalar_self_out(out: &mut Tensor, self_: impl Into<Scalar>, exponent: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_pow_scalar_self_out(out.as_mut_ptr(), self_.into().to_c(), exponent.as_ptr()) })?;
        Ok(())
    }

    /// Arctangent of self / other in the right quadrant; integers give the default float dtype.
    pub fn atan2(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_atan2(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Arctangent of self / other in the right quadrant; integers give the default float dtype.
    pub fn atan2_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_atan2_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Arctangent of self / other in the right quadrant; integers give the default float dtype.
    pub fn atan2_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_atan2_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Elementwise maximum; NaN if either is NaN.
    pub fn maximum(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_maximum(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Elementwise maximum; NaN if either is NaN.
    pub fn maximum_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_maximum_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Elementwise minimum; NaN if either is NaN.
    pub fn minimum(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_minimum(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Elementwise minimum; NaN if either is NaN.
    pub fn minimum_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_minimum_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// self == other elementwise (bool result).
    pub fn eq_tensor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_eq_tensor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self == other elementwise (bool result).
    pub fn eq_tensor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_eq_tensor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// self == other elementwise (bool result).
    pub fn eq_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_eq_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// self == a Scalar elementwise (bool result).
    pub fn eq_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_eq_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self == a Scalar elementwise (bool result).
    pub fn eq_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_eq_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// self == a Scalar elementwise (bool result).
    pub fn eq_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_eq_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// self != other elementwise (bool result).
    pub fn ne_tensor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_ne_tensor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self != other elementwise (bool result).
    pub fn ne_tensor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_ne_tensor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// self != other elementwise (bool result).
    pub fn ne_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_ne_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// self != a Scalar elementwise (bool result).
    pub fn ne_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_ne_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self != a Scalar elementwise (bool result).
    pub fn ne_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_ne_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// self != a Scalar elementwise (bool result).
    pub fn ne_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_ne_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// self < other elementwise (bool result).
    pub fn lt_tensor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_lt_tensor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self < other elementwise (bool result).
    pub fn lt_tensor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_lt_tensor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// self < other elementwise (bool result).
    pub fn lt_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_lt_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// self < a Scalar elementwise (bool result).
    pub fn lt_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_lt_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self < a Scalar elementwise (bool result).
    pub fn lt_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_lt_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// self < a Scalar elementwise (bool result).
    pub fn lt_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_lt_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// self <= other elementwise (bool result).
    pub fn le_tensor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_le_tensor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self <= other elementwise (bool result).
    pub fn le_tensor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_le_tensor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// self <= other elementwise (bool result).
    pub fn le_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_le_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// self <= a Scalar elementwise (bool result).
    pub fn le_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_le_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self <= a Scalar elementwise (bool result).
    pub fn le_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_le_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// self <= a Scalar elementwise (bool result).
    pub fn le_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_le_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// self > other elementwise (bool result).
    pub fn gt_tensor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_gt_tensor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self > other elementwise (bool result).
    pub fn gt_tensor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_gt_tensor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// self > other elementwise (bool result).
    pub fn gt_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_gt_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// self > a Scalar elementwise (bool result).
    pub fn gt_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_gt_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self > a Scalar elementwise (bool result).
    pub fn gt_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_gt_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// self > a Scalar elementwise (bool result).
    pub fn gt_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_gt_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// self >= other elementwise (bool result).
    pub fn ge_tensor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_ge_tensor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self >= other elementwise (bool result).
    pub fn ge_tensor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_ge_tensor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// self >= other elementwise (bool result).
    pub fn ge_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_ge_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// self >= a Scalar elementwise (bool result).
    pub fn ge_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_ge_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self >= a Scalar elementwise (bool result).
    pub fn ge_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_ge_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// self >= a Scalar elementwise (bool result).
    pub fn ge_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_ge_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// Elementwise AND of truth values (nonzero is true; bool result).
    pub fn logical_and(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_logical_and(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Elementwise AND of truth values (nonzero is true; bool result).
    pub fn logical_and_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_logical_and_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Elementwise AND of truth values (nonzero is true; bool result).
    pub fn logical_and_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_logical_and_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Elementwise OR of truth values (bool result).
    pub fn logical_or(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_logical_or(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Elementwise OR of truth values (bool result).
    pub fn logical_or_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_logical_or_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Elementwise OR of truth values (bool result).
    pub fn logical_or_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_logical_or_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Elementwise XOR of truth values (bool result).
    pub fn logical_xor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_logical_xor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Elementwise XOR of truth values (bool result).
    pub fn logical_xor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_logical_xor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Elementwise XOR of truth values (bool result).
    pub fn logical_xor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_logical_xor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Bitwise AND of integer or bool tensors.
    pub fn bitwise_and_tensor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_bitwise_and_tensor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Bitwise AND of integer or bool tensors.
    pub fn bitwise_and_tensor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_and_tensor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Bitwise AND of integer or bool tensors.
    pub fn bitwise_and_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_and_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Bitwise AND with an integer or bool Scalar.
    pub fn bitwise_and_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_bitwise_and_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Bitwise AND with an integer or bool Scalar.
    pub fn bitwise_and_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_and_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// Bitwise AND with an integer or bool Scalar.
    pub fn bitwise_and_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_and_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// Bitwise OR of integer or bool tensors.
    pub fn bitwise_or_tensor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_bitwise_or_tensor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Bitwise OR of integer or bool tensors.
    pub fn bitwise_or_tensor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_or_tensor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Bitwise OR of integer or bool tensors.
    pub fn bitwise_or_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_or_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Bitwise OR with an integer or bool Scalar.
    pub fn bitwise_or_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_bitwise_or_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Bitwise OR with an integer or bool Scalar.
    pub fn bitwise_or_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_or_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// Bitwise OR with an integer or bool Scalar.
    pub fn bitwise_or_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_or_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// Bitwise XOR of integer or bool tensors.
    pub fn bitwise_xor_tensor(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_bitwise_xor_tensor(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Bitwise XOR of integer or bool tensors.
    pub fn bitwise_xor_tensor_(&mut self, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_xor_tensor_inplace(self.as_mut_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Bitwise XOR of integer or bool tensors.
    pub fn bitwise_xor_tensor_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_xor_tensor_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Bitwise XOR with an integer or bool Scalar.
    pub fn bitwise_xor_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_bitwise_xor_scalar(self.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Bitwise XOR with an integer or bool Scalar.
    pub fn bitwise_xor_scalar_(&mut self, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_xor_scalar_inplace(self.as_mut_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// Bitwise XOR with an integer or bool Scalar.
    pub fn bitwise_xor_scalar_out(&self, out: &mut Tensor, other: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_bitwise_xor_scalar_out(out.as_mut_ptr(), self.as_ptr(), other.into().to_c()) })?;
        Ok(())
    }

    /// Elements of self where the bool condition holds, else of other (broadcasting all three).
    ///
    /// `self` is the schema's `condition`.
    pub fn where_self(&self, self_: &Tensor, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_where_self(self.as_ptr(), self_.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Elements of self where the bool condition holds, else of other (broadcasting all three).
    ///
    /// `self` is the schema's `condition`.
    pub fn where_self_out(&self, out: &mut Tensor, self_: &Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_where_self_out(out.as_mut_ptr(), self.as_ptr(), self_.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// where with a Scalar self.
    ///
    /// `self` is the schema's `condition`.
    pub fn where_scalar_self(&self, self_: impl Into<Scalar>, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_where_scalar_self(self.as_ptr(), self_.into().to_c(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// where with a Scalar other.
    ///
    /// `self` is the schema's `condition`.
    pub fn where_scalar_other(&self, self_: &Tensor, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_where_scalar_other(self.as_ptr(), self_.as_ptr(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// where choosing between two Scalars.
    ///
    /// `self` is the schema's `condition`.
    pub fn where_scalar(&self, self_: impl Into<Scalar>, other: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_where_scalar(self.as_ptr(), self_.into().to_c(), other.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Each element limited to [min, max] (min > max gives max); NaN stays NaN.
    ///
    /// Defaults: min = None, max = None (all explicit: `clamp_with`).
    pub fn clamp(&self) -> Result<Tensor> {
        self.clamp_with(None, None)
    }

    /// Each element limited to [min, max] (min > max gives max); NaN stays NaN.
    pub fn clamp_with(&self, min: Option<Scalar>, max: Option<Scalar>) -> Result<Tensor> {
        let c_min = min.map(Scalar::to_c);
        let c_max = max.map(Scalar::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_clamp(self.as_ptr(), c_min.as_ref().map_or(ptr::null(), |v| v as *const _), c_max.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Each element limited to [min, max] (min > max gives max); NaN stays NaN.
    ///
    /// Defaults: min = None, max = None (all explicit: `clamp_with_`).
    pub fn clamp_(&mut self) -> Result<()> {
        self.clamp_with_(None, None)
    }

    /// Each element limited to [min, max] (min > max gives max); NaN stays NaN.
    pub fn clamp_with_(&mut self, min: Option<Scalar>, max: Option<Scalar>) -> Result<()> {
        let c_min = min.map(Scalar::to_c);
        let c_max = max.map(Scalar::to_c);
        check(unsafe { sys::ignis_clamp_inplace(self.as_mut_ptr(), c_min.as_ref().map_or(ptr::null(), |v| v as *const _), c_max.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Each element limited to [min, max] (min > max gives max); NaN stays NaN.
    ///
    /// Defaults: min = None, max = None (all explicit: `clamp_with_out`).
    pub fn clamp_out(&self, out: &mut Tensor) -> Result<()> {
        self.clamp_with_out(out, None, None)
    }

    /// Each element limited to [min, max] (min > max gives max); NaN stays NaN.
    pub fn clamp_with_out(&self, out: &mut Tensor, min: Option<Scalar>, max: Option<Scalar>) -> Result<()> {
        let c_min = min.map(Scalar::to_c);
        let c_max = max.map(Scalar::to_c);
        check(unsafe { sys::ignis_clamp_out(out.as_mut_ptr(), self.as_ptr(), c_min.as_ref().map_or(ptr::null(), |v| v as *const _), c_max.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Each element limited by broadcast min and max tensors (NaN bounds propagate).
    ///
    /// Defaults: min = None, max = None (all explicit: `clamp_tensor_with`).
    pub fn clamp_tensor(&self) -> Result<Tensor> {
        self.clamp_tensor_with(None, None)
    }

    /// Each element limited by broadcast min and max tensors (NaN bounds propagate).
    pub fn clamp_tensor_with(&self, min: Option<&Tensor>, max: Option<&Tensor>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_clamp_tensor(self.as_ptr(), min.map_or(ptr::null(), Tensor::as_ptr), max.map_or(ptr::null(), Tensor::as_ptr), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Each element limited by broadcast min and max tensors (NaN bounds propagate).
    ///
    /// Defaults: min = None, max = None (all explicit: `clamp_tensor_with_`).
    pub fn clamp_tensor_(&mut self) -> Result<()> {
        self.clamp_tensor_with_(None, None)
    }

    /// Each element limited by broadcast min and max tensors (NaN bounds propagate).
    pub fn clamp_tensor_with_(&mut self, min: Option<&Tensor>, max: Option<&Tensor>) -> Result<()> {
        check(unsafe { sys::ignis_clamp_tensor_inplace(self.as_mut_ptr(), min.map_or(ptr::null(), Tensor::as_ptr), max.map_or(ptr::null(), Tensor::as_ptr)) })?;
        Ok(())
    }

    /// Each element limited by broadcast min and max tensors (NaN bounds propagate).
    ///
    /// Defaults: min = None, max = None (all explicit: `clamp_tensor_with_out`).
    pub fn clamp_tensor_out(&self, out: &mut Tensor) -> Result<()> {
        self.clamp_tensor_with_out(out, None, None)
    }

    /// Each element limited by broadcast min and max tensors (NaN bounds propagate).
    pub fn clamp_tensor_with_out(&self, out: &mut Tensor, min: Option<&Tensor>, max: Option<&Tensor>) -> Result<()> {
        check(unsafe { sys::ignis_clamp_tensor_out(out.as_mut_ptr(), self.as_ptr(), min.map_or(ptr::null(), Tensor::as_ptr), max.map_or(ptr::null(), Tensor::as_ptr)) })?;
        Ok(())
    }

    /// Linear interpolation self + weight * (end - self).
    pub fn lerp_scalar(&self, end: &Tensor, weight: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_lerp_scalar(self.as_ptr(), end.as_ptr(), weight.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Linear interpolation self + weight * (end - self).
    pub fn lerp_scalar_(&mut self, end: &Tensor, weight: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_lerp_scalar_inplace(self.as_mut_ptr(), end.as_ptr(), weight.into().to_c()) })?;
        Ok(())
    }

    /// Linear interpolation self + weight * (end - self).
    pub fn lerp_scalar_out(&self, out: &mut Tensor, end: &Tensor, weight: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_lerp_scalar_out(out.as_mut_ptr(), self.as_ptr(), end.as_ptr(), weight.into().to_c()) })?;
        Ok(())
    }

    /// Linear interpolation with a broadcast weight tensor.
    pub fn lerp_tensor(&self, end: &Tensor, weight: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_lerp_tensor(self.as_ptr(), end.as_ptr(), weight.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Linear interpolation with a broadcast weight tensor.
    pub fn lerp_tensor_(&mut self, end: &Tensor, weight: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_lerp_tensor_inplace(self.as_mut_ptr(), end.as_ptr(), weight.as_ptr()) })?;
        Ok(())
    }

    /// Linear interpolation with a broadcast weight tensor.
    pub fn lerp_tensor_out(&self, out: &mut Tensor, end: &Tensor, weight: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_lerp_tensor_out(out.as_mut_ptr(), self.as_ptr(), end.as_ptr(), weight.as_ptr()) })?;
        Ok(())
    }

    /// self + value * tensor1 * tensor2.
    ///
    /// Defaults: value = 1 (all explicit: `addcmul_with`).
    pub fn addcmul(&self, tensor1: &Tensor, tensor2: &Tensor) -> Result<Tensor> {
        self.addcmul_with(tensor1, tensor2, Scalar::Int(1))
    }

    /// self + value * tensor1 * tensor2.
    pub fn addcmul_with(&self, tensor1: &Tensor, tensor2: &Tensor, value: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_addcmul(self.as_ptr(), tensor1.as_ptr(), tensor2.as_ptr(), value.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self + value * tensor1 * tensor2.
    ///
    /// Defaults: value = 1 (all explicit: `addcmul_with_`).
    pub fn addcmul_(&mut self, tensor1: &Tensor, tensor2: &Tensor) -> Result<()> {
        self.addcmul_with_(tensor1, tensor2, Scalar::Int(1))
    }

    /// self + value * tensor1 * tensor2.
    pub fn addcmul_with_(&mut self, tensor1: &Tensor, tensor2: &Tensor, value: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_addcmul_inplace(self.as_mut_ptr(), tensor1.as_ptr(), tensor2.as_ptr(), value.into().to_c()) })?;
        Ok(())
    }

    /// self + value * tensor1 * tensor2.
    ///
    /// Defaults: value = 1 (all explicit: `addcmul_with_out`).
    pub fn addcmul_out(&self, out: &mut Tensor, tensor1: &Tensor, tensor2: &Tensor) -> Result<()> {
        self.addcmul_with_out(out, tensor1, tensor2, Scalar::Int(1))
    }

    /// self + value * tensor1 * tensor2.
    pub fn addcmul_with_out(&self, out: &mut Tensor, tensor1: &Tensor, tensor2: &Tensor, value: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_addcmul_out(out.as_mut_ptr(), self.as_ptr(), tensor1.as_ptr(), tensor2.as_ptr(), value.into().to_c()) })?;
        Ok(())
    }

    /// self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).
    ///
    /// Defaults: value = 1 (all explicit: `addcdiv_with`).
    pub fn addcdiv(&self, tensor1: &Tensor, tensor2: &Tensor) -> Result<Tensor> {
        self.addcdiv_with(tensor1, tensor2, Scalar::Int(1))
    }

    /// self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).
    pub fn addcdiv_with(&self, tensor1: &Tensor, tensor2: &Tensor, value: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_addcdiv(self.as_ptr(), tensor1.as_ptr(), tensor2.as_ptr(), value.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).
    ///
    /// Defaults: value = 1 (all explicit: `addcdiv_with_`).
    pub fn addcdiv_(&mut self, tensor1: &Tensor, tensor2: &Tensor) -> Result<()> {
        self.addcdiv_with_(tensor1, tensor2, Scalar::Int(1))
    }

    /// self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).
    pub fn addcdiv_with_(&mut self, tensor1: &Tensor, tensor2: &Tensor, value: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_addcdiv_inplace(self.as_mut_ptr(), tensor1.as_ptr(), tensor2.as_ptr(), value.into().to_c()) })?;
        Ok(())
    }

    /// self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).
    ///
    /// Defaults: value = 1 (all explicit: `addcdiv_with_out`).
    pub fn addcdiv_out(&self, out: &mut Tensor, tensor1: &Tensor, tensor2: &Tensor) -> Result<()> {
        self.addcdiv_with_out(out, tensor1, tensor2, Scalar::Int(1))
    }

    /// self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error).
    pub fn addcdiv_with_out(&self, out: &mut Tensor, tensor1: &Tensor, tensor2: &Tensor, value: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_addcdiv_out(out.as_mut_ptr(), self.as_ptr(), tensor1.as_ptr(), tensor2.as_ptr(), value.into().to_c()) })?;
        Ok(())
    }

    /// Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given.
    ///
    /// Defaults: dim = None, keepdim = False, dtype = None (all explicit: `sum_with`).
    pub fn sum(&self) -> Result<Tensor> {
        self.sum_with(None, false, None)
    }

    /// Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given.
    pub fn sum_with(&self, dim: Option<&[i64]>, keepdim: bool, dtype: Option<DType>) -> Result<Tensor> {
        let c_dtype = dtype.map(DType::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_sum(self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given.
    ///
    /// Defaults: dim = None, keepdim = False, dtype = None (all explicit: `sum_with_out`).
    pub fn sum_out(&self, out: &mut Tensor) -> Result<()> {
        self.sum_with_out(out, None, false, None)
    }

    /// Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given.
    pub fn sum_with_out(&self, out: &mut Tensor, dim: Option<&[i64]>, keepdim: bool, dtype: Option<DType>) -> Result<()> {
        let c_dtype = dtype.map(DType::to_c);
        check(unsafe { sys::ignis_sum_out(out.as_mut_ptr(), self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Arithmetic mean over dims (None or [] = all); nan for an empty reduction.
    ///
    /// Defaults: dim = None, keepdim = False, dtype = None (all explicit: `mean_with`).
    pub fn mean(&self) -> Result<Tensor> {
        self.mean_with(None, false, None)
    }

    /// Arithmetic mean over dims (None or [] = all); nan for an empty reduction.
    pub fn mean_with(&self, dim: Option<&[i64]>, keepdim: bool, dtype: Option<DType>) -> Result<Tensor> {
        let c_dtype = dtype.map(DType::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_mean(self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Arithmetic mean over dims (None or [] = all); nan for an empty reduction.
    ///
    /// Defaults: dim = None, keepdim = False, dtype = None (all explicit: `mean_with_out`).
    pub fn mean_out(&self, out: &mut Tensor) -> Result<()> {
        self.mean_with_out(out, None, false, None)
    }

    /// Arithmetic mean over dims (None or [] = all); nan for an empty reduction.
    pub fn mean_with_out(&self, out: &mut Tensor, dim: Option<&[i64]>, keepdim: bool, dtype: Option<DType>) -> Result<()> {
        let c_dtype = dtype.map(DType::to_c);
        check(unsafe { sys::ignis_mean_out(out.as_mut_ptr(), self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Product over dims (None = all); integers and bool multiply to int64 unless dtype is given.
    ///
    /// Defaults: dim = None, keepdim = False, dtype = None (all explicit: `prod_with`).
    pub fn prod(&self) -> Result<Tensor> {
        self.prod_with(None, false, None)
    }

    /// Product over dims (None = all); integers and bool multiply to int64 unless dtype is given.
    pub fn prod_with(&self, dim: Option<&[i64]>, keepdim: bool, dtype: Option<DType>) -> Result<Tensor> {
        let c_dtype = dtype.map(DType::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_prod(self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Product over dims (None = all); integers and bool multiply to int64 unless dtype is given.
    ///
    /// Defaults: dim = None, keepdim = False, dtype = None (all explicit: `prod_with_out`).
    pub fn prod_out(&self, out: &mut Tensor) -> Result<()> {
        self.prod_with_out(out, None, false, None)
    }

    /// Product over dims (None = all); integers and bool multiply to int64 unless dtype is given.
    pub fn prod_with_out(&self, out: &mut Tensor, dim: Option<&[i64]>, keepdim: bool, dtype: Option<DType>) -> Result<()> {
        let c_dtype = dtype.map(DType::to_c);
        check(unsafe { sys::ignis_prod_out(out.as_mut_ptr(), self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1).
    ///
    /// Defaults: dim = None, correction = None, keepdim = False (all explicit: `var_with`).
    pub fn var(&self) -> Result<Tensor> {
        self.var_with(None, None, false)
    }

    /// Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1).
    pub fn var_with(&self, dim: Option<&[i64]>, correction: Option<Scalar>, keepdim: bool) -> Result<Tensor> {
        let c_correction = correction.map(Scalar::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_var(self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), c_correction.as_ref().map_or(ptr::null(), |v| v as *const _), i32::from(keepdim), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1).
    ///
    /// Defaults: dim = None, correction = None, keepdim = False (all explicit: `var_with_out`).
    pub fn var_out(&self, out: &mut Tensor) -> Result<()> {
        self.var_with_out(out, None, None, false)
    }

    /// Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1).
    pub fn var_with_out(&self, out: &mut Tensor, dim: Option<&[i64]>, correction: Option<Scalar>, keepdim: bool) -> Result<()> {
        let c_correction = correction.map(Scalar::to_c);
        check(unsafe { sys::ignis_var_out(out.as_mut_ptr(), self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), c_correction.as_ref().map_or(ptr::null(), |v| v as *const _), i32::from(keepdim)) })?;
        Ok(())
    }

    /// Standard deviation over dims, the square root of var with the same correction (None = 1).
    ///
    /// Defaults: dim = None, correction = None, keepdim = False (all explicit: `std_with`).
    pub fn std(&self) -> Result<Tensor> {
        self.std_with(None, None, false)
    }

    /// Standard deviation over dims, the square root of var with the same correction (None = 1).
    pub fn std_with(&self, dim: Option<&[i64]>, correction: Option<Scalar>, keepdim: bool) -> Result<Tensor> {
        let c_correction = correction.map(Scalar::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_std(self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), c_correction.as_ref().map_or(ptr::null(), |v| v as *const _), i32::from(keepdim), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Standard deviation over dims, the square root of var with the same correction (None = 1).
    ///
    /// Defaults: dim = None, correction = None, keepdim = False (all explicit: `std_with_out`).
    pub fn std_out(&self, out: &mut Tensor) -> Result<()> {
        self.std_with_out(out, None, None, false)
    }

    /// Standard deviation over dims, the square root of var with the same correction (None = 1).
    pub fn std_with_out(&self, out: &mut Tensor, dim: Option<&[i64]>, correction: Option<Scalar>, keepdim: bool) -> Result<()> {
        let c_correction = correction.map(Scalar::to_c);
        check(unsafe { sys::ignis_std_out(out.as_mut_ptr(), self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), c_correction.as_ref().map_or(ptr::null(), |v| v as *const _), i32::from(keepdim)) })?;
        Ok(())
    }

    /// Largest element (nan when any element is nan); errors on an empty tensor.
    pub fn max(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_max(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Largest values along dim and the index of the first of each (nan propagates).
    ///
    /// Defaults: keepdim = False (all explicit: `max_dim_with`).
    pub fn max_dim(&self, dim: i64) -> Result<(Tensor, Tensor)> {
        self.max_dim_with(dim, false)
    }

    /// Largest values along dim and the index of the first of each (nan propagates).
    pub fn max_dim_with(&self, dim: i64, keepdim: bool) -> Result<(Tensor, Tensor)> {
        let mut c_res0 = ptr::null_mut();
        let mut c_res1 = ptr::null_mut();
        check(unsafe { sys::ignis_max_dim(self.as_ptr(), dim, i32::from(keepdim), &mut c_res0, &mut c_res1) })?;
        // SAFETY: on success each out-pointer holds a new reference.
        Ok(unsafe { (Tensor::from_raw(c_res0), Tensor::from_raw(c_res1)) })
    }

    /// Smallest element (nan when any element is nan); errors on an empty tensor.
    pub fn min(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_min(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Smallest values along dim and the index of the first of each (nan propagates).
    ///
    /// Defaults: keepdim = False (all explicit: `min_dim_with`).
    pub fn min_dim(&self, dim: i64) -> Result<(Tensor, Tensor)> {
        self.min_dim_with(dim, false)
    }

    /// Smallest values along dim and the index of the first of each (nan propagates).
    pub fn min_dim_with(&self, dim: i64, keepdim: bool) -> Result<(Tensor, Tensor)> {
        let mut c_res0 = ptr::null_mut();
        let mut c_res1 = ptr::null_mut();
        check(unsafe { sys::ignis_min_dim(self.as_ptr(), dim, i32::from(keepdim), &mut c_res0, &mut c_res1) })?;
        // SAFETY: on success each out-pointer holds a new reference.
        Ok(unsafe { (Tensor::from_raw(c_res0), Tensor::from_raw(c_res1)) })
    }

    /// Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
    ///
    /// Defaults: dim = [], keepdim = False (all explicit: `amax_with`).
    pub fn amax(&self) -> Result<Tensor> {
        self.amax_with(&[], false)
    }

    /// Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
    pub fn amax_with(&self, dim: &[i64], keepdim: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_amax(self.as_ptr(), dim.as_ptr(), dim.len(), i32::from(keepdim), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
    ///
    /// Defaults: dim = [], keepdim = False (all explicit: `amax_with_out`).
    pub fn amax_out(&self, out: &mut Tensor) -> Result<()> {
        self.amax_with_out(out, &[], false)
    }

    /// Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
    pub fn amax_with_out(&self, out: &mut Tensor, dim: &[i64], keepdim: bool) -> Result<()> {
        check(unsafe { sys::ignis_amax_out(out.as_mut_ptr(), self.as_ptr(), dim.as_ptr(), dim.len(), i32::from(keepdim)) })?;
        Ok(())
    }

    /// Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
    ///
    /// Defaults: dim = [], keepdim = False (all explicit: `amin_with`).
    pub fn amin(&self) -> Result<Tensor> {
        self.amin_with(&[], false)
    }

    /// Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
    pub fn amin_with(&self, dim: &[i64], keepdim: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_amin(self.as_ptr(), dim.as_ptr(), dim.len(), i32::from(keepdim), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
    ///
    /// Defaults: dim = [], keepdim = False (all explicit: `amin_with_out`).
    pub fn amin_out(&self, out: &mut Tensor) -> Result<()> {
        self.amin_with_out(out, &[], false)
    }

    /// Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty.
    pub fn amin_with_out(&self, out: &mut Tensor, dim: &[i64], keepdim: bool) -> Result<()> {
        check(unsafe { sys::ignis_amin_out(out.as_mut_ptr(), self.as_ptr(), dim.as_ptr(), dim.len(), i32::from(keepdim)) })?;
        Ok(())
    }

    /// Index of the first largest value along dim (None = of the flattened tensor; nan is largest).
    ///
    /// Defaults: dim = None, keepdim = False (all explicit: `argmax_with`).
    pub fn argmax(&self) -> Result<Tensor> {
        self.argmax_with(None, false)
    }

    /// Index of the first largest value along dim (None = of the flattened tensor; nan is largest).
    pub fn argmax_with(&self, dim: Option<i64>, keepdim: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_argmax(self.as_ptr(), dim.as_ref().map_or(ptr::null(), |v| v as *const _), i32::from(keepdim), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Index of the first largest value along dim (None = of the flattened tensor; nan is largest).
    ///
    /// Defaults: dim = None, keepdim = False (all explicit: `argmax_with_out`).
    pub fn argmax_out(&self, out: &mut Tensor) -> Result<()> {
        self.argmax_with_out(out, None, false)
    }

    /// Index of the first largest value along dim (None = of the flattened tensor; nan is largest).
    pub fn argmax_with_out(&self, out: &mut Tensor, dim: Option<i64>, keepdim: bool) -> Result<()> {
        check(unsafe { sys::ignis_argmax_out(out.as_mut_ptr(), self.as_ptr(), dim.as_ref().map_or(ptr::null(), |v| v as *const _), i32::from(keepdim)) })?;
        Ok(())
    }

    /// Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest).
    ///
    /// Defaults: dim = None, keepdim = False (all explicit: `argmin_with`).
    pub fn argmin(&self) -> Result<Tensor> {
        self.argmin_with(None, false)
    }

    /// Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest).
    pub fn argmin_with(&self, dim: Option<i64>, keepdim: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_argmin(self.as_ptr(), dim.as_ref().map_or(ptr::null(), |v| v as *const _), i32::from(keepdim), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest).
    ///
    /// Defaults: dim = None, keepdim = False (all explicit: `argmin_with_out`).
    pub fn argmin_out(&self, out: &mut Tensor) -> Result<()> {
        self.argmin_with_out(out, None, false)
    }

    /// Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest).
    pub fn argmin_with_out(&self, out: &mut Tensor, dim: Option<i64>, keepdim: bool) -> Result<()> {
        check(unsafe { sys::ignis_argmin_out(out.as_mut_ptr(), self.as_ptr(), dim.as_ref().map_or(ptr::null(), |v| v as *const _), i32::from(keepdim)) })?;
        Ok(())
    }

    /// log(sum(exp(x))) over dims, computed stably; integers give the default float dtype.
    ///
    /// Defaults: keepdim = False (all explicit: `logsumexp_with`).
    pub fn logsumexp(&self, dim: &[i64]) -> Result<Tensor> {
        self.logsumexp_with(dim, false)
    }

    /// log(sum(exp(x))) over dims, computed stably; integers give the default float dtype.
    pub fn logsumexp_with(&self, dim: &[i64], keepdim: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_logsumexp(self.as_ptr(), dim.as_ptr(), dim.len(), i32::from(keepdim), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// log(sum(exp(x))) over dims, computed stably; integers give the default float dtype.
    ///
    /// Defaults: keepdim = False (all explicit: `logsumexp_with_out`).
    pub fn logsumexp_out(&self, out: &mut Tensor, dim: &[i64]) -> Result<()> {
        self.logsumexp_with_out(out, dim, false)
    }

    /// log(sum(exp(x))) over dims, computed stably; integers give the default float dtype.
    pub fn logsumexp_with_out(&self, out: &mut Tensor, dim: &[i64], keepdim: bool) -> Result<()> {
        check(unsafe { sys::ignis_logsumexp_out(out.as_mut_ptr(), self.as_ptr(), dim.as_ptr(), dim.len(), i32::from(keepdim)) })?;
        Ok(())
    }

    /// True (bool) where every element over dims is nonzero; true for an empty reduction.
    ///
    /// Defaults: dim = None, keepdim = False (all explicit: `all_with`).
    pub fn all(&self) -> Result<Tensor> {
        self.all_with(None, false)
    }

    /// True (bool) where every element over dims is nonzero; true for an empty reduction.
    pub fn all_with(&self, dim: Option<&[i64]>, keepdim: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_all(self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// True (bool) where every element over dims is nonzero; true for an empty reduction.
    ///
    /// Defaults: dim = None, keepdim = False (all explicit: `all_with_out`).
    pub fn all_out(&self, out: &mut Tensor) -> Result<()> {
        self.all_with_out(out, None, false)
    }

    /// True (bool) where every element over dims is nonzero; true for an empty reduction.
    pub fn all_with_out(&self, out: &mut Tensor, dim: Option<&[i64]>, keepdim: bool) -> Result<()> {
        check(unsafe { sys::ignis_all_out(out.as_mut_ptr(), self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim)) })?;
        Ok(())
    }

    /// True (bool) where some element over dims is nonzero; false for an empty reduction.
    ///
    /// Defaults: dim = None, keepdim = False (all explicit: `any_with`).
    pub fn any(&self) -> Result<Tensor> {
        self.any_with(None, false)
    }

    /// True (bool) where some element over dims is nonzero; false for an empty reduction.
    pub fn any_with(&self, dim: Option<&[i64]>, keepdim: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_any(self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// True (bool) where some element over dims is nonzero; false for an empty reduction.
    ///
    /// Defaults: dim = None, keepdim = False (all explicit: `any_with_out`).
    pub fn any_out(&self, out: &mut Tensor) -> Result<()> {
        self.any_with_out(out, None, false)
    }

    /// True (bool) where some element over dims is nonzero; false for an empty reduction.
    pub fn any_with_out(&self, out: &mut Tensor, dim: Option<&[i64]>, keepdim: bool) -> Result<()> {
        check(unsafe { sys::ignis_any_out(out.as_mut_ptr(), self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim)) })?;
        Ok(())
    }

    /// Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros).
    ///
    /// Defaults: p = 2, dim = None, keepdim = False, dtype = None (all explicit: `norm_with`).
    pub fn norm(&self) -> Result<Tensor> {
        self.norm_with(Some(Scalar::Int(2)), None, false, None)
    }

    /// Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros).
    pub fn norm_with(&self, p: Option<Scalar>, dim: Option<&[i64]>, keepdim: bool, dtype: Option<DType>) -> Result<Tensor> {
        let c_p = p.map(Scalar::to_c);
        let c_dtype = dtype.map(DType::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_norm(self.as_ptr(), c_p.as_ref().map_or(ptr::null(), |v| v as *const _), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros).
    ///
    /// Defaults: p = 2, dim = None, keepdim = False, dtype = None (all explicit: `norm_with_out`).
    pub fn norm_out(&self, out: &mut Tensor) -> Result<()> {
        self.norm_with_out(out, Some(Scalar::Int(2)), None, false, None)
    }

    /// Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros).
    pub fn norm_with_out(&self, out: &mut Tensor, p: Option<Scalar>, dim: Option<&[i64]>, keepdim: bool, dtype: Option<DType>) -> Result<()> {
        let c_p = p.map(Scalar::to_c);
        let c_dtype = dtype.map(DType::to_c);
        check(unsafe { sys::ignis_norm_out(out.as_mut_ptr(), self.as_ptr(), c_p.as_ref().map_or(ptr::null(), |v| v as *const _), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported.
    ///
    /// Defaults: dim = None, keepdim = False, dtype = None (all explicit: `norm_str_with`).
    pub fn norm_str(&self, p: &str) -> Result<Tensor> {
        self.norm_str_with(p, None, false, None)
    }

    /// Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported.
    pub fn norm_str_with(&self, p: &str, dim: Option<&[i64]>, keepdim: bool, dtype: Option<DType>) -> Result<Tensor> {
        let c_p = c_string(p)?;
        let c_dtype = dtype.map(DType::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_norm_str(self.as_ptr(), c_p.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Number of nonzero elements over dims (None = all), as int64.
    ///
    /// Defaults: dim = None (all explicit: `count_nonzero_with`).
    pub fn count_nonzero(&self) -> Result<Tensor> {
        self.count_nonzero_with(None)
    }

    /// Number of nonzero elements over dims (None = all), as int64.
    pub fn count_nonzero_with(&self, dim: Option<&[i64]>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_count_nonzero(self.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Running sum along dim; integers and bool give int64 unless dtype is given.
    ///
    /// Defaults: dtype = None (all explicit: `cumsum_with`).
    pub fn cumsum(&self, dim: i64) -> Result<Tensor> {
        self.cumsum_with(dim, None)
    }

    /// Running sum along dim; integers and bool give int64 unless dtype is given.
    pub fn cumsum_with(&self, dim: i64, dtype: Option<DType>) -> Result<Tensor> {
        let c_dtype = dtype.map(DType::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_cumsum(self.as_ptr(), dim, c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Running sum along dim; integers and bool give int64 unless dtype is given.
    ///
    /// Defaults: dtype = None (all explicit: `cumsum_with_`).
    pub fn cumsum_(&mut self, dim: i64) -> Result<()> {
        self.cumsum_with_(dim, None)
    }

    /// Running sum along dim; integers and bool give int64 unless dtype is given.
    pub fn cumsum_with_(&mut self, dim: i64, dtype: Option<DType>) -> Result<()> {
        let c_dtype = dtype.map(DType::to_c);
        check(unsafe { sys::ignis_cumsum_inplace(self.as_mut_ptr(), dim, c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Running sum along dim; integers and bool give int64 unless dtype is given.
    ///
    /// Defaults: dtype = None (all explicit: `cumsum_with_out`).
    pub fn cumsum_out(&self, out: &mut Tensor, dim: i64) -> Result<()> {
        self.cumsum_with_out(out, dim, None)
    }

    /// Running sum along dim; integers and bool give int64 unless dtype is given.
    pub fn cumsum_with_out(&self, out: &mut Tensor, dim: i64, dtype: Option<DType>) -> Result<()> {
        let c_dtype = dtype.map(DType::to_c);
        check(unsafe { sys::ignis_cumsum_out(out.as_mut_ptr(), self.as_ptr(), dim, c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Running product along dim; integers and bool give int64 unless dtype is given.
    ///
    /// Defaults: dtype = None (all explicit: `cumprod_with`).
    pub fn cumprod(&self, dim: i64) -> Result<Tensor> {
        self.cumprod_with(dim, None)
    }

    /// Running product along dim; integers and bool give int64 unless dtype is given.
    pub fn cumprod_with(&self, dim: i64, dtype: Option<DType>) -> Result<Tensor> {
        let c_dtype = dtype.map(DType::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_cumprod(self.as_ptr(), dim, c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Running product along dim; integers and bool give int64 unless dtype is given.
    ///
    /// Defaults: dtype = None (all explicit: `cumprod_with_`).
    pub fn cumprod_(&mut self, dim: i64) -> Result<()> {
        self.cumprod_with_(dim, None)
    }

    /// Running product along dim; integers and bool give int64 unless dtype is given.
    pub fn cumprod_with_(&mut self, dim: i64, dtype: Option<DType>) -> Result<()> {
        let c_dtype = dtype.map(DType::to_c);
        check(unsafe { sys::ignis_cumprod_inplace(self.as_mut_ptr(), dim, c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Running product along dim; integers and bool give int64 unless dtype is given.
    ///
    /// Defaults: dtype = None (all explicit: `cumprod_with_out`).
    pub fn cumprod_out(&self, out: &mut Tensor, dim: i64) -> Result<()> {
        self.cumprod_with_out(out, dim, None)
    }

    /// Running product along dim; integers and bool give int64 unless dtype is given.
    pub fn cumprod_with_out(&self, out: &mut Tensor, dim: i64, dtype: Option<DType>) -> Result<()> {
        let c_dtype = dtype.map(DType::to_c);
        check(unsafe { sys::ignis_cumprod_out(out.as_mut_ptr(), self.as_ptr(), dim, c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Values sorted along dim and their original indices; nan sorts last (first when descending).
    ///
    /// Defaults: dim = -1, descending = False, stable = False (all explicit: `sort_with`).
    pub fn sort(&self) -> Result<(Tensor, Tensor)> {
        self.sort_with(-1, false, false)
    }

    /// Values sorted along dim and their original indices; nan sorts last (first when descending).
    pub fn sort_with(&self, dim: i64, descending: bool, stable: bool) -> Result<(Tensor, Tensor)> {
        let mut c_res0 = ptr::null_mut();
        let mut c_res1 = ptr::null_mut();
        check(unsafe { sys::ignis_sort(self.as_ptr(), dim, i32::from(descending), i32::from(stable), &mut c_res0, &mut c_res1) })?;
        // SAFETY: on success each out-pointer holds a new reference.
        Ok(unsafe { (Tensor::from_raw(c_res0), Tensor::from_raw(c_res1)) })
    }

    /// Indices that sort self along dim (the indices of sort).
    ///
    /// Defaults: dim = -1, descending = False, stable = False (all explicit: `argsort_with`).
    pub fn argsort(&self) -> Result<Tensor> {
        self.argsort_with(-1, false, false)
    }

    /// Indices that sort self along dim (the indices of sort).
    pub fn argsort_with(&self, dim: i64, descending: bool, stable: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_argsort(self.as_ptr(), dim, i32::from(descending), i32::from(stable), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// The k largest (or smallest) values along dim and their indices; nan counts as largest.
    ///
    /// Defaults: dim = -1, largest = True, sorted = True (all explicit: `topk_with`).
    pub fn topk(&self, k: i64) -> Result<(Tensor, Tensor)> {
        self.topk_with(k, -1, true, true)
    }

    /// The k largest (or smallest) values along dim and their indices; nan counts as largest.
    pub fn topk_with(&self, k: i64, dim: i64, largest: bool, sorted: bool) -> Result<(Tensor, Tensor)> {
        let mut c_res0 = ptr::null_mut();
        let mut c_res1 = ptr::null_mut();
        check(unsafe { sys::ignis_topk(self.as_ptr(), k, dim, i32::from(largest), i32::from(sorted), &mut c_res0, &mut c_res1) })?;
        // SAFETY: on success each out-pointer holds a new reference.
        Ok(unsafe { (Tensor::from_raw(c_res0), Tensor::from_raw(c_res1)) })
    }

    /// The k-th smallest value (1-based) along dim and its index; nan counts as largest.
    ///
    /// Defaults: dim = -1, keepdim = False (all explicit: `kthvalue_with`).
    pub fn kthvalue(&self, k: i64) -> Result<(Tensor, Tensor)> {
        self.kthvalue_with(k, -1, false)
    }

    /// The k-th smallest value (1-based) along dim and its index; nan counts as largest.
    pub fn kthvalue_with(&self, k: i64, dim: i64, keepdim: bool) -> Result<(Tensor, Tensor)> {
        let mut c_res0 = ptr::null_mut();
        let mut c_res1 = ptr::null_mut();
        check(unsafe { sys::ignis_kthvalue(self.as_ptr(), k, dim, i32::from(keepdim), &mut c_res0, &mut c_res1) })?;
        // SAFETY: on success each out-pointer holds a new reference.
        Ok(unsafe { (Tensor::from_raw(c_res0), Tensor::from_raw(c_res1)) })
    }

    /// Lower median of all elements (nan when any element is nan or the tensor is empty).
    pub fn median(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_median(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Lower median along dim and its index (nan and its index when the row holds a nan).
    ///
    /// Defaults: keepdim = False (all explicit: `median_dim_with`).
    pub fn median_dim(&self, dim: i64) -> Result<(Tensor, Tensor)> {
        self.median_dim_with(dim, false)
    }

    /// Lower median along dim and its index (nan and its index when the row holds a nan).
    pub fn median_dim_with(&self, dim: i64, keepdim: bool) -> Result<(Tensor, Tensor)> {
        let mut c_res0 = ptr::null_mut();
        let mut c_res1 = ptr::null_mut();
        check(unsafe { sys::ignis_median_dim(self.as_ptr(), dim, i32::from(keepdim), &mut c_res0, &mut c_res1) })?;
        // SAFETY: on success each out-pointer holds a new reference.
        Ok(unsafe { (Tensor::from_raw(c_res0), Tensor::from_raw(c_res1)) })
    }

    /// Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested).
    ///
    /// Defaults: sorted = True, return_inverse = False, return_counts = False (all explicit: `unique_with`).
    pub fn unique(&self) -> Result<(Tensor, Tensor, Tensor)> {
        self.unique_with(true, false, false)
    }

    /// Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested).
    pub fn unique_with(&self, sorted: bool, return_inverse: bool, return_counts: bool) -> Result<(Tensor, Tensor, Tensor)> {
        let mut c_res0 = ptr::null_mut();
        let mut c_res1 = ptr::null_mut();
        let mut c_res2 = ptr::null_mut();
        check(unsafe { sys::ignis_unique(self.as_ptr(), i32::from(sorted), i32::from(return_inverse), i32::from(return_counts), &mut c_res0, &mut c_res1, &mut c_res2) })?;
        // SAFETY: on success each out-pointer holds a new reference.
        Ok(unsafe { (Tensor::from_raw(c_res0), Tensor::from_raw(c_res1), Tensor::from_raw(c_res2)) })
    }

    /// Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped).
    ///
    /// Defaults: dim = 0 (all explicit: `cat_with`).
    pub fn cat<T: Borrow<Tensor>>(tensors: &[T]) -> Result<Tensor> {
        Self::cat_with(tensors, 0)
    }

    /// Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped).
    pub fn cat_with<T: Borrow<Tensor>>(tensors: &[T], dim: i64) -> Result<Tensor> {
        let c_tensors: Vec<*const sys::ignis_tensor> = tensors.iter().map(|t| t.borrow().as_ptr()).collect();
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_cat(c_tensors.as_ptr(), c_tensors.len(), dim, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped).
    ///
    /// Defaults: dim = 0 (all explicit: `cat_with_out`).
    pub fn cat_out<T: Borrow<Tensor>>(out: &mut Tensor, tensors: &[T]) -> Result<()> {
        Self::cat_with_out(out, tensors, 0)
    }

    /// Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped).
    pub fn cat_with_out<T: Borrow<Tensor>>(out: &mut Tensor, tensors: &[T], dim: i64) -> Result<()> {
        let c_tensors: Vec<*const sys::ignis_tensor> = tensors.iter().map(|t| t.borrow().as_ptr()).collect();
        check(unsafe { sys::ignis_cat_out(out.as_mut_ptr(), c_tensors.as_ptr(), c_tensors.len(), dim) })?;
        Ok(())
    }

    /// Joins equally shaped tensors along a new dimension dim.
    ///
    /// Defaults: dim = 0 (all explicit: `stack_with`).
    pub fn stack<T: Borrow<Tensor>>(tensors: &[T]) -> Result<Tensor> {
        Self::stack_with(tensors, 0)
    }

    /// Joins equally shaped tensors along a new dimension dim.
    pub fn stack_with<T: Borrow<Tensor>>(tensors: &[T], dim: i64) -> Result<Tensor> {
        let c_tensors: Vec<*const sys::ignis_tensor> = tensors.iter().map(|t| t.borrow().as_ptr()).collect();
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_stack(c_tensors.as_ptr(), c_tensors.len(), dim, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Joins equally shaped tensors along a new dimension dim.
    ///
    /// Defaults: dim = 0 (all explicit: `stack_with_out`).
    pub fn stack_out<T: Borrow<Tensor>>(out: &mut Tensor, tensors: &[T]) -> Result<()> {
        Self::stack_with_out(out, tensors, 0)
    }

    /// Joins equally shaped tensors along a new dimension dim.
    pub fn stack_with_out<T: Borrow<Tensor>>(out: &mut Tensor, tensors: &[T], dim: i64) -> Result<()> {
        let c_tensors: Vec<*const sys::ignis_tensor> = tensors.iter().map(|t| t.borrow().as_ptr()).collect();
        check(unsafe { sys::ignis_stack_out(out.as_mut_ptr(), c_tensors.as_ptr(), c_tensors.len(), dim) })?;
        Ok(())
    }

    /// Views of self in pieces of split_size along dim (the last piece may be smaller).
    ///
    /// Defaults: dim = 0 (all explicit: `split_with`).
    pub fn split(&self, split_size: i64) -> Result<Vec<Tensor>> {
        self.split_with(split_size, 0)
    }

    /// Views of self in pieces of split_size along dim (the last piece may be smaller).
    pub fn split_with(&self, split_size: i64, dim: i64) -> Result<Vec<Tensor>> {
        let mut c_res = ptr::null_mut();
        let mut c_count = 0usize;
        check(unsafe { sys::ignis_split(self.as_ptr(), split_size, dim, &mut c_res, &mut c_count) })?;
        // SAFETY: on success c_res holds c_count new references in a library array.
        Ok(unsafe { Tensor::from_array(c_res, c_count) })
    }

    /// Views of self in pieces of the given sizes along dim (they must sum to its size).
    ///
    /// Defaults: dim = 0 (all explicit: `split_sizes_with`).
    pub fn split_sizes(&self, split_size: &[i64]) -> Result<Vec<Tensor>> {
        self.split_sizes_with(split_size, 0)
    }

    /// Views of self in pieces of the given sizes along dim (they must sum to its size).
    pub fn split_sizes_with(&self, split_size: &[i64], dim: i64) -> Result<Vec<Tensor>> {
        let mut c_res = ptr::null_mut();
        let mut c_count = 0usize;
        check(unsafe { sys::ignis_split_sizes(self.as_ptr(), split_size.as_ptr(), split_size.len(), dim, &mut c_res, &mut c_count) })?;
        // SAFETY: on success c_res holds c_count new references in a library array.
        Ok(unsafe { Tensor::from_array(c_res, c_count) })
    }

    /// Views of self in pieces of the given sizes along dim (they must sum to its size).
    ///
    /// Defaults: dim = 0 (all explicit: `split_with_sizes_with`).
    pub fn split_with_sizes(&self, split_sizes: &[i64]) -> Result<Vec<Tensor>> {
        self.split_with_sizes_with(split_sizes, 0)
    }

    /// Views of self in pieces of the given sizes along dim (they must sum to its size).
    pub fn split_with_sizes_with(&self, split_sizes: &[i64], dim: i64) -> Result<Vec<Tensor>> {
        let mut c_res = ptr::null_mut();
        let mut c_count = 0usize;
        check(unsafe { sys::ignis_split_with_sizes(self.as_ptr(), split_sizes.as_ptr(), split_sizes.len(), dim, &mut c_res, &mut c_count) })?;
        // SAFETY: on success c_res holds c_count new references in a library array.
        Ok(unsafe { Tensor::from_array(c_res, c_count) })
    }

    /// Views of self in at most `chunks` pieces of equal size (ceil) along dim.
    ///
    /// Defaults: dim = 0 (all explicit: `chunk_with`).
    pub fn chunk(&self, chunks: i64) -> Result<Vec<Tensor>> {
        self.chunk_with(chunks, 0)
    }

    /// Views of self in at most `chunks` pieces of equal size (ceil) along dim.
    pub fn chunk_with(&self, chunks: i64, dim: i64) -> Result<Vec<Tensor>> {
        let mut c_res = ptr::null_mut();
        let mut c_count = 0usize;
        check(unsafe { sys::ignis_chunk(self.as_ptr(), chunks, dim, &mut c_res, &mut c_count) })?;
        // SAFETY: on success c_res holds c_count new references in a library array.
        Ok(unsafe { Tensor::from_array(c_res, c_count) })
    }

    /// Views of every slice of self along dim, with that dimension removed.
    ///
    /// Defaults: dim = 0 (all explicit: `unbind_with`).
    pub fn unbind(&self) -> Result<Vec<Tensor>> {
        self.unbind_with(0)
    }

    /// Views of every slice of self along dim, with that dimension removed.
    pub fn unbind_with(&self, dim: i64) -> Result<Vec<Tensor>> {
        let mut c_res = ptr::null_mut();
        let mut c_count = 0usize;
        check(unsafe { sys::ignis_unbind(self.as_ptr(), dim, &mut c_res, &mut c_count) })?;
        // SAFETY: on success c_res holds c_count new references in a library array.
        Ok(unsafe { Tensor::from_array(c_res, c_count) })
    }

    /// Copy of self with the order of elements reversed along dims.
    pub fn flip(&self, dims: &[i64]) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_flip(self.as_ptr(), dims.as_ptr(), dims.len(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Copy of self rolled by shifts along dims (flattened and restored when dims is empty).
    ///
    /// Defaults: dims = [] (all explicit: `roll_with`).
    pub fn roll(&self, shifts: &[i64]) -> Result<Tensor> {
        self.roll_with(shifts, &[])
    }

    /// Copy of self rolled by shifts along dims (flattened and restored when dims is empty).
    pub fn roll_with(&self, shifts: &[i64], dims: &[i64]) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_roll(self.as_ptr(), shifts.as_ptr(), shifts.len(), dims.as_ptr(), dims.len(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Copy of self tiled repeats[i] times along each dimension (leading new dims allowed).
    pub fn repeat(&self, repeats: &[i64]) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_repeat(self.as_ptr(), repeats.as_ptr(), repeats.len(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Like repeat, but fewer dims than self.dim() are padded with leading 1s.
    pub fn tile(&self, dims: &[i64]) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_tile(self.as_ptr(), dims.as_ptr(), dims.len(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Indices 0..n-1, index i repeated repeats[i] times.
    ///
    /// `self` is the schema's `repeats`.
    ///
    /// Defaults: output_size = None (all explicit: `repeat_interleave_tensor_with`).
    pub fn repeat_interleave_tensor(&self) -> Result<Tensor> {
        self.repeat_interleave_tensor_with(None)
    }

    /// Indices 0..n-1, index i repeated repeats[i] times.
    ///
    /// `self` is the schema's `repeats`.
    pub fn repeat_interleave_tensor_with(&self, output_size: Option<i64>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_repeat_interleave_tensor(self.as_ptr(), output_size.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None).
    ///
    /// Defaults: dim = None, output_size = None (all explicit: `repeat_interleave_self_tensor_with`).
    pub fn repeat_interleave_self_tensor(&self, repeats: &Tensor) -> Result<Tensor> {
        self.repeat_interleave_self_tensor_with(repeats, None, None)
    }

    /// Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None).
    pub fn repeat_interleave_self_tensor_with(&self, repeats: &Tensor, dim: Option<i64>, output_size: Option<i64>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_repeat_interleave_self_tensor(self.as_ptr(), repeats.as_ptr(), dim.as_ref().map_or(ptr::null(), |v| v as *const _), output_size.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None).
    ///
    /// Defaults: dim = None, output_size = None (all explicit: `repeat_interleave_self_int_with`).
    pub fn repeat_interleave_self_int(&self, repeats: i64) -> Result<Tensor> {
        self.repeat_interleave_self_int_with(repeats, None, None)
    }

    /// Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None).
    pub fn repeat_interleave_self_int_with(&self, repeats: i64, dim: Option<i64>, output_size: Option<i64>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_repeat_interleave_self_int(self.as_ptr(), repeats, dim.as_ref().map_or(ptr::null(), |v| v as *const _), output_size.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Lower triangle of the last two dims of self (elements above `diagonal` zeroed).
    ///
    /// Defaults: diagonal = 0 (all explicit: `tril_with`).
    pub fn tril(&self) -> Result<Tensor> {
        self.tril_with(0)
    }

    /// Lower triangle of the last two dims of self (elements above `diagonal` zeroed).
    pub fn tril_with(&self, diagonal: i64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_tril(self.as_ptr(), diagonal, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Lower triangle of the last two dims of self (elements above `diagonal` zeroed).
    ///
    /// Defaults: diagonal = 0 (all explicit: `tril_with_`).
    pub fn tril_(&mut self) -> Result<()> {
        self.tril_with_(0)
    }

    /// Lower triangle of the last two dims of self (elements above `diagonal` zeroed).
    pub fn tril_with_(&mut self, diagonal: i64) -> Result<()> {
        check(unsafe { sys::ignis_tril_inplace(self.as_mut_ptr(), diagonal) })?;
        Ok(())
    }

    /// Lower triangle of the last two dims of self (elements above `diagonal` zeroed).
    ///
    /// Defaults: diagonal = 0 (all explicit: `tril_with_out`).
    pub fn tril_out(&self, out: &mut Tensor) -> Result<()> {
        self.tril_with_out(out, 0)
    }

    /// Lower triangle of the last two dims of self (elements above `diagonal` zeroed).
    pub fn tril_with_out(&self, out: &mut Tensor, diagonal: i64) -> Result<()> {
        check(unsafe { sys::ignis_tril_out(out.as_mut_ptr(), self.as_ptr(), diagonal) })?;
        Ok(())
    }

    /// Upper triangle of the last two dims of self (elements below `diagonal` zeroed).
    ///
    /// Defaults: diagonal = 0 (all explicit: `triu_with`).
    pub fn triu(&self) -> Result<Tensor> {
        self.triu_with(0)
    }

    /// Upper triangle of the last two dims of self (elements below `diagonal` zeroed).
    pub fn triu_with(&self, diagonal: i64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_triu(self.as_ptr(), diagonal, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Upper triangle of the last two dims of self (elements below `diagonal` zeroed).
    ///
    /// Defaults: diagonal = 0 (all explicit: `triu_with_`).
    pub fn triu_(&mut self) -> Result<()> {
        self.triu_with_(0)
    }

    /// Upper triangle of the last two dims of self (elements below `diagonal` zeroed).
    pub fn triu_with_(&mut self, diagonal: i64) -> Result<()> {
        check(unsafe { sys::ignis_triu_inplace(self.as_mut_ptr(), diagonal) })?;
        Ok(())
    }

    /// Upper triangle of the last two dims of self (elements below `diagonal` zeroed).
    ///
    /// Defaults: diagonal = 0 (all explicit: `triu_with_out`).
    pub fn triu_out(&self, out: &mut Tensor) -> Result<()> {
        self.triu_with_out(out, 0)
    }

    /// Upper triangle of the last two dims of self (elements below `diagonal` zeroed).
    pub fn triu_with_out(&self, out: &mut Tensor, diagonal: i64) -> Result<()> {
        check(unsafe { sys::ignis_triu_out(out.as_mut_ptr(), self.as_ptr(), diagonal) })?;
        Ok(())
    }

    /// Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication.
    ///
    /// Defaults: mode = "constant", value = None (all explicit: `pad_with`).
    pub fn pad(&self, pad: &[i64]) -> Result<Tensor> {
        self.pad_with(pad, "constant", None)
    }

    /// Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication.
    pub fn pad_with(&self, pad: &[i64], mode: &str, value: Option<f64>) -> Result<Tensor> {
        let c_mode = c_string(mode)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_pad(self.as_ptr(), pad.as_ptr(), pad.len(), c_mode.as_ptr(), value.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// The slices of self along dim at the positions in the 1-D index (int64 or int32).
    pub fn index_select(&self, dim: i64, index: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_index_select(self.as_ptr(), dim, index.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// The slices of self along dim at the positions in the 1-D index (int64 or int32).
    pub fn index_select_out(&self, out: &mut Tensor, dim: i64, index: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_index_select_out(out.as_mut_ptr(), self.as_ptr(), dim, index.as_ptr()) })?;
        Ok(())
    }

    /// out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self).
    ///
    /// Defaults: sparse_grad = False (all explicit: `gather_with`).
    pub fn gather(&self, dim: i64, index: &Tensor) -> Result<Tensor> {
        self.gather_with(dim, index, false)
    }

    /// out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self).
    pub fn gather_with(&self, dim: i64, index: &Tensor, sparse_grad: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_gather(self.as_ptr(), dim, index.as_ptr(), i32::from(sparse_grad), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self).
    ///
    /// Defaults: sparse_grad = False (all explicit: `gather_with_out`).
    pub fn gather_out(&self, out: &mut Tensor, dim: i64, index: &Tensor) -> Result<()> {
        self.gather_with_out(out, dim, index, false)
    }

    /// out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self).
    pub fn gather_with_out(&self, out: &mut Tensor, dim: i64, index: &Tensor, sparse_grad: bool) -> Result<()> {
        check(unsafe { sys::ignis_gather_out(out.as_mut_ptr(), self.as_ptr(), dim, index.as_ptr(), i32::from(sparse_grad)) })?;
        Ok(())
    }

    /// Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead).
    ///
    /// Defaults: reduce = None (all explicit: `scatter_src_with`).
    pub fn scatter_src(&self, dim: i64, index: &Tensor, src: &Tensor) -> Result<Tensor> {
        self.scatter_src_with(dim, index, src, None)
    }

    /// Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead).
    pub fn scatter_src_with(&self, dim: i64, index: &Tensor, src: &Tensor, reduce: Option<&str>) -> Result<Tensor> {
        let c_reduce = reduce.map(c_string).transpose()?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_scatter_src(self.as_ptr(), dim, index.as_ptr(), src.as_ptr(), c_reduce.as_ref().map_or(ptr::null(), |s| s.as_ptr()), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead).
    ///
    /// Defaults: reduce = None (all explicit: `scatter_src_with_`).
    pub fn scatter_src_(&mut self, dim: i64, index: &Tensor, src: &Tensor) -> Result<()> {
        self.scatter_src_with_(dim, index, src, None)
    }

    /// Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead).
    pub fn scatter_src_with_(&mut self, dim: i64, index: &Tensor, src: &Tensor, reduce: Option<&str>) -> Result<()> {
        let c_reduce = reduce.map(c_string).transpose()?;
        check(unsafe { sys::ignis_scatter_src_inplace(self.as_mut_ptr(), dim, index.as_ptr(), src.as_ptr(), c_reduce.as_ref().map_or(ptr::null(), |s| s.as_ptr())) })?;
        Ok(())
    }

    /// Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead).
    ///
    /// Defaults: reduce = None (all explicit: `scatter_src_with_out`).
    pub fn scatter_src_out(&self, out: &mut Tensor, dim: i64, index: &Tensor, src: &Tensor) -> Result<()> {
        self.scatter_src_with_out(out, dim, index, src, None)
    }

    /// Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead).
    pub fn scatter_src_with_out(&self, out: &mut Tensor, dim: i64, index: &Tensor, src: &Tensor, reduce: Option<&str>) -> Result<()> {
        let c_reduce = reduce.map(c_string).transpose()?;
        check(unsafe { sys::ignis_scatter_src_out(out.as_mut_ptr(), self.as_ptr(), dim, index.as_ptr(), src.as_ptr(), c_reduce.as_ref().map_or(ptr::null(), |s| s.as_ptr())) })?;
        Ok(())
    }

    /// Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead).
    ///
    /// Defaults: reduce = None (all explicit: `scatter_value_with`).
    pub fn scatter_value(&self, dim: i64, index: &Tensor, value: impl Into<Scalar>) -> Result<Tensor> {
        self.scatter_value_with(dim, index, value, None)
    }

    /// Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead).
    pub fn scatter_value_with(&self, dim: i64, index: &Tensor, value: impl Into<Scalar>, reduce: Option<&str>) -> Result<Tensor> {
        let c_reduce = reduce.map(c_string).transpose()?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_scatter_value(self.as_ptr(), dim, index.as_ptr(), value.into().to_c(), c_reduce.as_ref().map_or(ptr::null(), |s| s.as_ptr()), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead).
    ///
    /// Defaults: reduce = None (all explicit: `scatter_value_with_`).
    pub fn scatter_value_(&mut self, dim: i64, index: &Tensor, value: impl Into<Scalar>) -> Result<()> {
        self.scatter_value_with_(dim, index, value, None)
    }

    /// Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead).
    pub fn scatter_value_with_(&mut self, dim: i64, index: &Tensor, value: impl Into<Scalar>, reduce: Option<&str>) -> Result<()> {
        let c_reduce = reduce.map(c_string).transpose()?;
        check(unsafe { sys::ignis_scatter_value_inplace(self.as_mut_ptr(), dim, index.as_ptr(), value.into().to_c(), c_reduce.as_ref().map_or(ptr::null(), |s| s.as_ptr())) })?;
        Ok(())
    }

    /// Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead).
    ///
    /// Defaults: reduce = None (all explicit: `scatter_value_with_out`).
    pub fn scatter_value_out(&self, out: &mut Tensor, dim: i64, index: &Tensor, value: impl Into<Scalar>) -> Result<()> {
        self.scatter_value_with_out(out, dim, index, value, None)
    }

    /// Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead).
    pub fn scatter_value_with_out(&self, out: &mut Tensor, dim: i64, index: &Tensor, value: impl Into<Scalar>, reduce: Option<&str>) -> Result<()> {
        let c_reduce = reduce.map(c_string).transpose()?;
        check(unsafe { sys::ignis_scatter_value_out(out.as_mut_ptr(), self.as_ptr(), dim, index.as_ptr(), value.into().to_c(), c_reduce.as_ref().map_or(ptr::null(), |s| s.as_ptr())) })?;
        Ok(())
    }

    /// Copy of self with src added at the positions index selects along dim (deterministic).
    pub fn scatter_add(&self, dim: i64, index: &Tensor, src: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_scatter_add(self.as_ptr(), dim, index.as_ptr(), src.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Copy of self with src added at the positions index selects along dim (deterministic).
    pub fn scatter_add_(&mut self, dim: i64, index: &Tensor, src: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_scatter_add_inplace(self.as_mut_ptr(), dim, index.as_ptr(), src.as_ptr()) })?;
        Ok(())
    }

    /// Copy of self with src added at the positions index selects along dim (deterministic).
    pub fn scatter_add_out(&self, out: &mut Tensor, dim: i64, index: &Tensor, src: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_scatter_add_out(out.as_mut_ptr(), self.as_ptr(), dim, index.as_ptr(), src.as_ptr()) })?;
        Ok(())
    }

    /// Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).
    ///
    /// Defaults: alpha = 1 (all explicit: `index_add_with`).
    pub fn index_add(&self, dim: i64, index: &Tensor, source: &Tensor) -> Result<Tensor> {
        self.index_add_with(dim, index, source, Scalar::Int(1))
    }

    /// Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).
    pub fn index_add_with(&self, dim: i64, index: &Tensor, source: &Tensor, alpha: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_index_add(self.as_ptr(), dim, index.as_ptr(), source.as_ptr(), alpha.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).
    ///
    /// Defaults: alpha = 1 (all explicit: `index_add_with_`).
    pub fn index_add_(&mut self, dim: i64, index: &Tensor, source: &Tensor) -> Result<()> {
        self.index_add_with_(dim, index, source, Scalar::Int(1))
    }

    /// Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).
    pub fn index_add_with_(&mut self, dim: i64, index: &Tensor, source: &Tensor, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_index_add_inplace(self.as_mut_ptr(), dim, index.as_ptr(), source.as_ptr(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).
    ///
    /// Defaults: alpha = 1 (all explicit: `index_add_with_out`).
    pub fn index_add_out(&self, out: &mut Tensor, dim: i64, index: &Tensor, source: &Tensor) -> Result<()> {
        self.index_add_with_out(out, dim, index, source, Scalar::Int(1))
    }

    /// Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic).
    pub fn index_add_with_out(&self, out: &mut Tensor, dim: i64, index: &Tensor, source: &Tensor, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_index_add_out(out.as_mut_ptr(), self.as_ptr(), dim, index.as_ptr(), source.as_ptr(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice.
    ///
    /// Defaults: accumulate = False (all explicit: `index_put_with`).
    pub fn index_put<T: Borrow<Tensor>>(&self, indices: &[T], values: &Tensor) -> Result<Tensor> {
        self.index_put_with(indices, values, false)
    }

    /// Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice.
    pub fn index_put_with<T: Borrow<Tensor>>(&self, indices: &[T], values: &Tensor, accumulate: bool) -> Result<Tensor> {
        let c_indices: Vec<*const sys::ignis_tensor> = indices.iter().map(|t| t.borrow().as_ptr()).collect();
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_index_put(self.as_ptr(), c_indices.as_ptr(), c_indices.len(), values.as_ptr(), i32::from(accumulate), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice.
    ///
    /// Defaults: accumulate = False (all explicit: `index_put_with_`).
    pub fn index_put_<T: Borrow<Tensor>>(&mut self, indices: &[T], values: &Tensor) -> Result<()> {
        self.index_put_with_(indices, values, false)
    }

    /// Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice.
    pub fn index_put_with_<T: Borrow<Tensor>>(&mut self, indices: &[T], values: &Tensor, accumulate: bool) -> Result<()> {
        let c_indices: Vec<*const sys::ignis_tensor> = indices.iter().map(|t| t.borrow().as_ptr()).collect();
        check(unsafe { sys::ignis_index_put_inplace(self.as_mut_ptr(), c_indices.as_ptr(), c_indices.len(), values.as_ptr(), i32::from(accumulate)) })?;
        Ok(())
    }

    /// Copy of self with value where the boolean mask (broadcast) is true.
    pub fn masked_fill_scalar(&self, mask: &Tensor, value: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_masked_fill_scalar(self.as_ptr(), mask.as_ptr(), value.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Copy of self with value where the boolean mask (broadcast) is true.
    pub fn masked_fill_scalar_(&mut self, mask: &Tensor, value: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_masked_fill_scalar_inplace(self.as_mut_ptr(), mask.as_ptr(), value.into().to_c()) })?;
        Ok(())
    }

    /// Copy of self with the 0-dim value where the boolean mask (broadcast) is true.
    pub fn masked_fill_tensor(&self, mask: &Tensor, value: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_masked_fill_tensor(self.as_ptr(), mask.as_ptr(), value.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Copy of self with the 0-dim value where the boolean mask (broadcast) is true.
    pub fn masked_fill_tensor_(&mut self, mask: &Tensor, value: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_masked_fill_tensor_inplace(self.as_mut_ptr(), mask.as_ptr(), value.as_ptr()) })?;
        Ok(())
    }

    /// 1-D tensor of the elements of self (broadcast with mask) where mask is true.
    pub fn masked_select(&self, mask: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_masked_select(self.as_ptr(), mask.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// 1-D tensor of the elements of self (broadcast with mask) where mask is true.
    pub fn masked_select_out(&self, out: &mut Tensor, mask: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_masked_select_out(out.as_mut_ptr(), self.as_ptr(), mask.as_ptr()) })?;
        Ok(())
    }

    /// Copy of self with the positions where mask is true filled from source in row-major order.
    pub fn masked_scatter(&self, mask: &Tensor, source: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_masked_scatter(self.as_ptr(), mask.as_ptr(), source.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Copy of self with the positions where mask is true filled from source in row-major order.
    pub fn masked_scatter_(&mut self, mask: &Tensor, source: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_masked_scatter_inplace(self.as_mut_ptr(), mask.as_ptr(), source.as_ptr()) })?;
        Ok(())
    }

    /// (n, self.dim()) int64 indices of the nonzero elements of self in row-major order.
    pub fn nonzero(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_nonzero(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// (n, self.dim()) int64 indices of the nonzero elements of self in row-major order.
    pub fn nonzero_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_nonzero_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape).
    pub fn take(&self, index: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_take(self.as_ptr(), index.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape).
    pub fn take_out(&self, out: &mut Tensor, index: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_take_out(out.as_mut_ptr(), self.as_ptr(), index.as_ptr()) })?;
        Ok(())
    }

    /// int64 one-hot encoding of the class indices in self (num_classes=-1 uses max + 1).
    ///
    /// Defaults: num_classes = -1 (all explicit: `one_hot_with`).
    pub fn one_hot(&self) -> Result<Tensor> {
        self.one_hot_with(-1)
    }

    /// int64 one-hot encoding of the class indices in self (num_classes=-1 uses max + 1).
    pub fn one_hot_with(&self, num_classes: i64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_one_hot(self.as_ptr(), num_classes, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims.
    pub fn matmul(&self, other: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_matmul(self.as_ptr(), other.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims.
    pub fn matmul_out(&self, out: &mut Tensor, other: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_matmul_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr()) })?;
        Ok(())
    }

    /// Product of two 2-D matrices.
    pub fn mm(&self, mat2: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_mm(self.as_ptr(), mat2.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Product of two 2-D matrices.
    pub fn mm_out(&self, out: &mut Tensor, mat2: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_mm_out(out.as_mut_ptr(), self.as_ptr(), mat2.as_ptr()) })?;
        Ok(())
    }

    /// Batched product of two 3-D tensors with the same batch size (no broadcasting).
    pub fn bmm(&self, mat2: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_bmm(self.as_ptr(), mat2.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Batched product of two 3-D tensors with the same batch size (no broadcasting).
    pub fn bmm_out(&self, out: &mut Tensor, mat2: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_bmm_out(out.as_mut_ptr(), self.as_ptr(), mat2.as_ptr()) })?;
        Ok(())
    }

    /// beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.
    ///
    /// Defaults: beta = 1, alpha = 1 (all explicit: `addmm_with`).
    pub fn addmm(&self, mat1: &Tensor, mat2: &Tensor) -> Result<Tensor> {
        self.addmm_with(mat1, mat2, Scalar::Int(1), Scalar::Int(1))
    }

    /// beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.
    pub fn addmm_with(&self, mat1: &Tensor, mat2: &Tensor, beta: impl Into<Scalar>, alpha: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_addmm(self.as_ptr(), mat1.as_ptr(), mat2.as_ptr(), beta.into().to_c(), alpha.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.
    ///
    /// Defaults: beta = 1, alpha = 1 (all explicit: `addmm_with_`).
    pub fn addmm_(&mut self, mat1: &Tensor, mat2: &Tensor) -> Result<()> {
        self.addmm_with_(mat1, mat2, Scalar::Int(1), Scalar::Int(1))
    }

    /// beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.
    pub fn addmm_with_(&mut self, mat1: &Tensor, mat2: &Tensor, beta: impl Into<Scalar>, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_addmm_inplace(self.as_mut_ptr(), mat1.as_ptr(), mat2.as_ptr(), beta.into().to_c(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.
    ///
    /// Defaults: beta = 1, alpha = 1 (all explicit: `addmm_with_out`).
    pub fn addmm_out(&self, out: &mut Tensor, mat1: &Tensor, mat2: &Tensor) -> Result<()> {
        self.addmm_with_out(out, mat1, mat2, Scalar::Int(1), Scalar::Int(1))
    }

    /// beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape.
    pub fn addmm_with_out(&self, out: &mut Tensor, mat1: &Tensor, mat2: &Tensor, beta: impl Into<Scalar>, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_addmm_out(out.as_mut_ptr(), self.as_ptr(), mat1.as_ptr(), mat2.as_ptr(), beta.into().to_c(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.
    ///
    /// Defaults: beta = 1, alpha = 1 (all explicit: `baddbmm_with`).
    pub fn baddbmm(&self, batch1: &Tensor, batch2: &Tensor) -> Result<Tensor> {
        self.baddbmm_with(batch1, batch2, Scalar::Int(1), Scalar::Int(1))
    }

    /// beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.
    pub fn baddbmm_with(&self, batch1: &Tensor, batch2: &Tensor, beta: impl Into<Scalar>, alpha: impl Into<Scalar>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_baddbmm(self.as_ptr(), batch1.as_ptr(), batch2.as_ptr(), beta.into().to_c(), alpha.into().to_c(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.
    ///
    /// Defaults: beta = 1, alpha = 1 (all explicit: `baddbmm_with_`).
    pub fn baddbmm_(&mut self, batch1: &Tensor, batch2: &Tensor) -> Result<()> {
        self.baddbmm_with_(batch1, batch2, Scalar::Int(1), Scalar::Int(1))
    }

    /// beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.
    pub fn baddbmm_with_(&mut self, batch1: &Tensor, batch2: &Tensor, beta: impl Into<Scalar>, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_baddbmm_inplace(self.as_mut_ptr(), batch1.as_ptr(), batch2.as_ptr(), beta.into().to_c(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.
    ///
    /// Defaults: beta = 1, alpha = 1 (all explicit: `baddbmm_with_out`).
    pub fn baddbmm_out(&self, out: &mut Tensor, batch1: &Tensor, batch2: &Tensor) -> Result<()> {
        self.baddbmm_with_out(out, batch1, batch2, Scalar::Int(1), Scalar::Int(1))
    }

    /// beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape.
    pub fn baddbmm_with_out(&self, out: &mut Tensor, batch1: &Tensor, batch2: &Tensor, beta: impl Into<Scalar>, alpha: impl Into<Scalar>) -> Result<()> {
        check(unsafe { sys::ignis_baddbmm_out(out.as_mut_ptr(), self.as_ptr(), batch1.as_ptr(), batch2.as_ptr(), beta.into().to_c(), alpha.into().to_c()) })?;
        Ok(())
    }

    /// Product of a 2-D matrix and a 1-D vector.
    pub fn mv(&self, vec: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_mv(self.as_ptr(), vec.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Product of a 2-D matrix and a 1-D vector.
    pub fn mv_out(&self, out: &mut Tensor, vec: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_mv_out(out.as_mut_ptr(), self.as_ptr(), vec.as_ptr()) })?;
        Ok(())
    }

    /// Inner product of two 1-D tensors of the same length (0-dim result).
    pub fn dot(&self, tensor: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_dot(self.as_ptr(), tensor.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Inner product of two 1-D tensors of the same length (0-dim result).
    pub fn dot_out(&self, out: &mut Tensor, tensor: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_dot_out(out.as_mut_ptr(), self.as_ptr(), tensor.as_ptr()) })?;
        Ok(())
    }

    /// Outer product of two 1-D tensors (n x m result).
    pub fn outer(&self, vec2: &Tensor) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_outer(self.as_ptr(), vec2.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Outer product of two 1-D tensors (n x m result).
    pub fn outer_out(&self, out: &mut Tensor, vec2: &Tensor) -> Result<()> {
        check(unsafe { sys::ignis_outer_out(out.as_mut_ptr(), self.as_ptr(), vec2.as_ptr()) })?;
        Ok(())
    }

    /// Einstein summation over the operands' labelled dims ('ij,jk->ik'), with ellipsis, repeated labels (traces, diagonals) and implicit output.
    pub fn einsum<T: Borrow<Tensor>>(equation: &str, tensors: &[T]) -> Result<Tensor> {
        let c_equation = c_string(equation)?;
        let c_tensors: Vec<*const sys::ignis_tensor> = tensors.iter().map(|t| t.borrow().as_ptr()).collect();
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_einsum(c_equation.as_ptr(), c_tensors.as_ptr(), c_tensors.len(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's.
    pub fn tensordot(&self, other: &Tensor, dims_self: &[i64], dims_other: &[i64]) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_tensordot(self.as_ptr(), other.as_ptr(), dims_self.as_ptr(), dims_self.len(), dims_other.as_ptr(), dims_other.len(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's.
    pub fn tensordot_out(&self, out: &mut Tensor, other: &Tensor, dims_self: &[i64], dims_other: &[i64]) -> Result<()> {
        check(unsafe { sys::ignis_tensordot_out(out.as_mut_ptr(), self.as_ptr(), other.as_ptr(), dims_self.as_ptr(), dims_self.len(), dims_other.as_ptr(), dims_other.len()) })?;
        Ok(())
    }

    /// tensordot over the last `dims` dims of self and the first `dims` dims of other.
    ///
    /// Defaults: dims = 2 (all explicit: `tensordot_int_with`).
    pub fn tensordot_int(&self, other: &Tensor) -> Result<Tensor> {
        self.tensordot_int_with(other, 2)
    }

    /// tensordot over the last `dims` dims of self and the first `dims` dims of other.
    pub fn tensordot_int_with(&self, other: &Tensor, dims: i64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_tensordot_int(self.as_ptr(), other.as_ptr(), dims, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors.
    ///
    /// Defaults: ord = None, dim = None, keepdim = False, dtype = None (all explicit: `linalg_norm_with`).
    pub fn linalg_norm(&self) -> Result<Tensor> {
        self.linalg_norm_with(None, None, false, None)
    }

    /// Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors.
    pub fn linalg_norm_with(&self, ord: Option<Scalar>, dim: Option<&[i64]>, keepdim: bool, dtype: Option<DType>) -> Result<Tensor> {
        let c_ord = ord.map(Scalar::to_c);
        let c_dtype = dtype.map(DType::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_linalg_norm(self.as_ptr(), c_ord.as_ref().map_or(ptr::null(), |v| v as *const _), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors.
    ///
    /// Defaults: ord = None, dim = None, keepdim = False, dtype = None (all explicit: `linalg_norm_with_out`).
    pub fn linalg_norm_out(&self, out: &mut Tensor) -> Result<()> {
        self.linalg_norm_with_out(out, None, None, false, None)
    }

    /// Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors.
    pub fn linalg_norm_with_out(&self, out: &mut Tensor, ord: Option<Scalar>, dim: Option<&[i64]>, keepdim: bool, dtype: Option<DType>) -> Result<()> {
        let c_ord = ord.map(Scalar::to_c);
        let c_dtype = dtype.map(DType::to_c);
        check(unsafe { sys::ignis_linalg_norm_out(out.as_mut_ptr(), self.as_ptr(), c_ord.as_ref().map_or(ptr::null(), |v| v as *const _), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two).
    ///
    /// Defaults: dim = None, keepdim = False, dtype = None (all explicit: `linalg_norm_ord_str_with`).
    pub fn linalg_norm_ord_str(&self, ord: &str) -> Result<Tensor> {
        self.linalg_norm_ord_str_with(ord, None, false, None)
    }

    /// Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two).
    pub fn linalg_norm_ord_str_with(&self, ord: &str, dim: Option<&[i64]>, keepdim: bool, dtype: Option<DType>) -> Result<Tensor> {
        let c_ord = c_string(ord)?;
        let c_dtype = dtype.map(DType::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_linalg_norm_ord_str(self.as_ptr(), c_ord.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two).
    ///
    /// Defaults: dim = None, keepdim = False, dtype = None (all explicit: `linalg_norm_ord_str_with_out`).
    pub fn linalg_norm_ord_str_out(&self, out: &mut Tensor, ord: &str) -> Result<()> {
        self.linalg_norm_ord_str_with_out(out, ord, None, false, None)
    }

    /// Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two).
    pub fn linalg_norm_ord_str_with_out(&self, out: &mut Tensor, ord: &str, dim: Option<&[i64]>, keepdim: bool, dtype: Option<DType>) -> Result<()> {
        let c_ord = c_string(ord)?;
        let c_dtype = dtype.map(DType::to_c);
        check(unsafe { sys::ignis_linalg_norm_ord_str_out(out.as_mut_ptr(), self.as_ptr(), c_ord.as_ptr(), dim.map_or(ptr::null(), <[i64]>::as_ptr), dim.map_or(0, <[i64]>::len), i32::from(keepdim), c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector).
    ///
    /// `self` is the schema's `A`.
    ///
    /// Defaults: left = True (all explicit: `linalg_solve_with`).
    pub fn linalg_solve(&self, b: &Tensor) -> Result<Tensor> {
        self.linalg_solve_with(b, true)
    }

    /// Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector).
    ///
    /// `self` is the schema's `A`.
    pub fn linalg_solve_with(&self, b: &Tensor, left: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_linalg_solve(self.as_ptr(), b.as_ptr(), i32::from(left), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector).
    ///
    /// `self` is the schema's `A`.
    ///
    /// Defaults: left = True (all explicit: `linalg_solve_with_out`).
    pub fn linalg_solve_out(&self, out: &mut Tensor, b: &Tensor) -> Result<()> {
        self.linalg_solve_with_out(out, b, true)
    }

    /// Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector).
    ///
    /// `self` is the schema's `A`.
    pub fn linalg_solve_with_out(&self, out: &mut Tensor, b: &Tensor, left: bool) -> Result<()> {
        check(unsafe { sys::ignis_linalg_solve_out(out.as_mut_ptr(), self.as_ptr(), b.as_ptr(), i32::from(left)) })?;
        Ok(())
    }

    /// Inverse of a square non-singular matrix (batched).
    ///
    /// `self` is the schema's `A`.
    pub fn linalg_inv(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_linalg_inv(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Inverse of a square non-singular matrix (batched).
    ///
    /// `self` is the schema's `A`.
    pub fn linalg_inv_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_linalg_inv_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Determinant of a square matrix (batched), from its LU factorization.
    ///
    /// `self` is the schema's `A`.
    pub fn linalg_det(&self) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_linalg_det(self.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Determinant of a square matrix (batched), from its LU factorization.
    ///
    /// `self` is the schema's `A`.
    pub fn linalg_det_out(&self, out: &mut Tensor) -> Result<()> {
        check(unsafe { sys::ignis_linalg_det_out(out.as_mut_ptr(), self.as_ptr()) })?;
        Ok(())
    }

    /// Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper.
    ///
    /// `self` is the schema's `A`.
    ///
    /// Defaults: upper = False (all explicit: `linalg_cholesky_with`).
    pub fn linalg_cholesky(&self) -> Result<Tensor> {
        self.linalg_cholesky_with(false)
    }

    /// Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper.
    ///
    /// `self` is the schema's `A`.
    pub fn linalg_cholesky_with(&self, upper: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_linalg_cholesky(self.as_ptr(), i32::from(upper), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper.
    ///
    /// `self` is the schema's `A`.
    ///
    /// Defaults: upper = False (all explicit: `linalg_cholesky_with_out`).
    pub fn linalg_cholesky_out(&self, out: &mut Tensor) -> Result<()> {
        self.linalg_cholesky_with_out(out, false)
    }

    /// Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper.
    ///
    /// `self` is the schema's `A`.
    pub fn linalg_cholesky_with_out(&self, out: &mut Tensor, upper: bool) -> Result<()> {
        check(unsafe { sys::ignis_linalg_cholesky_out(out.as_mut_ptr(), self.as_ptr(), i32::from(upper)) })?;
        Ok(())
    }

    /// QR decomposition A = Q R; mode "reduced" (Q m x k) or "complete" (Q m x m), k = min(m, n).
    ///
    /// `self` is the schema's `A`.
    ///
    /// Defaults: mode = "reduced" (all explicit: `linalg_qr_with`).
    pub fn linalg_qr(&self) -> Result<(Tensor, Tensor)> {
        self.linalg_qr_with("reduced")
    }

    /// QR decomposition A = Q R; mode "reduced" (Q m x k) or "complete" (Q m x m), k = min(m, n).
    ///
    /// `self` is the schema's `A`.
    pub fn linalg_qr_with(&self, mode: &str) -> Result<(Tensor, Tensor)> {
        let c_mode = c_string(mode)?;
        let mut c_res0 = ptr::null_mut();
        let mut c_res1 = ptr::null_mut();
        check(unsafe { sys::ignis_linalg_qr(self.as_ptr(), c_mode.as_ptr(), &mut c_res0, &mut c_res1) })?;
        // SAFETY: on success each out-pointer holds a new reference.
        Ok(unsafe { (Tensor::from_raw(c_res0), Tensor::from_raw(c_res1)) })
    }

    /// Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh.
    ///
    /// `self` is the schema's `A`.
    ///
    /// Defaults: full_matrices = True (all explicit: `linalg_svd_with`).
    pub fn linalg_svd(&self) -> Result<(Tensor, Tensor, Tensor)> {
        self.linalg_svd_with(true)
    }

    /// Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh.
    ///
    /// `self` is the schema's `A`.
    pub fn linalg_svd_with(&self, full_matrices: bool) -> Result<(Tensor, Tensor, Tensor)> {
        let mut c_res0 = ptr::null_mut();
        let mut c_res1 = ptr::null_mut();
        let mut c_res2 = ptr::null_mut();
        check(unsafe { sys::ignis_linalg_svd(self.as_ptr(), i32::from(full_matrices), &mut c_res0, &mut c_res1, &mut c_res2) })?;
        // SAFETY: on success each out-pointer holds a new reference.
        Ok(unsafe { (Tensor::from_raw(c_res0), Tensor::from_raw(c_res1), Tensor::from_raw(c_res2)) })
    }

    /// exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first.
    ///
    /// Defaults: dtype = None (all explicit: `softmax_with`).
    pub fn softmax(&self, dim: i64) -> Result<Tensor> {
        self.softmax_with(dim, None)
    }

    /// exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first.
    pub fn softmax_with(&self, dim: i64, dtype: Option<DType>) -> Result<Tensor> {
        let c_dtype = dtype.map(DType::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_softmax(self.as_ptr(), dim, c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first.
    ///
    /// Defaults: dtype = None (all explicit: `softmax_with_out`).
    pub fn softmax_out(&self, out: &mut Tensor, dim: i64) -> Result<()> {
        self.softmax_with_out(out, dim, None)
    }

    /// exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first.
    pub fn softmax_with_out(&self, out: &mut Tensor, dim: i64, dtype: Option<DType>) -> Result<()> {
        let c_dtype = dtype.map(DType::to_c);
        check(unsafe { sys::ignis_softmax_out(out.as_mut_ptr(), self.as_ptr(), dim, c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// x - logsumexp(x) along dim (numerically stable); dtype casts the input first.
    ///
    /// Defaults: dtype = None (all explicit: `log_softmax_with`).
    pub fn log_softmax(&self, dim: i64) -> Result<Tensor> {
        self.log_softmax_with(dim, None)
    }

    /// x - logsumexp(x) along dim (numerically stable); dtype casts the input first.
    pub fn log_softmax_with(&self, dim: i64, dtype: Option<DType>) -> Result<Tensor> {
        let c_dtype = dtype.map(DType::to_c);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_log_softmax(self.as_ptr(), dim, c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// x - logsumexp(x) along dim (numerically stable); dtype casts the input first.
    ///
    /// Defaults: dtype = None (all explicit: `log_softmax_with_out`).
    pub fn log_softmax_out(&self, out: &mut Tensor, dim: i64) -> Result<()> {
        self.log_softmax_with_out(out, dim, None)
    }

    /// x - logsumexp(x) along dim (numerically stable); dtype casts the input first.
    pub fn log_softmax_with_out(&self, out: &mut Tensor, dim: i64, dtype: Option<DType>) -> Result<()> {
        let c_dtype = dtype.map(DType::to_c);
        check(unsafe { sys::ignis_log_softmax_out(out.as_mut_ptr(), self.as_ptr(), dim, c_dtype.as_ref().map_or(ptr::null(), |v| v as *const _)) })?;
        Ok(())
    }

    /// Zeroes each element with probability p and scales the rest by 1/(1-p) when train; identity otherwise.
    ///
    /// `self` is the schema's `input`.
    pub fn dropout(&self, p: f64, train: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_dropout(self.as_ptr(), p, i32::from(train), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Dropout for SELU networks that keeps mean and variance (dropped elements set to the SELU negative saturation).
    ///
    /// `self` is the schema's `input`.
    pub fn alpha_dropout(&self, p: f64, train: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_alpha_dropout(self.as_ptr(), p, i32::from(train), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// input @ weight^T + bias over the last dim of input.
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: bias = None (all explicit: `linear_with`).
    pub fn linear(&self, weight: &Tensor) -> Result<Tensor> {
        self.linear_with(weight, None)
    }

    /// input @ weight^T + bias over the last dim of input.
    ///
    /// `self` is the schema's `input`.
    pub fn linear_with(&self, weight: &Tensor, bias: Option<&Tensor>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_linear(self.as_ptr(), weight.as_ptr(), bias.map_or(ptr::null(), Tensor::as_ptr), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// y[..., k] = input1 @ weight[k] @ input2^T + bias[k].
    ///
    /// `self` is the schema's `input1`.
    ///
    /// Defaults: bias = None (all explicit: `bilinear_with`).
    pub fn bilinear(&self, input2: &Tensor, weight: &Tensor) -> Result<Tensor> {
        self.bilinear_with(input2, weight, None)
    }

    /// y[..., k] = input1 @ weight[k] @ input2^T + bias[k].
    ///
    /// `self` is the schema's `input1`.
    pub fn bilinear_with(&self, input2: &Tensor, weight: &Tensor, bias: Option<&Tensor>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_bilinear(self.as_ptr(), input2.as_ptr(), weight.as_ptr(), bias.map_or(ptr::null(), Tensor::as_ptr), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Rows of weight picked by the integer indices; the padding_idx row gets no gradient.
    ///
    /// `self` is the schema's `weight`.
    ///
    /// Defaults: padding_idx = -1 (all explicit: `embedding_with`).
    pub fn embedding(&self, indices: &Tensor) -> Result<Tensor> {
        self.embedding_with(indices, -1)
    }

    /// Rows of weight picked by the integer indices; the padding_idx row gets no gradient.
    ///
    /// `self` is the schema's `weight`.
    pub fn embedding_with(&self, indices: &Tensor, padding_idx: i64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_embedding(self.as_ptr(), indices.as_ptr(), padding_idx, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets).
    ///
    /// `self` is the schema's `weight`.
    ///
    /// Defaults: offsets = None, mode = "mean", per_sample_weights = None, include_last_offset = False, padding_idx = None (all explicit: `embedding_bag_with`).
    pub fn embedding_bag(&self, indices: &Tensor) -> Result<Tensor> {
        self.embedding_bag_with(indices, None, "mean", None, false, None)
    }

    /// Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets).
    ///
    /// `self` is the schema's `weight`.
    pub fn embedding_bag_with(&self, indices: &Tensor, offsets: Option<&Tensor>, mode: &str, per_sample_weights: Option<&Tensor>, include_last_offset: bool, padding_idx: Option<i64>) -> Result<Tensor> {
        let c_mode = c_string(mode)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_embedding_bag(self.as_ptr(), indices.as_ptr(), offsets.map_or(ptr::null(), Tensor::as_ptr), c_mode.as_ptr(), per_sample_weights.map_or(ptr::null(), Tensor::as_ptr), i32::from(include_last_offset), padding_idx.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones).
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: weight = None, bias = None, training = False, momentum = 0.1, eps = 1e-05 (all explicit: `batch_norm_with`).
    pub fn batch_norm(&self, running_mean: Option<&Tensor>, running_var: Option<&Tensor>) -> Result<Tensor> {
        self.batch_norm_with(running_mean, running_var, None, None, false, 0.1, 1e-05)
    }

    /// Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones).
    ///
    /// `self` is the schema's `input`.
    pub fn batch_norm_with(&self, running_mean: Option<&Tensor>, running_var: Option<&Tensor>, weight: Option<&Tensor>, bias: Option<&Tensor>, training: bool, momentum: f64, eps: f64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_batch_norm(self.as_ptr(), running_mean.map_or(ptr::null(), Tensor::as_ptr), running_var.map_or(ptr::null(), Tensor::as_ptr), weight.map_or(ptr::null(), Tensor::as_ptr), bias.map_or(ptr::null(), Tensor::as_ptr), i32::from(training), momentum, eps, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias.
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: weight = None, bias = None, eps = 1e-05 (all explicit: `layer_norm_with`).
    pub fn layer_norm(&self, normalized_shape: &[i64]) -> Result<Tensor> {
        self.layer_norm_with(normalized_shape, None, None, 1e-05)
    }

    /// Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias.
    ///
    /// `self` is the schema's `input`.
    pub fn layer_norm_with(&self, normalized_shape: &[i64], weight: Option<&Tensor>, bias: Option<&Tensor>, eps: f64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_layer_norm(self.as_ptr(), normalized_shape.as_ptr(), normalized_shape.len(), weight.map_or(ptr::null(), Tensor::as_ptr), bias.map_or(ptr::null(), Tensor::as_ptr), eps, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine.
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: weight = None, bias = None, eps = 1e-05 (all explicit: `group_norm_with`).
    pub fn group_norm(&self, num_groups: i64) -> Result<Tensor> {
        self.group_norm_with(num_groups, None, None, 1e-05)
    }

    /// Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine.
    ///
    /// `self` is the schema's `input`.
    pub fn group_norm_with(&self, num_groups: i64, weight: Option<&Tensor>, bias: Option<&Tensor>, eps: f64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_group_norm(self.as_ptr(), num_groups, weight.map_or(ptr::null(), Tensor::as_ptr), bias.map_or(ptr::null(), Tensor::as_ptr), eps, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon).
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: weight = None, eps = None (all explicit: `rms_norm_with`).
    pub fn rms_norm(&self, normalized_shape: &[i64]) -> Result<Tensor> {
        self.rms_norm_with(normalized_shape, None, None)
    }

    /// x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon).
    ///
    /// `self` is the schema's `input`.
    pub fn rms_norm_with(&self, normalized_shape: &[i64], weight: Option<&Tensor>, eps: Option<f64>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_rms_norm(self.as_ptr(), normalized_shape.as_ptr(), normalized_shape.len(), weight.map_or(ptr::null(), Tensor::as_ptr), eps.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Normalizes each (sample, channel) over the spatial dims, then per-channel affine.
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: weight = None, bias = None, running_mean = None, running_var = None, use_input_stats = True, momentum = 0.1, eps = 1e-05 (all explicit: `instance_norm_with`).
    pub fn instance_norm(&self) -> Result<Tensor> {
        self.instance_norm_with(None, None, None, None, true, 0.1, 1e-05)
    }

    /// Normalizes each (sample, channel) over the spatial dims, then per-channel affine.
    ///
    /// `self` is the schema's `input`.
    pub fn instance_norm_with(&self, weight: Option<&Tensor>, bias: Option<&Tensor>, running_mean: Option<&Tensor>, running_var: Option<&Tensor>, use_input_stats: bool, momentum: f64, eps: f64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_instance_norm(self.as_ptr(), weight.map_or(ptr::null(), Tensor::as_ptr), bias.map_or(ptr::null(), Tensor::as_ptr), running_mean.map_or(ptr::null(), Tensor::as_ptr), running_var.map_or(ptr::null(), Tensor::as_ptr), i32::from(use_input_stats), momentum, eps, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting.
    ///
    /// `self` is the schema's `x1`.
    ///
    /// Defaults: dim = 1, eps = 1e-08 (all explicit: `cosine_similarity_with`).
    pub fn cosine_similarity(&self, x2: &Tensor) -> Result<Tensor> {
        self.cosine_similarity_with(x2, 1, 1e-08)
    }

    /// sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting.
    ///
    /// `self` is the schema's `x1`.
    pub fn cosine_similarity_with(&self, x2: &Tensor, dim: i64, eps: f64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_cosine_similarity(self.as_ptr(), x2.as_ptr(), dim, eps, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// p-norm of x1 - x2 + eps over the last dim, broadcasting.
    ///
    /// `self` is the schema's `x1`.
    ///
    /// Defaults: p = 2, eps = 1e-06, keepdim = False (all explicit: `pairwise_distance_with`).
    pub fn pairwise_distance(&self, x2: &Tensor) -> Result<Tensor> {
        self.pairwise_distance_with(x2, 2.0, 1e-06, false)
    }

    /// p-norm of x1 - x2 + eps over the last dim, broadcasting.
    ///
    /// `self` is the schema's `x1`.
    pub fn pairwise_distance_with(&self, x2: &Tensor, p: f64, eps: f64, keepdim: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_pairwise_distance(self.as_ptr(), x2.as_ptr(), p, eps, i32::from(keepdim), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future.
    ///
    /// `self` is the schema's `query`.
    ///
    /// Defaults: attn_mask = None, dropout_p = 0.0, is_causal = False, scale = None (all explicit: `scaled_dot_product_attention_with`).
    pub fn scaled_dot_product_attention(&self, key: &Tensor, value: &Tensor) -> Result<Tensor> {
        self.scaled_dot_product_attention_with(key, value, None, 0.0, false, None)
    }

    /// softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future.
    ///
    /// `self` is the schema's `query`.
    pub fn scaled_dot_product_attention_with(&self, key: &Tensor, value: &Tensor, attn_mask: Option<&Tensor>, dropout_p: f64, is_causal: bool, scale: Option<f64>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_scaled_dot_product_attention(self.as_ptr(), key.as_ptr(), value.as_ptr(), attn_mask.map_or(ptr::null(), Tensor::as_ptr), dropout_p, i32::from(is_causal), scale.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K).
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: bias = None, stride = [1], padding = [0], dilation = [1], groups = 1 (all explicit: `conv1d_with`).
    pub fn conv1d(&self, weight: &Tensor) -> Result<Tensor> {
        self.conv1d_with(weight, None, &[1], &[0], &[1], 1)
    }

    /// 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K).
    ///
    /// `self` is the schema's `input`.
    pub fn conv1d_with(&self, weight: &Tensor, bias: Option<&Tensor>, stride: &[i64], padding: &[i64], dilation: &[i64], groups: i64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_conv1d(self.as_ptr(), weight.as_ptr(), bias.map_or(ptr::null(), Tensor::as_ptr), stride.as_ptr(), stride.len(), padding.as_ptr(), padding.len(), dilation.as_ptr(), dilation.len(), groups, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// 1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1).
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: dilation = [1], groups = 1 (all explicit: `conv1d_padding_with`).
    pub fn conv1d_padding(&self, weight: &Tensor, bias: Option<&Tensor>, stride: &[i64], padding: &str) -> Result<Tensor> {
        self.conv1d_padding_with(weight, bias, stride, padding, &[1], 1)
    }

    /// 1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1).
    ///
    /// `self` is the schema's `input`.
    pub fn conv1d_padding_with(&self, weight: &Tensor, bias: Option<&Tensor>, stride: &[i64], padding: &str, dilation: &[i64], groups: i64) -> Result<Tensor> {
        let c_padding = c_string(padding)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_conv1d_padding(self.as_ptr(), weight.as_ptr(), bias.map_or(ptr::null(), Tensor::as_ptr), stride.as_ptr(), stride.len(), c_padding.as_ptr(), dilation.as_ptr(), dilation.len(), groups, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW).
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: bias = None, stride = [1], padding = [0], dilation = [1], groups = 1 (all explicit: `conv2d_with`).
    pub fn conv2d(&self, weight: &Tensor) -> Result<Tensor> {
        self.conv2d_with(weight, None, &[1], &[0], &[1], 1)
    }

    /// 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW).
    ///
    /// `self` is the schema's `input`.
    pub fn conv2d_with(&self, weight: &Tensor, bias: Option<&Tensor>, stride: &[i64], padding: &[i64], dilation: &[i64], groups: i64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_conv2d(self.as_ptr(), weight.as_ptr(), bias.map_or(ptr::null(), Tensor::as_ptr), stride.as_ptr(), stride.len(), padding.as_ptr(), padding.len(), dilation.as_ptr(), dilation.len(), groups, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// 2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1).
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: dilation = [1], groups = 1 (all explicit: `conv2d_padding_with`).
    pub fn conv2d_padding(&self, weight: &Tensor, bias: Option<&Tensor>, stride: &[i64], padding: &str) -> Result<Tensor> {
        self.conv2d_padding_with(weight, bias, stride, padding, &[1], 1)
    }

    /// 2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1).
    ///
    /// `self` is the schema's `input`.
    pub fn conv2d_padding_with(&self, weight: &Tensor, bias: Option<&Tensor>, stride: &[i64], padding: &str, dilation: &[i64], groups: i64) -> Result<Tensor> {
        let c_padding = c_string(padding)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_conv2d_padding(self.as_ptr(), weight.as_ptr(), bias.map_or(ptr::null(), Tensor::as_ptr), stride.as_ptr(), stride.len(), c_padding.as_ptr(), dilation.as_ptr(), dilation.len(), groups, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW).
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: bias = None, stride = [1], padding = [0], dilation = [1], groups = 1 (all explicit: `conv3d_with`).
    pub fn conv3d(&self, weight: &Tensor) -> Result<Tensor> {
        self.conv3d_with(weight, None, &[1], &[0], &[1], 1)
    }

    /// 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW).
    ///
    /// `self` is the schema's `input`.
    pub fn conv3d_with(&self, weight: &Tensor, bias: Option<&Tensor>, stride: &[i64], padding: &[i64], dilation: &[i64], groups: i64) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_conv3d(self.as_ptr(), weight.as_ptr(), bias.map_or(ptr::null(), Tensor::as_ptr), stride.as_ptr(), stride.len(), padding.as_ptr(), padding.len(), dilation.as_ptr(), dilation.len(), groups, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// 3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1).
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: dilation = [1], groups = 1 (all explicit: `conv3d_padding_with`).
    pub fn conv3d_padding(&self, weight: &Tensor, bias: Option<&Tensor>, stride: &[i64], padding: &str) -> Result<Tensor> {
        self.conv3d_padding_with(weight, bias, stride, padding, &[1], 1)
    }

    /// 3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1).
    ///
    /// `self` is the schema's `input`.
    pub fn conv3d_padding_with(&self, weight: &Tensor, bias: Option<&Tensor>, stride: &[i64], padding: &str, dilation: &[i64], groups: i64) -> Result<Tensor> {
        let c_padding = c_string(padding)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_conv3d_padding(self.as_ptr(), weight.as_ptr(), bias.map_or(ptr::null(), Tensor::as_ptr), stride.as_ptr(), stride.len(), c_padding.as_ptr(), dilation.as_ptr(), dilation.len(), groups, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K).
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: bias = None, stride = [1], padding = [0], output_padding = [0], groups = 1, dilation = [1] (all explicit: `conv_transpose1d_with`).
    pub fn conv_transpose1d(&self, weight: &Tensor) -> Result<Tensor> {
        self.conv_transpose1d_with(weight, None, &[1], &[0], &[0], 1, &[1])
    }

    /// 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K).
    ///
    /// `self` is the schema's `input`.
    pub fn conv_transpose1d_with(&self, weight: &Tensor, bias: Option<&Tensor>, stride: &[i64], padding: &[i64], output_padding: &[i64], groups: i64, dilation: &[i64]) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_conv_transpose1d(self.as_ptr(), weight.as_ptr(), bias.map_or(ptr::null(), Tensor::as_ptr), stride.as_ptr(), stride.len(), padding.as_ptr(), padding.len(), output_padding.as_ptr(), output_padding.len(), groups, dilation.as_ptr(), dilation.len(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW).
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: bias = None, stride = [1], padding = [0], output_padding = [0], groups = 1, dilation = [1] (all explicit: `conv_transpose2d_with`).
    pub fn conv_transpose2d(&self, weight: &Tensor) -> Result<Tensor> {
        self.conv_transpose2d_with(weight, None, &[1], &[0], &[0], 1, &[1])
    }

    /// 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW).
    ///
    /// `self` is the schema's `input`.
    pub fn conv_transpose2d_with(&self, weight: &Tensor, bias: Option<&Tensor>, stride: &[i64], padding: &[i64], output_padding: &[i64], groups: i64, dilation: &[i64]) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_conv_transpose2d(self.as_ptr(), weight.as_ptr(), bias.map_or(ptr::null(), Tensor::as_ptr), stride.as_ptr(), stride.len(), padding.as_ptr(), padding.len(), output_padding.as_ptr(), output_padding.len(), groups, dilation.as_ptr(), dilation.len(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size.
    ///
    /// Defaults: stride = [], padding = [0], dilation = [1], ceil_mode = False (all explicit: `max_pool1d_with`).
    pub fn max_pool1d(&self, kernel_size: &[i64]) -> Result<Tensor> {
        self.max_pool1d_with(kernel_size, &[], &[0], &[1], false)
    }

    /// Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size.
    pub fn max_pool1d_with(&self, kernel_size: &[i64], stride: &[i64], padding: &[i64], dilation: &[i64], ceil_mode: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_max_pool1d(self.as_ptr(), kernel_size.as_ptr(), kernel_size.len(), stride.as_ptr(), stride.len(), padding.as_ptr(), padding.len(), dilation.as_ptr(), dilation.len(), i32::from(ceil_mode), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W).
    ///
    /// Defaults: stride = [], padding = [0], dilation = [1], ceil_mode = False (all explicit: `max_pool2d_with`).
    pub fn max_pool2d(&self, kernel_size: &[i64]) -> Result<Tensor> {
        self.max_pool2d_with(kernel_size, &[], &[0], &[1], false)
    }

    /// Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W).
    pub fn max_pool2d_with(&self, kernel_size: &[i64], stride: &[i64], padding: &[i64], dilation: &[i64], ceil_mode: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_max_pool2d(self.as_ptr(), kernel_size.as_ptr(), kernel_size.len(), stride.as_ptr(), stride.len(), padding.as_ptr(), padding.len(), dilation.as_ptr(), dilation.len(), i32::from(ceil_mode), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// max_pool2d and the flat index (h * W + w) of each maximum in its input plane.
    ///
    /// Defaults: stride = [], padding = [0], dilation = [1], ceil_mode = False (all explicit: `max_pool2d_with_indices_with`).
    pub fn max_pool2d_with_indices(&self, kernel_size: &[i64]) -> Result<(Tensor, Tensor)> {
        self.max_pool2d_with_indices_with(kernel_size, &[], &[0], &[1], false)
    }

    /// max_pool2d and the flat index (h * W + w) of each maximum in its input plane.
    pub fn max_pool2d_with_indices_with(&self, kernel_size: &[i64], stride: &[i64], padding: &[i64], dilation: &[i64], ceil_mode: bool) -> Result<(Tensor, Tensor)> {
        let mut c_res0 = ptr::null_mut();
        let mut c_res1 = ptr::null_mut();
        check(unsafe { sys::ignis_max_pool2d_with_indices(self.as_ptr(), kernel_size.as_ptr(), kernel_size.len(), stride.as_ptr(), stride.len(), padding.as_ptr(), padding.len(), dilation.as_ptr(), dilation.len(), i32::from(ceil_mode), &mut c_res0, &mut c_res1) })?;
        // SAFETY: on success each out-pointer holds a new reference.
        Ok(unsafe { (Tensor::from_raw(c_res0), Tensor::from_raw(c_res1)) })
    }

    /// Mean over sliding windows of the last dim of (N, C, L) or (C, L).
    ///
    /// Defaults: stride = [], padding = [0], ceil_mode = False, count_include_pad = True (all explicit: `avg_pool1d_with`).
    pub fn avg_pool1d(&self, kernel_size: &[i64]) -> Result<Tensor> {
        self.avg_pool1d_with(kernel_size, &[], &[0], false, true)
    }

    /// Mean over sliding windows of the last dim of (N, C, L) or (C, L).
    pub fn avg_pool1d_with(&self, kernel_size: &[i64], stride: &[i64], padding: &[i64], ceil_mode: bool, count_include_pad: bool) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_avg_pool1d(self.as_ptr(), kernel_size.as_ptr(), kernel_size.len(), stride.as_ptr(), stride.len(), padding.as_ptr(), padding.len(), i32::from(ceil_mode), i32::from(count_include_pad), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Mean over sliding windows of the last two dims; divisor_override replaces the window size.
    ///
    /// Defaults: stride = [], padding = [0], ceil_mode = False, count_include_pad = True, divisor_override = None (all explicit: `avg_pool2d_with`).
    pub fn avg_pool2d(&self, kernel_size: &[i64]) -> Result<Tensor> {
        self.avg_pool2d_with(kernel_size, &[], &[0], false, true, None)
    }

    /// Mean over sliding windows of the last two dims; divisor_override replaces the window size.
    pub fn avg_pool2d_with(&self, kernel_size: &[i64], stride: &[i64], padding: &[i64], ceil_mode: bool, count_include_pad: bool, divisor_override: Option<i64>) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_avg_pool2d(self.as_ptr(), kernel_size.as_ptr(), kernel_size.len(), stride.as_ptr(), stride.len(), padding.as_ptr(), padding.len(), i32::from(ceil_mode), i32::from(count_include_pad), divisor_override.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Mean over output_size evenly spread windows of the last dim.
    pub fn adaptive_avg_pool1d(&self, output_size: &[i64]) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_adaptive_avg_pool1d(self.as_ptr(), output_size.as_ptr(), output_size.len(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Mean over an output_size grid of evenly spread windows of the last two dims.
    pub fn adaptive_avg_pool2d(&self, output_size: &[i64]) -> Result<Tensor> {
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_adaptive_avg_pool2d(self.as_ptr(), output_size.as_ptr(), output_size.len(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Maximum over an output_size grid of windows, and the flat index (h * W + w) of each maximum.
    pub fn adaptive_max_pool2d(&self, output_size: &[i64]) -> Result<(Tensor, Tensor)> {
        let mut c_res0 = ptr::null_mut();
        let mut c_res1 = ptr::null_mut();
        check(unsafe { sys::ignis_adaptive_max_pool2d(self.as_ptr(), output_size.as_ptr(), output_size.len(), &mut c_res0, &mut c_res1) })?;
        // SAFETY: on success each out-pointer holds a new reference.
        Ok(unsafe { (Tensor::from_raw(c_res0), Tensor::from_raw(c_res1)) })
    }

    /// Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input).
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: size = None, scale_factor = None, mode = "nearest", align_corners = None (all explicit: `interpolate_with`).
    pub fn interpolate(&self) -> Result<Tensor> {
        self.interpolate_with(None, None, "nearest", None)
    }

    /// Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input).
    ///
    /// `self` is the schema's `input`.
    pub fn interpolate_with(&self, size: Option<&[i64]>, scale_factor: Option<f64>, mode: &str, align_corners: Option<bool>) -> Result<Tensor> {
        let c_mode = c_string(mode)?;
        let c_align_corners = align_corners.map(i32::from);
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_interpolate(self.as_ptr(), size.map_or(ptr::null(), <[i64]>::as_ptr), size.map_or(0, <[i64]>::len), scale_factor.as_ref().map_or(ptr::null(), |v| v as *const _), c_mode.as_ptr(), c_align_corners.as_ref().map_or(ptr::null(), |v| v as *const _), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing.
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: weight = None, ignore_index = -100, reduction = "mean", label_smoothing = 0.0 (all explicit: `cross_entropy_with`).
    pub fn cross_entropy(&self, target: &Tensor) -> Result<Tensor> {
        self.cross_entropy_with(target, None, -100, "mean", 0.0)
    }

    /// Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing.
    ///
    /// `self` is the schema's `input`.
    pub fn cross_entropy_with(&self, target: &Tensor, weight: Option<&Tensor>, ignore_index: i64, reduction: &str, label_smoothing: f64) -> Result<Tensor> {
        let c_reduction = c_string(reduction)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_cross_entropy(self.as_ptr(), target.as_ptr(), weight.map_or(ptr::null(), Tensor::as_ptr), ignore_index, c_reduction.as_ptr(), label_smoothing, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights.
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: weight = None, ignore_index = -100, reduction = "mean" (all explicit: `nll_loss_with`).
    pub fn nll_loss(&self, target: &Tensor) -> Result<Tensor> {
        self.nll_loss_with(target, None, -100, "mean")
    }

    /// Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights.
    ///
    /// `self` is the schema's `input`.
    pub fn nll_loss_with(&self, target: &Tensor, weight: Option<&Tensor>, ignore_index: i64, reduction: &str) -> Result<Tensor> {
        let c_reduction = c_string(reduction)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_nll_loss(self.as_ptr(), target.as_ptr(), weight.map_or(ptr::null(), Tensor::as_ptr), ignore_index, c_reduction.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Squared error (input - target)^2, reduced by reduction ("none", "mean" or "sum").
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: reduction = "mean" (all explicit: `mse_loss_with`).
    pub fn mse_loss(&self, target: &Tensor) -> Result<Tensor> {
        self.mse_loss_with(target, "mean")
    }

    /// Squared error (input - target)^2, reduced by reduction ("none", "mean" or "sum").
    ///
    /// `self` is the schema's `input`.
    pub fn mse_loss_with(&self, target: &Tensor, reduction: &str) -> Result<Tensor> {
        let c_reduction = c_string(reduction)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_mse_loss(self.as_ptr(), target.as_ptr(), c_reduction.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Absolute error |input - target|, reduced by reduction.
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: reduction = "mean" (all explicit: `l1_loss_with`).
    pub fn l1_loss(&self, target: &Tensor) -> Result<Tensor> {
        self.l1_loss_with(target, "mean")
    }

    /// Absolute error |input - target|, reduced by reduction.
    ///
    /// `self` is the schema's `input`.
    pub fn l1_loss_with(&self, target: &Tensor, reduction: &str) -> Result<Tensor> {
        let c_reduction = c_string(reduction)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_l1_loss(self.as_ptr(), target.as_ptr(), c_reduction.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// 0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (d = input - target), reduced.
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: reduction = "mean", beta = 1.0 (all explicit: `smooth_l1_loss_with`).
    pub fn smooth_l1_loss(&self, target: &Tensor) -> Result<Tensor> {
        self.smooth_l1_loss_with(target, "mean", 1.0)
    }

    /// 0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (d = input - target), reduced.
    ///
    /// `self` is the schema's `input`.
    pub fn smooth_l1_loss_with(&self, target: &Tensor, reduction: &str, beta: f64) -> Result<Tensor> {
        let c_reduction = c_string(reduction)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_smooth_l1_loss(self.as_ptr(), target.as_ptr(), c_reduction.as_ptr(), beta, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// 0.5 d^2 where |d| <= delta, else delta (|d| - 0.5 delta), reduced.
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: reduction = "mean", delta = 1.0 (all explicit: `huber_loss_with`).
    pub fn huber_loss(&self, target: &Tensor) -> Result<Tensor> {
        self.huber_loss_with(target, "mean", 1.0)
    }

    /// 0.5 d^2 where |d| <= delta, else delta (|d| - 0.5 delta), reduced.
    ///
    /// `self` is the schema's `input`.
    pub fn huber_loss_with(&self, target: &Tensor, reduction: &str, delta: f64) -> Result<Tensor> {
        let c_reduction = c_string(reduction)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_huber_loss(self.as_ptr(), target.as_ptr(), c_reduction.as_ptr(), delta, &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// -weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch.
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: weight = None, reduction = "mean" (all explicit: `binary_cross_entropy_with`).
    pub fn binary_cross_entropy(&self, target: &Tensor) -> Result<Tensor> {
        self.binary_cross_entropy_with(target, None, "mean")
    }

    /// -weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch.
    ///
    /// `self` is the schema's `input`.
    pub fn binary_cross_entropy_with(&self, target: &Tensor, weight: Option<&Tensor>, reduction: &str) -> Result<Tensor> {
        let c_reduction = c_string(reduction)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_binary_cross_entropy(self.as_ptr(), target.as_ptr(), weight.map_or(ptr::null(), Tensor::as_ptr), c_reduction.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight.
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: weight = None, pos_weight = None, reduction = "mean" (all explicit: `binary_cross_entropy_with_logits_with`).
    pub fn binary_cross_entropy_with_logits(&self, target: &Tensor) -> Result<Tensor> {
        self.binary_cross_entropy_with_logits_with(target, None, None, "mean")
    }

    /// Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight.
    ///
    /// `self` is the schema's `input`.
    pub fn binary_cross_entropy_with_logits_with(&self, target: &Tensor, weight: Option<&Tensor>, pos_weight: Option<&Tensor>, reduction: &str) -> Result<Tensor> {
        let c_reduction = c_string(reduction)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_binary_cross_entropy_with_logits(self.as_ptr(), target.as_ptr(), weight.map_or(ptr::null(), Tensor::as_ptr), pos_weight.map_or(ptr::null(), Tensor::as_ptr), c_reduction.as_ptr(), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }

    /// target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced.
    ///
    /// `self` is the schema's `input`.
    ///
    /// Defaults: reduction = "mean", log_target = False (all explicit: `kl_div_with`).
    pub fn kl_div(&self, target: &Tensor) -> Result<Tensor> {
        self.kl_div_with(target, "mean", false)
    }

    /// target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced.
    ///
    /// `self` is the schema's `input`.
    pub fn kl_div_with(&self, target: &Tensor, reduction: &str, log_target: bool) -> Result<Tensor> {
        let c_reduction = c_string(reduction)?;
        let mut c_res = ptr::null_mut();
        check(unsafe { sys::ignis_kl_div(self.as_ptr(), target.as_ptr(), c_reduction.as_ptr(), i32::from(log_target), &mut c_res) })?;
        // SAFETY: on success the C API hands us a new reference.
        Ok(unsafe { Tensor::from_raw(c_res) })
    }
}
