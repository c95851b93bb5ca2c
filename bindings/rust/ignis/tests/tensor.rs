//! Tensors: creation, metadata, element access, views, refcounting, threads, printing.
mod common;
use common::{close, t};
use ignis::{sys, DType, Device, Status, Tensor};

fn use_count(x: &Tensor) -> i64 {
    // SAFETY: a live handle; the experimental counter only reads.
    unsafe { sys::ignis_experimental_tensor_use_count(x.as_ptr()) }
}

#[test]
fn from_slice_keeps_values_shape_and_dtype() {
    let x = t(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], &[2, 3]);
    assert_eq!(x.shape(), vec![2, 3]);
    assert_eq!(x.strides(), vec![3, 1]);
    assert_eq!(x.ndim(), 2);
    assert_eq!(x.numel(), 6);
    assert_eq!(x.dtype(), DType::F32);
    assert_eq!(x.device(), Device::Cpu);
    assert!(x.is_contiguous());
    assert_eq!(x.size(-1).unwrap(), 3);
    assert_eq!(x.to_vec::<f32>().unwrap(), vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let i = Tensor::from_slice(&[7i64, -8], &[2]).unwrap();
    assert_eq!(i.dtype(), DType::I64);
    assert_eq!(i.to_vec::<i64>().unwrap(), vec![7, -8]);
    let b = Tensor::from_slice(&[true, false, true], &[3]).unwrap();
    assert_eq!(b.dtype(), DType::Bool);
    assert_eq!(b.to_vec::<bool>().unwrap(), vec![true, false, true]);
    for (dt, v) in [(DType::U8, 1.0), (DType::I8, 1.0), (DType::I16, 1.0), (DType::I32, 1.0)] {
        assert_eq!(Tensor::ones(&[1], dt).unwrap().item().unwrap(), v);
    }
}

#[test]
fn factories_give_known_values() {
    assert_eq!(Tensor::zeros(&[2, 2], DType::F64).unwrap().to_vec::<f64>().unwrap(), vec![0.0; 4]);
    assert_eq!(Tensor::ones(&[3], DType::I32).unwrap().to_vec::<i32>().unwrap(), vec![1, 1, 1]);
    assert_eq!(Tensor::full(&[2], 2.5, DType::F32).unwrap().to_vec::<f32>().unwrap(), vec![2.5; 2]);
    assert_eq!(Tensor::empty(&[4, 5], DType::F32).unwrap().shape(), vec![4, 5]);
    let a = Tensor::arange(0, 5, 1, DType::I64).unwrap();
    assert_eq!(a.to_vec::<i64>().unwrap(), vec![0, 1, 2, 3, 4]);
    let a = Tensor::arange(1.0, 2.0, 0.25, DType::F64).unwrap();
    assert_eq!(a.to_vec::<f64>().unwrap(), vec![1.0, 1.25, 1.5, 1.75]);
    let l = Tensor::linspace(0.0, 1.0, 5, DType::F32).unwrap();
    assert_eq!(l.to_vec::<f32>().unwrap(), vec![0.0, 0.25, 0.5, 0.75, 1.0]);
    let e = Tensor::eye(2, Some(3), DType::F32).unwrap();
    assert_eq!(e.to_vec::<f32>().unwrap(), vec![1.0, 0.0, 0.0, 0.0, 1.0, 0.0]);
    assert_eq!(Tensor::eye(3, None, DType::F32).unwrap().shape(), vec![3, 3]);
    assert_eq!(Tensor::scalar(3.5f64).unwrap().item().unwrap(), 3.5);
    assert_eq!(Tensor::scalar(3.5f64).unwrap().ndim(), 0);
}

