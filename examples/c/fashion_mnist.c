/* Trains a small CNN (two conv layers with batch norm, dropout, a linear classifier; SGD with
 * Nesterov momentum under OneCycleLR) on Fashion-MNIST through the C API alone, prints loss,
 * test accuracy and throughput per epoch, saves a safetensors checkpoint, reloads it into a
 * fresh model and re-evaluates to the same accuracy.
 * The same model as examples/cpp/fashion_mnist.cpp, in plain C11.
 *   fashion_mnist_c [epochs=1] [checkpoint=fashion_mnist_cnn_c.safetensors] [max_batches]
 *   fashion_mnist_c --classify CHECKPOINT
 * max_batches (optional) stops each epoch early; the ctest smoke run uses it. --classify only
 * loads a checkpoint of this CNN (the main job passes the one Python trained) and prints its
 * test accuracy: the C part of classifying one model file from every language.
 * Data: Debian's dataset-fashion-mnist (/usr/share/datasets/fashion-mnist). */
#include <ignis/ignis.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Prints the failing call and the library's message, then exits. */
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
  timespec_get(&ts, TIME_UTC);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The layers, by PyTorch class name and constructor options: conv32-BN-ReLU-pool,
 * conv64-BN-ReLU-pool, dropout, linear; the network of examples/cpp/fashion_mnist.cpp. */
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

static ignis_module* make_cnn(void) {
  ignis_module* model = NULL;
  size_t i;
  CHECK(ignis_module_create("Sequential", NULL, &model));
  for (i = 0; i < sizeof kLayers / sizeof kLayers[0]; ++i) {
    ignis_module* layer = NULL;
    CHECK(ignis_module_create(kLayers[i][0], kLayers[i][1], &layer));
    CHECK(ignis_module_append(model, layer));
    ignis_module_release(layer); /* the Sequential shares it */
  }
  return model;
}

/* (N, 28, 28) uint8 -> (N, 1, 28, 28) float32 normalized with the training set's mean and std. */
static ignis_tensor* prepare(const ignis_tensor* images) {
  const ignis_device cpu = {IGNIS_CPU, 0};
  ignis_tensor *f = NULL, *scaled = NULL, *centered = NULL, *normed = NULL, *out = NULL;
  CHECK(ignis_tensor_to(images, IGNIS_FLOAT32, cpu, 0, &f));
  CHECK(ignis_div_scalar(f, ignis_scalar_float(255.0), &scaled));
  CHECK(ignis_sub_scalar(scaled, ignis_scalar_float(0.2860), ignis_scalar_int(1), &centered));
  CHECK(ignis_div_scalar(centered, ignis_scalar_float(0.3530), &normed));
  CHECK(ignis_tensor_unsqueeze(normed, 1, &out));
  ignis_tensor_release(f);
  ignis_tensor_release(scaled);
  ignis_tensor_release(centered);
  ignis_tensor_release(normed);
  return out;
}

/* Accuracy of model on the test loader, in eval mode with grad mode off. */
static double evaluate(ignis_module* model, ignis_dataloader* test) {
  int64_t correct = 0, total = 0, dim = 1;
  int32_t prev = 0;
  ignis_tensor** batch = NULL;
  size_t n = 0;
  CHECK(ignis_module_train(model, 0));
  CHECK(ignis_grad_mode_set(0, &prev));
  CHECK(ignis_dataloader_reset(test));
  for (;;) {
    ignis_tensor *x = NULL, *logits = NULL, *pred = NULL, *hits = NULL, *count = NULL;
    int64_t c = 0;
    CHECK(ignis_dataloader_next(test, &batch, &n));
    if (!batch) break; /* end of the epoch */
    x = prepare(batch[0]);
    CHECK(ignis_module_forward(model, x, &logits));
    CHECK(ignis_argmax(logits, &dim, 0, &pred));
    CHECK(ignis_eq_tensor(pred, batch[1], &hits));
    CHECK(ignis_sum(hits, NULL, 0, 0, NULL, &count));
    CHECK(ignis_tensor_item_int64(count, &c));
    correct += c;
    total += ignis_tensor_numel(batch[1]);
    ignis_tensor_release(x);
    ignis_tensor_release(logits);
    ignis_tensor_release(pred);
    ignis_tensor_release(hits);
    ignis_tensor_release(count);
    ignis_tensor_array_free(batch, n);
  }
  CHECK(ignis_grad_mode_set(prev, NULL));
  CHECK(ignis_module_train(model, 1));
  return total ? (double)correct / (double)total : 0.0;
}

