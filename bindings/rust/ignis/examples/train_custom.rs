//! Trains a module written in Rust: a residual MLP (a struct implementing `nn::Module`, with
//! engine layers, a nested Rust module and a parameter of its own) learns to tell two
//! interleaved spirals apart. Prints the loss falling epoch by epoch, the accuracy, and checks
//! that a checkpoint of the module loads back into a fresh one.
//!
//!   train_custom [--epochs N]
use std::process::ExitCode;

use ignis::data::{DataLoader, Dataset};
use ignis::nn::{self, EngineModule, Layer, Module};
use ignis::{manual_seed, no_grad, optim, DType, Result, Tensor};

/// x + gain * tanh(fc(x)): a residual block with a learned per-feature gain.
struct Residual {
    base: EngineModule,
    fc: EngineModule,
    gain: Tensor,
}

impl Residual {
    fn new(width: i64) -> Result<Residual> {
        let mut base = EngineModule::container()?;
        let fc = base.register("fc", nn::linear(width, width).build()?)?;
        let gain = base.register_parameter("gain", Tensor::full(&[width], 0.1, DType::F32)?)?;
        Ok(Residual { base, fc, gain })
    }
}

impl Module for Residual {
    fn base(&self) -> &EngineModule {
        &self.base
    }

    fn forward(&self, x: &Tensor) -> Result<Tensor> {
        x.add_tensor(&self.fc.forward(x)?.tanh()?.mul_tensor(&self.gain)?)
    }
}

/// 2 inputs -> 64 features -> two residual blocks -> 2 logits.
struct SpiralNet {
    base: EngineModule,
    input: EngineModule,
    blocks: Vec<Residual>,
    head: EngineModule,
}

impl SpiralNet {
    fn new() -> Result<SpiralNet> {
        let mut base = EngineModule::container()?;
        let input = base.register("input", nn::linear(2, 64).build()?)?;
        let blocks = (0..2)
            .map(|i| base.register(&format!("block{i}"), Residual::new(64)?))
            .collect::<Result<Vec<_>>>()?;
        let head = base.register("head", nn::linear(64, 2).build()?)?;
        Ok(SpiralNet { base, input, blocks, head })
    }
}

impl Module for SpiralNet {
    fn base(&self) -> &EngineModule {
        &self.base
    }

    fn forward(&self, x: &Tensor) -> Result<Tensor> {
        let mut h = self.input.forward(x)?.tanh()?;
        for b in &self.blocks {
            h = b.forward(&h)?;
        }
        self.head.forward(&h)
    }
}

/// n points on each of two spirals, with a little noise: ([2n, 2] float32, [2n] int64 class).
fn spirals(n: i64, seed: u64) -> Result<(Tensor, Tensor)> {
    let t = Tensor::linspace(0.25, 3.0 * std::f64::consts::PI, n, DType::F32)?;
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    for class in 0..2u8 {
        let angle = t.add_scalar(std::f64::consts::PI * f64::from(class))?;
        let r = t.div_scalar(3.0 * std::f64::consts::PI)?;
        let pts =
            Tensor::stack_with(&[r.mul_tensor(&angle.cos()?)?, r.mul_tensor(&angle.sin()?)?], 1)?;
        let noise = Tensor::randn_seeded(&[n, 2], DType::F32, seed + class as u64)?;
        xs.push(pts.add_tensor(&noise.mul_scalar(0.02)?)?);
        ys.push(Tensor::full(&[n], f64::from(class), DType::I64)?);
    }
    Ok((Tensor::cat(&xs)?, Tensor::cat(&ys)?))
}

fn accuracy(model: &SpiralNet, x: &Tensor, y: &Tensor) -> Result<f64> {
    let pred = no_grad(|| model.forward(x))?.argmax_with(Some(1), false)?;
    Ok(pred.eq_tensor(y)?.to_dtype(DType::F64)?.mean()?.item()? * 100.0)
}

fn run(epochs: usize) -> Result<()> {
    manual_seed(0)?;
    let (x, y) = spirals(500, 1)?;
    let train = Dataset::from_tensors(&[x.clone(), y.clone()])?;
    let mut loader = DataLoader::builder(&train).batch_size(64).shuffle(true).seed(0).build()?;
    let mut model = SpiralNet::new()?;
    let params = model.parameters()?;
    println!("SpiralNet: {} parameter tensors, {} numbers", params.len(), {
        params.iter().map(Tensor::numel).sum::<usize>()
    });
    let mut opt = optim::adam().lr(0.01).build(&params)?;
    let loss_fn = nn::cross_entropy_loss().build()?;
    for epoch in 1..=epochs {
        model.train(true)?;
        let (mut sum, mut batches) = (0.0, 0);
        for batch in &mut loader {
            let batch = batch?;
            let logits = model.forward(&batch[0])?;
            let loss = loss_fn.forward_n(&[&logits, &batch[1]])?.remove(0);
            model.zero_grad()?;
            loss.backward()?;
            opt.step()?;
            sum += loss.item()?;
            batches += 1;
        }
        if epoch == 1 || epoch % 10 == 0 || epoch == epochs {
            model.eval()?;
            let acc = accuracy(&model, &x, &y)?;
            println!("epoch {epoch:3}: loss {:.4}, train accuracy {acc:.1}%", sum / batches as f64);
        }
    }
    // The module's checkpoint loads into a fresh one, which then agrees with it.
    let path = std::env::temp_dir().join(format!("spiral_net_{}.safetensors", std::process::id()));
    model.save(&path)?;
    let mut again = SpiralNet::new()?;
    again.load(&path, true)?;
    std::fs::remove_file(&path).ok();
    model.eval()?;
    again.eval()?;
    let (xt, yt) = spirals(200, 7)?;
    let (a, b) = (accuracy(&model, &xt, &yt)?, accuracy(&again, &xt, &yt)?);
    println!("held-out accuracy {a:.1}% (reloaded from its checkpoint: {b:.1}%)");
    Ok(())
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let epochs = match (args.next().as_deref(), args.next()) {
        (None, _) => 40,
        (Some("--epochs"), Some(n)) if n.parse::<usize>().is_ok() => n.parse().unwrap(),
        _ => {
            eprintln!("usage: train_custom [--epochs N]");
            return ExitCode::from(2);
        }
    };
    match run(epochs) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_custom: {e}");
            ExitCode::FAILURE
        }
    }
}
