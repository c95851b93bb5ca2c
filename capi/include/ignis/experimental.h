/* Ignis C API: experimental functions, outside the ABI promise (they may change or go away in
 * any release). Pure C11. */
#ifndef IGNIS_EXPERIMENTAL_H
#define IGNIS_EXPERIMENTAL_H

#include "ignis/tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

/* References held on t (every handle and internal view of the same TensorImpl); -1 for NULL.
 * For leak hunting and tests; racy by nature; any thread. */
IGNIS_API int64_t ignis_experimental_tensor_use_count(const ignis_tensor* t);
/* Sets the default floating dtype (IGNIS_FLOAT32 or IGNIS_FLOAT64) process-wide; not
 * thread-safe with ops running concurrently. */
IGNIS_API ignis_status ignis_experimental_set_default_dtype(ignis_dtype dtype);

#ifdef __cplusplus
}
#endif

#endif /* IGNIS_EXPERIMENTAL_H */
