/* Java callbacks for the C API's callback-taking functions (LambdaLR, custom autograd
 * functions, callback datasets, gradient hooks): handwritten JNI trampolines, compiled into
 * libignis_jni beside SWIG's glue, which wraps these declarations like any C API function
 * (ignis.i). The Java object is held by a JNI global reference until the engine's destroy callback
 * runs. A callback may run on any thread: one the JVM does not know (an engine worker) is attached
 * as a daemon and stays attached until it exits (a thread-local destructor detaches it). A Java
 * exception thrown by a callback is cleared and becomes the engine error the callback returns: an
 * IgnisException keeps its status, anything else is IGNIS_ERROR_INVALID_ARGUMENT; the message names
 * the callback and the exception (Throwable.toString()). */
#ifndef IGNIS_JNI_CALLBACKS_H
#define IGNIS_JNI_CALLBACKS_H

#include <jni.h>

#include "ignis/ignis.h"

/* LambdaLR over opt whose factor for (epoch, group) is fn.factor(long epoch, int group), fn a
 * dev.ignis.optim.Scheduler.LrLambda. */
ignis_status ignis_jni_scheduler_create_lambda(JNIEnv* jenv_, ignis_optimizer* opt, jobject fn,
                                               ignis_scheduler** out);

/* ignis_autograd_function_apply whose backward calls bridge.backward(long[] gradOutputs,
 * long[] saved) (borrowed handles, valid during the call) -> long[n_inputs] of new references
 * (0: no gradient); bridge is a dev.ignis.Function's backward bridge. */
ignis_status ignis_jni_autograd_function_apply(JNIEnv* jenv_, const char* name, jobject bridge,
                                               const ignis_tensor* const* inputs, size_t n_inputs,
                                               const ignis_tensor* const* outputs, size_t n_outputs,
                                               const ignis_tensor* const* saved, size_t n_saved,
                                               ignis_tensor** results);

/* A dataset of size examples whose example i is source.get(long i) -> long[] of new references
 * (at most 16); source is a dev.ignis.data.Dataset's Java source bridge. Runs on the loader's
 * worker threads when num_workers > 0 (attached to the JVM for their lifetime). */
ignis_status ignis_jni_dataset_from_callbacks(JNIEnv* jenv_, int64_t size, jobject source,
                                              ignis_dataset** out);

/* Registers a gradient hook on t whose call is hook.call(long grad) (borrowed) -> a new
 * reference replacing the gradient, or 0 to keep it; hook is a dev.ignis.Tensor hook bridge. */
ignis_status ignis_jni_tensor_register_hook(JNIEnv* jenv_, const ignis_tensor* t, jobject hook);

#endif /* IGNIS_JNI_CALLBACKS_H */
