//! Neural-network modules (`ignis_module` of nn.h): layers, containers and losses created by
//! PyTorch class name, with typed builders for the common layers ([`linear`], [`conv2d`],
//! [`Sequential`], ...) and [`Module::create`] for every other registered type.
mod layers;
mod module;
mod state;

pub use crate::json::{Options, Value};
pub use layers::*;
pub use module::Module;
pub use state::LoadReport;
