//! nn from Rust: typed layer builders, forward values, parameters, state dicts and errors.
mod common;
use common::{close, t};
use ignis::nn::{self, EngineModule, Layer, Options};
use ignis::{manual_seed, no_grad, DType, Status, Tensor};

fn linear_3x2() -> EngineModule {
    let mut m = nn::linear(3, 2).build().unwrap();
    let state = [("weight", t(&[1., 2., 3., 4., 5., 6.], &[2, 3])), ("bias", t(&[0.5, -1.], &[2]))];
    let report = m.load_state_dict(&state, true).unwrap();
    assert!(report.missing.is_empty() && report.unexpected.is_empty());
    m
}

#[test]
fn linear_forward_with_known_weights() {
    let m = linear_3x2();
    let y = m.forward(&t(&[1., 0., -1., 2., 1., 0.], &[2, 3])).unwrap();
    assert_eq!(y.shape(), vec![2, 2]);
    // x W^T + b, as torch.nn.functional.linear computes it.
    close(&y, &[-1.5, -3.0, 4.5, 12.0]);
}

#[test]
fn builders_send_pytorch_arguments() {
    let c = nn::conv2d(1, 4, 3).stride(2).padding((1, 1)).bias(false);
    assert_eq!(
        c.options().to_json(),
        r#"{"in_channels": 1, "out_channels": 4, "kernel_size": 3, "stride": 2, "padding": [1, 1], "bias": false}"#
    );
    let conv = c.build().unwrap();
    let y = conv.forward(&Tensor::zeros(&[2, 1, 8, 8], DType::F32).unwrap()).unwrap();
    assert_eq!(y.shape(), vec![2, 4, 4, 4]);
    assert_eq!(conv.named_parameters().unwrap().len(), 1); // no bias
    assert_eq!(conv.type_name().unwrap(), "Conv2d");

    // Every builder's argument names are ones the engine accepts.
    let layers: Vec<Box<dyn Fn() -> ignis::Result<EngineModule>>> = vec![
        Box::new(|| nn::linear(2, 3).bias(true).build()),
        Box::new(|| nn::conv1d(2, 3, 3).stride(1).padding(1).dilation(1).groups(1).build()),
        Box::new(|| nn::conv2d(2, 4, (3, 3)).dilation(1).groups(2).build()),
        Box::new(|| nn::batch_norm1d(3).eps(1e-3).momentum(0.2).affine(true).build()),
        Box::new(|| nn::batch_norm2d(3).track_running_stats(true).build()),
        Box::new(|| nn::layer_norm(vec![4]).eps(1e-6).elementwise_affine(false).build()),
        Box::new(|| nn::max_pool2d(2).stride(2).padding(0).ceil_mode(false).build()),
        Box::new(|| nn::avg_pool2d([2, 2]).stride(1).padding(1).build()),
        Box::new(|| nn::adaptive_avg_pool2d(1).build()),
        Box::new(|| nn::embedding(10, 4).padding_idx(0).build()),
        Box::new(|| nn::dropout().p(0.1).build()),
        Box::new(|| nn::flatten().start_dim(1).end_dim(-1).build()),
        Box::new(|| nn::relu().build()),
        Box::new(|| nn::sigmoid().build()),
        Box::new(|| nn::tanh().build()),
        Box::new(|| nn::gelu().approximate("tanh").build()),
        Box::new(|| nn::leaky_relu().negative_slope(0.2).build()),
        Box::new(|| nn::softmax(1).build()),
        Box::new(|| nn::log_softmax(1).build()),
        Box::new(|| {
            nn::cross_entropy_loss().reduction("sum").label_smoothing(0.1).ignore_index(-1).build()
        }),
        Box::new(|| nn::mse_loss().reduction("mean").build()),
        Box::new(|| nn::l1_loss().reduction("none").build()),
        Box::new(|| nn::nll_loss().reduction("mean").ignore_index(-100).build()),
        Box::new(|| nn::bce_with_logits_loss().reduction("mean").build()),
    ];
    for make in layers {
        make().unwrap();
    }
    // The generic constructor reaches every other registered type.
    let types = EngineModule::types().unwrap();
    assert!(types.iter().any(|t| t == "Bilinear"), "{types:?}");
    let bilinear = EngineModule::create(
        "Bilinear",
        &Options::new().set("in1_features", 3).set("in2_features", 2).set("out_features", 4),
    )
    .unwrap();
    let x1 = Tensor::zeros(&[5, 3], DType::F32).unwrap();
    let x2 = Tensor::zeros(&[5, 2], DType::F32).unwrap();
    let outs = bilinear.forward_n(&[&x1, &x2]).unwrap();
    assert_eq!(outs.len(), 1);
    assert_eq!(outs[0].shape(), vec![5, 4]);
    let err = bilinear.forward_opt(&[Some(&x1), None]).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument, "{err}");
    assert!(EngineModule::type_options("Linear").unwrap().contains("in_features"));
}

