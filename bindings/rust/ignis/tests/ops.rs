//! Operators and a broad sample of the generated schema ops, against known values.
mod common;
use common::{close, t};
use ignis::{DType, Scalar, Tensor};

#[test]
fn every_operator_on_owned_and_borrowed_values() {
    let a = t(&[1.0, 2.0, 3.0], &[3]);
    let b = t(&[4.0, 5.0, 6.0], &[3]);
    close(&(&a + &b), &[5.0, 7.0, 9.0]);
    close(&(&a - &b), &[-3.0, -3.0, -3.0]);
    close(&(&a * &b), &[4.0, 10.0, 18.0]);
    close(&(&b / &a), &[4.0, 2.5, 2.0]);
    close(&(a.clone() + b.clone()), &[5.0, 7.0, 9.0]);
    close(&(a.clone() - &b), &[-3.0, -3.0, -3.0]);
    close(&(&a * b.clone()), &[4.0, 10.0, 18.0]);
    close(&(b.clone() / a.clone()), &[4.0, 2.5, 2.0]);
    close(&(-&a), &[-1.0, -2.0, -3.0]);
    close(&(-a.clone()), &[-1.0, -2.0, -3.0]);
    close(&(&a + 1.5), &[2.5, 3.5, 4.5]);
    close(&(a.clone() - 1), &[0.0, 1.0, 2.0]);
    close(&(&a * 2.0), &[2.0, 4.0, 6.0]);
    close(&(a.clone() / 2), &[0.5, 1.0, 1.5]);
    close(&(1.0 + &a), &[2.0, 3.0, 4.0]);
    close(&(10 - &a), &[9.0, 8.0, 7.0]);
    close(&(3.0 * a.clone()), &[3.0, 6.0, 9.0]);
    close(&(6.0 / &a), &[6.0, 3.0, 2.0]);
    // A scalar on the left keeps the tensor's dtype, as a Python number does in PyTorch.
    assert_eq!((6.0 / &a).dtype(), DType::F32);
    assert_eq!((2 - &Tensor::from_slice(&[1i32], &[1]).unwrap()).dtype(), DType::I32);
    let mut c = a.deep_clone().unwrap();
    c += &b;
    close(&c, &[5.0, 7.0, 9.0]);
    c -= b.clone();
    close(&c, &[1.0, 2.0, 3.0]);
    c *= 4.0;
    close(&c, &[4.0, 8.0, 12.0]);
    c /= 2;
    close(&c, &[2.0, 4.0, 6.0]);
    c *= &a;
    close(&c, &[2.0, 8.0, 18.0]);
    c /= a.clone();
    close(&c, &[2.0, 4.0, 6.0]);
    c += 1;
    c -= 1.0;
    close(&c, &[2.0, 4.0, 6.0]);
    close(&a, &[1.0, 2.0, 3.0]);
    // Broadcasting and integer arithmetic.
    let m = Tensor::from_slice(&[1i64, 2, 3, 4], &[2, 2]).unwrap();
    let r = &m * &Tensor::from_slice(&[10i64, 100], &[2]).unwrap();
    assert_eq!(r.to_vec::<i64>().unwrap(), vec![10, 200, 30, 400]);
    assert_eq!((&m + 1).dtype(), DType::I64);
    assert_eq!((&m / 2).dtype(), DType::F32, "true division of integers gives the default float");
}