#[test]
fn random_factories_are_seeded_and_in_range() {
    let a = Tensor::rand_seeded(&[100], DType::F32, 7).unwrap().to_vec::<f32>().unwrap();
    let b = Tensor::rand_seeded(&[100], DType::F32, 7).unwrap().to_vec::<f32>().unwrap();
    assert_eq!(a, b);
    assert!(a.iter().all(|v| (0.0..1.0).contains(v)));
    ignis::manual_seed(42).unwrap();
    let c = Tensor::randn(&[1000], DType::F64).unwrap();
    ignis::manual_seed(42).unwrap();
    let d = Tensor::randn(&[1000], DType::F64).unwrap();
    assert_eq!(c.to_vec::<f64>().unwrap(), d.to_vec::<f64>().unwrap());
    let mean = c.mean().unwrap().item().unwrap();
    assert!(mean.abs() < 0.15, "randn mean {mean}");
    let r = Tensor::randint(3, 6, &[200], DType::I64, Some(1)).unwrap().to_vec::<i64>().unwrap();
    assert!(r.iter().all(|v| (3..6).contains(v)));
    assert_ne!(
        Tensor::randn_seeded(&[4], DType::F32, 1).unwrap().to_vec::<f32>().unwrap(),
        vec![0.0; 4]
    );
    let u = Tensor::rand(&[3], DType::F32).unwrap();
    assert_eq!(u.shape(), vec![3]);
}

#[test]
fn from_vec_shares_the_vec_without_copying() {
    let x = Tensor::from_vec(vec![1.0f64, 2.0, 3.0, 4.0], &[2, 2]).unwrap();
    let v = x.view(&[4]).unwrap();
    drop(x); // the view keeps the Vec alive
    assert_eq!(v.to_vec::<f64>().unwrap(), vec![1.0, 2.0, 3.0, 4.0]);
    let mut w = v.clone();
    w.mul_scalar_(10).unwrap(); // writes the Vec's memory, seen through every handle
    assert_eq!(v.to_vec::<f64>().unwrap(), vec![10.0, 20.0, 30.0, 40.0]);
    let err = Tensor::from_vec(vec![1i32, 2, 3], &[2, 2]).unwrap_err();
    assert_eq!(err.status(), Status::Shape);
    assert!(err.message().contains("[2, 2]"), "{}", err.message());
}

#[test]
fn as_slice_borrows_contiguous_cpu_memory() {
    let x = t(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], &[2, 3]);
    // SAFETY: nothing writes x while the slice lives.
    let s = unsafe { x.as_slice::<f32>() }.unwrap();
    assert_eq!(s, &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let tr = x.transpose(0, 1).unwrap();
    // SAFETY: as above.
    let err = unsafe { tr.as_slice::<f32>() }.unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument);
    assert!(err.message().contains("non-contiguous"), "{}", err.message());
    // SAFETY: as above.
    let err = unsafe { x.as_slice::<f64>() }.unwrap_err();
    assert_eq!(err.status(), Status::DType);
    assert_eq!(
        tr.contiguous().unwrap().to_vec::<f32>().unwrap(),
        vec![1.0, 4.0, 2.0, 5.0, 3.0, 6.0]
    );
}

#[test]
fn views_and_conversions() {
    let x = t(&[0.0, 1.0, 2.0, 3.0, 4.0, 5.0], &[2, 3]);
    assert_eq!(x.reshape(&[3, -1]).unwrap().shape(), vec![3, 2]);
    assert_eq!(
        x.permute(&[1, 0]).unwrap().to_vec::<f32>().unwrap(),
        vec![0.0, 3.0, 1.0, 4.0, 2.0, 5.0]
    );
    assert_eq!(
        x.slice(1, Some(1), None, 1).unwrap().to_vec::<f32>().unwrap(),
        vec![1.0, 2.0, 4.0, 5.0]
    );
    assert_eq!(
        x.slice(1, None, None, 2).unwrap().to_vec::<f32>().unwrap(),
        vec![0.0, 2.0, 3.0, 5.0]
    );
    assert_eq!(x.select(0, 1).unwrap().to_vec::<f32>().unwrap(), vec![3.0, 4.0, 5.0]);
    let col = t(&[1.0, 2.0], &[2, 1]);
    assert_eq!(
        col.expand(&[2, 3]).unwrap().to_vec::<f32>().unwrap(),
        vec![1.0, 1.0, 1.0, 2.0, 2.0, 2.0]
    );
    assert_eq!(col.squeeze().unwrap().shape(), vec![2]);
    assert_eq!(col.squeeze_dim(1).unwrap().shape(), vec![2]);
    assert_eq!(col.unsqueeze(0).unwrap().shape(), vec![1, 2, 1]);
    assert_eq!(x.unsqueeze(0).unwrap().flatten(0, -1).unwrap().shape(), vec![6]);
    let i = x.to_dtype(DType::I64).unwrap();
    assert_eq!(i.to_vec::<i64>().unwrap(), vec![0, 1, 2, 3, 4, 5]);
    assert_eq!(x.to_device(Device::Cpu).unwrap().dtype(), DType::F32);
    let mut c = x.deep_clone().unwrap();
    c.copy_(&t(&[9.0], &[1])).unwrap();
    assert_eq!(c.to_vec::<f32>().unwrap(), vec![9.0; 6]);
    assert_eq!(x.to_vec::<f32>().unwrap()[0], 0.0, "deep_clone copies");
    assert!(!x.to(DType::F32, Device::Cpu, true).unwrap().requires_grad());
}

