//! Typed builders for the common layers: `linear(4, 2)`, `conv2d(1, 16, 3).padding(1)`,
//! `Sequential::new().add(linear(4, 8)).add(relu())`. Each builder holds PyTorch's constructor
//! arguments and becomes an [`EngineModule`] through [`Layer::build`] (ignis_module_create with the
//! arguments as JSON); required arguments are the function's parameters, optional ones are
//! methods. Types without a builder here are made with [`EngineModule::create`].
use super::EngineModule;
use crate::error::Result;
use crate::json::{Options, Value};

/// Something that becomes a module: a layer builder, a [`Sequential`], or an
/// [`EngineModule`] itself.
pub trait Layer {
    /// Creates the module (or, for an EngineModule, hands over the handle).
    fn build(self) -> Result<EngineModule>;
}

impl Layer for EngineModule {
    fn build(self) -> Result<EngineModule> {
        Ok(self)
    }
}

impl Layer for &EngineModule {
    /// The same module, shared.
    fn build(self) -> Result<EngineModule> {
        Ok(self.clone())
    }
}

/// An argument as a JSON value; `size` marks a [`Size`] argument (one number or one per
/// dimension), which cannot convert through `Into<Value>` from behind `impl Into<Size>`.
macro_rules! arg {
    ($v:ident) => {
        $v
    };
    ($v:ident, size) => {
        Value::from(Into::<Size>::into($v))
    };
}

/// Defines a builder struct per layer: `fn name(required...) -> Struct`, one method per
/// optional argument, and `Layer for Struct`. The argument names are PyTorch's.
macro_rules! layers {
    ($(
        $(#[$doc:meta])*
        $fname:ident => $Struct:ident($type:literal) ($($req:ident: $rty:ty $(=> $rconv:ident)?),*)
            { $($opt:ident: $oty:ty $(=> $oconv:ident)?),* $(,)? }
    )*) => {$(
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq)]
        pub struct $Struct {
            options: Options,
        }

        $(#[$doc])*
        pub fn $fname($($req: $rty),*) -> $Struct {
            #[allow(unused_mut)]
            let mut options = Options::new();
            $(options.insert(stringify!($req), arg!($req $(, $rconv)?));)*
            $Struct { options }
        }

        impl $Struct {
            $(
                #[doc = concat!("Sets PyTorch's `", stringify!($opt), "` argument.")]
                pub fn $opt(mut self, value: $oty) -> $Struct {
                    self.options.insert(stringify!($opt), arg!(value $(, $oconv)?));
                    self
                }
            )*

            /// The constructor arguments set so far, as sent to the C API.
            pub fn options(&self) -> &Options {
                &self.options
            }
        }

        impl Layer for $Struct {
            fn build(self) -> Result<EngineModule> {
                EngineModule::create($type, &self.options)
            }
        }
    )*};
}

/// A size given as one number for every spatial dimension or as one per dimension
/// (`kernel_size=3` or `kernel_size=(3, 5)`).
#[derive(Clone, Debug, PartialEq)]
pub struct Size(Vec<i64>);

impl From<i64> for Size {
    fn from(v: i64) -> Size {
        Size(vec![v])
    }
}

impl From<(i64, i64)> for Size {
    fn from((a, b): (i64, i64)) -> Size {
        Size(vec![a, b])
    }
}

impl<const N: usize> From<[i64; N]> for Size {
    fn from(v: [i64; N]) -> Size {
        Size(v.to_vec())
    }
}

impl From<Size> for Value {
    fn from(s: Size) -> Value {
        match s.0.as_slice() {
            [one] => Value::Int(*one),
            many => Value::from(many),
        }
    }
}

