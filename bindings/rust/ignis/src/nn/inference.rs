//! One model shared by many inference threads: nn.h lets several threads run forward on a module
//! at once when it is in eval mode and grad mode is off, which this wrapper guarantees.
use super::EngineModule;
use crate::autograd::no_grad;
use crate::error::Result;
use crate::tensor::Tensor;

/// An engine module in eval mode whose every forward runs with grad mode off: `Send + Sync`, so
/// one `Arc<InferenceModule>` serves any number of threads at once. It offers nothing that
/// changes the module; [`into_inner`](InferenceModule::into_inner) gives the module back for
/// that. (Clones of the module made before still share it: nn.h's rule that a change such as
/// `train` or `load` must not overlap a forward is the caller's to keep for those.)
pub struct InferenceModule {
    module: EngineModule,
}

// SAFETY: EngineModule is Send. Sync: the only calls reachable through `&InferenceModule` are
// forward and forward_n under no_grad on a module put in eval mode by `new`, which nn.h allows
// from several threads at once, and `Display`, which only reads.
unsafe impl Sync for InferenceModule {}

impl InferenceModule {
    /// Puts `module` in eval mode (dropout off, batch norm on running statistics) and wraps it.
    pub fn new(mut module: EngineModule) -> Result<InferenceModule> {
        module.eval()?;
        Ok(InferenceModule { module })
    }

    /// `module(x)` with grad mode off on this thread (the result records no history).
    pub fn forward(&self, x: &Tensor) -> Result<Tensor> {
        no_grad(|| self.module.forward(x))
    }

    /// `module(inputs...)` with grad mode off, every result in order.
    pub fn forward_n(&self, inputs: &[&Tensor]) -> Result<Vec<Tensor>> {
        no_grad(|| self.module.forward_n(inputs))
    }

    /// The module back, to train, convert or load it.
    pub fn into_inner(self) -> EngineModule {
        self.module
    }
}

impl std::fmt::Display for InferenceModule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.module, f)
    }
}
