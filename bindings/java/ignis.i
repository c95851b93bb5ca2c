/* SWIG interface: the C API headers (capi/include/ignis/*.h) as the raw JNI layer dev.ignis.raw
 * (DESIGN §8). SWIG reads the headers themselves; this file only says how each C type crosses
 * into Java. The raw layer mirrors the C API one function to one method, named as in C; the
 * handwritten dev.ignis layer is what users call.
 *
 * Java mapping (raw layer):
 *   ignis_status return          void; a failure throws the dev.ignis exception of its status
 *                                (IgnisException subclasses) carrying ignis_last_error()
 *   ignis_tensor*, ignis_module*, ... (opaque handles)   long (the address; 0 = NULL)
 *   T** (out handle)             long[] (length >= 1; element 0 receives the handle)
 *   T*** out, size_t* count      long[][] (element 0 receives the handles)
 *   const T* const* (arrays)     long[] of handles, the count passed as the next argument
 *   const int64_t*, const double*, const int32_t*, const ignis_dtype*, const uint64_t*
 *                                long[] / double[] / int[] / int[] / long[]; null = NULL (None)
 *   int64_t*, double*, int32_t*, size_t*, ignis_dtype*, ignis_device* (outs)
 *                                long[] / double[] / int[] / long[] / int[] / long[], element 0
 *   ignis_scalar (by value or const*)   Object: Boolean -> bool, Float/Double -> float,
 *                                other Number -> int; null = NULL for const ignis_scalar*
 *   ignis_device                 long: (type << 32) | index
 *   char** (out string)          String[] (element 0); the C string is freed here
 *   const void* data / void* buffer, size_t nbytes   a Java primitive array (its byte length)
 *   enums                        int constants (IgnisRawConstants)
 * Lists keep their explicit count argument (SWIG matches multi-argument typemaps by name); the
 * dev.ignis layer always passes the array's own length. Functions taking C callbacks, DLPack
 * structs or the dynamic op call are not wrapped (see docs/java.md), except LambdaLR and custom
 * autograd functions, callback datasets and gradient hooks, which jni_callbacks.h/.c wrap with
 * Java objects. */
%module IgnisRaw

%include "stdint.i"
/* int64_t is a Java long (SWIG maps C long, which int64_t is on LP64, to int). */
%apply long long { int64_t };
%include "enumtypeunsafe.swg"
%javaconst(1);

