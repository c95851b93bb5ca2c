/* The trampolines declared in jni_callbacks.h: C callbacks of the C API that call Java. */
#include "jni_callbacks.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

/* One Java callback: the object (a global reference), the method to call on it, and the VM to
 * find an env in on whichever thread the engine calls from. Method ids are resolved on the
 * creating (Java) thread: an attached native thread's FindClass would only see the system class
 * loader. */
typedef struct jni_callback {
  JavaVM* vm;
  jobject target;
  jmethodID method;
} jni_callback;

/* dev.ignis.IgnisException and its status(), resolved on a Java thread when a callback is made
 * (a benign race: every thread stores the same values). */
static jclass ignis_exception_class;
static jmethodID ignis_exception_status;

static int resolve_exception_class(JNIEnv* env) {
  if (__atomic_load_n(&ignis_exception_status, __ATOMIC_ACQUIRE)) return 1;
  jclass local = (*env)->FindClass(env, "dev/ignis/IgnisException");
  if (!local) return 0;
  jmethodID status = (*env)->GetMethodID(env, local, "status", "()I");
  jclass global = status ? (jclass)(*env)->NewGlobalRef(env, local) : NULL;
  (*env)->DeleteLocalRef(env, local);
  if (!global) return 0;
  jclass expected = NULL;
  if (!__atomic_compare_exchange_n(&ignis_exception_class, &expected, global, 0, __ATOMIC_ACQ_REL,
                                   __ATOMIC_ACQUIRE))
    (*env)->DeleteGlobalRef(env, global);
  __atomic_store_n(&ignis_exception_status, status, __ATOMIC_RELEASE);
  return 1;
}

/* A new callback for target's method (name, signature); NULL with a Java exception pending. */
static jni_callback* callback_new(JNIEnv* env, jobject target, const char* name,
                                  const char* signature) {
  if (!target) {
    jclass c = (*env)->FindClass(env, "dev/ignis/InvalidArgumentException");
    if (c) (*env)->ThrowNew(env, c, "callback: expected an object, got null");
    return NULL;
  }
  if (!resolve_exception_class(env)) return NULL;
  jclass cls = (*env)->GetObjectClass(env, target);
  jmethodID method = (*env)->GetMethodID(env, cls, name, signature);
  (*env)->DeleteLocalRef(env, cls);
  if (!method) return NULL; /* NoSuchMethodError pending */
  jni_callback* cb = (jni_callback*)calloc(1, sizeof *cb);
  if (!cb || (*env)->GetJavaVM(env, &cb->vm) != 0 ||
      !(cb->target = (*env)->NewGlobalRef(env, target))) {
    free(cb);
    jclass c = (*env)->FindClass(env, "dev/ignis/OutOfMemoryException");
    if (c) (*env)->ThrowNew(env, c, "callback: cannot hold a reference to the Java object");
    return NULL;
  }
  cb->method = method;
  return cb;
}

/* Native threads (the engine's loader workers) that a callback attached stay attached, as
 * daemons, until they exit: attaching costs a java.lang.Thread, too much per example. A
 * thread-local key's destructor detaches them at thread exit. */
static pthread_key_t detach_key;
static pthread_once_t detach_once = PTHREAD_ONCE_INIT;
static int detach_key_ok;

static void detach_at_exit(void* vm) { (*(JavaVM*)vm)->DetachCurrentThread((JavaVM*)vm); }

static void make_detach_key(void) {
  detach_key_ok = pthread_key_create(&detach_key, detach_at_exit) == 0;
}

/* This thread's env, attaching it to the JVM when it is not a Java thread. *attached is set
 * when it must be detached after the call (only if it cannot be left attached until exit). */
static JNIEnv* callback_env(JavaVM* vm, int* attached) {
  JNIEnv* env = NULL;
  *attached = 0;
  jint r = (*vm)->GetEnv(vm, (void**)&env, JNI_VERSION_1_8);
  if (r == JNI_OK) return env;
  if (r != JNI_EDETACHED || (*vm)->AttachCurrentThreadAsDaemon(vm, (void**)&env, NULL) != 0)
    return NULL;
  pthread_once(&detach_once, make_detach_key);
  if (!detach_key_ok || pthread_setspecific(detach_key, vm) != 0) *attached = 1;
  return env;
}

static void callback_leave(JavaVM* vm, int attached) {
  if (attached) (*vm)->DetachCurrentThread(vm);
}

/* The destroy of every callback: drops the global reference (any thread). */
static void callback_destroy(void* user_data) {
  jni_callback* cb = (jni_callback*)user_data;
  int attached = 0;
  JNIEnv* env = callback_env(cb->vm, &attached);
  if (env) (*env)->DeleteGlobalRef(env, cb->target); /* else: a leak, never a crash */
  callback_leave(cb->vm, attached);
  free(cb);
}

