//! Neural-network modules (`ignis_module` of nn.h): layers, containers and losses created by
//! PyTorch class name ([`EngineModule`]), with typed builders for the common layers
//! ([`linear`], [`conv2d`], [`Sequential`], ...) and [`EngineModule::create`] for every other
//! registered type; the [`Module`] trait for modules defined in Rust; [`InferenceModule`] to
//! share one model among inference threads.
mod engine;
mod inference;
mod layers;
mod module;
mod state;

pub use crate::json::{Options, Value};
pub use engine::EngineModule;
pub use inference::InferenceModule;
pub use layers::*;
pub use module::Module;
pub use state::LoadReport;
