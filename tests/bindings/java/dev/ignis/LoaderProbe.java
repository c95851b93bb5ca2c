package dev.ignis;

import java.nio.file.Files;
import java.nio.file.Path;

/** Run in a child JVM by NativeLoaderTest: prints where libignis_jni.so was loaded from. */
public final class LoaderProbe {
  private LoaderProbe() {}

  public static void main(String[] args) throws Exception {
    System.out.println("version " + Ignis.version());
    for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
      if (line.endsWith("libignis_jni.so")) {
        System.out.println("loaded " + line.substring(line.indexOf('/')));
        return;
      }
    }
    System.out.println("loaded nowhere");
  }
}
