/* A tour of the Ignis C API in plain C11: build tensors, run ops, backpropagate, read results
 * back, and handle an error. Build: cc basics.c $(pkg-config --cflags --libs ignis) */
#include <ignis/ignis.h>
#include <stdio.h>
#include <stdlib.h>

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

static void print(const char* label, const ignis_tensor* t) {
  char* text = NULL;
  CHECK(ignis_tensor_to_string(t, &text));
  printf("%s = %s\n", label, text);
  ignis_string_free(text);
}

int main(void) {
  const ignis_device cpu = {IGNIS_CPU, 0};
  printf("ignis %s (C API level %d)\n", ignis_version_string(), (int)ignis_api_version());
  if (ignis_api_version() < IGNIS_API_VERSION) {
    fprintf(stderr, "libignis is older than these headers\n");
    return 1;
  }

  /* x: a 2x3 float tensor copied from C memory; w: ones that require grad. */
  float xs[6] = {1, 2, 3, 4, 5, 6};
  int64_t shape[2] = {2, 3};
  ignis_tensor *x = NULL, *w = NULL;
  CHECK(ignis_tensor_from_data(xs, sizeof xs, shape, 2, IGNIS_FLOAT32, &x));
  CHECK(ignis_ones(shape, 2, IGNIS_FLOAT32, cpu, &w));
  CHECK(ignis_tensor_set_requires_grad(w, 1));

  /* y = x * w + 1 ; loss = sum(y) */
  ignis_tensor *xw = NULL, *y = NULL, *loss = NULL;
  CHECK(ignis_mul_tensor(x, w, &xw));
  CHECK(ignis_add_scalar(xw, ignis_scalar_int(1), ignis_scalar_int(1), &y));
  CHECK(ignis_sum(y, NULL, 0, 0, NULL, &loss));
  print("y", y);
  double value = 0;
  CHECK(ignis_tensor_item_double(loss, &value));
  printf("loss = %g\n", value);

  /* d loss / d w = x: backward accumulates it into w's .grad. */
  CHECK(ignis_tensor_backward(loss, NULL, 0, 0));
  ignis_tensor* grad = NULL;
  CHECK(ignis_tensor_grad(w, &grad));
  float g[6];
  CHECK(ignis_tensor_copy_to(grad, g, sizeof g));
  printf("w.grad = [%g %g %g %g %g %g]\n", g[0], g[1], g[2], g[3], g[4], g[5]);

  /* An error: shapes (2, 3) and (4,) do not broadcast. The call returns a status and a message;
   * nothing aborts. */
  ignis_tensor *bad = NULL, *r = NULL;
  int64_t four = 4;
  CHECK(ignis_zeros(&four, 1, IGNIS_FLOAT32, cpu, &bad));
  ignis_status s = ignis_add_tensor(x, bad, ignis_scalar_int(1), &r);
  printf("add of (2, 3) and (4,): status %s, message \"%s\", out %s\n", ignis_status_name(s),
         ignis_last_error(), r == NULL ? "NULL" : "set");

  ignis_tensor_release(bad);
  ignis_tensor_release(grad);
  ignis_tensor_release(loss);
  ignis_tensor_release(y);
  ignis_tensor_release(xw);
  ignis_tensor_release(w);
  ignis_tensor_release(x);
  if (s != IGNIS_ERROR_SHAPE || g[5] != 6.0f || value != 27.0) {
    fprintf(stderr, "unexpected results\n");
    return 1;
  }
  printf("example finished\n");
  return 0;
}
