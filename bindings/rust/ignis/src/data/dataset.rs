//! The Dataset handle and its sources.
use std::path::Path;
use std::ptr::{self, NonNull};

use crate::error::{check, Error, Result, Status};
use crate::handle::{c_path, c_string, tensor_ptrs};
use crate::json::{Options, Value};
use crate::runtime::check_runtime;
use crate::sys;
use crate::tensor::Tensor;

/// A dataset: a counted reference to the engine's dataset. An example is a list of tensors
/// (an image and its label, a feature row and its target). `Clone` shares the dataset.
pub struct Dataset {
    ptr: NonNull<sys::ignis_dataset>,
}

// SAFETY: data.h: handles may be retained and released from any thread, and a dataset may be
// read (size, get) from several threads at once; no call of Dataset changes it.
unsafe impl Send for Dataset {}
// SAFETY: see above.
unsafe impl Sync for Dataset {}

impl Drop for Dataset {
    fn drop(&mut self) {
        // SAFETY: we own one reference; release is NULL-safe and thread-safe.
        unsafe { sys::ignis_dataset_release(self.ptr.as_ptr()) }
    }
}

impl Clone for Dataset {
    fn clone(&self) -> Dataset {
        // SAFETY: retain adds a reference to a live handle and returns it.
        Dataset { ptr: NonNull::new(unsafe { sys::ignis_dataset_retain(self.as_ptr()) }).unwrap() }
    }
}

pub(super) fn made(code: sys::ignis_status, out: *mut sys::ignis_dataset) -> Result<Dataset> {
    check(code)?;
    Ok(Dataset { ptr: NonNull::new(out).expect("ignis: NULL dataset") })
}

/// An image transform of [`Dataset::image_folder`], applied in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Transform {
    /// uint8 pixels to float32 in [0, 1].
    ToFloat,
    /// Bilinear resize to height x width.
    Resize { height: i64, width: i64 },
    /// (x - mean\[c\]) / std\[c\] per channel.
    Normalize { mean: Vec<f64>, std: Vec<f64> },
    /// A random height x width crop after zero-padding each side by `padding`.
    RandomCrop { height: i64, width: i64, padding: i64 },
    /// A horizontal flip with probability `p`.
    RandomHorizontalFlip { p: f64 },
}

impl From<&Transform> for Value {
    fn from(t: &Transform) -> Value {
        let o = Options::new();
        Value::Object(match t {
            Transform::ToFloat => o.set("type", "to_float"),
            Transform::Resize { height, width } => {
                o.set("type", "resize").set("height", *height).set("width", *width)
            }
            Transform::Normalize { mean, std } => {
                o.set("type", "normalize").set("mean", mean.as_slice()).set("std", std.as_slice())
            }
            Transform::RandomCrop { height, width, padding } => o
                .set("type", "random_crop")
                .set("height", *height)
                .set("width", *width)
                .set("padding", *padding),
            Transform::RandomHorizontalFlip { p } => {
                o.set("type", "random_horizontal_flip").set("p", *p)
            }
        })
    }
}

impl Dataset {
    /// Example i is row i of each tensor (all with the same first dim; shared, not copied), as
    /// torch.utils.data.TensorDataset.
    pub fn from_tensors(tensors: &[Tensor]) -> Result<Dataset> {
        check_runtime()?;
        let ptrs = tensor_ptrs(tensors);
        let mut out = ptr::null_mut();
        // SAFETY: ptrs.len() live handles and a valid out-pointer.
        made(unsafe { sys::ignis_dataset_from_tensors(ptrs.as_ptr(), ptrs.len(), &mut out) }, out)
    }

    /// Fashion-MNIST's training (60000) or test (10000) images from the IDX files under `root`
    /// (`None`: /usr/share/datasets/fashion-mnist, Debian's dataset-fashion-mnist). Examples
    /// are a uint8 (28, 28) image and an int64 label.
    pub fn fashion_mnist(root: Option<&Path>, train: bool) -> Result<Dataset> {
        check_runtime()?;
        let root = root.map(|r| c_path("Fashion-MNIST root", r)).transpose()?;
        let mut out = ptr::null_mut();
        // SAFETY: NULL or a valid C string, and a valid out-pointer.
        made(
            unsafe {
                sys::ignis_dataset_fashion_mnist(
                    root.as_ref().map_or(ptr::null(), |r| r.as_ptr()),
                    i32::from(train),
                    &mut out,
                )
            },
            out,
        )
    }