%{
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "ignis/ignis.h"
#include "ignis/experimental.h"
#include "jni_callbacks.h"

/* Throws the dev.ignis exception class of status with this thread's last error message. */
static void ignis_jni_throw_status(JNIEnv* env, ignis_status status) {
  const char* cls = "dev/ignis/IgnisException";
  switch (status) {
    case IGNIS_ERROR_INVALID_ARGUMENT: cls = "dev/ignis/InvalidArgumentException"; break;
    case IGNIS_ERROR_SHAPE: cls = "dev/ignis/ShapeException"; break;
    case IGNIS_ERROR_DTYPE: cls = "dev/ignis/DTypeException"; break;
    case IGNIS_ERROR_DEVICE: cls = "dev/ignis/DeviceException"; break;
    case IGNIS_ERROR_OUT_OF_MEMORY: cls = "dev/ignis/OutOfMemoryException"; break;
    case IGNIS_ERROR_IO: cls = "dev/ignis/IgnisIOException"; break;
    case IGNIS_ERROR_UNSUPPORTED: cls = "dev/ignis/UnsupportedException"; break;
    case IGNIS_ERROR_INTERNAL: cls = "dev/ignis/InternalException"; break;
    case IGNIS_ERROR_INDEX: cls = "dev/ignis/IndexException"; break;
    default: break;
  }
  if ((*env)->ExceptionCheck(env)) return; /* a Java exception raised earlier wins */
  jclass c = (*env)->FindClass(env, cls);
  if (c) (*env)->ThrowNew(env, c, ignis_last_error());
}

static void ignis_jni_throw_arg(JNIEnv* env, const char* msg) {
  if ((*env)->ExceptionCheck(env)) return;
  jclass c = (*env)->FindClass(env, "dev/ignis/InvalidArgumentException");
  if (c) (*env)->ThrowNew(env, c, msg);
}

/* A class by name as a global reference, looked up once per name (slot) and process. */
static jclass ignis_jni_class(JNIEnv* env, int slot, const char* name) {
  static jclass cache[32]; /* slots: 0-1 scalar kinds, 2-8 integral boxes, 9-16 arrays,
                            * 17-18 Integer and Double (the scalar fast path) */
  jclass c = __atomic_load_n(&cache[slot], __ATOMIC_ACQUIRE);
  if (c) return c;
  jclass local = (*env)->FindClass(env, name);
  if (!local) return NULL;
  c = (jclass)(*env)->NewGlobalRef(env, local);
  (*env)->DeleteLocalRef(env, local);
  jclass expected = NULL;
  if (!__atomic_compare_exchange_n(&cache[slot], &expected, c, 0, __ATOMIC_ACQ_REL,
                                   __ATOMIC_ACQUIRE)) {
    (*env)->DeleteGlobalRef(env, c); /* another thread won the race */
    c = expected;
  }
  return c;
}

/* A method id of a cached class, looked up once per slot and process (a lookup costs more than
 * the tiny op it serves; ids stay valid while the class, held globally, is loaded). */
static jmethodID ignis_jni_method(JNIEnv* env, int slot, jclass c, const char* name,
                                  const char* sig) {
  static jmethodID cache[4]; /* slots: 0 booleanValue, 1 longValue, 2 doubleValue */
  jmethodID m = __atomic_load_n(&cache[slot], __ATOMIC_ACQUIRE);
  if (m) return m;
  m = (*env)->GetMethodID(env, c, name, sig);
  if (m) __atomic_store_n(&cache[slot], m, __ATOMIC_RELEASE); /* same id from every racer */
  return m;
}

/* An ignis_scalar from a boxed Java value: Boolean -> bool; Byte, Short, Integer, Long,
 * BigInteger, AtomicInteger, AtomicLong -> int; any other Number (Float, Double, BigDecimal,
 * ...) -> float. 0 (with an exception pending) when it is none of these. */
static int ignis_jni_scalar(JNIEnv* env, jobject v, ignis_scalar* out) {
  static const char* const integral[] = {
      "java/lang/Long", "java/lang/Integer", "java/lang/Short", "java/lang/Byte",
      "java/math/BigInteger", "java/util/concurrent/atomic/AtomicInteger",
      "java/util/concurrent/atomic/AtomicLong"};
  /* Fast path for the boxes Java literals make (1, 0.5): their final "value" field, read
   * directly; an upcall to intValue() costs more than the tiny op it serves. */
  static jfieldID int_value, double_value;
  jclass integer = ignis_jni_class(env, 17, "java/lang/Integer");
  jclass dbl = ignis_jni_class(env, 18, "java/lang/Double");
  if (!integer || !dbl) return 0;
  if ((*env)->IsInstanceOf(env, v, integer)) {
    jfieldID f = __atomic_load_n(&int_value, __ATOMIC_ACQUIRE);
    if (!f && !(f = (*env)->GetFieldID(env, integer, "value", "I"))) return 0;
    __atomic_store_n(&int_value, f, __ATOMIC_RELEASE);
    *out = ignis_scalar_int((*env)->GetIntField(env, v, f));
    return 1;
  }
  if ((*env)->IsInstanceOf(env, v, dbl)) {
    jfieldID f = __atomic_load_n(&double_value, __ATOMIC_ACQUIRE);
    if (!f && !(f = (*env)->GetFieldID(env, dbl, "value", "D"))) return 0;
    __atomic_store_n(&double_value, f, __ATOMIC_RELEASE);
    *out = ignis_scalar_float((*env)->GetDoubleField(env, v, f));
    return 1;
  }
  jclass boolean = ignis_jni_class(env, 0, "java/lang/Boolean");
  jclass number = ignis_jni_class(env, 1, "java/lang/Number");
  if (!boolean || !number) return 0;
  if ((*env)->IsInstanceOf(env, v, boolean)) {
    jmethodID m = ignis_jni_method(env, 0, boolean, "booleanValue", "()Z");
    if (!m) return 0;
    *out = ignis_scalar_bool((*env)->CallBooleanMethod(env, v, m));
    return !(*env)->ExceptionCheck(env);
  }
  if (!(*env)->IsInstanceOf(env, v, number)) {
    ignis_jni_throw_arg(env, "scalar: expected a Number or Boolean");
    return 0;
  }
  for (int i = 0; i < 7; ++i) {
    jclass c = ignis_jni_class(env, 2 + i, integral[i]);
    if (!c) return 0;
    if ((*env)->IsInstanceOf(env, v, c)) {
      jmethodID m = ignis_jni_method(env, 1, number, "longValue", "()J");
      if (!m) return 0;
      *out = ignis_scalar_int((*env)->CallLongMethod(env, v, m));
      return !(*env)->ExceptionCheck(env);
    }
  }
  jmethodID m = ignis_jni_method(env, 2, number, "doubleValue", "()D");
  if (!m) return 0;
  *out = ignis_scalar_float((*env)->CallDoubleMethod(env, v, m));
  return !(*env)->ExceptionCheck(env);
}

/* Byte size of one element of a Java primitive array, 0 when obj is not one. */
static size_t ignis_jni_elem_size(JNIEnv* env, jobject obj) {
  static const char* const names[] = {"[F", "[D", "[I", "[J", "[B", "[S", "[Z", "[C"};
  static const size_t sizes[] = {4, 8, 4, 8, 1, 2, 1, 2};
  for (int i = 0; i < 8; ++i) {
    jclass c = ignis_jni_class(env, 9 + i, names[i]);
    if (!c) return 0;
    if ((*env)->IsInstanceOf(env, obj, c)) return sizes[i];
  }
  return 0;
}

/* A Java String[] of n C strings (NULL with an exception pending on failure). */
static jobjectArray ignis_jni_strings(JNIEnv* env, char** strings, size_t n) {
  jclass sc = (*env)->FindClass(env, "java/lang/String");
  jobjectArray a = sc ? (*env)->NewObjectArray(env, (jsize)n, sc, NULL) : NULL;
  for (size_t i = 0; a && i < n; ++i) {
    jstring s = (*env)->NewStringUTF(env, strings[i]);
    (*env)->SetObjectArrayElement(env, a, (jsize)i, s);
    (*env)->DeleteLocalRef(env, s);
  }
  return a;
}

static JavaVM* ignis_jni_vm;

/* from_blob deleter: drops the global reference that kept the direct buffer alive. Runs on the
 * thread releasing the tensor's last view, which may be a native worker thread. */
static void ignis_jni_release_buffer(void* data, void* user_data) {
  (void)data;
  JNIEnv* env = NULL;
  int attached = 0;
  if ((*ignis_jni_vm)->GetEnv(ignis_jni_vm, (void**)&env, JNI_VERSION_1_8) == JNI_EDETACHED) {
    if ((*ignis_jni_vm)->AttachCurrentThreadAsDaemon(ignis_jni_vm, (void**)&env, NULL) != 0)
      return; /* cannot reach the JVM: the buffer stays alive (a leak, never a crash) */
    attached = 1;
  }
  (*env)->DeleteGlobalRef(env, (jobject)user_data);
  if (attached) (*ignis_jni_vm)->DetachCurrentThread(ignis_jni_vm);
}
%}

