//! Datasets and data loaders (`ignis_dataset` / `ignis_dataloader` of data.h): tensors,
//! Fashion-MNIST and other IDX files, CSV files, image folders, subsets and random splits,
//! batched by a [`DataLoader`] that is an `Iterator` over one epoch's batches.
mod callback;
mod dataset;
mod loader;

pub use dataset::{Dataset, Transform};
pub use loader::{Batch, DataLoader, DataLoaderBuilder};
