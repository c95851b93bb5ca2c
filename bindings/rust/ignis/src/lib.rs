//! Safe Rust API of the Ignis deep-learning engine, over its C API (`ignis-sys`).
//!
//! - [`Tensor`]: a refcounted handle (`Clone` retains, `Drop` releases) with a method for every
//!   op of the schema (`ops.gen.rs`, generated from `codegen/ops.yaml`), views, conversions and
//!   autograd (`backward`, `grad`, [`no_grad`]).
//! - Every fallible call returns [`Result`]; an [`Error`] carries the engine's [`Status`] and
//!   message. The arithmetic operators (`+ - * /`, unary `-`) panic instead, as `std` operators
//!   cannot return `Result`; the methods they call (`add_tensor`, `mul_scalar`, ...) do not.
//! - [`nn`] (engine modules by PyTorch class name, typed layer builders, the [`nn::Module`]
//!   trait for modules written in Rust, state dicts and safetensors checkpoints), [`optim`]
//!   (optimizers, schedulers with Rust closures, clipping) and [`data`] (datasets, a
//!   `DataLoader` iterator) for training; [`io`] for named tensors in safetensors files.
//! - The loaded library's API level is checked on first use ([`check_runtime`]).
//!
//! The guide is docs/rust.md in the repository.

pub mod autograd;
pub mod data;
mod dtype;
mod error;
mod fmt;
mod handle;
pub mod io;
pub mod json;
pub mod nn;
mod operators;
pub mod optim;
mod runtime;
mod scalar;
mod tensor;
mod view;

#[rustfmt::skip]
#[path = "ops.gen.rs"]
mod ops_gen;

pub use autograd::{inference_mode, is_grad_enabled, no_grad, set_grad_enabled};
pub use dtype::{DType, Device, Element, PlainElement};
pub use error::{Error, Result, Status};
pub use runtime::{
    api_version, check_runtime, cuda_device_count, cuda_is_available, get_num_threads, manual_seed,
    set_num_threads, version,
};
pub use scalar::Scalar;
pub use tensor::{Options, Tensor};

/// The raw C API, for what the safe layer does not cover yet.
pub use ignis_sys as sys;
