/* Ignis C API: versions, status codes, errors, threads and seeds.
 * Pure C11. Every fallible function returns ignis_status (IGNIS_OK = 0); on failure
 * ignis_last_error() returns this thread's message for the last failure. No function ever
 * aborts the process on bad input.
 * Thread safety: every function in this header may be called from any thread. */
#ifndef IGNIS_CORE_H
#define IGNIS_CORE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define IGNIS_VERSION_MAJOR 0
#define IGNIS_VERSION_MINOR 1
#define IGNIS_VERSION_PATCH 0
/* The C API level of these headers; grows by one with every addition to the API
 * (2: nn.h, optim.h, data.h; 3: custom autograd functions, grad_fn names, io.h;
 * 4: checkpoint.h). */
#define IGNIS_API_VERSION 4

#if defined(_WIN32)
#define IGNIS_API __declspec(dllimport)
#else
#define IGNIS_API __attribute__((visibility("default")))
#endif

/* Result of every fallible call. The values never change. */
typedef enum ignis_status {
  IGNIS_OK = 0,
  IGNIS_ERROR_INVALID_ARGUMENT = 1,
  IGNIS_ERROR_SHAPE = 2,
  IGNIS_ERROR_DTYPE = 3,
  IGNIS_ERROR_DEVICE = 4,
  IGNIS_ERROR_OUT_OF_MEMORY = 5,
  IGNIS_ERROR_IO = 6,
  IGNIS_ERROR_UNSUPPORTED = 7,
  IGNIS_ERROR_INTERNAL = 8,
  IGNIS_ERROR_INDEX = 9,
  /* Not a status: makes the enum 32 bits wide, so any int32 a caller passes is a valid value
   * for the library to check (Vulkan's *_MAX_ENUM idiom). Likewise for the enums below. */
  IGNIS_STATUS_MAX_ENUM = 0x7FFFFFFF
} ignis_status;

/* Element types. The values never change. */
typedef enum ignis_dtype {
  IGNIS_BOOL = 0,
  IGNIS_UINT8 = 1,
  IGNIS_INT8 = 2,
  IGNIS_INT16 = 3,
  IGNIS_INT32 = 4,
  IGNIS_INT64 = 5,
  IGNIS_FLOAT16 = 6,
  IGNIS_BFLOAT16 = 7,
  IGNIS_FLOAT32 = 8,
  IGNIS_FLOAT64 = 9,
  IGNIS_DTYPE_MAX_ENUM = 0x7FFFFFFF
} ignis_dtype;

/* Device kinds. The values never change. */
typedef enum ignis_device_type {
  IGNIS_CPU = 0,
  IGNIS_CUDA = 1,
  IGNIS_DEVICE_TYPE_MAX_ENUM = 0x7FFFFFFF
} ignis_device_type;

/* A device: its kind and, for CUDA, its ordinal. */
typedef struct ignis_device {
  ignis_device_type type;
  int32_t index;
} ignis_device;

/* A number passed to ops (alpha, fill values): a bool, an integer or a float, by tag. Build one
 * with ignis_scalar_bool / ignis_scalar_int / ignis_scalar_float. */
typedef enum ignis_scalar_kind {
  IGNIS_SCALAR_BOOL = 0,
  IGNIS_SCALAR_INT = 1,
  IGNIS_SCALAR_FLOAT = 2,
  IGNIS_SCALAR_KIND_MAX_ENUM = 0x7FFFFFFF
} ignis_scalar_kind;
typedef struct ignis_scalar {
  int32_t kind; /* an ignis_scalar_kind */
  int32_t reserved;
  union {
    int64_t i; /* IGNIS_SCALAR_BOOL (0 or 1) and IGNIS_SCALAR_INT */
    double f;  /* IGNIS_SCALAR_FLOAT */
  } value;
} ignis_scalar;

/* A bool scalar (nonzero is true). */
static inline ignis_scalar ignis_scalar_bool(int32_t v) {
  ignis_scalar s;
  s.kind = IGNIS_SCALAR_BOOL;
  s.reserved = 0;
  s.value.i = v != 0;
  return s;
}
/* An integer scalar. */
static inline ignis_scalar ignis_scalar_int(int64_t v) {
  ignis_scalar s;
  s.kind = IGNIS_SCALAR_INT;
  s.reserved = 0;
  s.value.i = v;
  return s;
}
/* A floating-point scalar. */
static inline ignis_scalar ignis_scalar_float(double v) {
  ignis_scalar s;
  s.kind = IGNIS_SCALAR_FLOAT;
  s.reserved = 0;
  s.value.f = v;
  return s;
}

/* The API level of the loaded library (IGNIS_API_VERSION it was built with). Bindings refuse
 * to run against a library older than the headers they were built with. */
IGNIS_API int32_t ignis_api_version(void);
/* "MAJOR.MINOR.PATCH"; static storage, never freed. */
IGNIS_API const char* ignis_version_string(void);
/* This thread's message for the last failed call ("" if none); valid until this thread's next
 * failing call. */
IGNIS_API const char* ignis_last_error(void);
/* Sets this thread's error message (msg may be NULL) and returns status unchanged; callbacks
 * (hooks, deleters' callers) use it so that their message reaches the caller intact. */
IGNIS_API ignis_status ignis_set_last_error(ignis_status status, const char* msg);
/* Frees a string the library returned (ignis_tensor_to_string); NULL-safe; any thread. */
IGNIS_API void ignis_string_free(char* s);
/* A short name for a status code ("shape", "dtype", ...); static storage. */
IGNIS_API const char* ignis_status_name(ignis_status status);

/* Size in bytes of one element of dtype (0 for an invalid dtype). */
IGNIS_API size_t ignis_dtype_itemsize(ignis_dtype dtype);
/* PyTorch-style name of dtype ("float32"); static storage; "invalid" for bad values. */
IGNIS_API const char* ignis_dtype_name(ignis_dtype dtype);

/* Seeds every default random generator (CPU and CUDA). */
IGNIS_API ignis_status ignis_manual_seed(uint64_t seed);
/* Sets the number of threads intra-op loops use (n >= 1), process-wide. */
IGNIS_API ignis_status ignis_set_num_threads(int32_t n);
IGNIS_API int32_t ignis_get_num_threads(void);
/* 1 when a CUDA device is usable, else 0. */
IGNIS_API int32_t ignis_cuda_is_available(void);
IGNIS_API int32_t ignis_cuda_device_count(void);

/* Grad mode is per thread. Sets it and stores the previous value in *prev (may be NULL). */
IGNIS_API ignis_status ignis_grad_mode_set(int32_t enabled, int32_t* prev);
IGNIS_API int32_t ignis_grad_mode_is_enabled(void);
/* Inference mode (no history, per thread); *prev receives the previous state (may be NULL). */
IGNIS_API ignis_status ignis_inference_mode_set(int32_t enabled, int32_t* prev);

#ifdef __cplusplus
}
#endif

#endif /* IGNIS_CORE_H */