#define __attribute__(x)
%ignore ignis_scalar_bool;
%ignore ignis_scalar_int;
%ignore ignis_scalar_float;
%ignore ignis_scalar;
%ignore ignis_scalar::value;
%ignore ignis_value::v;
%ignore ignis_value_v;
%ignore ignis_value_v_ints;
%ignore ignis_value_v_tensors;
%ignore ignis_scalar_value;
%ignore ignis_device;
%ignore ignis_set_last_error;
/* The status values: the typemaps below make ignis_status void in Java, so its enumerators
 * would become void constants; the exception classes carry the codes instead. */
%rename("$ignore", regexmatch$name="^IGNIS_(OK|ERROR_.*|STATUS_MAX_ENUM)$") "";
/* Callbacks, DLPack and the dynamic op call are not bound yet (docs/java.md). */
%ignore ignis_tensor_from_blob;
%ignore ignis_tensor_to_dlpack;
%ignore ignis_tensor_from_dlpack;
%ignore ignis_tensor_register_hook; /* jni_callbacks.h: ignis_jni_tensor_register_hook */
%ignore ignis_grad_hook;
%ignore ignis_grad_hook_fn;
%ignore ignis_scheduler_create_lambda;
%ignore ignis_lr_lambda;
%ignore ignis_lr_lambda_fn;
/* Six parallel outputs: ignis_jni_safetensors_load below returns them as one Object[]. */
%ignore ignis_safetensors_load;
%ignore ignis_dataset_from_callbacks; /* jni_callbacks.h: ignis_jni_dataset_from_callbacks */
%ignore ignis_dataset_callbacks;
%ignore ignis_value;
%ignore ignis_op_call;
%ignore ignis_op_info;
%ignore ignis_op_arg_info;
%ignore ignis_op_schema;
%ignore ignis_op_arg;
/* Custom autograd functions and LambdaLR take C callbacks: jni_callbacks.h wraps them with
 * Java objects (ignis_jni_autograd_function_apply, ignis_jni_scheduler_create_lambda). */
%ignore ignis_autograd_function_apply;
%ignore ignis_autograd_function;
%ignore ignis_autograd_backward_fn;
/* Arrays the library hands out are freed by the typemaps below, never by Java code. */
%ignore ignis_tensor_array_free;
%ignore ignis_string_array_free;
%ignore ignis_string_free;
/* Three parallel outputs / inputs; Java builds state dicts from parameters and buffers. */
%ignore ignis_module_state_dict;
%ignore ignis_module_load_state_dict;
%ignore ignis_load_report;
%ignore ignis_load_report_clear;

/* ---- status: void in Java, a thrown exception on failure ---- */
%typemap(jni) ignis_status "void"
%typemap(jtype) ignis_status "void"
%typemap(jstype) ignis_status "void"
%typemap(javaout) ignis_status { $jnicall; }
%typemap(out) ignis_status ""
/* "ret" runs after the argout typemaps, so every JNI call that writes results is done first. */
%typemap(ret) ignis_status %{
  if ($1 != IGNIS_OK) ignis_jni_throw_status(jenv, $1);
%}

/* ... but a plain int where a status is an argument (ignis_status_name). */
%typemap(jni) ignis_status status "jint"
%typemap(jtype) ignis_status status "int"
%typemap(jstype) ignis_status status "int"
%typemap(javain) ignis_status status "$javainput"
%typemap(in) ignis_status status %{ $1 = (ignis_status)$input; %}

