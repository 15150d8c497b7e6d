package dev.keyway.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The order in which sources reach the processor (build tools differ, and deferred types come in later rounds)
 * does not change what it writes: each fixture compiled with its sources in two orders gives the same table
 * definitions, exports and generated sources, byte for byte.
 */
class ExportOrderTest {
  @Test
  void shopWritesTheSameFilesInAnySourceOrder() {
    assertSameOutput(ShopModelTest.SHOP);
  }

  @Test
  void notesWritesTheSameFilesInAnySourceOrder() {
    assertSameOutput(NotesEngineTest.NOTES);
  }

  private static void assertSameOutput(String[] sources) {
    List<String> reversed = new ArrayList<>(List.of(sources));
    Collections.reverse(reversed);
    Map<String, byte[]> forward = outputs(Fixtures.compileResources(sources));
    Map<String, byte[]> backward = outputs(Fixtures.compileResources(reversed.toArray(String[]::new)));
    assertThat(forward.keySet()).anyMatch(path -> path.endsWith("/iam-policy.json"));
    assertThat(backward.keySet()).containsExactlyElementsOf(forward.keySet());
    List<String> differing = forward.keySet().stream()
        .filter(path -> !Arrays.equals(forward.get(path), backward.get(path))).toList();
    assertThat(differing).as("files that depend on the source order").isEmpty();
  }

  /** Every generated resource and source file by its path. */
  private static Map<String, byte[]> outputs(Compilation c) {
    assertThat(c).succeeded();
    Map<String, byte[]> out = new TreeMap<>();
    for (JavaFileObject f : c.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        continue;
      }
      try (InputStream in = f.openInputStream()) {
        out.put(f.toUri().getPath(), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
