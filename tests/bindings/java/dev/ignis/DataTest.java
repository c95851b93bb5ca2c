package dev.ignis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ignis.data.DataLoader;
import dev.ignis.data.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataTest {
  @Test
  void tensorDatasetAndLoader() {
    try (Scope s = Scope.open()) {
      Tensor x = Tensor.arange(0.0, 10.0, 1.0, DType.FLOAT32).reshape(5, 2);
      Tensor y = Tensor.arange(5);
      try (Dataset ds = Dataset.fromTensors(x, y);
           DataLoader dl = new DataLoader(ds, Map.of("batch_size", 2))) {
        assertEquals(5, ds.size());
        Tensor[] ex = ds.get(3);
        assertArrayEquals(new float[] {6, 7}, ex[0].toFloatArray());
        assertEquals(3, ex[1].itemLong());
        assertThrows(IndexException.class, () -> ds.get(5));
        assertEquals(3, dl.length());
        List<Long> labels = new ArrayList<>();
        int batches = 0;
        for (Tensor[] b : dl) {
          ++batches;
          for (long v : b[1].toLongArray()) {
            labels.add(v);
          }
        }
        assertEquals(3, batches);
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), labels);
        try (Dataset sub = ds.subset(1, 3)) {
          assertEquals(2, sub.size());
          assertEquals(3, sub.get(1)[1].itemLong());
        }
        assertEquals(List.of(2L, 3L), ds.randomSplit(7, 2, 3).stream().map(Dataset::size).toList());
      }
    }
  }

  @Test
  void fashionMnistTestSet() {
    Path root = Path.of("/usr/share/datasets/fashion-mnist");
    if (!Files.exists(root.resolve("t10k-images-idx3-ubyte.gz"))) {
      return; // dataset-fashion-mnist is in bootstrap's test group; nothing to read without it
    }
    try (Dataset test = Dataset.fashionMnist(null, false); Scope s = Scope.open()) {
      assertEquals(10000, test.size());
      Tensor[] ex = test.get(0);
      assertArrayEquals(new long[] {28, 28}, ex[0].shape());
      long label = ex[1].itemLong();
      assertTrue(label >= 0 && label < 10, "label " + label);
    }
    IgnisIOException e =
        assertThrows(IgnisIOException.class, () -> Dataset.fashionMnist("/nonexistent", true));
    assertTrue(e.getMessage().contains("/nonexistent"), e.getMessage());
  }
}
