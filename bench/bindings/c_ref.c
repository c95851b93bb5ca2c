/* The C baseline of the binding benchmarks (bench/bindings/run.sh): what each language's numbers
 * are divided by. Prints `RESULT c <workload> <metric>=<value> ...` lines:
 *
 *   add_1elem      ns per 1-element float32 a + b through ignis_add_tensor, the result released
 *   add_inplace    ns per 1-element a.add_(b) through ignis_add_tensor_inplace
 *   cnn_b<B>_t<T>  the Fashion-MNIST CNN (the layers of examples/c/fashion_mnist.c, weights from
 *                  the fixture tests/fixtures/interop/python_cnn.safetensors) in eval mode with grad
 *                  mode off: T caller threads share the one model, each calls forward on a batch of
 *                  B images for `seconds`; images/s over all threads, p50/p99 ms per forward call.
 *                  The engine's intra-op threads: 1 when T > 1 (the callers fill the cores).
 *
 *   c_ref CHECKPOINT [seconds=3]
 * Timing is never asserted anywhere; this prints figures for the notes. */
#include <ignis/ignis.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define CHECK(call)                                                                      \
  do {                                                                                   \
    ignis_status s_ = (call);                                                            \
    if (s_ != IGNIS_OK) {                                                                \
      fprintf(stderr, "%s failed: %s (%s)\n", #call, ignis_last_error(),                 \
              ignis_status_name(s_));                                                    \
      exit(1);                                                                           \
    }                                                                                    \
  } while (0)

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static const char* const kLayers[][2] = {
    {"Conv2d", "{\"in_channels\": 1, \"out_channels\": 32, \"kernel_size\": 3, \"padding\": 1}"},
    {"BatchNorm2d", "{\"num_features\": 32}"},
    {"ReLU", NULL},
    {"MaxPool2d", "{\"kernel_size\": 2}"},
    {"Conv2d", "{\"in_channels\": 32, \"out_channels\": 64, \"kernel_size\": 3, \"padding\": 1}"},
    {"BatchNorm2d", "{\"num_features\": 64}"},
    {"ReLU", NULL},
    {"MaxPool2d", "{\"kernel_size\": 2}"},
    {"Flatten", NULL},
    {"Dropout", "{\"p\": 0.25}"},
    {"Linear", "{\"in_features\": 3136, \"out_features\": 10}"},
};

static ignis_module* load_cnn(const char* path) {
  ignis_module* model = NULL;
  ignis_load_report report;
  size_t i;
  CHECK(ignis_module_create("Sequential", NULL, &model));
  for (i = 0; i < sizeof kLayers / sizeof kLayers[0]; ++i) {
    ignis_module* layer = NULL;
    CHECK(ignis_module_create(kLayers[i][0], kLayers[i][1], &layer));
    CHECK(ignis_module_append(model, layer));
    ignis_module_release(layer);
  }
  CHECK(ignis_module_load(model, path, 1, &report));
  ignis_load_report_clear(&report);
  CHECK(ignis_module_train(model, 0));
  return model;
}

static void bench_add(void) {
  const int64_t shape[1] = {1};
  ignis_tensor *a = NULL, *b = NULL, *c = NULL;
  const long warmup = 1000000, calls = 5000000;
  long i;
  double t0;
  CHECK(ignis_ones(shape, 1, IGNIS_FLOAT32, (ignis_device){IGNIS_CPU, 0}, &a));
  CHECK(ignis_ones(shape, 1, IGNIS_FLOAT32, (ignis_device){IGNIS_CPU, 0}, &b));
  for (i = 0; i < warmup; ++i) {
    CHECK(ignis_add_tensor(a, b, ignis_scalar_int(1), &c));
    ignis_tensor_release(c);
  }
  t0 = now_seconds();
  for (i = 0; i < calls; ++i) {
    CHECK(ignis_add_tensor(a, b, ignis_scalar_int(1), &c));
    ignis_tensor_release(c);
  }
  printf("RESULT c add_1elem ns=%.1f\n", (now_seconds() - t0) / (double)calls * 1e9);
  t0 = now_seconds();
  for (i = 0; i < calls; ++i) CHECK(ignis_add_tensor_inplace(a, b, ignis_scalar_int(1)));
  printf("RESULT c add_inplace ns=%.1f\n", (now_seconds() - t0) / (double)calls * 1e9);
  ignis_tensor_release(a);
  ignis_tensor_release(b);
}