#[test]
fn clone_retains_and_drop_releases() {
    let x = t(&[1.0, 2.0], &[2]);
    let base = use_count(&x);
    let c1 = x.clone();
    let c2 = c1.clone();
    assert_eq!(use_count(&x), base + 2);
    drop(c1);
    assert_eq!(use_count(&x), base + 1);
    drop(c2);
    assert_eq!(use_count(&x), base);
    // Ops and conversions leave no references behind.
    for _ in 0..100 {
        let y = (&x + &x).sum().unwrap();
        let _ = y.item().unwrap();
        let _ = x.to_vec::<f32>().unwrap();
        let _ = x.split(1).unwrap();
        let _ = x.max_dim(0).unwrap();
        let _ = format!("{x}");
    }
    assert_eq!(use_count(&x), base);
    let raw = x.clone().into_raw();
    assert_eq!(use_count(&x), base + 1);
    // SAFETY: raw is the reference into_raw gave up.
    drop(unsafe { Tensor::from_raw(raw) });
    assert_eq!(use_count(&x), base);
}

#[test]
fn display_and_debug_use_the_engine_printer() {
    let x = t(&[1.0, 2.0, 3.0, 4.0], &[2, 2]);
    assert_eq!(format!("{x}"), "tensor([[1., 2.],\n        [3., 4.]])");
    assert_eq!(format!("{x:?}"), format!("{x}"));
    assert_eq!(format!("{}", Tensor::from_slice(&[1i64, 2], &[2]).unwrap()), "tensor([1, 2])");
    assert_eq!(DType::BF16.to_string(), "bfloat16");
    assert_eq!(Device::Cuda(1).to_string(), "cuda:1");
}

#[test]
fn bad_input_is_an_error_with_the_engine_message() {
    let a = t(&[1.0, 2.0], &[2]);
    let b = t(&[1.0, 2.0, 3.0], &[3]);
    let err = a.add_tensor(&b).unwrap_err();
    assert_eq!(err.status(), Status::Shape);
    assert!(err.message().contains("[2]") && err.message().contains("[3]"), "{}", err.message());
    assert!(err.to_string().starts_with("ignis shape error: "), "{err}");
    let err = a.to_vec::<i64>().unwrap_err();
    assert_eq!(err.status(), Status::DType);
    assert!(
        err.message().contains("float32") && err.message().contains("int64"),
        "{}",
        err.message()
    );
    let err = Tensor::from_slice(&[1.0f32, 2.0, 3.0], &[2, 2]).unwrap_err();
    assert_eq!(err.status(), Status::Shape);
    let err = t(&[1.0], &[1]).bitwise_not().unwrap_err();
    assert_eq!(err.status(), Status::DType);
    assert!(err.message().contains("float32"), "{}", err.message());
    let err = a.select(0, 5).unwrap_err();
    assert_eq!(err.status(), Status::Index);
    let err = a.view(&[3]).unwrap_err();
    assert_eq!(err.status(), Status::Shape);
    let err = a.item().unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument);
    let err = a.size(1).unwrap_err();
    assert_eq!(err.status(), Status::Index);
    let err = a.gelu_with("nope\0").unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument);
    let err = a.gelu_with("cubic").unwrap_err();
    assert!(err.message().contains("cubic"), "{}", err.message());
    assert_eq!(Status::from_code(Status::Io.code()), Status::Io);
    assert_eq!(Status::Shape.name(), "shape");
}

