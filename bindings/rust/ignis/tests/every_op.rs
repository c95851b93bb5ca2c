//! Every schema op from Rust: `every_op/calls.gen.rs` (written by codegen/gen_rust_tests.py)
//! calls each function of ops.gen.rs, every form of every op, with generic values. Each call
//! must either return its tensors or fail with an engine status and message (the values do not
//! suit every op: a square-matrix op gets a [2, 3] tensor), never crash; and the forms of one op
//! that all ran (`x.op()`, `x.op_with(defaults)`, `x.op_out(&mut out)`, `x.op_()`) must agree,
//! which catches an argument passed in the wrong place.
use ignis::{DType, Status, Tensor};

#[rustfmt::skip]
#[path = "every_op/calls.gen.rs"]
mod calls;

/// A fresh float32 [3, 3] tensor: entries in (0, 1) (the domain of log, asin, atanh, ...),
/// invertible, and positive definite as its lower triangle reads (linalg.cholesky).
pub fn t() -> Tensor {
    let v = [0.9f32, 0.2, 0.3, 0.4, 0.8, 0.1, 0.2, 0.5, 0.7];
    Tensor::from_slice(&v, &[3, 3]).unwrap()
}

/// int64 indices [3, 3], all 0 (valid along any dim).
pub fn ti() -> Tensor {
    Tensor::zeros(&[3, 3], DType::I64).unwrap()
}

/// A bool mask [3, 3].
pub fn tb() -> Tensor {
    let v = [true, false, true, false, true, false, true, true, false];
    Tensor::from_slice(&v, &[3, 3]).unwrap()
}

/// A float32 vector [3].
pub fn tv() -> Tensor {
    Tensor::from_slice(&[0.1f32, 0.2, 0.3], &[3]).unwrap()
}

/// int64 repeat counts [3], all 1.
pub fn tr() -> Tensor {
    Tensor::ones(&[3], DType::I64).unwrap()
}

/// A float32 batch of one [3, 3] matrix: [1, 3, 3].
pub fn tbatch() -> Tensor {
    t().unsqueeze(0).unwrap()
}

/// Runs before each call: random ops draw the same numbers in every form.
pub fn before() {
    ignis::manual_seed(0).unwrap();
}

/// What an op function returns, as its tensors.
pub trait Outputs {
    fn tensors(&self) -> Vec<&Tensor>;
}

impl Outputs for Tensor {
    fn tensors(&self) -> Vec<&Tensor> {
        vec![self]
    }
}

impl Outputs for Vec<Tensor> {
    fn tensors(&self) -> Vec<&Tensor> {
        self.iter().collect()
    }
}

impl Outputs for (Tensor, Tensor) {
    fn tensors(&self) -> Vec<&Tensor> {
        vec![&self.0, &self.1]
    }
}

impl Outputs for (Tensor, Tensor, Tensor) {
    fn tensors(&self) -> Vec<&Tensor> {
        vec![&self.0, &self.1, &self.2]
    }
}

/// One result as shapes and f64 values, for comparing the forms of an op.
type Seen = Vec<(Vec<i64>, Vec<f64>)>;

fn seen(tensors: &[&Tensor]) -> Seen {
    tensors
        .iter()
        .map(|t| (t.shape(), t.to_dtype(DType::F64).unwrap().to_vec::<f64>().unwrap()))
        .collect()
}

fn same(a: &Seen, b: &Seen) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|((sa, va), (sb, vb))| {
            sa == sb
                && va.iter().zip(vb).all(|(x, y)| {
                    (x - y).abs() <= 1e-6 * x.abs().max(1.0) || (x.is_nan() && y.is_nan())
                })
        })
}

/// The outcome of every call.
#[derive(Default)]
pub struct Tally {
    calls: usize,
    ran: usize,
    compared: usize,
    rejected: Vec<String>,
    problems: Vec<String>,
    /// The first result of the current op (schema name), the function that gave it, and an
    /// empty tensor like its first output for the op's `_out` forms.
    first: Option<(&'static str, &'static str, Seen)>,
    out_like: Option<Tensor>,
}

impl Tally {
    /// The `out` tensor for an `_out` form of `op`: zeros shaped and typed like the result of
    /// the op's plain form when that ran, else `t()`.
    pub fn out_for(&self, op: &'static str) -> Tensor {
        match (&self.first, &self.out_like) {
            (Some((o, _, _)), Some(like)) if *o == op => {
                Tensor::zeros(&like.shape(), like.dtype()).unwrap()
            }
            _ => t(),
        }
    }

    fn compare(&mut self, op: &'static str, func: &'static str, got: Seen) {
        match &self.first {
            Some((o, f, want)) if *o == op => {
                self.compared += 1;
                if !same(want, &got) {
                    self.problems.push(format!("{func} disagrees with {f}: {got:?} vs {want:?}"));
                }
            }
            _ => self.first = Some((op, func, got)),
        }
    }

    fn failed(&mut self, op: &'static str, func: &'static str, err: ignis::Error) {
        let engine = [
            Status::InvalidArgument,
            Status::Shape,
            Status::DType,
            Status::Device,
            Status::Unsupported,
            Status::Index,
        ];
        if !engine.contains(&err.status()) || err.message().trim().is_empty() {
            self.problems.push(format!("{func} ({op}): {err}"));
        } else {
            self.rejected.push(format!("{func}: {err}"));
        }
    }

    /// A call returning tensors.
    pub fn record<R: Outputs>(
        &mut self,
        op: &'static str,
        func: &'static str,
        r: ignis::Result<R>,
    ) {
        self.calls += 1;
        match r {
            Ok(out) => {
                self.ran += 1;
                let tensors = out.tensors();
                if !matches!(&self.first, Some((o, _, _)) if *o == op) {
                    self.out_like = tensors.first().map(|t| (*t).clone());
                }
                self.compare(op, func, seen(&tensors));
            }
            Err(e) => self.failed(op, func, e),
        }
    }

    /// An in-place call: `s` holds the result.
    pub fn record_inplace(
        &mut self,
        op: &'static str,
        func: &'static str,
        r: ignis::Result<()>,
        s: &Tensor,
    ) {
        self.record(op, func, r.map(|()| s.clone()));
    }

    /// An out= call: `out` holds the result.
    pub fn record_out(
        &mut self,
        op: &'static str,
        func: &'static str,
        r: ignis::Result<()>,
        out: &Tensor,
    ) {
        self.record(op, func, r.map(|()| out.clone()));
    }
}

#[test]
fn every_op_function_reaches_the_engine() {
    let mut tally = Tally::default();
    calls::call_every_op(&mut tally);
    assert_eq!(tally.calls, calls::CALLS);
    println!(
        "every op: {} of {} calls ran ({} checked against another form of their op), {} \
         rejected by the engine for these values",
        tally.ran,
        tally.calls,
        tally.compared,
        tally.rejected.len()
    );
    for r in &tally.rejected {
        println!("  rejected: {r}");
    }
    assert!(tally.problems.is_empty(), "{}", tally.problems.join("\n"));
    // Most ops take these generic values; the count guards against calls that quietly all fail.
    assert!(tally.ran * 4 > tally.calls * 3, "only {} of {} calls ran", tally.ran, tally.calls);
}
