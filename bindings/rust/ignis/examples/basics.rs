//! Tensor math and a tiny gradient-descent fit from Rust.
//!
//!   IGNIS_LIB_DIR=build/default/capi cargo run --example basics   (in bindings/rust)
//!
//! Fits y = 3x + 2 with a weight and a bias trained by plain gradient descent, and exits with an
//! error when the loss does not fall below 1e-3 (ctest runs this program).
use ignis::{no_grad, DType, Tensor};

fn main() -> ignis::Result<()> {
    println!("ignis {} (C API level {})", ignis::version(), ignis::api_version());

    // Tensors, operators and schema ops.
    let a = Tensor::from_slice(&[1.0f32, 2.0, 3.0, 4.0], &[2, 2])?;
    let b = Tensor::eye(2, None, DType::F32)?;
    println!("a =\n{a}");
    println!("a @ a + 1 =\n{}", a.matmul(&a)? + 1.0);
    println!("(a - I) * 2 = {:?}", ((&a - &b) * 2.0).to_vec::<f32>()?);
    println!("softmax(a, 1) =\n{}", a.softmax(1)?);
    println!("sum = {}, max = {}", a.sum()?.item()?, a.max()?.item()?);

    // Data: y = 3x + 2 on 64 points in [-1, 1].
    let x = Tensor::linspace(-1.0, 1.0, 64, DType::F32)?.unsqueeze(1)?;
    let y = &x * 3.0 + 2.0;

    // Parameters, trained by gradient descent.
    let mut w = Tensor::zeros(&[1, 1], DType::F32)?.with_requires_grad(true)?;
    let mut bias = Tensor::zeros(&[1], DType::F32)?.with_requires_grad(true)?;
    let lr = 0.1;
    let mut loss_value = f64::INFINITY;
    for step in 0..200 {
        let pred = x.matmul(&w)? + &bias;
        let loss = pred.mse_loss(&y)?;
        loss.backward()?;
        no_grad(|| -> ignis::Result<()> {
            for p in [&mut w, &mut bias] {
                let g = p.grad()?.expect("backward reached the parameter");
                *p -= g * lr;
                p.zero_grad()?;
            }
            Ok(())
        })?;
        loss_value = loss.item()?;
        if step % 50 == 0 {
            println!("step {step:3}  loss {loss_value:.6}");
        }
    }
    let (wv, bv) = (w.item()?, bias.item()?);
    println!("fit: y = {wv:.4} x + {bv:.4}  (loss {loss_value:.2e})");
    if loss_value > 1e-3 || (wv - 3.0).abs() > 0.05 || (bv - 2.0).abs() > 0.05 {
        eprintln!("basics: the fit did not converge");
        std::process::exit(1);
    }
    Ok(())
}
