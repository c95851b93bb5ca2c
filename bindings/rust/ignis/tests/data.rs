//! data from Rust: datasets from tensors, files and folders, subsets and splits, loaders as
//! iterators, errors.
mod common;
use std::path::PathBuf;

use common::t;
use ignis::data::{DataLoader, Dataset, Transform};
use ignis::{DType, Status, Tensor};

/// 10 examples: x = [i, 10 i] and y = i.
fn numbers() -> Dataset {
    let x: Vec<f32> = (0..10).flat_map(|i| [i as f32, 10.0 * i as f32]).collect();
    let y: Vec<i64> = (0..10).collect();
    Dataset::from_tensors(&[t(&x, &[10, 2]), Tensor::from_slice(&y, &[10]).unwrap()]).unwrap()
}

fn labels(batch: &[Tensor]) -> Vec<i64> {
    batch[1].to_vec().unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ignis_rust_data_{name}_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn tensor_datasets_index_rows() {
    let ds = numbers();
    assert_eq!(ds.size().unwrap(), 10);
    let ex = ds.get(3).unwrap();
    assert_eq!(ex.len(), 2);
    assert_eq!(ex[0].to_vec::<f32>().unwrap(), [3.0, 30.0]);
    assert_eq!(ex[1].item_i64().unwrap(), 3);
    let err = ds.get(10).unwrap_err();
    assert_eq!(err.status(), Status::Index, "{err}");
    let err = Dataset::from_tensors(&[t(&[1., 2.], &[2]), t(&[1., 2., 3.], &[3])]).unwrap_err();
    assert!(err.message().contains('2') && err.message().contains('3'), "{err}");
    assert!(Dataset::from_tensors(&[]).is_err());
}

#[test]
fn loaders_batch_shuffle_and_restart_epochs() {
    let ds = numbers();
    let mut loader = DataLoader::builder(&ds).batch_size(4).build().unwrap();
    assert_eq!(loader.num_batches().unwrap(), 3);
    let batches: Vec<_> = (&mut loader).map(Result::unwrap).collect();
    assert_eq!(batches.len(), 3);
    assert_eq!(batches[0][0].shape(), vec![4, 2]);
    assert_eq!(labels(&batches[0]), [0, 1, 2, 3]);
    assert_eq!(labels(&batches[2]), [8, 9]);
    // The next loop is the next epoch.
    assert_eq!((&mut loader).count(), 3);

    let mut dropping = DataLoader::builder(&ds).batch_size(4).drop_last(true).build().unwrap();
    assert_eq!(dropping.num_batches().unwrap(), 2);
    assert_eq!((&mut dropping).count(), 2);

    // A seeded shuffle is a permutation, the same for two loaders with the same seed.
    let order = |seed| -> Vec<i64> {
        let loader = DataLoader::builder(&ds).batch_size(3).shuffle(true).seed(seed).build();
        loader.unwrap().take(4).flat_map(|b| labels(&b.unwrap())).collect()
    };
    let (a, b, c) = (order(7), order(7), order(8));
    assert_eq!(a, b);
    assert_ne!(a, c);
    let mut sorted = a.clone();
    sorted.sort();
    assert_eq!(sorted, (0..10).collect::<Vec<_>>());

    // With workers and a reset in the middle of an epoch.
    let mut workers = DataLoader::builder(&ds).batch_size(2).num_workers(2).prefetch_factor(2);
    let mut loader = workers.clone().build().unwrap();
    assert_eq!(labels(&loader.next().unwrap().unwrap()), [0, 1]);
    loader.reset().unwrap();
    let all: Vec<i64> = (&mut loader).flat_map(|b| labels(&b.unwrap())).collect();
    assert_eq!(all, (0..10).collect::<Vec<_>>());
    workers = workers.batch_size(0);
    let err = workers.build().unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument);
    assert!(err.message().contains("batch_size"), "{err}");
}

