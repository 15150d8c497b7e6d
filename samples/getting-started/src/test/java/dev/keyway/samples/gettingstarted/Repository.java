package dev.keyway.samples.gettingstarted;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository checked out around this module, as surefire describes it (see this module's pom). */
final class Repository {
  static Path root() {
    Path root = Path.of(property("keyway.root")).toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve("bom/pom.xml"))) {
      throw new AssertionError("keyway.root=" + root + " is not the repository's top level");
    }
    return root;
  }

  /** The version of the reactor being built. */
  static String version() {
    return property("keyway.version");
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new AssertionError("system property " + name + " is not set; run the tests with Maven");
    }
    return value;
  }

  private Repository() {}
}