#[test]
fn unary_ops() {
    let x = t(&[-1.5, 0.25, 2.0], &[3]);
    let v = [-1.5f64, 0.25, 2.0];
    let map = |f: fn(f64) -> f64| v.iter().map(|&x| f(x)).collect::<Vec<_>>();
    close(&x.abs().unwrap(), &map(f64::abs));
    close(&x.neg().unwrap(), &map(|x| -x));
    close(&x.exp().unwrap(), &map(f64::exp));
    close(&x.exp2().unwrap(), &map(f64::exp2));
    close(&x.expm1().unwrap(), &map(f64::exp_m1));
    close(&x.sin().unwrap(), &map(f64::sin));
    close(&x.cos().unwrap(), &map(f64::cos));
    close(&x.tanh().unwrap(), &map(f64::tanh));
    close(&x.atan().unwrap(), &map(f64::atan));
    close(&x.sinh().unwrap(), &map(f64::sinh));
    close(&x.sigmoid().unwrap(), &map(|x| 1.0 / (1.0 + (-x).exp())));
    close(&x.relu().unwrap(), &[0.0, 0.25, 2.0]);
    close(&x.relu6().unwrap(), &[0.0, 0.25, 2.0]);
    close(&x.leaky_relu().unwrap(), &[-0.015, 0.25, 2.0]);
    close(&x.leaky_relu_with(0.5).unwrap(), &[-0.75, 0.25, 2.0]);
    close(&x.silu().unwrap(), &map(|x| x / (1.0 + (-x).exp())));
    close(&x.softplus().unwrap(), &map(|x| x.exp().ln_1p()));
    close(&x.floor().unwrap(), &[-2.0, 0.0, 2.0]);
    close(&x.ceil().unwrap(), &[-1.0, 1.0, 2.0]);
    close(&x.round().unwrap(), &[-2.0, 0.0, 2.0]);
    close(&x.trunc().unwrap(), &[-1.0, 0.0, 2.0]);
    close(&x.frac().unwrap(), &[-0.5, 0.25, 0.0]);
    close(&x.sign().unwrap(), &[-1.0, 1.0, 1.0]);
    close(&t(&[1.23456], &[1]).round_decimals(2).unwrap(), &[1.23]);
    let p = t(&[0.25, 1.0, 4.0], &[3]);
    close(&p.sqrt().unwrap(), &[0.5, 1.0, 2.0]);
    close(&p.rsqrt().unwrap(), &[2.0, 1.0, 0.5]);
    close(&p.log().unwrap(), &[0.25f64.ln(), 0.0, 4.0f64.ln()]);
    close(&p.log2().unwrap(), &[-2.0, 0.0, 2.0]);
    close(&p.log10().unwrap(), &[0.25f64.log10(), 0.0, 4.0f64.log10()]);
    close(&p.log1p().unwrap(), &[0.25f64.ln_1p(), 2.0f64.ln(), 5.0f64.ln()]);
    close(&p.reciprocal().unwrap(), &[4.0, 1.0, 0.25]);
    // torch 1.13 literals
    close(&t(&[-1.0, 0.5, 2.0], &[3]).gelu().unwrap(), &[-0.15865529, 0.3457312, 1.95449996]);
    close(&t(&[0.5], &[1]).erfinv().unwrap(), &[0.47693628]);
    let nan = t(&[f32::NAN, f32::INFINITY, 1.0], &[3]);
    assert_eq!(nan.isnan().unwrap().to_vec::<bool>().unwrap(), vec![true, false, false]);
    assert_eq!(nan.isinf().unwrap().to_vec::<bool>().unwrap(), vec![false, true, false]);
    assert_eq!(nan.isfinite().unwrap().to_vec::<bool>().unwrap(), vec![false, false, true]);
    close(&nan.nan_to_num_with(Some(0.0), Some(9.0), None).unwrap(), &[0.0, 9.0, 1.0]);
    let mut y = x.deep_clone().unwrap();
    y.abs_().unwrap();
    close(&y, &[1.5, 0.25, 2.0]);
    let mut out = Tensor::zeros(&[3], DType::F32).unwrap();
    x.neg_out(&mut out).unwrap();
    close(&out, &[1.5, -0.25, -2.0]);
}

#[test]
fn binary_and_comparison_ops() {
    let a = t(&[1.0, -2.0, 3.0], &[3]);
    let b = t(&[2.0, 2.0, 2.0], &[3]);
    close(&a.add_tensor_with(&b, 10).unwrap(), &[21.0, 18.0, 23.0]);
    close(&a.sub_scalar_with(1, 2).unwrap(), &[-1.0, -4.0, 1.0]);
    close(&a.pow_tensor_scalar(2).unwrap(), &[1.0, 4.0, 9.0]);
    close(&a.pow_tensor_tensor(&b).unwrap(), &[1.0, 4.0, 9.0]);
    close(&Tensor::pow_scalar_self(2, &a).unwrap(), &[2.0, 0.25, 8.0]);
    close(&a.remainder_scalar(2).unwrap(), &[1.0, 0.0, 1.0]);
    close(&a.fmod_scalar(2).unwrap(), &[1.0, -0.0, 1.0]);
    close(&a.div_tensor_mode(&b, Some("floor")).unwrap(), &[0.0, -1.0, 1.0]);
    close(&a.div_scalar_mode(2, Some("trunc")).unwrap(), &[0.0, -1.0, 1.0]);
    close(&a.maximum(&b).unwrap(), &[2.0, 2.0, 3.0]);
    close(&a.minimum(&b).unwrap(), &[1.0, -2.0, 2.0]);
    close(&a.atan2(&b).unwrap(), &[0.5f64.atan(), (-1.0f64).atan(), 1.5f64.atan()]);
    close(
        &a.clamp_with(Some(Scalar::Int(-1)), Some(Scalar::Float(2.5))).unwrap(),
        &[1.0, -1.0, 2.5],
    );
    close(&a.lerp_scalar(&b, 0.5).unwrap(), &[1.5, 0.0, 2.5]);
    assert_eq!(a.gt_tensor(&b).unwrap().to_vec::<bool>().unwrap(), vec![false, false, true]);
    assert_eq!(a.le_scalar(1).unwrap().to_vec::<bool>().unwrap(), vec![true, true, false]);
    assert_eq!(a.eq_scalar(3.0).unwrap().to_vec::<bool>().unwrap(), vec![false, false, true]);
    assert_eq!(a.ne_tensor(&a).unwrap().to_vec::<bool>().unwrap(), vec![false; 3]);
    let mask = a.gt_scalar(0).unwrap();
    close(&mask.where_self(&a, &b).unwrap(), &[1.0, 2.0, 3.0]);
    close(&mask.where_scalar_other(&a, 0).unwrap(), &[1.0, 0.0, 3.0]);
    let i = Tensor::from_slice(&[12i64, 10], &[2]).unwrap();
    assert_eq!(i.bitwise_and_scalar(6).unwrap().to_vec::<i64>().unwrap(), vec![4, 2]);
    assert_eq!(i.bitwise_xor_tensor(&i).unwrap().to_vec::<i64>().unwrap(), vec![0, 0]);
    assert_eq!(i.floor_divide_scalar(5).unwrap().to_vec::<i64>().unwrap(), vec![2, 2]);
    assert_eq!(mask.logical_not().unwrap().to_vec::<bool>().unwrap(), vec![false, true, false]);
    close(&a.addcmul_with(&a, &b, 0.5).unwrap(), &[2.0, -4.0, 6.0]);
}

