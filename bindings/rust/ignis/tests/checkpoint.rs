//! ignis::checkpoint: training resumes from a saved module + Adam state exactly as if it had
//! never stopped; Python's plain state dict loads as a checkpoint; the errors name what is wrong.
mod common;

use common::{fixture, make_cnn, temp_path};
use ignis::nn::{self, EngineModule, Layer, Module};
use ignis::optim::{self, Optimizer};
use ignis::{checkpoint, io, DType, Status, Tensor};

fn mlp(hidden: i64) -> EngineModule {
    nn::Sequential::new()
        .add(nn::linear(2, hidden))
        .add(nn::tanh())
        .add(nn::linear(hidden, 1))
        .build()
        .unwrap()
}

fn adam(m: &dyn Module, lr: f64) -> Optimizer {
    optim::adam().lr(lr).build(&m.parameters().unwrap()).unwrap()
}

/// One Adam step of MSE on (x, y); the loss before the step.
fn step(m: &dyn Module, opt: &mut Optimizer, x: &Tensor, y: &Tensor) -> f64 {
    opt.zero_grad().unwrap();
    let loss_fn = nn::mse_loss().build().unwrap();
    let loss = loss_fn.forward_n(&[&m.forward(x).unwrap(), y]).unwrap().remove(0);
    loss.backward().unwrap();
    opt.step().unwrap();
    loss.item().unwrap()
}

fn weights(m: &dyn Module) -> Vec<Vec<f32>> {
    m.parameters().unwrap().iter().map(|t| t.to_vec::<f32>().unwrap()).collect()
}

/// A module written in Rust (the trait-object path): a Sequential under "body".
struct Net {
    base: EngineModule,
    body: EngineModule,
}

impl Net {
    fn new() -> Net {
        let mut base = EngineModule::container().unwrap();
        let body = base.register("body", mlp(8)).unwrap();
        Net { base, body }
    }
}

impl Module for Net {
    fn base(&self) -> &EngineModule {
        &self.base
    }

    fn forward(&self, x: &Tensor) -> ignis::Result<Tensor> {
        self.body.forward(x)
    }
}

