// generated from capi/include/ignis/*.h by codegen/gen.py - do not edit
// Raw declarations of the Ignis C API, read from the C headers by codegen/gen_rust_sys.py.
#![allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code)]
#![allow(clippy::all)]
#![allow(rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags)]

use std::os::raw::{c_char, c_void};

// ---- ignis/core.h
pub const IGNIS_VERSION_MAJOR: i32 = 0;
pub const IGNIS_VERSION_MINOR: i32 = 1;
pub const IGNIS_VERSION_PATCH: i32 = 0;
/// The C API level of these headers; grows by one with every addition to the API
/// (2: nn.h, optim.h, data.h; 3: custom autograd functions, grad_fn names, io.h;
/// 4: checkpoint.h).
pub const IGNIS_API_VERSION: i32 = 4;
/// Result of every fallible call. The values never change.
pub type ignis_status = i32;
pub const IGNIS_OK: ignis_status = 0;
pub const IGNIS_ERROR_INVALID_ARGUMENT: ignis_status = 1;
pub const IGNIS_ERROR_SHAPE: ignis_status = 2;
pub const IGNIS_ERROR_DTYPE: ignis_status = 3;
pub const IGNIS_ERROR_DEVICE: ignis_status = 4;
pub const IGNIS_ERROR_OUT_OF_MEMORY: ignis_status = 5;
pub const IGNIS_ERROR_IO: ignis_status = 6;
pub const IGNIS_ERROR_UNSUPPORTED: ignis_status = 7;
pub const IGNIS_ERROR_INTERNAL: ignis_status = 8;
pub const IGNIS_ERROR_INDEX: ignis_status = 9;
/// Not a status: makes the enum 32 bits wide, so any int32 a caller passes is a valid value
/// for the library to check (Vulkan's *_MAX_ENUM idiom). Likewise for the enums below.
pub const IGNIS_STATUS_MAX_ENUM: ignis_status = 2147483647;

/// Element types. The values never change.
pub type ignis_dtype = i32;
pub const IGNIS_BOOL: ignis_dtype = 0;
pub const IGNIS_UINT8: ignis_dtype = 1;
pub const IGNIS_INT8: ignis_dtype = 2;
pub const IGNIS_INT16: ignis_dtype = 3;
pub const IGNIS_INT32: ignis_dtype = 4;
pub const IGNIS_INT64: ignis_dtype = 5;
pub const IGNIS_FLOAT16: ignis_dtype = 6;
pub const IGNIS_BFLOAT16: ignis_dtype = 7;
pub const IGNIS_FLOAT32: ignis_dtype = 8;
pub const IGNIS_FLOAT64: ignis_dtype = 9;
pub const IGNIS_DTYPE_MAX_ENUM: ignis_dtype = 2147483647;

/// Device kinds. The values never change.
pub type ignis_device_type = i32;
pub const IGNIS_CPU: ignis_device_type = 0;
pub const IGNIS_CUDA: ignis_device_type = 1;
pub const IGNIS_DEVICE_TYPE_MAX_ENUM: ignis_device_type = 2147483647;

/// A device: its kind and, for CUDA, its ordinal.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct ignis_device {
    pub r#type: ignis_device_type,
    pub index: i32,
}

/// A number passed to ops (alpha, fill values): a bool, an integer or a float, by tag. Build one
/// with ignis_scalar_bool / ignis_scalar_int / ignis_scalar_float.
pub type ignis_scalar_kind = i32;
pub const IGNIS_SCALAR_BOOL: ignis_scalar_kind = 0;
pub const IGNIS_SCALAR_INT: ignis_scalar_kind = 1;
pub const IGNIS_SCALAR_FLOAT: ignis_scalar_kind = 2;
pub const IGNIS_SCALAR_KIND_MAX_ENUM: ignis_scalar_kind = 2147483647;

#[repr(C)]
#[derive(Copy, Clone)]
pub union ignis_scalar__value {
    /// IGNIS_SCALAR_BOOL (0 or 1) and IGNIS_SCALAR_INT
    pub i: i64,
    /// IGNIS_SCALAR_FLOAT
    pub f: f64,
}
#[repr(C)]
#[derive(Copy, Clone)]
pub struct ignis_scalar {
    /// an ignis_scalar_kind
    pub kind: i32,
    pub reserved: i32,
    pub value: ignis_scalar__value,
}

// ---- ignis/tensor.h
/// Opaque refcounted tensor; used only through pointers.
#[repr(C)]
pub struct ignis_tensor {
    _data: [u8; 0],
    _marker: core::marker::PhantomData<(*mut u8, core::marker::PhantomPinned)>,
}

/// DLPack's managed tensor (include <dlpack/dlpack.h> to use it).
#[repr(C)]
pub struct DLManagedTensor {
    _data: [u8; 0],
    _marker: core::marker::PhantomData<(*mut u8, core::marker::PhantomPinned)>,
}

/// Called once when the last view of from_blob memory goes away, on the releasing thread.
pub type ignis_deleter_fn = Option<unsafe extern "C" fn(data: *mut c_void, user_data: *mut c_void)>;

// ---- ignis/autograd.h
/// A gradient hook: called with the gradient (borrowed for the call). It may store a
/// replacement gradient in *replacement (a reference the library takes over) or leave it NULL to
/// keep the gradient. A status other than IGNIS_OK stops backward, and the message the callback
/// set with ignis_set_last_error reaches backward's caller. Runs on the thread calling
/// backward.
pub type ignis_grad_hook_fn = Option<unsafe extern "C" fn(grad: *const ignis_tensor, replacement: *mut *mut ignis_tensor, user_data: *mut c_void) -> ignis_status>;

/// A hook with its state; destroy (may be NULL) runs once, on any thread, when the hook goes
/// away with the tensor or its graph. Set struct_size = sizeof(ignis_grad_hook).
#[repr(C)]
#[derive(Copy, Clone)]
pub struct ignis_grad_hook {
    pub struct_size: usize,
    pub r#fn: ignis_grad_hook_fn,
    pub user_data: *mut c_void,
    pub destroy: Option<unsafe extern "C" fn(user_data: *mut c_void)>,
}

/// A custom function's backward: receives one gradient per output (grad_outputs, borrowed for the
/// call; an output that got no gradient gets zeros) and the tensors saved at apply (saved,
/// borrowed), and stores one gradient per input into grad_inputs[0..n_inputs) (new references
/// the library takes over; leave an entry NULL for no gradient). Gradients must have their
/// input's shape. A status other than IGNIS_OK stops backward, and the message set with
/// ignis_set_last_error reaches backward's caller. Runs on the thread calling backward, with grad
/// mode off unless backward was asked to create a graph.
pub type ignis_autograd_backward_fn = Option<unsafe extern "C" fn(grad_outputs: *const *const ignis_tensor, n_outputs: usize, saved: *const *const ignis_tensor, n_saved: usize, grad_inputs: *mut *mut ignis_tensor, n_inputs: usize, user_data: *mut c_void) -> ignis_status>;

/// A custom function: name (copied; shown as the outputs' grad_fn name), backward with its state.
/// destroy (may be NULL) runs once when the function's node goes away (with the graph, on the
/// thread freeing it), or at once when apply fails or no input requires grad. Set
/// struct_size = sizeof(ignis_autograd_function).
#[repr(C)]
#[derive(Copy, Clone)]
pub struct ignis_autograd_function {
    pub struct_size: usize,
    pub name: *const c_char,
    pub backward: ignis_autograd_backward_fn,
    pub user_data: *mut c_void,
    pub destroy: Option<unsafe extern "C" fn(user_data: *mut c_void)>,
}

// ---- ignis/ops.h
/// Tag of one dynamic argument (ignis_value).
pub type ignis_value_kind = i32;
/// None: the default, or None for an optional argument
pub const IGNIS_VALUE_NONE: ignis_value_kind = 0;
pub const IGNIS_VALUE_TENSOR: ignis_value_kind = 1;
pub const IGNIS_VALUE_TENSOR_LIST: ignis_value_kind = 2;
pub const IGNIS_VALUE_INT: ignis_value_kind = 3;
pub const IGNIS_VALUE_INT_LIST: ignis_value_kind = 4;
pub const IGNIS_VALUE_FLOAT: ignis_value_kind = 5;
pub const IGNIS_VALUE_BOOL: ignis_value_kind = 6;
pub const IGNIS_VALUE_SCALAR: ignis_value_kind = 7;
pub const IGNIS_VALUE_DTYPE: ignis_value_kind = 8;
pub const IGNIS_VALUE_DEVICE: ignis_value_kind = 9;
pub const IGNIS_VALUE_STRING: ignis_value_kind = 10;
pub const IGNIS_VALUE_KIND_MAX_ENUM: ignis_value_kind = 2147483647;

#[repr(C)]
#[derive(Copy, Clone)]
pub struct ignis_value__v__tensors {
    pub data: *const *const ignis_tensor,
    pub count: usize,
}
#[repr(C)]
#[derive(Copy, Clone)]
pub struct ignis_value__v__ints {
    pub data: *const i64,
    pub count: usize,
}
#[repr(C)]
#[derive(Copy, Clone)]
pub union ignis_value__v {
    pub tensor: *const ignis_tensor,
    pub tensors: ignis_value__v__tensors,
    pub i: i64,
    pub ints: ignis_value__v__ints,
    pub f: f64,
    pub b: i32,
    pub scalar: ignis_scalar,
    pub dtype: ignis_dtype,
    pub device: ignis_device,
    pub str: *const c_char,
}
/// One argument of ignis_op_call. Ints are accepted where floats and Scalars are expected, bools
/// where ints are, and a single int where an int list is. Everything pointed to is borrowed.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct ignis_value {
    /// an ignis_value_kind
    pub kind: i32,
    pub reserved: i32,
    pub v: ignis_value__v,
}

/// What ignis_op_schema reports about an op. Set struct_size = sizeof(ignis_op_info).
#[repr(C)]
#[derive(Copy, Clone)]
pub struct ignis_op_info {
    pub struct_size: usize,
    /// "add.Tensor"; in-place forms are "add_.Tensor"; static storage
    pub name: *const c_char,
    /// "add.Tensor(Tensor self, Tensor other, *, Scalar alpha=1) -> Tensor"
    pub schema: *const c_char,
    /// one line
    pub doc: *const c_char,
    pub num_args: usize,
    /// tensors returned; -1 for a Tensor[] of any length
    pub num_returns: i32,
    /// 1 for the in-place form (returns self)
    pub inplace: i32,
}

/// What ignis_op_arg reports about one argument. Set struct_size = sizeof(ignis_op_arg_info).
#[repr(C)]
#[derive(Copy, Clone)]
pub struct ignis_op_arg_info {
    pub struct_size: usize,
    /// static storage
    pub name: *const c_char,
    /// schema type: "Tensor", "int[]?", "Scalar", ...
    pub r#type: *const c_char,
    /// the ignis_value_kind it takes
    pub kind: i32,
    /// 1 when None is a valid value
    pub optional: i32,
    /// 1 when it may be omitted (IGNIS_VALUE_NONE or past n_args)
    pub has_default: i32,
    /// keyword-only in Python
    pub kwonly: i32,
}

// ---- ignis/nn.h
/// Opaque refcounted module; used only through pointers.
#[repr(C)]
pub struct ignis_module {
    _data: [u8; 0],
    _marker: core::marker::PhantomData<(*mut u8, core::marker::PhantomPinned)>,
}

/// What a state-dict load found: keys the module has that the source lacks (missing) and keys
/// the source has that the module lacks (unexpected). Set struct_size = sizeof(ignis_load_report)
/// before passing it; the library fills the rest (arrays freed by ignis_load_report_clear).
#[repr(C)]
#[derive(Copy, Clone)]
pub struct ignis_load_report {
    pub struct_size: usize,
    pub missing_keys: *mut *mut c_char,
    pub missing_count: usize,
    pub unexpected_keys: *mut *mut c_char,
    pub unexpected_count: usize,
}

// ---- ignis/optim.h
/// Opaque refcounted optimizer and scheduler; used only through pointers.
#[repr(C)]
pub struct ignis_optimizer {
    _data: [u8; 0],
    _marker: core::marker::PhantomData<(*mut u8, core::marker::PhantomPinned)>,
}

#[repr(C)]
pub struct ignis_scheduler {
    _data: [u8; 0],
    _marker: core::marker::PhantomData<(*mut u8, core::marker::PhantomPinned)>,
}

/// LambdaLR's callback: stores the factor for epoch `epoch` and parameter group `group` into
/// *factor (lr = initial lr * factor). A status other than IGNIS_OK stops the step and reaches
/// its caller with the message the callback set through ignis_set_last_error.
pub type ignis_lr_lambda_fn = Option<unsafe extern "C" fn(epoch: i64, group: usize, factor: *mut f64, user_data: *mut c_void) -> ignis_status>;

/// The callback with its state; destroy (may be NULL) runs once, on the thread releasing the
/// scheduler's last reference (or at once when creation fails). struct_size =
/// sizeof(ignis_lr_lambda).
#[repr(C)]
#[derive(Copy, Clone)]
pub struct ignis_lr_lambda {
    pub struct_size: usize,
    pub r#fn: ignis_lr_lambda_fn,
    pub user_data: *mut c_void,
    pub destroy: Option<unsafe extern "C" fn(user_data: *mut c_void)>,
}

// ---- ignis/data.h
/// Opaque refcounted dataset and data loader; used only through pointers.
#[repr(C)]
pub struct ignis_dataset {
    _data: [u8; 0],
    _marker: core::marker::PhantomData<(*mut u8, core::marker::PhantomPinned)>,
}

#[repr(C)]
pub struct ignis_dataloader {
    _data: [u8; 0],
    _marker: core::marker::PhantomData<(*mut u8, core::marker::PhantomPinned)>,
}

/// A dataset served by the caller: get stores example `index`'s tensors (new references the
/// library takes over) into tensors[0..*count) with *count <= capacity (capacity is 16). A status
/// other than IGNIS_OK fails the get (or the batch) with the message the callback set through
/// ignis_set_last_error. destroy (may be NULL) runs once when the dataset goes away (at once
/// when creation fails), on the thread dropping the last reference. Set struct_size =
/// sizeof(ignis_dataset_callbacks). See the header comment for threads.
#[repr(C)]
#[derive(Copy, Clone)]
pub struct ignis_dataset_callbacks {
    pub struct_size: usize,
    pub size: i64,
    pub get: Option<unsafe extern "C" fn(index: i64, tensors: *mut *mut ignis_tensor, capacity: usize, count: *mut usize, user_data: *mut c_void) -> ignis_status>,
    pub user_data: *mut c_void,
    pub destroy: Option<unsafe extern "C" fn(user_data: *mut c_void)>,
}