#[test]
fn subsets_and_random_splits() {
    let ds = numbers();
    let sub = ds.subset(&[9, 0, 4]).unwrap();
    assert_eq!(sub.size().unwrap(), 3);
    assert_eq!(sub.get(0).unwrap()[1].item_i64().unwrap(), 9);
    assert_eq!(ds.subset(&[10]).unwrap_err().status(), Status::Index);

    let parts = ds.random_split(&[7, 3], 42).unwrap();
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0].size().unwrap(), 7);
    let mut seen: Vec<i64> = parts
        .iter()
        .flat_map(|p| (0..p.size().unwrap()).map(|i| p.get(i).unwrap()[1].item_i64().unwrap()))
        .collect();
    seen.sort();
    assert_eq!(seen, (0..10).collect::<Vec<_>>());
    let again = ds.random_split(&[7, 3], 42).unwrap();
    assert_eq!(
        again[1].get(0).unwrap()[1].item_i64().unwrap(),
        parts[1].get(0).unwrap()[1].item_i64().unwrap()
    );
    let err = ds.random_split(&[7, 4], 42).unwrap_err();
    assert_eq!(err.status(), Status::InvalidArgument, "{err}");
    // A dataset outlives the handle it was split from, and moves to other threads.
    drop(ds);
    let size = std::thread::spawn(move || parts[0].size().unwrap()).join().unwrap();
    assert_eq!(size, 7);
}