#[test]
fn training_resumes_exactly() {
    let path = temp_path("resume.ckpt.safetensors");
    let x = Tensor::randn_seeded(&[16, 2], DType::F32, 11).unwrap();
    let y = x.matmul(&Tensor::from_slice(&[1.0f32, -2.0], &[2, 1]).unwrap()).unwrap();
    let (a, mut b) = (Net::new(), Net::new());
    let mut opt_a = adam(&a, 0.05);
    for _ in 0..3 {
        step(&a, &mut opt_a, &x, &y);
    }
    checkpoint::save(&path, &a as &dyn Module, Some(&opt_a), &[("epoch", "3")]).unwrap();

    let mut opt_b = adam(&b, 0.5);
    let loaded =
        checkpoint::load(&path, &mut b as &mut dyn Module, Some(&mut opt_b), true).unwrap();
    assert!(loaded.report.missing.is_empty() && loaded.report.unexpected.is_empty(), "{loaded:?}");
    assert!(loaded.optimizer_loaded);
    let meta = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    };
    assert_eq!(loaded.metadata, meta(&[("epoch", "3"), ("format", "pt")]));
    assert_eq!(opt_b.lr().unwrap(), 0.05, "the learning rate comes from the checkpoint");
    assert_eq!(weights(&a), weights(&b));

    // The next steps: the same losses and weights, bit for bit (Adam's moments and step count
    // were restored, not restarted).
    for i in 0..3 {
        assert_eq!(step(&a, &mut opt_a, &x, &y), step(&b, &mut opt_b, &x, &y), "step {i}");
    }
    assert_eq!(weights(&a), weights(&b));

    // A fresh Adam over the same weights (no optimizer state) diverges at once: the check can
    // fail.
    let mut c = Net::new();
    checkpoint::load(&path, &mut c, None, true).unwrap();
    let mut opt_c = adam(&c, 0.05);
    let mut opt_d = adam(&b, 0.05);
    checkpoint::load(&path, &mut b, Some(&mut opt_d), true).unwrap();
    step(&b, &mut opt_d, &x, &y);
    step(&c, &mut opt_c, &x, &y);
    assert_ne!(weights(&b), weights(&c));
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn python_state_dict_loads_as_a_checkpoint() {
    let python = fixture("python_cnn.safetensors");
    let mut model = make_cnn();
    let mut opt = adam(&model, 1e-3);
    let before = weights(&model);

    // Strict with an optimizer: the file has no optimizer state; nothing changes.
    let err = checkpoint::load(&python, &mut model, Some(&mut opt), true).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument, "{err}");
    assert!(err.message().contains("no optimizer state"), "{err}");
    assert_eq!(weights(&model), before);

    // Without an optimizer (not strict): the module loads, nothing missing or unexpected.
    let loaded = checkpoint::load(&python, &mut model, None, false).unwrap();
    assert!(loaded.report.missing.is_empty() && loaded.report.unexpected.is_empty(), "{loaded:?}");
    assert!(!loaded.optimizer_loaded);
    assert_eq!(loaded.metadata, [("format".to_string(), "pt".to_string())]);
    model.eval().unwrap();
    let io_file = io::load(fixture("python_cnn_io.safetensors")).unwrap();
    let get = |name: &str| io_file.iter().find(|(n, _)| n == name).unwrap().1.clone();
    let got = ignis::no_grad(|| model.forward(&get("input"))).unwrap().to_vec::<f32>().unwrap();
    let want = get("logits").to_vec::<f32>().unwrap();
    assert_eq!(got.len(), want.len());
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert!((g - w).abs() <= 1e-5, "logit {i}: {g} vs {w}");
    }

    // Saved back without an optimizer: Python's tensors under Python's keys, byte for byte,
    // with "format": "pt" (the file differs from Python's only by the format's own
    // "ignis.checkpoint" entry; Module::save writes the plain, byte-identical state dict).
    let back = temp_path("ckpt_cnn.safetensors");
    checkpoint::save(&back, &model, None, &[]).unwrap();
    let (want, (mine, meta)) = (io::load(&python).unwrap(), io::load_with_metadata(&back).unwrap());
    assert_eq!(want.len(), mine.len());
    for ((wn, wt), (mn, mt)) in want.iter().zip(&mine) {
        assert_eq!(wn, mn);
        assert_eq!((wt.dtype(), wt.shape()), (mt.dtype(), mt.shape()), "{wn}");
        if wt.dtype() == DType::I64 {
            assert_eq!(wt.to_vec::<i64>().unwrap(), mt.to_vec::<i64>().unwrap(), "{wn}");
        } else {
            assert_eq!(wt.to_vec::<f32>().unwrap(), mt.to_vec::<f32>().unwrap(), "{wn}");
        }
    }
    let pairs = [("format", "pt"), ("ignis.checkpoint", "1")];
    assert_eq!(meta, pairs.map(|(k, v)| (k.to_string(), v.to_string())));

    // Not strict with an optimizer: the module loads, the optimizer is left as it was.
    let mut again = make_cnn();
    let mut opt2 = adam(&again, 1e-3);
    assert!(!checkpoint::load(&back, &mut again, Some(&mut opt2), false).unwrap().optimizer_loaded);
    assert_eq!(weights(&again), weights(&model));
    std::fs::remove_file(&back).unwrap();
}

#[test]
fn errors_name_what_is_wrong() {
    let (mut m, mut wide) = (mlp(8), mlp(4));
    let missing = temp_path("no_such.safetensors");
    let err = checkpoint::load(&missing, &mut m, None, true).unwrap_err();
    assert_eq!(err.status(), Status::Io, "{err}");
    assert!(err.message().contains("no_such.safetensors"), "{err}");

    let path = temp_path("ckpt_errors.safetensors");
    let err = checkpoint::save(&path, &m, None, &[("ignis.checkpoint", "2")]).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument, "{err}");
    assert!(err.message().contains("ignis.checkpoint") && err.message().contains("reserved"));
    assert!(!path.exists());
    let err = checkpoint::save(&path, &m, None, &[("epoch", "a\0b")]).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument, "{err}");

    // Another shape: a Shape error naming the key; the module is unchanged.
    checkpoint::save(&path, &m, None, &[]).unwrap();
    let before = weights(&wide);
    let err = checkpoint::load(&path, &mut wide, None, true).unwrap_err();
    assert_eq!(err.status(), Status::Shape, "{err}");
    assert!(err.message().contains("0.weight"), "{err}");
    assert_eq!(weights(&wide), before);
    std::fs::remove_file(&path).unwrap();
}