/* Turns the pending Java exception into this thread's engine error and returns its status. */
static ignis_status exception_to_status(JNIEnv* env, const char* what) {
  jthrowable ex = (*env)->ExceptionOccurred(env);
  (*env)->ExceptionClear(env);
  ignis_status status = IGNIS_ERROR_INVALID_ARGUMENT;
  if ((*env)->IsInstanceOf(env, ex, ignis_exception_class)) {
    jint s = (*env)->CallIntMethod(env, ex, ignis_exception_status);
    if (!(*env)->ExceptionCheck(env) && s > 0) status = (ignis_status)s;
  }
  (*env)->ExceptionClear(env);
  char msg[1024];
  snprintf(msg, sizeof msg, "%s threw an exception", what);
  jclass object = (*env)->FindClass(env, "java/lang/Object");
  jmethodID to_string =
      object ? (*env)->GetMethodID(env, object, "toString", "()Ljava/lang/String;") : NULL;
  jstring text = to_string ? (jstring)(*env)->CallObjectMethod(env, ex, to_string) : NULL;
  if ((*env)->ExceptionCheck(env)) { /* toString itself threw */
    (*env)->ExceptionClear(env);
    text = NULL;
  }
  const char* chars = text ? (*env)->GetStringUTFChars(env, text, NULL) : NULL;
  if (chars) {
    snprintf(msg, sizeof msg, "%s threw %s", what, chars);
    (*env)->ReleaseStringUTFChars(env, text, chars);
  }
  if (text) (*env)->DeleteLocalRef(env, text);
  if (object) (*env)->DeleteLocalRef(env, object);
  (*env)->DeleteLocalRef(env, ex);
  return ignis_set_last_error(status, msg);
}

/* ---- LambdaLR ---- */

static ignis_status lr_lambda_call(int64_t epoch, size_t group, double* factor, void* user_data) {
  jni_callback* cb = (jni_callback*)user_data;
  int attached = 0;
  JNIEnv* env = callback_env(cb->vm, &attached);
  if (!env)
    return ignis_set_last_error(IGNIS_ERROR_INTERNAL,
                                "LambdaLR lambda: cannot attach this thread to the JVM");
  jdouble f = (*env)->CallDoubleMethod(env, cb->target, cb->method, (jlong)epoch, (jint)group);
  ignis_status s = IGNIS_OK;
  if ((*env)->ExceptionCheck(env)) {
    s = exception_to_status(env, "LambdaLR lambda");
  } else {
    *factor = f;
  }
  callback_leave(cb->vm, attached);
  return s;
}

ignis_status ignis_jni_scheduler_create_lambda(JNIEnv* jenv_, ignis_optimizer* opt, jobject fn,
                                               ignis_scheduler** out) {
  jni_callback* cb = callback_new(jenv_, fn, "factor", "(JI)D");
  if (!cb) return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT, "LambdaLR: bad lambda");
  ignis_lr_lambda lambda = {sizeof lambda, lr_lambda_call, cb, callback_destroy};
  /* The library owns cb from here on (destroy runs even when creation fails). */
  return ignis_scheduler_create_lambda(opt, &lambda, out);
}

/* ---- custom autograd functions ---- */

/* A Java long[] of n handles (NULL with an exception pending). */
static jlongArray handles_to_java(JNIEnv* env, const ignis_tensor* const* ts, size_t n) {
  jlongArray a = (*env)->NewLongArray(env, (jsize)n);
  for (size_t i = 0; a && i < n; ++i) {
    jlong h = (jlong)(intptr_t)ts[i];
    (*env)->SetLongArrayRegion(env, a, (jsize)i, 1, &h);
  }
  return a;
}

static ignis_status function_backward_call(const ignis_tensor* const* grad_outputs,
                                           size_t n_outputs, const ignis_tensor* const* saved,
                                           size_t n_saved, ignis_tensor** grad_inputs,
                                           size_t n_inputs, void* user_data) {
  jni_callback* cb = (jni_callback*)user_data;
  int attached = 0;
  JNIEnv* env = callback_env(cb->vm, &attached);
  if (!env)
    return ignis_set_last_error(IGNIS_ERROR_INTERNAL,
                                "custom function backward: cannot attach this thread to the JVM");
  ignis_status s = IGNIS_OK;
  jlongArray grads = handles_to_java(env, grad_outputs, n_outputs);
  jlongArray kept = grads ? handles_to_java(env, saved, n_saved) : NULL;
  jlongArray result =
      kept ? (jlongArray)(*env)->CallObjectMethod(env, cb->target, cb->method, grads, kept) : NULL;
  if ((*env)->ExceptionCheck(env)) {
    s = exception_to_status(env, "custom function backward");
  } else if (!result || (size_t)(*env)->GetArrayLength(env, result) != n_inputs) {
    /* The Java bridge checks the count; this guards the C contract regardless. */
    s = ignis_set_last_error(IGNIS_ERROR_INTERNAL,
                             "custom function backward: wrong number of gradients");
  } else {
    for (size_t i = 0; i < n_inputs; ++i) {
      jlong h = 0;
      (*env)->GetLongArrayRegion(env, result, (jsize)i, 1, &h);
      grad_inputs[i] = (ignis_tensor*)(intptr_t)h; /* a new reference the engine takes over */
    }
  }
  if (result) (*env)->DeleteLocalRef(env, result);
  if (kept) (*env)->DeleteLocalRef(env, kept);
  if (grads) (*env)->DeleteLocalRef(env, grads);
  callback_leave(cb->vm, attached);
  return s;
}