/* ---- opaque handles ---- */
%define IGNIS_HANDLE(T)
%typemap(jni) T*, const T* "jlong"
%typemap(jtype) T*, const T* "long"
%typemap(jstype) T*, const T* "long"
%typemap(javain) T*, const T* "$javainput"
%typemap(javaout) T*, const T* { return $jnicall; }
%typemap(in) T*, const T* %{ $1 = ($1_ltype)(intptr_t)$input; %}
%typemap(out) T*, const T* %{ $result = (jlong)(intptr_t)$1; %}

/* One or more out handles (also the caller array of ignis_autograd_grad). */
%typemap(jni) T** "jlongArray"
%typemap(jtype) T** "long[]"
%typemap(jstype) T** "long[]"
%typemap(javain) T** "$javainput"
%typemap(in) T** {
  $1 = NULL;
  if ($input) {
    jsize n = (*jenv)->GetArrayLength(jenv, $input);
    if (n < 1) { ignis_jni_throw_arg(jenv, "$1_name: expected a long[] of length >= 1"); return $null; }
    $1 = ($1_ltype)calloc((size_t)n, sizeof(T*));
    if (!$1) { ignis_jni_throw_arg(jenv, "out of memory"); return $null; }
  }
}
%typemap(argout) T** {
  if ($1) {
    jsize n = (*jenv)->GetArrayLength(jenv, $input);
    for (jsize i = 0; i < n; ++i) {
      jlong h = (jlong)(intptr_t)$1[i];
      (*jenv)->SetLongArrayRegion(jenv, $input, i, 1, &h);
    }
  }
}
%typemap(freearg) T** { free($1); }

/* Arrays of borrowed handles (count separate). */
%typemap(jni) const T* const*, T* const* "jlongArray"
%typemap(jtype) const T* const*, T* const* "long[]"
%typemap(jstype) const T* const*, T* const* "long[]"
%typemap(javain) const T* const*, T* const* "$javainput"
%typemap(in) const T* const*, T* const* {
  $1 = NULL;
  if ($input) {
    jsize n = (*jenv)->GetArrayLength(jenv, $input);
    T** arr = (T**)calloc(n > 0 ? (size_t)n : 1, sizeof(T*));
    if (!arr) { ignis_jni_throw_arg(jenv, "out of memory"); return $null; }
    jlong* e = (*jenv)->GetLongArrayElements(jenv, $input, NULL);
    for (jsize i = 0; i < n; ++i) arr[i] = (T*)(intptr_t)e[i];
    (*jenv)->ReleaseLongArrayElements(jenv, $input, e, JNI_ABORT);
    $1 = ($1_ltype)arr;
  }
}
%typemap(argout) const T* const*, T* const* "" /* read-only: not T**'s write-back */
%typemap(freearg) const T* const*, T* const* { free((void*)$1); }
%enddef

IGNIS_HANDLE(ignis_tensor)
IGNIS_HANDLE(ignis_module)
IGNIS_HANDLE(ignis_optimizer)
IGNIS_HANDLE(ignis_scheduler)
IGNIS_HANDLE(ignis_dataset)
IGNIS_HANDLE(ignis_dataloader)

/* A library array of new tensor references: handed to Java as long[], the array itself freed
 * (each handle retained first, since ignis_tensor_array_free also releases them). */
%typemap(jni) (ignis_tensor*** OUT, size_t* COUNT) "jobjectArray"
%typemap(jtype) (ignis_tensor*** OUT, size_t* COUNT) "long[][]"
%typemap(jstype) (ignis_tensor*** OUT, size_t* COUNT) "long[][]"
%typemap(javain) (ignis_tensor*** OUT, size_t* COUNT) "$javainput"
%typemap(in) (ignis_tensor*** OUT, size_t* COUNT) (ignis_tensor** arr = NULL, size_t cnt = 0) {
  if (!$input || (*jenv)->GetArrayLength(jenv, $input) < 1) {
    ignis_jni_throw_arg(jenv, "$1_name: expected a long[][] of length >= 1");
    return $null;
  }
  $1 = &arr;
  $2 = &cnt;
}
%typemap(argout) (ignis_tensor*** OUT, size_t* COUNT) {
  if (*$1) {
    jlongArray a = (*jenv)->NewLongArray(jenv, (jsize)*$2);
    for (size_t i = 0; i < *$2; ++i) {
      jlong h = (jlong)(intptr_t)ignis_tensor_retain((*$1)[i]);
      if (a) (*jenv)->SetLongArrayRegion(jenv, a, (jsize)i, 1, &h);
    }
    ignis_tensor_array_free(*$1, *$2);
    if (a) (*jenv)->SetObjectArrayElement(jenv, $input, 0, a);
  }
}
%apply (ignis_tensor*** OUT, size_t* COUNT) {
  (ignis_tensor*** out, size_t* out_count), (ignis_tensor*** outputs, size_t* n_outputs),
  (ignis_tensor*** out, size_t* count), (ignis_tensor*** batch, size_t* count)
};

