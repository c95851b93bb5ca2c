//! Typed option builders for the six optimizers: `sgd(0.05).momentum(0.9).build(&params)`,
//! `adam().lr(1e-3).betas(0.9, 0.999).build(&params)`. Unset options take PyTorch's defaults
//! (the engine's); out-of-range values are the engine's InvalidArgument errors.
use super::Optimizer;
use crate::error::Result;
use crate::json::Options;
use crate::tensor::Tensor;

/// Defines a builder per optimizer with one method per option (PyTorch's names).
macro_rules! optimizers {
    ($(
        $(#[$doc:meta])*
        $Struct:ident($type:literal) { $($opt:ident: $oty:ty),* $(,)? }
    )*) => {$(
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct $Struct {
            options: Options,
        }

        impl $Struct {
            $(
                #[doc = concat!("Sets PyTorch's `", stringify!($opt), "` option.")]
                pub fn $opt(mut self, value: $oty) -> $Struct {
                    self.options.insert(stringify!($opt), value);
                    self
                }
            )*

            /// The options set so far, as sent to the C API.
            pub fn options(&self) -> &Options {
                &self.options
            }

            /// The optimizer over `params` (each a leaf that requires grad).
            pub fn build(&self, params: &[Tensor]) -> Result<Optimizer> {
                Optimizer::create($type, params, &self.options)
            }
        }
    )*};
}

optimizers! {
    /// Stochastic gradient descent with optional momentum (torch.optim.SGD).
    Sgd("SGD") { lr: f64, momentum: f64, dampening: f64, weight_decay: f64, nesterov: bool,
                 maximize: bool }
    /// Adam (torch.optim.Adam).
    Adam("Adam") { lr: f64, eps: f64, weight_decay: f64, amsgrad: bool, maximize: bool }
    /// Adam with decoupled weight decay (torch.optim.AdamW; weight_decay defaults to 0.01).
    AdamW("AdamW") { lr: f64, eps: f64, weight_decay: f64, amsgrad: bool, maximize: bool }
    /// RMSprop (torch.optim.RMSprop).
    RmsProp("RMSprop") { lr: f64, alpha: f64, eps: f64, weight_decay: f64, momentum: f64,
                         centered: bool, maximize: bool }
    /// Adagrad (torch.optim.Adagrad).
    Adagrad("Adagrad") { lr: f64, lr_decay: f64, weight_decay: f64,
                         initial_accumulator_value: f64, eps: f64, maximize: bool }
    /// Adadelta (torch.optim.Adadelta).
    Adadelta("Adadelta") { lr: f64, rho: f64, eps: f64, weight_decay: f64, maximize: bool }
}

impl Adam {
    /// Sets PyTorch's `betas` (the decay rates of the two moment averages).
    pub fn betas(mut self, beta1: f64, beta2: f64) -> Adam {
        self.options.insert("betas", [beta1, beta2]);
        self
    }
}

impl AdamW {
    /// Sets PyTorch's `betas` (the decay rates of the two moment averages).
    pub fn betas(mut self, beta1: f64, beta2: f64) -> AdamW {
        self.options.insert("betas", [beta1, beta2]);
        self
    }
}

/// SGD with learning rate `lr` (PyTorch requires one).
pub fn sgd(lr: f64) -> Sgd {
    Sgd::default().lr(lr)
}

/// Adam with PyTorch's defaults (lr 1e-3, betas (0.9, 0.999)).
pub fn adam() -> Adam {
    Adam::default()
}

/// AdamW with PyTorch's defaults (lr 1e-3, weight_decay 0.01).
pub fn adamw() -> AdamW {
    AdamW::default()
}

/// RMSprop with PyTorch's defaults (lr 0.01, alpha 0.99).
pub fn rmsprop() -> RmsProp {
    RmsProp::default()
}

/// Adagrad with PyTorch's defaults (lr 0.01).
pub fn adagrad() -> Adagrad {
    Adagrad::default()
}

/// Adadelta with PyTorch's defaults (lr 1, rho 0.9).
pub fn adadelta() -> Adadelta {
    Adadelta::default()
}
