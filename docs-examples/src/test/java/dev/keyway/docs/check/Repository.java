package dev.keyway.docs.check;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository checked out around this module, as surefire describes it (see this module's pom). */
final class Repository {
  static Path root() {
    String property = System.getProperty("keyway.root");
    if (property == null || property.isBlank()) {
      throw new AssertionError("system property keyway.root is not set; run the tests with Maven");
    }
    Path root = Path.of(property).toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve("bom/pom.xml"))) {
      throw new AssertionError("keyway.root=" + root + " is not the repository's top level");
    }
    return root;
  }

  private Repository() {}
}
