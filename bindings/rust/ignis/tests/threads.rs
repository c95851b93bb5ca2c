//! Threads: tensors move between threads, grad mode is per thread, and one model serves many
//! inference threads at once through `InferenceModule` (nn.h: forward from several threads is
//! allowed in eval mode with grad mode off).
mod common;

use std::sync::{mpsc, Arc};

use common::close;
use ignis::nn::{self, EngineModule, InferenceModule};
use ignis::{DType, Tensor};

fn send_sync<T: Send + Sync>() {}
fn send<T: Send>() {}

#[test]
fn the_types_say_what_the_c_api_promises() {
    send_sync::<Tensor>();
    send_sync::<InferenceModule>();
    send_sync::<ignis::data::Dataset>();
    send::<EngineModule>(); // Send only: forward in training mode writes batch-norm statistics
    send::<ignis::optim::Optimizer>();
}

#[test]
fn tensors_move_through_channels_and_are_written_where_they_arrive() {
    let (tx, rx) = mpsc::channel::<Tensor>();
    let (back_tx, back_rx) = mpsc::channel::<Tensor>();
    let worker = std::thread::spawn(move || {
        for mut t in rx {
            t.mul_scalar_(2).unwrap(); // the handle is this thread's now
            back_tx.send(t).unwrap();
        }
    });
    for i in 0..4 {
        tx.send(Tensor::full(&[3], i as f64, DType::F32).unwrap()).unwrap();
    }
    drop(tx);
    let got: Vec<Vec<f32>> = back_rx.iter().map(|t| t.to_vec().unwrap()).collect();
    worker.join().unwrap();
    assert_eq!(got, (0..4).map(|i| vec![2.0 * i as f32; 3]).collect::<Vec<_>>());
}

#[test]
fn grad_mode_is_per_thread() {
    let w = Tensor::ones(&[2], DType::F32).unwrap().with_requires_grad(true).unwrap();
    ignis::no_grad(|| {
        assert!(!(&w * 2.0).requires_grad());
        // Another thread, started inside no_grad here, still records history.
        std::thread::scope(|s| {
            s.spawn(|| assert!((&w * 2.0).requires_grad()));
        });
    });
    assert!((&w * 2.0).requires_grad());
}

#[test]
fn one_model_serves_many_threads_at_once() {
    ignis::manual_seed(5).unwrap();
    let model = nn::Sequential::new()
        .add(nn::conv2d(1, 8, 3).padding(1))
        .add(nn::batch_norm2d(8))
        .add(nn::relu())
        .add(nn::flatten())
        .add(nn::dropout().p(0.5))
        .add(nn::linear(8 * 8 * 8, 4))
        .build()
        .unwrap();
    let model = Arc::new(InferenceModule::new(model).unwrap());
    let inputs: Vec<Tensor> =
        (0..8).map(|i| Tensor::randn_seeded(&[3, 1, 8, 8], DType::F32, i).unwrap()).collect();
    // What one thread computes, in eval mode (dropout off, batch norm on running statistics).
    let want: Vec<Vec<f64>> = inputs
        .iter()
        .map(|x| model.forward(x).unwrap().to_dtype(DType::F64).unwrap().to_vec().unwrap())
        .collect();
    let handles: Vec<_> = inputs
        .into_iter()
        .map(|x| {
            let model = Arc::clone(&model);
            std::thread::spawn(move || {
                let mut y = model.forward(&x).unwrap();
                for _ in 0..20 {
                    y = model.forward(&x).unwrap();
                    assert!(!y.requires_grad(), "inference records no history");
                }
                y
            })
        })
        .collect();
    for (h, want) in handles.into_iter().zip(&want) {
        close(&h.join().unwrap(), want);
    }
    // The model comes back in eval mode, to change it again.
    let mut back = Arc::try_unwrap(model).ok().unwrap().into_inner();
    assert!(!back.is_training());
    back.train(true).unwrap();
}
