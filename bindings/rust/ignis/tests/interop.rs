//! The cross-language checkpoint (tests/fixtures/interop, written by the Python binding): the
//! Fashion-MNIST CNN built in Rust loads it, gives Python's logits, and saves it back byte for
//! byte.
mod common;

use common::{repo_root, temp_path};
use ignis::nn::{self, EngineModule, InferenceModule, Module};
use ignis::{io, DType, Tensor};

/// The CNN of examples/python/fashion_mnist.py (and the Rust, C and C++ examples).
fn make_cnn() -> EngineModule {
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
        .unwrap()
}

fn fixture(name: &str) -> std::path::PathBuf {
    repo_root().join("tests/fixtures/interop").join(name)
}

/// The named tensor of a state list.
fn get(state: &[(String, Tensor)], name: &str) -> Tensor {
    state.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no {name}")).1.clone()
}

/// Every element of `got` within `atol` of `want`.
#[track_caller]
fn near(got: &Tensor, want: &Tensor, atol: f32) {
    assert_eq!(got.shape(), want.shape());
    let (g, w) = (got.to_vec::<f32>().unwrap(), want.to_vec::<f32>().unwrap());
    for (i, (a, b)) in g.iter().zip(&w).enumerate() {
        assert!((a - b).abs() <= atol, "element {i}: {a} vs {b}");
    }
}

#[test]
fn python_checkpoint_gives_pythons_logits_and_saves_back_byte_for_byte() {
    let mut model = make_cnn();
    let report = model.load(fixture("python_cnn.safetensors"), true).unwrap();
    assert!(report.missing.is_empty() && report.unexpected.is_empty(), "{report:?}");
    let io_file = io::load(fixture("python_cnn_io.safetensors")).unwrap();
    let (input, logits) = (get(&io_file, "input"), get(&io_file, "logits"));
    assert_eq!(input.shape(), vec![4, 1, 28, 28]);
    model.eval().unwrap();
    let got = ignis::no_grad(|| model.forward(&input)).unwrap();
    near(&got, &logits, 1e-5);

    // Saved back through the module's checkpoint API: the same bytes Python wrote.
    let out = temp_path("interop_cnn.safetensors");
    model.save(&out).unwrap();
    let (want, mine) =
        (std::fs::read(fixture("python_cnn.safetensors")).unwrap(), std::fs::read(&out).unwrap());
    assert!(
        want == mine,
        "Rust's save differs from Python's file ({} vs {} bytes)",
        mine.len(),
        want.len()
    );
    // And through ignis::io with the state dict: the same bytes again.
    let out2 = temp_path("interop_cnn_io.safetensors");
    io::save(&out2, &model.state_dict().unwrap()).unwrap();
    assert!(std::fs::read(&out2).unwrap() == want, "io::save differs from Python's file");
    let (_, metadata) = io::load_with_metadata(&out2).unwrap();
    assert_eq!(metadata, [("format".to_string(), "pt".to_string())]);

    // A fresh model loads the Rust-written file and serves the same logits from threads.
    let mut again = make_cnn();
    again.load(&out, true).unwrap();
    let shared = std::sync::Arc::new(InferenceModule::new(again).unwrap());
    std::thread::scope(|s| {
        for _ in 0..2 {
            let (shared, input, logits) = (&shared, &input, &logits);
            s.spawn(move || near(&shared.forward(input).unwrap(), logits, 1e-5));
        }
    });
    // The counters of batch norm came through as int64.
    let state = model.state_dict().unwrap();
    assert_eq!(get(&state, "1.num_batches_tracked").dtype(), DType::I64);
    std::fs::remove_file(&out).unwrap();
    std::fs::remove_file(&out2).unwrap();
}

/// The same CNN as a module written in Rust: the layers registered under the names a Sequential
/// gives them ("0" to "10"), run in order by its own forward.
struct RustCnn {
    base: EngineModule,
    layers: Vec<EngineModule>,
}

impl RustCnn {
    fn new() -> ignis::Result<RustCnn> {
        let mut base = EngineModule::container()?;
        let layers = make_cnn()
            .named_children()?
            .into_iter()
            .map(|(name, layer)| base.register(&name, layer))
            .collect::<ignis::Result<Vec<_>>>()?;
        Ok(RustCnn { base, layers })
    }
}

impl Module for RustCnn {
    fn base(&self) -> &EngineModule {
        &self.base
    }

    fn forward(&self, x: &Tensor) -> ignis::Result<Tensor> {
        self.layers.iter().try_fold(x.clone(), |h, layer| layer.forward(&h))
    }
}

#[test]
fn a_module_written_in_rust_reads_and_writes_the_python_checkpoint() {
    let mut model = RustCnn::new().unwrap();
    model.load(fixture("python_cnn.safetensors"), true).unwrap();
    model.eval().unwrap();
    let io_file = io::load(fixture("python_cnn_io.safetensors")).unwrap();
    let got = ignis::no_grad(|| model.forward(&get(&io_file, "input"))).unwrap();
    near(&got, &get(&io_file, "logits"), 1e-5);
    let out = temp_path("interop_rust_cnn.safetensors");
    model.save(&out).unwrap();
    let same =
        std::fs::read(&out).unwrap() == std::fs::read(fixture("python_cnn.safetensors")).unwrap();
    assert!(same, "the Rust module's checkpoint differs from Python's");
    std::fs::remove_file(&out).unwrap();
}

#[test]
fn safetensors_io_round_trips_names_dtypes_and_metadata() {
    let path = temp_path("io_round_trip.safetensors");
    let a = Tensor::from_slice(&[1.0f64, 2.0, 3.0, 4.0, 5.0, 6.0], &[2, 3]).unwrap();
    let b = Tensor::from_slice(&[7i32, 8], &[2]).unwrap();
    let t = a.transpose(0, 1).unwrap(); // stored row-major whatever the layout
    io::save_with_metadata(&path, &[("b", b), ("a", t)], &[("step", "10")]).unwrap();
    let (named, meta) = io::load_with_metadata(&path).unwrap();
    let names: Vec<&str> = named.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["a", "b"]);
    assert_eq!(named[0].1.shape(), vec![3, 2]);
    assert_eq!(named[0].1.to_vec::<f64>().unwrap(), vec![1.0, 4.0, 2.0, 5.0, 3.0, 6.0]);
    assert_eq!(named[1].1.to_vec::<i32>().unwrap(), vec![7, 8]);
    assert_eq!(meta, [("step".to_string(), "10".to_string())]);
    std::fs::remove_file(&path).unwrap();
    let err = io::load(&path).unwrap_err();
    assert_eq!(err.status(), ignis::Status::Io);
    assert!(err.message().contains("io_round_trip.safetensors"), "{}", err.message());
    let err = io::save(
        &path,
        &[("x", Tensor::scalar(1.0f32).unwrap()), ("x", Tensor::scalar(2.0f32).unwrap())],
    )
    .unwrap_err();
    assert_eq!(err.status(), ignis::Status::InvalidArgument, "{err}");
}