// ---- ignis/io.h
// ---- ignis/experimental.h
// functions of ignis/core.h
unsafe extern "C" {
    /// The API level of the loaded library (IGNIS_API_VERSION it was built with). Bindings refuse
    /// to run against a library older than the headers they were built with.
    pub fn ignis_api_version() -> i32;
    /// "MAJOR.MINOR.PATCH"; static storage, never freed.
    pub fn ignis_version_string() -> *const c_char;
    /// This thread's message for the last failed call ("" if none); valid until this thread's next
    /// failing call.
    pub fn ignis_last_error() -> *const c_char;
    /// Sets this thread's error message (msg may be NULL) and returns status unchanged; callbacks
    /// (hooks, deleters' callers) use it so that their message reaches the caller intact.
    pub fn ignis_set_last_error(status: ignis_status, msg: *const c_char) -> ignis_status;
    /// Frees a string the library returned (ignis_tensor_to_string); NULL-safe; any thread.
    pub fn ignis_string_free(s: *mut c_char);
    /// A short name for a status code ("shape", "dtype", ...); static storage.
    pub fn ignis_status_name(status: ignis_status) -> *const c_char;
    /// Size in bytes of one element of dtype (0 for an invalid dtype).
    pub fn ignis_dtype_itemsize(dtype: ignis_dtype) -> usize;
    /// PyTorch-style name of dtype ("float32"); static storage; "invalid" for bad values.
    pub fn ignis_dtype_name(dtype: ignis_dtype) -> *const c_char;
    /// Seeds every default random generator (CPU and CUDA).
    pub fn ignis_manual_seed(seed: u64) -> ignis_status;
    /// Sets the number of threads intra-op loops use (n >= 1), process-wide.
    pub fn ignis_set_num_threads(n: i32) -> ignis_status;
    pub fn ignis_get_num_threads() -> i32;
    /// 1 when a CUDA device is usable, else 0.
    pub fn ignis_cuda_is_available() -> i32;
    pub fn ignis_cuda_device_count() -> i32;
    /// Grad mode is per thread. Sets it and stores the previous value in *prev (may be NULL).
    pub fn ignis_grad_mode_set(enabled: i32, prev: *mut i32) -> ignis_status;
    pub fn ignis_grad_mode_is_enabled() -> i32;
    /// Inference mode (no history, per thread); *prev receives the previous state (may be NULL).
    pub fn ignis_inference_mode_set(enabled: i32, prev: *mut i32) -> ignis_status;
}

