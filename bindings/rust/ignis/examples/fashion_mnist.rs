//! Classifies the Fashion-MNIST test set with the small CNN of examples/c/fashion_mnist.c and
//! examples/cpp/fashion_mnist.cpp, from Rust: loads the checkpoint one of them saved (the same
//! safetensors file gives the same accuracy in every language, DESIGN §11) or, without one,
//! trains the model briefly itself. Prints the test accuracy.
//!
//!   fashion_mnist [--checkpoint PATH] [--epochs N] [--max-batches N] [--test-batches N]
//!                 [--save PATH]
//!
//! --max-batches stops each training epoch early and --test-batches evaluates only the first
//! batches of 1000 test images; the ctest smoke run uses both. Data: Debian's
//! dataset-fashion-mnist (/usr/share/datasets/fashion-mnist).
use std::process::ExitCode;
use std::time::Instant;

use ignis::data::{DataLoader, Dataset};
use ignis::nn::{self, EngineModule, Layer};
use ignis::{manual_seed, no_grad, optim, DType, Result, Tensor};

/// The CNN: two conv blocks with batch norm, dropout, then a linear classifier. Its state-dict
/// keys ("0.weight", "1.running_mean", ..., "10.bias") are those of the C, C++ and Python
/// examples.
fn make_cnn() -> Result<EngineModule> {
    nn::Sequential::new()
        .add(nn::conv2d(1, 32, 3).padding(1))
        .add(nn::batch_norm2d(32))
        .add(nn::relu())
        .add(nn::max_pool2d(2))
        .add(nn::conv2d(32, 64, 3).padding(1))
        .add(nn::batch_norm2d(64))
        .add(nn::relu())
        .add(nn::max_pool2d(2))
        .add(nn::flatten())
        .add(nn::dropout().p(0.25))
        .add(nn::linear(64 * 7 * 7, 10))
        .build()
}

/// (N, 28, 28) uint8 -> (N, 1, 28, 28) float32 normalized with the training set's mean and
/// std, the same arithmetic as the C example.
fn prepare(images: &Tensor) -> Result<Tensor> {
    images
        .to_dtype(DType::F32)?
        .div_scalar(255.0)?
        .sub_scalar(0.2860)?
        .div_scalar(0.3530)?
        .unsqueeze(1)
}

/// (correct, total) over the first `max_batches` batches of the test loader (all with None),
/// in eval mode with grad mode off.
fn evaluate(
    model: &mut EngineModule,
    test: &mut DataLoader,
    max_batches: Option<usize>,
) -> Result<(i64, i64)> {
    model.eval()?;
    test.reset()?;
    let (mut correct, mut total) = (0, 0);
    no_grad(|| -> Result<()> {
        for batch in test.by_ref().take(max_batches.unwrap_or(usize::MAX)) {
            let batch = batch?;
            let logits = model.forward(&prepare(&batch[0])?)?;
            let hits = logits.argmax_with(Some(1), false)?.eq_tensor(&batch[1])?;
            correct += hits.sum()?.item_i64()?;
            total += batch[1].numel() as i64;
        }
        Ok(())
    })?;
    model.train(true)?;
    Ok((correct, total))
}

/// Trains `epochs` epochs (each cut at `max_batches`) with SGD (Nesterov momentum, weight
/// decay) under the 1cycle policy stepped every batch, as the C example.
fn train(
    model: &EngineModule,
    train: &Dataset,
    epochs: usize,
    max_batches: Option<usize>,
) -> Result<()> {
    let loss_fn = nn::cross_entropy_loss().build()?;
    let mut opt = optim::sgd(0.05)
        .momentum(0.9)
        .weight_decay(5e-4)
        .nesterov(true)
        .build(&model.parameters()?)?;
    let mut loader =
        DataLoader::builder(train).batch_size(64).shuffle(true).seed(0).num_workers(2).build()?;
    let per_epoch = loader.num_batches()?.min(max_batches.map_or(i64::MAX, |m| m as i64)).max(1);
    let total = per_epoch * epochs.max(1) as i64;
    let mut sched = optim::Scheduler::one_cycle_lr(&mut opt, 0.05, total, optim::Options::new())?;
    for epoch in 1..=epochs {
        let t0 = Instant::now();
        let (mut loss_sum, mut batches, mut images) = (0.0, 0, 0);
        loader.reset()?;
        for batch in loader.by_ref().take(max_batches.unwrap_or(usize::MAX)) {
            let batch = batch?;
            let logits = model.forward(&prepare(&batch[0])?)?;
            let loss = loss_fn.forward_n(&[&logits, &batch[1]])?.remove(0);
            opt.zero_grad()?;
            loss.backward()?;
            opt.step()?;
            sched.step()?;
            loss_sum += loss.item()?;
            batches += 1;
            images += batch[1].numel();
        }
        let secs = t0.elapsed().as_secs_f64();
        println!(
            "epoch {epoch}: loss {:.4}, {:.0} images/s ({secs:.1} s, {batches} batches)",
            loss_sum / f64::from(batches.max(1)),
            images as f64 / secs
        );
    }
    Ok(())
}

struct Args {
    checkpoint: Option<String>,
    save: Option<String>,
    epochs: usize,
    max_batches: Option<usize>,
    test_batches: Option<usize>,
}

fn parse_args() -> std::result::Result<Args, String> {
    let mut args =
        Args { checkpoint: None, save: None, epochs: 1, max_batches: None, test_batches: None };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        let number = |v: String| v.parse::<usize>().map_err(|e| format!("{flag} {v}: {e}"));
        match flag.as_str() {
            "--checkpoint" => args.checkpoint = Some(value()?),
            "--save" => args.save = Some(value()?),
            "--epochs" => args.epochs = number(value()?)?,
            "--max-batches" => args.max_batches = Some(number(value()?)?),
            "--test-batches" => args.test_batches = Some(number(value()?)?),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(args)
}

fn run(args: &Args) -> Result<()> {
    let test = Dataset::fashion_mnist(None, false)?;
    let mut test_loader = DataLoader::builder(&test).batch_size(1000).build()?;
    manual_seed(0)?;
    let mut model = make_cnn()?;
    let source = match &args.checkpoint {
        Some(path) => {
            model.load(path, true)?;
            format!("checkpoint {path}")
        }
        None => {
            let train_set = Dataset::fashion_mnist(None, true)?;
            println!("no checkpoint given: training on {} images from Rust", train_set.size()?);
            train(&model, &train_set, args.epochs, args.max_batches)?;
            "trained from Rust".to_string()
        }
    };
    if let Some(path) = &args.save {
        model.save(path)?;
        println!("saved {path}");
    }
    let (correct, total) = evaluate(&mut model, &mut test_loader, args.test_batches)?;
    println!(
        "Rust: test accuracy {:.2}% ({correct} of {total} test images, {source})",
        100.0 * correct as f64 / total.max(1) as f64
    );
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("fashion_mnist: {e}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fashion_mnist: {e}");
            ExitCode::FAILURE
        }
    }
}
