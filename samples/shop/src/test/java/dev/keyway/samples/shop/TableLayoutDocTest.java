package dev.keyway.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The table-layout diagram shown on the README and in the guide is the one this build generated
 * ({@code META-INF/keyway/Shop/table-layout.mmd}), so a change to the model that is not copied to the pages
 * fails here. Copy the generated file's text between the page's {@code ```mermaid} fences.
 */
class TableLayoutDocTest {
  private static final String FENCE = "```mermaid\n";

  private static String generated() throws IOException {
    try (InputStream in = TableLayoutDocTest.class.getResourceAsStream("/META-INF/keyway/Shop/table-layout.mmd")) {
      assertNotNull(in, "table-layout.mmd is on the class path");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The text of the page's one {@code mermaid} block. */
  private static String diagramOf(Path page) throws IOException {
    String text = Files.readString(page);
    int start = text.indexOf(FENCE);
    assertTrue(start >= 0, page + " has no mermaid block");
    assertEquals(-1, text.indexOf(FENCE, start + 1), page + " has more than one mermaid block");
    int body = start + FENCE.length();
    int end = text.indexOf("\n```", body - 1);
    return text.substring(body, end + 1);
  }

  @Test
  void theReadmeShowsTheGeneratedDiagram() throws IOException {
    assertEquals(generated(), diagramOf(Path.of("README.md")),
        "README.md's diagram differs from target/classes/META-INF/keyway/Shop/table-layout.mmd; copy it over");
  }

  @Test
  void theGuideShowsTheGeneratedDiagram() throws IOException {
    Path page = Path.of("../../docs/infrastructure.md");
    assumeTrue(Files.isRegularFile(page), "outside Keyway's repository (a copy of this sample): no guide to check");
    assertEquals(generated(), diagramOf(page),
        "docs/infrastructure.md's diagram differs from the shop's generated table-layout.mmd; copy it over");
  }
}
