// generated from codegen/ops.yaml by codegen/gen.py - do not edit
// One call of every op function of ops.gen.rs, run by tests/every_op.rs (see
// codegen/gen_rust_tests.py for the values).
#![allow(unused_imports)] // which types appear depends on the schema
use ignis::{DType, Device, Scalar, Tensor};

use super::{before, t, tb, tbatch, ti, tr, tv, Tally};

pub fn call_every_op(tally: &mut Tally) {
    before(); tally.record("neg", "neg", t().neg());
    { let mut s = t(); before(); let r = s.neg_(); tally.record_inplace("neg", "neg_", r, &s); }
    { let mut out = tally.out_for("neg"); before(); let r = t().neg_out(&mut out); tally.record_out("neg", "neg_out", r, &out); }
    before(); tally.record("abs", "abs", t().abs());
    { let mut s = t(); before(); let r = s.abs_(); tally.record_inplace("abs", "abs_", r, &s); }
    { let mut out = tally.out_for("abs"); before(); let r = t().abs_out(&mut out); tally.record_out("abs", "abs_out", r, &out); }
    before(); tally.record("sign", "sign", t().sign());
    { let mut s = t(); before(); let r = s.sign_(); tally.record_inplace("sign", "sign_", r, &s); }
    { let mut out = tally.out_for("sign"); before(); let r = t().sign_out(&mut out); tally.record_out("sign", "sign_out", r, &out); }
    before(); tally.record("exp", "exp", t().exp());
    { let mut s = t(); before(); let r = s.exp_(); tally.record_inplace("exp", "exp_", r, &s); }
    { let mut out = tally.out_for("exp"); before(); let r = t().exp_out(&mut out); tally.record_out("exp", "exp_out", r, &out); }
    before(); tally.record("exp2", "exp2", t().exp2());
    { let mut s = t(); before(); let r = s.exp2_(); tally.record_inplace("exp2", "exp2_", r, &s); }
    { let mut out = tally.out_for("exp2"); before(); let r = t().exp2_out(&mut out); tally.record_out("exp2", "exp2_out", r, &out); }
    before(); tally.record("expm1", "expm1", t().expm1());
    { let mut s = t(); before(); let r = s.expm1_(); tally.record_inplace("expm1", "expm1_", r, &s); }
    { let mut out = tally.out_for("expm1"); before(); let r = t().expm1_out(&mut out); tally.record_out("expm1", "expm1_out", r, &out); }
    before(); tally.record("log", "log", t().log());
    { let mut s = t(); before(); let r = s.log_(); tally.record_inplace("log", "log_", r, &s); }
    { let mut out = tally.out_for("log"); before(); let r = t().log_out(&mut out); tally.record_out("log", "log_out", r, &out); }
    before(); tally.record("log2", "log2", t().log2());
    { let mut s = t(); before(); let r = s.log2_(); tally.record_inplace("log2", "log2_", r, &s); }
    { let mut out = tally.out_for("log2"); before(); let r = t().log2_out(&mut out); tally.record_out("log2", "log2_out", r, &out); }
    before(); tally.record("log10", "log10", t().log10());
    { let mut s = t(); before(); let r = s.log10_(); tally.record_inplace("log10", "log10_", r, &s); }
    { let mut out = tally.out_for("log10"); before(); let r = t().log10_out(&mut out); tally.record_out("log10", "log10_out", r, &out); }
    before(); tally.record("log1p", "log1p", t().log1p());
    { let mut s = t(); before(); let r = s.log1p_(); tally.record_inplace("log1p", "log1p_", r, &s); }
    { let mut out = tally.out_for("log1p"); before(); let r = t().log1p_out(&mut out); tally.record_out("log1p", "log1p_out", r, &out); }
    before(); tally.record("sqrt", "sqrt", t().sqrt());
    { let mut s = t(); before(); let r = s.sqrt_(); tally.record_inplace("sqrt", "sqrt_", r, &s); }
    { let mut out = tally.out_for("sqrt"); before(); let r = t().sqrt_out(&mut out); tally.record_out("sqrt", "sqrt_out", r, &out); }
    before(); tally.record("rsqrt", "rsqrt", t().rsqrt());
    { let mut s = t(); before(); let r = s.rsqrt_(); tally.record_inplace("rsqrt", "rsqrt_", r, &s); }
    { let mut out = tally.out_for("rsqrt"); before(); let r = t().rsqrt_out(&mut out); tally.record_out("rsqrt", "rsqrt_out", r, &out); }
    before(); tally.record("reciprocal", "reciprocal", t().reciprocal());
    { let mut s = t(); before(); let r = s.reciprocal_(); tally.record_inplace("reciprocal", "reciprocal_", r, &s); }
    { let mut out = tally.out_for("reciprocal"); before(); let r = t().reciprocal_out(&mut out); tally.record_out("reciprocal", "reciprocal_out", r, &out); }
    before(); tally.record("sin", "sin", t().sin());
    { let mut s = t(); before(); let r = s.sin_(); tally.record_inplace("sin", "sin_", r, &s); }
    { let mut out = tally.out_for("sin"); before(); let r = t().sin_out(&mut out); tally.record_out("sin", "sin_out", r, &out); }
    before(); tally.record("cos", "cos", t().cos());
    { let mut s = t(); before(); let r = s.cos_(); tally.record_inplace("cos", "cos_", r, &s); }
    { let mut out = tally.out_for("cos"); before(); let r = t().cos_out(&mut out); tally.record_out("cos", "cos_out", r, &out); }
    before(); tally.record("tan", "tan", t().tan());
    { let mut s = t(); before(); let r = s.tan_(); tally.record_inplace("tan", "tan_", r, &s); }
    { let mut out = tally.out_for("tan"); before(); let r = t().tan_out(&mut out); tally.record_out("tan", "tan_out", r, &out); }
    before(); tally.record("asin", "asin", t().asin());
    { let mut s = t(); before(); let r = s.asin_(); tally.record_inplace("asin", "asin_", r, &s); }
    { let mut out = tally.out_for("asin"); before(); let r = t().asin_out(&mut out); tally.record_out("asin", "asin_out", r, &out); }
    before(); tally.record("acos", "acos", t().acos());
    { let mut s = t(); before(); let r = s.acos_(); tally.record_inplace("acos", "acos_", r, &s); }
    { let mut out = tally.out_for("acos"); before(); let r = t().acos_out(&mut out); tally.record_out("acos", "acos_out", r, &out); }
    before(); tally.record("atan", "atan", t().atan());
    { let mut s = t(); before(); let r = s.atan_(); tally.record_inplace("atan", "atan_", r, &s); }
    { let mut out = tally.out_for("atan"); before(); let r = t().atan_out(&mut out); tally.record_out("atan", "atan_out", r, &out); }
    before(); tally.record("sinh", "sinh", t().sinh());
    { let mut s = t(); before(); let r = s.sinh_(); tally.record_inplace("sinh", "sinh_", r, &s); }
    { let mut out = tally.out_for("sinh"); before(); let r = t().sinh_out(&mut out); tally.record_out("sinh", "sinh_out", r, &out); }
    before(); tally.record("cosh", "cosh", t().cosh());
    { let mut s = t(); before(); let r = s.cosh_(); tally.record_inplace("cosh", "cosh_", r, &s); }
    { let mut out = tally.out_for("cosh"); before(); let r = t().cosh_out(&mut out); tally.record_out("cosh", "cosh_out", r, &out); }
    before(); tally.record("tanh", "tanh", t().tanh());
    { let mut s = t(); before(); let r = s.tanh_(); tally.record_inplace("tanh", "tanh_", r, &s); }
    { let mut out = tally.out_for("tanh"); before(); let r = t().tanh_out(&mut out); tally.record_out("tanh", "tanh_out", r, &out); }
    before(); tally.record("sigmoid", "sigmoid", t().sigmoid());
    { let mut s = t(); before(); let r = s.sigmoid_(); tally.record_inplace("sigmoid", "sigmoid_", r, &s); }
    { let mut out = tally.out_for("sigmoid"); before(); let r = t().sigmoid_out(&mut out); tally.record_out("sigmoid", "sigmoid_out", r, &out); }
    before(); tally.record("logsigmoid", "logsigmoid", t().logsigmoid());
    { let mut out = tally.out_for("logsigmoid"); before(); let r = t().logsigmoid_out(&mut out); tally.record_out("logsigmoid", "logsigmoid_out", r, &out); }
    before(); tally.record("relu", "relu", t().relu());
    { let mut s = t(); before(); let r = s.relu_(); tally.record_inplace("relu", "relu_", r, &s); }
    before(); tally.record("relu6", "relu6", t().relu6());
    { let mut s = t(); before(); let r = s.relu6_(); tally.record_inplace("relu6", "relu6_", r, &s); }
    before(); tally.record("leaky_relu", "leaky_relu", t().leaky_relu());
    before(); tally.record("leaky_relu", "leaky_relu_with", t().leaky_relu_with(Scalar::Float(0.01)));
    { let mut s = t(); before(); let r = s.leaky_relu_(); tally.record_inplace("leaky_relu", "leaky_relu_", r, &s); }
    { let mut s = t(); before(); let r = s.leaky_relu_with_(Scalar::Float(0.01)); tally.record_inplace("leaky_relu", "leaky_relu_with_", r, &s); }
    { let mut out = tally.out_for("leaky_relu"); before(); let r = t().leaky_relu_out(&mut out); tally.record_out("leaky_relu", "leaky_relu_out", r, &out); }
    { let mut out = tally.out_for("leaky_relu"); before(); let r = t().leaky_relu_with_out(&mut out, Scalar::Float(0.01)); tally.record_out("leaky_relu", "leaky_relu_with_out", r, &out); }
    before(); tally.record("elu", "elu", t().elu());
    before(); tally.record("elu", "elu_with", t().elu_with(Scalar::Int(1), Scalar::Int(1), Scalar::Int(1)));
    { let mut s = t(); before(); let r = s.elu_(); tally.record_inplace("elu", "elu_", r, &s); }
    { let mut s = t(); before(); let r = s.elu_with_(Scalar::Int(1), Scalar::Int(1), Scalar::Int(1)); tally.record_inplace("elu", "elu_with_", r, &s); }
    { let mut out = tally.out_for("elu"); before(); let r = t().elu_out(&mut out); tally.record_out("elu", "elu_out", r, &out); }
    { let mut out = tally.out_for("elu"); before(); let r = t().elu_with_out(&mut out, Scalar::Int(1), Scalar::Int(1), Scalar::Int(1)); tally.record_out("elu", "elu_with_out", r, &out); }
    before(); tally.record("selu", "selu", t().selu());
    { let mut s = t(); before(); let r = s.selu_(); tally.record_inplace("selu", "selu_", r, &s); }
    before(); tally.record("gelu", "gelu", t().gelu());
    before(); tally.record("gelu", "gelu_with", t().gelu_with("none"));
    { let mut s = t(); before(); let r = s.gelu_(); tally.record_inplace("gelu", "gelu_", r, &s); }
    { let mut s = t(); before(); let r = s.gelu_with_("none"); tally.record_inplace("gelu", "gelu_with_", r, &s); }
    { let mut out = tally.out_for("gelu"); before(); let r = t().gelu_out(&mut out); tally.record_out("gelu", "gelu_out", r, &out); }
    { let mut out = tally.out_for("gelu"); before(); let r = t().gelu_with_out(&mut out, "none"); tally.record_out("gelu", "gelu_with_out", r, &out); }
    before(); tally.record("silu", "silu", t().silu());
    { let mut s = t(); before(); let r = s.silu_(); tally.record_inplace("silu", "silu_", r, &s); }
    { let mut out = tally.out_for("silu"); before(); let r = t().silu_out(&mut out); tally.record_out("silu", "silu_out", r, &out); }
    before(); tally.record("mish", "mish", t().mish());
    { let mut s = t(); before(); let r = s.mish_(); tally.record_inplace("mish", "mish_", r, &s); }
    { let mut out = tally.out_for("mish"); before(); let r = t().mish_out(&mut out); tally.record_out("mish", "mish_out", r, &out); }
    before(); tally.record("softplus", "softplus", t().softplus());
    before(); tally.record("softplus", "softplus_with", t().softplus_with(Scalar::Int(1), Scalar::Int(20)));
    { let mut out = tally.out_for("softplus"); before(); let r = t().softplus_out(&mut out); tally.record_out("softplus", "softplus_out", r, &out); }
    { let mut out = tally.out_for("softplus"); before(); let r = t().softplus_with_out(&mut out, Scalar::Int(1), Scalar::Int(20)); tally.record_out("softplus", "softplus_with_out", r, &out); }
    before(); tally.record("hardswish", "hardswish", t().hardswish());
    { let mut s = t(); before(); let r = s.hardswish_(); tally.record_inplace("hardswish", "hardswish_", r, &s); }
    { let mut out = tally.out_for("hardswish"); before(); let r = t().hardswish_out(&mut out); tally.record_out("hardswish", "hardswish_out", r, &out); }
    before(); tally.record("hardsigmoid", "hardsigmoid", t().hardsigmoid());
    { let mut s = t(); before(); let r = s.hardsigmoid_(); tally.record_inplace("hardsigmoid", "hardsigmoid_", r, &s); }
    { let mut out = tally.out_for("hardsigmoid"); before(); let r = t().hardsigmoid_out(&mut out); tally.record_out("hardsigmoid", "hardsigmoid_out", r, &out); }
    before(); tally.record("erf", "erf", t().erf());
    { let mut s = t(); before(); let r = s.erf_(); tally.record_inplace("erf", "erf_", r, &s); }
    { let mut out = tally.out_for("erf"); before(); let r = t().erf_out(&mut out); tally.record_out("erf", "erf_out", r, &out); }
    before(); tally.record("erfinv", "erfinv", t().erfinv());
    { let mut s = t(); before(); let r = s.erfinv_(); tally.record_inplace("erfinv", "erfinv_", r, &s); }
    { let mut out = tally.out_for("erfinv"); before(); let r = t().erfinv_out(&mut out); tally.record_out("erfinv", "erfinv_out", r, &out); }
    before(); tally.record("floor", "floor", t().floor());
    { let mut s = t(); before(); let r = s.floor_(); tally.record_inplace("floor", "floor_", r, &s); }
    { let mut out = tally.out_for("floor"); before(); let r = t().floor_out(&mut out); tally.record_out("floor", "floor_out", r, &out); }
    before(); tally.record("ceil", "ceil", t().ceil());
    { let mut s = t(); before(); let r = s.ceil_(); tally.record_inplace("ceil", "ceil_", r, &s); }
    { let mut out = tally.out_for("ceil"); before(); let r = t().ceil_out(&mut out); tally.record_out("ceil", "ceil_out", r, &out); }
    before(); tally.record("round", "round", t().round());
    { let mut s = t(); before(); let r = s.round_(); tally.record_inplace("round", "round_", r, &s); }
    { let mut out = tally.out_for("round"); before(); let r = t().round_out(&mut out); tally.record_out("round", "round_out", r, &out); }
    before(); tally.record("round.decimals", "round_decimals", t().round_decimals(1));
    { let mut s = t(); before(); let r = s.round_decimals_(1); tally.record_inplace("round.decimals", "round_decimals_", r, &s); }
    { let mut out = tally.out_for("round.decimals"); before(); let r = t().round_decimals_out(&mut out, 1); tally.record_out("round.decimals", "round_decimals_out", r, &out); }
    before(); tally.record("trunc", "trunc", t().trunc());
    { let mut s = t(); before(); let r = s.trunc_(); tally.record_inplace("trunc", "trunc_", r, &s); }
    { let mut out = tally.out_for("trunc"); before(); let r = t().trunc_out(&mut out); tally.record_out("trunc", "trunc_out", r, &out); }
    before(); tally.record("frac", "frac", t().frac());
    { let mut s = t(); before(); let r = s.frac_(); tally.record_inplace("frac", "frac_", r, &s); }
    { let mut out = tally.out_for("frac"); before(); let r = t().frac_out(&mut out); tally.record_out("frac", "frac_out", r, &out); }
    before(); tally.record("isnan", "isnan", t().isnan());
    before(); tally.record("isinf", "isinf", t().isinf());
    before(); tally.record("isfinite", "isfinite", t().isfinite());
    before(); tally.record("nan_to_num", "nan_to_num", t().nan_to_num());
    before(); tally.record("nan_to_num", "nan_to_num_with", t().nan_to_num_with(None, None, None));
    { let mut s = t(); before(); let r = s.nan_to_num_(); tally.record_inplace("nan_to_num", "nan_to_num_", r, &s); }
    { let mut s = t(); before(); let r = s.nan_to_num_with_(None, None, None); tally.record_inplace("nan_to_num", "nan_to_num_with_", r, &s); }
    { let mut out = tally.out_for("nan_to_num"); before(); let r = t().nan_to_num_out(&mut out); tally.record_out("nan_to_num", "nan_to_num_out", r, &out); }
    { let mut out = tally.out_for("nan_to_num"); before(); let r = t().nan_to_num_with_out(&mut out, None, None, None); tally.record_out("nan_to_num", "nan_to_num_with_out", r, &out); }
    before(); tally.record("logical_not", "logical_not", t().logical_not());
    { let mut s = t(); before(); let r = s.logical_not_(); tally.record_inplace("logical_not", "logical_not_", r, &s); }
    { let mut out = tally.out_for("logical_not"); before(); let r = t().logical_not_out(&mut out); tally.record_out("logical_not", "logical_not_out", r, &out); }
    before(); tally.record("bitwise_not", "bitwise_not", t().bitwise_not());
    { let mut s = t(); before(); let r = s.bitwise_not_(); tally.record_inplace("bitwise_not", "bitwise_not_", r, &s); }
    { let mut out = tally.out_for("bitwise_not"); before(); let r = t().bitwise_not_out(&mut out); tally.record_out("bitwise_not", "bitwise_not_out", r, &out); }
    before(); tally.record("add.Tensor", "add_tensor", t().add_tensor(&t()));
    before(); tally.record("add.Tensor", "add_tensor_with", t().add_tensor_with(&t(), Scalar::Int(1)));
    { let mut s = t(); before(); let r = s.add_tensor_(&t()); tally.record_inplace("add.Tensor", "add_tensor_", r, &s); }
    { let mut s = t(); before(); let r = s.add_tensor_with_(&t(), Scalar::Int(1)); tally.record_inplace("add.Tensor", "add_tensor_with_", r, &s); }
    { let mut out = tally.out_for("add.Tensor"); before(); let r = t().add_tensor_out(&mut out, &t()); tally.record_out("add.Tensor", "add_tensor_out", r, &out); }
    { let mut out = tally.out_for("add.Tensor"); before(); let r = t().add_tensor_with_out(&mut out, &t(), Scalar::Int(1)); tally.record_out("add.Tensor", "add_tensor_with_out", r, &out); }
    before(); tally.record("add.Scalar", "add_scalar", t().add_scalar(2));
    before(); tally.record("add.Scalar", "add_scalar_with", t().add_scalar_with(2, Scalar::Int(1)));
    { let mut s = t(); before(); let r = s.add_scalar_(2); tally.record_inplace("add.Scalar", "add_scalar_", r, &s); }
    { let mut s = t(); before(); let r = s.add_scalar_with_(2, Scalar::Int(1)); tally.record_inplace("add.Scalar", "add_scalar_with_", r, &s); }
    { let mut out = tally.out_for("add.Scalar"); before(); let r = t().add_scalar_out(&mut out, 2); tally.record_out("add.Scalar", "add_scalar_out", r, &out); }
    { let mut out = tally.out_for("add.Scalar"); before(); let r = t().add_scalar_with_out(&mut out, 2, Scalar::Int(1)); tally.record_out("add.Scalar", "add_scalar_with_out", r, &out); }
    before(); tally.record("sub.Tensor", "sub_tensor", t().sub_tensor(&t()));
    before(); tally.record("sub.Tensor", "sub_tensor_with", t().sub_tensor_with(&t(), Scalar::Int(1)));
    { let mut s = t(); before(); let r = s.sub_tensor_(&t()); tally.record_inplace("sub.Tensor", "sub_tensor_", r, &s); }
    { let mut s = t(); before(); let r = s.sub_tensor_with_(&t(), Scalar::Int(1)); tally.record_inplace("sub.Tensor", "sub_tensor_with_", r, &s); }
    { let mut out = tally.out_for("sub.Tensor"); before(); let r = t().sub_tensor_out(&mut out, &t()); tally.record_out("sub.Tensor", "sub_tensor_out", r, &out); }
    { let mut out = tally.out_for("sub.Tensor"); before(); let r = t().sub_tensor_with_out(&mut out, &t(), Scalar::Int(1)); tally.record_out("sub.Tensor", "sub_tensor_with_out", r, &out); }
    before(); tally.record("sub.Scalar", "sub_scalar", t().sub_scalar(2));
    before(); tally.record("sub.Scalar", "sub_scalar_with", t().sub_scalar_with(2, Scalar::Int(1)));
    { let mut s = t(); before(); let r = s.sub_scalar_(2); tally.record_inplace("sub.Scalar", "sub_scalar_", r, &s); }
    { let mut s = t(); before(); let r = s.sub_scalar_with_(2, Scalar::Int(1)); tally.record_inplace("sub.Scalar", "sub_scalar_with_", r, &s); }
    { let mut out = tally.out_for("sub.Scalar"); before(); let r = t().sub_scalar_out(&mut out, 2); tally.record_out("sub.Scalar", "sub_scalar_out", r, &out); }
    { let mut out = tally.out_for("sub.Scalar"); before(); let r = t().sub_scalar_with_out(&mut out, 2, Scalar::Int(1)); tally.record_out("sub.Scalar", "sub_scalar_with_out", r, &out); }
    before(); tally.record("mul.Tensor", "mul_tensor", t().mul_tensor(&t()));
    { let mut s = t(); before(); let r = s.mul_tensor_(&t()); tally.record_inplace("mul.Tensor", "mul_tensor_", r, &s); }
    { let mut out = tally.out_for("mul.Tensor"); before(); let r = t().mul_tensor_out(&mut out, &t()); tally.record_out("mul.Tensor", "mul_tensor_out", r, &out); }
    before(); tally.record("mul.Scalar", "mul_scalar", t().mul_scalar(2));
    { let mut s = t(); before(); let r = s.mul_scalar_(2); tally.record_inplace("mul.Scalar", "mul_scalar_", r, &s); }
    { let mut out = tally.out_for("mul.Scalar"); before(); let r = t().mul_scalar_out(&mut out, 2); tally.record_out("mul.Scalar", "mul_scalar_out", r, &out); }
    before(); tally.record("div.Tensor", "div_tensor", t().div_tensor(&t()));
    { let mut s = t(); before(); let r = s.div_tensor_(&t()); tally.record_inplace("div.Tensor", "div_tensor_", r, &s); }
    { let mut out = tally.out_for("div.Tensor"); before(); let r = t().div_tensor_out(&mut out, &t()); tally.record_out("div.Tensor", "div_tensor_out", r, &out); }
    before(); tally.record("div.Scalar", "div_scalar", t().div_scalar(2));
    { let mut s = t(); before(); let r = s.div_scalar_(2); tally.record_inplace("div.Scalar", "div_scalar_", r, &s); }
    { let mut out = tally.out_for("div.Scalar"); before(); let r = t().div_scalar_out(&mut out, 2); tally.record_out("div.Scalar", "div_scalar_out", r, &out); }
    before(); tally.record("div.Tensor_mode", "div_tensor_mode", t().div_tensor_mode(&t(), Some("floor")));
    { let mut s = t(); before(); let r = s.div_tensor_mode_(&t(), Some("floor")); tally.record_inplace("div.Tensor_mode", "div_tensor_mode_", r, &s); }
    { let mut out = tally.out_for("div.Tensor_mode"); before(); let r = t().div_tensor_mode_out(&mut out, &t(), Some("floor")); tally.record_out("div.Tensor_mode", "div_tensor_mode_out", r, &out); }
    before(); tally.record("div.Scalar_mode", "div_scalar_mode", t().div_scalar_mode(2, Some("floor")));
    { let mut s = t(); before(); let r = s.div_scalar_mode_(2, Some("floor")); tally.record_inplace("div.Scalar_mode", "div_scalar_mode_", r, &s); }
    { let mut out = tally.out_for("div.Scalar_mode"); before(); let r = t().div_scalar_mode_out(&mut out, 2, Some("floor")); tally.record_out("div.Scalar_mode", "div_scalar_mode_out", r, &out); }
    before(); tally.record("floor_divide", "floor_divide", t().floor_divide(&t()));
    { let mut s = t(); before(); let r = s.floor_divide_(&t()); tally.record_inplace("floor_divide", "floor_divide_", r, &s); }
    { let mut out = tally.out_for("floor_divide"); before(); let r = t().floor_divide_out(&mut out, &t()); tally.record_out("floor_divide", "floor_divide_out", r, &out); }
    before(); tally.record("floor_divide.Scalar", "floor_divide_scalar", t().floor_divide_scalar(2));
    { let mut s = t(); before(); let r = s.floor_divide_scalar_(2); tally.record_inplace("floor_divide.Scalar", "floor_divide_scalar_", r, &s); }
    { let mut out = tally.out_for("floor_divide.Scalar"); before(); let r = t().floor_divide_scalar_out(&mut out, 2); tally.record_out("floor_divide.Scalar", "floor_divide_scalar_out", r, &out); }
    before(); tally.record("remainder.Tensor", "remainder_tensor", t().remainder_tensor(&t()));
    { let mut s = t(); before(); let r = s.remainder_tensor_(&t()); tally.record_inplace("remainder.Tensor", "remainder_tensor_", r, &s); }
    { let mut out = tally.out_for("remainder.Tensor"); before(); let r = t().remainder_tensor_out(&mut out, &t()); tally.record_out("remainder.Tensor", "remainder_tensor_out", r, &out); }
    before(); tally.record("remainder.Scalar", "remainder_scalar", t().remainder_scalar(2));
    { let mut s = t(); before(); let r = s.remainder_scalar_(2); tally.record_inplace("remainder.Scalar", "remainder_scalar_", r, &s); }
    { let mut out = tally.out_for("remainder.Scalar"); before(); let r = t().remainder_scalar_out(&mut out, 2); tally.record_out("remainder.Scalar", "remainder_scalar_out", r, &out); }
    before(); tally.record("remainder.Scalar_Tensor", "remainder_scalar_tensor", Tensor::remainder_scalar_tensor(2, &t()));
    { let mut out = tally.out_for("remainder.Scalar_Tensor"); before(); let r = Tensor::remainder_scalar_tensor_out(&mut out, 2, &t()); tally.record_out("remainder.Scalar_Tensor", "remainder_scalar_tensor_out", r, &out); }
    before(); tally.record("fmod.Tensor", "fmod_tensor", t().fmod_tensor(&t()));
    { let mut s = t(); before(); let r = s.fmod_tensor_(&t()); tally.record_inplace("fmod.Tensor", "fmod_tensor_", r, &s); }
    { let mut out = tally.out_for("fmod.Tensor"); before(); let r = t().fmod_tensor_out(&mut out, &t()); tally.record_out("fmod.Tensor", "fmod_tensor_out", r, &out); }
    before(); tally.record("fmod.Scalar", "fmod_scalar", t().fmod_scalar(2));
    { let mut s = t(); before(); let r = s.fmod_scalar_(2); tally.record_inplace("fmod.Scalar", "fmod_scalar_", r, &s); }
    { let mut out = tally.out_for("fmod.Scalar"); before(); let r = t().fmod_scalar_out(&mut out, 2); tally.record_out("fmod.Scalar", "fmod_scalar_out", r, &out); }
    before(); tally.record("pow.Tensor_Tensor", "pow_tensor_tensor", t().pow_tensor_tensor(&t()));
    { let mut s = t(); before(); let r = s.pow_tensor_tensor_(&t()); tally.record_inplace("pow.Tensor_Tensor", "pow_tensor_tensor_", r, &s); }
    { let mut out = tally.out_for("pow.Tensor_Tensor"); before(); let r = t().pow_tensor_tensor_out(&mut out, &t()); tally.record_out("pow.Tensor_Tensor", "pow_tensor_tensor_out", r, &out); }
    before(); tally.record("pow.Tensor_Scalar", "pow_tensor_scalar", t().pow_tensor_scalar(2));
    { let mut s = t(); before(); let r = s.pow_tensor_scalar_(2); tally.record_inplace("pow.Tensor_Scalar", "pow_tensor_scalar_", r, &s); }
    { let mut out = tally.out_for("pow.Tensor_Scalar"); before(); let r = t().pow_tensor_scalar_out(&mut out, 2); tally.record_out("pow.Tensor_Scalar", "pow_tensor_scalar_out", r, &out); }
    before(); tally.record("pow.Scalar_self", "pow_scalar_self", Tensor::pow_scalar_self(2, &t()));
    { let mut out = tally.out_for("pow.Scalar_self"); before(); let r = Tensor::pow_scalar_self_out(&mut out, 2, &t()); tally.record_out("pow.Scalar_self", "pow_scalar_self_out", r, &out); }
    before(); tally.record("atan2", "atan2", t().atan2(&t()));
    { let mut s = t(); before(); let r = s.atan2_(&t()); tally.record_inplace("atan2", "atan2_", r, &s); }
    { let mut out = tally.out_for("atan2"); before(); let r = t().atan2_out(&mut out, &t()); tally.record_out("atan2", "atan2_out", r, &out); }
    before(); tally.record("maximum", "maximum", t().maximum(&t()));
    { let mut out = tally.out_for("maximum"); before(); let r = t().maximum_out(&mut out, &t()); tally.record_out("maximum", "maximum_out", r, &out); }
    before(); tally.record("minimum", "minimum", t().minimum(&t()));
    { let mut out = tally.out_for("minimum"); before(); let r = t().minimum_out(&mut out, &t()); tally.record_out("minimum", "minimum_out", r, &out); }
    before(); tally.record("eq.Tensor", "eq_tensor", t().eq_tensor(&t()));
    { let mut s = t(); before(); let r = s.eq_tensor_(&t()); tally.record_inplace("eq.Tensor", "eq_tensor_", r, &s); }
    { let mut out = tally.out_for("eq.Tensor"); before(); let r = t().eq_tensor_out(&mut out, &t()); tally.record_out("eq.Tensor", "eq_tensor_out", r, &out); }
    before(); tally.record("eq.Scalar", "eq_scalar", t().eq_scalar(2));
    { let mut s = t(); before(); let r = s.eq_scalar_(2); tally.record_inplace("eq.Scalar", "eq_scalar_", r, &s); }
    { let mut out = tally.out_for("eq.Scalar"); before(); let r = t().eq_scalar_out(&mut out, 2); tally.record_out("eq.Scalar", "eq_scalar_out", r, &out); }
    before(); tally.record("ne.Tensor", "ne_tensor", t().ne_tensor(&t()));
    { let mut s = t(); before(); let r = s.ne_tensor_(&t()); tally.record_inplace("ne.Tensor", "ne_tensor_", r, &s); }
    { let mut out = tally.out_for("ne.Tensor"); before(); let r = t().ne_tensor_out(&mut out, &t()); tally.record_out("ne.Tensor", "ne_tensor_out", r, &out); }
    before(); tally.record("ne.Scalar", "ne_scalar", t().ne_scalar(2));
    { let mut s = t(); before(); let r = s.ne_scalar_(2); tally.record_inplace("ne.Scalar", "ne_scalar_", r, &s); }
    { let mut out = tally.out_for("ne.Scalar"); before(); let r = t().ne_scalar_out(&mut out, 2); tally.record_out("ne.Scalar", "ne_scalar_out", r, &out); }
    before(); tally.record("lt.Tensor", "lt_tensor", t().lt_tensor(&t()));
    { let mut s = t(); before(); let r = s.lt_tensor_(&t()); tally.record_inplace("lt.Tensor", "lt_tensor_", r, &s); }
    { let mut out = tally.out_for("lt.Tensor"); before(); let r = t().lt_tensor_out(&mut out, &t()); tally.record_out("lt.Tensor", "lt_tensor_out", r, &out); }
    before(); tally.record("lt.Scalar", "lt_scalar", t().lt_scalar(2));
    { let mut s = t(); before(); let r = s.lt_scalar_(2); tally.record_inplace("lt.Scalar", "lt_scalar_", r, &s); }
    { let mut out = tally.out_for("lt.Scalar"); before(); let r = t().lt_scalar_out(&mut out, 2); tally.record_out("lt.Scalar", "lt_scalar_out", r, &out); }
    before(); tally.record("le.Tensor", "le_tensor", t().le_tensor(&t()));
    { let mut s = t(); before(); let r = s.le_tensor_(&t()); tally.record_inplace("le.Tensor", "le_tensor_", r, &s); }
    { let mut out = tally.out_for("le.Tensor"); before(); let r = t().le_tensor_out(&mut out, &t()); tally.record_out("le.Tensor", "le_tensor_out", r, &out); }
    before(); tally.record("le.Scalar", "le_scalar", t().le_scalar(2));
    { let mut s = t(); before(); let r = s.le_scalar_(2); tally.record_inplace("le.Scalar", "le_scalar_", r, &s); }
    { let mut out = tally.out_for("le.Scalar"); before(); let r = t().le_scalar_out(&mut out, 2); tally.record_out("le.Scalar", "le_scalar_out", r, &out); }
    before(); tally.record("gt.Tensor", "gt_tensor", t().gt_tensor(&t()));
    { let mut s = t(); before(); let r = s.gt_tensor_(&t()); tally.record_inplace("gt.Tensor", "gt_tensor_", r, &s); }
    { let mut out = tally.out_for("gt.Tensor"); before(); let r = t().gt_tensor_out(&mut out, &t()); tally.record_out("gt.Tensor", "gt_tensor_out", r, &out); }
    before(); tally.record("gt.Scalar", "gt_scalar", t().gt_scalar(2));
    { let mut s = t(); before(); let r = s.gt_scalar_(2); tally.record_inplace("gt.Scalar", "gt_scalar_", r, &s); }
    { let mut out = tally.out_for("gt.Scalar"); before(); let r = t().gt_scalar_out(&mut out, 2); tally.record_out("gt.Scalar", "gt_scalar_out", r, &out); }
    before(); tally.record("ge.Tensor", "ge_tensor", t().ge_tensor(&t()));
    { let mut s = t(); before(); let r = s.ge_tensor_(&t()); tally.record_inplace("ge.Tensor", "ge_tensor_", r, &s); }
    { let mut out = tally.out_for("ge.Tensor"); before(); let r = t().ge_tensor_out(&mut out, &t()); tally.record_out("ge.Tensor", "ge_tensor_out", r, &out); }
    before(); tally.record("ge.Scalar", "ge_scalar", t().ge_scalar(2));
    { let mut s = t(); before(); let r = s.ge_scalar_(2); tally.record_inplace("ge.Scalar", "ge_scalar_", r, &s); }
    { let mut out = tally.out_for("ge.Scalar"); before(); let r = t().ge_scalar_out(&mut out, 2); tally.record_out("ge.Scalar", "ge_scalar_out", r, &out); }
    before(); tally.record("logical_and", "logical_and", t().logical_and(&t()));
    { let mut s = t(); before(); let r = s.logical_and_(&t()); tally.record_inplace("logical_and", "logical_and_", r, &s); }
    { let mut out = tally.out_for("logical_and"); before(); let r = t().logical_and_out(&mut out, &t()); tally.record_out("logical_and", "logical_and_out", r, &out); }
    before(); tally.record("logical_or", "logical_or", t().logical_or(&t()));
    { let mut s = t(); before(); let r = s.logical_or_(&t()); tally.record_inplace("logical_or", "logical_or_", r, &s); }
    { let mut out = tally.out_for("logical_or"); before(); let r = t().logical_or_out(&mut out, &t()); tally.record_out("logical_or", "logical_or_out", r, &out); }
    before(); tally.record("logical_xor", "logical_xor", t().logical_xor(&t()));
    { let mut s = t(); before(); let r = s.logical_xor_(&t()); tally.record_inplace("logical_xor", "logical_xor_", r, &s); }
    { let mut out = tally.out_for("logical_xor"); before(); let r = t().logical_xor_out(&mut out, &t()); tally.record_out("logical_xor", "logical_xor_out", r, &out); }
    before(); tally.record("bitwise_and.Tensor", "bitwise_and_tensor", t().bitwise_and_tensor(&t()));
    { let mut s = t(); before(); let r = s.bitwise_and_tensor_(&t()); tally.record_inplace("bitwise_and.Tensor", "bitwise_and_tensor_", r, &s); }
    { let mut out = tally.out_for("bitwise_and.Tensor"); before(); let r = t().bitwise_and_tensor_out(&mut out, &t()); tally.record_out("bitwise_and.Tensor", "bitwise_and_tensor_out", r, &out); }
    before(); tally.record("bitwise_and.Scalar", "bitwise_and_scalar", t().bitwise_and_scalar(2));
    { let mut s = t(); before(); let r = s.bitwise_and_scalar_(2); tally.record_inplace("bitwise_and.Scalar", "bitwise_and_scalar_", r, &s); }
    { let mut out = tally.out_for("bitwise_and.Scalar"); before(); let r = t().bitwise_and_scalar_out(&mut out, 2); tally.record_out("bitwise_and.Scalar", "bitwise_and_scalar_out", r, &out); }
    before(); tally.record("bitwise_or.Tensor", "bitwise_or_tensor", t().bitwise_or_tensor(&t()));
    { let mut s = t(); before(); let r = s.bitwise_or_tensor_(&t()); tally.record_inplace("bitwise_or.Tensor", "bitwise_or_tensor_", r, &s); }
    { let mut out = tally.out_for("bitwise_or.Tensor"); before(); let r = t().bitwise_or_tensor_out(&mut out, &t()); tally.record_out("bitwise_or.Tensor", "bitwise_or_tensor_out", r, &out); }
    before(); tally.record("bitwise_or.Scalar", "bitwise_or_scalar", t().bitwise_or_scalar(2));
    { let mut s = t(); before(); let r = s.bitwise_or_scalar_(2); tally.record_inplace("bitwise_or.Scalar", "bitwise_or_scalar_", r, &s); }
    { let mut out = tally.out_for("bitwise_or.Scalar"); before(); let r = t().bitwise_or_scalar_out(&mut out, 2); tally.record_out("bitwise_or.Scalar", "bitwise_or_scalar_out", r, &out); }
    before(); tally.record("bitwise_xor.Tensor", "bitwise_xor_tensor", t().bitwise_xor_tensor(&t()));
    { let mut s = t(); before(); let r = s.bitwise_xor_tensor_(&t()); tally.record_inplace("bitwise_xor.Tensor", "bitwise_xor_tensor_", r, &s); }
    { let mut out = tally.out_for("bitwise_xor.Tensor"); before(); let r = t().bitwise_xor_tensor_out(&mut out, &t()); tally.record_out("bitwise_xor.Tensor", "bitwise_xor_tensor_out", r, &out); }
    before(); tally.record("bitwise_xor.Scalar", "bitwise_xor_scalar", t().bitwise_xor_scalar(2));
    { let mut s = t(); before(); let r = s.bitwise_xor_scalar_(2); tally.record_inplace("bitwise_xor.Scalar", "bitwise_xor_scalar_", r, &s); }
    { let mut out = tally.out_for("bitwise_xor.Scalar"); before(); let r = t().bitwise_xor_scalar_out(&mut out, 2); tally.record_out("bitwise_xor.Scalar", "bitwise_xor_scalar_out", r, &out); }
    before(); tally.record("where.self", "where_self", t().where_self(&t(), &t()));
    { let mut out = tally.out_for("where.self"); before(); let r = t().where_self_out(&mut out, &t(), &t()); tally.record_out("where.self", "where_self_out", r, &out); }
    before(); tally.record("where.ScalarSelf", "where_scalar_self", t().where_scalar_self(2, &t()));
    before(); tally.record("where.ScalarOther", "where_scalar_other", t().where_scalar_other(&t(), 2));
    before(); tally.record("where.Scalar", "where_scalar", t().where_scalar(2, 2));
    before(); tally.record("clamp", "clamp", t().clamp());
    before(); tally.record("clamp", "clamp_with", t().clamp_with(None, None));
    { let mut s = t(); before(); let r = s.clamp_(); tally.record_inplace("clamp", "clamp_", r, &s); }
    { let mut s = t(); before(); let r = s.clamp_with_(None, None); tally.record_inplace("clamp", "clamp_with_", r, &s); }
    { let mut out = tally.out_for("clamp"); before(); let r = t().clamp_out(&mut out); tally.record_out("clamp", "clamp_out", r, &out); }
    { let mut out = tally.out_for("clamp"); before(); let r = t().clamp_with_out(&mut out, None, None); tally.record_out("clamp", "clamp_with_out", r, &out); }
    before(); tally.record("clamp.Tensor", "clamp_tensor", t().clamp_tensor());
    before(); tally.record("clamp.Tensor", "clamp_tensor_with", t().clamp_tensor_with(None, None));
    { let mut s = t(); before(); let r = s.clamp_tensor_(); tally.record_inplace("clamp.Tensor", "clamp_tensor_", r, &s); }
    { let mut s = t(); before(); let r = s.clamp_tensor_with_(None, None); tally.record_inplace("clamp.Tensor", "clamp_tensor_with_", r, &s); }
    { let mut out = tally.out_for("clamp.Tensor"); before(); let r = t().clamp_tensor_out(&mut out); tally.record_out("clamp.Tensor", "clamp_tensor_out", r, &out); }
    { let mut out = tally.out_for("clamp.Tensor"); before(); let r = t().clamp_tensor_with_out(&mut out, None, None); tally.record_out("clamp.Tensor", "clamp_tensor_with_out", r, &out); }
    before(); tally.record("lerp.Scalar", "lerp_scalar", t().lerp_scalar(&t(), 2));
    { let mut s = t(); before(); let r = s.lerp_scalar_(&t(), 2); tally.record_inplace("lerp.Scalar", "lerp_scalar_", r, &s); }
    { let mut out = tally.out_for("lerp.Scalar"); before(); let r = t().lerp_scalar_out(&mut out, &t(), 2); tally.record_out("lerp.Scalar", "lerp_scalar_out", r, &out); }
    before(); tally.record("lerp.Tensor", "lerp_tensor", t().lerp_tensor(&t(), &t()));
    { let mut s = t(); before(); let r = s.lerp_tensor_(&t(), &t()); tally.record_inplace("lerp.Tensor", "lerp_tensor_", r, &s); }
    { let mut out = tally.out_for("lerp.Tensor"); before(); let r = t().lerp_tensor_out(&mut out, &t(), &t()); tally.record_out("lerp.Tensor", "lerp_tensor_out", r, &out); }
    before(); tally.record("addcmul", "addcmul", t().addcmul(&t(), &t()));
    before(); tally.record("addcmul", "addcmul_with", t().addcmul_with(&t(), &t(), Scalar::Int(1)));
    { let mut s = t(); before(); let r = s.addcmul_(&t(), &t()); tally.record_inplace("addcmul", "addcmul_", r, &s); }
    { let mut s = t(); before(); let r = s.addcmul_with_(&t(), &t(), Scalar::Int(1)); tally.record_inplace("addcmul", "addcmul_with_", r, &s); }
    { let mut out = tally.out_for("addcmul"); before(); let r = t().addcmul_out(&mut out, &t(), &t()); tally.record_out("addcmul", "addcmul_out", r, &out); }
    { let mut out = tally.out_for("addcmul"); before(); let r = t().addcmul_with_out(&mut out, &t(), &t(), Scalar::Int(1)); tally.record_out("addcmul", "addcmul_with_out", r, &out); }
    before(); tally.record("addcdiv", "addcdiv", t().addcdiv(&t(), &t()));
    before(); tally.record("addcdiv", "addcdiv_with", t().addcdiv_with(&t(), &t(), Scalar::Int(1)));
    { let mut s = t(); before(); let r = s.addcdiv_(&t(), &t()); tally.record_inplace("addcdiv", "addcdiv_", r, &s); }
    { let mut s = t(); before(); let r = s.addcdiv_with_(&t(), &t(), Scalar::Int(1)); tally.record_inplace("addcdiv", "addcdiv_with_", r, &s); }
    { let mut out = tally.out_for("addcdiv"); before(); let r = t().addcdiv_out(&mut out, &t(), &t()); tally.record_out("addcdiv", "addcdiv_out", r, &out); }
    { let mut out = tally.out_for("addcdiv"); before(); let r = t().addcdiv_with_out(&mut out, &t(), &t(), Scalar::Int(1)); tally.record_out("addcdiv", "addcdiv_with_out", r, &out); }
    before(); tally.record("sum", "sum", t().sum());
    before(); tally.record("sum", "sum_with", t().sum_with(None, false, None));
    { let mut out = tally.out_for("sum"); before(); let r = t().sum_out(&mut out); tally.record_out("sum", "sum_out", r, &out); }
    { let mut out = tally.out_for("sum"); before(); let r = t().sum_with_out(&mut out, None, false, None); tally.record_out("sum", "sum_with_out", r, &out); }
    before(); tally.record("mean", "mean", t().mean());
    before(); tally.record("mean", "mean_with", t().mean_with(None, false, None));
    { let mut out = tally.out_for("mean"); before(); let r = t().mean_out(&mut out); tally.record_out("mean", "mean_out", r, &out); }
    { let mut out = tally.out_for("mean"); before(); let r = t().mean_with_out(&mut out, None, false, None); tally.record_out("mean", "mean_with_out", r, &out); }
    before(); tally.record("prod", "prod", t().prod());
    before(); tally.record("prod", "prod_with", t().prod_with(None, false, None));
    { let mut out = tally.out_for("prod"); before(); let r = t().prod_out(&mut out); tally.record_out("prod", "prod_out", r, &out); }
    { let mut out = tally.out_for("prod"); before(); let r = t().prod_with_out(&mut out, None, false, None); tally.record_out("prod", "prod_with_out", r, &out); }
    before(); tally.record("var", "var", t().var());
    before(); tally.record("var", "var_with", t().var_with(None, None, false));
    { let mut out = tally.out_for("var"); before(); let r = t().var_out(&mut out); tally.record_out("var", "var_out", r, &out); }
    { let mut out = tally.out_for("var"); before(); let r = t().var_with_out(&mut out, None, None, false); tally.record_out("var", "var_with_out", r, &out); }
    before(); tally.record("std", "std", t().std());
    before(); tally.record("std", "std_with", t().std_with(None, None, false));
    { let mut out = tally.out_for("std"); before(); let r = t().std_out(&mut out); tally.record_out("std", "std_out", r, &out); }
    { let mut out = tally.out_for("std"); before(); let r = t().std_with_out(&mut out, None, None, false); tally.record_out("std", "std_with_out", r, &out); }
    before(); tally.record("max", "max", t().max());
    before(); tally.record("max.dim", "max_dim", t().max_dim(1));
    before(); tally.record("max.dim", "max_dim_with", t().max_dim_with(1, false));
    before(); tally.record("min", "min", t().min());
    before(); tally.record("min.dim", "min_dim", t().min_dim(1));
    before(); tally.record("min.dim", "min_dim_with", t().min_dim_with(1, false));
    before(); tally.record("amax", "amax", t().amax());
    before(); tally.record("amax", "amax_with", t().amax_with(&[], false));
    { let mut out = tally.out_for("amax"); before(); let r = t().amax_out(&mut out); tally.record_out("amax", "amax_out", r, &out); }
    { let mut out = tally.out_for("amax"); before(); let r = t().amax_with_out(&mut out, &[], false); tally.record_out("amax", "amax_with_out", r, &out); }
    before(); tally.record("amin", "amin", t().amin());
    before(); tally.record("amin", "amin_with", t().amin_with(&[], false));
    { let mut out = tally.out_for("amin"); before(); let r = t().amin_out(&mut out); tally.record_out("amin", "amin_out", r, &out); }
    { let mut out = tally.out_for("amin"); before(); let r = t().amin_with_out(&mut out, &[], false); tally.record_out("amin", "amin_with_out", r, &out); }
    before(); tally.record("argmax", "argmax", t().argmax());
    before(); tally.record("argmax", "argmax_with", t().argmax_with(None, false));
    { let mut out = tally.out_for("argmax"); before(); let r = t().argmax_out(&mut out); tally.record_out("argmax", "argmax_out", r, &out); }
    { let mut out = tally.out_for("argmax"); before(); let r = t().argmax_with_out(&mut out, None, false); tally.record_out("argmax", "argmax_with_out", r, &out); }
    before(); tally.record("argmin", "argmin", t().argmin());
    before(); tally.record("argmin", "argmin_with", t().argmin_with(None, false));
    { let mut out = tally.out_for("argmin"); before(); let r = t().argmin_out(&mut out); tally.record_out("argmin", "argmin_out", r, &out); }
    { let mut out = tally.out_for("argmin"); before(); let r = t().argmin_with_out(&mut out, None, false); tally.record_out("argmin", "argmin_with_out", r, &out); }
    before(); tally.record("logsumexp", "logsumexp", t().logsumexp(&[1]));
    before(); tally.record("logsumexp", "logsumexp_with", t().logsumexp_with(&[1], false));
    { let mut out = tally.out_for("logsumexp"); before(); let r = t().logsumexp_out(&mut out, &[1]); tally.record_out("logsumexp", "logsumexp_out", r, &out); }
    { let mut out = tally.out_for("logsumexp"); before(); let r = t().logsumexp_with_out(&mut out, &[1], false); tally.record_out("logsumexp", "logsumexp_with_out", r, &out); }
    before(); tally.record("all", "all", t().all());
    before(); tally.record("all", "all_with", t().all_with(None, false));
    { let mut out = tally.out_for("all"); before(); let r = t().all_out(&mut out); tally.record_out("all", "all_out", r, &out); }
    { let mut out = tally.out_for("all"); before(); let r = t().all_with_out(&mut out, None, false); tally.record_out("all", "all_with_out", r, &out); }
    before(); tally.record("any", "any", t().any());
    before(); tally.record("any", "any_with", t().any_with(None, false));
    { let mut out = tally.out_for("any"); before(); let r = t().any_out(&mut out); tally.record_out("any", "any_out", r, &out); }
    { let mut out = tally.out_for("any"); before(); let r = t().any_with_out(&mut out, None, false); tally.record_out("any", "any_with_out", r, &out); }
    before(); tally.record("norm", "norm", t().norm());
    before(); tally.record("norm", "norm_with", t().norm_with(Some(Scalar::Int(2)), None, false, None));
    { let mut out = tally.out_for("norm"); before(); let r = t().norm_out(&mut out); tally.record_out("norm", "norm_out", r, &out); }
    { let mut out = tally.out_for("norm"); before(); let r = t().norm_with_out(&mut out, Some(Scalar::Int(2)), None, false, None); tally.record_out("norm", "norm_with_out", r, &out); }
    before(); tally.record("norm.str", "norm_str", t().norm_str("fro"));
    before(); tally.record("norm.str", "norm_str_with", t().norm_str_with("fro", None, false, None));
    before(); tally.record("count_nonzero", "count_nonzero", t().count_nonzero());
    before(); tally.record("count_nonzero", "count_nonzero_with", t().count_nonzero_with(None));
    before(); tally.record("cumsum", "cumsum", t().cumsum(1));
    before(); tally.record("cumsum", "cumsum_with", t().cumsum_with(1, None));
    { let mut s = t(); before(); let r = s.cumsum_(1); tally.record_inplace("cumsum", "cumsum_", r, &s); }
    { let mut s = t(); before(); let r = s.cumsum_with_(1, None); tally.record_inplace("cumsum", "cumsum_with_", r, &s); }
    { let mut out = tally.out_for("cumsum"); before(); let r = t().cumsum_out(&mut out, 1); tally.record_out("cumsum", "cumsum_out", r, &out); }
    { let mut out = tally.out_for("cumsum"); before(); let r = t().cumsum_with_out(&mut out, 1, None); tally.record_out("cumsum", "cumsum_with_out", r, &out); }
    before(); tally.record("cumprod", "cumprod", t().cumprod(1));
    before(); tally.record("cumprod", "cumprod_with", t().cumprod_with(1, None));
    { let mut s = t(); before(); let r = s.cumprod_(1); tally.record_inplace("cumprod", "cumprod_", r, &s); }
    { let mut s = t(); before(); let r = s.cumprod_with_(1, None); tally.record_inplace("cumprod", "cumprod_with_", r, &s); }
    { let mut out = tally.out_for("cumprod"); before(); let r = t().cumprod_out(&mut out, 1); tally.record_out("cumprod", "cumprod_out", r, &out); }
    { let mut out = tally.out_for("cumprod"); before(); let r = t().cumprod_with_out(&mut out, 1, None); tally.record_out("cumprod", "cumprod_with_out", r, &out); }
    before(); tally.record("sort", "sort", t().sort());
    before(); tally.record("sort", "sort_with", t().sort_with(-1, false, false));
    before(); tally.record("argsort", "argsort", t().argsort());
    before(); tally.record("argsort", "argsort_with", t().argsort_with(-1, false, false));
    before(); tally.record("topk", "topk", t().topk(1));
    before(); tally.record("topk", "topk_with", t().topk_with(1, -1, true, true));
    before(); tally.record("kthvalue", "kthvalue", t().kthvalue(1));
    before(); tally.record("kthvalue", "kthvalue_with", t().kthvalue_with(1, -1, false));
    before(); tally.record("median", "median", t().median());
    before(); tally.record("median.dim", "median_dim", t().median_dim(1));
    before(); tally.record("median.dim", "median_dim_with", t().median_dim_with(1, false));
    before(); tally.record("unique", "unique", t().unique());
    before(); tally.record("unique", "unique_with", t().unique_with(true, false, false));
    before(); tally.record("cat", "cat", Tensor::cat(&[t(), t()]));
    before(); tally.record("cat", "cat_with", Tensor::cat_with(&[t(), t()], 0));
    { let mut out = tally.out_for("cat"); before(); let r = Tensor::cat_out(&mut out, &[t(), t()]); tally.record_out("cat", "cat_out", r, &out); }
    { let mut out = tally.out_for("cat"); before(); let r = Tensor::cat_with_out(&mut out, &[t(), t()], 0); tally.record_out("cat", "cat_with_out", r, &out); }
    before(); tally.record("stack", "stack", Tensor::stack(&[t(), t()]));
    before(); tally.record("stack", "stack_with", Tensor::stack_with(&[t(), t()], 0));
    { let mut out = tally.out_for("stack"); before(); let r = Tensor::stack_out(&mut out, &[t(), t()]); tally.record_out("stack", "stack_out", r, &out); }
    { let mut out = tally.out_for("stack"); before(); let r = Tensor::stack_with_out(&mut out, &[t(), t()], 0); tally.record_out("stack", "stack_with_out", r, &out); }
    before(); tally.record("split", "split", t().split(1));
    before(); tally.record("split", "split_with", t().split_with(1, 0));
    before(); tally.record("split.sizes", "split_sizes", t().split_sizes(&[1]));
    before(); tally.record("split.sizes", "split_sizes_with", t().split_sizes_with(&[1], 0));
    before(); tally.record("split_with_sizes", "split_with_sizes", t().split_with_sizes(&[1, 2]));
    before(); tally.record("split_with_sizes", "split_with_sizes_with", t().split_with_sizes_with(&[1, 2], 0));
    before(); tally.record("chunk", "chunk", t().chunk(1));
    before(); tally.record("chunk", "chunk_with", t().chunk_with(1, 0));
    before(); tally.record("unbind", "unbind", t().unbind());
    before(); tally.record("unbind", "unbind_with", t().unbind_with(0));
    before(); tally.record("flip", "flip", t().flip(&[1]));
    before(); tally.record("roll", "roll", t().roll(&[1]));
    before(); tally.record("roll", "roll_with", t().roll_with(&[1], &[]));
    before(); tally.record("repeat", "repeat", t().repeat(&[1, 1]));
    before(); tally.record("tile", "tile", t().tile(&[1]));
    before(); tally.record("repeat_interleave.Tensor", "repeat_interleave_tensor", t().repeat_interleave_tensor());
    before(); tally.record("repeat_interleave.Tensor", "repeat_interleave_tensor_with", t().repeat_interleave_tensor_with(None));
    before(); tally.record("repeat_interleave.self_Tensor", "repeat_interleave_self_tensor", t().repeat_interleave_self_tensor(&tr()));
    before(); tally.record("repeat_interleave.self_Tensor", "repeat_interleave_self_tensor_with", t().repeat_interleave_self_tensor_with(&tr(), None, None));
    before(); tally.record("repeat_interleave.self_int", "repeat_interleave_self_int", t().repeat_interleave_self_int(1));
    before(); tally.record("repeat_interleave.self_int", "repeat_interleave_self_int_with", t().repeat_interleave_self_int_with(1, None, None));
    before(); tally.record("tril", "tril", t().tril());
    before(); tally.record("tril", "tril_with", t().tril_with(0));
    { let mut s = t(); before(); let r = s.tril_(); tally.record_inplace("tril", "tril_", r, &s); }
    { let mut s = t(); before(); let r = s.tril_with_(0); tally.record_inplace("tril", "tril_with_", r, &s); }
    { let mut out = tally.out_for("tril"); before(); let r = t().tril_out(&mut out); tally.record_out("tril", "tril_out", r, &out); }
    { let mut out = tally.out_for("tril"); before(); let r = t().tril_with_out(&mut out, 0); tally.record_out("tril", "tril_with_out", r, &out); }
    before(); tally.record("triu", "triu", t().triu());
    before(); tally.record("triu", "triu_with", t().triu_with(0));
    { let mut s = t(); before(); let r = s.triu_(); tally.record_inplace("triu", "triu_", r, &s); }
    { let mut s = t(); before(); let r = s.triu_with_(0); tally.record_inplace("triu", "triu_with_", r, &s); }
    { let mut out = tally.out_for("triu"); before(); let r = t().triu_out(&mut out); tally.record_out("triu", "triu_out", r, &out); }
    { let mut out = tally.out_for("triu"); before(); let r = t().triu_with_out(&mut out, 0); tally.record_out("triu", "triu_with_out", r, &out); }
    before(); tally.record("pad", "pad", t().pad(&[1, 1]));
    before(); tally.record("pad", "pad_with", t().pad_with(&[1, 1], "constant", None));
    before(); tally.record("index_select", "index_select", t().index_select(1, &ti()));
    { let mut out = tally.out_for("index_select"); before(); let r = t().index_select_out(&mut out, 1, &ti()); tally.record_out("index_select", "index_select_out", r, &out); }
    before(); tally.record("gather", "gather", t().gather(1, &ti()));
    before(); tally.record("gather", "gather_with", t().gather_with(1, &ti(), false));
    { let mut out = tally.out_for("gather"); before(); let r = t().gather_out(&mut out, 1, &ti()); tally.record_out("gather", "gather_out", r, &out); }
    { let mut out = tally.out_for("gather"); before(); let r = t().gather_with_out(&mut out, 1, &ti(), false); tally.record_out("gather", "gather_with_out", r, &out); }
    before(); tally.record("scatter.src", "scatter_src", t().scatter_src(1, &ti(), &t()));
    before(); tally.record("scatter.src", "scatter_src_with", t().scatter_src_with(1, &ti(), &t(), None));
    { let mut s = t(); before(); let r = s.scatter_src_(1, &ti(), &t()); tally.record_inplace("scatter.src", "scatter_src_", r, &s); }
    { let mut s = t(); before(); let r = s.scatter_src_with_(1, &ti(), &t(), None); tally.record_inplace("scatter.src", "scatter_src_with_", r, &s); }
    { let mut out = tally.out_for("scatter.src"); before(); let r = t().scatter_src_out(&mut out, 1, &ti(), &t()); tally.record_out("scatter.src", "scatter_src_out", r, &out); }
    { let mut out = tally.out_for("scatter.src"); before(); let r = t().scatter_src_with_out(&mut out, 1, &ti(), &t(), None); tally.record_out("scatter.src", "scatter_src_with_out", r, &out); }
    before(); tally.record("scatter.value", "scatter_value", t().scatter_value(1, &ti(), 2));
    before(); tally.record("scatter.value", "scatter_value_with", t().scatter_value_with(1, &ti(), 2, None));
    { let mut s = t(); before(); let r = s.scatter_value_(1, &ti(), 2); tally.record_inplace("scatter.value", "scatter_value_", r, &s); }
    { let mut s = t(); before(); let r = s.scatter_value_with_(1, &ti(), 2, None); tally.record_inplace("scatter.value", "scatter_value_with_", r, &s); }
    { let mut out = tally.out_for("scatter.value"); before(); let r = t().scatter_value_out(&mut out, 1, &ti(), 2); tally.record_out("scatter.value", "scatter_value_out", r, &out); }
    { let mut out = tally.out_for("scatter.value"); before(); let r = t().scatter_value_with_out(&mut out, 1, &ti(), 2, None); tally.record_out("scatter.value", "scatter_value_with_out", r, &out); }
    before(); tally.record("scatter_add", "scatter_add", t().scatter_add(1, &ti(), &t()));
    { let mut s = t(); before(); let r = s.scatter_add_(1, &ti(), &t()); tally.record_inplace("scatter_add", "scatter_add_", r, &s); }
    { let mut out = tally.out_for("scatter_add"); before(); let r = t().scatter_add_out(&mut out, 1, &ti(), &t()); tally.record_out("scatter_add", "scatter_add_out", r, &out); }
    before(); tally.record("index_add", "index_add", t().index_add(1, &ti(), &t()));
    before(); tally.record("index_add", "index_add_with", t().index_add_with(1, &ti(), &t(), Scalar::Int(1)));
    { let mut s = t(); before(); let r = s.index_add_(1, &ti(), &t()); tally.record_inplace("index_add", "index_add_", r, &s); }
    { let mut s = t(); before(); let r = s.index_add_with_(1, &ti(), &t(), Scalar::Int(1)); tally.record_inplace("index_add", "index_add_with_", r, &s); }
    { let mut out = tally.out_for("index_add"); before(); let r = t().index_add_out(&mut out, 1, &ti(), &t()); tally.record_out("index_add", "index_add_out", r, &out); }
    { let mut out = tally.out_for("index_add"); before(); let r = t().index_add_with_out(&mut out, 1, &ti(), &t(), Scalar::Int(1)); tally.record_out("index_add", "index_add_with_out", r, &out); }
    before(); tally.record("index_put", "index_put", t().index_put(&[t(), t()], &t()));
    before(); tally.record("index_put", "index_put_with", t().index_put_with(&[t(), t()], &t(), false));
    { let mut s = t(); before(); let r = s.index_put_(&[t(), t()], &t()); tally.record_inplace("index_put", "index_put_", r, &s); }
    { let mut s = t(); before(); let r = s.index_put_with_(&[t(), t()], &t(), false); tally.record_inplace("index_put", "index_put_with_", r, &s); }
    before(); tally.record("masked_fill.Scalar", "masked_fill_scalar", t().masked_fill_scalar(&tb(), 2));
    { let mut s = t(); before(); let r = s.masked_fill_scalar_(&tb(), 2); tally.record_inplace("masked_fill.Scalar", "masked_fill_scalar_", r, &s); }
    before(); tally.record("masked_fill.Tensor", "masked_fill_tensor", t().masked_fill_tensor(&tb(), &t()));
    { let mut s = t(); before(); let r = s.masked_fill_tensor_(&tb(), &t()); tally.record_inplace("masked_fill.Tensor", "masked_fill_tensor_", r, &s); }
    before(); tally.record("masked_select", "masked_select", t().masked_select(&tb()));
    { let mut out = tally.out_for("masked_select"); before(); let r = t().masked_select_out(&mut out, &tb()); tally.record_out("masked_select", "masked_select_out", r, &out); }
    before(); tally.record("masked_scatter", "masked_scatter", t().masked_scatter(&tb(), &t()));
    { let mut s = t(); before(); let r = s.masked_scatter_(&tb(), &t()); tally.record_inplace("masked_scatter", "masked_scatter_", r, &s); }
    before(); tally.record("nonzero", "nonzero", t().nonzero());
    { let mut out = tally.out_for("nonzero"); before(); let r = t().nonzero_out(&mut out); tally.record_out("nonzero", "nonzero_out", r, &out); }
    before(); tally.record("take", "take", t().take(&ti()));
    { let mut out = tally.out_for("take"); before(); let r = t().take_out(&mut out, &ti()); tally.record_out("take", "take_out", r, &out); }
    before(); tally.record("one_hot", "one_hot", t().one_hot());
    before(); tally.record("one_hot", "one_hot_with", t().one_hot_with(-1));
    before(); tally.record("matmul", "matmul", t().matmul(&t()));
    { let mut out = tally.out_for("matmul"); before(); let r = t().matmul_out(&mut out, &t()); tally.record_out("matmul", "matmul_out", r, &out); }
    before(); tally.record("mm", "mm", t().mm(&t()));
    { let mut out = tally.out_for("mm"); before(); let r = t().mm_out(&mut out, &t()); tally.record_out("mm", "mm_out", r, &out); }
    before(); tally.record("bmm", "bmm", t().bmm(&t()));
    { let mut out = tally.out_for("bmm"); before(); let r = t().bmm_out(&mut out, &t()); tally.record_out("bmm", "bmm_out", r, &out); }
    before(); tally.record("addmm", "addmm", t().addmm(&t(), &t()));
    before(); tally.record("addmm", "addmm_with", t().addmm_with(&t(), &t(), Scalar::Int(1), Scalar::Int(1)));
    { let mut s = t(); before(); let r = s.addmm_(&t(), &t()); tally.record_inplace("addmm", "addmm_", r, &s); }
    { let mut s = t(); before(); let r = s.addmm_with_(&t(), &t(), Scalar::Int(1), Scalar::Int(1)); tally.record_inplace("addmm", "addmm_with_", r, &s); }
    { let mut out = tally.out_for("addmm"); before(); let r = t().addmm_out(&mut out, &t(), &t()); tally.record_out("addmm", "addmm_out", r, &out); }
    { let mut out = tally.out_for("addmm"); before(); let r = t().addmm_with_out(&mut out, &t(), &t(), Scalar::Int(1), Scalar::Int(1)); tally.record_out("addmm", "addmm_with_out", r, &out); }
    before(); tally.record("baddbmm", "baddbmm", t().baddbmm(&tbatch(), &tbatch()));
    before(); tally.record("baddbmm", "baddbmm_with", t().baddbmm_with(&tbatch(), &tbatch(), Scalar::Int(1), Scalar::Int(1)));
    { let mut s = t(); before(); let r = s.baddbmm_(&tbatch(), &tbatch()); tally.record_inplace("baddbmm", "baddbmm_", r, &s); }
    { let mut s = t(); before(); let r = s.baddbmm_with_(&tbatch(), &tbatch(), Scalar::Int(1), Scalar::Int(1)); tally.record_inplace("baddbmm", "baddbmm_with_", r, &s); }
    { let mut out = tally.out_for("baddbmm"); before(); let r = t().baddbmm_out(&mut out, &tbatch(), &tbatch()); tally.record_out("baddbmm", "baddbmm_out", r, &out); }
    { let mut out = tally.out_for("baddbmm"); before(); let r = t().baddbmm_with_out(&mut out, &tbatch(), &tbatch(), Scalar::Int(1), Scalar::Int(1)); tally.record_out("baddbmm", "baddbmm_with_out", r, &out); }
    before(); tally.record("mv", "mv", t().mv(&tv()));
    { let mut out = tally.out_for("mv"); before(); let r = t().mv_out(&mut out, &tv()); tally.record_out("mv", "mv_out", r, &out); }
    before(); tally.record("dot", "dot", t().dot(&tv()));
    { let mut out = tally.out_for("dot"); before(); let r = t().dot_out(&mut out, &tv()); tally.record_out("dot", "dot_out", r, &out); }
    before(); tally.record("outer", "outer", t().outer(&tv()));
    { let mut out = tally.out_for("outer"); before(); let r = t().outer_out(&mut out, &tv()); tally.record_out("outer", "outer_out", r, &out); }
    before(); tally.record("einsum", "einsum", Tensor::einsum("ij,ij->i", &[t(), t()]));
    before(); tally.record("tensordot", "tensordot", t().tensordot(&t(), &[1], &[1]));
    { let mut out = tally.out_for("tensordot"); before(); let r = t().tensordot_out(&mut out, &t(), &[1], &[1]); tally.record_out("tensordot", "tensordot_out", r, &out); }
    before(); tally.record("tensordot.int", "tensordot_int", t().tensordot_int(&t()));
    before(); tally.record("tensordot.int", "tensordot_int_with", t().tensordot_int_with(&t(), 2));
    before(); tally.record("linalg_norm", "linalg_norm", t().linalg_norm());
    before(); tally.record("linalg_norm", "linalg_norm_with", t().linalg_norm_with(None, None, false, None));
    { let mut out = tally.out_for("linalg_norm"); before(); let r = t().linalg_norm_out(&mut out); tally.record_out("linalg_norm", "linalg_norm_out", r, &out); }
    { let mut out = tally.out_for("linalg_norm"); before(); let r = t().linalg_norm_with_out(&mut out, None, None, false, None); tally.record_out("linalg_norm", "linalg_norm_with_out", r, &out); }
    before(); tally.record("linalg_norm.ord_str", "linalg_norm_ord_str", t().linalg_norm_ord_str("fro"));
    before(); tally.record("linalg_norm.ord_str", "linalg_norm_ord_str_with", t().linalg_norm_ord_str_with("fro", None, false, None));
    { let mut out = tally.out_for("linalg_norm.ord_str"); before(); let r = t().linalg_norm_ord_str_out(&mut out, "fro"); tally.record_out("linalg_norm.ord_str", "linalg_norm_ord_str_out", r, &out); }
    { let mut out = tally.out_for("linalg_norm.ord_str"); before(); let r = t().linalg_norm_ord_str_with_out(&mut out, "fro", None, false, None); tally.record_out("linalg_norm.ord_str", "linalg_norm_ord_str_with_out", r, &out); }
    before(); tally.record("linalg_solve", "linalg_solve", t().linalg_solve(&t()));
    before(); tally.record("linalg_solve", "linalg_solve_with", t().linalg_solve_with(&t(), true));
    { let mut out = tally.out_for("linalg_solve"); before(); let r = t().linalg_solve_out(&mut out, &t()); tally.record_out("linalg_solve", "linalg_solve_out", r, &out); }
    { let mut out = tally.out_for("linalg_solve"); before(); let r = t().linalg_solve_with_out(&mut out, &t(), true); tally.record_out("linalg_solve", "linalg_solve_with_out", r, &out); }
    before(); tally.record("linalg_inv", "linalg_inv", t().linalg_inv());
    { let mut out = tally.out_for("linalg_inv"); before(); let r = t().linalg_inv_out(&mut out); tally.record_out("linalg_inv", "linalg_inv_out", r, &out); }
    before(); tally.record("linalg_det", "linalg_det", t().linalg_det());
    { let mut out = tally.out_for("linalg_det"); before(); let r = t().linalg_det_out(&mut out); tally.record_out("linalg_det", "linalg_det_out", r, &out); }
    before(); tally.record("linalg_cholesky", "linalg_cholesky", t().linalg_cholesky());
    before(); tally.record("linalg_cholesky", "linalg_cholesky_with", t().linalg_cholesky_with(false));
    { let mut out = tally.out_for("linalg_cholesky"); before(); let r = t().linalg_cholesky_out(&mut out); tally.record_out("linalg_cholesky", "linalg_cholesky_out", r, &out); }
    { let mut out = tally.out_for("linalg_cholesky"); before(); let r = t().linalg_cholesky_with_out(&mut out, false); tally.record_out("linalg_cholesky", "linalg_cholesky_with_out", r, &out); }
    before(); tally.record("linalg_qr", "linalg_qr", t().linalg_qr());
    before(); tally.record("linalg_qr", "linalg_qr_with", t().linalg_qr_with("reduced"));
    before(); tally.record("linalg_svd", "linalg_svd", t().linalg_svd());
    before(); tally.record("linalg_svd", "linalg_svd_with", t().linalg_svd_with(true));
    before(); tally.record("softmax", "softmax", t().softmax(1));
    before(); tally.record("softmax", "softmax_with", t().softmax_with(1, None));
    { let mut out = tally.out_for("softmax"); before(); let r = t().softmax_out(&mut out, 1); tally.record_out("softmax", "softmax_out", r, &out); }
    { let mut out = tally.out_for("softmax"); before(); let r = t().softmax_with_out(&mut out, 1, None); tally.record_out("softmax", "softmax_with_out", r, &out); }
    before(); tally.record("log_softmax", "log_softmax", t().log_softmax(1));
    before(); tally.record("log_softmax", "log_softmax_with", t().log_softmax_with(1, None));
    { let mut out = tally.out_for("log_softmax"); before(); let r = t().log_softmax_out(&mut out, 1); tally.record_out("log_softmax", "log_softmax_out", r, &out); }
    { let mut out = tally.out_for("log_softmax"); before(); let r = t().log_softmax_with_out(&mut out, 1, None); tally.record_out("log_softmax", "log_softmax_with_out", r, &out); }
    before(); tally.record("dropout", "dropout", t().dropout(0.5, false));
    before(); tally.record("alpha_dropout", "alpha_dropout", t().alpha_dropout(0.5, false));
    before(); tally.record("linear", "linear", t().linear(&t()));
    before(); tally.record("linear", "linear_with", t().linear_with(&t(), None));
    before(); tally.record("bilinear", "bilinear", t().bilinear(&t(), &t()));
    before(); tally.record("bilinear", "bilinear_with", t().bilinear_with(&t(), &t(), None));
    before(); tally.record("embedding", "embedding", t().embedding(&ti()));
    before(); tally.record("embedding", "embedding_with", t().embedding_with(&ti(), -1));
    before(); tally.record("embedding_bag", "embedding_bag", t().embedding_bag(&ti()));
    before(); tally.record("embedding_bag", "embedding_bag_with", t().embedding_bag_with(&ti(), None, "mean", None, false, None));
    before(); tally.record("batch_norm", "batch_norm", t().batch_norm(None, None));
    before(); tally.record("batch_norm", "batch_norm_with", t().batch_norm_with(None, None, None, None, false, 0.1, 1e-05));
    before(); tally.record("layer_norm", "layer_norm", t().layer_norm(&[3]));
    before(); tally.record("layer_norm", "layer_norm_with", t().layer_norm_with(&[3], None, None, 1e-05));
    before(); tally.record("group_norm", "group_norm", t().group_norm(1));
    before(); tally.record("group_norm", "group_norm_with", t().group_norm_with(1, None, None, 1e-05));
    before(); tally.record("rms_norm", "rms_norm", t().rms_norm(&[3]));
    before(); tally.record("rms_norm", "rms_norm_with", t().rms_norm_with(&[3], None, None));
    before(); tally.record("instance_norm", "instance_norm", t().instance_norm());
    before(); tally.record("instance_norm", "instance_norm_with", t().instance_norm_with(None, None, None, None, true, 0.1, 1e-05));
    before(); tally.record("cosine_similarity", "cosine_similarity", t().cosine_similarity(&t()));
    before(); tally.record("cosine_similarity", "cosine_similarity_with", t().cosine_similarity_with(&t(), 1, 1e-08));
    before(); tally.record("pairwise_distance", "pairwise_distance", t().pairwise_distance(&t()));
    before(); tally.record("pairwise_distance", "pairwise_distance_with", t().pairwise_distance_with(&t(), 2.0, 1e-06, false));
    before(); tally.record("scaled_dot_product_attention", "scaled_dot_product_attention", t().scaled_dot_product_attention(&t(), &t()));
    before(); tally.record("scaled_dot_product_attention", "scaled_dot_product_attention_with", t().scaled_dot_product_attention_with(&t(), &t(), None, 0.0, false, None));
    before(); tally.record("conv1d", "conv1d", t().conv1d(&t()));
    before(); tally.record("conv1d", "conv1d_with", t().conv1d_with(&t(), None, &[1], &[0], &[1], 1));
    before(); tally.record("conv1d.padding", "conv1d_padding", t().conv1d_padding(&t(), None, &[1], "same"));
    before(); tally.record("conv1d.padding", "conv1d_padding_with", t().conv1d_padding_with(&t(), None, &[1], "same", &[1], 1));
    before(); tally.record("conv2d", "conv2d", t().conv2d(&t()));
    before(); tally.record("conv2d", "conv2d_with", t().conv2d_with(&t(), None, &[1], &[0], &[1], 1));
    before(); tally.record("conv2d.padding", "conv2d_padding", t().conv2d_padding(&t(), None, &[1], "same"));
    before(); tally.record("conv2d.padding", "conv2d_padding_with", t().conv2d_padding_with(&t(), None, &[1], "same", &[1], 1));
    before(); tally.record("conv3d", "conv3d", t().conv3d(&t()));
    before(); tally.record("conv3d", "conv3d_with", t().conv3d_with(&t(), None, &[1], &[0], &[1], 1));
    before(); tally.record("conv3d.padding", "conv3d_padding", t().conv3d_padding(&t(), None, &[1], "same"));
    before(); tally.record("conv3d.padding", "conv3d_padding_with", t().conv3d_padding_with(&t(), None, &[1], "same", &[1], 1));
    before(); tally.record("conv_transpose1d", "conv_transpose1d", t().conv_transpose1d(&t()));
    before(); tally.record("conv_transpose1d", "conv_transpose1d_with", t().conv_transpose1d_with(&t(), None, &[1], &[0], &[0], 1, &[1]));
    before(); tally.record("conv_transpose2d", "conv_transpose2d", t().conv_transpose2d(&t()));
    before(); tally.record("conv_transpose2d", "conv_transpose2d_with", t().conv_transpose2d_with(&t(), None, &[1], &[0], &[0], 1, &[1]));
    before(); tally.record("max_pool1d", "max_pool1d", t().max_pool1d(&[1]));
    before(); tally.record("max_pool1d", "max_pool1d_with", t().max_pool1d_with(&[1], &[], &[0], &[1], false));
    before(); tally.record("max_pool2d", "max_pool2d", t().max_pool2d(&[1]));
    before(); tally.record("max_pool2d", "max_pool2d_with", t().max_pool2d_with(&[1], &[], &[0], &[1], false));
    before(); tally.record("max_pool2d_with_indices", "max_pool2d_with_indices", t().max_pool2d_with_indices(&[1]));
    before(); tally.record("max_pool2d_with_indices", "max_pool2d_with_indices_with", t().max_pool2d_with_indices_with(&[1], &[], &[0], &[1], false));
    before(); tally.record("avg_pool1d", "avg_pool1d", t().avg_pool1d(&[1]));
    before(); tally.record("avg_pool1d", "avg_pool1d_with", t().avg_pool1d_with(&[1], &[], &[0], false, true));
    before(); tally.record("avg_pool2d", "avg_pool2d", t().avg_pool2d(&[1]));
    before(); tally.record("avg_pool2d", "avg_pool2d_with", t().avg_pool2d_with(&[1], &[], &[0], false, true, None));
    before(); tally.record("adaptive_avg_pool1d", "adaptive_avg_pool1d", t().adaptive_avg_pool1d(&[1]));
    before(); tally.record("adaptive_avg_pool2d", "adaptive_avg_pool2d", t().adaptive_avg_pool2d(&[1]));
    before(); tally.record("adaptive_max_pool2d", "adaptive_max_pool2d", t().adaptive_max_pool2d(&[1]));
    before(); tally.record("interpolate", "interpolate", t().interpolate());
    before(); tally.record("interpolate", "interpolate_with", t().interpolate_with(None, None, "nearest", None));
    before(); tally.record("cross_entropy", "cross_entropy", t().cross_entropy(&t()));
    before(); tally.record("cross_entropy", "cross_entropy_with", t().cross_entropy_with(&t(), None, -100, "mean", 0.0));
    before(); tally.record("nll_loss", "nll_loss", t().nll_loss(&t()));
    before(); tally.record("nll_loss", "nll_loss_with", t().nll_loss_with(&t(), None, -100, "mean"));
    before(); tally.record("mse_loss", "mse_loss", t().mse_loss(&t()));
    before(); tally.record("mse_loss", "mse_loss_with", t().mse_loss_with(&t(), "mean"));
    before(); tally.record("l1_loss", "l1_loss", t().l1_loss(&t()));
    before(); tally.record("l1_loss", "l1_loss_with", t().l1_loss_with(&t(), "mean"));
    before(); tally.record("smooth_l1_loss", "smooth_l1_loss", t().smooth_l1_loss(&t()));
    before(); tally.record("smooth_l1_loss", "smooth_l1_loss_with", t().smooth_l1_loss_with(&t(), "mean", 1.0));
    before(); tally.record("huber_loss", "huber_loss", t().huber_loss(&t()));
    before(); tally.record("huber_loss", "huber_loss_with", t().huber_loss_with(&t(), "mean", 1.0));
    before(); tally.record("binary_cross_entropy", "binary_cross_entropy", t().binary_cross_entropy(&t()));
    before(); tally.record("binary_cross_entropy", "binary_cross_entropy_with", t().binary_cross_entropy_with(&t(), None, "mean"));
    before(); tally.record("binary_cross_entropy_with_logits", "binary_cross_entropy_with_logits", t().binary_cross_entropy_with_logits(&t()));
    before(); tally.record("binary_cross_entropy_with_logits", "binary_cross_entropy_with_logits_with", t().binary_cross_entropy_with_logits_with(&t(), None, None, "mean"));
    before(); tally.record("kl_div", "kl_div", t().kl_div(&t()));
    before(); tally.record("kl_div", "kl_div_with", t().kl_div_with(&t(), "mean", false));
}

/// How many calls `call_every_op` makes: every op function.
pub const CALLS: usize = 636;