/* A library array of strings (ignis_module_types). */
%typemap(jni) (char*** names, size_t* count) "jobjectArray"
%typemap(jtype) (char*** names, size_t* count) "String[][]"
%typemap(jstype) (char*** names, size_t* count) "String[][]"
%typemap(javain) (char*** names, size_t* count) "$javainput"
%typemap(in) (char*** names, size_t* count) (char** arr = NULL, size_t cnt = 0) {
  if (!$input || (*jenv)->GetArrayLength(jenv, $input) < 1) {
    ignis_jni_throw_arg(jenv, "names: expected a String[][] of length >= 1");
    return $null;
  }
  $1 = &arr;
  $2 = &cnt;
}
%typemap(argout) (char*** names, size_t* count) {
  if (*$1) {
    jobjectArray a = ignis_jni_strings(jenv, *$1, *$2);
    ignis_string_array_free(*$1, *$2);
    if (a) (*jenv)->SetObjectArrayElement(jenv, $input, 0, a);
  }
}

/* What a state-dict load found: String[2][], {missing keys, unexpected keys}; null = NULL. */
%typemap(jni) ignis_load_report* "jobjectArray"
%typemap(jtype) ignis_load_report* "String[][]"
%typemap(jstype) ignis_load_report* "String[][]"
%typemap(javain) ignis_load_report* "$javainput"
%typemap(in) ignis_load_report* (ignis_load_report rep) {
  $1 = NULL;
  if ($input) {
    if ((*jenv)->GetArrayLength(jenv, $input) < 2) {
      ignis_jni_throw_arg(jenv, "report: expected a String[][] of length >= 2");
      return $null;
    }
    memset(&rep, 0, sizeof rep);
    rep.struct_size = sizeof rep;
    $1 = &rep;
  }
}
%typemap(argout) ignis_load_report* {
  if ($1) {
    jobjectArray missing = ignis_jni_strings(jenv, $1->missing_keys, $1->missing_count);
    jobjectArray unexpected = ignis_jni_strings(jenv, $1->unexpected_keys, $1->unexpected_count);
    ignis_load_report_clear($1);
    if (missing) (*jenv)->SetObjectArrayElement(jenv, $input, 0, missing);
    if (unexpected) (*jenv)->SetObjectArrayElement(jenv, $input, 1, unexpected);
  }
}

/* ---- numbers ---- */
%typemap(jni) uint64_t "jlong"
%typemap(jtype) uint64_t "long"
%typemap(jstype) uint64_t "long"
%typemap(javain) uint64_t "$javainput"
%typemap(in) uint64_t %{ $1 = (uint64_t)$input; %}

/* Arrays are read in place (same element layout); int32/int64/double match Java's widths. */
%define IGNIS_ARRAY_IN(CTYPE, JNIARR, JTYPE, JELEM, GET, RELEASE)
%typemap(jni) const CTYPE* "JNIARR"
%typemap(jtype) const CTYPE* "JTYPE"
%typemap(jstype) const CTYPE* "JTYPE"
%typemap(javain) const CTYPE* "$javainput"
%typemap(in) const CTYPE* {
  $1 = NULL;
  if ($input) {
    $1 = ($1_ltype)(*jenv)->GET(jenv, $input, NULL);
    if (!$1) return $null;
  }
}
%typemap(argout) const CTYPE* ""
%typemap(freearg) const CTYPE* {
  if ($1) (*jenv)->RELEASE(jenv, $input, (JELEM*)$1, JNI_ABORT);
}
%enddef
IGNIS_ARRAY_IN(int64_t, jlongArray, long[], jlong, GetLongArrayElements, ReleaseLongArrayElements)
IGNIS_ARRAY_IN(uint64_t, jlongArray, long[], jlong, GetLongArrayElements, ReleaseLongArrayElements)
IGNIS_ARRAY_IN(double, jdoubleArray, double[], jdouble, GetDoubleArrayElements,
               ReleaseDoubleArrayElements)
IGNIS_ARRAY_IN(int32_t, jintArray, int[], jint, GetIntArrayElements, ReleaseIntArrayElements)
IGNIS_ARRAY_IN(ignis_dtype, jintArray, int[], jint, GetIntArrayElements, ReleaseIntArrayElements)