typedef struct {
  ignis_module* model;
  int64_t batch;
  double seconds;
  double* lat; /* milliseconds per call */
  long cap, n;
} worker;

static void* run_worker(void* arg) {
  worker* w = (worker*)arg;
  const int64_t shape[4] = {w->batch, 1, 28, 28};
  ignis_tensor *x = NULL, *y = NULL;
  double start, t0, t1;
  CHECK(ignis_grad_mode_set(0, NULL)); /* per thread */
  CHECK(ignis_randn(shape, 4, IGNIS_FLOAT32, (ignis_device){IGNIS_CPU, 0}, NULL, &x));
  for (int i = 0; i < 3; ++i) { /* warm-up: primitive caches, allocator */
    CHECK(ignis_module_forward(w->model, x, &y));
    ignis_tensor_release(y);
  }
  start = now_seconds();
  t0 = start;
  while (t0 - start < w->seconds && w->n < w->cap) {
    CHECK(ignis_module_forward(w->model, x, &y));
    ignis_tensor_release(y);
    t1 = now_seconds();
    w->lat[w->n++] = (t1 - t0) * 1e3;
    t0 = t1;
  }
  ignis_tensor_release(x);
  return NULL;
}

static int cmp_double(const void* a, const void* b) {
  const double x = *(const double*)a, y = *(const double*)b;
  return (x > y) - (x < y);
}

static void bench_cnn(ignis_module* model, int64_t batch, int threads, double seconds) {
  worker ws[8];
  pthread_t tids[8];
  double* all;
  long total = 0, k = 0;
  double t0, wall;
  int i;
  CHECK(ignis_set_num_threads(threads > 1 ? 1 : 2));
  t0 = now_seconds();
  for (i = 0; i < threads; ++i) {
    ws[i] = (worker){model, batch, seconds, NULL, 1000000, 0};
    ws[i].lat = malloc(sizeof(double) * (size_t)ws[i].cap);
    pthread_create(&tids[i], NULL, run_worker, &ws[i]);
  }
  for (i = 0; i < threads; ++i) {
    pthread_join(tids[i], NULL);
    total += ws[i].n;
  }
  wall = now_seconds() - t0;
  all = malloc(sizeof(double) * (size_t)total);
  for (i = 0; i < threads; ++i) {
    for (long j = 0; j < ws[i].n; ++j) all[k++] = ws[i].lat[j];
    free(ws[i].lat);
  }
  qsort(all, (size_t)total, sizeof(double), cmp_double);
  printf("RESULT c cnn_b%lld_t%d ips=%.1f p50_ms=%.3f p99_ms=%.3f\n", (long long)batch, threads,
         (double)(total * batch) / wall, all[total / 2], all[(long)((double)total * 0.99)]);
  free(all);
}

int main(int argc, char** argv) {
  const double seconds = argc > 2 ? atof(argv[2]) : 3.0;
  ignis_module* model;
  if (argc < 2) {
    fprintf(stderr, "usage: c_ref CHECKPOINT [seconds]\n");
    return 2;
  }
  bench_add();
  model = load_cnn(argv[1]);
  bench_cnn(model, 1, 1, seconds);
  bench_cnn(model, 64, 1, seconds);
  bench_cnn(model, 1, 8, seconds);
  bench_cnn(model, 64, 8, seconds);
  ignis_module_release(model);
  return 0;
}
