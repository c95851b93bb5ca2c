//! Modules defined in Rust: structs implementing `nn::Module` with their own parameters, engine
//! layers and other Rust modules inside, trained with an engine optimizer, saved and loaded.
mod common;

use common::temp_path;
use ignis::nn::{self, EngineModule, Layer, Module};
use ignis::{optim, DType, Tensor};

/// A residual block of ours: x + gain * fc(x), with `gain` a parameter of its own.
struct Residual {
    base: EngineModule,
    fc: EngineModule,
    gain: Tensor,
}

impl Residual {
    fn new(width: i64) -> ignis::Result<Residual> {
        let mut base = EngineModule::container()?;
        let fc = base.register("fc", nn::linear(width, width).build()?)?;
        let gain = base.register_parameter("gain", Tensor::full(&[width], 0.5, DType::F32)?)?;
        Ok(Residual { base, fc, gain })
    }
}

impl Module for Residual {
    fn base(&self) -> &EngineModule {
        &self.base
    }

    fn forward(&self, x: &Tensor) -> ignis::Result<Tensor> {
        x.add_tensor(&self.fc.forward(x)?.tanh()?.mul_tensor(&self.gain)?)
    }
}

/// A network of ours: engine layers, a Rust module, a parameter and a buffer.
struct Net {
    base: EngineModule,
    inp: EngineModule,
    block: Residual,
    drop: EngineModule,
    head: EngineModule,
    shift: Tensor,
}

impl Net {
    fn new() -> ignis::Result<Net> {
        let mut base = EngineModule::container()?;
        let inp = base.register("inp", nn::linear(4, 16).build()?)?;
        let block = base.register("block", Residual::new(16)?)?;
        let drop = base.register("drop", nn::dropout().p(0.1).build()?)?;
        let head = base.register("head", nn::linear(16, 1).build()?)?;
        let shift = base.register_parameter("shift", Tensor::zeros(&[1], DType::F32)?)?;
        base.register_buffer("calls", Tensor::zeros(&[1], DType::I64)?)?;
        Ok(Net { base, inp, block, drop, head, shift })
    }
}

impl Module for Net {
    fn base(&self) -> &EngineModule {
        &self.base
    }

    fn forward(&self, x: &Tensor) -> ignis::Result<Tensor> {
        let h = self.block.forward(&self.inp.forward(x)?.relu()?)?;
        self.head.forward(&self.drop.forward(&h)?)?.add_tensor(&self.shift)
    }
}

/// y = sin(x w) + x0 x1 / 2, a fixed nonlinear function of x's four columns: learnable by Net,
/// not by a linear model.
fn teacher(n: i64, seed: u64) -> (Tensor, Tensor) {
    let x = Tensor::randn_seeded(&[n, 4], DType::F32, seed).unwrap();
    let w = Tensor::from_slice(&[1.0f32, -2.0, 0.5, 1.5], &[4, 1]).unwrap();
    let x0 = x.select(1, 0).unwrap().unsqueeze(1).unwrap();
    let x1 = x.select(1, 1).unwrap().unsqueeze(1).unwrap();
    let y = x.matmul(&w).unwrap().sin().unwrap() + x0 * x1 * 0.5;
    (x, y)
}

#[test]
fn a_rust_module_registers_names_like_pytorch() {
    let net = Net::new().unwrap();
    let names: Vec<String> = net.named_parameters().unwrap().into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        // PyTorch's order: a module's own parameters, then each child's.
        [
            "shift",
            "inp.weight",
            "inp.bias",
            "block.gain",
            "block.fc.weight",
            "block.fc.bias",
            "head.weight",
            "head.bias"
        ]
    );
    let buffers: Vec<String> = net.named_buffers().unwrap().into_iter().map(|(n, _)| n).collect();
    assert_eq!(buffers, ["calls"]);
    assert_eq!(net.state_dict().unwrap().len(), 9);
    // The registered tensor is the field: the module holds it, not a copy, and requires grad.
    let (_, gain) = net.named_parameters().unwrap().remove(3);
    assert!(gain.requires_grad() && net.block.gain.requires_grad());
    let mut g = gain.clone();
    let three = Tensor::full(&[16], 3.0, DType::F32).unwrap();
    ignis::no_grad(|| g.copy_(&three)).unwrap();
    assert_eq!(net.block.gain.to_vec::<f32>().unwrap(), vec![3.0; 16]);
}