#[test]
fn csv_files_become_feature_rows_and_labels() {
    let dir = temp_dir("csv");
    let path = dir.join("points.csv");
    std::fs::write(&path, "a,b,label\n1.5,2,0\n-1,0.25,1\n3,4,1\n").unwrap();
    let ds = Dataset::csv(&path, "label").unwrap();
    assert_eq!(ds.size().unwrap(), 3);
    let ex = ds.get(1).unwrap();
    assert_eq!(ex[0].to_vec::<f32>().unwrap(), [-1.0, 0.25]);
    assert_eq!(ex[1].dtype(), DType::I64);
    assert_eq!(ex[1].item_i64().unwrap(), 1);
    let err = Dataset::csv(&path, "nope").unwrap_err();
    assert!(err.message().contains("nope"), "{err}");
    let err = Dataset::csv(dir.join("missing.csv"), "label").unwrap_err();
    assert_eq!(err.status(), Status::Io);
    assert!(err.message().contains("missing.csv"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn image_folders_and_idx_files_report_what_is_missing() {
    let dir = temp_dir("img");
    let err = Dataset::image_folder(dir.join("none"), &[Transform::ToFloat]).unwrap_err();
    assert!(err.message().contains("none"), "{err}");
    let err = Dataset::idx(dir.join("images.idx"), dir.join("labels.idx")).unwrap_err();
    assert_eq!(err.status(), Status::Io);
    assert!(err.message().contains("images.idx"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn fashion_mnist_test_set_when_installed() {
    let root = std::path::Path::new("/usr/share/datasets/fashion-mnist");
    if !root.exists() {
        eprintln!("Fashion-MNIST not installed (dataset-fashion-mnist); skipping");
        return;
    }
    let test = Dataset::fashion_mnist(None, false).unwrap();
    assert_eq!(test.size().unwrap(), 10000);
    let ex = test.get(0).unwrap();
    assert_eq!(ex[0].shape(), vec![28, 28]);
    assert_eq!(ex[0].dtype(), DType::U8);
    assert_eq!(ex[1].item_i64().unwrap(), 9); // the first test image is an ankle boot
    let mut loader = DataLoader::builder(&test).batch_size(1000).build().unwrap();
    let batch = loader.next().unwrap().unwrap();
    assert_eq!(batch[0].shape(), vec![1000, 28, 28]);
    let err = Dataset::fashion_mnist(Some(std::path::Path::new("/nonexistent")), true).unwrap_err();
    assert_eq!(err.status(), Status::Io, "{err}");
}

/// Counts its drops: a closure capturing one is dropped when the count goes up.
struct DropCounter(std::sync::Arc<std::sync::atomic::AtomicUsize>);
impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }
}

#[test]
fn datasets_served_by_a_closure() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let drops = Arc::new(AtomicUsize::new(0));
    let guard = DropCounter(drops.clone());
    let ds = Dataset::from_fn(6, move |i| {
        let _keep = &guard;
        match i {
            4 => Err(ignis::Error::new(Status::Shape, "example 4 is broken")),
            5 => panic!("example 5 panics"),
            _ => Ok(vec![t(&[i as f32, (i * i) as f32], &[2]), Tensor::from_slice(&[i], &[])?]),
        }
    })
    .unwrap();
    assert_eq!(ds.size().unwrap(), 6);
    assert_eq!(ds.get(3).unwrap()[0].to_vec::<f32>().unwrap(), [3.0, 9.0]);
    let err = ds.get(4).unwrap_err();
    assert_eq!(err.status(), Status::Shape);
    assert_eq!(err.message(), "example 4 is broken");
    let err = ds.get(5).unwrap_err();
    assert_eq!(err.status(), Status::Internal);
    assert!(err.message().contains("panicked at index 5"), "{err}");

    // Workers call it from their threads; the failing batch is an Err item.
    let loader = DataLoader::builder(&ds).batch_size(2).num_workers(2).build().unwrap();
    let items: Vec<_> = loader.take(3).collect();
    assert_eq!(labels(items[1].as_ref().unwrap()), [2, 3]);
    assert_eq!(items[0].as_ref().unwrap()[0].shape(), vec![2, 2]);
    assert!(items[2].is_err());
    let sub = ds.subset(&[0, 1]).unwrap();
    drop(ds);
    assert_eq!(drops.load(Ordering::SeqCst), 0); // the subset keeps it
    drop(sub);
    assert_eq!(drops.load(Ordering::SeqCst), 1);
}

/// A minimal 8-bit grayscale PNG (zlib stream with one stored deflate block), so the test needs
/// no image library.
fn png_gray(width: u32, height: u32, pixels: &[u8]) -> Vec<u8> {
    fn crc32(data: &[u8]) -> u32 {
        let mut c = !0u32;
        for &b in data {
            c ^= u32::from(b);
            for _ in 0..8 {
                c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            }
        }
        !c
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend((data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend(data);
        out.extend(&body);
        out.extend(crc32(&body).to_be_bytes());
    }
    let mut raw = Vec::new(); // each row: filter type 0, then the pixels
    for row in pixels.chunks(width as usize) {
        raw.push(0);
        raw.extend(row);
    }
    let (mut a, mut b) = (1u32, 0u32);
    for &x in &raw {
        a = (a + u32::from(x)) % 65521;
        b = (b + a) % 65521;
    }
    let mut z = vec![0x78, 0x01, 1]; // zlib header, final stored block
    z.extend((raw.len() as u16).to_le_bytes());
    z.extend((!(raw.len() as u16)).to_le_bytes());
    z.extend(&raw);
    z.extend(((b << 16) | a).to_be_bytes());
    let mut ihdr = Vec::new();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]); // 8 bits, grayscale, deflate, no filter method, no interlace
    let mut png = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
    chunk(&mut png, b"IHDR", &ihdr);
    chunk(&mut png, b"IDAT", &z);
    chunk(&mut png, b"IEND", &[]);
    png
}

#[test]
fn image_folders_apply_transforms() {
    let dir = temp_dir("folder");
    for (class, value) in [("cat", 0u8), ("dog", 255u8)] {
        std::fs::create_dir_all(dir.join(class)).unwrap();
        std::fs::write(dir.join(class).join("a.png"), png_gray(3, 2, &[value; 6])).unwrap();
    }
    let plain = Dataset::image_folder(&dir, &[]).unwrap();
    assert_eq!(plain.size().unwrap(), 2);
    let ex = plain.get(1).unwrap();
    assert_eq!(ex[0].dtype(), DType::U8);
    assert_eq!(ex[1].item_i64().unwrap(), 1); // "dog", the second class sorted
    let ds = Dataset::image_folder(
        &dir,
        &[
            Transform::ToFloat,
            Transform::Resize { height: 4, width: 6 },
            Transform::Normalize { mean: vec![0.5], std: vec![0.5] },
        ],
    )
    .unwrap();
    let img = &ds.get(1).unwrap()[0];
    assert_eq!(img.dtype(), DType::F32);
    assert_eq!(img.numel(), 24);
    assert!(img.to_vec::<f32>().unwrap().iter().all(|v| (v - 1.0).abs() < 1e-6));
    let img = &ds.get(0).unwrap()[0];
    assert!(img.to_vec::<f32>().unwrap().iter().all(|v| (v + 1.0).abs() < 1e-6));
    // A bad transform is an error naming it, at creation or at the latest when an image is read.
    let bad = Dataset::image_folder(&dir, &[Transform::Normalize { mean: vec![0.5], std: vec![] }])
        .and_then(|d| d.get(0));
    let err = bad.unwrap_err();
    assert!(err.message().contains("std"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
