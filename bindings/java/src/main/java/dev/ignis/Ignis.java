package dev.ignis;

import dev.ignis.raw.IgnisRaw;

/** Process-wide settings and facts about the loaded engine. Every method is thread safe. */
public final class Ignis {
  private Ignis() {}

  /** "MAJOR.MINOR.PATCH" of the loaded libignis. */
  public static String version() {
    return IgnisRaw.ignis_version_string();
  }

  /** The C API level of the loaded libignis. */
  public static int apiVersion() {
    return IgnisRaw.ignis_api_version();
  }

  /** Seeds every default random generator (CPU and CUDA). */
  public static void manualSeed(long seed) {
    IgnisRaw.ignis_manual_seed(seed);
  }

  /** Threads the intra-op loops use (n >= 1), process-wide. */
  public static void setNumThreads(int n) {
    IgnisRaw.ignis_set_num_threads(n);
  }

  public static int numThreads() {
    return IgnisRaw.ignis_get_num_threads();
  }

  public static boolean cudaIsAvailable() {
    return IgnisRaw.ignis_cuda_is_available() != 0;
  }

  public static int cudaDeviceCount() {
    return IgnisRaw.ignis_cuda_device_count();
  }
}
