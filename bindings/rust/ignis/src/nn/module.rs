//! The `Module` trait: what engine modules and modules defined in Rust have in common, and the
//! calls a Rust-defined module registers its parameters and children with.
//!
//! A module of yours keeps its state in an engine container (`base`), as PyTorch keeps it in
//! `nn.Module`'s dictionaries: its constructor registers engine layers, other modules of yours
//! and its own tensors there, and `forward` is plain Rust. Everything else (parameters for the
//! optimizer, train/eval, zero_grad, state dicts and checkpoints with PyTorch's dotted names)
//! comes from the base. The engine never calls back into Rust, so a Rust-defined module inside
//! an engine `Sequential` is not run by it: compose Rust modules in Rust.
use std::path::Path;

use super::{EngineModule, LoadReport};
use crate::dtype::{DType, Device};
use crate::error::Result;
use crate::json::Options;
use crate::tensor::Tensor;

/// A neural-network module: a forward pass over parameters, buffers and children that an engine
/// module ([`base`](Module::base)) holds. Implemented by [`EngineModule`]; implement it for your
/// own structs with [`EngineModule::container`] as the base:
///
/// ```ignore
/// struct Net { base: EngineModule, fc: EngineModule, scale: Tensor }
/// impl Net {
///     fn new() -> ignis::Result<Net> {
///         let mut base = EngineModule::container()?;
///         let fc = base.register("fc", nn::linear(4, 2).build()?)?;
///         let scale = base.register_parameter("scale", Tensor::ones(&[2], DType::F32)?)?;
///         Ok(Net { base, fc, scale })
///     }
/// }
/// impl Module for Net {
///     fn base(&self) -> &EngineModule { &self.base }
///     fn forward(&self, x: &Tensor) -> ignis::Result<Tensor> {
///         self.fc.forward(x)?.mul_tensor(&self.scale)
///     }
/// }
/// ```
///
/// The provided methods work on the base; a method taking `&mut self` changes the module (and,
/// as for every handle, must not overlap another use of it through a clone).
pub trait Module {
    /// The engine module holding this module's parameters, buffers and children.
    fn base(&self) -> &EngineModule;

    /// `self(x)`.
    fn forward(&self, x: &Tensor) -> Result<Tensor>;

    /// Every parameter (children's too), sharing memory with the module: an optimizer over
    /// these trains it.
    fn parameters(&self) -> Result<Vec<Tensor>> {
        self.base().parameters()
    }

    /// Every parameter by dotted name ("fc.weight", "scale"), in registration order.
    fn named_parameters(&self) -> Result<Vec<(String, Tensor)>> {
        self.base().named_parameters()
    }

    /// Every buffer (running statistics, ...) by dotted name.
    fn named_buffers(&self) -> Result<Vec<(String, Tensor)>> {
        self.base().named_buffers()
    }

    /// Every parameter and buffer by dotted name, sorted, sharing the module's memory.
    fn state_dict(&self) -> Result<Vec<(String, Tensor)>> {
        self.base().state_dict()
    }

    /// Copies named tensors into the module, all-or-nothing; see
    /// [`EngineModule::load_state_dict`].
    fn load_state_dict(&mut self, state: &[(String, Tensor)], strict: bool) -> Result<LoadReport> {
        self.base().clone().load_state_dict(state, strict)
    }

    /// Writes the state dict to a safetensors file (PyTorch's `{"format": "pt"}` metadata).
    fn save(&self, path: impl AsRef<Path>) -> Result<()>
    where
        Self: Sized,
    {
        self.base().save(path)
    }

    /// Loads a safetensors checkpoint (from any Ignis language or PyTorch's safetensors).
    fn load(&mut self, path: impl AsRef<Path>, strict: bool) -> Result<LoadReport>
    where
        Self: Sized,
    {
        self.base().clone().load(path, strict)
    }

    /// Training mode (`true`) or eval mode for the module and every child.
    fn train(&mut self, training: bool) -> Result<()> {
        self.base().clone().train(training)
    }

    /// Eval mode: dropout off, batch norm on its running statistics.
    fn eval(&mut self) -> Result<()> {
        self.train(false)
    }

    /// Whether the module is in training mode.
    fn is_training(&self) -> bool {
        self.base().is_training()
    }

    /// Drops every parameter's gradient (PyTorch's default, `set_to_none=True`).
    fn zero_grad(&mut self) -> Result<()> {
        self.base().clone().zero_grad()
    }

    /// Converts floating parameters and buffers to `dtype` in place (the tensors a Rust module
    /// keeps in its fields are the registered ones, so they follow).
    fn to_dtype(&mut self, dtype: DType) -> Result<()> {
        self.base().clone().to_dtype(dtype)
    }

    /// Moves parameters and buffers to `device` in place, as [`to_dtype`](Module::to_dtype) does.
    fn to_device(&mut self, device: Device) -> Result<()> {
        self.base().clone().to_device(device)
    }
}

impl Module for EngineModule {
    fn base(&self) -> &EngineModule {
        self
    }

    fn forward(&self, x: &Tensor) -> Result<Tensor> {
        EngineModule::forward(self, x)
    }
}

impl EngineModule {
    /// An empty engine container (PyTorch's `ModuleDict`), the base of a module defined in Rust.
    pub fn container() -> Result<EngineModule> {
        EngineModule::create("ModuleDict", &Options::new())
    }

    /// Registers `child` (an engine module or a module of yours) under `name`: its parameters
    /// and buffers become this module's `name.*`, and train/eval reach it. Returns the child.
    pub fn register<M: Module>(&mut self, name: &str, child: M) -> Result<M> {
        self.add_child(name, child.base())?;
        Ok(child)
    }

    /// Registers `t` as parameter `name` (shared, not copied) and marks it as requiring grad;
    /// returns it, the same tensor the module holds.
    pub fn register_parameter(&mut self, name: &str, mut t: Tensor) -> Result<Tensor> {
        self.set_parameter(name, &mut t, true)?;
        Ok(t)
    }

    /// Registers `t` as buffer `name` (shared: saved in state dicts, not trained); returns it.
    pub fn register_buffer(&mut self, name: &str, t: Tensor) -> Result<Tensor> {
        self.set_buffer(name, &t)?;
        Ok(t)
    }
}