#[test]
fn reductions_and_sorting() {
    let x = t(&[3.0, 1.0, 2.0, 6.0, 5.0, 4.0], &[2, 3]);
    close(&x.sum().unwrap(), &[21.0]);
    close(&x.sum_with(Some(&[1]), true, None).unwrap(), &[6.0, 15.0]);
    assert_eq!(x.sum_with(Some(&[1]), true, None).unwrap().shape(), vec![2, 1]);
    assert_eq!(x.sum_with(None, false, Some(DType::F64)).unwrap().dtype(), DType::F64);
    close(&x.mean().unwrap(), &[3.5]);
    close(&x.prod().unwrap(), &[720.0]);
    close(&x.amax_with(&[0], false).unwrap(), &[6.0, 5.0, 4.0]);
    close(&x.max().unwrap(), &[6.0]);
    let (vals, idx) = x.max_dim(1).unwrap();
    close(&vals, &[3.0, 6.0]);
    assert_eq!(idx.to_vec::<i64>().unwrap(), vec![0, 0]);
    assert_eq!(x.argmin().unwrap().item_i64().unwrap(), 1);
    close(&x.var().unwrap(), &[3.5]);
    close(&t(&[1.0, 2.0, 3.0], &[3]).logsumexp(&[0]).unwrap(), &[3.40760589]);
    close(&t(&[3.0, 4.0], &[2]).norm().unwrap(), &[5.0]);
    close(&t(&[1.0, 2.0, 3.0], &[3]).cumsum(0).unwrap(), &[1.0, 3.0, 6.0]);
    let (sorted, order) = t(&[3.0, 1.0, 2.0], &[3]).sort().unwrap();
    close(&sorted, &[1.0, 2.0, 3.0]);
    assert_eq!(order.to_vec::<i64>().unwrap(), vec![1, 2, 0]);
    let (top, _) = x.flatten(0, -1).unwrap().topk(2).unwrap();
    close(&top, &[6.0, 5.0]);
    assert!(x.gt_scalar(5).unwrap().any().unwrap().item().unwrap() != 0.0);
    assert_eq!(x.count_nonzero().unwrap().item_i64().unwrap(), 6);
}