// functions of ignis/tensor.h
unsafe extern "C" {
    /// Adds a reference to t and returns t (NULL-safe); any thread.
    pub fn ignis_tensor_retain(t: *mut ignis_tensor) -> *mut ignis_tensor;
    /// Drops the caller's reference to t, freeing it with the last one (NULL-safe); any thread.
    pub fn ignis_tensor_release(t: *mut ignis_tensor);
    /// Releases count handles of an array the library returned, then frees the array (NULL-safe).
    pub fn ignis_tensor_array_free(tensors: *mut *mut ignis_tensor, count: usize);
    /// New CPU tensor holding a copy of nbytes of row-major data (nbytes must equal numel * itemsize;
    /// data may be NULL when that is 0); *out is owned by the caller; any thread.
    pub fn ignis_tensor_from_data(data: *const c_void, nbytes: usize, shape: *const i64, ndim: usize, dtype: ignis_dtype, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Wraps caller memory without copying (strides in elements, NULL = row-major). On success the
    /// tensor owns the memory and calls deleter(data, user_data) (deleter may be NULL) when its last
    /// view goes away; on failure nothing is taken and the deleter is never called. Any thread.
    pub fn ignis_tensor_from_blob(data: *mut c_void, shape: *const i64, strides: *const i64, ndim: usize, dtype: ignis_dtype, device: ignis_device, deleter: ignis_deleter_fn, user_data: *mut c_void, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Number of dimensions; -1 (with an error message) when t is NULL.
    pub fn ignis_tensor_ndim(t: *const ignis_tensor) -> i64;
    /// Number of elements; -1 (with an error message) when t is NULL.
    pub fn ignis_tensor_numel(t: *const ignis_tensor) -> i64;
    /// Copies the ndim sizes into out (capacity elements, at least ndim).
    pub fn ignis_tensor_shape(t: *const ignis_tensor, out: *mut i64, capacity: usize) -> ignis_status;
    /// Copies the ndim strides (in elements) into out (capacity elements, at least ndim).
    pub fn ignis_tensor_strides(t: *const ignis_tensor, out: *mut i64, capacity: usize) -> ignis_status;
    /// The element type into *out.
    pub fn ignis_tensor_dtype(t: *const ignis_tensor, out: *mut ignis_dtype) -> ignis_status;
    /// The device into *out.
    pub fn ignis_tensor_device(t: *const ignis_tensor, out: *mut ignis_device) -> ignis_status;
    /// 1 into *out when the elements are row-major and dense, else 0.
    pub fn ignis_tensor_is_contiguous(t: *const ignis_tensor, out: *mut i32) -> ignis_status;
    /// Borrowed address of element 0 of a CPU tensor (strided as ignis_tensor_strides says); valid
    /// while the handle lives; device error for CUDA tensors.
    pub fn ignis_tensor_data(t: *const ignis_tensor, out: *mut *mut c_void) -> ignis_status;
    /// Copies the elements, row-major, into a caller buffer of nbytes bytes (must equal
    /// numel * itemsize; any device and layout).
    pub fn ignis_tensor_copy_to(t: *const ignis_tensor, buffer: *mut c_void, nbytes: usize) -> ignis_status;
    /// PyTorch-style text ("tensor([1., 2.])") into *out; the caller frees it with
    /// ignis_string_free.
    pub fn ignis_tensor_to_string(t: *const ignis_tensor, out: *mut *mut c_char) -> ignis_status;
    /// The single element converted to double; invalid argument unless numel == 1.
    pub fn ignis_tensor_item_double(t: *const ignis_tensor, out: *mut f64) -> ignis_status;
    /// The single element converted to int64 (floats truncate); invalid argument unless numel == 1.
    pub fn ignis_tensor_item_int64(t: *const ignis_tensor, out: *mut i64) -> ignis_status;
    /// t converted to dtype on device (t itself, retained, when nothing changes and copy is 0).
    pub fn ignis_tensor_to(t: *const ignis_tensor, dtype: ignis_dtype, device: ignis_device, copy: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// t itself (retained) when contiguous, else a contiguous copy.
    pub fn ignis_tensor_contiguous(t: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// A copy with its own memory (history is recorded).
    pub fn ignis_tensor_clone(t: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// A view sharing t's memory, cut from history (requires_grad 0).
    pub fn ignis_tensor_detach(t: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Copies src into dst in place (broadcasting, converting dtype and device).
    pub fn ignis_tensor_copy_(dst: *mut ignis_tensor, src: *const ignis_tensor) -> ignis_status;
    /// t with a new shape of the same numel (one size may be -1); t must be viewable.
    pub fn ignis_tensor_view(t: *const ignis_tensor, shape: *const i64, ndim: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// t with a new shape: a view when possible, else a copy.
    pub fn ignis_tensor_reshape(t: *const ignis_tensor, shape: *const i64, ndim: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Swaps dims dim0 and dim1 (negative dims count from the end).
    pub fn ignis_tensor_transpose(t: *const ignis_tensor, dim0: i64, dim1: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Reorders the dims (ndim entries, a permutation).
    pub fn ignis_tensor_permute(t: *const ignis_tensor, dims: *const i64, ndim: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Elements start, start+step, ... below end along dim (start/end NULL = the whole range).
    pub fn ignis_tensor_slice(t: *const ignis_tensor, dim: i64, start: *const i64, end: *const i64, step: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// The slice at index along dim, with that dim removed.
    pub fn ignis_tensor_select(t: *const ignis_tensor, dim: i64, index: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Broadcasts t to shape (-1 keeps a size).
    pub fn ignis_tensor_expand(t: *const ignis_tensor, shape: *const i64, ndim: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Removes size-1 dims: dim NULL removes all, else only *dim.
    pub fn ignis_tensor_squeeze(t: *const ignis_tensor, dim: *const i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Inserts a size-1 dim at dim.
    pub fn ignis_tensor_unsqueeze(t: *const ignis_tensor, dim: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Merges dims start_dim..end_dim into one.
    pub fn ignis_tensor_flatten(t: *const ignis_tensor, start_dim: i64, end_dim: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Uninitialized tensor of the given shape.
    pub fn ignis_empty(shape: *const i64, ndim: usize, dtype: ignis_dtype, device: ignis_device, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Tensor of zeros.
    pub fn ignis_zeros(shape: *const i64, ndim: usize, dtype: ignis_dtype, device: ignis_device, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Tensor of ones.
    pub fn ignis_ones(shape: *const i64, ndim: usize, dtype: ignis_dtype, device: ignis_device, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Tensor filled with value.
    pub fn ignis_full(shape: *const i64, ndim: usize, value: ignis_scalar, dtype: ignis_dtype, device: ignis_device, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 1-D tensor start, start+step, ... below end.
    pub fn ignis_arange(start: ignis_scalar, end: ignis_scalar, step: ignis_scalar, dtype: ignis_dtype, device: ignis_device, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 1-D tensor of steps values evenly spaced from start to end inclusive.
    pub fn ignis_linspace(start: f64, end: f64, steps: i64, dtype: ignis_dtype, device: ignis_device, out: *mut *mut ignis_tensor) -> ignis_status;
    /// n x m identity matrix (m < 0 means m = n).
    pub fn ignis_eye(n: i64, m: i64, dtype: ignis_dtype, device: ignis_device, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Uniform samples in [0, 1). seed NULL draws from the default generator (ignis_manual_seed);
    /// a seed draws from a fresh generator seeded with *seed (reproducible, thread-independent).
    pub fn ignis_rand(shape: *const i64, ndim: usize, dtype: ignis_dtype, device: ignis_device, seed: *const u64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Standard normal samples; seed as for ignis_rand.
    pub fn ignis_randn(shape: *const i64, ndim: usize, dtype: ignis_dtype, device: ignis_device, seed: *const u64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Integers uniform in [low, high); seed as for ignis_rand.
    pub fn ignis_randint(low: i64, high: i64, shape: *const i64, ndim: usize, dtype: ignis_dtype, device: ignis_device, seed: *const u64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Exports t without copying; the caller owns *out and ends it by calling (*out)->deleter(*out),
    /// which releases the tensor (any thread).
    pub fn ignis_tensor_to_dlpack(t: *const ignis_tensor, out: *mut *mut DLManagedTensor) -> ignis_status;
    /// Imports src without copying. On success the tensor owns src and calls src->deleter when its
    /// last view goes away; on failure the caller still owns src. CPU memory always; CUDA memory
    /// only when CUDA is available (else a device error); other devices and dtypes are errors.
    pub fn ignis_tensor_from_dlpack(src: *mut DLManagedTensor, out: *mut *mut ignis_tensor) -> ignis_status;
}

// functions of ignis/autograd.h
unsafe extern "C" {
    /// 1 into *out when t records history for autograd.
    pub fn ignis_tensor_requires_grad(t: *const ignis_tensor, out: *mut i32) -> ignis_status;
    /// Marks a leaf tensor as needing gradients (or not); error for non-leaves turned off.
    pub fn ignis_tensor_set_requires_grad(t: *mut ignis_tensor, requires_grad: i32) -> ignis_status;
    /// 1 into *out when t was not produced by a recorded op.
    pub fn ignis_tensor_is_leaf(t: *const ignis_tensor, out: *mut i32) -> ignis_status;
    /// Keeps .grad for a non-leaf after backward.
    pub fn ignis_tensor_retain_grad(t: *mut ignis_tensor) -> ignis_status;
    /// The accumulated gradient into *out (a new reference), or NULL when there is none.
    pub fn ignis_tensor_grad(t: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Replaces t's .grad with grad (NULL clears it).
    pub fn ignis_tensor_set_grad(t: *mut ignis_tensor, grad: *const ignis_tensor) -> ignis_status;
    /// Backpropagates from t (one element unless gradient is given; gradient may be NULL) and
    /// accumulates into the .grad of every leaf that requires grad. Frees the graph unless
    /// retain_graph; with create_graph the gradients record history themselves.
    pub fn ignis_tensor_backward(t: *const ignis_tensor, gradient: *const ignis_tensor, retain_graph: i32, create_graph: i32) -> ignis_status;
    /// Backward from several outputs at once (grad_outputs may be NULL, or hold NULL entries meaning
    /// ones for one-element outputs; n_grad_outputs is 0 or n_outputs).
    pub fn ignis_autograd_backward(outputs: *const *const ignis_tensor, n_outputs: usize, grad_outputs: *const *const ignis_tensor, n_grad_outputs: usize, retain_graph: i32, create_graph: i32) -> ignis_status;
    /// d(outputs)/d(inputs) weighted by grad_outputs, written to grads[0..n_inputs) (caller array;
    /// each entry a new reference, or NULL for an unused input when allow_unused). No .grad is
    /// touched. On failure every grads entry is NULL.
    pub fn ignis_autograd_grad(outputs: *const *const ignis_tensor, n_outputs: usize, inputs: *const *const ignis_tensor, n_inputs: usize, grad_outputs: *const *const ignis_tensor, n_grad_outputs: usize, retain_graph: i32, create_graph: i32, allow_unused: i32, grads: *mut *mut ignis_tensor) -> ignis_status;
    /// Registers hook on t's gradient (t must require grad); the library copies *hook and owns
    /// user_data from then on (destroy runs even when registration fails).
    pub fn ignis_tensor_register_hook(t: *const ignis_tensor, hook: *const ignis_grad_hook) -> ignis_status;
    /// The name of the node that produced t ("AddBackward0", a custom function's name) into *out
    /// (ignis_string_free), or NULL into *out for a tensor without history (a leaf).
    pub fn ignis_tensor_grad_fn_name(t: *const ignis_tensor, out: *mut *mut c_char) -> ignis_status;
    /// Records a custom function: the caller computed outputs[0..n_outputs) from inputs[0..n_inputs)
    /// itself (typically with grad mode off); results[0..n_outputs) (a caller array) receive new
    /// tensors sharing the outputs' memory whose grad_fn runs fn->backward when any input requires
    /// grad (else plain aliases). saved[0..n_saved) (inputs, outputs or any tensor) are kept for
    /// backward and checked for in-place changes when backward unpacks them. The library copies *fn
    /// and owns user_data from then on (except when fn->struct_size is wrong). NULL inputs are
    /// allowed (no gradient flows to them).
    pub fn ignis_autograd_function_apply(fn_: *const ignis_autograd_function, inputs: *const *const ignis_tensor, n_inputs: usize, outputs: *const *const ignis_tensor, n_outputs: usize, saved: *const *const ignis_tensor, n_saved: usize, results: *mut *mut ignis_tensor) -> ignis_status;
}

// functions of ignis/ops.h
unsafe extern "C" {
    /// Number of ops ignis_op_call knows (plain and in-place forms); any thread.
    pub fn ignis_op_count() -> usize;
    /// Name of op i ("add.Tensor"), static storage; NULL when i >= ignis_op_count(); any thread.
    pub fn ignis_op_name(i: usize) -> *const c_char;
    /// Describes op name into *info (static strings); any thread.
    pub fn ignis_op_schema(name: *const c_char, info: *mut ignis_op_info) -> ignis_status;
    /// Describes argument i of op name into *info (static strings); any thread.
    pub fn ignis_op_arg(name: *const c_char, i: usize, info: *mut ignis_op_arg_info) -> ignis_status;
    /// Calls op name with positional args (missing trailing ones take their defaults); writes the
    /// results, new references the caller owns, to outs[0..*n_outs) (outs_capacity entries; too few
    /// is an invalid-argument error and nothing is returned). n_outs may be NULL; any thread.
    pub fn ignis_op_call(name: *const c_char, args: *const ignis_value, n_args: usize, outs: *mut *mut ignis_tensor, outs_capacity: usize, n_outs: *mut usize) -> ignis_status;
    /// Negative of each element (-x). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_neg(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Negative of each element (-x). (modifies self in place; any thread.)
    pub fn ignis_neg_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Negative of each element (-x). (writes into out; any thread.)
    pub fn ignis_neg_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Absolute value of each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_abs(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Absolute value of each element. (modifies self in place; any thread.)
    pub fn ignis_abs_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Absolute value of each element. (writes into out; any thread.)
    pub fn ignis_abs_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Sign of each element: -1, 0 or 1 (0 for NaN). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_sign(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Sign of each element: -1, 0 or 1 (0 for NaN). (modifies self in place; any thread.)
    pub fn ignis_sign_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Sign of each element: -1, 0 or 1 (0 for NaN). (writes into out; any thread.)
    pub fn ignis_sign_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// e raised to each element; integer inputs give the default float dtype. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_exp(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// e raised to each element; integer inputs give the default float dtype. (modifies self in place; any thread.)
    pub fn ignis_exp_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// e raised to each element; integer inputs give the default float dtype. (writes into out; any thread.)
    pub fn ignis_exp_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// 2 raised to each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_exp2(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 2 raised to each element. (modifies self in place; any thread.)
    pub fn ignis_exp2_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// 2 raised to each element. (writes into out; any thread.)
    pub fn ignis_exp2_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// exp(x) - 1, accurate near zero. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_expm1(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// exp(x) - 1, accurate near zero. (modifies self in place; any thread.)
    pub fn ignis_expm1_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// exp(x) - 1, accurate near zero. (writes into out; any thread.)
    pub fn ignis_expm1_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Natural logarithm of each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_log(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Natural logarithm of each element. (modifies self in place; any thread.)
    pub fn ignis_log_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Natural logarithm of each element. (writes into out; any thread.)
    pub fn ignis_log_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Base-2 logarithm of each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_log2(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Base-2 logarithm of each element. (modifies self in place; any thread.)
    pub fn ignis_log2_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Base-2 logarithm of each element. (writes into out; any thread.)
    pub fn ignis_log2_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Base-10 logarithm of each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_log10(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Base-10 logarithm of each element. (modifies self in place; any thread.)
    pub fn ignis_log10_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Base-10 logarithm of each element. (writes into out; any thread.)
    pub fn ignis_log10_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// log(1 + x), accurate near zero. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_log1p(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// log(1 + x), accurate near zero. (modifies self in place; any thread.)
    pub fn ignis_log1p_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// log(1 + x), accurate near zero. (writes into out; any thread.)
    pub fn ignis_log1p_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Square root of each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_sqrt(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Square root of each element. (modifies self in place; any thread.)
    pub fn ignis_sqrt_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Square root of each element. (writes into out; any thread.)
    pub fn ignis_sqrt_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Reciprocal square root 1 / sqrt(x). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_rsqrt(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Reciprocal square root 1 / sqrt(x). (modifies self in place; any thread.)
    pub fn ignis_rsqrt_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Reciprocal square root 1 / sqrt(x). (writes into out; any thread.)
    pub fn ignis_rsqrt_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Reciprocal 1 / x. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_reciprocal(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Reciprocal 1 / x. (modifies self in place; any thread.)
    pub fn ignis_reciprocal_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Reciprocal 1 / x. (writes into out; any thread.)
    pub fn ignis_reciprocal_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Sine of each element (radians). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_sin(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Sine of each element (radians). (modifies self in place; any thread.)
    pub fn ignis_sin_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Sine of each element (radians). (writes into out; any thread.)
    pub fn ignis_sin_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Cosine of each element (radians). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_cos(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Cosine of each element (radians). (modifies self in place; any thread.)
    pub fn ignis_cos_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Cosine of each element (radians). (writes into out; any thread.)
    pub fn ignis_cos_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Tangent of each element (radians). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_tan(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Tangent of each element (radians). (modifies self in place; any thread.)
    pub fn ignis_tan_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Tangent of each element (radians). (writes into out; any thread.)
    pub fn ignis_tan_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Arcsine of each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_asin(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Arcsine of each element. (modifies self in place; any thread.)
    pub fn ignis_asin_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Arcsine of each element. (writes into out; any thread.)
    pub fn ignis_asin_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Arccosine of each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_acos(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Arccosine of each element. (modifies self in place; any thread.)
    pub fn ignis_acos_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Arccosine of each element. (writes into out; any thread.)
    pub fn ignis_acos_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Arctangent of each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_atan(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Arctangent of each element. (modifies self in place; any thread.)
    pub fn ignis_atan_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Arctangent of each element. (writes into out; any thread.)
    pub fn ignis_atan_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Hyperbolic sine of each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_sinh(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Hyperbolic sine of each element. (modifies self in place; any thread.)
    pub fn ignis_sinh_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Hyperbolic sine of each element. (writes into out; any thread.)
    pub fn ignis_sinh_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Hyperbolic cosine of each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_cosh(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Hyperbolic cosine of each element. (modifies self in place; any thread.)
    pub fn ignis_cosh_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Hyperbolic cosine of each element. (writes into out; any thread.)
    pub fn ignis_cosh_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Hyperbolic tangent of each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_tanh(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Hyperbolic tangent of each element. (modifies self in place; any thread.)
    pub fn ignis_tanh_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Hyperbolic tangent of each element. (writes into out; any thread.)
    pub fn ignis_tanh_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Logistic sigmoid 1 / (1 + exp(-x)). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_sigmoid(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Logistic sigmoid 1 / (1 + exp(-x)). (modifies self in place; any thread.)
    pub fn ignis_sigmoid_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Logistic sigmoid 1 / (1 + exp(-x)). (writes into out; any thread.)
    pub fn ignis_sigmoid_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// log(sigmoid(x)), computed without overflow. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_logsigmoid(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// log(sigmoid(x)), computed without overflow. (writes into out; any thread.)
    pub fn ignis_logsigmoid_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Rectified linear unit max(x, 0). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_relu(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Rectified linear unit max(x, 0). (modifies self in place; any thread.)
    pub fn ignis_relu_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// min(max(x, 0), 6). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_relu6(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// min(max(x, 0), 6). (modifies self in place; any thread.)
    pub fn ignis_relu6_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// x where x > 0, else negative_slope * x. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_leaky_relu(self_: *const ignis_tensor, negative_slope: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// x where x > 0, else negative_slope * x. (modifies self in place; any thread.)
    pub fn ignis_leaky_relu_inplace(self_: *mut ignis_tensor, negative_slope: ignis_scalar) -> ignis_status;
    /// x where x > 0, else negative_slope * x. (writes into out; any thread.)
    pub fn ignis_leaky_relu_out(out: *mut ignis_tensor, self_: *const ignis_tensor, negative_slope: ignis_scalar) -> ignis_status;
    /// scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_elu(self_: *const ignis_tensor, alpha: ignis_scalar, scale: ignis_scalar, input_scale: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1). (modifies self in place; any thread.)
    pub fn ignis_elu_inplace(self_: *mut ignis_tensor, alpha: ignis_scalar, scale: ignis_scalar, input_scale: ignis_scalar) -> ignis_status;
    /// scale * x where x > 0, else scale * alpha * (exp(input_scale * x) - 1). (writes into out; any thread.)
    pub fn ignis_elu_out(out: *mut ignis_tensor, self_: *const ignis_tensor, alpha: ignis_scalar, scale: ignis_scalar, input_scale: ignis_scalar) -> ignis_status;
    /// Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_selu(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Scaled ELU with the self-normalizing constants alpha = 1.6733, scale = 1.0507. (modifies self in place; any thread.)
    pub fn ignis_selu_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_gelu(self_: *const ignis_tensor, approximate: *const c_char, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. (modifies self in place; any thread.)
    pub fn ignis_gelu_inplace(self_: *mut ignis_tensor, approximate: *const c_char) -> ignis_status;
    /// Gaussian error linear unit x * Phi(x); approximate "tanh" uses the tanh formula. (writes into out; any thread.)
    pub fn ignis_gelu_out(out: *mut ignis_tensor, self_: *const ignis_tensor, approximate: *const c_char) -> ignis_status;
    /// x * sigmoid(x) (swish). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_silu(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// x * sigmoid(x) (swish). (modifies self in place; any thread.)
    pub fn ignis_silu_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// x * sigmoid(x) (swish). (writes into out; any thread.)
    pub fn ignis_silu_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// x * tanh(softplus(x)). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_mish(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// x * tanh(softplus(x)). (modifies self in place; any thread.)
    pub fn ignis_mish_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// x * tanh(softplus(x)). (writes into out; any thread.)
    pub fn ignis_mish_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// log(1 + exp(beta * x)) / beta, or x where beta * x > threshold. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_softplus(self_: *const ignis_tensor, beta: ignis_scalar, threshold: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// log(1 + exp(beta * x)) / beta, or x where beta * x > threshold. (writes into out; any thread.)
    pub fn ignis_softplus_out(out: *mut ignis_tensor, self_: *const ignis_tensor, beta: ignis_scalar, threshold: ignis_scalar) -> ignis_status;
    /// x * relu6(x + 3) / 6. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_hardswish(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// x * relu6(x + 3) / 6. (modifies self in place; any thread.)
    pub fn ignis_hardswish_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// x * relu6(x + 3) / 6. (writes into out; any thread.)
    pub fn ignis_hardswish_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// relu6(x + 3) / 6. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_hardsigmoid(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// relu6(x + 3) / 6. (modifies self in place; any thread.)
    pub fn ignis_hardsigmoid_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// relu6(x + 3) / 6. (writes into out; any thread.)
    pub fn ignis_hardsigmoid_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Gauss error function of each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_erf(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Gauss error function of each element. (modifies self in place; any thread.)
    pub fn ignis_erf_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Gauss error function of each element. (writes into out; any thread.)
    pub fn ignis_erf_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Inverse of the error function on (-1, 1). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_erfinv(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Inverse of the error function on (-1, 1). (modifies self in place; any thread.)
    pub fn ignis_erfinv_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Inverse of the error function on (-1, 1). (writes into out; any thread.)
    pub fn ignis_erfinv_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Largest integer not above each element (integers unchanged). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_floor(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Largest integer not above each element (integers unchanged). (modifies self in place; any thread.)
    pub fn ignis_floor_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Largest integer not above each element (integers unchanged). (writes into out; any thread.)
    pub fn ignis_floor_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Smallest integer not below each element (integers unchanged). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_ceil(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Smallest integer not below each element (integers unchanged). (modifies self in place; any thread.)
    pub fn ignis_ceil_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Smallest integer not below each element (integers unchanged). (writes into out; any thread.)
    pub fn ignis_ceil_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Nearest integer to each element, ties to even (integers unchanged). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_round(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Nearest integer to each element, ties to even (integers unchanged). (modifies self in place; any thread.)
    pub fn ignis_round_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Nearest integer to each element, ties to even (integers unchanged). (writes into out; any thread.)
    pub fn ignis_round_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_round_decimals(self_: *const ignis_tensor, decimals: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even. (modifies self in place; any thread.)
    pub fn ignis_round_decimals_inplace(self_: *mut ignis_tensor, decimals: i64) -> ignis_status;
    /// Rounds to the given number of decimals (negative: to tens, hundreds...), ties to even. (writes into out; any thread.)
    pub fn ignis_round_decimals_out(out: *mut ignis_tensor, self_: *const ignis_tensor, decimals: i64) -> ignis_status;
    /// Each element rounded toward zero (integers unchanged). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_trunc(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Each element rounded toward zero (integers unchanged). (modifies self in place; any thread.)
    pub fn ignis_trunc_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Each element rounded toward zero (integers unchanged). (writes into out; any thread.)
    pub fn ignis_trunc_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Fractional part x - trunc(x). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_frac(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Fractional part x - trunc(x). (modifies self in place; any thread.)
    pub fn ignis_frac_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Fractional part x - trunc(x). (writes into out; any thread.)
    pub fn ignis_frac_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// True where the element is NaN. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_isnan(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// True where the element is +inf or -inf. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_isinf(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// True where the element is neither NaN nor infinite. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_isfinite(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_nan_to_num(self_: *const ignis_tensor, nan: *const f64, posinf: *const f64, neginf: *const f64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). (modifies self in place; any thread.)
    pub fn ignis_nan_to_num_inplace(self_: *mut ignis_tensor, nan: *const f64, posinf: *const f64, neginf: *const f64) -> ignis_status;
    /// Replaces NaN with nan (default 0) and infinities with posinf/neginf (default the dtype's largest/lowest finite value). (writes into out; any thread.)
    pub fn ignis_nan_to_num_out(out: *mut ignis_tensor, self_: *const ignis_tensor, nan: *const f64, posinf: *const f64, neginf: *const f64) -> ignis_status;
    /// True where the element is zero (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_logical_not(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// True where the element is zero (bool result). (modifies self in place; any thread.)
    pub fn ignis_logical_not_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// True where the element is zero (bool result). (writes into out; any thread.)
    pub fn ignis_logical_not_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Bitwise NOT of integer elements (logical NOT for bool). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_bitwise_not(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Bitwise NOT of integer elements (logical NOT for bool). (modifies self in place; any thread.)
    pub fn ignis_bitwise_not_inplace(self_: *mut ignis_tensor) -> ignis_status;
    /// Bitwise NOT of integer elements (logical NOT for bool). (writes into out; any thread.)
    pub fn ignis_bitwise_not_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// self + alpha * other, broadcasting, with PyTorch type promotion. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_add_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, alpha: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self + alpha * other, broadcasting, with PyTorch type promotion. (modifies self in place; any thread.)
    pub fn ignis_add_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor, alpha: ignis_scalar) -> ignis_status;
    /// self + alpha * other, broadcasting, with PyTorch type promotion. (writes into out; any thread.)
    pub fn ignis_add_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor, alpha: ignis_scalar) -> ignis_status;
    /// self + alpha * other for a Scalar other. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_add_scalar(self_: *const ignis_tensor, other: ignis_scalar, alpha: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self + alpha * other for a Scalar other. (modifies self in place; any thread.)
    pub fn ignis_add_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar, alpha: ignis_scalar) -> ignis_status;
    /// self + alpha * other for a Scalar other. (writes into out; any thread.)
    pub fn ignis_add_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar, alpha: ignis_scalar) -> ignis_status;
    /// self - alpha * other, broadcasting (not for bool tensors). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_sub_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, alpha: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self - alpha * other, broadcasting (not for bool tensors). (modifies self in place; any thread.)
    pub fn ignis_sub_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor, alpha: ignis_scalar) -> ignis_status;
    /// self - alpha * other, broadcasting (not for bool tensors). (writes into out; any thread.)
    pub fn ignis_sub_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor, alpha: ignis_scalar) -> ignis_status;
    /// self - alpha * other for a Scalar other. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_sub_scalar(self_: *const ignis_tensor, other: ignis_scalar, alpha: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self - alpha * other for a Scalar other. (modifies self in place; any thread.)
    pub fn ignis_sub_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar, alpha: ignis_scalar) -> ignis_status;
    /// self - alpha * other for a Scalar other. (writes into out; any thread.)
    pub fn ignis_sub_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar, alpha: ignis_scalar) -> ignis_status;
    /// Elementwise product, broadcasting. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_mul_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Elementwise product, broadcasting. (modifies self in place; any thread.)
    pub fn ignis_mul_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Elementwise product, broadcasting. (writes into out; any thread.)
    pub fn ignis_mul_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Each element times a Scalar. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_mul_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Each element times a Scalar. (modifies self in place; any thread.)
    pub fn ignis_mul_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// Each element times a Scalar. (writes into out; any thread.)
    pub fn ignis_mul_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// True division; integer inputs give the default float dtype. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_div_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// True division; integer inputs give the default float dtype. (modifies self in place; any thread.)
    pub fn ignis_div_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// True division; integer inputs give the default float dtype. (writes into out; any thread.)
    pub fn ignis_div_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// True division by a Scalar. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_div_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// True division by a Scalar. (modifies self in place; any thread.)
    pub fn ignis_div_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// True division by a Scalar. (writes into out; any thread.)
    pub fn ignis_div_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// Division rounded by rounding_mode: None (true division), "trunc" or "floor". (*out is a new reference the caller owns; any thread.)
    pub fn ignis_div_tensor_mode(self_: *const ignis_tensor, other: *const ignis_tensor, rounding_mode: *const c_char, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Division rounded by rounding_mode: None (true division), "trunc" or "floor". (modifies self in place; any thread.)
    pub fn ignis_div_tensor_mode_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor, rounding_mode: *const c_char) -> ignis_status;
    /// Division rounded by rounding_mode: None (true division), "trunc" or "floor". (writes into out; any thread.)
    pub fn ignis_div_tensor_mode_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor, rounding_mode: *const c_char) -> ignis_status;
    /// Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor". (*out is a new reference the caller owns; any thread.)
    pub fn ignis_div_scalar_mode(self_: *const ignis_tensor, other: ignis_scalar, rounding_mode: *const c_char, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor". (modifies self in place; any thread.)
    pub fn ignis_div_scalar_mode_inplace(self_: *mut ignis_tensor, other: ignis_scalar, rounding_mode: *const c_char) -> ignis_status;
    /// Division by a Scalar rounded by rounding_mode: None, "trunc" or "floor". (writes into out; any thread.)
    pub fn ignis_div_scalar_mode_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar, rounding_mode: *const c_char) -> ignis_status;
    /// Division rounded toward negative infinity (Python //). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_floor_divide(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Division rounded toward negative infinity (Python //). (modifies self in place; any thread.)
    pub fn ignis_floor_divide_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Division rounded toward negative infinity (Python //). (writes into out; any thread.)
    pub fn ignis_floor_divide_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Floor division by a Scalar. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_floor_divide_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Floor division by a Scalar. (modifies self in place; any thread.)
    pub fn ignis_floor_divide_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// Floor division by a Scalar. (writes into out; any thread.)
    pub fn ignis_floor_divide_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// Python-style modulus: the result has the sign of the divisor. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_remainder_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Python-style modulus: the result has the sign of the divisor. (modifies self in place; any thread.)
    pub fn ignis_remainder_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Python-style modulus: the result has the sign of the divisor. (writes into out; any thread.)
    pub fn ignis_remainder_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Python-style modulus by a Scalar. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_remainder_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Python-style modulus by a Scalar. (modifies self in place; any thread.)
    pub fn ignis_remainder_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// Python-style modulus by a Scalar. (writes into out; any thread.)
    pub fn ignis_remainder_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// Python-style modulus of a Scalar by each element. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_remainder_scalar_tensor(self_: ignis_scalar, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Python-style modulus of a Scalar by each element. (writes into out; any thread.)
    pub fn ignis_remainder_scalar_tensor_out(out: *mut ignis_tensor, self_: ignis_scalar, other: *const ignis_tensor) -> ignis_status;
    /// C-style modulus: the result has the sign of the dividend. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_fmod_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// C-style modulus: the result has the sign of the dividend. (modifies self in place; any thread.)
    pub fn ignis_fmod_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// C-style modulus: the result has the sign of the dividend. (writes into out; any thread.)
    pub fn ignis_fmod_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// C-style modulus by a Scalar. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_fmod_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// C-style modulus by a Scalar. (modifies self in place; any thread.)
    pub fn ignis_fmod_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// C-style modulus by a Scalar. (writes into out; any thread.)
    pub fn ignis_fmod_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// self raised to exponent elementwise. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_pow_tensor_tensor(self_: *const ignis_tensor, exponent: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self raised to exponent elementwise. (modifies self in place; any thread.)
    pub fn ignis_pow_tensor_tensor_inplace(self_: *mut ignis_tensor, exponent: *const ignis_tensor) -> ignis_status;
    /// self raised to exponent elementwise. (writes into out; any thread.)
    pub fn ignis_pow_tensor_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, exponent: *const ignis_tensor) -> ignis_status;
    /// Each element raised to a Scalar exponent. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_pow_tensor_scalar(self_: *const ignis_tensor, exponent: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Each element raised to a Scalar exponent. (modifies self in place; any thread.)
    pub fn ignis_pow_tensor_scalar_inplace(self_: *mut ignis_tensor, exponent: ignis_scalar) -> ignis_status;
    /// Each element raised to a Scalar exponent. (writes into out; any thread.)
    pub fn ignis_pow_tensor_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, exponent: ignis_scalar) -> ignis_status;
    /// A Scalar raised to each element of exponent. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_pow_scalar_self(self_: ignis_scalar, exponent: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// A Scalar raised to each element of exponent. (writes into out; any thread.)
    pub fn ignis_pow_scalar_self_out(out: *mut ignis_tensor, self_: ignis_scalar, exponent: *const ignis_tensor) -> ignis_status;
    /// Arctangent of self / other in the right quadrant; integers give the default float dtype. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_atan2(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Arctangent of self / other in the right quadrant; integers give the default float dtype. (modifies self in place; any thread.)
    pub fn ignis_atan2_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Arctangent of self / other in the right quadrant; integers give the default float dtype. (writes into out; any thread.)
    pub fn ignis_atan2_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Elementwise maximum; NaN if either is NaN. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_maximum(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Elementwise maximum; NaN if either is NaN. (writes into out; any thread.)
    pub fn ignis_maximum_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Elementwise minimum; NaN if either is NaN. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_minimum(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Elementwise minimum; NaN if either is NaN. (writes into out; any thread.)
    pub fn ignis_minimum_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// self == other elementwise (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_eq_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self == other elementwise (bool result). (modifies self in place; any thread.)
    pub fn ignis_eq_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// self == other elementwise (bool result). (writes into out; any thread.)
    pub fn ignis_eq_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// self == a Scalar elementwise (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_eq_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self == a Scalar elementwise (bool result). (modifies self in place; any thread.)
    pub fn ignis_eq_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// self == a Scalar elementwise (bool result). (writes into out; any thread.)
    pub fn ignis_eq_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// self != other elementwise (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_ne_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self != other elementwise (bool result). (modifies self in place; any thread.)
    pub fn ignis_ne_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// self != other elementwise (bool result). (writes into out; any thread.)
    pub fn ignis_ne_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// self != a Scalar elementwise (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_ne_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self != a Scalar elementwise (bool result). (modifies self in place; any thread.)
    pub fn ignis_ne_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// self != a Scalar elementwise (bool result). (writes into out; any thread.)
    pub fn ignis_ne_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// self < other elementwise (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_lt_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self < other elementwise (bool result). (modifies self in place; any thread.)
    pub fn ignis_lt_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// self < other elementwise (bool result). (writes into out; any thread.)
    pub fn ignis_lt_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// self < a Scalar elementwise (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_lt_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self < a Scalar elementwise (bool result). (modifies self in place; any thread.)
    pub fn ignis_lt_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// self < a Scalar elementwise (bool result). (writes into out; any thread.)
    pub fn ignis_lt_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// self <= other elementwise (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_le_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self <= other elementwise (bool result). (modifies self in place; any thread.)
    pub fn ignis_le_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// self <= other elementwise (bool result). (writes into out; any thread.)
    pub fn ignis_le_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// self <= a Scalar elementwise (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_le_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self <= a Scalar elementwise (bool result). (modifies self in place; any thread.)
    pub fn ignis_le_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// self <= a Scalar elementwise (bool result). (writes into out; any thread.)
    pub fn ignis_le_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// self > other elementwise (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_gt_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self > other elementwise (bool result). (modifies self in place; any thread.)
    pub fn ignis_gt_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// self > other elementwise (bool result). (writes into out; any thread.)
    pub fn ignis_gt_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// self > a Scalar elementwise (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_gt_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self > a Scalar elementwise (bool result). (modifies self in place; any thread.)
    pub fn ignis_gt_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// self > a Scalar elementwise (bool result). (writes into out; any thread.)
    pub fn ignis_gt_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// self >= other elementwise (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_ge_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self >= other elementwise (bool result). (modifies self in place; any thread.)
    pub fn ignis_ge_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// self >= other elementwise (bool result). (writes into out; any thread.)
    pub fn ignis_ge_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// self >= a Scalar elementwise (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_ge_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self >= a Scalar elementwise (bool result). (modifies self in place; any thread.)
    pub fn ignis_ge_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// self >= a Scalar elementwise (bool result). (writes into out; any thread.)
    pub fn ignis_ge_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// Elementwise AND of truth values (nonzero is true; bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_logical_and(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Elementwise AND of truth values (nonzero is true; bool result). (modifies self in place; any thread.)
    pub fn ignis_logical_and_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Elementwise AND of truth values (nonzero is true; bool result). (writes into out; any thread.)
    pub fn ignis_logical_and_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Elementwise OR of truth values (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_logical_or(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Elementwise OR of truth values (bool result). (modifies self in place; any thread.)
    pub fn ignis_logical_or_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Elementwise OR of truth values (bool result). (writes into out; any thread.)
    pub fn ignis_logical_or_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Elementwise XOR of truth values (bool result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_logical_xor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Elementwise XOR of truth values (bool result). (modifies self in place; any thread.)
    pub fn ignis_logical_xor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Elementwise XOR of truth values (bool result). (writes into out; any thread.)
    pub fn ignis_logical_xor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Bitwise AND of integer or bool tensors. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_bitwise_and_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Bitwise AND of integer or bool tensors. (modifies self in place; any thread.)
    pub fn ignis_bitwise_and_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Bitwise AND of integer or bool tensors. (writes into out; any thread.)
    pub fn ignis_bitwise_and_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Bitwise AND with an integer or bool Scalar. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_bitwise_and_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Bitwise AND with an integer or bool Scalar. (modifies self in place; any thread.)
    pub fn ignis_bitwise_and_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// Bitwise AND with an integer or bool Scalar. (writes into out; any thread.)
    pub fn ignis_bitwise_and_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// Bitwise OR of integer or bool tensors. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_bitwise_or_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Bitwise OR of integer or bool tensors. (modifies self in place; any thread.)
    pub fn ignis_bitwise_or_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Bitwise OR of integer or bool tensors. (writes into out; any thread.)
    pub fn ignis_bitwise_or_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Bitwise OR with an integer or bool Scalar. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_bitwise_or_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Bitwise OR with an integer or bool Scalar. (modifies self in place; any thread.)
    pub fn ignis_bitwise_or_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// Bitwise OR with an integer or bool Scalar. (writes into out; any thread.)
    pub fn ignis_bitwise_or_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// Bitwise XOR of integer or bool tensors. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_bitwise_xor_tensor(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Bitwise XOR of integer or bool tensors. (modifies self in place; any thread.)
    pub fn ignis_bitwise_xor_tensor_inplace(self_: *mut ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Bitwise XOR of integer or bool tensors. (writes into out; any thread.)
    pub fn ignis_bitwise_xor_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Bitwise XOR with an integer or bool Scalar. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_bitwise_xor_scalar(self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Bitwise XOR with an integer or bool Scalar. (modifies self in place; any thread.)
    pub fn ignis_bitwise_xor_scalar_inplace(self_: *mut ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// Bitwise XOR with an integer or bool Scalar. (writes into out; any thread.)
    pub fn ignis_bitwise_xor_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar) -> ignis_status;
    /// Elements of self where the bool condition holds, else of other (broadcasting all three). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_where_self(condition: *const ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Elements of self where the bool condition holds, else of other (broadcasting all three). (writes into out; any thread.)
    pub fn ignis_where_self_out(out: *mut ignis_tensor, condition: *const ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// where with a Scalar self. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_where_scalar_self(condition: *const ignis_tensor, self_: ignis_scalar, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// where with a Scalar other. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_where_scalar_other(condition: *const ignis_tensor, self_: *const ignis_tensor, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// where choosing between two Scalars. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_where_scalar(condition: *const ignis_tensor, self_: ignis_scalar, other: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Each element limited to [min, max] (min > max gives max); NaN stays NaN. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_clamp(self_: *const ignis_tensor, min: *const ignis_scalar, max: *const ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Each element limited to [min, max] (min > max gives max); NaN stays NaN. (modifies self in place; any thread.)
    pub fn ignis_clamp_inplace(self_: *mut ignis_tensor, min: *const ignis_scalar, max: *const ignis_scalar) -> ignis_status;
    /// Each element limited to [min, max] (min > max gives max); NaN stays NaN. (writes into out; any thread.)
    pub fn ignis_clamp_out(out: *mut ignis_tensor, self_: *const ignis_tensor, min: *const ignis_scalar, max: *const ignis_scalar) -> ignis_status;
    /// Each element limited by broadcast min and max tensors (NaN bounds propagate). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_clamp_tensor(self_: *const ignis_tensor, min: *const ignis_tensor, max: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Each element limited by broadcast min and max tensors (NaN bounds propagate). (modifies self in place; any thread.)
    pub fn ignis_clamp_tensor_inplace(self_: *mut ignis_tensor, min: *const ignis_tensor, max: *const ignis_tensor) -> ignis_status;
    /// Each element limited by broadcast min and max tensors (NaN bounds propagate). (writes into out; any thread.)
    pub fn ignis_clamp_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, min: *const ignis_tensor, max: *const ignis_tensor) -> ignis_status;
    /// Linear interpolation self + weight * (end - self). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_lerp_scalar(self_: *const ignis_tensor, end: *const ignis_tensor, weight: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Linear interpolation self + weight * (end - self). (modifies self in place; any thread.)
    pub fn ignis_lerp_scalar_inplace(self_: *mut ignis_tensor, end: *const ignis_tensor, weight: ignis_scalar) -> ignis_status;
    /// Linear interpolation self + weight * (end - self). (writes into out; any thread.)
    pub fn ignis_lerp_scalar_out(out: *mut ignis_tensor, self_: *const ignis_tensor, end: *const ignis_tensor, weight: ignis_scalar) -> ignis_status;
    /// Linear interpolation with a broadcast weight tensor. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_lerp_tensor(self_: *const ignis_tensor, end: *const ignis_tensor, weight: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Linear interpolation with a broadcast weight tensor. (modifies self in place; any thread.)
    pub fn ignis_lerp_tensor_inplace(self_: *mut ignis_tensor, end: *const ignis_tensor, weight: *const ignis_tensor) -> ignis_status;
    /// Linear interpolation with a broadcast weight tensor. (writes into out; any thread.)
    pub fn ignis_lerp_tensor_out(out: *mut ignis_tensor, self_: *const ignis_tensor, end: *const ignis_tensor, weight: *const ignis_tensor) -> ignis_status;
    /// self + value * tensor1 * tensor2. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_addcmul(self_: *const ignis_tensor, tensor1: *const ignis_tensor, tensor2: *const ignis_tensor, value: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self + value * tensor1 * tensor2. (modifies self in place; any thread.)
    pub fn ignis_addcmul_inplace(self_: *mut ignis_tensor, tensor1: *const ignis_tensor, tensor2: *const ignis_tensor, value: ignis_scalar) -> ignis_status;
    /// self + value * tensor1 * tensor2. (writes into out; any thread.)
    pub fn ignis_addcmul_out(out: *mut ignis_tensor, self_: *const ignis_tensor, tensor1: *const ignis_tensor, tensor2: *const ignis_tensor, value: ignis_scalar) -> ignis_status;
    /// self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_addcdiv(self_: *const ignis_tensor, tensor1: *const ignis_tensor, tensor2: *const ignis_tensor, value: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). (modifies self in place; any thread.)
    pub fn ignis_addcdiv_inplace(self_: *mut ignis_tensor, tensor1: *const ignis_tensor, tensor2: *const ignis_tensor, value: ignis_scalar) -> ignis_status;
    /// self + value * tensor1 / tensor2 (integer tensor1 and tensor2 are an error). (writes into out; any thread.)
    pub fn ignis_addcdiv_out(out: *mut ignis_tensor, self_: *const ignis_tensor, tensor1: *const ignis_tensor, tensor2: *const ignis_tensor, value: ignis_scalar) -> ignis_status;
    /// Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_sum(self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32, dtype: *const ignis_dtype, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Sum over dims (None or [] = all); integers and bool sum to int64 unless dtype is given. (writes into out; any thread.)
    pub fn ignis_sum_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32, dtype: *const ignis_dtype) -> ignis_status;
    /// Arithmetic mean over dims (None or [] = all); nan for an empty reduction. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_mean(self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32, dtype: *const ignis_dtype, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Arithmetic mean over dims (None or [] = all); nan for an empty reduction. (writes into out; any thread.)
    pub fn ignis_mean_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32, dtype: *const ignis_dtype) -> ignis_status;
    /// Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_prod(self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32, dtype: *const ignis_dtype, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Product over dims (None = all); integers and bool multiply to int64 unless dtype is given. (writes into out; any thread.)
    pub fn ignis_prod_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32, dtype: *const ignis_dtype) -> ignis_status;
    /// Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_var(self_: *const ignis_tensor, dim: *const i64, dim_count: usize, correction: *const ignis_scalar, keepdim: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Variance over dims with sum of squared deviations / max(0, N - correction) (None = 1). (writes into out; any thread.)
    pub fn ignis_var_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: *const i64, dim_count: usize, correction: *const ignis_scalar, keepdim: i32) -> ignis_status;
    /// Standard deviation over dims, the square root of var with the same correction (None = 1). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_std(self_: *const ignis_tensor, dim: *const i64, dim_count: usize, correction: *const ignis_scalar, keepdim: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Standard deviation over dims, the square root of var with the same correction (None = 1). (writes into out; any thread.)
    pub fn ignis_std_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: *const i64, dim_count: usize, correction: *const ignis_scalar, keepdim: i32) -> ignis_status;
    /// Largest element (nan when any element is nan); errors on an empty tensor. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_max(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Largest values along dim and the index of the first of each (nan propagates). (each out is a new reference the caller owns; any thread.)
    pub fn ignis_max_dim(self_: *const ignis_tensor, dim: i64, keepdim: i32, out0: *mut *mut ignis_tensor, out1: *mut *mut ignis_tensor) -> ignis_status;
    /// Smallest element (nan when any element is nan); errors on an empty tensor. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_min(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Smallest values along dim and the index of the first of each (nan propagates). (each out is a new reference the caller owns; any thread.)
    pub fn ignis_min_dim(self_: *const ignis_tensor, dim: i64, keepdim: i32, out0: *mut *mut ignis_tensor, out1: *mut *mut ignis_tensor) -> ignis_status;
    /// Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_amax(self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Largest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (writes into out; any thread.)
    pub fn ignis_amax_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32) -> ignis_status;
    /// Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_amin(self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Smallest values over dims ([] = all), nan propagating; reduced dims must be non-empty. (writes into out; any thread.)
    pub fn ignis_amin_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32) -> ignis_status;
    /// Index of the first largest value along dim (None = of the flattened tensor; nan is largest). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_argmax(self_: *const ignis_tensor, dim: *const i64, keepdim: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Index of the first largest value along dim (None = of the flattened tensor; nan is largest). (writes into out; any thread.)
    pub fn ignis_argmax_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: *const i64, keepdim: i32) -> ignis_status;
    /// Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_argmin(self_: *const ignis_tensor, dim: *const i64, keepdim: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Index of the first smallest value along dim (None = of the flattened tensor; nan is smallest). (writes into out; any thread.)
    pub fn ignis_argmin_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: *const i64, keepdim: i32) -> ignis_status;
    /// log(sum(exp(x))) over dims, computed stably; integers give the default float dtype. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_logsumexp(self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// log(sum(exp(x))) over dims, computed stably; integers give the default float dtype. (writes into out; any thread.)
    pub fn ignis_logsumexp_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32) -> ignis_status;
    /// True (bool) where every element over dims is nonzero; true for an empty reduction. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_all(self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// True (bool) where every element over dims is nonzero; true for an empty reduction. (writes into out; any thread.)
    pub fn ignis_all_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32) -> ignis_status;
    /// True (bool) where some element over dims is nonzero; false for an empty reduction. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_any(self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// True (bool) where some element over dims is nonzero; false for an empty reduction. (writes into out; any thread.)
    pub fn ignis_any_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: *const i64, dim_count: usize, keepdim: i32) -> ignis_status;
    /// Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_norm(self_: *const ignis_tensor, p: *const ignis_scalar, dim: *const i64, dim_count: usize, keepdim: i32, dtype: *const ignis_dtype, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Vector p-norm over dims (None = all); p may be inf, -inf or 0 (count of nonzeros). (writes into out; any thread.)
    pub fn ignis_norm_out(out: *mut ignis_tensor, self_: *const ignis_tensor, p: *const ignis_scalar, dim: *const i64, dim_count: usize, keepdim: i32, dtype: *const ignis_dtype) -> ignis_status;
    /// Frobenius norm for p = "fro" (the 2-norm over dims, None = all); "nuc" is not supported. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_norm_str(self_: *const ignis_tensor, p: *const c_char, dim: *const i64, dim_count: usize, keepdim: i32, dtype: *const ignis_dtype, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Number of nonzero elements over dims (None = all), as int64. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_count_nonzero(self_: *const ignis_tensor, dim: *const i64, dim_count: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Running sum along dim; integers and bool give int64 unless dtype is given. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_cumsum(self_: *const ignis_tensor, dim: i64, dtype: *const ignis_dtype, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Running sum along dim; integers and bool give int64 unless dtype is given. (modifies self in place; any thread.)
    pub fn ignis_cumsum_inplace(self_: *mut ignis_tensor, dim: i64, dtype: *const ignis_dtype) -> ignis_status;
    /// Running sum along dim; integers and bool give int64 unless dtype is given. (writes into out; any thread.)
    pub fn ignis_cumsum_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: i64, dtype: *const ignis_dtype) -> ignis_status;
    /// Running product along dim; integers and bool give int64 unless dtype is given. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_cumprod(self_: *const ignis_tensor, dim: i64, dtype: *const ignis_dtype, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Running product along dim; integers and bool give int64 unless dtype is given. (modifies self in place; any thread.)
    pub fn ignis_cumprod_inplace(self_: *mut ignis_tensor, dim: i64, dtype: *const ignis_dtype) -> ignis_status;
    /// Running product along dim; integers and bool give int64 unless dtype is given. (writes into out; any thread.)
    pub fn ignis_cumprod_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: i64, dtype: *const ignis_dtype) -> ignis_status;
    /// Values sorted along dim and their original indices; nan sorts last (first when descending). (each out is a new reference the caller owns; any thread.)
    pub fn ignis_sort(self_: *const ignis_tensor, dim: i64, descending: i32, stable: i32, out0: *mut *mut ignis_tensor, out1: *mut *mut ignis_tensor) -> ignis_status;
    /// Indices that sort self along dim (the indices of sort). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_argsort(self_: *const ignis_tensor, dim: i64, descending: i32, stable: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// The k largest (or smallest) values along dim and their indices; nan counts as largest. (each out is a new reference the caller owns; any thread.)
    pub fn ignis_topk(self_: *const ignis_tensor, k: i64, dim: i64, largest: i32, sorted: i32, out0: *mut *mut ignis_tensor, out1: *mut *mut ignis_tensor) -> ignis_status;
    /// The k-th smallest value (1-based) along dim and its index; nan counts as largest. (each out is a new reference the caller owns; any thread.)
    pub fn ignis_kthvalue(self_: *const ignis_tensor, k: i64, dim: i64, keepdim: i32, out0: *mut *mut ignis_tensor, out1: *mut *mut ignis_tensor) -> ignis_status;
    /// Lower median of all elements (nan when any element is nan or the tensor is empty). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_median(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Lower median along dim and its index (nan and its index when the row holds a nan). (each out is a new reference the caller owns; any thread.)
    pub fn ignis_median_dim(self_: *const ignis_tensor, dim: i64, keepdim: i32, out0: *mut *mut ignis_tensor, out1: *mut *mut ignis_tensor) -> ignis_status;
    /// Sorted distinct elements, the index of each input element in them, and their counts (inverse and counts are empty unless requested). (each out is a new reference the caller owns; any thread.)
    pub fn ignis_unique(self_: *const ignis_tensor, sorted: i32, return_inverse: i32, return_counts: i32, out0: *mut *mut ignis_tensor, out1: *mut *mut ignis_tensor, out2: *mut *mut ignis_tensor) -> ignis_status;
    /// Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_cat(tensors: *const *const ignis_tensor, tensors_count: usize, dim: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Concatenates tensors along dim (dtypes promoted; 1-D empty tensors are skipped). (writes into out; any thread.)
    pub fn ignis_cat_out(out: *mut ignis_tensor, tensors: *const *const ignis_tensor, tensors_count: usize, dim: i64) -> ignis_status;
    /// Joins equally shaped tensors along a new dimension dim. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_stack(tensors: *const *const ignis_tensor, tensors_count: usize, dim: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Joins equally shaped tensors along a new dimension dim. (writes into out; any thread.)
    pub fn ignis_stack_out(out: *mut ignis_tensor, tensors: *const *const ignis_tensor, tensors_count: usize, dim: i64) -> ignis_status;
    /// Views of self in pieces of split_size along dim (the last piece may be smaller). (*out is an array the caller frees with ignis_tensor_array_free; any thread.)
    pub fn ignis_split(self_: *const ignis_tensor, split_size: i64, dim: i64, out: *mut *mut *mut ignis_tensor, out_count: *mut usize) -> ignis_status;
    /// Views of self in pieces of the given sizes along dim (they must sum to its size). (*out is an array the caller frees with ignis_tensor_array_free; any thread.)
    pub fn ignis_split_sizes(self_: *const ignis_tensor, split_size: *const i64, split_size_count: usize, dim: i64, out: *mut *mut *mut ignis_tensor, out_count: *mut usize) -> ignis_status;
    /// Views of self in pieces of the given sizes along dim (they must sum to its size). (*out is an array the caller frees with ignis_tensor_array_free; any thread.)
    pub fn ignis_split_with_sizes(self_: *const ignis_tensor, split_sizes: *const i64, split_sizes_count: usize, dim: i64, out: *mut *mut *mut ignis_tensor, out_count: *mut usize) -> ignis_status;
    /// Views of self in at most `chunks` pieces of equal size (ceil) along dim. (*out is an array the caller frees with ignis_tensor_array_free; any thread.)
    pub fn ignis_chunk(self_: *const ignis_tensor, chunks: i64, dim: i64, out: *mut *mut *mut ignis_tensor, out_count: *mut usize) -> ignis_status;
    /// Views of every slice of self along dim, with that dimension removed. (*out is an array the caller frees with ignis_tensor_array_free; any thread.)
    pub fn ignis_unbind(self_: *const ignis_tensor, dim: i64, out: *mut *mut *mut ignis_tensor, out_count: *mut usize) -> ignis_status;
    /// Copy of self with the order of elements reversed along dims. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_flip(self_: *const ignis_tensor, dims: *const i64, dims_count: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Copy of self rolled by shifts along dims (flattened and restored when dims is empty). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_roll(self_: *const ignis_tensor, shifts: *const i64, shifts_count: usize, dims: *const i64, dims_count: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Copy of self tiled repeats[i] times along each dimension (leading new dims allowed). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_repeat(self_: *const ignis_tensor, repeats: *const i64, repeats_count: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Like repeat, but fewer dims than self.dim() are padded with leading 1s. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_tile(self_: *const ignis_tensor, dims: *const i64, dims_count: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Indices 0..n-1, index i repeated repeats[i] times. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_repeat_interleave_tensor(repeats: *const ignis_tensor, output_size: *const i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Repeats each element (or slice along dim) of self repeats[i] times (self is flattened when dim is None). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_repeat_interleave_self_tensor(self_: *const ignis_tensor, repeats: *const ignis_tensor, dim: *const i64, output_size: *const i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Repeats each element (or slice along dim) of self `repeats` times (self is flattened when dim is None). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_repeat_interleave_self_int(self_: *const ignis_tensor, repeats: i64, dim: *const i64, output_size: *const i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Lower triangle of the last two dims of self (elements above `diagonal` zeroed). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_tril(self_: *const ignis_tensor, diagonal: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Lower triangle of the last two dims of self (elements above `diagonal` zeroed). (modifies self in place; any thread.)
    pub fn ignis_tril_inplace(self_: *mut ignis_tensor, diagonal: i64) -> ignis_status;
    /// Lower triangle of the last two dims of self (elements above `diagonal` zeroed). (writes into out; any thread.)
    pub fn ignis_tril_out(out: *mut ignis_tensor, self_: *const ignis_tensor, diagonal: i64) -> ignis_status;
    /// Upper triangle of the last two dims of self (elements below `diagonal` zeroed). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_triu(self_: *const ignis_tensor, diagonal: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Upper triangle of the last two dims of self (elements below `diagonal` zeroed). (modifies self in place; any thread.)
    pub fn ignis_triu_inplace(self_: *mut ignis_tensor, diagonal: i64) -> ignis_status;
    /// Upper triangle of the last two dims of self (elements below `diagonal` zeroed). (writes into out; any thread.)
    pub fn ignis_triu_out(out: *mut ignis_tensor, self_: *const ignis_tensor, diagonal: i64) -> ignis_status;
    /// Pads the last len(pad)/2 dims (pairs from the last dim backwards) with a constant, reflection or replication. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_pad(self_: *const ignis_tensor, pad: *const i64, pad_count: usize, mode: *const c_char, value: *const f64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// The slices of self along dim at the positions in the 1-D index (int64 or int32). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_index_select(self_: *const ignis_tensor, dim: i64, index: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// The slices of self along dim at the positions in the 1-D index (int64 or int32). (writes into out; any thread.)
    pub fn ignis_index_select_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: i64, index: *const ignis_tensor) -> ignis_status;
    /// out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_gather(self_: *const ignis_tensor, dim: i64, index: *const ignis_tensor, sparse_grad: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// out[i][j][k] = self[i][index[i][j][k]][k] for dim=1 (index int64, same rank as self). (writes into out; any thread.)
    pub fn ignis_gather_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: i64, index: *const ignis_tensor, sparse_grad: i32) -> ignis_status;
    /// Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_scatter_src(self_: *const ignis_tensor, dim: i64, index: *const ignis_tensor, src: *const ignis_tensor, reduce: *const c_char, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). (modifies self in place; any thread.)
    pub fn ignis_scatter_src_inplace(self_: *mut ignis_tensor, dim: i64, index: *const ignis_tensor, src: *const ignis_tensor, reduce: *const c_char) -> ignis_status;
    /// Copy of self with self[i][index[i][j][k]][k] = src[i][j][k] for dim=1 (reduce "add" or "multiply" combines instead). (writes into out; any thread.)
    pub fn ignis_scatter_src_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: i64, index: *const ignis_tensor, src: *const ignis_tensor, reduce: *const c_char) -> ignis_status;
    /// Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_scatter_value(self_: *const ignis_tensor, dim: i64, index: *const ignis_tensor, value: ignis_scalar, reduce: *const c_char, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). (modifies self in place; any thread.)
    pub fn ignis_scatter_value_inplace(self_: *mut ignis_tensor, dim: i64, index: *const ignis_tensor, value: ignis_scalar, reduce: *const c_char) -> ignis_status;
    /// Copy of self with value written at the positions index selects along dim (reduce "add" or "multiply" combines instead). (writes into out; any thread.)
    pub fn ignis_scatter_value_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: i64, index: *const ignis_tensor, value: ignis_scalar, reduce: *const c_char) -> ignis_status;
    /// Copy of self with src added at the positions index selects along dim (deterministic). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_scatter_add(self_: *const ignis_tensor, dim: i64, index: *const ignis_tensor, src: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Copy of self with src added at the positions index selects along dim (deterministic). (modifies self in place; any thread.)
    pub fn ignis_scatter_add_inplace(self_: *mut ignis_tensor, dim: i64, index: *const ignis_tensor, src: *const ignis_tensor) -> ignis_status;
    /// Copy of self with src added at the positions index selects along dim (deterministic). (writes into out; any thread.)
    pub fn ignis_scatter_add_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: i64, index: *const ignis_tensor, src: *const ignis_tensor) -> ignis_status;
    /// Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_index_add(self_: *const ignis_tensor, dim: i64, index: *const ignis_tensor, source: *const ignis_tensor, alpha: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). (modifies self in place; any thread.)
    pub fn ignis_index_add_inplace(self_: *mut ignis_tensor, dim: i64, index: *const ignis_tensor, source: *const ignis_tensor, alpha: ignis_scalar) -> ignis_status;
    /// Copy of self with alpha * source[i] added to the slice index[i] along dim (deterministic). (writes into out; any thread.)
    pub fn ignis_index_add_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: i64, index: *const ignis_tensor, source: *const ignis_tensor, alpha: ignis_scalar) -> ignis_status;
    /// Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_index_put(self_: *const ignis_tensor, indices: *const *const ignis_tensor, indices_count: usize, values: *const ignis_tensor, accumulate: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Copy of self with self[indices] = values (or +=, with accumulate); an undefined index tensor is a full slice. (modifies self in place; any thread.)
    pub fn ignis_index_put_inplace(self_: *mut ignis_tensor, indices: *const *const ignis_tensor, indices_count: usize, values: *const ignis_tensor, accumulate: i32) -> ignis_status;
    /// Copy of self with value where the boolean mask (broadcast) is true. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_masked_fill_scalar(self_: *const ignis_tensor, mask: *const ignis_tensor, value: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Copy of self with value where the boolean mask (broadcast) is true. (modifies self in place; any thread.)
    pub fn ignis_masked_fill_scalar_inplace(self_: *mut ignis_tensor, mask: *const ignis_tensor, value: ignis_scalar) -> ignis_status;
    /// Copy of self with the 0-dim value where the boolean mask (broadcast) is true. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_masked_fill_tensor(self_: *const ignis_tensor, mask: *const ignis_tensor, value: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Copy of self with the 0-dim value where the boolean mask (broadcast) is true. (modifies self in place; any thread.)
    pub fn ignis_masked_fill_tensor_inplace(self_: *mut ignis_tensor, mask: *const ignis_tensor, value: *const ignis_tensor) -> ignis_status;
    /// 1-D tensor of the elements of self (broadcast with mask) where mask is true. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_masked_select(self_: *const ignis_tensor, mask: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 1-D tensor of the elements of self (broadcast with mask) where mask is true. (writes into out; any thread.)
    pub fn ignis_masked_select_out(out: *mut ignis_tensor, self_: *const ignis_tensor, mask: *const ignis_tensor) -> ignis_status;
    /// Copy of self with the positions where mask is true filled from source in row-major order. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_masked_scatter(self_: *const ignis_tensor, mask: *const ignis_tensor, source: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Copy of self with the positions where mask is true filled from source in row-major order. (modifies self in place; any thread.)
    pub fn ignis_masked_scatter_inplace(self_: *mut ignis_tensor, mask: *const ignis_tensor, source: *const ignis_tensor) -> ignis_status;
    /// (n, self.dim()) int64 indices of the nonzero elements of self in row-major order. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_nonzero(self_: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// (n, self.dim()) int64 indices of the nonzero elements of self in row-major order. (writes into out; any thread.)
    pub fn ignis_nonzero_out(out: *mut ignis_tensor, self_: *const ignis_tensor) -> ignis_status;
    /// Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_take(self_: *const ignis_tensor, index: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Elements of self, treated as 1-D, at the int64 indices in index (result has index's shape). (writes into out; any thread.)
    pub fn ignis_take_out(out: *mut ignis_tensor, self_: *const ignis_tensor, index: *const ignis_tensor) -> ignis_status;
    /// int64 one-hot encoding of the class indices in self (num_classes=-1 uses max + 1). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_one_hot(self_: *const ignis_tensor, num_classes: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_matmul(self_: *const ignis_tensor, other: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Matrix product with NumPy semantics: dot for 1-D x 1-D, matrix-vector, and batched products broadcasting the batch dims. (writes into out; any thread.)
    pub fn ignis_matmul_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor) -> ignis_status;
    /// Product of two 2-D matrices. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_mm(self_: *const ignis_tensor, mat2: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Product of two 2-D matrices. (writes into out; any thread.)
    pub fn ignis_mm_out(out: *mut ignis_tensor, self_: *const ignis_tensor, mat2: *const ignis_tensor) -> ignis_status;
    /// Batched product of two 3-D tensors with the same batch size (no broadcasting). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_bmm(self_: *const ignis_tensor, mat2: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Batched product of two 3-D tensors with the same batch size (no broadcasting). (writes into out; any thread.)
    pub fn ignis_bmm_out(out: *mut ignis_tensor, self_: *const ignis_tensor, mat2: *const ignis_tensor) -> ignis_status;
    /// beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_addmm(self_: *const ignis_tensor, mat1: *const ignis_tensor, mat2: *const ignis_tensor, beta: ignis_scalar, alpha: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (modifies self in place; any thread.)
    pub fn ignis_addmm_inplace(self_: *mut ignis_tensor, mat1: *const ignis_tensor, mat2: *const ignis_tensor, beta: ignis_scalar, alpha: ignis_scalar) -> ignis_status;
    /// beta * self + alpha * (mat1 @ mat2); self broadcasts to the product's shape. (writes into out; any thread.)
    pub fn ignis_addmm_out(out: *mut ignis_tensor, self_: *const ignis_tensor, mat1: *const ignis_tensor, mat2: *const ignis_tensor, beta: ignis_scalar, alpha: ignis_scalar) -> ignis_status;
    /// beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_baddbmm(self_: *const ignis_tensor, batch1: *const ignis_tensor, batch2: *const ignis_tensor, beta: ignis_scalar, alpha: ignis_scalar, out: *mut *mut ignis_tensor) -> ignis_status;
    /// beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (modifies self in place; any thread.)
    pub fn ignis_baddbmm_inplace(self_: *mut ignis_tensor, batch1: *const ignis_tensor, batch2: *const ignis_tensor, beta: ignis_scalar, alpha: ignis_scalar) -> ignis_status;
    /// beta * self + alpha * bmm(batch1, batch2); self broadcasts to the product's shape. (writes into out; any thread.)
    pub fn ignis_baddbmm_out(out: *mut ignis_tensor, self_: *const ignis_tensor, batch1: *const ignis_tensor, batch2: *const ignis_tensor, beta: ignis_scalar, alpha: ignis_scalar) -> ignis_status;
    /// Product of a 2-D matrix and a 1-D vector. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_mv(self_: *const ignis_tensor, vec: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Product of a 2-D matrix and a 1-D vector. (writes into out; any thread.)
    pub fn ignis_mv_out(out: *mut ignis_tensor, self_: *const ignis_tensor, vec: *const ignis_tensor) -> ignis_status;
    /// Inner product of two 1-D tensors of the same length (0-dim result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_dot(self_: *const ignis_tensor, tensor: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Inner product of two 1-D tensors of the same length (0-dim result). (writes into out; any thread.)
    pub fn ignis_dot_out(out: *mut ignis_tensor, self_: *const ignis_tensor, tensor: *const ignis_tensor) -> ignis_status;
    /// Outer product of two 1-D tensors (n x m result). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_outer(self_: *const ignis_tensor, vec2: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Outer product of two 1-D tensors (n x m result). (writes into out; any thread.)
    pub fn ignis_outer_out(out: *mut ignis_tensor, self_: *const ignis_tensor, vec2: *const ignis_tensor) -> ignis_status;
    /// Einstein summation over the operands' labelled dims ('ij,jk->ik'), with ellipsis, repeated labels (traces, diagonals) and implicit output. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_einsum(equation: *const c_char, tensors: *const *const ignis_tensor, tensors_count: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_tensordot(self_: *const ignis_tensor, other: *const ignis_tensor, dims_self: *const i64, dims_self_count: usize, dims_other: *const i64, dims_other_count: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Sums the products over dims_self of self paired with dims_other of other; result dims are self's free dims then other's. (writes into out; any thread.)
    pub fn ignis_tensordot_out(out: *mut ignis_tensor, self_: *const ignis_tensor, other: *const ignis_tensor, dims_self: *const i64, dims_self_count: usize, dims_other: *const i64, dims_other_count: usize) -> ignis_status;
    /// tensordot over the last `dims` dims of self and the first `dims` dims of other. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_tensordot_int(self_: *const ignis_tensor, other: *const ignis_tensor, dims: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_linalg_norm(self_: *const ignis_tensor, ord: *const ignis_scalar, dim: *const i64, dim_count: usize, keepdim: i32, dtype: *const ignis_dtype, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Vector norm (dim of one dim, or None on any input with ord None) or matrix norm (two dims or a 2-D input with ord given): ord 2, -2, 1, -1, inf, -inf, or p for vectors. (writes into out; any thread.)
    pub fn ignis_linalg_norm_out(out: *mut ignis_tensor, self_: *const ignis_tensor, ord: *const ignis_scalar, dim: *const i64, dim_count: usize, keepdim: i32, dtype: *const ignis_dtype) -> ignis_status;
    /// Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_linalg_norm_ord_str(self_: *const ignis_tensor, ord: *const c_char, dim: *const i64, dim_count: usize, keepdim: i32, dtype: *const ignis_dtype, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Matrix norm "fro" (Frobenius) or "nuc" (nuclear, the sum of singular values) over two dims (default the last two). (writes into out; any thread.)
    pub fn ignis_linalg_norm_ord_str_out(out: *mut ignis_tensor, self_: *const ignis_tensor, ord: *const c_char, dim: *const i64, dim_count: usize, keepdim: i32, dtype: *const ignis_dtype) -> ignis_status;
    /// Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_linalg_solve(A: *const ignis_tensor, B: *const ignis_tensor, left: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Solution X of A X = B (left) or X A = B for square, non-singular A (batched; B may be a vector). (writes into out; any thread.)
    pub fn ignis_linalg_solve_out(out: *mut ignis_tensor, A: *const ignis_tensor, B: *const ignis_tensor, left: i32) -> ignis_status;
    /// Inverse of a square non-singular matrix (batched). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_linalg_inv(A: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Inverse of a square non-singular matrix (batched). (writes into out; any thread.)
    pub fn ignis_linalg_inv_out(out: *mut ignis_tensor, A: *const ignis_tensor) -> ignis_status;
    /// Determinant of a square matrix (batched), from its LU factorization. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_linalg_det(A: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Determinant of a square matrix (batched), from its LU factorization. (writes into out; any thread.)
    pub fn ignis_linalg_det_out(out: *mut ignis_tensor, A: *const ignis_tensor) -> ignis_status;
    /// Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_linalg_cholesky(A: *const ignis_tensor, upper: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Cholesky factor L (A = L L^T) of a symmetric positive-definite matrix, or U = L^T when upper. (writes into out; any thread.)
    pub fn ignis_linalg_cholesky_out(out: *mut ignis_tensor, A: *const ignis_tensor, upper: i32) -> ignis_status;
    /// QR decomposition A = Q R; mode "reduced" (Q m x k) or "complete" (Q m x m), k = min(m, n). (each out is a new reference the caller owns; any thread.)
    pub fn ignis_linalg_qr(A: *const ignis_tensor, mode: *const c_char, out0: *mut *mut ignis_tensor, out1: *mut *mut ignis_tensor) -> ignis_status;
    /// Singular value decomposition A = U diag(S) Vh, S descending; full_matrices gives square U and Vh. (each out is a new reference the caller owns; any thread.)
    pub fn ignis_linalg_svd(A: *const ignis_tensor, full_matrices: i32, out0: *mut *mut ignis_tensor, out1: *mut *mut ignis_tensor, out2: *mut *mut ignis_tensor) -> ignis_status;
    /// exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_softmax(self_: *const ignis_tensor, dim: i64, dtype: *const ignis_dtype, out: *mut *mut ignis_tensor) -> ignis_status;
    /// exp(x) / sum(exp(x)) along dim, computed with max subtraction; dtype casts the input first. (writes into out; any thread.)
    pub fn ignis_softmax_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: i64, dtype: *const ignis_dtype) -> ignis_status;
    /// x - logsumexp(x) along dim (numerically stable); dtype casts the input first. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_log_softmax(self_: *const ignis_tensor, dim: i64, dtype: *const ignis_dtype, out: *mut *mut ignis_tensor) -> ignis_status;
    /// x - logsumexp(x) along dim (numerically stable); dtype casts the input first. (writes into out; any thread.)
    pub fn ignis_log_softmax_out(out: *mut ignis_tensor, self_: *const ignis_tensor, dim: i64, dtype: *const ignis_dtype) -> ignis_status;
    /// Zeroes each element with probability p and scales the rest by 1/(1-p) when train; identity otherwise. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_dropout(input: *const ignis_tensor, p: f64, train: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Dropout for SELU networks that keeps mean and variance (dropped elements set to the SELU negative saturation). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_alpha_dropout(input: *const ignis_tensor, p: f64, train: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// input @ weight^T + bias over the last dim of input. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_linear(input: *const ignis_tensor, weight: *const ignis_tensor, bias: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// y[..., k] = input1 @ weight[k] @ input2^T + bias[k]. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_bilinear(input1: *const ignis_tensor, input2: *const ignis_tensor, weight: *const ignis_tensor, bias: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Rows of weight picked by the integer indices; the padding_idx row gets no gradient. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_embedding(weight: *const ignis_tensor, indices: *const ignis_tensor, padding_idx: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Sum, mean or max of the embedding rows of each bag (2-D indices, or 1-D indices split at offsets). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_embedding_bag(weight: *const ignis_tensor, indices: *const ignis_tensor, offsets: *const ignis_tensor, mode: *const c_char, per_sample_weights: *const ignis_tensor, include_last_offset: i32, padding_idx: *const i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Normalizes over all dims but dim 1 (batch statistics when training, updating the running ones in place; else the running ones). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_batch_norm(input: *const ignis_tensor, running_mean: *const ignis_tensor, running_var: *const ignis_tensor, weight: *const ignis_tensor, bias: *const ignis_tensor, training: i32, momentum: f64, eps: f64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Normalizes over the trailing normalized_shape dims, then scales by weight and shifts by bias. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_layer_norm(input: *const ignis_tensor, normalized_shape: *const i64, normalized_shape_count: usize, weight: *const ignis_tensor, bias: *const ignis_tensor, eps: f64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Normalizes each group of channels (dim 1 split into num_groups) per sample, then per-channel affine. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_group_norm(input: *const ignis_tensor, num_groups: i64, weight: *const ignis_tensor, bias: *const ignis_tensor, eps: f64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// x / sqrt(mean(x^2) + eps) over the trailing normalized_shape dims, times weight (eps None = the dtype's epsilon). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_rms_norm(input: *const ignis_tensor, normalized_shape: *const i64, normalized_shape_count: usize, weight: *const ignis_tensor, eps: *const f64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Normalizes each (sample, channel) over the spatial dims, then per-channel affine. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_instance_norm(input: *const ignis_tensor, weight: *const ignis_tensor, bias: *const ignis_tensor, running_mean: *const ignis_tensor, running_var: *const ignis_tensor, use_input_stats: i32, momentum: f64, eps: f64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// sum(x1 * x2) / max(|x1| * |x2|, eps) along dim, broadcasting. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_cosine_similarity(x1: *const ignis_tensor, x2: *const ignis_tensor, dim: i64, eps: f64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// p-norm of x1 - x2 + eps over the last dim, broadcasting. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_pairwise_distance(x1: *const ignis_tensor, x2: *const ignis_tensor, p: f64, eps: f64, keepdim: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// softmax(query @ key^T * scale + mask) @ value; a bool mask keeps True, a float mask is added; is_causal masks the future. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_scaled_dot_product_attention(query: *const ignis_tensor, key: *const ignis_tensor, value: *const ignis_tensor, attn_mask: *const ignis_tensor, dropout_p: f64, is_causal: i32, scale: *const f64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 1-D convolution of input (N, C, L) or (C, L) with weight (O, C/groups, K). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_conv1d(input: *const ignis_tensor, weight: *const ignis_tensor, bias: *const ignis_tensor, stride: *const i64, stride_count: usize, padding: *const i64, padding_count: usize, dilation: *const i64, dilation_count: usize, groups: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 1-D convolution with padding "valid" (none) or "same" (output as long as input; stride 1). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_conv1d_padding(input: *const ignis_tensor, weight: *const ignis_tensor, bias: *const ignis_tensor, stride: *const i64, stride_count: usize, padding: *const c_char, dilation: *const i64, dilation_count: usize, groups: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 2-D convolution of input (N, C, H, W) or (C, H, W) with weight (O, C/groups, kH, kW). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_conv2d(input: *const ignis_tensor, weight: *const ignis_tensor, bias: *const ignis_tensor, stride: *const i64, stride_count: usize, padding: *const i64, padding_count: usize, dilation: *const i64, dilation_count: usize, groups: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 2-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_conv2d_padding(input: *const ignis_tensor, weight: *const ignis_tensor, bias: *const ignis_tensor, stride: *const i64, stride_count: usize, padding: *const c_char, dilation: *const i64, dilation_count: usize, groups: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 3-D convolution of input (N, C, D, H, W) or (C, D, H, W) with weight (O, C/groups, kD, kH, kW). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_conv3d(input: *const ignis_tensor, weight: *const ignis_tensor, bias: *const ignis_tensor, stride: *const i64, stride_count: usize, padding: *const i64, padding_count: usize, dilation: *const i64, dilation_count: usize, groups: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 3-D convolution with padding "valid" (none) or "same" (output as large as input; stride 1). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_conv3d_padding(input: *const ignis_tensor, weight: *const ignis_tensor, bias: *const ignis_tensor, stride: *const i64, stride_count: usize, padding: *const c_char, dilation: *const i64, dilation_count: usize, groups: i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 1-D transposed convolution (the gradient of conv1d) with weight (C, O/groups, K). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_conv_transpose1d(input: *const ignis_tensor, weight: *const ignis_tensor, bias: *const ignis_tensor, stride: *const i64, stride_count: usize, padding: *const i64, padding_count: usize, output_padding: *const i64, output_padding_count: usize, groups: i64, dilation: *const i64, dilation_count: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 2-D transposed convolution (the gradient of conv2d) with weight (C, O/groups, kH, kW). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_conv_transpose2d(input: *const ignis_tensor, weight: *const ignis_tensor, bias: *const ignis_tensor, stride: *const i64, stride_count: usize, padding: *const i64, padding_count: usize, output_padding: *const i64, output_padding_count: usize, groups: i64, dilation: *const i64, dilation_count: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Maximum over sliding windows of the last dim of (N, C, L) or (C, L); stride defaults to kernel_size. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_max_pool1d(self_: *const ignis_tensor, kernel_size: *const i64, kernel_size_count: usize, stride: *const i64, stride_count: usize, padding: *const i64, padding_count: usize, dilation: *const i64, dilation_count: usize, ceil_mode: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Maximum over sliding windows of the last two dims of (N, C, H, W) or (C, H, W). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_max_pool2d(self_: *const ignis_tensor, kernel_size: *const i64, kernel_size_count: usize, stride: *const i64, stride_count: usize, padding: *const i64, padding_count: usize, dilation: *const i64, dilation_count: usize, ceil_mode: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// max_pool2d and the flat index (h * W + w) of each maximum in its input plane. (each out is a new reference the caller owns; any thread.)
    pub fn ignis_max_pool2d_with_indices(self_: *const ignis_tensor, kernel_size: *const i64, kernel_size_count: usize, stride: *const i64, stride_count: usize, padding: *const i64, padding_count: usize, dilation: *const i64, dilation_count: usize, ceil_mode: i32, out0: *mut *mut ignis_tensor, out1: *mut *mut ignis_tensor) -> ignis_status;
    /// Mean over sliding windows of the last dim of (N, C, L) or (C, L). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_avg_pool1d(self_: *const ignis_tensor, kernel_size: *const i64, kernel_size_count: usize, stride: *const i64, stride_count: usize, padding: *const i64, padding_count: usize, ceil_mode: i32, count_include_pad: i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Mean over sliding windows of the last two dims; divisor_override replaces the window size. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_avg_pool2d(self_: *const ignis_tensor, kernel_size: *const i64, kernel_size_count: usize, stride: *const i64, stride_count: usize, padding: *const i64, padding_count: usize, ceil_mode: i32, count_include_pad: i32, divisor_override: *const i64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Mean over output_size evenly spread windows of the last dim. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_adaptive_avg_pool1d(self_: *const ignis_tensor, output_size: *const i64, output_size_count: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Mean over an output_size grid of evenly spread windows of the last two dims. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_adaptive_avg_pool2d(self_: *const ignis_tensor, output_size: *const i64, output_size_count: usize, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Maximum over an output_size grid of windows, and the flat index (h * W + w) of each maximum. (each out is a new reference the caller owns; any thread.)
    pub fn ignis_adaptive_max_pool2d(self_: *const ignis_tensor, output_size: *const i64, output_size_count: usize, out0: *mut *mut ignis_tensor, out1: *mut *mut ignis_tensor) -> ignis_status;
    /// Resizes the spatial dims to size (or scale_factor times): mode "nearest", "linear" (3-D input) or "bilinear" (4-D input). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_interpolate(input: *const ignis_tensor, size: *const i64, size_count: usize, scale_factor: *const f64, mode: *const c_char, align_corners: *const i32, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Cross entropy of logits (classes in dim 1) against class indices or class probabilities, with class weights, ignore_index and label smoothing. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_cross_entropy(input: *const ignis_tensor, target: *const ignis_tensor, weight: *const ignis_tensor, ignore_index: i64, reduction: *const c_char, label_smoothing: f64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Negative log likelihood -weight[t] * input[n, t] of log-probabilities (classes in dim 1); mean divides by the summed weights. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_nll_loss(input: *const ignis_tensor, target: *const ignis_tensor, weight: *const ignis_tensor, ignore_index: i64, reduction: *const c_char, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Squared error (input - target)^2, reduced by reduction ("none", "mean" or "sum"). (*out is a new reference the caller owns; any thread.)
    pub fn ignis_mse_loss(input: *const ignis_tensor, target: *const ignis_tensor, reduction: *const c_char, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Absolute error |input - target|, reduced by reduction. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_l1_loss(input: *const ignis_tensor, target: *const ignis_tensor, reduction: *const c_char, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 0.5 d^2 / beta where |d| < beta, else |d| - 0.5 beta (d = input - target), reduced. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_smooth_l1_loss(input: *const ignis_tensor, target: *const ignis_tensor, reduction: *const c_char, beta: f64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// 0.5 d^2 where |d| <= delta, else delta (|d| - 0.5 delta), reduced. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_huber_loss(input: *const ignis_tensor, target: *const ignis_tensor, reduction: *const c_char, delta: f64, out: *mut *mut ignis_tensor) -> ignis_status;
    /// -weight (t log(p) + (1 - t) log(1 - p)) of probabilities p, logs clamped at -100 like PyTorch. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_binary_cross_entropy(input: *const ignis_tensor, target: *const ignis_tensor, weight: *const ignis_tensor, reduction: *const c_char, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Binary cross entropy of sigmoid(input) computed stably from logits, with weight and pos_weight. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_binary_cross_entropy_with_logits(input: *const ignis_tensor, target: *const ignis_tensor, weight: *const ignis_tensor, pos_weight: *const ignis_tensor, reduction: *const c_char, out: *mut *mut ignis_tensor) -> ignis_status;
    /// target (log(target) - input) pointwise (input is log-probabilities; log_target gives target as logs), reduced. (*out is a new reference the caller owns; any thread.)
    pub fn ignis_kl_div(input: *const ignis_tensor, target: *const ignis_tensor, reduction: *const c_char, log_target: i32, out: *mut *mut ignis_tensor) -> ignis_status;
}

// functions of ignis/nn.h
unsafe extern "C" {
    /// Frees the arrays of a report the library filled and zeroes its counts (NULL-safe).
    pub fn ignis_load_report_clear(report: *mut ignis_load_report);
    /// Frees count strings of an array the library returned, then the array (NULL-safe).
    pub fn ignis_string_array_free(strings: *mut *mut c_char, count: usize);
    /// A new module of PyTorch class `type` ("Linear", "Conv2d", "BatchNorm2d", "ReLU",
    /// "Sequential", "CrossEntropyLoss", ...) from options_json, a JSON object with PyTorch's
    /// constructor argument names ({"in_features": 4, "out_features": 2, "bias": false}); NULL or ""
    /// means {}. Missing options take PyTorch's defaults. Errors (IGNIS_ERROR_INVALID_ARGUMENT)
    /// name the unknown type (listing the known ones) or the unknown, missing or ill-typed option
    /// (listing the options the type accepts). Parameters are initialized as PyTorch does, from the
    /// CPU generator (ignis_manual_seed).
    pub fn ignis_module_create(type_: *const c_char, options_json: *const c_char, out: *mut *mut ignis_module) -> ignis_status;
    /// The registered module types, sorted, into *names (*count entries; ignis_string_array_free).
    pub fn ignis_module_types(names: *mut *mut *mut c_char, count: *mut usize) -> ignis_status;
    /// The options `type` accepts, as "name: type = default, ..." text (ignis_string_free).
    pub fn ignis_module_type_options(type_: *const c_char, out: *mut *mut c_char) -> ignis_status;
    /// Adds a reference to m and returns m (NULL-safe); any thread.
    pub fn ignis_module_retain(m: *mut ignis_module) -> *mut ignis_module;
    /// Drops the caller's reference (NULL-safe); the module goes away with its last user.
    pub fn ignis_module_release(m: *mut ignis_module);
    /// out = m(x) for modules taking one tensor.
    pub fn ignis_module_forward(m: *mut ignis_module, x: *const ignis_tensor, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Forward with n_inputs tensors in (losses take (input, target), Bilinear (x1, x2)); the
    /// results come back as an array of *n_outputs new references, freed with
    /// ignis_tensor_array_free (nested results such as (output, (h, c)) flattened in order). A NULL
    /// entry stands for None where the module takes an optional tensor and is an error elsewhere. A
    /// module taking one tensor accepts exactly one.
    pub fn ignis_module_forward_n(m: *mut ignis_module, inputs: *const *const ignis_tensor, n_inputs: usize, outputs: *mut *mut *mut ignis_tensor, n_outputs: *mut usize) -> ignis_status;
    /// Training mode (nonzero) or eval mode (0) for m and every descendant.
    pub fn ignis_module_train(m: *mut ignis_module, training: i32) -> ignis_status;
    /// 1 into *out when m is in training mode.
    pub fn ignis_module_is_training(m: *const ignis_module, out: *mut i32) -> ignis_status;
    /// Converts the floating parameters and buffers to dtype in place (handles stay valid).
    pub fn ignis_module_to_dtype(m: *mut ignis_module, dtype: ignis_dtype) -> ignis_status;
    /// Moves parameters and buffers to device in place.
    pub fn ignis_module_to_device(m: *mut ignis_module, device: ignis_device) -> ignis_status;
    /// Drops (set_to_none nonzero) or zeroes every parameter's gradient.
    pub fn ignis_module_zero_grad(m: *mut ignis_module, set_to_none: i32) -> ignis_status;
    /// PyTorch-style multi-line description into *out (ignis_string_free).
    pub fn ignis_module_repr(m: *const ignis_module, out: *mut *mut c_char) -> ignis_status;
    /// The type name ("Linear") into *out (ignis_string_free).
    pub fn ignis_module_type(m: *const ignis_module, out: *mut *mut c_char) -> ignis_status;
    /// Appends child to a Sequential or ModuleList (named "0", "1", ...); other types are
    /// IGNIS_ERROR_UNSUPPORTED. m shares child from then on.
    pub fn ignis_module_append(m: *mut ignis_module, child: *mut ignis_module) -> ignis_status;
    /// Registers (or replaces) child under name (no '.') on m.
    pub fn ignis_module_add_child(m: *mut ignis_module, name: *const c_char, child: *mut ignis_module) -> ignis_status;
    /// Number of direct children into *out.
    pub fn ignis_module_child_count(m: *const ignis_module, out: *mut usize) -> ignis_status;
    /// Child i (in registration order): its name into *name (may be NULL; ignis_string_free) and a
    /// handle sharing it into *out.
    pub fn ignis_module_child(m: *const ignis_module, i: usize, name: *mut *mut c_char, out: *mut *mut ignis_module) -> ignis_status;
    /// Number of parameters (recurse nonzero: with every descendant's) into *out.
    pub fn ignis_module_parameter_count(m: *const ignis_module, recurse: i32, out: *mut usize) -> ignis_status;
    /// Parameter i in named_parameters order: its name into *name (may be NULL; ignis_string_free)
    /// and a handle sharing its memory into *out.
    pub fn ignis_module_parameter(m: *const ignis_module, recurse: i32, i: usize, name: *mut *mut c_char, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Number of buffers (running statistics, ...) into *out.
    pub fn ignis_module_buffer_count(m: *const ignis_module, recurse: i32, out: *mut usize) -> ignis_status;
    /// Buffer i: its name into *name (may be NULL) and a handle sharing its memory into *out.
    pub fn ignis_module_buffer(m: *const ignis_module, recurse: i32, i: usize, name: *mut *mut c_char, out: *mut *mut ignis_tensor) -> ignis_status;
    /// Registers t (shared, not copied) as parameter `name` ("weight" or dotted "0.weight": the path
    /// must lead through existing children), replacing one of that name; with requires_grad
    /// nonzero it is marked as requiring grad. How a binding puts its own tensors into a module.
    pub fn ignis_module_set_parameter(m: *mut ignis_module, name: *const c_char, t: *mut ignis_tensor, requires_grad: i32) -> ignis_status;
    /// Registers (or replaces) buffer `name` (dotted path allowed) with t, shared.
    pub fn ignis_module_set_buffer(m: *mut ignis_module, name: *const c_char, t: *mut ignis_tensor) -> ignis_status;
    /// Every parameter and buffer by dotted name: *names (ignis_string_array_free) and *tensors
    /// (ignis_tensor_array_free, handles sharing the module's memory), *count entries each.
    pub fn ignis_module_state_dict(m: *const ignis_module, names: *mut *mut *mut c_char, tensors: *mut *mut *mut ignis_tensor, count: *mut usize) -> ignis_status;
    /// Copies count named tensors into the module. All-or-nothing: names, shapes and dtypes are
    /// checked first and a failure changes nothing. strict nonzero: a missing or unexpected key is
    /// an error naming every such key. report (may be NULL) receives both lists on success.
    pub fn ignis_module_load_state_dict(m: *mut ignis_module, names: *const *const c_char, tensors: *const *const ignis_tensor, count: usize, strict: i32, report: *mut ignis_load_report) -> ignis_status;
    /// Writes the state dict to a safetensors file (readable by PyTorch's safetensors loader),
    /// atomically: the file is either the old one or the new one. IGNIS_ERROR_IO on failure.
    pub fn ignis_module_save(m: *const ignis_module, path: *const c_char) -> ignis_status;
    /// Loads a safetensors file written by ignis_module_save (or PyTorch) like
    /// ignis_module_load_state_dict; a missing or corrupt file is IGNIS_ERROR_IO naming it.
    pub fn ignis_module_load(m: *mut ignis_module, path: *const c_char, strict: i32, report: *mut ignis_load_report) -> ignis_status;
}

// functions of ignis/optim.h
unsafe extern "C" {
    /// A new optimizer of `type` ("SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta") over
    /// n_params parameters (at least one; each a leaf tensor that requires grad, in no other group)
    /// with options_json in PyTorch's names: {"lr": 0.1, "momentum": 0.9, "nesterov": true},
    /// {"lr": 1e-3, "betas": [0.9, 0.999], "weight_decay": 0.01}. NULL or "" means PyTorch's
    /// defaults (SGD's lr, which PyTorch requires, defaults to 0.01). Flags take true/false or 0/1.
    /// Unknown options and out-of-range values are IGNIS_ERROR_INVALID_ARGUMENT naming them.
    pub fn ignis_optimizer_create(type_: *const c_char, params: *const *const ignis_tensor, n_params: usize, options_json: *const c_char, out: *mut *mut ignis_optimizer) -> ignis_status;
    /// Adds a parameter group with its own options (others come from the creation options).
    pub fn ignis_optimizer_add_param_group(opt: *mut ignis_optimizer, params: *const *const ignis_tensor, n_params: usize, options_json: *const c_char) -> ignis_status;
    /// Adds a reference to opt and returns opt (NULL-safe); any thread.
    pub fn ignis_optimizer_retain(opt: *mut ignis_optimizer) -> *mut ignis_optimizer;
    /// Drops the caller's reference (NULL-safe).
    pub fn ignis_optimizer_release(opt: *mut ignis_optimizer);
    /// Updates every parameter that has a gradient (without recording history).
    pub fn ignis_optimizer_step(opt: *mut ignis_optimizer) -> ignis_status;
    /// Drops (set_to_none nonzero, PyTorch's default) or zeroes every parameter's gradient.
    pub fn ignis_optimizer_zero_grad(opt: *mut ignis_optimizer, set_to_none: i32) -> ignis_status;
    /// Number of parameter groups into *out.
    pub fn ignis_optimizer_group_count(opt: *const ignis_optimizer, out: *mut usize) -> ignis_status;
    /// Number of parameters of group `group` into *out.
    pub fn ignis_optimizer_group_size(opt: *const ignis_optimizer, group: usize, out: *mut usize) -> ignis_status;
    /// Option `name` ("lr", "momentum", "beta1", ...; flags are 0 or 1) of group `group` into *out.
    pub fn ignis_optimizer_get_option(opt: *const ignis_optimizer, group: usize, name: *const c_char, out: *mut f64) -> ignis_status;
    /// Sets option `name` of group `group` (checked like creation options: an out-of-range value
    /// is an error and changes nothing).
    pub fn ignis_optimizer_set_option(opt: *mut ignis_optimizer, group: usize, name: *const c_char, value: f64) -> ignis_status;
    /// Writes the optimizer state (buffers as tensors "state.<i>.<name>", steps and group options in
    /// the file's metadata) to a safetensors file, atomically.
    pub fn ignis_optimizer_save(opt: *const ignis_optimizer, path: *const c_char) -> ignis_status;
    /// Restores a state saved from an optimizer of the same type with the same groups (same number of
    /// groups and parameters, same shapes). All-or-nothing; IGNIS_ERROR_IO for a missing or corrupt
    /// file.
    pub fn ignis_optimizer_load(opt: *mut ignis_optimizer, path: *const c_char) -> ignis_status;
    /// A scheduler of `type` over opt with options_json in PyTorch's names: "StepLR" {step_size,
    /// gamma=0.1}, "MultiStepLR" {milestones, gamma=0.1}, "ExponentialLR" {gamma},
    /// "CosineAnnealingLR" {T_max, eta_min=0}, "LinearLR" {start_factor=1/3, end_factor=1,
    /// total_iters=5}, "OneCycleLR" {max_lr, total_steps | epochs + steps_per_epoch, pct_start=0.3,
    /// anneal_strategy="cos", cycle_momentum=true, base_momentum=0.85, max_momentum=0.95,
    /// div_factor=25, final_div_factor=1e4, three_phase=false}, "ReduceLROnPlateau" {mode="min",
    /// factor=0.1, patience=10, threshold=1e-4, threshold_mode="rel", cooldown=0, min_lr=0,
    /// eps=1e-8}. Like PyTorch, creation sets the lrs of epoch 0.
    pub fn ignis_scheduler_create(type_: *const c_char, opt: *mut ignis_optimizer, options_json: *const c_char, out: *mut *mut ignis_scheduler) -> ignis_status;
    /// LambdaLR over opt: the library copies *lambda and owns user_data from then on.
    pub fn ignis_scheduler_create_lambda(opt: *mut ignis_optimizer, lambda: *const ignis_lr_lambda, out: *mut *mut ignis_scheduler) -> ignis_status;
    /// SequentialLR: schedulers[k] (all over opt, not ReduceLROnPlateau) runs from milestones[k-1]
    /// on; n_milestones = n_schedulers - 1. The new scheduler shares the others.
    pub fn ignis_scheduler_create_sequential(opt: *mut ignis_optimizer, schedulers: *const *mut ignis_scheduler, n_schedulers: usize, milestones: *const i64, n_milestones: usize, out: *mut *mut ignis_scheduler) -> ignis_status;
    /// Adds a reference to s and returns s (NULL-safe); any thread.
    pub fn ignis_scheduler_retain(s: *mut ignis_scheduler) -> *mut ignis_scheduler;
    /// Drops the caller's reference (NULL-safe).
    pub fn ignis_scheduler_release(s: *mut ignis_scheduler);
    /// Advances one epoch (ReduceLROnPlateau needs ignis_scheduler_step_metric).
    pub fn ignis_scheduler_step(s: *mut ignis_scheduler) -> ignis_status;
    /// ReduceLROnPlateau: records one epoch's metric (other schedulers: invalid argument).
    pub fn ignis_scheduler_step_metric(s: *mut ignis_scheduler, metric: f64) -> ignis_status;
    /// The lrs the last step set, one per group: min(capacity, groups) of them into out, and the
    /// number of groups into *count (out may be NULL with capacity 0 to ask for the count).
    pub fn ignis_scheduler_get_last_lr(s: *const ignis_scheduler, out: *mut f64, capacity: usize, count: *mut usize) -> ignis_status;
    /// Scales the gradients of params in place so that their joint norm_type-norm (INFINITY for the
    /// max norm) is at most max_norm, as torch.nn.utils.clip_grad_norm_; the norm before clipping
    /// into *total_norm (may be NULL). With error_if_nonfinite a NaN or infinite norm is an error.
    pub fn ignis_clip_grad_norm(params: *const *const ignis_tensor, n_params: usize, max_norm: f64, norm_type: f64, error_if_nonfinite: i32, total_norm: *mut f64) -> ignis_status;
    /// Clamps every gradient of params into [-clip_value, clip_value] in place.
    pub fn ignis_clip_grad_value(params: *const *const ignis_tensor, n_params: usize, clip_value: f64) -> ignis_status;
}

// functions of ignis/data.h
unsafe extern "C" {
    /// Example i is row i of each of the n tensors (all with the same first dim, n >= 1; shared,
    /// not copied), as torch.utils.data.TensorDataset.
    pub fn ignis_dataset_from_tensors(tensors: *const *const ignis_tensor, n: usize, out: *mut *mut ignis_dataset) -> ignis_status;
    /// Fashion-MNIST (train nonzero: the 60000 training images, else the 10000 test images) from the
    /// IDX files under root (NULL: /usr/share/datasets/fashion-mnist, Debian's
    /// dataset-fashion-mnist). Examples are a uint8 (28, 28) image and an int64 label.
    pub fn ignis_dataset_fashion_mnist(root: *const c_char, train: i32, out: *mut *mut ignis_dataset) -> ignis_status;
    /// Two IDX files (gzip or not), images (N, ...) and labels (N) of the MNIST family: examples are
    /// (image row in its file's dtype, int64 label). IGNIS_ERROR_IO naming the file when one is
    /// missing or corrupt; IGNIS_ERROR_SHAPE when the counts differ.
    pub fn ignis_dataset_idx(images_path: *const c_char, labels_path: *const c_char, out: *mut *mut ignis_dataset) -> ignis_status;
    /// A CSV file with a header row: examples are a float32 row of the feature columns and the label.
    /// options_json: {"label_column": "y" (required), "label_dtype": "int64" | "float32",
    /// "delimiter": ","}.
    pub fn ignis_dataset_csv(path: *const c_char, options_json: *const c_char, out: *mut *mut ignis_dataset) -> ignis_status;
    /// PNG images under root/<class>/ (classes sorted; examples (image, int64 class index)).
    /// transforms_json (NULL or "" for none) is a JSON array applied in order, each an object with a
    /// "type": {"type": "to_float"}, {"type": "resize", "height": 32, "width": 32},
    /// {"type": "normalize", "mean": [0.5], "std": [0.5]}, {"type": "random_crop", "height": 28,
    /// "width": 28, "padding": 4}, {"type": "random_horizontal_flip", "p": 0.5}. Random transforms
    /// draw from the CPU generator (ignis_manual_seed).
    pub fn ignis_dataset_image_folder(root: *const c_char, transforms_json: *const c_char, out: *mut *mut ignis_dataset) -> ignis_status;
    /// The examples of ds at indices[0..n) in that order (each in [0, size)).
    pub fn ignis_dataset_subset(ds: *const ignis_dataset, indices: *const i64, n: usize, out: *mut *mut ignis_dataset) -> ignis_status;
    /// Splits ds into n non-overlapping random subsets of the given lengths (summing to its size),
    /// shuffled by a generator seeded with seed, as torch.utils.data.random_split; out is a caller
    /// array of n handles (all NULL on failure).
    pub fn ignis_dataset_random_split(ds: *const ignis_dataset, lengths: *const i64, n: usize, seed: u64, out: *mut *mut ignis_dataset) -> ignis_status;
    /// A dataset of cb->size examples fetched through cb->get; the library copies *cb.
    pub fn ignis_dataset_from_callbacks(cb: *const ignis_dataset_callbacks, out: *mut *mut ignis_dataset) -> ignis_status;
    /// Adds a reference to ds and returns ds (NULL-safe); any thread.
    pub fn ignis_dataset_retain(ds: *mut ignis_dataset) -> *mut ignis_dataset;
    /// Drops the caller's reference (NULL-safe).
    pub fn ignis_dataset_release(ds: *mut ignis_dataset);
    /// Number of examples into *out.
    pub fn ignis_dataset_size(ds: *const ignis_dataset, out: *mut i64) -> ignis_status;
    /// Example i (0 <= i < size, else IGNIS_ERROR_INDEX) as *count tensors in a new array *out
    /// (ignis_tensor_array_free).
    pub fn ignis_dataset_get(ds: *const ignis_dataset, i: i64, out: *mut *mut *mut ignis_tensor, count: *mut usize) -> ignis_status;
    /// A loader of batches of ds. options_json: {"batch_size": 1, "shuffle": false, "seed": null
    /// (an int seeds the loader's own shuffling generator, making every epoch's order reproducible;
    /// null uses the CPU generator), "drop_last": false, "num_workers": 0, "prefetch_factor": 2}.
    /// Batches stack field k of every example into field k (torch's default_collate).
    pub fn ignis_dataloader_create(ds: *mut ignis_dataset, options_json: *const c_char, out: *mut *mut ignis_dataloader) -> ignis_status;
    /// Adds a reference to dl and returns dl (NULL-safe); any thread.
    pub fn ignis_dataloader_retain(dl: *mut ignis_dataloader) -> *mut ignis_dataloader;
    /// Drops the caller's reference (NULL-safe); stops and joins the workers with the last one.
    pub fn ignis_dataloader_release(dl: *mut ignis_dataloader);
    /// The next batch as *count tensors in a new array *batch (ignis_tensor_array_free). The first
    /// call starts an epoch; at the end of an epoch it returns IGNIS_OK with *batch NULL and *count
    /// 0, and the call after that starts the next epoch (with a new shuffle). An error building a
    /// batch (a dataset callback, a transform, mismatched example shapes) is returned when that
    /// batch is reached.
    pub fn ignis_dataloader_next(dl: *mut ignis_dataloader, batch: *mut *mut *mut ignis_tensor, count: *mut usize) -> ignis_status;
    /// Starts a new epoch now, abandoning the rest of the current one.
    pub fn ignis_dataloader_reset(dl: *mut ignis_dataloader) -> ignis_status;
    /// Batches per epoch into *out.
    pub fn ignis_dataloader_length(dl: *const ignis_dataloader, out: *mut i64) -> ignis_status;
}

// functions of ignis/io.h
unsafe extern "C" {
    /// Writes count named tensors (any device, strides or dtype; stored row-major little-endian)
    /// and n_metadata key/value strings to path, atomically: the file is either the old one or the
    /// new one. Names must be unique, non-empty and not "__metadata__". IGNIS_ERROR_IO names the
    /// file on failure.
    pub fn ignis_safetensors_save(path: *const c_char, names: *const *const c_char, tensors: *const *const ignis_tensor, count: usize, metadata_keys: *const *const c_char, metadata_values: *const *const c_char, n_metadata: usize) -> ignis_status;
    /// Reads every tensor of a safetensors file (CPU tensors; names sorted) into *names
    /// (ignis_string_array_free) and *tensors (ignis_tensor_array_free), *count entries each, and
    /// its metadata into *metadata_keys / *metadata_values (*n_metadata entries; pass NULL for all
    /// three to skip it). A missing or corrupt file is IGNIS_ERROR_IO naming it and the problem.
    pub fn ignis_safetensors_load(path: *const c_char, names: *mut *mut *mut c_char, tensors: *mut *mut *mut ignis_tensor, count: *mut usize, metadata_keys: *mut *mut *mut c_char, metadata_values: *mut *mut *mut c_char, n_metadata: *mut usize) -> ignis_status;
}

// functions of ignis/experimental.h
unsafe extern "C" {
    /// References held on t (every handle and internal view of the same TensorImpl); -1 for NULL.
    /// For leak hunting and tests; racy by nature; any thread.
    pub fn ignis_experimental_tensor_use_count(t: *const ignis_tensor) -> i64;
    /// Sets the default floating dtype (IGNIS_FLOAT32 or IGNIS_FLOAT64) process-wide; not
    /// thread-safe with ops running concurrently.
    pub fn ignis_experimental_set_default_dtype(dtype: ignis_dtype) -> ignis_status;
}
