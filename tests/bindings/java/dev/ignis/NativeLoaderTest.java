package dev.ignis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three ways NativeLoader finds the native libraries, each in a fresh JVM. */
class NativeLoaderTest {
  @TempDir Path dir;

  private static String prop(String name) {
    String v = System.getProperty(name);
    Assumptions.assumeTrue(v != null, name + " is set by bindings/java/run_tests.sh");
    return v;
  }

  private String probe(String... jvmArgs) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(jvmArgs));
    cmd.addAll(List.of("-cp", prop("ignis.test.jar") + ":" + prop("ignis.test.classes"),
                       "dev.ignis.LoaderProbe"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("version " + Ignis.version()), out);
    return out;
  }

  private void copyLibs() throws IOException {
    Files.copy(Path.of(prop("ignis.test.libdir"), "libignis.so.1"), dir.resolve("libignis.so.1"),
               StandardCopyOption.REPLACE_EXISTING);
    Files.copy(Path.of(prop("ignis.test.jni")), dir.resolve("libignis_jni.so"),
               StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void extractsTheJarsCopiesByDefault() throws Exception {
    String out = probe("-Djava.io.tmpdir=" + dir);
    assertTrue(out.contains("loaded " + dir + "/ignis-native"), out);
  }

  @Test
  void systemPropertyNamesTheFolder() throws Exception {
    copyLibs();
    String out = probe("-Dignis.native.dir=" + dir);
    assertTrue(out.contains("loaded " + dir + "/libignis_jni.so"), out);
  }

  @Test
  void javaLibraryPathIsUsedWhenItHasTheLibrary() throws Exception {
    copyLibs();
    String out = probe("-Djava.library.path=" + dir);
    assertTrue(out.contains("loaded " + dir + "/libignis_jni.so"), out);
  }
}
