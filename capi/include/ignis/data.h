/* Ignis C API: data — datasets (tensors, IDX / Fashion-MNIST, CSV, image folders, subsets,
 * random splits, caller callbacks) and data loaders (batching, seeded shuffling, drop_last,
 * worker threads, prefetching). Pure C11.
 *
 * Ownership: every ignis_dataset* / ignis_dataloader* / ignis_tensor* received is a new
 * reference the caller owns. A subset, a split and a loader keep their dataset alive. Arrays of
 * tensors come back malloc'ed and are freed with ignis_tensor_array_free.
 * Thread safety: handles may be retained and released from any thread. A dataset may be read
 * (size, get) from several threads at once and may feed several loaders. A data loader must not
 * be used from two threads at once; with num_workers > 0 its worker threads build batches
 * (calling dataset gets, transforms and callbacks) while the caller consumes them.
 * Callbacks (ignis_dataset_callbacks) run on the thread calling ignis_dataset_get /
 * ignis_dataloader_next when num_workers is 0, and on the loader's worker threads otherwise,
 * possibly several at once: get must be safe to call concurrently. */
#ifndef IGNIS_DATA_H
#define IGNIS_DATA_H

#include "ignis/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Opaque refcounted dataset and data loader; used only through pointers. */
typedef struct ignis_dataset ignis_dataset;
typedef struct ignis_dataloader ignis_dataloader;

/* ---- datasets ---- */

/* Example i is row i of each of the n tensors (all with the same first dim, n >= 1; shared,
 * not copied), as torch.utils.data.TensorDataset. */
IGNIS_API ignis_status ignis_dataset_from_tensors(const ignis_tensor* const* tensors, size_t n,
                                                  ignis_dataset** out);
/* Fashion-MNIST (train nonzero: the 60000 training images, else the 10000 test images) from the
 * IDX files under root (NULL: /usr/share/datasets/fashion-mnist, Debian's
 * dataset-fashion-mnist). Examples are a uint8 (28, 28) image and an int64 label. */
IGNIS_API ignis_status ignis_dataset_fashion_mnist(const char* root, int32_t train,
                                                   ignis_dataset** out);
/* Two IDX files (gzip or not), images (N, ...) and labels (N) of the MNIST family: examples are
 * (image row in its file's dtype, int64 label). IGNIS_ERROR_IO naming the file when one is
 * missing or corrupt; IGNIS_ERROR_SHAPE when the counts differ. */
IGNIS_API ignis_status ignis_dataset_idx(const char* images_path, const char* labels_path,
                                         ignis_dataset** out);
/* A CSV file with a header row: examples are a float32 row of the feature columns and the label.
 * options_json: {"label_column": "y" (required), "label_dtype": "int64" | "float32",
 * "delimiter": ","}. */
IGNIS_API ignis_status ignis_dataset_csv(const char* path, const char* options_json,
                                         ignis_dataset** out);
/* PNG images under root/<class>/ (classes sorted; examples (image, int64 class index)).
 * transforms_json (NULL or "" for none) is a JSON array applied in order, each an object with a
 * "type": {"type": "to_float"}, {"type": "resize", "height": 32, "width": 32},
 * {"type": "normalize", "mean": [0.5], "std": [0.5]}, {"type": "random_crop", "height": 28,
 * "width": 28, "padding": 4}, {"type": "random_horizontal_flip", "p": 0.5}. Random transforms
 * draw from the CPU generator (ignis_manual_seed). */
IGNIS_API ignis_status ignis_dataset_image_folder(const char* root, const char* transforms_json,
                                                  ignis_dataset** out);
/* The examples of ds at indices[0..n) in that order (each in [0, size)). */
IGNIS_API ignis_status ignis_dataset_subset(const ignis_dataset* ds, const int64_t* indices,
                                            size_t n, ignis_dataset** out);
