//! The Rust side of the binding benchmarks (bench/bindings/rust.sh, beside bench/bindings/c_ref.c,
//! whose workloads it repeats call for call). Prints `RESULT rust <workload> <metric>=<value>`:
//!
//!   add_1elem      ns per 1-element float32 `a.add_tensor(&b)`, the result dropped
//!   add_inplace    ns per 1-element `a.add_tensor_(&b)`
//!   add_operator   ns per `&a + &b` (the operator, which panics instead of returning Result)
//!   cnn_b<B>_t<T>  the Fashion-MNIST CNN loaded from the fixture, shared by T threads through one
//!                  `Arc<InferenceModule>` (eval mode, grad mode off), each calling forward on a
//!                  batch of B for `seconds`: images/s over all threads, p50/p99 ms per call.
//!                  Intra-op threads: 1 when T > 1, else 2, as c_ref.c sets them.
//!
//!   bench_bindings CHECKPOINT [seconds=3]      (run it in release mode)
//! Timings are figures for the notes; nothing asserts them.
use std::hint::black_box;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use ignis::nn::{self, InferenceModule};
use ignis::{DType, Result, Tensor};

fn load_cnn(path: &str) -> Result<InferenceModule> {
    let mut model = nn::Sequential::new()
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
        .add(nn::linear(3136, 10))
        .build()?;
    model.load(path, true)?;
    InferenceModule::new(model)
}

/// ns per call of `f` over `calls` calls, after `warmup` calls.
fn ns_per_call(warmup: u32, calls: u32, mut f: impl FnMut() -> Result<()>) -> Result<f64> {
    for _ in 0..warmup {
        f()?;
    }
    let t0 = Instant::now();
    for _ in 0..calls {
        f()?;
    }
    Ok(t0.elapsed().as_secs_f64() / f64::from(calls) * 1e9)
}

fn bench_add() -> Result<()> {
    let (warmup, calls) = (1_000_000, 5_000_000);
    let a = Tensor::ones(&[1], DType::F32)?;
    let b = Tensor::ones(&[1], DType::F32)?;
    let ns = ns_per_call(warmup, calls, || {
        black_box(a.add_tensor(&b)?);
        Ok(())
    })?;
    println!("RESULT rust add_1elem ns={ns:.1}");
    let mut acc = a.clone();
    let ns = ns_per_call(0, calls, || acc.add_tensor_(&b))?;
    println!("RESULT rust add_inplace ns={ns:.1}");
    let ns = ns_per_call(warmup, calls, || {
        black_box(&a + &b);
        Ok(())
    })?;
    println!("RESULT rust add_operator ns={ns:.1}");
    Ok(())
}

/// One caller thread: forward on a batch until `seconds` pass; the latency of each call in ms.
fn worker(model: &InferenceModule, batch: i64, seconds: f64) -> Result<Vec<f64>> {
    let x = Tensor::randn(&[batch, 1, 28, 28], DType::F32)?;
    for _ in 0..3 {
        model.forward(&x)?; // warm-up: primitive caches, allocator
    }
    let mut lat = Vec::new();
    let start = Instant::now();
    let mut t0 = start;
    while (t0 - start).as_secs_f64() < seconds && lat.len() < 1_000_000 {
        black_box(model.forward(&x)?);
        let t1 = Instant::now();
        lat.push((t1 - t0).as_secs_f64() * 1e3);
        t0 = t1;
    }
    Ok(lat)
}

fn bench_cnn(model: &Arc<InferenceModule>, batch: i64, threads: usize, seconds: f64) -> Result<()> {
    ignis::set_num_threads(if threads > 1 { 1 } else { 2 })?;
    let t0 = Instant::now();
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let model = Arc::clone(model);
            std::thread::spawn(move || worker(&model, batch, seconds))
        })
        .collect();
    let mut all = Vec::new();
    for h in handles {
        all.extend(h.join().expect("a benchmark thread panicked")?);
    }
    let wall = t0.elapsed().as_secs_f64();
    all.sort_by(f64::total_cmp);
    let n = all.len();
    println!(
        "RESULT rust cnn_b{batch}_t{threads} ips={:.1} p50_ms={:.3} p99_ms={:.3}",
        (n as f64 * batch as f64) / wall,
        all[n / 2],
        all[(n as f64 * 0.99) as usize]
    );
    Ok(())
}

fn run(checkpoint: &str, seconds: f64) -> Result<()> {
    bench_add()?;
    let model = Arc::new(load_cnn(checkpoint)?);
    for (batch, threads) in [(1, 1), (64, 1), (1, 8), (64, 8)] {
        bench_cnn(&model, batch, threads, seconds)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seconds = args.get(1).map_or(Ok(3.0), |s| s.parse::<f64>());
    let (Some(checkpoint), Ok(seconds)) = (args.first(), seconds) else {
        eprintln!("usage: bench_bindings CHECKPOINT [seconds]");
        return ExitCode::from(2);
    };
    match run(checkpoint, seconds) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench_bindings: {e}");
            ExitCode::FAILURE
        }
    }
}
