// core.h: versions, the thread-local error message, status mapping, seeds, threads, grad mode.
#include "ignis/core.h"

#include <cstdlib>
#include <new>

#include "capi/src/glue.h"
#include "tensor/generator.h"
#include "tensor/graph.h"
#include "tensor/parallel.h"

namespace ignis::capi {
namespace {
thread_local std::string t_last_error;
}  // namespace

ignis_status set_error(ignis_status status, std::string msg) {
  t_last_error = std::move(msg);
  return status;
}

ignis_status handle_exception() noexcept {
  try {
    throw;
  } catch (const Error& e) {
    return set_error(static_cast<ignis_status>(e.kind()), e.what());
  } catch (const std::bad_alloc& e) {
    return set_error(IGNIS_ERROR_OUT_OF_MEMORY, std::string("out of memory: ") + e.what());
  } catch (const std::exception& e) {
    return set_error(IGNIS_ERROR_INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return set_error(IGNIS_ERROR_INTERNAL, "internal error: unknown exception");
  }
}

ignis_status null_out(const char* fn, const char* name) {
  return set_error(IGNIS_ERROR_INVALID_ARGUMENT,
                   std::string(fn) + ": out-pointer '" + name + "' is NULL");
}

}  // namespace ignis::capi

using ignis::capi::set_error;

#define STR2(x) #x
#define STR(x) STR2(x)

extern "C" {

IGNIS_API int32_t ignis_api_version(void) { return IGNIS_API_VERSION; }

IGNIS_API const char* ignis_version_string(void) {
  return STR(IGNIS_VERSION_MAJOR) "." STR(IGNIS_VERSION_MINOR) "." STR(IGNIS_VERSION_PATCH);
}

IGNIS_API const char* ignis_last_error(void) { return ignis::capi::t_last_error.c_str(); }

IGNIS_API ignis_status ignis_set_last_error(ignis_status status, const char* msg) {
  ignis::capi::t_last_error = msg ? msg : "";
  return status;
}

IGNIS_API void ignis_string_free(char* s) { std::free(s); }

IGNIS_API const char* ignis_status_name(ignis_status status) {
  if (status == IGNIS_OK) return "ok";
  int s = static_cast<int>(status);
  if (s < 1 || s > 9) return "unknown";
  return ignis::error_kind_name(static_cast<ignis::ErrorKind>(s));
}

IGNIS_API size_t ignis_dtype_itemsize(ignis_dtype dtype) {
  int d = static_cast<int>(dtype);
  if (d < 0 || d >= ignis::kNumDTypes) return 0;
  return static_cast<size_t>(ignis::itemsize(static_cast<ignis::DType>(d)));
}

IGNIS_API const char* ignis_dtype_name(ignis_dtype dtype) {
  int d = static_cast<int>(dtype);
  if (d < 0 || d >= ignis::kNumDTypes) return "invalid";
  return ignis::dtype_name(static_cast<ignis::DType>(d));
}

IGNIS_API ignis_status ignis_manual_seed(uint64_t seed) {
  IGNIS_CAPI_TRY
  ignis::manual_seed(seed);
  IGNIS_CAPI_CATCH
}

IGNIS_API ignis_status ignis_set_num_threads(int32_t n) {
  if (n < 1)
    return set_error(IGNIS_ERROR_INVALID_ARGUMENT,
                     "ignis_set_num_threads: expected n >= 1 but got " + std::to_string(n));
  IGNIS_CAPI_TRY
  ignis::set_num_threads(n);
  IGNIS_CAPI_CATCH
}

IGNIS_API int32_t ignis_get_num_threads(void) { return ignis::get_num_threads(); }

IGNIS_API int32_t ignis_cuda_is_available(void) {
  try {
    return ignis::cuda_is_available() ? 1 : 0;
  } catch (...) {
    return 0;
  }
}

IGNIS_API int32_t ignis_cuda_device_count(void) {
  try {
    return ignis::cuda_device_count();
  } catch (...) {
    return 0;
  }
}

IGNIS_API ignis_status ignis_grad_mode_set(int32_t enabled, int32_t* prev) {
  if (prev) *prev = ignis::GradMode::is_enabled() ? 1 : 0;
  ignis::GradMode::set_enabled(enabled != 0);
  return IGNIS_OK;
}

IGNIS_API int32_t ignis_grad_mode_is_enabled(void) { return ignis::GradMode::is_enabled() ? 1 : 0; }

IGNIS_API ignis_status ignis_inference_mode_set(int32_t enabled, int32_t* prev) {
  // The engine offers only a scoped guard; its constructor switches the thread's modes and its
  // destructor would switch them back, so it is built in place and never destroyed (it holds two
  // bools). Grad mode is saved on entry and restored on exit, as leaving the guard would.
  static thread_local bool grad_before = true;
  bool was = ignis::InferenceMode::is_enabled();
  if (prev) *prev = was ? 1 : 0;
  if ((enabled != 0) == was) return IGNIS_OK;
  if (enabled) grad_before = ignis::GradMode::is_enabled();
  alignas(ignis::InferenceModeGuard) unsigned char buf[sizeof(ignis::InferenceModeGuard)];
  new (buf) ignis::InferenceModeGuard(enabled != 0);
  if (!enabled) ignis::GradMode::set_enabled(grad_before);
  return IGNIS_OK;
}

}  // extern "C"