layers! {
    /// `y = x A^T + b` (torch.nn.Linear).
    linear => Linear("Linear")(in_features: i64, out_features: i64) { bias: bool }
    /// 1-d convolution over (N, C, L) (torch.nn.Conv1d).
    conv1d => Conv1d("Conv1d")(in_channels: i64, out_channels: i64, kernel_size: impl Into<Size> => size)
        { stride: i64, padding: i64, dilation: i64, groups: i64, bias: bool }
    /// 2-d convolution over (N, C, H, W) (torch.nn.Conv2d).
    conv2d => Conv2d("Conv2d")(in_channels: i64, out_channels: i64, kernel_size: impl Into<Size> => size)
        { stride: impl Into<Size> => size, padding: impl Into<Size> => size, dilation: impl Into<Size> => size,
          groups: i64, bias: bool }
    /// Batch normalization over (N, C) or (N, C, L) (torch.nn.BatchNorm1d).
    batch_norm1d => BatchNorm1d("BatchNorm1d")(num_features: i64)
        { eps: f64, momentum: f64, affine: bool, track_running_stats: bool }
    /// Batch normalization over (N, C, H, W) (torch.nn.BatchNorm2d).
    batch_norm2d => BatchNorm2d("BatchNorm2d")(num_features: i64)
        { eps: f64, momentum: f64, affine: bool, track_running_stats: bool }
    /// Layer normalization over the trailing `normalized_shape` (torch.nn.LayerNorm).
    layer_norm => LayerNorm("LayerNorm")(normalized_shape: Vec<i64>)
        { eps: f64, elementwise_affine: bool }
    /// 2-d max pooling (torch.nn.MaxPool2d); the stride defaults to the kernel size.
    max_pool2d => MaxPool2d("MaxPool2d")(kernel_size: impl Into<Size> => size)
        { stride: impl Into<Size> => size, padding: impl Into<Size> => size, ceil_mode: bool }
    /// 2-d average pooling (torch.nn.AvgPool2d).
    avg_pool2d => AvgPool2d("AvgPool2d")(kernel_size: impl Into<Size> => size)
        { stride: impl Into<Size> => size, padding: impl Into<Size> => size }
    /// Average pooling to a fixed output size (torch.nn.AdaptiveAvgPool2d).
    adaptive_avg_pool2d => AdaptiveAvgPool2d("AdaptiveAvgPool2d")(output_size: impl Into<Size> => size) {}
    /// A lookup table of `num_embeddings` vectors (torch.nn.Embedding).
    embedding => Embedding("Embedding")(num_embeddings: i64, embedding_dim: i64)
        { padding_idx: i64 }
    /// Zeroes elements with probability `p` in training mode (torch.nn.Dropout).
    dropout => Dropout("Dropout")() { p: f64 }
    /// Flattens dims `start_dim..=end_dim` (torch.nn.Flatten; default 1..=-1).
    flatten => Flatten("Flatten")() { start_dim: i64, end_dim: i64 }
    /// max(x, 0) (torch.nn.ReLU).
    relu => ReLU("ReLU")() {}
    /// The logistic function (torch.nn.Sigmoid).
    sigmoid => Sigmoid("Sigmoid")() {}
    /// Hyperbolic tangent (torch.nn.Tanh).
    tanh => Tanh("Tanh")() {}
    /// GELU (torch.nn.GELU), exact or with `approximate("tanh")`.
    gelu => GELU("GELU")() { approximate: &str }
    /// Leaky ReLU (torch.nn.LeakyReLU).
    leaky_relu => LeakyReLU("LeakyReLU")() { negative_slope: f64 }
    /// Softmax along `dim` (torch.nn.Softmax).
    softmax => Softmax("Softmax")(dim: i64) {}
    /// Log-softmax along `dim` (torch.nn.LogSoftmax).
    log_softmax => LogSoftmax("LogSoftmax")(dim: i64) {}
    /// Cross entropy of logits and class indices or probabilities (torch.nn.CrossEntropyLoss);
    /// forward with `forward_n(&[&logits, &target])`.
    cross_entropy_loss => CrossEntropyLoss("CrossEntropyLoss")()
        { reduction: &str, label_smoothing: f64, ignore_index: i64 }
    /// Mean squared error (torch.nn.MSELoss).
    mse_loss => MSELoss("MSELoss")() { reduction: &str }
    /// Mean absolute error (torch.nn.L1Loss).
    l1_loss => L1Loss("L1Loss")() { reduction: &str }
    /// Negative log likelihood of log-probabilities (torch.nn.NLLLoss).
    nll_loss => NLLLoss("NLLLoss")() { reduction: &str, ignore_index: i64 }
    /// Binary cross entropy of logits (torch.nn.BCEWithLogitsLoss).
    bce_with_logits_loss => BCEWithLogitsLoss("BCEWithLogitsLoss")() { reduction: &str }
}

/// A Sequential container built layer by layer: `Sequential::new().add(linear(4, 8))
/// .add(relu()).add(linear(8, 2)).build()`. The first layer that fails to build is the error
/// `build` returns.
#[derive(Default)]
pub struct Sequential {
    layers: Vec<Result<EngineModule>>,
}

impl Sequential {
    /// An empty Sequential.
    pub fn new() -> Sequential {
        Sequential::default()
    }

    /// Appends a layer (a builder, an EngineModule, or another Sequential).
    #[allow(clippy::should_implement_trait)] // `add` reads as PyTorch's add_module, not `+`
    pub fn add(mut self, layer: impl Layer) -> Sequential {
        self.layers.push(layer.build());
        self
    }
}

impl Layer for Sequential {
    fn build(self) -> Result<EngineModule> {
        let mut seq = EngineModule::create("Sequential", &Options::new())?;
        for layer in self.layers {
            seq.append(&layer?)?;
        }
        Ok(seq)
    }
}

impl Sequential {
    /// The Sequential module (the same as [`Layer::build`]).
    pub fn build(self) -> Result<EngineModule> {
        Layer::build(self)
    }
}
