package dev.ignis;

import dev.ignis.raw.IgnisRaw;
import dev.ignis.raw.IgnisRawConstants;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Loads libignis and the JNI glue (libignis_jni) once per class loader, before the first native
 * call. Order: the directory named by the system property {@code ignis.native.dir} when set;
 * else {@code System.loadLibrary("ignis_jni")} from {@code java.library.path} when it is there;
 * else the copies the jar carries under {@code /dev/ignis/native/linux-x86_64/}, extracted to a
 * temporary directory that is deleted at exit. Then it refuses a library older than the headers
 * this binding was built from. Thread safe.
 */
public final class NativeLoader {
  private static final String RESOURCES = "/dev/ignis/native/linux-x86_64/";
  private static final String[] LIBS = {"libignis.so.1", "libignis_jni.so"};
  private static boolean loaded;

  private NativeLoader() {}

  /** Loads the native libraries if that has not happened yet. */
  public static synchronized void load() {
    if (loaded) {
      return;
    }
    String dir = System.getProperty("ignis.native.dir");
    if (dir != null && !dir.isEmpty()) {
      for (String lib : LIBS) {
        System.load(Path.of(dir, lib).toAbsolutePath().toString());
      }
    } else {
      try {
        System.loadLibrary("ignis_jni");
      } catch (UnsatisfiedLinkError notOnPath) {
        extractAndLoad(notOnPath);
      }
    }
    loaded = true;
    int have = IgnisRaw.ignis_api_version();
    if (have < IgnisRawConstants.IGNIS_API_VERSION) {
      throw new UnsatisfiedLinkError(
          "libignis API level " + have + " is older than the level " +
          IgnisRawConstants.IGNIS_API_VERSION + " this binding was built for");
    }
  }

  private static void extractAndLoad(UnsatisfiedLinkError cause) {
    try {
      Path tmp = Files.createTempDirectory("ignis-native");
      tmp.toFile().deleteOnExit();
      for (String lib : LIBS) {
        try (InputStream in = NativeLoader.class.getResourceAsStream(RESOURCES + lib)) {
          if (in == null) {
            UnsatisfiedLinkError e = new UnsatisfiedLinkError(
                "ignis: " + lib + " is neither on java.library.path nor in the jar (" +
                RESOURCES + "); set -Dignis.native.dir=<folder with " + String.join(", ", LIBS) +
                ">");
            e.addSuppressed(cause);
            throw e;
          }
          Path p = tmp.resolve(lib);
          Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
          p.toFile().deleteOnExit();
          // libignis first: the dynamic linker then finds it by soname for libignis_jni.
          System.load(p.toString());
        }
      }
    } catch (IOException e) {
      UnsatisfiedLinkError err = new UnsatisfiedLinkError("ignis: cannot extract native libraries: " + e);
      err.initCause(e);
      throw err;
    }
  }
}