/* Splits ds into n non-overlapping random subsets of the given lengths (summing to its size),
 * shuffled by a generator seeded with seed, as torch.utils.data.random_split; out is a caller
 * array of n handles (all NULL on failure). */
IGNIS_API ignis_status ignis_dataset_random_split(const ignis_dataset* ds, const int64_t* lengths,
                                                  size_t n, uint64_t seed, ignis_dataset** out);

/* A dataset served by the caller: get stores example `index`'s tensors (new references the
 * library takes over) into tensors[0..*count) with *count <= capacity (capacity is 16). A status
 * other than IGNIS_OK fails the get (or the batch) with the message the callback set through
 * ignis_set_last_error. destroy (may be NULL) runs once when the dataset goes away (at once
 * when creation fails), on the thread dropping the last reference. Set struct_size =
 * sizeof(ignis_dataset_callbacks). See the header comment for threads. */
typedef struct ignis_dataset_callbacks {
  size_t struct_size;
  int64_t size;
  ignis_status (*get)(int64_t index, ignis_tensor** tensors, size_t capacity, size_t* count,
                      void* user_data);
  void* user_data;
  void (*destroy)(void* user_data);
} ignis_dataset_callbacks;
/* A dataset of cb->size examples fetched through cb->get; the library copies *cb. */
IGNIS_API ignis_status ignis_dataset_from_callbacks(const ignis_dataset_callbacks* cb,
                                                    ignis_dataset** out);

/* Adds a reference to ds and returns ds (NULL-safe); any thread. */
IGNIS_API ignis_dataset* ignis_dataset_retain(ignis_dataset* ds);
/* Drops the caller's reference (NULL-safe). */
IGNIS_API void ignis_dataset_release(ignis_dataset* ds);
/* Number of examples into *out. */
IGNIS_API ignis_status ignis_dataset_size(const ignis_dataset* ds, int64_t* out);
/* Example i (0 <= i < size, else IGNIS_ERROR_INDEX) as *count tensors in a new array *out
 * (ignis_tensor_array_free). */
IGNIS_API ignis_status ignis_dataset_get(const ignis_dataset* ds, int64_t i, ignis_tensor*** out,
                                         size_t* count);

/* ---- data loaders ---- */

/* A loader of batches of ds. options_json: {"batch_size": 1, "shuffle": false, "seed": null
 * (an int seeds the loader's own shuffling generator, making every epoch's order reproducible;
 * null uses the CPU generator), "drop_last": false, "num_workers": 0, "prefetch_factor": 2}.
 * Batches stack field k of every example into field k (torch's default_collate). */
IGNIS_API ignis_status ignis_dataloader_create(ignis_dataset* ds, const char* options_json,
                                               ignis_dataloader** out);
/* Adds a reference to dl and returns dl (NULL-safe); any thread. */
IGNIS_API ignis_dataloader* ignis_dataloader_retain(ignis_dataloader* dl);
/* Drops the caller's reference (NULL-safe); stops and joins the workers with the last one. */
IGNIS_API void ignis_dataloader_release(ignis_dataloader* dl);
/* The next batch as *count tensors in a new array *batch (ignis_tensor_array_free). The first
 * call starts an epoch; at the end of an epoch it returns IGNIS_OK with *batch NULL and *count
 * 0, and the call after that starts the next epoch (with a new shuffle). An error building a
 * batch (a dataset callback, a transform, mismatched example shapes) is returned when that
 * batch is reached. */
IGNIS_API ignis_status ignis_dataloader_next(ignis_dataloader* dl, ignis_tensor*** batch,
                                             size_t* count);
/* Starts a new epoch now, abandoning the rest of the current one. */
IGNIS_API ignis_status ignis_dataloader_reset(ignis_dataloader* dl);
/* Batches per epoch into *out. */
IGNIS_API ignis_status ignis_dataloader_length(const ignis_dataloader* dl, int64_t* out);

#ifdef __cplusplus
}
#endif

#endif /* IGNIS_DATA_H */