    /// Images and labels of the MNIST family from two IDX files (gzip or not).
    pub fn idx(images: impl AsRef<Path>, labels: impl AsRef<Path>) -> Result<Dataset> {
        check_runtime()?;
        let i = c_path("IDX images path", images.as_ref())?;
        let l = c_path("IDX labels path", labels.as_ref())?;
        let mut out = ptr::null_mut();
        // SAFETY: valid C strings and out-pointer.
        made(unsafe { sys::ignis_dataset_idx(i.as_ptr(), l.as_ptr(), &mut out) }, out)
    }

    /// A CSV file with a header row: examples are a float32 row of the feature columns and
    /// column `label_column` (int64).
    pub fn csv(path: impl AsRef<Path>, label_column: &str) -> Result<Dataset> {
        Dataset::csv_with(path, &Options::new().set("label_column", label_column))
    }

    /// [`csv`](Dataset::csv) with every option: {"label_column", "label_dtype": "int64" |
    /// "float32", "delimiter": ","}.
    pub fn csv_with(path: impl AsRef<Path>, options: &Options) -> Result<Dataset> {
        check_runtime()?;
        let p = c_path("CSV path", path.as_ref())?;
        let json = c_string("CSV options", &options.to_json())?;
        let mut out = ptr::null_mut();
        // SAFETY: valid C strings and out-pointer.
        made(unsafe { sys::ignis_dataset_csv(p.as_ptr(), json.as_ptr(), &mut out) }, out)
    }

    /// PNG images under `root/<class>/` (classes sorted): examples are (image, int64 class
    /// index), with `transforms` applied in order.
    pub fn image_folder(root: impl AsRef<Path>, transforms: &[Transform]) -> Result<Dataset> {
        check_runtime()?;
        let p = c_path("image folder", root.as_ref())?;
        let list = Value::List(transforms.iter().map(Value::from).collect());
        // No transforms is "" (data.h: NULL or "" for none).
        let json = if transforms.is_empty() { String::new() } else { list.to_json() };
        let json = c_string("transforms", &json)?;
        let mut out = ptr::null_mut();
        // SAFETY: valid C strings and out-pointer.
        made(unsafe { sys::ignis_dataset_image_folder(p.as_ptr(), json.as_ptr(), &mut out) }, out)
    }

    /// The C handle, borrowed for as long as `self` lives.
    pub fn as_ptr(&self) -> *mut sys::ignis_dataset {
        self.ptr.as_ptr()
    }

    /// Number of examples.
    pub fn size(&self) -> Result<i64> {
        let mut n = 0;
        // SAFETY: a live handle and a valid out-pointer.
        check(unsafe { sys::ignis_dataset_size(self.as_ptr(), &mut n) })?;
        Ok(n)
    }

    /// Example `i` (0 <= i < size, else an Index error) as its tensors.
    pub fn get(&self, i: i64) -> Result<Vec<Tensor>> {
        let (mut arr, mut n) = (ptr::null_mut(), 0);
        // SAFETY: a live handle and valid out-pointers.
        check(unsafe { sys::ignis_dataset_get(self.as_ptr(), i, &mut arr, &mut n) })?;
        // SAFETY: the array of n new references the call returned.
        Ok(unsafe { Tensor::from_array(arr, n) })
    }

    /// The examples at `indices`, in that order (torch.utils.data.Subset).
    pub fn subset(&self, indices: &[i64]) -> Result<Dataset> {
        let mut out = ptr::null_mut();
        // SAFETY: a live handle, indices.len() indices and a valid out-pointer.
        made(
            unsafe {
                sys::ignis_dataset_subset(self.as_ptr(), indices.as_ptr(), indices.len(), &mut out)
            },
            out,
        )
    }

    /// Non-overlapping random subsets of the given lengths (summing to the size), shuffled by a
    /// generator seeded with `seed` (torch.utils.data.random_split).
    pub fn random_split(&self, lengths: &[i64], seed: u64) -> Result<Vec<Dataset>> {
        if lengths.is_empty() {
            return Err(Error::new(
                Status::InvalidArgument,
                "random_split: expected at least one length but got none",
            ));
        }
        let mut out = vec![ptr::null_mut(); lengths.len()];
        // SAFETY: a live handle; lengths and out both hold lengths.len() entries.
        check(unsafe {
            sys::ignis_dataset_random_split(
                self.as_ptr(),
                lengths.as_ptr(),
                lengths.len(),
                seed,
                out.as_mut_ptr(),
            )
        })?;
        Ok(out
            .into_iter()
            .map(|p| Dataset { ptr: NonNull::new(p).expect("ignis: NULL split") })
            .collect())
    }
}

impl std::fmt::Debug for Dataset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dataset").field("size", &self.size().unwrap_or(-1)).finish()
    }
}