#[test]
fn sequential_shares_parameters_and_prints_like_pytorch() {
    manual_seed(0).unwrap();
    let first = linear_3x2();
    let mut model =
        nn::Sequential::new().add(&first).add(nn::relu()).add(nn::linear(2, 1)).build().unwrap();
    let names: Vec<String> =
        model.named_parameters().unwrap().into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["0.weight", "0.bias", "2.weight", "2.bias"]);
    assert_eq!(model.named_children().unwrap().len(), 3);

    // The Sequential holds `first` itself: a change through a parameter handle shows in both.
    let mut w = model.parameters().unwrap().remove(0);
    no_grad(|| w.mul_scalar_(2.0)).unwrap();
    close(&first.named_parameters().unwrap()[0].1, &[2., 4., 6., 8., 10., 12.]);

    let text = model.to_string();
    assert!(text.starts_with("Sequential("), "{text}");
    assert!(text.contains("(0): Linear(in_features=3, out_features=2, bias=True)"), "{text}");
    assert!(text.contains("(1): ReLU()"), "{text}");

    assert!(model.is_training());
    model.eval().unwrap();
    assert!(!model.is_training() && !first.is_training());
    let err = nn::Sequential::new().add(nn::linear(-1, 2)).build().unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument, "{err}");
}

#[test]
fn dropout_is_identity_in_eval_mode() {
    let mut d = nn::dropout().p(0.5).build().unwrap();
    let x = Tensor::full(&[100], 1.0, DType::F32).unwrap();
    let y = d.forward(&x).unwrap();
    let zeros = y.to_vec::<f32>().unwrap().iter().filter(|v| **v == 0.0).count();
    assert!(zeros > 10 && zeros < 90, "{zeros} of 100 dropped");
    d.eval().unwrap();
    close(&d.forward(&x).unwrap(), &[1.0; 100]);
}

#[test]
fn state_dict_round_trip_through_a_file() {
    let dir = std::env::temp_dir().join(format!("ignis_rust_nn_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("model.safetensors");
    let make = || nn::Sequential::new().add(nn::linear(3, 4)).add(nn::batch_norm1d(4)).build();
    manual_seed(1).unwrap();
    let mut a = make().unwrap();
    a.forward(&Tensor::randn(&[8, 3], DType::F32).unwrap()).unwrap(); // updates running stats
    a.eval().unwrap();
    a.save(&path).unwrap();

    manual_seed(2).unwrap();
    let mut b = make().unwrap();
    b.eval().unwrap();
    let x = Tensor::randn(&[5, 3], DType::F32).unwrap();
    let before: Vec<f32> = b.forward(&x).unwrap().to_vec().unwrap();
    let report = b.load(&path, true).unwrap();
    assert_eq!(report, nn::LoadReport::default());
    let want: Vec<f64> = a.forward(&x).unwrap().to_dtype(DType::F64).unwrap().to_vec().unwrap();
    close(&b.forward(&x).unwrap(), &want);
    assert_ne!(before, b.forward(&x).unwrap().to_vec::<f32>().unwrap());

    let keys: Vec<String> = a.state_dict().unwrap().into_iter().map(|(k, _)| k).collect();
    // The C API lists the state dict sorted by name.
    assert_eq!(
        keys,
        [
            "0.bias",
            "0.weight",
            "1.bias",
            "1.num_batches_tracked",
            "1.running_mean",
            "1.running_var",
            "1.weight"
        ]
    );

    // Non-strict: the report names the missing and unexpected keys; strict: an error naming them.
    let mut partial: Vec<(String, Tensor)> = a.state_dict().unwrap();
    partial.retain(|(k, _)| !k.starts_with("1."));
    partial.push(("extra.weight".into(), t(&[1.], &[1])));
    let report = b.load_state_dict(&partial, false).unwrap();
    assert_eq!(report.unexpected, ["extra.weight"]);
    assert_eq!(report.missing.len(), 5);
    assert!(report.missing.contains(&"1.running_mean".to_string()));
    let err = b.load_state_dict(&partial, true).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument);
    assert!(
        err.message().contains("extra.weight") && err.message().contains("1.running_var"),
        "{err}"
    );

    let err = b.load(dir.join("missing.safetensors"), true).unwrap_err();
    assert_eq!(err.status(), Status::Io);
    assert!(err.message().contains("missing.safetensors"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn errors_carry_the_engine_status_and_message() {
    let err = EngineModule::create("Nope", &Options::new()).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument);
    assert!(err.message().contains("Nope") && err.message().contains("Linear"), "{err}");
    let err = EngineModule::create("Linear", &Options::new().set("in_features", 3)).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument);
    assert!(err.message().contains("out_features"), "{err}");
    let err = nn::linear(3, 2).build().unwrap().forward(&t(&[1., 2.], &[1, 2])).unwrap_err();
    assert_eq!(err.status(), Status::Shape, "{err}");
    let err = EngineModule::create("Line\0ar", &Options::new()).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument);
    assert!(err.message().contains("NUL"), "{err}");
    // set_parameter shares the tensor: a module built from Rust tensors.
    let mut lin = nn::linear(2, 1).bias(false).build().unwrap();
    let mut w = t(&[3., -1.], &[1, 2]);
    lin.set_parameter("weight", &mut w, true).unwrap();
    assert!(w.requires_grad());
    close(&lin.forward(&t(&[1., 2.], &[1, 2])).unwrap(), &[1.0]);
    let err = lin.set_parameter("nope.weight", &mut w, true).unwrap_err();
    assert!(err.message().contains("nope"), "{err}");
    let mut relu = nn::relu().build().unwrap();
    assert!(relu.state_dict().unwrap().is_empty() && relu.parameters().unwrap().is_empty());
    let err = relu.append(&nn::relu().build().unwrap()).unwrap_err();
    assert_eq!(err.status(), Status::Unsupported, "{err}");
}