ignis_status ignis_jni_autograd_function_apply(JNIEnv* jenv_, const char* name, jobject bridge,
                                               const ignis_tensor* const* inputs, size_t n_inputs,
                                               const ignis_tensor* const* outputs, size_t n_outputs,
                                               const ignis_tensor* const* saved, size_t n_saved,
                                               ignis_tensor** results) {
  jni_callback* cb = callback_new(jenv_, bridge, "backward", "([J[J)[J");
  if (!cb) return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT, "custom function: bad bridge");
  ignis_autograd_function fn = {sizeof fn, name, function_backward_call, cb, callback_destroy};
  return ignis_autograd_function_apply(&fn, inputs, n_inputs, outputs, n_outputs, saved, n_saved,
                                       results);
}

/* ---- datasets served by Java ---- */

static ignis_status dataset_get_call(int64_t index, ignis_tensor** tensors, size_t capacity,
                                     size_t* count, void* user_data) {
  jni_callback* cb = (jni_callback*)user_data;
  int attached = 0;
  JNIEnv* env = callback_env(cb->vm, &attached);
  if (!env)
    return ignis_set_last_error(IGNIS_ERROR_INTERNAL,
                                "dataset get: cannot attach this thread to the JVM");
  ignis_status s = IGNIS_OK;
  jlongArray result =
      (jlongArray)(*env)->CallObjectMethod(env, cb->target, cb->method, (jlong)index);
  if ((*env)->ExceptionCheck(env)) {
    s = exception_to_status(env, "dataset get");
  } else if (!result || (size_t)(*env)->GetArrayLength(env, result) > capacity) {
    /* The Java side checks the count; this guards the C contract regardless. */
    s = ignis_set_last_error(IGNIS_ERROR_INTERNAL, "dataset get: too many tensors");
  } else {
    size_t n = (size_t)(*env)->GetArrayLength(env, result);
    for (size_t i = 0; i < n; ++i) {
      jlong h = 0;
      (*env)->GetLongArrayRegion(env, result, (jsize)i, 1, &h);
      tensors[i] = (ignis_tensor*)(intptr_t)h; /* new references the engine takes over */
    }
    *count = n;
  }
  if (result) (*env)->DeleteLocalRef(env, result);
  callback_leave(cb->vm, attached);
  return s;
}

ignis_status ignis_jni_dataset_from_callbacks(JNIEnv* jenv_, int64_t size, jobject source,
                                              ignis_dataset** out) {
  jni_callback* cb = callback_new(jenv_, source, "get", "(J)[J");
  if (!cb) return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT, "dataset: bad source");
  ignis_dataset_callbacks callbacks = {sizeof callbacks, size, dataset_get_call, cb,
                                       callback_destroy};
  return ignis_dataset_from_callbacks(&callbacks, out);
}

/* ---- gradient hooks ---- */

static ignis_status grad_hook_call(const ignis_tensor* grad, ignis_tensor** replacement,
                                   void* user_data) {
  jni_callback* cb = (jni_callback*)user_data;
  int attached = 0;
  JNIEnv* env = callback_env(cb->vm, &attached);
  if (!env)
    return ignis_set_last_error(IGNIS_ERROR_INTERNAL,
                                "gradient hook: cannot attach this thread to the JVM");
  ignis_status s = IGNIS_OK;
  jlong h = (*env)->CallLongMethod(env, cb->target, cb->method, (jlong)(intptr_t)grad);
  if ((*env)->ExceptionCheck(env)) {
    s = exception_to_status(env, "gradient hook");
  } else {
    *replacement = (ignis_tensor*)(intptr_t)h; /* NULL keeps the gradient */
  }
  callback_leave(cb->vm, attached);
  return s;
}

ignis_status ignis_jni_tensor_register_hook(JNIEnv* jenv_, const ignis_tensor* t, jobject hook) {
  jni_callback* cb = callback_new(jenv_, hook, "call", "(J)J");
  if (!cb) return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT, "hook: bad bridge");
  ignis_grad_hook h = {sizeof h, grad_hook_call, cb, callback_destroy};
  return ignis_tensor_register_hook(t, &h);
}