/* Out values: element 0 of a Java array receives *out (null passes NULL where C allows it). */
%define IGNIS_OUT(CTYPE, JNIARR, JTYPE, JELEM, SETREGION)
%typemap(jni) CTYPE* "JNIARR"
%typemap(jtype) CTYPE* "JTYPE"
%typemap(jstype) CTYPE* "JTYPE"
%typemap(javain) CTYPE* "$javainput"
%typemap(in) CTYPE* (CTYPE tmp) {
  $1 = NULL;
  if ($input) {
    if ((*jenv)->GetArrayLength(jenv, $input) < 1) {
      ignis_jni_throw_arg(jenv, "$1_name: expected an array of length >= 1");
      return $null;
    }
    memset(&tmp, 0, sizeof tmp);
    $1 = &tmp;
  }
}
%typemap(argout) CTYPE* {
  if ($1) {
    JELEM v = (JELEM)*$1;
    (*jenv)->SETREGION(jenv, $input, 0, 1, &v);
  }
}
%enddef
IGNIS_OUT(int32_t, jintArray, int[], jint, SetIntArrayRegion)
IGNIS_OUT(double, jdoubleArray, double[], jdouble, SetDoubleArrayRegion)
IGNIS_OUT(size_t, jlongArray, long[], jlong, SetLongArrayRegion)
IGNIS_OUT(ignis_dtype, jintArray, int[], jint, SetIntArrayRegion)

/* int64_t* is both a single out (numel of a dataset, item_int64) and the caller buffer of
 * ignis_tensor_shape / strides: the whole Java array is the buffer. */
%typemap(jni) int64_t* "jlongArray"
%typemap(jtype) int64_t* "long[]"
%typemap(jstype) int64_t* "long[]"
%typemap(javain) int64_t* "$javainput"
%typemap(in) int64_t* {
  $1 = NULL;
  if ($input) {
    $1 = ($1_ltype)(*jenv)->GetLongArrayElements(jenv, $input, NULL);
    if (!$1) return $null;
  }
}
%typemap(freearg) int64_t* {
  if ($1) (*jenv)->ReleaseLongArrayElements(jenv, $input, (jlong*)$1, 0);
}

/* ---- scalars and devices ---- */
%typemap(jni) ignis_scalar, const ignis_scalar* "jobject"
%typemap(jtype) ignis_scalar, const ignis_scalar* "Object"
%typemap(jstype) ignis_scalar, const ignis_scalar* "Object"
%typemap(javain) ignis_scalar, const ignis_scalar* "$javainput"
%typemap(in) ignis_scalar {
  if (!$input) { ignis_jni_throw_arg(jenv, "$1_name: expected a number, got null"); return $null; }
  if (!ignis_jni_scalar(jenv, $input, &$1)) return $null;
}
%typemap(in) const ignis_scalar* (ignis_scalar tmp) {
  $1 = NULL;
  if ($input) {
    if (!ignis_jni_scalar(jenv, $input, &tmp)) return $null;
    $1 = &tmp;
  }
}

%typemap(jni) ignis_device "jlong"
%typemap(jtype) ignis_device "long"
%typemap(jstype) ignis_device "long"
%typemap(javain) ignis_device "$javainput"
%typemap(in) ignis_device %{
  $1.type = (ignis_device_type)(int32_t)((uint64_t)$input >> 32);
  $1.index = (int32_t)(uint32_t)((uint64_t)$input & 0xFFFFFFFFu);
%}
%typemap(jni) ignis_device* "jlongArray"
%typemap(jtype) ignis_device* "long[]"
%typemap(jstype) ignis_device* "long[]"
%typemap(javain) ignis_device* "$javainput"
%typemap(in) ignis_device* (ignis_device tmp) {
  if (!$input || (*jenv)->GetArrayLength(jenv, $input) < 1) {
    ignis_jni_throw_arg(jenv, "$1_name: expected a long[] of length >= 1");
    return $null;
  }
  memset(&tmp, 0, sizeof tmp);
  $1 = &tmp;
}
%typemap(argout) ignis_device* {
  jlong v = (jlong)(((uint64_t)(uint32_t)$1->type << 32) | (uint32_t)$1->index);
  (*jenv)->SetLongArrayRegion(jenv, $input, 0, 1, &v);
}

/* ---- strings ---- */
%typemap(jni) char** "jobjectArray"
%typemap(jtype) char** "String[]"
%typemap(jstype) char** "String[]"
%typemap(javain) char** "$javainput"
%typemap(in) char** (char* tmp = NULL) {
  $1 = NULL;
  if ($input) {
    if ((*jenv)->GetArrayLength(jenv, $input) < 1) {
      ignis_jni_throw_arg(jenv, "$1_name: expected a String[] of length >= 1");
      return $null;
    }
    $1 = &tmp;
  }
}
%typemap(argout) char** {
  if ($1 && *$1) {
    jstring s = (*jenv)->NewStringUTF(jenv, *$1);
    ignis_string_free(*$1);
    (*jenv)->SetObjectArrayElement(jenv, $input, 0, s);
  }
}

