//! Optimizers (`ignis_optimizer` of optim.h) over any leaf tensors that require grad,
//! learning-rate schedulers (including [`Scheduler::lambda_lr`] with a Rust closure) and
//! gradient clipping.
mod clip;
mod kinds;
mod optimizer;
mod scheduler;

pub use crate::json::Options;
pub use clip::{clip_grad_norm_, clip_grad_norm_with, clip_grad_value_};
pub use kinds::*;
pub use optimizer::Optimizer;
pub use scheduler::Scheduler;
