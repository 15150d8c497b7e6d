package dev.keyway.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyway.processor.diag.Msg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Msg catalogue is consistent and documented: unique IDs, one docs/diagnostics.md row each. */
class DiagnosticsCatalogueTest {
  @Test
  void idsAreUniqueAndWellFormed() {
    Set<String> ids = new HashSet<>();
    for (Msg m : Msg.values()) {
      assertThat(m.id()).matches("KW-[A-Z]+-\\d{3}");
      assertThat(ids.add(m.id())).as("duplicate " + m.id()).isTrue();
    }
  }

  @Test
  void everyIdHasARowInTheCatalogue() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "diagnostics.md"));
    Arrays.stream(Msg.values()).forEach(m -> assertThat(doc).contains("| " + m.id() + " | `" + m.name() + "` |"));
  }
}