#[test]
fn train_and_eval_reach_engine_layers_inside_rust_modules() {
    let mut net = Net::new().unwrap();
    assert!(net.is_training() && net.drop.is_training() && net.block.fc.is_training());
    net.eval().unwrap();
    assert!(!net.is_training() && !net.drop.is_training() && !net.block.fc.is_training());
    // Dropout is the identity in eval mode: two forwards agree.
    let x = Tensor::randn_seeded(&[8, 4], DType::F32, 1).unwrap();
    let (a, b) = (net.forward(&x).unwrap(), net.forward(&x).unwrap());
    assert_eq!(a.to_vec::<f32>().unwrap(), b.to_vec::<f32>().unwrap());
    net.train(true).unwrap();
    assert!(net.drop.is_training());
}

#[test]
fn a_rust_module_trains_with_an_engine_optimizer() {
    ignis::manual_seed(7).unwrap();
    let mut net = Net::new().unwrap();
    let (x, y) = teacher(1024, 11);
    let params = net.parameters().unwrap();
    let mut opt = optim::adam().lr(0.01).build(&params).unwrap();
    let loss_fn = nn::mse_loss().build().unwrap();
    let mut losses = Vec::new();
    for _ in 0..300 {
        let loss = loss_fn.forward_n(&[&net.forward(&x).unwrap(), &y]).unwrap().remove(0);
        net.zero_grad().unwrap();
        loss.backward().unwrap();
        // Every parameter got a gradient: the Rust-side ops and the engine layers are one graph.
        if losses.is_empty() {
            for (name, p) in net.named_parameters().unwrap() {
                assert!(p.grad().unwrap().is_some(), "{name} has no gradient");
            }
        }
        opt.step().unwrap();
        losses.push(loss.item().unwrap());
    }
    let (first, last) = (losses[0], *losses.last().unwrap());
    // The targets' mean square is about 0.75; the trained net fits them to below 0.1 (about
    // 0.02 after 300 steps here), on held-out inputs too.
    assert!(first > 0.5, "first loss {first}");
    assert!(last < 0.1, "loss went from {first} to {last}");
    net.eval().unwrap();
    let (xt, yt) = teacher(256, 12);
    let test = loss_fn.forward_n(&[&net.forward(&xt).unwrap(), &yt]).unwrap().remove(0);
    let test = test.item().unwrap();
    eprintln!("custom module: mse {first:.3} -> {last:.3} (train), {test:.3} (held out)");
    assert!(test < 0.1, "held-out loss {test}");
    net.zero_grad().unwrap();
    assert!(net.named_parameters().unwrap().iter().all(|(_, p)| p.grad().unwrap().is_none()));
}

#[test]
fn a_rust_module_saves_and_loads_its_state() {
    ignis::manual_seed(3).unwrap();
    let mut a = Net::new().unwrap();
    a.eval().unwrap();
    let path = temp_path("custom_module.safetensors");
    a.save(&path).unwrap();
    let mut b = Net::new().unwrap();
    b.eval().unwrap();
    let x = Tensor::randn_seeded(&[5, 4], DType::F32, 2).unwrap();
    assert_ne!(
        a.forward(&x).unwrap().to_vec::<f32>().unwrap(),
        b.forward(&x).unwrap().to_vec::<f32>().unwrap()
    );
    let report = b.load(&path, true).unwrap();
    assert!(report.missing.is_empty() && report.unexpected.is_empty());
    assert_eq!(
        a.forward(&x).unwrap().to_vec::<f32>().unwrap(),
        b.forward(&x).unwrap().to_vec::<f32>().unwrap()
    );
    // The loaded values went into the tensors the struct holds.
    assert_eq!(b.block.gain.to_vec::<f32>().unwrap(), a.block.gain.to_vec::<f32>().unwrap());
    // A Residual alone has different keys: strict loading names them.
    let mut r = Residual::new(16).unwrap();
    let err = r.load(&path, true).unwrap_err();
    assert_eq!(err.status(), ignis::Status::InvalidArgument, "{err}");
    assert!(err.message().contains("block.gain"), "{}", err.message());
    // The state dict round-trips through load_state_dict too, also as a trait object.
    let state = a.state_dict().unwrap();
    let mut c: Box<dyn Module> = Box::new(Net::new().unwrap());
    c.load_state_dict(&state, true).unwrap();
    c.eval().unwrap();
    assert_eq!(
        a.forward(&x).unwrap().to_vec::<f32>().unwrap(),
        c.forward(&x).unwrap().to_vec::<f32>().unwrap()
    );
    std::fs::remove_file(&path).unwrap();
}