#[test]
fn a_missing_device_is_a_device_error() {
    if ignis::cuda_is_available() {
        return; // this check is about builds and machines without CUDA
    }
    let err = Tensor::zeros(&[2], (DType::F32, Device::Cuda(0))).unwrap_err();
    assert_eq!(err.status(), Status::Device);
    assert!(err.message().contains("CUDA"), "{}", err.message());
    let err = t(&[1.0], &[1]).to_device(Device::Cuda(0)).unwrap_err();
    assert_eq!(err.status(), Status::Device);
}

#[test]
#[should_panic(expected = "tensor + tensor failed: ignis shape error")]
fn operators_panic_with_the_engine_message() {
    let _ = t(&[1.0, 2.0], &[2]) + t(&[1.0, 2.0, 3.0], &[3]);
}

#[test]
fn tensors_move_across_threads_and_are_shared_for_reading() {
    let w = std::sync::Arc::new(t(&[1.0, 2.0, 3.0, 4.0], &[2, 2]));
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let w = w.clone();
            std::thread::spawn(move || {
                let x = Tensor::full(&[2], i as f64, DType::F32).unwrap();
                (w.matmul(&x).unwrap(), x) // both move back to the spawning thread
            })
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        let (y, _x) = h.join().unwrap();
        let i = i as f64;
        close(&y, &[3.0 * i, 7.0 * i]);
    }
}

#[test]
fn slices_in_and_out_and_zero_copy_borrows() {
    // from_slice copies: the slice can change afterwards without reaching the tensor.
    let mut data = vec![1.0f32, 2.0, 3.0, 4.0];
    let x = Tensor::from_slice(&data, &[2, 2]).unwrap();
    data[0] = 9.0;
    assert_eq!(x.to_vec::<f32>().unwrap(), vec![1.0, 2.0, 3.0, 4.0]);
    // from_vec takes the Vec's buffer over; as_slice borrows that very memory, no copy.
    let v: Vec<f64> = (0..6).map(f64::from).collect();
    let p = v.as_ptr();
    let mut x = Tensor::from_vec(v, &[2, 3]).unwrap();
    // SAFETY: nothing writes x while each slice lives.
    let s = unsafe { x.as_slice::<f64>() }.unwrap();
    assert_eq!(s.as_ptr(), p);
    assert_eq!(s, &[0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
    // A contiguous view (row 1 on) borrows the same buffer at its offset.
    let row = x.slice(0, Some(1), None, 1).unwrap();
    // SAFETY: as above.
    let r = unsafe { row.as_slice::<f64>() }.unwrap();
    assert_eq!(r.as_ptr(), p.wrapping_add(3));
    assert_eq!(r, &[3.0, 4.0, 5.0]);
    // An in-place op writes the buffer: a fresh borrow sees it, still without a copy.
    x.add_scalar_(1).unwrap();
    // SAFETY: as above.
    let s = unsafe { x.as_slice::<f64>() }.unwrap();
    assert_eq!((s.as_ptr(), s[5]), (p, 6.0));
    // Every element type goes in and out through slices.
    assert_eq!(
        Tensor::from_slice(&[true, false], &[2]).unwrap().to_vec::<bool>().unwrap(),
        [true, false]
    );
    assert_eq!(Tensor::from_slice(&[250u8, 7], &[2]).unwrap().to_vec::<u8>().unwrap(), [250, 7]);
    assert_eq!(Tensor::from_slice(&[-3i8], &[1]).unwrap().to_vec::<i8>().unwrap(), [-3]);
    assert_eq!(Tensor::from_slice(&[-300i16], &[1]).unwrap().to_vec::<i16>().unwrap(), [-300]);
    assert_eq!(
        Tensor::from_slice(&[1i32 << 20], &[1]).unwrap().to_vec::<i32>().unwrap(),
        [1 << 20]
    );
    assert_eq!(
        Tensor::from_slice(&[1i64 << 40], &[1]).unwrap().to_vec::<i64>().unwrap(),
        [1 << 40]
    );
    // to_vec copies any layout out row-major; as_slice refuses what is not one contiguous run.
    let t = x.transpose(0, 1).unwrap();
    assert_eq!(t.to_vec::<f64>().unwrap(), vec![1.0, 4.0, 2.0, 5.0, 3.0, 6.0]);
    // SAFETY: as above.
    assert_eq!(unsafe { t.as_slice::<f64>() }.unwrap_err().status(), Status::InvalidArgument);
}
