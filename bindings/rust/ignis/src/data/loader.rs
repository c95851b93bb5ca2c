//! The DataLoader: batches of a dataset, as an Iterator over one epoch.
use std::ops::Deref;
use std::ptr::{self, NonNull};

use super::Dataset;
use crate::error::{check, Result};
use crate::handle::c_string;
use crate::json::Options;
use crate::sys;
use crate::tensor::Tensor;

/// One batch: field k of every example stacked into tensor k (torch's default_collate), so
/// `batch[0]` holds the inputs and `batch[1]` the labels of an (input, label) dataset.
#[derive(Clone, Debug)]
pub struct Batch(Vec<Tensor>);

impl Batch {
    /// The batch's tensors.
    pub fn into_vec(self) -> Vec<Tensor> {
        self.0
    }
}

impl Deref for Batch {
    type Target = [Tensor];
    fn deref(&self) -> &[Tensor] {
        &self.0
    }
}

/// Batches of a dataset. As an `Iterator` it yields one epoch's batches, then `None`; the next
/// call after that starts the next epoch (with a new shuffle), so `for batch in &mut loader`
/// runs one epoch each time. A loop left early continues where it stopped unless
/// [`reset`](DataLoader::reset) starts a new epoch. An error building a batch (a transform,
/// mismatched example shapes) is the `Err` item of that batch.
pub struct DataLoader {
    ptr: NonNull<sys::ignis_dataloader>,
}

// SAFETY: data.h: handles may be retained and released from any thread; a loader must not be
// used from two threads at once (every call takes `&mut self`; no Sync, no Clone). Its worker
// threads are the library's own.
unsafe impl Send for DataLoader {}

impl Drop for DataLoader {
    fn drop(&mut self) {
        // SAFETY: we own the only reference; release stops and joins the workers.
        unsafe { sys::ignis_dataloader_release(self.ptr.as_ptr()) }
    }
}

/// The settings of a [`DataLoader`]: `DataLoader::builder(&ds).batch_size(64).shuffle(true)
/// .seed(0).num_workers(2).build()`.
#[derive(Clone)]
pub struct DataLoaderBuilder {
    dataset: Dataset,
    options: Options,
}

impl DataLoaderBuilder {
    /// Examples per batch (default 1).
    pub fn batch_size(mut self, n: i64) -> Self {
        self.options.insert("batch_size", n);
        self
    }

    /// Shuffles the examples every epoch (default false).
    pub fn shuffle(mut self, on: bool) -> Self {
        self.options.insert("shuffle", on);
        self
    }

    /// Seeds the loader's own shuffling generator, making every epoch's order reproducible
    /// (default: the CPU generator, see [`manual_seed`](crate::manual_seed)).
    pub fn seed(mut self, seed: u64) -> Self {
        self.options.insert("seed", seed as i64);
        self
    }

    /// Drops the last, incomplete batch (default false).
    pub fn drop_last(mut self, on: bool) -> Self {
        self.options.insert("drop_last", on);
        self
    }

    /// Worker threads building batches ahead (default 0: batches are built in `next`).
    pub fn num_workers(mut self, n: i64) -> Self {
        self.options.insert("num_workers", n);
        self
    }

    /// Batches each worker builds ahead (default 2).
    pub fn prefetch_factor(mut self, n: i64) -> Self {
        self.options.insert("prefetch_factor", n);
        self
    }

    /// The loader.
    pub fn build(&self) -> Result<DataLoader> {
        DataLoader::with_options(&self.dataset, &self.options)
    }
}

impl DataLoader {
    /// Settings for a loader of `dataset`, built with [`DataLoaderBuilder::build`].
    pub fn builder(dataset: &Dataset) -> DataLoaderBuilder {
        DataLoaderBuilder { dataset: dataset.clone(), options: Options::new() }
    }

    /// A loader of `dataset` with data.h's JSON options ({"batch_size", "shuffle", "seed",
    /// "drop_last", "num_workers", "prefetch_factor"}).
    pub fn with_options(dataset: &Dataset, options: &Options) -> Result<DataLoader> {
        let json = c_string("data loader options", &options.to_json())?;
        let mut out = ptr::null_mut();
        // SAFETY: a live dataset, a valid C string and out-pointer.
        check(unsafe { sys::ignis_dataloader_create(dataset.as_ptr(), json.as_ptr(), &mut out) })?;
        Ok(DataLoader { ptr: NonNull::new(out).expect("ignis: NULL data loader") })
    }

    /// The next batch of the epoch, `Ok(None)` at its end (the call after that starts the next
    /// epoch).
    pub fn next_batch(&mut self) -> Result<Option<Batch>> {
        let (mut arr, mut n) = (ptr::null_mut(), 0);
        // SAFETY: a live handle and valid out-pointers.
        check(unsafe { sys::ignis_dataloader_next(self.ptr.as_ptr(), &mut arr, &mut n) })?;
        if arr.is_null() {
            return Ok(None);
        }
        // SAFETY: the array of n new references the call returned.
        Ok(Some(Batch(unsafe { Tensor::from_array(arr, n) })))
    }

    /// Starts a new epoch now, abandoning the rest of the current one.
    pub fn reset(&mut self) -> Result<()> {
        // SAFETY: a live handle.
        check(unsafe { sys::ignis_dataloader_reset(self.ptr.as_ptr()) })
    }

    /// Batches per epoch.
    pub fn num_batches(&self) -> Result<i64> {
        let mut n = 0;
        // SAFETY: a live handle and a valid out-pointer.
        check(unsafe { sys::ignis_dataloader_length(self.ptr.as_ptr(), &mut n) })?;
        Ok(n)
    }
}

impl Iterator for DataLoader {
    type Item = Result<Batch>;

    fn next(&mut self) -> Option<Result<Batch>> {
        self.next_batch().transpose()
    }
}

impl std::fmt::Debug for DataLoader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DataLoader")
            .field("num_batches", &self.num_batches().unwrap_or(-1))
            .finish()
    }
}