/* Arrays of strings in (names, metadata): String[] (null = NULL), copied for the call. */
%typemap(jni) const char* const* "jobjectArray"
%typemap(jtype) const char* const* "String[]"
%typemap(jstype) const char* const* "String[]"
%typemap(javain) const char* const* "$javainput"
%typemap(in) const char* const* {
  $1 = NULL;
  if ($input) {
    jsize n = (*jenv)->GetArrayLength(jenv, $input);
    char** arr = (char**)calloc((size_t)n + 1, sizeof(char*)); /* NULL-terminated for freearg */
    if (!arr) { ignis_jni_throw_arg(jenv, "out of memory"); return $null; }
    for (jsize i = 0; i < n; ++i) {
      jstring js = (jstring)(*jenv)->GetObjectArrayElement(jenv, $input, i);
      const char* c = js ? (*jenv)->GetStringUTFChars(jenv, js, NULL) : NULL;
      if (c) {
        arr[i] = strdup(c);
        (*jenv)->ReleaseStringUTFChars(jenv, js, c);
      }
      if (js) (*jenv)->DeleteLocalRef(jenv, js);
      if (!arr[i]) {
        for (jsize k = 0; k < i; ++k) free(arr[k]);
        free(arr);
        ignis_jni_throw_arg(jenv, "$1_name: expected non-null strings");
        return $null;
      }
    }
    $1 = ($1_ltype)arr;
  }
}
/* Read-only: no write-back (SWIG would otherwise fall back to char**'s argout, which frees). */
%typemap(argout) const char* const* ""
%typemap(freearg) const char* const* {
  if ($1) {
    for (char** p = (char**)$1; *p; ++p) free(*p);
    free((void*)$1);
  }
}

/* ---- element data: copies between Java primitive arrays and tensors ---- */
%typemap(jni) (const void* data, size_t nbytes), (void* buffer, size_t nbytes) "jobject"
%typemap(jtype) (const void* data, size_t nbytes), (void* buffer, size_t nbytes) "Object"
%typemap(jstype) (const void* data, size_t nbytes), (void* buffer, size_t nbytes) "Object"
%typemap(javain) (const void* data, size_t nbytes), (void* buffer, size_t nbytes) "$javainput"
%typemap(in) (const void* data, size_t nbytes), (void* buffer, size_t nbytes) {
  $1 = NULL;
  $2 = 0;
  if ($input) {
    size_t esize = ignis_jni_elem_size(jenv, $input);
    if (!esize) { ignis_jni_throw_arg(jenv, "$1_name: expected a primitive array"); return $null; }
    $2 = esize * (size_t)(*jenv)->GetArrayLength(jenv, (jarray)$input);
  }
}
/* The array is pinned only around the call: "check" runs after every argument's "in" and
 * this "argout" before the others', so no other JNI call happens while it is held (JNI's rule
 * for critical regions, which -Xcheck:jni enforces in the tests). */
%typemap(check) (const void* data, size_t nbytes), (void* buffer, size_t nbytes) {
  if ($input) {
    $1 = (*jenv)->GetPrimitiveArrayCritical(jenv, (jarray)$input, NULL);
    if (!$1) return $null;
  }
}
%typemap(argout) (const void* data, size_t nbytes) {
  if ($1) (*jenv)->ReleasePrimitiveArrayCritical(jenv, (jarray)$input, (void*)$1, JNI_ABORT);
}
%typemap(argout) (void* buffer, size_t nbytes) {
  if ($1) (*jenv)->ReleasePrimitiveArrayCritical(jenv, (jarray)$input, $1, 0);
}

/* Borrowed element address (ignis_tensor_data). */
%typemap(jni) void** "jlongArray"
%typemap(jtype) void** "long[]"
%typemap(jstype) void** "long[]"
%typemap(javain) void** "$javainput"
%typemap(in) void** (void* tmp = NULL) {
  if (!$input || (*jenv)->GetArrayLength(jenv, $input) < 1) {
    ignis_jni_throw_arg(jenv, "$1_name: expected a long[] of length >= 1");
    return $null;
  }
  $1 = &tmp;
}
%typemap(argout) void** {
  jlong v = (jlong)(intptr_t)*$1;
  (*jenv)->SetLongArrayRegion(jenv, $input, 0, 1, &v);
}

/* The JNIEnv of the call, for the helpers below. */
%typemap(in, numinputs=0) JNIEnv* jenv_ %{ $1 = jenv; %}
%typemap(jni) jobject "jobject"
%typemap(jtype) jobject "Object"
%typemap(jstype) jobject "Object"
%typemap(javain) jobject "$javainput"
%typemap(out) jobject %{ $result = $1; %}
%typemap(javaout) jobject { return $jnicall; }

/* Library loading: the JNI class loads libignis and libignis_jni before its first call. */
%pragma(java) jniclasscode=%{
  static {
    dev.ignis.NativeLoader.load();
  }
%}

%include "ignis/core.h"
%include "ignis/tensor.h"
%include "ignis/autograd.h"
%include "ignis/ops.h"
%include "ignis/nn.h"
%include "ignis/optim.h"
%include "ignis/data.h"
%include "ignis/io.h"
%include "ignis/experimental.h"
%include "jni_callbacks.h"