/* The model's parameters as a calloc'ed array of handles (free_parameters releases them). */
static ignis_tensor** parameters(const ignis_module* model, size_t* count) {
  size_t i;
  ignis_tensor** ps = NULL;
  CHECK(ignis_module_parameter_count(model, 1, count));
  ps = (ignis_tensor**)calloc(*count, sizeof *ps);
  if (!ps) exit(1);
  for (i = 0; i < *count; ++i) CHECK(ignis_module_parameter(model, 1, i, NULL, &ps[i]));
  return ps;
}

static void free_parameters(ignis_tensor** ps, size_t count) {
  size_t i;
  for (i = 0; i < count; ++i) ignis_tensor_release(ps[i]);
  free(ps);
}

/* Loads checkpoint into a fresh CNN (strictly) and prints its test accuracy. */
static int classify(const char* checkpoint) {
  ignis_dataset* test = NULL;
  ignis_dataloader* test_loader = NULL;
  ignis_module* model = make_cnn();
  ignis_load_report report = {sizeof(ignis_load_report), NULL, 0, NULL, 0};
  int64_t n_test = 0;
  double acc;
  CHECK(ignis_module_load(model, checkpoint, 1, &report));
  ignis_load_report_clear(&report);
  CHECK(ignis_dataset_fashion_mnist(NULL, 0, &test));
  CHECK(ignis_dataset_size(test, &n_test));
  CHECK(ignis_dataloader_create(test, "{\"batch_size\": 1000}", &test_loader));
  acc = evaluate(model, test_loader);
  printf("C: test accuracy %.2f%% (%.0f of %lld test images, %s)\n", 100 * acc,
         acc * (double)n_test, (long long)n_test, checkpoint);
  ignis_dataloader_release(test_loader);
  ignis_dataset_release(test);
  ignis_module_release(model);
  return 0;
}