#[test]
fn shape_and_index_ops() {
    let a = t(&[1.0, 2.0], &[2]);
    let b = t(&[3.0, 4.0], &[2]);
    close(&Tensor::cat_with(&[&a, &b], 0).unwrap(), &[1.0, 2.0, 3.0, 4.0]);
    assert_eq!(Tensor::stack_with(&[a.clone(), b.clone()], 0).unwrap().shape(), vec![2, 2]);
    let x = Tensor::arange(0, 6, 1, DType::F32).unwrap();
    let parts = x.split(4).unwrap();
    assert_eq!(parts.len(), 2);
    close(&parts[1], &[4.0, 5.0]);
    let chunks = x.chunk(3).unwrap();
    assert_eq!(chunks.iter().map(Tensor::numel).collect::<Vec<_>>(), vec![2, 2, 2]);
    let m = x.view(&[2, 3]).unwrap();
    assert_eq!(m.unbind().unwrap().len(), 2);
    close(&m.flip(&[1]).unwrap(), &[2.0, 1.0, 0.0, 5.0, 4.0, 3.0]);
    close(&m.roll_with(&[1], &[1]).unwrap(), &[2.0, 0.0, 1.0, 5.0, 3.0, 4.0]);
    close(&m.tril().unwrap(), &[0.0, 0.0, 0.0, 3.0, 4.0, 0.0]);
    close(&a.repeat(&[2]).unwrap(), &[1.0, 2.0, 1.0, 2.0]);
    let idx = Tensor::from_slice(&[2i64, 0], &[2]).unwrap();
    close(&m.index_select(1, &idx).unwrap(), &[2.0, 0.0, 5.0, 3.0]);
    let g = Tensor::from_slice(&[1i64, 0, 2, 2], &[2, 2]).unwrap();
    close(&m.gather(1, &g).unwrap(), &[1.0, 0.0, 5.0, 5.0]);
    close(&x.take(&idx).unwrap(), &[2.0, 0.0]);
    let mask = x.gt_scalar(3).unwrap();
    close(&x.masked_select(&mask).unwrap(), &[4.0, 5.0]);
    close(&x.masked_fill_scalar(&mask, -1).unwrap(), &[0.0, 1.0, 2.0, 3.0, -1.0, -1.0]);
    assert_eq!(mask.nonzero().unwrap().shape(), vec![2, 1]);
    let oh = Tensor::from_slice(&[0i64, 2], &[2]).unwrap().one_hot_with(3).unwrap();
    assert_eq!(oh.to_vec::<i64>().unwrap(), vec![1, 0, 0, 0, 0, 1]);
    close(&a.pad(&[1, 1]).unwrap(), &[0.0, 1.0, 2.0, 0.0]);
}

#[test]
fn linalg_nn_and_loss_ops() {
    let a = t(&[1.0, 2.0, 3.0, 4.0], &[2, 2]);
    let v = t(&[1.0, 1.0], &[2]);
    close(&a.matmul(&a).unwrap(), &[7.0, 10.0, 15.0, 22.0]);
    close(&a.mm(&a).unwrap(), &[7.0, 10.0, 15.0, 22.0]);
    close(&a.mv(&v).unwrap(), &[3.0, 7.0]);
    close(&v.dot(&v).unwrap(), &[2.0]);
    close(&v.outer(&t(&[1.0, 2.0], &[2])).unwrap(), &[1.0, 2.0, 1.0, 2.0]);
    close(&Tensor::einsum("ij,jk->ik", &[&a, &a]).unwrap(), &[7.0, 10.0, 15.0, 22.0]);
    close(&t(&[2.0, 1.0, 1.0, 3.0], &[2, 2]).linalg_det().unwrap(), &[5.0]);
    close(&a.linalg_inv().unwrap(), &[-2.0, 1.0, 1.5, -0.5]);
    close(&a.softmax(1).unwrap().sum_with(Some(&[1]), false, None).unwrap(), &[1.0, 1.0]);
    close(
        &a.linear_with(&Tensor::eye(2, None, DType::F32).unwrap(), Some(&v)).unwrap(),
        &[2.0, 3.0, 4.0, 5.0],
    );
    let logits = t(&[1.0, 2.0, 0.5, 0.1, 0.2, 3.0], &[2, 3]);
    let target = Tensor::from_slice(&[1i64, 2], &[2]).unwrap();
    close(&logits.cross_entropy(&target).unwrap(), &[0.28698513]); // torch 1.13
    close(&a.mse_loss(&Tensor::zeros(&[2, 2], DType::F32).unwrap()).unwrap(), &[7.5]);
    close(&a.l1_loss_with(&Tensor::zeros(&[2, 2], DType::F32).unwrap(), "sum").unwrap(), &[10.0]);
    let img = Tensor::arange(0, 16, 1, DType::F32).unwrap().view(&[1, 1, 4, 4]).unwrap();
    close(&img.max_pool2d(&[2]).unwrap(), &[5.0, 7.0, 13.0, 15.0]);
    close(&img.avg_pool2d(&[2]).unwrap(), &[2.5, 4.5, 10.5, 12.5]);
    let w = Tensor::ones(&[1, 1, 2, 2], DType::F32).unwrap();
    close(
        &img.conv2d(&w).unwrap().flatten(0, -1).unwrap().slice(0, None, Some(2), 1).unwrap(),
        &[10.0, 14.0],
    );
    assert_eq!(img.conv2d_with(&w, None, &[2], &[0], &[1], 1).unwrap().shape(), vec![1, 1, 2, 2]);
    let ln = a.layer_norm(&[2]).unwrap();
    let z = 0.5 / (0.25f64 + 1e-5).sqrt(); // eps = 1e-5
    close(&ln, &[-z, z, -z, z]);
    let d = a.dropout(0.5, false).unwrap();
    close(&d, &[1.0, 2.0, 3.0, 4.0]);
}