%inline %{
/* Wraps the memory of a direct java.nio buffer as a CPU tensor without copying: the tensor
 * holds a global reference to the buffer until its last view goes away. The buffer's capacity
 * in bytes must cover numel * itemsize. */
ignis_status ignis_jni_tensor_from_buffer(JNIEnv* jenv_, jobject buffer, const int64_t* shape,
                                          size_t ndim, ignis_dtype dtype, ignis_tensor** out) {
  if (!buffer) return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT, "buffer is null");
  void* data = (*jenv_)->GetDirectBufferAddress(jenv_, buffer);
  jlong cap = (*jenv_)->GetDirectBufferCapacity(jenv_, buffer);
  if (!data || cap < 0)
    return ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT,
                                "buffer: expected a direct java.nio buffer, got a heap buffer");
  /* The Java side checks the buffer's byte capacity against numel * itemsize. */
  if (!ignis_jni_vm && (*jenv_)->GetJavaVM(jenv_, &ignis_jni_vm) != 0)
    return ignis_set_last_error(IGNIS_ERROR_INTERNAL, "GetJavaVM failed");
  jobject ref = (*jenv_)->NewGlobalRef(jenv_, buffer);
  if (!ref) return ignis_set_last_error(IGNIS_ERROR_OUT_OF_MEMORY, "NewGlobalRef failed");
  ignis_device cpu = {IGNIS_CPU, 0};
  ignis_status s = ignis_tensor_from_blob(data, shape, NULL, ndim, dtype, cpu,
                                          ignis_jni_release_buffer, ref, out);
  if (s != IGNIS_OK) (*jenv_)->DeleteGlobalRef(jenv_, ref);
  return s;
}

/* Every tensor of a safetensors file and its metadata: Object[] {String[] names (sorted),
 * long[] handles (new references), String[] metadata keys, String[] metadata values}. */
jobject ignis_jni_safetensors_load(JNIEnv* jenv_, const char* path) {
  char** names = NULL;
  char** keys = NULL;
  char** values = NULL;
  ignis_tensor** tensors = NULL;
  size_t n = 0, n_meta = 0;
  ignis_status s = ignis_safetensors_load(path, &names, &tensors, &n, &keys, &values, &n_meta);
  if (s != IGNIS_OK) {
    ignis_jni_throw_status(jenv_, s);
    return NULL;
  }
  jclass object = (*jenv_)->FindClass(jenv_, "java/lang/Object");
  jobjectArray out = object ? (*jenv_)->NewObjectArray(jenv_, 4, object, NULL) : NULL;
  jobjectArray jnames = out ? ignis_jni_strings(jenv_, names, n) : NULL;
  jlongArray handles = jnames ? (*jenv_)->NewLongArray(jenv_, (jsize)n) : NULL;
  jobjectArray jkeys = handles ? ignis_jni_strings(jenv_, keys, n_meta) : NULL;
  jobjectArray jvalues = jkeys ? ignis_jni_strings(jenv_, values, n_meta) : NULL;
  if (jvalues) {
    for (size_t i = 0; i < n; ++i) { /* retained: the array free below releases its own */
      jlong h = (jlong)(intptr_t)ignis_tensor_retain(tensors[i]);
      (*jenv_)->SetLongArrayRegion(jenv_, handles, (jsize)i, 1, &h);
    }
    (*jenv_)->SetObjectArrayElement(jenv_, out, 0, jnames);
    (*jenv_)->SetObjectArrayElement(jenv_, out, 1, handles);
    (*jenv_)->SetObjectArrayElement(jenv_, out, 2, jkeys);
    (*jenv_)->SetObjectArrayElement(jenv_, out, 3, jvalues);
  }
  ignis_string_array_free(names, n);
  ignis_tensor_array_free(tensors, n);
  ignis_string_array_free(keys, n_meta);
  ignis_string_array_free(values, n_meta);
  return jvalues ? out : NULL;
}

/* A direct ByteBuffer over the elements of a contiguous CPU tensor (native byte order is set on
 * the Java side); valid while the tensor lives. */
jobject ignis_jni_tensor_buffer(JNIEnv* jenv_, const ignis_tensor* t) {
  void* data = NULL;
  ignis_dtype dtype;
  int32_t contiguous = 0;
  ignis_status s = ignis_tensor_data(t, &data);
  if (s == IGNIS_OK) s = ignis_tensor_dtype(t, &dtype);
  if (s == IGNIS_OK) s = ignis_tensor_is_contiguous(t, &contiguous);
  if (s != IGNIS_OK) {
    ignis_jni_throw_status(jenv_, s);
    return NULL;
  }
  if (!contiguous) {
    ignis_set_last_error(IGNIS_ERROR_INVALID_ARGUMENT,
                         "tensor is not contiguous; call contiguous() first");
    ignis_jni_throw_status(jenv_, IGNIS_ERROR_INVALID_ARGUMENT);
    return NULL;
  }
  jlong nbytes = (jlong)(ignis_tensor_numel(t) * (int64_t)ignis_dtype_itemsize(dtype));
  return (*jenv_)->NewDirectByteBuffer(jenv_, data ? data : (void*)&ignis_jni_vm, nbytes);
}
%}