int main(int argc, char** argv) {
  if (argc == 3 && strcmp(argv[1], "--classify") == 0) return classify(argv[2]);
  int epochs = argc > 1 ? atoi(argv[1]) : 1;
  const char* ckpt = argc > 2 ? argv[2] : "fashion_mnist_cnn_c.safetensors";
  long max_batches = argc > 3 ? atol(argv[3]) : -1;
  ignis_dataset *train = NULL, *test = NULL;
  ignis_dataloader *loader = NULL, *test_loader = NULL;
  ignis_module *model = NULL, *loss_fn = NULL, *fresh = NULL;
  ignis_optimizer* opt = NULL;
  ignis_scheduler* sched = NULL;
  int64_t steps_per_epoch = 0;
  char sched_json[160];
  ignis_tensor** params = NULL;
  size_t n_params = 0;
  int64_t n_train = 0, n_test = 0;
  double acc = 0, reloaded = 0;
  int epoch;
  ignis_load_report report = {sizeof(ignis_load_report), NULL, 0, NULL, 0};

  if (ignis_dataset_fashion_mnist(NULL, 1, &train) != IGNIS_OK) {
    printf("Fashion-MNIST not found (Debian package dataset-fashion-mnist): %s\n",
           ignis_last_error());
    return 1;
  }
  CHECK(ignis_dataset_fashion_mnist(NULL, 0, &test));
  CHECK(ignis_dataset_size(train, &n_train));
  CHECK(ignis_dataset_size(test, &n_test));
  printf("Fashion-MNIST: %lld training and %lld test images (C API)\n", (long long)n_train,
         (long long)n_test);

  CHECK(ignis_manual_seed(0));
  model = make_cnn();
  CHECK(ignis_module_create("CrossEntropyLoss", NULL, &loss_fn));
  params = parameters(model, &n_params);
  CHECK(ignis_optimizer_create(
      "SGD", (const ignis_tensor* const*)params, n_params,
      "{\"lr\": 0.05, \"momentum\": 0.9, \"weight_decay\": 5e-4, \"nesterov\": true}", &opt));
  CHECK(ignis_dataloader_create(
      train, "{\"batch_size\": 64, \"shuffle\": true, \"seed\": 0, \"num_workers\": 2}", &loader));
  /* The 1cycle policy over the batches this run trains on, stepped every batch. */
  CHECK(ignis_dataloader_length(loader, &steps_per_epoch));
  if (max_batches >= 0 && max_batches < steps_per_epoch) steps_per_epoch = max_batches;
  if (steps_per_epoch < 1) steps_per_epoch = 1;
  snprintf(sched_json, sizeof sched_json,
           "{\"max_lr\": 0.05, \"epochs\": %d, \"steps_per_epoch\": %lld}", epochs > 0 ? epochs : 1,
           (long long)steps_per_epoch);
  CHECK(ignis_scheduler_create("OneCycleLR", opt, sched_json, &sched));
  CHECK(ignis_dataloader_create(test, "{\"batch_size\": 1000}", &test_loader));

  for (epoch = 1; epoch <= epochs; ++epoch) {
    double t0 = now_seconds(), loss_sum = 0, secs;
    long batches = 0;
    int64_t images = 0;
    CHECK(ignis_dataloader_reset(loader));
    for (;;) {
      ignis_tensor** batch = NULL;
      ignis_tensor *x = NULL, *logits = NULL;
      ignis_tensor** losses = NULL;
      size_t n = 0, n_losses = 0;
      const ignis_tensor* loss_in[2];
      double loss = 0;
      if (max_batches >= 0 && batches >= max_batches) break;
      CHECK(ignis_dataloader_next(loader, &batch, &n));
      if (!batch) break;
      x = prepare(batch[0]);
      CHECK(ignis_module_forward(model, x, &logits));
      loss_in[0] = logits;
      loss_in[1] = batch[1];
      CHECK(ignis_module_forward_n(loss_fn, loss_in, 2, &losses, &n_losses));
      CHECK(ignis_optimizer_zero_grad(opt, 1));
      CHECK(ignis_tensor_backward(losses[0], NULL, 0, 0));
      CHECK(ignis_optimizer_step(opt));
      CHECK(ignis_scheduler_step(sched));
      CHECK(ignis_tensor_item_double(losses[0], &loss));
      loss_sum += loss;
      ++batches;
      images += ignis_tensor_numel(batch[1]);
      ignis_tensor_array_free(losses, n_losses);
      ignis_tensor_release(logits);
      ignis_tensor_release(x);
      ignis_tensor_array_free(batch, n);
    }
    secs = now_seconds() - t0;
    acc = evaluate(model, test_loader);
    printf("epoch %d: loss %.4f, test accuracy %.2f%%, %.0f images/s (%.1f s)\n", epoch,
           batches ? loss_sum / (double)batches : 0.0, 100 * acc, (double)images / secs, secs);
  }

  acc = evaluate(model, test_loader);
  CHECK(ignis_module_save(model, ckpt));
  fresh = make_cnn();
  CHECK(ignis_module_load(fresh, ckpt, 1, &report));
  ignis_load_report_clear(&report);
  reloaded = evaluate(fresh, test_loader);
  printf("saved %s; reloaded model accuracy %.2f%% (before saving %.2f%%)\n", ckpt, 100 * reloaded,
         100 * acc);

  free_parameters(params, n_params);
  ignis_scheduler_release(sched);
  ignis_optimizer_release(opt);
  ignis_dataloader_release(loader);
  ignis_dataloader_release(test_loader);
  ignis_dataset_release(train);
  ignis_dataset_release(test);
  ignis_module_release(loss_fn);
  ignis_module_release(model);
  ignis_module_release(fresh);
  return reloaded == acc ? 0 : 2;
}
